"""How each kind of outbox message leaves the portal, and what the sender reports.

A transport is made once per sender run (so it can keep a connection open across messages),
`send()`s messages and is `close()`d at the end. It raises DeliveryError when a message did
not go: `permanent` means trying again cannot help (an address the server refuses).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Protocol

from blinker import Namespace

from portal.models.contact import OutboxMessage

_signals = Namespace()
# Sent for every message a sender finishes: outcome.send(message, status=..., error=...),
# status "sent", "failed" (given up) or "skipped" (its consent ended before sending).
outcome = _signals.signal("outbox-outcome")

ADDRESS = re.compile(r"[^\s<>@]+@[^\s<>@]+")


class DeliveryError(Exception):
    def __init__(self, reason: str, permanent: bool = False):
        # Servers often quote the refused address: the reason is kept without it.
        super().__init__(ADDRESS.sub("<address>", reason)[:200])
        self.permanent = permanent


class Transport(Protocol):
    def send(self, message: OutboxMessage) -> None: ...

    def close(self) -> None: ...


_registry: dict[str, Callable[[], Transport]] = {}


def register(kind: str, factory: Callable[[], Transport]) -> None:
    """Deliver outbox rows of `kind` with transports made by `factory`."""
    _registry[kind] = factory


def make(kind: str) -> Transport:
    try:
        return _registry[kind]()
    except KeyError:
        raise DeliveryError(f"no transport for {kind!r}", permanent=True) from None
