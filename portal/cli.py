"""Command-line tasks: seed-demo, consent purge/remind, mail send-queued and mail worker,
reminders send-due, content coverage.

Commands that write e-mails run inside a request context for PUBLIC_BASE_URL, so links in
the mail point at the public site.
"""

import click
from flask import Flask
from flask.cli import AppGroup


def _public_request_context():
    from portal.mail.worker import public_context

    return public_context()


consent_cli = AppGroup("consent", help="Retention and renewal of contact consents.")
mail_cli = AppGroup("mail", help="The outgoing mail queue.")
reminders_cli = AppGroup("reminders", help="Text message reminders before recruitment days.")
content_cli = AppGroup("content", help="The catalogue's texts and their translations.")
catalog_cli = AppGroup("catalog", help="The catalogue's derived data.")


@catalog_cli.command("refresh-dates")
def catalog_refresh_dates() -> None:
    """Store today's next intake start and open status where the stored ones have expired
    (run daily; searches stay correct without it, only slower)."""
    from portal.catalog.intake_dates import refresh_stale
    from portal.extensions import db

    count = refresh_stale(db.session.connection())
    db.session.commit()
    click.echo(f"Programmes refreshed: {count}.")


@content_cli.command("coverage")
def content_coverage() -> None:
    """Per locale and field: published programmes translated, in full, and checked."""
    from portal.catalog.coverage import as_text, coverage

    click.echo(as_text(*coverage()))


@consent_cli.command("purge")
def consent_purge() -> None:
    """Delete expired, withdrawn and unconfirmed personal data (safe to run again)."""
    from portal.contact.service import purge

    counts = purge()
    click.echo(
        f"Consents expired: {counts['expired']}; unconfirmed sign-ups removed: "
        f"{counts['unconfirmed']}; people deleted: {counts['people_deleted']}."
    )


@consent_cli.command("remind")
@click.option("--days", default=30, show_default=True, help="Days before a consent ends.")
def consent_remind(days: int) -> None:
    """E-mail people whose consent ends soon a link to keep it."""
    from portal.contact.service import send_renewal_reminders

    with _public_request_context():
        count = send_renewal_reminders(days)
    click.echo(f"Renewal reminders queued: {count}.")


@reminders_cli.command("send-due")
def reminders_send_due() -> None:
    """Queue the SMS reminders for tomorrow's recruitment days (safe to run again)."""
    from portal.recruitment.reminders import send_due

    with _public_request_context():
        counts = send_due()
    click.echo(
        f"SMS reminders queued: {counts['queued']}; already queued before: "
        f"{counts['already']}; coming without SMS consent or number: {counts['no_consent']}; "
        f"coming to a cancelled day (none sent): {counts['cancelled']}."
    )


@mail_cli.command("send-queued")
def mail_send_queued() -> None:
    """Send what is due in the outbox once, then stop (for cron)."""
    from portal.mail import sender, worker

    with _public_request_context():
        counts = worker.run_round(sender.sender_name())
        waiting = sender.waiting()
    click.echo(
        f"Mail sent: {counts['sent']}; failed: {counts['failed']}; "
        f"skipped: {counts['skipped']}; still queued: {waiting}."
    )


@mail_cli.command("worker")
@click.option("--interval", default=2.0, show_default=True, help="Seconds to wait when idle.")
def mail_worker(interval: float) -> None:
    """Keep sending what the outbox holds until stopped (SIGTERM or Ctrl-C)."""
    from portal.mail import worker

    worker.run(_public_request_context, interval=interval)


def init_app(app: Flask) -> None:
    @app.cli.command("seed-demo")
    def seed_demo() -> None:
        """Load demo content into an empty database (safe to run again)."""
        from portal.demo import load_demo_content

        created = load_demo_content()
        click.echo(
            f"Demo content: {created} new records." if created else "Demo content: already loaded."
        )

    app.cli.add_command(consent_cli)
    app.cli.add_command(mail_cli)
    app.cli.add_command(reminders_cli)
    app.cli.add_command(content_cli)
    app.cli.add_command(catalog_cli)
    app.cli.add_command(users_cli)


users_cli = AppGroup("users", help="Staff accounts of the administration.")


@users_cli.command("create")
@click.option("--email", required=True)
@click.option(
    "--role",
    "roles",
    multiple=True,
    required=True,
    type=click.Choice(["editor", "contact_officer", "administrator"]),
)
@click.option("--password", help="Prompted for (hidden) when left out.")
def users_create(email: str, roles: tuple[str, ...], password: str | None) -> None:
    """Create a staff account, for example the first administrator."""
    from portal.admin.users import create_user

    if password is None:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    with _public_request_context():
        problems = create_user(email, password, list(roles))
    if problems:
        raise click.ClickException(" ".join(problems))
    click.echo(f"Created {email} with roles: {', '.join(roles)}.")
