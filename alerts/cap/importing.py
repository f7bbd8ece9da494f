"""Upstream CAP messages as unsaved Beacon rows: what fits is kept, what does not is noted.

Beacon shows one text per language and one area per message. CAP allows more: several info
blocks in one language (one per event or area), languages Beacon has no pages in, texts longer
than Beacon's fields. Such a message is still imported: the first block of each language Beacon
speaks is shown, the areas of every block make up the message's area (so nobody who is
concerned is missed), and each thing left out is a note that names it; the original document
is kept beside the message. Only a message with nothing Beacon can show is `CapUnsupported`.
"""

from dataclasses import dataclass, field

from django.conf import settings

from alerts import cap
from alerts.models import Alert, AlertInfo
from alerts.models.codes import EVENT_CODE_NAME, Hazard
from alerts.models.messages import MAX_TEXT_CHARS

from .mapping import INFO_TEXT_FIELDS

TEXT_LIMITS = {
    "event": 120,
    "headline": 160,
    "contact": 200,
    "description": MAX_TEXT_CHARS,
    "instruction": MAX_TEXT_CHARS,
}
MAX_IDENTITY = 120  # Alert.identifier and Alert.sender
MAX_AREA_DESCRIPTION = 250
MAX_WEB = 200
MAX_INCIDENTS = 250


@dataclass
class Imported:
    alert: Alert
    infos: list[AlertInfo]
    notes: list[str] = field(default_factory=list)


def alert_from_cap(message: cap.CapAlert, *, source: str) -> Imported:
    """Unsaved rows for a parsed upstream message (a draft until the import action publishes
    it), with notes on what was left out; CapUnsupported if nothing can be shown."""
    check_importable(message)
    if not message.infos:
        raise cap.CapUnsupported(f"this {message.msg_type} has no info block: nothing to show")
    notes: list[str] = []
    shown = shown_infos(message, notes)
    areas = [area for info in message.infos for area in info.areas]
    incidents = " ".join(message.incidents)
    alert = Alert(
        identifier=message.identifier,
        sender=message.sender,
        sent=message.sent,
        status=message.status,
        msg_type=message.msg_type,
        note=fitted(message.note, MAX_TEXT_CHARS, "note", notes),
        incidents=incidents if len(incidents) <= MAX_INCIDENTS else "",
        source=source[:300],
        issuer=next((i.sender_name for _c, i in shown if i.sender_name), "")[:250],
        area_description=fitted(
            "; ".join(dict.fromkeys(a.description.strip() for a in areas)),
            MAX_AREA_DESCRIPTION,
            "areaDesc",
            notes,
        ),
        polygons=unique([[list(p) for p in ring] for a in areas for ring in a.polygons]),
        circles=unique([list(c) for a in areas for c in a.circles]),
    )
    if len(incidents) > MAX_INCIDENTS:
        notes.append(f"incidents longer than {MAX_INCIDENTS} characters left out")
    return Imported(alert, [info_row(code, info, notes) for code, info in shown], notes)


def check_importable(message: cap.CapAlert) -> None:
    """CapUnsupported for a valid message that is not for the public: one for addressees only,
    an Ack or Error (exchanges between alerting systems), an Update without an info block (it
    has no new text or area, so the messages it updates stay as they were). A Cancel needs no
    info block: it ends the messages it references."""
    if message.scope != "Public":
        raise cap.CapUnsupported(f"a {message.scope} message is for its addressees, not the public")
    if message.msg_type in {"Ack", "Error"}:
        raise cap.CapUnsupported(
            f"an {message.msg_type} answers other alerting systems about the messages it "
            "references: nothing for the public"
        )
    if message.msg_type == "Update" and not message.infos:
        raise cap.CapUnsupported(
            "an Update without an info block has no new text or area: "
            "the messages it references stay as they were"
        )
    for name, value in (("identifier", message.identifier), ("sender", message.sender)):
        if len(value) > MAX_IDENTITY:
            raise cap.CapUnsupported(f"{name} is longer than {MAX_IDENTITY} characters")


def shown_infos(message: cap.CapAlert, notes: list[str]) -> list[tuple[str, cap.CapInfo]]:
    """The first info block of each language Beacon has pages in, by language code."""
    languages = {code for code, _name in settings.LANGUAGES}
    chosen: dict[str, cap.CapInfo] = {}
    for number, info in enumerate(message.infos, 1):
        code = info.language.split("-")[0].lower()
        if code not in languages:
            notes.append(f"info[{number}] ({info.language}): no pages in this language")
        elif code in chosen:
            notes.append(f"info[{number}] ({info.language}): a further block in this language")
        else:
            chosen[code] = info
    if not chosen:
        spoken = ", ".join(sorted({info.language for info in message.infos}))
        raise cap.CapUnsupported(f"no info block in a language Beacon has pages in ({spoken})")
    return list(chosen.items())


def info_row(code: str, info: cap.CapInfo, notes: list[str]) -> AlertInfo:
    texts = {name: getattr(info, name) for name in INFO_TEXT_FIELDS}
    for name, limit in TEXT_LIMITS.items():
        texts[name] = fitted(texts[name], limit, f"{info.language} {name}", notes)
    if len(texts["web"]) > MAX_WEB:
        notes.append(f"{info.language} web: address longer than {MAX_WEB} characters left out")
        texts["web"] = ""
    return AlertInfo(
        language=code,
        category=info.categories[0],
        response_type=info.response_types[0] if info.response_types else "None",
        event_code=hazard_code(info),
        **texts,
    )


def hazard_code(info: cap.CapInfo) -> str:
    """Beacon's hazard from an imported info's event codes, if it names one it knows."""
    code = dict(info.event_codes).get(EVENT_CODE_NAME, "")
    return code if code in Hazard.values else ""


def fitted(text: str, limit: int, element: str, notes: list[str]) -> str:
    """`text`, shortened with an ellipsis (and a note) if it is longer than `limit`."""
    if len(text) <= limit:
        return text
    notes.append(f"{element} shortened to {limit} characters")
    return text[: limit - 1].rstrip() + "…"


def unique(items: list[list]) -> list[list]:
    """Shapes without repeats (every language's block usually repeats the same area)."""
    return [_thawed(item) for item in dict.fromkeys(_frozen(item) for item in items)]


def _frozen(item):
    return tuple(_frozen(part) for part in item) if isinstance(item, list) else item


def _thawed(item):
    return [_thawed(part) for part in item] if isinstance(item, tuple) else item
