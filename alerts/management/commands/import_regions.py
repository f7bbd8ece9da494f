"""`manage.py import_regions FILE`: create or update regions from a GeoJSON FeatureCollection."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from alerts.regions_import import RegionImportError, import_regions


class Command(BaseCommand):
    help = (
        "Import regions from a GeoJSON FeatureCollection. Each feature has properties 'code' and "
        "'name', optionally 'parent' (a code), 'scheme' (CAP geocode name, default ISO3166-2) and "
        "'time_zone' (an IANA name; empty: the parent's), "
        "and a Polygon or MultiPolygon geometry. Nothing is saved if any feature is invalid."
    )

    def add_arguments(self, parser):
        parser.add_argument("path")

    def handle(self, *args, path: str, **options) -> None:
        file = Path(path)
        if not file.is_file():
            raise CommandError(f"No such file: {path}")
        try:
            count = import_regions(file.read_text(encoding="utf-8"))
        except RegionImportError as error:
            raise CommandError(f"Nothing imported: {error}") from error
        self.stdout.write(f"Imported {count} regions.")
