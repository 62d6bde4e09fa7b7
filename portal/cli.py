"""Command-line tasks: `flask --app portal seed-demo`, ..."""

import click
from flask import Flask


def init_app(app: Flask) -> None:
    @app.cli.command("seed-demo")
    def seed_demo() -> None:
        """Load demo content into an empty database (safe to run again)."""
        from portal.demo import load_demo_content

        created = load_demo_content()
        click.echo(
            f"Demo content: {created} new records." if created else "Demo content: already loaded."
        )
