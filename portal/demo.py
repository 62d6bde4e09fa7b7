"""Demo content for `flask --app portal seed-demo`: idempotent, only adds what is missing.

The content model arrives with the catalogue; until then there is nothing to load.
"""


def load_demo_content() -> int:
    """Add missing demo records and return how many were created."""
    return 0
