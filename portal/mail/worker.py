"""The long-running sender (`flask --app portal mail worker`): run it beside the web server,
as many instances as you like, on any machines that reach the database.

Each round first runs the registered producers (work that turns into outbox rows outside
requests, such as a mailing's audience), then delivers what is due, then sleeps a little when
there was nothing to do. SIGTERM and SIGINT stop it after the message in hand.
"""

from __future__ import annotations

import signal
import threading
from collections import Counter
from collections.abc import Callable

from flask import current_app
from sqlalchemy.exc import SQLAlchemyError

from portal.extensions import db
from portal.mail.sender import send_queued, sender_name

_producers: list[Callable[[], object]] = []


def public_context():
    """A request context on PUBLIC_BASE_URL, so links built while sending point at the public
    site (never at whatever host a request came from)."""
    return current_app.test_request_context(base_url=current_app.config["PUBLIC_BASE_URL"])


def register_producer(produce: Callable[[], object]) -> None:
    """Run `produce()` at the start of every round (inside an app and request context)."""
    if produce not in _producers:
        _producers.append(produce)


def run_round(name: str) -> Counter:
    """One round: producers, then delivery. Returns the delivery counts."""
    for produce in _producers:
        produce()
    return send_queued(name=name)


def run(context: Callable, interval: float = 2.0, stop: threading.Event | None = None) -> None:
    """Rounds until stopped. `context()` gives a fresh context (for URLs in mail) per round."""
    stop = stop or threading.Event()
    if threading.current_thread() is threading.main_thread():
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, lambda *_: stop.set())
    name = sender_name()
    current_app.logger.info("mail worker %s started", name)
    while not stop.is_set():
        counts: Counter = Counter()
        try:
            with context():
                counts = run_round(name)
        except SQLAlchemyError as error:  # the database is away: wait and try again
            current_app.logger.warning("mail worker: %s", type(error).__name__)
        finally:
            db.session.remove()
        if not counts or counts["retry"]:  # nothing to do, or the server is down: pause
            stop.wait(interval)
    current_app.logger.info("mail worker %s stopped", name)
