"""Between alert rows and CAP messages (alerts.cap): export a message, store an imported one."""

from django.db import transaction

from alerts import cap
from alerts.models import Alert, AlertInfo, AlertState, Region

INFO_TEXT_FIELDS = [
    "event",
    "urgency",
    "severity",
    "certainty",
    "effective",
    "onset",
    "expires",
    "headline",
    "description",
    "instruction",
    "web",
    "contact",
]


def area_of(alert: Alert) -> cap.CapArea:
    regions = list(alert.regions.all())
    return cap.CapArea(
        description=alert.area_description or ", ".join(region.name for region in regions),
        polygons=tuple(tuple((lat, lon) for lat, lon in ring) for ring in alert.polygons),
        circles=tuple((lat, lon, radius) for lat, lon, radius in alert.circles),
        geocodes=tuple((region.geocode_scheme, region.code) for region in regions),
    )


def alert_to_cap(alert: Alert, *, sent) -> cap.CapAlert:
    area = area_of(alert)
    return cap.CapAlert(
        identifier=alert.identifier,
        sender=alert.sender,
        sent=sent,
        status=alert.status,
        msg_type=alert.msg_type,
        scope=alert.scope,
        note=alert.note,
        references=tuple(
            cap.CapReference(sender=ref.sender, identifier=ref.identifier, sent=ref.sent)
            for ref in alert.references.exclude(sent__isnull=True).order_by("sent")
        ),
        incidents=tuple(alert.incidents.split()),
        infos=tuple(
            cap.CapInfo(
                language=info.language,
                categories=(info.category,),
                response_types=(info.response_type,),
                sender_name=alert.authority.name if alert.authority else "",
                areas=(area,),
                **{field: getattr(info, field) for field in INFO_TEXT_FIELDS},
            )
            for info in alert.infos.all()
        ),
    )


class ImportResult:
    CREATED, DUPLICATE = "created", "duplicate"


@transaction.atomic
def store_imported(message: cap.CapAlert, *, source: str) -> tuple[Alert, str]:
    """Store a parsed upstream CAP message as a published alert, once: the same sender,
    identifier and sent time is recognised and not stored again. An Update or Cancel marks the
    messages it references (when known here) as replaced."""
    existing = Alert.objects.filter(sender=message.sender, identifier=message.identifier).first()
    if existing is not None:
        return existing, ImportResult.DUPLICATE
    alert = Alert.objects.create(
        identifier=message.identifier,
        sender=message.sender,
        sent=message.sent,
        status=message.status,
        msg_type=message.msg_type,
        note=message.note,
        incidents=" ".join(message.incidents),
        source=source,
        state=AlertState.PUBLISHED,
        area_description="; ".join(a.description for info in message.infos[:1] for a in info.areas),
        polygons=[
            [list(p) for p in ring]
            for info in message.infos[:1]
            for a in info.areas
            for ring in a.polygons
        ],
        circles=[list(c) for info in message.infos[:1] for a in info.areas for c in a.circles],
    )
    codes = {code for info in message.infos for a in info.areas for _name, code in a.geocodes}
    alert.regions.set(Region.objects.filter(code__in=codes))
    for info in message.infos:
        AlertInfo.objects.create(
            alert=alert,
            language=info.language.split("-")[0].lower(),
            category=info.categories[0],
            response_type=info.response_types[0] if info.response_types else "None",
            **{field: getattr(info, field) for field in INFO_TEXT_FIELDS},
        )
    referenced = Alert.objects.filter(
        identifier__in=[ref.identifier for ref in message.references],
        sender__in=[ref.sender for ref in message.references],
    )
    alert.references.set(referenced)
    referenced.filter(superseded_by__isnull=True).update(superseded_by=alert)
    return alert, ImportResult.CREATED
