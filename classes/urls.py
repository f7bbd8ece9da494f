"""Class pages under the language prefix. Educator pages need the educator role and the class's
ownership (classes.educators, ClassroomQuerySet.owned_by); learner pages are open to anyone who
has the join code, and to members for their own assignments."""

from django.urls import path

from classes import educator_views, learner_views

app_name = "classes"

urlpatterns = [
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
    path(
        "classes/<int:pk>/exercises/",
        educator_views.class_assign_exercise,
        name="class_assign_exercise",
    ),
    path(
        "classes/<int:pk>/exercises/<int:exercise_id>/remove/",
        educator_views.class_unassign_exercise,
        name="class_unassign_exercise",
    ),
    path("classes/<int:pk>/new-code/", educator_views.class_new_code, name="class_new_code"),
    path("classes/<int:pk>/archive/", educator_views.class_archive, name="class_archive"),
    path("classes/<int:pk>/restore/", educator_views.class_restore, name="class_restore"),
    path("classes/<int:pk>/results.csv", educator_views.class_export, name="class_export"),
    # Learners
    path("join/", learner_views.join_start, name="join_start"),
    path("join/<str:code>/", learner_views.join_class, name="join_class"),
    path("assignments/", learner_views.my_assignments, name="my_assignments"),
    path("assignments/leave/<int:member_id>/", learner_views.leave_class, name="leave_class"),
]
