"""`manage.py load_demo`: demo content and accounts for a local Beacon. Safe to run again."""

from django.core.management.base import BaseCommand

from alerts.models import Authority
from demo.alert_templates import ensure_alert_templates
from demo.alerts import DEMO_AUTHORITY, ensure_authority_users
from demo.classes import DEMO_PIN, LEARNERS, ensure_demo_class
from demo.exercises import ensure_demo_exercise
from demo.lessons import ensure_demo_lessons
from demo.readiness import ensure_demo_readiness
from demo.site import ensure_home_pages
from demo.users import DemoAccount, ensure_authenticator, ensure_editor, ensure_educator
from lessons.models import LessonPage


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

        educator = ensure_educator()
        authority_accounts = ensure_authority_users()
        templates = ensure_alert_templates(Authority.objects.get(name=DEMO_AUTHORITY))
        self.stdout.write(f"Alert templates of {DEMO_AUTHORITY}: {len(templates)}")
        exercise = ensure_demo_exercise(Authority.objects.get(name=DEMO_AUTHORITY))
        self.stdout.write(
            f"Past exercise (demo data) with {exercise.acks.count()} acknowledgements: "
            f"/admin/alerts/messages/{exercise.alert_id}/exercise/report/"
        )
        accounts: list[DemoAccount] = [ensure_editor(), *authority_accounts, educator]
        # Alert authors and approvers pass a second factor after the password.
        authenticators = {
            account.username: ensure_authenticator(account.username)
            for account in authority_accounts
        }
        classroom = ensure_demo_class(course=course, educator_username=educator.username)
        english_lessons = LessonPage.objects.live().filter(locale__language_code="en")
        checks, attempts = ensure_demo_readiness(lessons=english_lessons)
        self.stdout.write(
            f"Readiness demo data (marked as such): {checks} self-checks, {attempts} quiz attempts"
        )
        self.stdout.write(
            self.style.WARNING(
                "\nDEMO CREDENTIALS - for trying Beacon on this machine only. "
                "Never load demo data on a public server."
            )
        )
        self.stdout.write("Sign in at http://127.0.0.1:8000/admin/ as:")
        for account in accounts:
            self.stdout.write(f"  {account.role:<28} {account.username:<22} {account.password}")
            authenticator = authenticators.get(account.username)
            if authenticator:
                self.stdout.write(f"    authenticator secret {authenticator.secret}")
                self.stdout.write(f"    {authenticator.uri}")
        self.stdout.write(
            "Authors and approvers then type a code from any authenticator app given the secret "
            "(or the otpauth URI), or from: oathtool --totp -b SECRET"
        )
        self.stdout.write(
            f"Demo class '{classroom.name}' (educator {educator.username}): join code "
            f"{classroom.join_code}; learners {', '.join(LEARNERS)} with PIN {DEMO_PIN}"
        )
