"""Alert models: regions, authorities and CAP alert messages."""

from .authorities import Authority, AuthorityMember
from .events import AlertEvent, AppendOnly
from .geocodes import GeocodeMapping
from .imports import ReceivedCap
from .messages import Alert, AlertDelivery, AlertInfo, AlertState, FeedPolicy
from .push import Audience, PushDelivery, PushStatus, PushSubscription
from .regions import Region
from .templates import AlertTemplate, AlertTemplateText, Hazard

__all__ = [
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
