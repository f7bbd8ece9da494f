"""CAP 1.2's code lists (status, message type, category, response, urgency, severity,
certainty), as choices for the alert models and forms, and Beacon's hazard codes (sent as a CAP
`eventCode` named EVENT_CODE_NAME)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    ACTUAL = "Actual", _("Actual")
    EXERCISE = "Exercise", _("Exercise")
    SYSTEM = "System", _("System")
    TEST = "Test", _("Test")
    DRAFT = "Draft", _("Draft")


class MsgType(models.TextChoices):
    ALERT = "Alert", _("Alert")
    UPDATE = "Update", _("Update")
    CANCEL = "Cancel", _("Cancel")


class Category(models.TextChoices):
    GEO = "Geo", _("Geophysical")
    MET = "Met", _("Meteorological")
    SAFETY = "Safety", _("Public safety")
    SECURITY = "Security", _("Security")
    RESCUE = "Rescue", _("Rescue")
    FIRE = "Fire", _("Fire")
    HEALTH = "Health", _("Health")
    ENV = "Env", _("Environment")
    TRANSPORT = "Transport", _("Transport")
    INFRA = "Infra", _("Infrastructure")
    CBRNE = "CBRNE", _("Chemical, biological, radiological, nuclear or explosive")
    OTHER = "Other", _("Other")


class ResponseType(models.TextChoices):
    SHELTER = "Shelter", _("Shelter")
    EVACUATE = "Evacuate", _("Evacuate")
    PREPARE = "Prepare", _("Prepare")
    EXECUTE = "Execute", _("Execute")
    AVOID = "Avoid", _("Avoid")
    MONITOR = "Monitor", _("Monitor")
    ASSESS = "Assess", _("Assess")
    ALL_CLEAR = "AllClear", _("All clear")
    NONE = "None", _("No action")


class Urgency(models.TextChoices):
    IMMEDIATE = "Immediate", _("Immediate")
    EXPECTED = "Expected", _("Expected")
    FUTURE = "Future", _("Future")
    PAST = "Past", _("Past")
    UNKNOWN = "Unknown", _("Unknown")


class Severity(models.TextChoices):
    EXTREME = "Extreme", _("Extreme")
    SEVERE = "Severe", _("Severe")
    MODERATE = "Moderate", _("Moderate")
    MINOR = "Minor", _("Minor")
    UNKNOWN = "Unknown", _("Unknown")


# Announced assertively on open pages and pushed with `Urgency: high`.
URGENT_SEVERITIES = {Severity.EXTREME, Severity.SEVERE}


class Certainty(models.TextChoices):
    OBSERVED = "Observed", _("Observed")
    LIKELY = "Likely", _("Likely")
    POSSIBLE = "Possible", _("Possible")
    UNLIKELY = "Unlikely", _("Unlikely")
    UNKNOWN = "Unknown", _("Unknown")


# The valueName of the eventCode that carries the hazard (CAP lets each system name its own).
EVENT_CODE_NAME = "beacon:hazard"


class Hazard(models.TextChoices):
    FLOOD = "flood", _("Flood")
    STORM = "storm", _("Storm")
    HEAT = "heat", _("Heat")
    POWER_CUT = "power-cut", _("Power cut")
    WATER = "water-contamination", _("Water contamination")
    SHELTER = "shelter-in-place", _("Shelter in place")
    EVACUATE = "evacuate", _("Evacuate")
    MISSING_PERSON = "missing-person", _("Missing person")
    ALL_CLEAR = "all-clear", _("All clear")
