"""An index on the subscriptions' regions by region, then subscription: the reach estimate and
the delivery plan find the followers of a few regions by an index-only scan
(bench/reach_query.py). The M2M table is Django's own, so the index is plain SQL."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("alerts", "0008_templates_alerttemplate")]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX push_followers_by_region "
            "ON alerts_pushsubscription_regions (region_id, pushsubscription_id)",
            "DROP INDEX push_followers_by_region",
        )
    ]
