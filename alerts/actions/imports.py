"""Upstream CAP messages: stored and published under their own sender, never as a local one.

A message from a feed whose policy is "forward" is delivered (live and by push) by the same
`publish` as a local one, through the same audience gate; from any other source it is shown
only. Its area reaches the regions it names by geocode (region codes and the geocode mapping
table) and the regions whose boundary its polygons and circles touch (alerts/area_match.py).
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction

from alerts import cap
from alerts.actions.follow_ups import follow_up_of
from alerts.actions.publishing import publish
from alerts.area_match import regions_for_geocodes, regions_touched
from alerts.cap.importing import alert_from_cap, check_importable
from alerts.models import (
    Alert,
    AlertInfo,
    Authority,
    FeedPolicy,
    ReceivedCap,
    Region,
)
from alerts.models.codes import MsgType
from alerts.models.messages import MAX_TEXT_CHARS


class ImportRefused(Exception):
    """An upstream message that is not stored, with the reason (the rest of a feed goes on)."""


class ImportResult:
    CREATED, DUPLICATE, CANCELLED = "created", "duplicate", "cancelled"


@transaction.atomic
def import_alert(
    *, message: cap.CapAlert, source: str, document: bytes = b"", forward: bool = False
) -> tuple[Alert, str]:
    """Store and publish a parsed upstream CAP message, once, keeping `document` (its original
    bytes) beside it. A message belongs to its sender: its identity is (sender, identifier); it
    may not carry a local authority's sender id; its references resolve only to the same
    sender's messages, or to other upstream senders' when it comes from a sender on
    `CAP_TRUSTED_SENDERS`, never to local messages (those change only through four-eyes
    approval). It is delivered to open pages and push subscribers only when `forward` is set
    (a feed with the "forward" policy). Raises cap.CapUnsupported if nothing of it can be
    shown, ImportRefused if it may not be stored."""
    refuse_impersonation(message)
    existing = Alert.objects.filter(sender=message.sender, identifier=message.identifier).first()
    if existing is not None:
        return existing, ImportResult.DUPLICATE
    if Alert.objects.filter(identifier=message.identifier).exists():
        raise ImportRefused(
            f"identifier {message.identifier[:120]} is already used by another sender"
        )
    check_importable(message)
    if not message.infos:  # only a Cancel is importable without one
        return cancel_from_upstream(
            message=message, source=source, document=document, forward=forward
        ), ImportResult.CANCELLED
    imported = alert_from_cap(message, source=source)
    alert = imported.alert
    alert.feed_policy = FeedPolicy.FORWARD if forward else FeedPolicy.SHOW
    valid_import(alert, imported.infos)
    alert.save()
    alert.regions.set(regions_of(message, alert))
    alert.save()  # writes the regions (a ParentalManyToManyField)
    for info in imported.infos:
        info.alert = alert
        info.save()
    alert.references.set(resolvable_references(message))
    keep_original(
        document, source=source, version=message.version, alert=alert, notes=imported.notes
    )
    return publish(
        alert=alert,
        action="import",
        deliver=forward,
        actor_label=f"{message.sender} ({source})"[:300],
        source=source[:300],
    ), ImportResult.CREATED


def cancel_from_upstream(
    *, message: cap.CapAlert, source: str, document: bytes, forward: bool
) -> Alert:
    """An upstream Cancel without an info block (its usual form): ends the alert it references
    as a local cancel does, a Cancel message with the alert's area and texts marked cancelled,
    published (and, from a forward feed, delivered under the same push Topic). Only messages
    the sender may reference count (see `import_alert`); CapUnsupported if there are none, or
    if they were already cancelled."""
    latest = current_message(resolvable_references(message).order_by("-sent").first(), message)
    cancel = follow_up_of(
        latest,
        kind="withdrawn",
        references=[*resolvable_references(message), latest, *latest.references.all()],
        identifier=message.identifier,
        sender=message.sender,
        sent=message.sent,
        status=message.status,
        note=message.note[:MAX_TEXT_CHARS],
        source=source[:300],
        issuer=latest.issuer,
        feed_policy=FeedPolicy.FORWARD if forward else FeedPolicy.SHOW,
    )
    note = (
        f"no info block: ends {latest.sender},{latest.identifier} with its texts marked cancelled"
    )
    keep_original(document, source=source, version=message.version, alert=cancel, notes=[note])
    return publish(
        alert=cancel,
        action="import",
        deliver=forward,
        actor_label=f"{message.sender} ({source})"[:300],
        source=source[:300],
    )


def current_message(referenced: Alert | None, message: cap.CapAlert) -> Alert:
    """The message now in force in the chain of `referenced` (a later Update may have replaced
    it); CapUnsupported, saying why, if there is none to cancel."""
    if referenced is None:
        named = " ".join(f"{ref.sender},{ref.identifier}" for ref in message.references)
        unknown = not any(
            Alert.objects.filter(sender=ref.sender, identifier=ref.identifier).exists()
            for ref in message.references
        )
        why = "Beacon has not received" if unknown else "its sender may not cancel"
        raise cap.CapUnsupported(f"this Cancel references messages {why}: {named[:300]}")
    while referenced.superseded_by_id:
        referenced = referenced.superseded_by
    if referenced.msg_type == MsgType.CANCEL:
        raise cap.CapUnsupported(
            f"{referenced.sender},{referenced.identifier} has already been cancelled"
        )
    return referenced


def keep_original(document: bytes, *, source: str, version: str, alert=None, notes=()) -> None:
    """Record an upstream document as received: the original of `alert`, or (without one) a
    valid document Beacon cannot show, `notes` saying why. Receiving it again changes nothing."""
    ReceivedCap.objects.get_or_create(
        digest=ReceivedCap.digest_of(document),
        defaults={
            "document": document,
            "source": source[:300],
            "version": version,
            "alert": alert,
            "outcome": ReceivedCap.IMPORTED if alert else ReceivedCap.UNSUPPORTED,
            "notes": "\n".join(notes)[:5000],
        },
    )


def regions_of(message: cap.CapAlert, alert: Alert):
    """The regions the message's area names by geocode or touches with its shapes."""
    geocodes = [pair for info in message.infos for a in info.areas for pair in a.geocodes]
    touched = regions_touched(polygons=alert.polygons, circles=alert.circles)
    return Region.objects.filter(pk__in=[*regions_for_geocodes(geocodes), *touched])


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


def resolvable_references(message: cap.CapAlert):
    """The messages that `message` may reference (see `import_alert`)."""
    trusted = message.sender in settings.CAP_TRUSTED_SENDERS
    allowed = [ref for ref in message.references if ref.sender == message.sender or trusted]
    matches = Alert.objects.none()
    for ref in allowed:
        matches |= Alert.objects.filter(sender=ref.sender, identifier=ref.identifier)
    return matches.filter(authority__isnull=True)
