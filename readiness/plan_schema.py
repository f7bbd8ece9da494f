"""The household plan's one strict shape, checked on the server before anything is stored or
printed: known keys only, the right types, bounded lengths and counts, and a size limit on the
whole. The browser keeps the same shape in localStorage (site/static/js/plan.js)."""

import json

from core import json_input
from readiness.preparedness import ACTION_STATES, ACTIONS, KIT_ITEMS, KIT_ITEMS_BY_NEED

MAX_BYTES = 16 * 1024
MAX_MEMBERS = 12
MEMBER_KINDS = ("adult", "child", "infant", "pet")
MEMBER_NEEDS = ("medication", "mobility")
SHORT, LONG = 80, 300

TEXT_FIELDS = {
    "meeting_near": LONG,
    "meeting_away": LONG,
    "contact_name": SHORT,
    "contact_phone": 40,
    "shutoff_water": LONG,
    "shutoff_gas": LONG,
    "shutoff_electricity": LONG,
    "documents": LONG,
}
KIT_KEYS = set(KIT_ITEMS) | set(KIT_ITEMS_BY_NEED) | {"food", "water"}


class InvalidPlan(ValueError):
    """A plan that does not fit the schema; the message names the first problem found."""


def parse_plan(raw: str | bytes) -> dict:
    """The plan in `raw` JSON, validated; InvalidPlan otherwise."""
    if len(raw) > MAX_BYTES:
        raise InvalidPlan(f"plan larger than {MAX_BYTES} bytes")
    try:
        value = json_input.loads(raw, max_depth=4)
    except json_input.BadJSON as error:
        raise InvalidPlan(str(error)) from error
    return validated(value)


def validated(plan) -> dict:
    """`plan` itself when it fits the schema, with every key present (empty defaults)."""
    if not isinstance(plan, dict):
        raise InvalidPlan("plan must be an object")
    allowed = {"version", "members", "kit", "actions", *TEXT_FIELDS}
    unknown = sorted(set(plan) - allowed)
    if unknown:
        raise InvalidPlan(f"unknown field {unknown[0]}")
    if plan.get("version", 1) != 1:
        raise InvalidPlan("version must be 1")
    clean = {"version": 1}
    for field, limit in TEXT_FIELDS.items():
        clean[field] = text(plan.get(field, ""), field, limit)
    clean["members"] = members(plan.get("members", []))
    clean["kit"] = choice_map(plan.get("kit", {}), "kit", KIT_KEYS, (True,))
    clean["actions"] = choice_map(plan.get("actions", {}), "actions", set(ACTIONS), ACTION_STATES)
    if len(json.dumps(clean, ensure_ascii=False).encode()) > MAX_BYTES:
        raise InvalidPlan(f"plan larger than {MAX_BYTES} bytes")
    return clean


def text(value, field: str, limit: int) -> str:
    if not isinstance(value, str):
        raise InvalidPlan(f"{field} must be text")
    if len(value) > limit:
        raise InvalidPlan(f"{field} longer than {limit} characters")
    return value.strip()


def members(value) -> list[dict]:
    if not isinstance(value, list):
        raise InvalidPlan("members must be a list")
    if len(value) > MAX_MEMBERS:
        raise InvalidPlan(f"at most {MAX_MEMBERS} members")
    return [member(item, number) for number, item in enumerate(value, start=1)]


def member(item, number: int) -> dict:
    where = f"member {number}"
    if not isinstance(item, dict) or set(item) - {"name", "kind", "needs", "note"}:
        raise InvalidPlan(f"{where} must have only name, kind, needs and note")
    kind = item.get("kind", "adult")
    if kind not in MEMBER_KINDS:
        raise InvalidPlan(f"{where}: kind must be one of " + ", ".join(MEMBER_KINDS))
    needs = item.get("needs", [])
    if not isinstance(needs, list) or any(need not in MEMBER_NEEDS for need in needs):
        raise InvalidPlan(f"{where}: needs must be a list of " + ", ".join(MEMBER_NEEDS))
    return {
        "name": text(item.get("name", ""), f"{where} name", SHORT),
        "kind": kind,
        "needs": sorted(set(needs)),
        "note": text(item.get("note", ""), f"{where} note", LONG),
    }


def choice_map(value, field: str, keys: set[str], states: tuple) -> dict:
    if not isinstance(value, dict):
        raise InvalidPlan(f"{field} must be an object")
    for key, state in value.items():
        if key not in keys:
            raise InvalidPlan(f"{field}: unknown key {key}")
        if state not in states:
            raise InvalidPlan(f"{field}: {key} must be one of " + ", ".join(map(str, states)))
    return dict(sorted(value.items()))


def people_in(plan: dict) -> int:
    """How many people the kit is for (pets are not people); at least one."""
    return max(1, sum(1 for item in plan["members"] if item["kind"] != "pet"))
