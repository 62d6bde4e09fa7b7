"""Typed SQLAlchemy models, one module per domain. Import every model module here so that
Flask-Migrate's autogenerate sees the whole schema."""

from portal.extensions import Base, db

__all__ = ["Base", "db"]
