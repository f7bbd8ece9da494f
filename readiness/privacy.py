"""The one rule that decides which readiness figures may be shown or exported.

A figure is computed from a group of people (self-checks in a region, attempts at a quiz).
Groups of 1 to K - 1 are suppressed (k-anonymity). When the groups of a table add up to a
total that is also shown, a single suppressed group could be recovered by subtracting the others
from the total, so the next smallest group is suppressed with it (complementary suppression).
"""

from collections.abc import Hashable, Mapping

K = 10


def hidden_groups(sizes: Mapping[Hashable, int], *, adds_up_to_shown_total: bool) -> set:
    """The keys of `sizes` (group sizes) whose figures must not be shown or exported."""
    hidden = {key for key, size in sizes.items() if 0 < size < K}
    # An empty group describes no one; hiding it would protect nothing.
    visible = sorted((size, str(key), key) for key, size in sizes.items() if size >= K)
    if adds_up_to_shown_total and len(hidden) == 1 and visible:
        hidden.add(visible[0][2])
    return hidden


def shown(size: int) -> bool:
    """Whether a single group's figures may be shown (a group not part of a shown total)."""
    return not hidden_groups({None: size}, adds_up_to_shown_total=False)
