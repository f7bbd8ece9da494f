"""Human pages of the lessons app outside the Wagtail tree (mounted under the language prefix)."""

from django.urls import path

from lessons import views

app_name = "lessons"

urlpatterns = [
    path("progress/", views.progress, name="progress"),
    path("courses/<int:course_id>/certificate/", views.claim_certificate, name="claim_certificate"),
    path("certificates/verify/", views.verify_certificate, name="verify_certificate"),
    path("certificates/<str:code>/", views.certificate, name="certificate"),
    path("certificates/<str:code>/pdf/", views.certificate_pdf, name="certificate_pdf"),
    path("search/", views.search, name="search"),
    path("not-translated/<int:page_id>/", views.not_translated, name="not_translated"),
]
