"""Lesson models: Wagtail pages (pages.py) and learners' progress (progress.py)."""

from .pages import CourseLesson, CoursePage, Hazard, HomePage, LessonIndexPage, LessonPage
from .progress import Certificate, LessonRead, QuizAttempt

__all__ = [
    "Certificate",
    "CourseLesson",
    "CoursePage",
    "Hazard",
    "HomePage",
    "LessonIndexPage",
    "LessonPage",
    "LessonRead",
    "QuizAttempt",
]
