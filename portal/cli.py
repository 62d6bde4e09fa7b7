"""Command-line tasks: seed-demo, consent purge/remind, mail send-queued, content coverage.

Commands that write e-mails run inside a request context for PUBLIC_BASE_URL, so links in
the mail point at the public site.
"""

import click
from flask import Flask, current_app
from flask.cli import AppGroup


def _public_request_context():
    return current_app.test_request_context(base_url=current_app.config["PUBLIC_BASE_URL"])


consent_cli = AppGroup("consent", help="Retention and renewal of contact consents.")
mail_cli = AppGroup("mail", help="The outgoing mail queue.")
content_cli = AppGroup("content", help="The catalogue's texts and their translations.")


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


@mail_cli.command("send-queued")
def mail_send_queued() -> None:
    """Send the mail that is waiting (for example after the SMTP server was down)."""
    from portal.mail import send_queued

    with _public_request_context():
        sent, waiting = send_queued()
    click.echo(f"Mail sent: {sent}; still queued: {waiting}.")


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
    app.cli.add_command(content_cli)
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
