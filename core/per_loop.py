"""Asyncio locks and semaphores for module-level use.

One created at import is bound to the first event loop that waits on it, and fails in any other:
tests run one loop after another, and `async_to_sync` runs its own. `PerLoop` makes one for each
running loop instead (a process serving requests has one loop, so one lock).
"""

import asyncio
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class PerLoop(Generic[T]):
    def __init__(self, factory: Callable[[], T]):
        self.factory = factory
        self.loop: asyncio.AbstractEventLoop | None = None
        self.value: T | None = None

    def __call__(self) -> T:
        loop = asyncio.get_running_loop()
        if loop is not self.loop:
            self.value, self.loop = self.factory(), loop
        return self.value
