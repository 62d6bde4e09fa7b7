"""Entry point for gunicorn: `gunicorn wsgi:app` (set PORTAL_ENV=production and SECRET_KEY)."""

from portal import create_app

app = create_app()
