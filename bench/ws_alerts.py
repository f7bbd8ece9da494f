"""The alerts `bench/ws_broadcast.py` publishes, through the real services: the demo regions, an
authority with an author and an approver, a submitted message and its approval, and the event
the floor measurement sends in its place."""

from datetime import timedelta

from harness import RIVERLAND, write_alert_texts
from ws_clients import FOLLOWED, LANGUAGES


def prepare_authority() -> tuple[int, int, int]:
    from django.contrib.auth import get_user_model
    from django.core.management import call_command

    from alerts.models import Authority, AuthorityMember, Region
    from alerts.regions_import import import_regions

    call_command("migrate", verbosity=0)
    import_regions(RIVERLAND.read_text())
    authority, _ = Authority.objects.update_or_create(
        name="Bench County", defaults={"sender": "bench.beacon.test", "languages": "en,fr,uk,ar"}
    )
    authority.jurisdiction.set(Region.objects.filter(code="XR-RS"))
    users = []
    for username, can_approve in (("bench-author", False), ("bench-approver", True)):
        user, _ = get_user_model().objects.get_or_create(username=username)
        AuthorityMember.objects.update_or_create(
            authority=authority, user=user, defaults={"can_approve": can_approve}
        )
        users.append(user.pk)
    return authority.pk, users[0], users[1]


def submitted_alert(authority_id: int, author_id: int, headline: str) -> int:
    """A message written and submitted by the author, waiting for the approver."""
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from alerts import actions
    from alerts.models import Authority, Region

    author = get_user_model().objects.get(pk=author_id)
    alert = actions.new_alert(authority=Authority.objects.get(pk=authority_id), user=author)
    alert.save()
    alert.regions.set(Region.objects.filter(code=FOLLOWED[0]))
    alert.save()  # writes the ParentalManyToManyField
    write_alert_texts(
        alert,
        languages=LANGUAGES,
        headline=headline,
        description="The river is rising fast. " * 8,
        expires=timezone.now() + timedelta(hours=6),
    )
    actions.submit_alert(alert=alert, user=author)
    return alert.pk


def approve(alert_id: int, approver_id: int) -> None:
    from django.contrib.auth import get_user_model

    from alerts import actions
    from alerts.models import Alert

    approver = get_user_model().objects.get(pk=approver_id)
    actions.approve_alert(alert=Alert.objects.get(pk=alert_id), user=approver)


def floor_event(alert_id: int, marker: str) -> dict:
    """The event deliver_alert will send for this alert, under another identifier."""
    from django.utils import timezone

    from alerts.delivery.live.broadcast import alert_event
    from alerts.models import Alert

    alert = Alert.objects.get(pk=alert_id)
    alert.sent = timezone.now().replace(microsecond=0)  # not saved: it is still waiting
    event = alert_event(alert)
    for payload in event["payloads"].values():
        payload["identifier"] = marker
    return event


def identifier(alert_id: int) -> str:
    from alerts.models import Alert

    return Alert.objects.get(pk=alert_id).identifier
