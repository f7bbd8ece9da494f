"""Every change of an alert message, and of an authority's exercise mode, is one function here.

Each action first checks (role, jurisdiction, state, exercise mode) and only then acts, inside
one transaction, and records an append-only `AlertEvent` with a hash of the content. Which moves
are allowed is the table `TRANSITIONS`; views, imports, tasks and the demo call these functions
and never change a message themselves. The models refuse content changes after submission
(`Alert.save`), so a route that forgets to come here fails instead of altering a warning.

Four-eyes: a message is published only when an approver of its authority approves it who neither
wrote, edited nor submitted it. Publishing (`publish`) is one function for approval, imports and,
later, scheduled exercises: it decides the CAP status from the exercise mode, freezes the message,
supersedes what it references, writes the delivery outbox row and queues delivery after commit.
"""

from alerts.actions.drafting import new_alert, save_draft, submit_alert, validate_for_submission
from alerts.actions.exercise import set_exercise_mode
from alerts.actions.exercises import acknowledge, lesson_pages, plan_exercise
from alerts.actions.follow_ups import prefilled_info, start_follow_up
from alerts.actions.imports import ImportRefused, ImportResult, import_alert, keep_original
from alerts.actions.publishing import (
    approve_alert,
    publish,
    publish_due,
    queue_delivery,
    reject_alert,
)
from alerts.actions.rules import (
    EDITABLE_STATES,
    FOLLOW_UPS,
    TRANSITIONS,
    authors_of,
    awaiting_approval_by,
    check,
    check_content,
    membership,
    require_role,
)
from alerts.actions.templates import draft_from_template

__all__ = [
    "EDITABLE_STATES",
    "FOLLOW_UPS",
    "TRANSITIONS",
    "ImportRefused",
    "ImportResult",
    "acknowledge",
    "approve_alert",
    "authors_of",
    "awaiting_approval_by",
    "check",
    "draft_from_template",
    "check_content",
    "import_alert",
    "keep_original",
    "lesson_pages",
    "membership",
    "new_alert",
    "plan_exercise",
    "prefilled_info",
    "publish",
    "publish_due",
    "queue_delivery",
    "reject_alert",
    "require_role",
    "save_draft",
    "set_exercise_mode",
    "start_follow_up",
    "submit_alert",
    "validate_for_submission",
]
