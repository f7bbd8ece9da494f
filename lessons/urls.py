"""Human pages of the lessons app outside the Wagtail tree (mounted under the language prefix)."""

from django.contrib.auth import views as auth_views
from django.urls import path

from lessons import educator_views, join_views, views

app_name = "lessons"

urlpatterns = [
    path("progress/", views.progress, name="progress"),
    path("courses/<int:course_id>/certificate/", views.claim_certificate, name="claim_certificate"),
    path("certificates/verify/", views.verify_certificate, name="verify_certificate"),
    path("certificates/<str:code>/", views.certificate, name="certificate"),
    path("certificates/<str:code>/pdf/", views.certificate_pdf, name="certificate_pdf"),
    path("search/", views.search, name="search"),
    path("not-translated/<int:page_id>/", views.not_translated, name="not_translated"),
    path("accounts/signup/", views.signup, name="signup"),
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    # Educators
    path("classes/", educator_views.class_list, name="class_list"),
    path("classes/new/", educator_views.class_create, name="class_create"),
    path("classes/<int:pk>/", educator_views.class_dashboard, name="class_dashboard"),
    path("classes/<int:pk>/assign/", educator_views.class_assign, name="class_assign"),
    path(
        "classes/<int:pk>/assignments/<int:assignment_id>/dates/",
        educator_views.class_reschedule,
        name="class_reschedule",
    ),
    path(
        "classes/<int:pk>/assignments/<int:assignment_id>/remove/",
        educator_views.class_unassign,
        name="class_unassign",
    ),
    path(
        "classes/<int:pk>/members/<int:member_id>/remove/",
        educator_views.class_remove_member,
        name="class_remove_member",
    ),
    path("classes/<int:pk>/new-code/", educator_views.class_new_code, name="class_new_code"),
    path("classes/<int:pk>/archive/", educator_views.class_archive, name="class_archive"),
    path("classes/<int:pk>/restore/", educator_views.class_restore, name="class_restore"),
    path("classes/<int:pk>/results.csv", educator_views.class_export, name="class_export"),
    # Learners
    path("join/", join_views.join_start, name="join_start"),
    path("join/<str:code>/", join_views.join_class, name="join_class"),
    path("assignments/", join_views.my_assignments, name="my_assignments"),
    path("assignments/leave/<int:member_id>/", join_views.leave_class, name="leave_class"),
]
