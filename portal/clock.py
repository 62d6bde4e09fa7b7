"""Today's date in Stockholm: what "open for application" and "starts within" are measured
from. One function, so tests can move time by patching it."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

STOCKHOLM = ZoneInfo("Europe/Stockholm")


def today() -> date:
    return datetime.now(STOCKHOLM).date()
