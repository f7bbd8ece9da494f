"""`manage.py import_cap PATH_OR_URL`: import a CAP document (1.2, 1.1 or 1.0), or every alert
of an Atom/RSS feed. A URL configured in CAP_FEEDS is imported with that feed's policy."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from alerts import cap
from alerts.actions import ImportRefused
from alerts.cap.feeds import policy_for
from alerts.cap.ingest import ImportReport, fetch, import_document, import_feed, is_feed


class Command(BaseCommand):
    help = "Import CAP alerts from a file, a URL, or an Atom/RSS feed of CAP alerts."

    def add_arguments(self, parser):
        parser.add_argument("source", help="a file path or an http(s) address")

    def handle(self, *args, source: str, **options) -> None:
        try:
            report = self.import_source(source)
        except cap.CapError as error:
            raise CommandError(f"Invalid CAP document: {error}") from error
        except ImportRefused as error:
            raise CommandError(f"Refused: {error}") from error
        except (OSError, ValueError) as error:
            raise CommandError(f"Could not read {source}: {error}") from error
        self.stdout.write(
            f"Imported {len(report.created)}, already known {len(report.duplicates)}, "
            f"failed {len(report.errors)}."
        )
        for line in report.cancelled:
            self.stdout.write(f"Cancel: {line}")
        if report.unsupported:
            self.stdout.write(
                f"Unsupported (valid, kept as received, not shown): {len(report.unsupported)}."
            )
        for line in [*report.unsupported, *report.errors]:
            self.stderr.write(f"  {line}")

    def import_source(self, source: str) -> ImportReport:
        report = ImportReport()
        if source.startswith(("http://", "https://")):
            document = fetch(source)
            if is_feed(document):
                return import_feed(source)
            forward = policy_for(source).forward
            import_document(document, source=source, report=report, forward=forward)
            return report
        path = Path(source)
        if not path.is_file():
            raise CommandError(f"No such file: {source}")
        import_document(path.read_bytes(), source=path.name, report=report)
        return report
