"""Lesson models: Wagtail pages (pages.py), learners' progress (progress.py) and educators'
classes with their members and assignments (classes.py)."""

from .classes import Assignment, Classroom, EducatorRequest, Membership
from .pages import CourseLesson, CoursePage, Hazard, HomePage, LessonIndexPage, LessonPage
from .progress import Certificate, LessonRead, QuizAttempt

__all__ = [
    "Assignment",
    "Certificate",
    "Classroom",
    "CourseLesson",
    "CoursePage",
    "EducatorRequest",
    "Hazard",
    "HomePage",
    "LessonIndexPage",
    "LessonPage",
    "LessonRead",
    "Membership",
    "QuizAttempt",
]
