"""`manage.py load_demo`: demo content and accounts for a local Beacon. Safe to run again."""

from django.core.management.base import BaseCommand

from alerts.demo import ensure_authority_users
from lessons.demo import ensure_home_pages
from lessons.demo_lessons import ensure_demo_lessons
from lessons.demo_users import DemoAccount, ensure_editor, ensure_educator


class Command(BaseCommand):
    help = "Load the demo content and demo accounts (idempotent; never asks a question)."

    def handle(self, *args, **options) -> None:
        home = ensure_home_pages()
        languages = ", ".join(
            page.locale.language_code for page in home.get_translations(inclusive=True).live()
        )
        self.stdout.write(f"Home page live in: {languages}")
        course = ensure_demo_lessons(home)
        lessons = ", ".join(lesson.title for lesson in course.lessons())
        self.stdout.write(f"Course '{course.title}': {lessons}")

        accounts: list[DemoAccount] = [
            ensure_editor(),
            *ensure_authority_users(),
            ensure_educator(),
        ]
        self.stdout.write(
            self.style.WARNING(
                "\nDEMO CREDENTIALS - for trying Beacon on this machine only. "
                "Never load demo data on a public server."
            )
        )
        self.stdout.write("Sign in at http://127.0.0.1:8000/admin/ as:")
        for account in accounts:
            self.stdout.write(f"  {account.role:<28} {account.username:<22} {account.password}")
