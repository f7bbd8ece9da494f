"""Demo regions, the demo authority with its author and approver, and demo exercise alerts.

The alerts go through the real workflow (draft, submit, approve by a second person, cancel), so
the demo shows what an authority would see.
"""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from alerts import actions
from alerts.admin.roles import authority_group
from alerts.models import Alert, AlertInfo, Authority, AuthorityMember, Region
from alerts.regions_import import import_regions
from demo.lessons import CONTENT, read_yaml
from demo.users import DemoAccount, ensure_user

DEMO_AUTHORITY = "Riverside County Civil Protection"


def ensure_regions() -> None:
    """Riverland, the demo's fictional country (demo/content/regions.geojson)."""
    import_regions((CONTENT / "regions.geojson").read_text(encoding="utf-8"))


def ensure_authority_users() -> list[DemoAccount]:
    ensure_regions()
    authority, _ = Authority.objects.update_or_create(
        name=DEMO_AUTHORITY,
        defaults={"sender": "alerts.riverside.beacon.example", "languages": "en,fr,uk,ar"},
    )
    authority.jurisdiction.set([Region.objects.get(code="XR-RS")])
    author = DemoAccount("Authority author", "riverside-author", "demo-author-pass")
    approver = DemoAccount("Authority approver", "riverside-approver", "demo-approver-pass")
    for account, first, last, can_approve in (
        (author, "Ada", "Author", False),
        (approver, "Arne", "Approver", True),
    ):
        ensure_user(
            username=account.username,
            password=account.password,
            groups=[authority_group(f"{DEMO_AUTHORITY}: alerts")],
            first_name=first,
            last_name=last,
            email=f"{account.username}@riverside.beacon.example",
        )
        AuthorityMember.objects.update_or_create(
            authority=authority,
            user=get_user_model().objects.get(username=account.username),
            defaults={"can_author": True, "can_approve": can_approve},
        )
    ensure_demo_alerts(authority)
    return [author, approver]


def draft(authority, author, spec: dict) -> Alert:
    alert = actions.new_alert(authority=authority, user=author)
    alert.regions.set(Region.objects.filter(code__in=spec["regions"]))
    alert.save()  # a ParentalManyToManyField is written when the alert is saved
    # within ALERT_MAX_DURATION (24 hours by default), as every message must be
    expires = timezone.now().replace(microsecond=0) + timedelta(hours=20)
    for language, texts in spec["infos"].items():
        AlertInfo.objects.create(
            alert=alert,
            language=language,
            expires=expires,
            event_code=spec.get("event_code", ""),
            **{
                key: spec[key]
                for key in ("category", "response_type", "urgency", "severity", "certainty")
            },
            **texts,
        )
    return alert


def publish(alert: Alert, author, approver) -> Alert:
    actions.submit_alert(alert=alert, user=author)
    return actions.approve_alert(alert=alert, user=approver)


@transaction.atomic
def ensure_demo_alerts(authority: Authority) -> None:
    """One active exercise alert and one cancelled exercise in the archive, made once."""
    if authority.alerts.exists():
        return
    users = get_user_model().objects
    author, approver = (
        users.get(username="riverside-author"),
        users.get(username="riverside-approver"),
    )
    content = read_yaml(CONTENT / "alerts.yaml")
    actions.set_exercise_mode(authority=authority, user=approver, on=True)
    publish(draft(authority, author, content["flood_exercise"]), author, approver)
    heat = publish(draft(authority, author, content["heat_exercise"]), author, approver)
    cancel = actions.start_follow_up(alert=heat, user=author, kind="cancel")
    publish(cancel, author, approver)
    actions.set_exercise_mode(authority=authority, user=approver, on=False)
