"""What the household plan page and its printed versions show, with every label translated."""

from django.middleware.csrf import get_token
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _

from readiness.plan_schema import MAX_MEMBERS, TEXT_FIELDS, people_in
from readiness.preparedness import (
    ACTIONS,
    DONE,
    KIT_ITEMS,
    KIT_ITEMS_BY_NEED,
    PLANNED,
    kit_data,
    kit_quantities,
)

KINDS = {
    "adult": _("Adult"),
    "child": _("Child"),
    "infant": _("Infant"),
    "pet": _("Pet"),
}
NEEDS = {"medication": _("Needs medication"), "mobility": _("Limited mobility")}
TEXT_LABELS = {
    "meeting_near": _("Meeting point near home"),
    "meeting_away": _("Meeting point outside the neighbourhood"),
    "contact_name": _("Contact outside the area"),
    "contact_phone": _("Their phone number"),
    "shutoff_water": _("Where the water is shut off"),
    "shutoff_gas": _("Where the gas is shut off"),
    "shutoff_electricity": _("Where the electricity is switched off"),
    "documents": _("Where the documents and their copies are"),
}


def plan_context(request) -> dict:
    get_token(request)  # sets the CSRF cookie the page's script sends back
    return {
        "kinds": KINDS,
        "needs": NEEDS,
        "text_fields": [(name, TEXT_LABELS[name], limit) for name, limit in TEXT_FIELDS.items()],
        "actions": ACTIONS,
        "kit_items": {**KIT_ITEMS, **KIT_ITEMS_BY_NEED},
        "kit_quantities": kit_quantities(1),
        "plan_data": {
            "kit": kit_data(),
            "maxMembers": MAX_MEMBERS,
            "signedIn": request.user.is_authenticated,
            "account": account_mark(request.user),
        },
    }


def account_mark(user) -> str:
    """Tells the browser whose plan it holds (so one account never sees another's after a
    change of account on a shared device) without naming the account."""
    if not user.is_authenticated:
        return ""
    return salted_hmac("readiness.plan.account", str(user.pk)).hexdigest()[:16]


def described_plan(plan: dict) -> dict:
    """A validated plan with labels, for the PDF and the wallet card."""
    people = people_in(plan)
    needs = {need for member in plan["members"] for need in member["needs"]}
    kinds = {member["kind"] for member in plan["members"]}
    for_needs = {"medication", "mobility"} & needs | {"infant", "pet"} & kinds
    return {
        "members": [
            {
                **member,
                "kind_label": KINDS[member["kind"]],
                "need_labels": [NEEDS[need] for need in member["needs"]],
            }
            for member in plan["members"]
        ],
        # (label, text, is a phone number: always left to right)
        "texts": [
            (TEXT_LABELS[name], plan[name], name == "contact_phone")
            for name in TEXT_FIELDS
            if plan[name]
        ],
        "shutoffs": [
            (TEXT_LABELS[name], plan[name])
            for name in ("shutoff_water", "shutoff_gas", "shutoff_electricity")
            if plan[name]
        ],
        "contact": (plan["contact_name"], plan["contact_phone"]),
        "meeting": (plan["meeting_near"], plan["meeting_away"]),
        "people": people,
        "kit_quantities": kit_quantities(people),
        "kit_items": [
            (label, plan["kit"].get(key, False))
            for key, label in [
                *KIT_ITEMS.items(),
                *[(key, KIT_ITEMS_BY_NEED[key]) for key in sorted(for_needs)],
            ]
        ],
        "done": [ACTIONS[key] for key, state in plan["actions"].items() if state == DONE],
        "planned": [ACTIONS[key] for key, state in plan["actions"].items() if state == PLANNED],
    }
