"""Between alert rows and CAP messages (alerts.cap): export a message, store an imported one."""

from alerts import cap
from alerts.models import Alert, AlertInfo
from alerts.models.codes import EVENT_CODE_NAME, Hazard

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


def alert_from_cap(message: cap.CapAlert, *, source: str) -> tuple[Alert, list[AlertInfo]]:
    """Unsaved rows for a parsed upstream message: the message (a draft until it is published)
    and its info blocks. The area is taken from the first info block, as Beacon keeps one area
    per message."""
    first = message.infos[:1]
    alert = Alert(
        identifier=message.identifier,
        sender=message.sender,
        sent=message.sent,
        status=message.status,
        msg_type=message.msg_type,
        note=message.note,
        incidents=" ".join(message.incidents),
        source=source,
        area_description="; ".join(a.description for info in first for a in info.areas),
        polygons=[
            [list(p) for p in ring] for info in first for a in info.areas for ring in a.polygons
        ],
        circles=[list(c) for info in first for a in info.areas for c in a.circles],
    )
    infos = [
        AlertInfo(
            language=info.language.split("-")[0].lower(),
            category=info.categories[0],
            response_type=info.response_types[0] if info.response_types else "None",
            event_code=hazard_code(info),
            **{field: getattr(info, field) for field in INFO_TEXT_FIELDS},
        )
        for info in message.infos
    ]
    return alert, infos


def hazard_code(info: cap.CapInfo) -> str:
    """Beacon's hazard from an imported info's event codes, if it names one it knows."""
    codes = dict(info.event_codes)
    return codes.get(EVENT_CODE_NAME, "") if codes.get(EVENT_CODE_NAME) in Hazard.values else ""


def region_codes(message: cap.CapAlert) -> set[str]:
    return {code for info in message.infos for a in info.areas for _name, code in a.geocodes}
