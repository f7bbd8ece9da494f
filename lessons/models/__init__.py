"""Lesson models: Wagtail pages (pages.py, easy_read.py) and learners' progress (progress.py)."""

from .easy_read import EasyReadPage
from .pages import CourseLesson, CoursePage, Hazard, HomePage, LessonIndexPage, LessonPage
from .progress import Certificate, LessonRead, QuizAttempt

__all__ = [
    "Certificate",
    "CourseLesson",
    "CoursePage",
    "EasyReadPage",
    "Hazard",
    "HomePage",
    "LessonIndexPage",
    "LessonPage",
    "LessonRead",
    "QuizAttempt",
]
