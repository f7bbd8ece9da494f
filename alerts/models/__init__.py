"""Alert models: regions, authorities and CAP alert messages."""

from .authorities import Authority, AuthorityMember
from .events import AlertEvent, AppendOnly
from .messages import Alert, AlertDelivery, AlertInfo, AlertState
from .push import PushDelivery, PushStatus, PushSubscription
from .regions import Region

__all__ = [
    "Alert",
    "AlertDelivery",
    "AlertEvent",
    "AppendOnly",
    "AlertInfo",
    "AlertState",
    "Authority",
    "AuthorityMember",
    "PushDelivery",
    "PushStatus",
    "PushSubscription",
    "Region",
]
