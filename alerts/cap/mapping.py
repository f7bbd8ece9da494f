"""From alert rows to CAP messages (alerts.cap); importing.py goes the other way."""

from alerts import cap
from alerts.models import Alert
from alerts.models.codes import EVENT_CODE_NAME

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
                event_codes=((EVENT_CODE_NAME, info.event_code),) if info.event_code else (),
                sender_name=alert.authority.name if alert.authority else "",
                areas=(area,),
                **{field: getattr(info, field) for field in INFO_TEXT_FIELDS},
            )
            for info in alert.infos.all()
        ),
    )
