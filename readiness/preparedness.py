"""The 12 preparedness actions FEMA's National Household Survey asks about, and the household
kit sized for Germany's guidance (BBK: supplies for 10 days, 2 litres of water per person and
day for drinking and cooking). The plan page, the self-check, the PDF and the dashboard all read
these lists from here; the browser gets them as data."""

from django.utils.translation import gettext_lazy as _

ACTIONS = {
    "alerts": _("Sign up for alerts and warnings"),
    "plan": _("Make an emergency plan"),
    "savings": _("Set aside savings for an emergency"),
    "drills": _("Practise emergency drills"),
    "communication": _("Plan how the family keeps in touch"),
    "documents": _("Keep important documents safe"),
    "neighbours": _("Plan with your neighbours"),
    "safer_home": _("Make your home safer"),
    "evacuation": _("Know your evacuation routes"),
    "supplies": _("Gather emergency supplies"),
    "community": _("Get involved in your community"),
    "insurance": _("Check your insurance"),
}
DONE, PLANNED = "done", "planned"
ACTION_STATES = (DONE, PLANNED)

KIT_DAYS = 10
# Per person and day (BBK checklist for 10 days, about 2,200 kcal a day).
KIT_PER_PERSON_DAY = {
    "water": (2.0, "l", _("Water for drinking and cooking")),
    "grains": (0.35, "kg", _("Cereals, bread, potatoes, pasta, rice")),
    "vegetables": (0.40, "kg", _("Vegetables and pulses")),
    "fruit": (0.25, "kg", _("Fruit and nuts")),
    "dairy": (0.26, "kg", _("Milk and dairy products")),
    "protein": (0.15, "kg", _("Fish, meat, eggs")),
    "fats": (0.0357, "kg", _("Fats and oils")),
}
# Ticked, not counted: what every household needs once, and what some members need.
KIT_ITEMS = {
    "radio": _("Battery or wind-up radio"),
    "torch": _("Torches and spare batteries"),
    "first_aid": _("First aid kit"),
    "hygiene": _("Soap, toilet paper, rubbish bags"),
    "cash": _("Some cash in small notes"),
    "charger": _("Charged power bank"),
}
KIT_ITEMS_BY_NEED = {
    "medication": _("Medication for 10 days, with the prescriptions"),
    "mobility": _("Spare batteries and parts for mobility aids"),
    "infant": _("Baby food, formula and nappies for 10 days"),
    "pet": _("Pet food, water and a carrier"),
}


def kit_quantities(people: int) -> list[dict]:
    """What a household of `people` keeps for KIT_DAYS days, rounded up to a tenth."""
    rows = []
    for key, (per_day, unit, label) in KIT_PER_PERSON_DAY.items():
        total = -(-round(per_day * people * KIT_DAYS * 100) // 10) / 10
        rows.append({"key": key, "label": label, "unit": unit, "amount": total})
    return rows


def kit_data() -> dict:
    """The sizing rule as data for the plan page's script (it multiplies as members change)."""
    return {
        "days": KIT_DAYS,
        "perPersonDay": {key: value[0] for key, value in KIT_PER_PERSON_DAY.items()},
    }
