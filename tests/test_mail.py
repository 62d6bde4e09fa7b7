"""The outbox and its senders: requests only queue, senders outside requests deliver each
message once, and what arrives is what mail clients need."""

import re
import shutil
import subprocess
import threading
from datetime import timedelta
from pathlib import Path

from sqlalchemy import func, select

from portal import clock, mail
from portal.extensions import db
from portal.mail import sender, worker
from portal.models.contact import OutboxMessage
from tests.contact_helpers import links_in, sign_up

ROOT = Path(__file__).resolve().parent.parent
ADDRESS = "anna.andersson@example.org"


def queued():
    return db.session.scalar(select(func.count()).select_from(OutboxMessage))


def test_a_request_only_queues_and_the_sender_delivers(app, client, session, smtp):
    smtp.delay = 3  # a slow SMTP server must not hold a web worker
    response = sign_up(client, lang="en", email=ADDRESS)
    assert response.status_code == 303
    assert smtp.connections == 0 and not smtp.received  # nothing sent inside the request
    assert queued() == 1
    smtp.delay = 0
    result = app.test_cli_runner().invoke(args=["mail", "send-queued"])
    assert "Mail sent: 1; failed: 0; skipped: 0; still queued: 0." in result.output
    (message,) = smtp.received
    assert message["To"] == ADDRESS and queued() == 0


def test_the_worker_delivers_until_stopped(shared_app, smtp, monkeypatch):
    # shared_app: the worker thread gets its own connection (on SQLite a file database;
    # the suite's in-memory one is a single connection that two threads must not share)
    monkeypatch.setitem(shared_app.config, "MAIL_SERVER", "127.0.0.1")
    monkeypatch.setitem(shared_app.config, "MAIL_PORT", smtp.port)
    stop = threading.Event()

    def run():
        with shared_app.app_context():
            worker.run(worker.public_context, interval=0.05, stop=stop)

    thread = threading.Thread(target=run)
    thread.start()
    try:
        with shared_app.app_context():
            mail.queue(ADDRESS, "Hej", "Text", "<p>Text</p>")
            db.session.commit()
        for _ in range(200):  # wait for the worker, at most ~10 s on a busy machine
            if smtp.received:
                break
            threading.Event().wait(0.05)
    finally:
        stop.set()
        thread.join(timeout=30)
    assert not thread.is_alive()
    assert [m["Subject"] for m in smtp.received] == ["Hej"]


def test_two_senders_at_once_deliver_each_message_exactly_once(shared_app, smtp, monkeypatch):
    monkeypatch.setitem(shared_app.config, "MAIL_SERVER", "127.0.0.1")
    monkeypatch.setitem(shared_app.config, "MAIL_PORT", smtp.port)
    addresses = [f"person{n}@example.org" for n in range(16)]
    with shared_app.app_context():
        for address in addresses:
            mail.queue(address, "Hej", "Text", "<p>Text</p>")
        db.session.commit()
    smtp.delay = 0.05  # slow enough that both senders are always mid-delivery together
    results = []

    def send(name):
        with shared_app.app_context():
            results.append(sender.send_queued(name=name))

    threads = [threading.Thread(target=send, args=(f"sender-{n}",)) for n in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sorted(m["To"] for m in smtp.received) == sorted(addresses)
    assert all(r["sent"] > 0 for r in results), results  # both took part
    with shared_app.app_context():
        assert queued() == 0


def test_a_crashed_senders_claim_runs_out(app, session, smtp, monkeypatch):
    mail.queue(ADDRESS, "Hej", "Text", "<p>Text</p>")
    db.session.commit()
    assert sender._claim("a sender that then dies") is not None
    assert sender.send_queued() == {}  # the claim still holds
    later = clock.now() + sender.LEASE + timedelta(seconds=1)
    monkeypatch.setattr(clock, "now", lambda: later)
    assert sender.send_queued() == {"sent": 1}
    assert len(smtp.received) == 1


def test_list_unsubscribe_arrives_as_a_plain_one_click_url(app, client, session, smtp, monkeypatch):
    monkeypatch.setitem(app.config, "PUBLIC_BASE_URL", "https://utbildning.stockholm.se")
    sign_up(client, lang="sv", email=ADDRESS)
    smtp.deliver()
    (raw,) = smtp.raw
    headers = raw.split(b"\r\n\r\n", 1)[0]
    match = re.search(rb"\r\nList-Unsubscribe: (<[^\r\n]*>)\r\n(?![ \t])", headers)
    assert match, headers.decode()
    url = match.group(1).decode("ascii")
    assert re.fullmatch(r"<https://utbildning\.stockholm\.se/sv/kontakt/avregistrera/\S+>", url)
    assert b"\r\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n" in headers
    assert b"=?utf-8?" not in headers.split(b"List-Unsubscribe")[1]


def test_links_in_mail_use_public_base_url_not_the_request_host(
    app, client, session, smtp, monkeypatch
):
    monkeypatch.setitem(app.config, "PUBLIC_BASE_URL", "https://utbildning.stockholm.se")
    client.environ_base["HTTP_HOST"] = "evil.example"  # every request of the sign-up
    sign_up(client, lang="en", email=ADDRESS)
    (message,) = smtp.messages
    links = links_in(message)
    assert links and all(u.startswith("https://utbildning.stockholm.se/en/") for u in links)


def test_make_run_serves_links_and_starts_the_worker_on_its_port():
    make = [shutil.which("make"), "-n", "run", "PORT=8123"]  # -n: print, run nothing
    dry_run = subprocess.run(make, cwd=ROOT, capture_output=True, text=True, check=True)  # noqa: S603
    dry_run = dry_run.stdout
    assert "PUBLIC_BASE_URL='http://127.0.0.1:8123'" in dry_run
    assert "mail worker &" in dry_run and "--port 8123" in dry_run
