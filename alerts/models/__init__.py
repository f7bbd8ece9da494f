"""Alert models: regions, authorities and CAP alert messages."""

from .authorities import Authority, AuthorityMember
from .codes import Hazard
from .events import AlertEvent, AppendOnly
from .exercises import Acknowledgement, Channel, Exercise, LiveReceipt
from .messages import Alert, AlertDelivery, AlertInfo, AlertState
from .push import PushDelivery, PushStatus, PushSubscription
from .regions import Region
from .templates import AlertTemplate, AlertTemplateText

__all__ = [
    "Acknowledgement",
    "Channel",
    "Exercise",
    "LiveReceipt",
    "Alert",
    "AlertDelivery",
    "AlertEvent",
    "AppendOnly",
    "AlertInfo",
    "AlertState",
    "AlertTemplate",
    "AlertTemplateText",
    "Authority",
    "AuthorityMember",
    "Hazard",
    "PushDelivery",
    "PushStatus",
    "PushSubscription",
    "Region",
]
