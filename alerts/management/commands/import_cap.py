"""`manage.py import_cap PATH_OR_URL`: import a CAP 1.2 document, or every alert of a feed."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from alerts import cap
from alerts.actions import ImportRefused
from alerts.cap.ingest import ImportReport, fetch, import_document, import_feed, is_feed


class Command(BaseCommand):
    help = "Import CAP 1.2 alerts from a file, a URL, or an Atom/RSS feed of CAP alerts."

    def add_arguments(self, parser):
        parser.add_argument("source", help="a file path or an http(s) address")

    def handle(self, *args, source: str, **options) -> None:
        report = ImportReport()
        try:
            if source.startswith(("http://", "https://")):
                document = fetch(source)
                if is_feed(document):
                    report = import_feed(source)
                else:
                    import_document(document, source=source, report=report)
            else:
                path = Path(source)
                if not path.is_file():
                    raise CommandError(f"No such file: {source}")
                import_document(path.read_bytes(), source=path.name, report=report)
        except cap.CapError as error:
            raise CommandError(f"Not a valid CAP 1.2 document: {error}") from error
        except ImportRefused as error:
            raise CommandError(f"Refused: {error}") from error
        except (OSError, ValueError) as error:
            raise CommandError(f"Could not read {source}: {error}") from error
        self.stdout.write(
            f"Imported {len(report.created)}, already known {len(report.duplicates)}, "
            f"failed {len(report.errors)}."
        )
        for line in report.errors:
            self.stderr.write(f"  {line}")
