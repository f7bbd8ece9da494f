"""Human pages of the lessons app outside the Wagtail tree (mounted under the language prefix)."""

from django.contrib.auth import views as auth_views
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
    path("offline/", views.offline, name="offline"),
    path("accounts/signup/", views.signup, name="signup"),
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
]
