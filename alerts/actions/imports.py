"""Upstream CAP messages: stored and published under their own sender, never as a local one."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction

from alerts import cap
from alerts.actions.publishing import publish
from alerts.cap.mapping import alert_from_cap, region_codes
from alerts.models import (
    Alert,
    AlertInfo,
    Authority,
    Region,
)


class ImportRefused(Exception):
    """An upstream message that is not stored, with the reason (the rest of a feed goes on)."""


class ImportResult:
    CREATED, DUPLICATE = "created", "duplicate"


@transaction.atomic
def import_alert(*, message: cap.CapAlert, source: str) -> tuple[Alert, str]:
    """Store and publish a parsed upstream CAP message, once. A message belongs to its sender:
    its identity is (sender, identifier); it may not carry a local authority's sender id; its
    references resolve only to the same sender's messages, or to other upstream senders' when
    it comes from a sender on `CAP_TRUSTED_SENDERS`, never to local messages (those change only
    through four-eyes approval). Imported messages are not pushed to subscribers."""
    refuse_impersonation(message)
    existing = Alert.objects.filter(sender=message.sender, identifier=message.identifier).first()
    if existing is not None:
        return existing, ImportResult.DUPLICATE
    if Alert.objects.filter(identifier=message.identifier).exists():
        raise ImportRefused(
            f"identifier {message.identifier[:120]} is already used by another sender"
        )
    alert, infos = alert_from_cap(message, source=source)
    valid_import(alert, infos)
    alert.save()
    alert.regions.set(Region.objects.filter(code__in=region_codes(message)))
    alert.save()  # writes the regions (a ParentalManyToManyField)
    for info in infos:
        info.alert = alert
        info.save()
    alert.references.set(resolvable_references(message))
    return publish(
        alert=alert,
        action="import",
        deliver=False,
        actor_label=f"{message.sender} ({source})"[:300],
        source=source[:300],
    ), ImportResult.CREATED


def refuse_impersonation(message: cap.CapAlert) -> None:
    if Authority.objects.filter(sender__iexact=message.sender).exists():
        raise ImportRefused(
            f"sender {message.sender[:120]} is a local authority: its messages are written here"
        )


def valid_import(alert: Alert, infos: list[AlertInfo]) -> None:
    """The model's limits (lengths, shapes) apply to imports as to forms; errors name the
    field. Cleaning also strips bidi controls from the texts."""
    try:
        alert.full_clean(exclude=["authority", "references", "regions", "superseded_by"])
        for info in infos:
            optional_in_cap = [f for f in ("headline", "description") if not getattr(info, f)]
            info.full_clean(exclude=["alert", *optional_in_cap], validate_unique=False)
    except ValidationError as error:
        fields = getattr(error, "message_dict", {"message": error.messages})
        detail = "; ".join(f"{name}: {' '.join(texts)}" for name, texts in fields.items())
        raise ImportRefused(f"not stored: {detail}"[:500]) from error
    if len({info.language for info in infos}) != len(infos):
        raise ImportRefused("not stored: several info blocks in one language")


def resolvable_references(message: cap.CapAlert):
    """The messages that `message` may reference (see `import_alert`)."""
    trusted = message.sender in settings.CAP_TRUSTED_SENDERS
    allowed = [ref for ref in message.references if ref.sender == message.sender or trusted]
    matches = Alert.objects.none()
    for ref in allowed:
        matches |= Alert.objects.filter(sender=ref.sender, identifier=ref.identifier)
    return matches.filter(authority__isnull=True)
