"""Audiences: push subscriptions counted by places, language and threshold, so the reach
estimate sums a few rows (bench/reach_query.py). Existing subscriptions are put in theirs."""

import hashlib
from collections import Counter

import django.db.models.deletion
from django.db import migrations, models


def key_for(region_ids, language, min_severity):
    """As Audience.key_for at the time of this migration."""
    places = ",".join(str(pk) for pk in sorted(region_ids))
    return hashlib.sha256(f"{language}|{min_severity}|{places}".encode()).hexdigest()


def group_subscriptions(apps, schema_editor):
    PushSubscription = apps.get_model("alerts", "PushSubscription")
    Audience = apps.get_model("alerts", "Audience")
    sizes = Counter()
    for subscription in PushSubscription.objects.prefetch_related("regions").iterator(2000):
        region_ids = sorted({region.pk for region in subscription.regions.all()})
        language, severity = subscription.language, subscription.min_severity
        audience, created = Audience.objects.get_or_create(
            key=key_for(region_ids, language, severity),
            defaults={"language": language, "min_severity": severity},
        )
        if created:
            audience.regions.set(region_ids)
        PushSubscription.objects.filter(pk=subscription.pk).update(audience=audience)
        sizes[audience.pk] += 1
    for audience_id, size in sizes.items():
        Audience.objects.filter(pk=audience_id).update(size=size)


class Migration(migrations.Migration):
    dependencies = [
        ("alerts", "0009_reach_region_followers"),
    ]

    operations = [
        migrations.CreateModel(
            name="Audience",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("key", models.CharField(max_length=64, unique=True)),
                ("language", models.CharField(max_length=10)),
                (
                    "min_severity",
                    models.CharField(
                        choices=[
                            ("Extreme", "Extreme"),
                            ("Severe", "Severe"),
                            ("Moderate", "Moderate"),
                            ("Minor", "Minor"),
                            ("Unknown", "Unknown"),
                        ],
                        max_length=16,
                    ),
                ),
                ("size", models.IntegerField(default=0)),
                ("regions", models.ManyToManyField(related_name="audiences", to="alerts.region")),
            ],
        ),
        migrations.AddField(
            model_name="pushsubscription",
            name="audience",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="subscriptions",
                to="alerts.audience",
            ),
        ),
        migrations.RunPython(group_subscriptions, migrations.RunPython.noop),
    ]
