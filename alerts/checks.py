"""System checks of the alerts app's settings: a mistyped feed entry fails `manage.py check`
(and start-up) instead of the first feed poll."""

from django.conf import settings
from django.core import checks

from alerts.cap.feeds import feed_of


@checks.register("alerts")
def check_cap_feeds(app_configs=None, **kwargs) -> list[checks.CheckMessage]:
    errors = []
    for entry in settings.BEACON_CAP_FEEDS:
        try:
            feed_of(entry)
        except ValueError as error:
            errors.append(
                checks.Error(
                    str(error),
                    hint='Write each entry as "URL", "show URL" or "forward URL".',
                    id="alerts.E001",
                )
            )
    return errors
