"""Alert models: regions, authorities and CAP alert messages."""

from .authorities import Authority, AuthorityMember
from .codes import Hazard
from .events import AlertEvent, AppendOnly
from .exercises import Acknowledgement, Channel, Exercise, LiveReceipt
from .geocodes import GeocodeMapping
from .imports import ReceivedCap
from .messages import Alert, AlertDelivery, AlertInfo, AlertState, FeedPolicy
from .push import Audience, PushDelivery, PushStatus, PushSubscription
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
    "Audience",
    "Authority",
    "FeedPolicy",
    "GeocodeMapping",
    "AuthorityMember",
    "Hazard",
    "PushDelivery",
    "PushStatus",
    "PushSubscription",
    "ReceivedCap",
    "Region",
]
