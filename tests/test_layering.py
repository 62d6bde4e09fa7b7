"""The layers import downwards only: models and the audit recorder never reach up into a
feature (admin, contact, catalog, api), so a feature can use them without an import cycle."""

import ast
from pathlib import Path

PORTAL = Path(__file__).resolve().parents[1] / "portal"
LOWER = [*sorted((PORTAL / "models").glob("*.py")), PORTAL / "audit.py", PORTAL / "extensions.py"]
FEATURES = ("portal.admin", "portal.contact", "portal.catalog", "portal.api")


def imported_modules(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def test_models_and_audit_never_import_a_feature():
    upward = {
        f"{path.relative_to(PORTAL.parent)} imports {name}"
        for path in LOWER
        for name in imported_modules(path)
        if name.startswith(FEATURES)
    }
    assert not upward, sorted(upward)
