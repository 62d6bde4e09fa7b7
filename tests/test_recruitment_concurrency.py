"""Recruitment days under concurrency, on a database several connections really share (the
`shared_app`: the suite's PostgreSQL database, or a file on SQLite; never the in-memory one).

Each test forces the dangerous interleaving with barriers and events rather than sleeps: both
reminder runs have read every invitation as unclaimed before either claims one; both people
have passed every check before either takes the last place, and the first to count the places
waits until the other has counted too or is held back by the database."""

import threading
import time

from bs4 import BeautifulSoup
from sqlalchemy import event, func, select, text

from portal.extensions import db
from portal.mail.worker import public_context
from portal.models.contact import OutboxMessage
from portal.models.recruitment import Answer, Invitation
from portal.recruitment import reminders, rsvp
from tests import factories
from tests.recruitment_helpers import answer_path, invited
from tests.test_recruitment_reminders import agree_to_sms
from tests.test_recruitment_rsvp import TEXTS, token_of

WAIT = 30  # seconds: only how long a broken test takes to fail, never what it decides


def run_together(*targets):
    errors: list[BaseException] = []

    def guarded(target):
        try:
            target()
        except BaseException as error:  # reported by the test below
            errors.append(error)

    threads = [threading.Thread(target=guarded, args=(t,)) for t in targets]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=WAIT * 2)
    assert not any(t.is_alive() for t in threads), "a thread hung"
    assert not errors, errors


def test_two_reminder_runs_at_once_queue_exactly_one_sms_per_person(shared_app, monkeypatch):
    numbers = ["+46701111111", "+46702222222", "+46703333333", "+46704444444"]
    with shared_app.app_context():
        day = factories.recruitment_day(in_days=1)
        db.session.commit()
        for n, number in enumerate(numbers):
            contact, _ = invited(day, f"p{n}@example.org", answer="coming")
            agree_to_sms(contact, number)
        db.session.remove()

    # Both runs wait before their first claim until the other has got there too: each has
    # then read every invitation with reminder_queued_at still empty.
    both_read = threading.Barrier(2, timeout=WAIT)
    first_claim = threading.local()
    real_claim = reminders._claim

    def claim(invitation, now):
        if not getattr(first_claim, "done", False):
            first_claim.done = True
            both_read.wait()
        return real_claim(invitation, now)

    monkeypatch.setattr(reminders, "_claim", claim)
    results = []

    def send_due():  # what `flask reminders send-due` runs
        with shared_app.app_context(), public_context():
            try:
                results.append(reminders.send_due())
            finally:
                db.session.remove()

    run_together(send_due, send_due)

    assert sum(r["queued"] for r in results) == len(numbers)
    assert sum(r["already"] for r in results) == len(numbers)
    with shared_app.app_context():
        texts = db.session.scalars(
            select(OutboxMessage.to_address).where(OutboxMessage.kind == "sms")
        ).all()
        claimed = db.session.scalar(
            select(func.count()).where(Invitation.reminder_queued_at.is_not(None))
        )
        db.session.remove()
    assert sorted(texts) == sorted(numbers)
    assert claimed == len(numbers)


class _Interleaving:
    """Holds the first person to count the places until the other has counted too (an unsafe
    answer: both saw a place left) or is provably waiting for the first to finish."""

    def __init__(self, app, monkeypatch):
        self.app = app
        self.both_checked = threading.Barrier(2, timeout=WAIT)
        self.counted: list[str] = []
        self.writes: dict[str, int] = {}
        self.local = threading.local()
        self.lock = threading.Lock()
        real_answer, real_places_left = rsvp.answer, rsvp.places_left

        def answer(link, value):
            self.local.name = threading.current_thread().name
            self.both_checked.wait()  # both have a valid form and an open invitation
            try:
                return real_answer(link, value)
            finally:
                self.local.name = None  # the page shown afterwards counts places too

        def places_left(day):
            left = real_places_left(day)
            name = getattr(self.local, "name", None)
            if name is None:
                return left  # the page around the answer, not the answer itself
            with self.lock:
                first = not self.counted
                self.counted.append(name)
            if first:
                self._hold_until_the_other_counted_or_waits(name)
            return left

        with app.app_context():
            self.engine = db.engine
            self.postgresql = db.engine.dialect.name == "postgresql"

        def before(_conn, _cursor, statement, *_args):
            name = getattr(self.local, "name", None)
            if name and statement.lstrip().upper().startswith(("UPDATE", "INSERT", "DELETE")):
                with self.lock:
                    self.writes[name] = self.writes.get(name, 0) + 1

        event.listen(self.engine, "before_cursor_execute", before)
        monkeypatch.setattr(rsvp, "answer", answer)
        monkeypatch.setattr(rsvp, "places_left", places_left)
        self._remove = lambda: event.remove(self.engine, "before_cursor_execute", before)

    def close(self):
        self._remove()

    def _other_waits(self, me: str) -> bool:
        if self.postgresql:  # the database says a backend is waiting for a lock
            with self.engine.connect() as conn:
                waiting = conn.execute(
                    text(
                        "SELECT count(*) FROM pg_stat_activity WHERE datname = "
                        "current_database() AND wait_event_type = 'Lock'"
                    )
                ).scalar()
            return bool(waiting)
        # SQLite has one writer at a time: once this answer has written, the other's first
        # write cannot return before this one commits.
        with self.lock:
            mine = self.writes.get(me, 0)
            others = sum(n for name, n in self.writes.items() if name != me)
        return mine > 0 and others > 0

    def _hold_until_the_other_counted_or_waits(self, me: str) -> None:
        deadline = time.monotonic() + WAIT
        while len(self.counted) < 2 and not self._other_waits(me):
            assert time.monotonic() < deadline, "the other answer never got going"
            time.sleep(0.005)  # polling a condition; the outcome does not depend on it


def test_two_people_answering_for_the_last_place_at_once_one_gets_it(shared_app, monkeypatch):
    with shared_app.app_context():
        day = factories.recruitment_day(capacity=2)
        db.session.commit()
        invited(day, "redan@example.org", answer="coming")
        people = [invited(day, f"{n}@example.org")[0] for n in ("anna", "omar")]
        paths = [answer_path(p, day) for p in people]
        db.session.remove()
    pages = {}
    for path in paths:
        client = shared_app.test_client()
        pages[path] = (client, token_of(client.get(path).text))

    interleaving = _Interleaving(shared_app, monkeypatch)
    responses = {}

    def answer_coming(path):
        client, csrf = pages[path]
        responses[path] = client.post(path, data={"answer": "coming", "csrf_token": csrf})

    try:
        run_together(*(lambda p=p: answer_coming(p) for p in paths))
    finally:
        interleaving.close()

    assert len(interleaving.counted) == 2  # both really answered
    statuses = sorted(r.status_code for r in responses.values())
    assert statuses == [303, 409], statuses
    (full,) = [r for r in responses.values() if r.status_code == 409]
    message = BeautifulSoup(full.text, "html.parser").get_text(" ", strip=True)
    assert TEXTS["sv"]["full"] in message
    with shared_app.app_context():
        coming = db.session.scalar(
            select(func.count()).where(
                Invitation.day_id == day.id, Invitation.answer == Answer.COMING
            )
        )
        db.session.remove()
    assert coming == 2  # the one already coming and exactly one of the two
