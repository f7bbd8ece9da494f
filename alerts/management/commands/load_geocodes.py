"""`manage.py load_geocodes FILE`: load a geocode mapping table (CSV: scheme,code,region)."""

import csv
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from alerts.geocodes import GeocodeTableError, load_table


class Command(BaseCommand):
    help = (
        "Load a CSV table mapping CAP geocodes (SAME, FIPS6, EMMA_ID, NUTS3, ...) to Beacon "
        "regions, with the header scheme,code,region (region: a Beacon region code). Imported "
        "alerts naming such a code reach the region. Nothing is saved if any line is invalid."
    )

    def add_arguments(self, parser):
        parser.add_argument("path")

    def handle(self, *args, path: str, **options) -> None:
        file = Path(path)
        if not file.is_file():
            raise CommandError(f"No such file: {path}")
        try:
            added, known = load_table(file.read_text(encoding="utf-8-sig"))
        except UnicodeDecodeError as error:
            raise CommandError(f"Nothing loaded: {path} is not UTF-8 text") from error
        except (GeocodeTableError, csv.Error) as error:
            raise CommandError(f"Nothing loaded: {error}") from error
        self.stdout.write(f"Loaded {added} geocodes, {known} already known.")
