"""Today's date in Stockholm: what "open for application" and "starts within" are measured
from. One function, so tests can move time by patching it."""

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

STOCKHOLM = ZoneInfo("Europe/Stockholm")


def today() -> date:
    return datetime.now(STOCKHOLM).date()


def now() -> datetime:
    """The current time in UTC, naive, as the database stores it."""
    return datetime.now(UTC).replace(tzinfo=None)
