"""Search relevance: success@5 per locale over the relevance set (tests/relevance/queries.toml),
on a fresh database with the demo catalogue.

.venv/bin/python bench/relevance.py                       # SQLite in a temporary file
.venv/bin/python bench/relevance.py postgresql+psycopg://postgres@127.0.0.1:5432/test_search
"""

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("PORTAL_ENV", "development")


def main(url: str) -> None:
    from sqlalchemy import text

    from portal import create_app
    from portal.demo import load_demo_content
    from portal.extensions import db
    from tests.relevance import evaluate

    app = create_app({"SQLALCHEMY_DATABASE_URI": url})
    with app.app_context():
        if db.engine.dialect.name == "postgresql":
            with db.engine.begin() as conn:
                conn.execute(text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
        db.drop_all()
        db.create_all()
        load_demo_content()
        scores, misses = evaluate()
        db.session.remove()
        db.drop_all()
    print(f"success@5 on {url.split(':')[0]}")
    for locale, (hits, total) in sorted(scores.items()):
        print(f"  {locale}: {hits}/{total} = {hits / total:.0%}")
    hits, total = sum(h for h, _ in scores.values()), sum(t for _, t in scores.values())
    print(f"  all: {hits}/{total} = {hits / total:.1%}")
    for miss in misses:
        print(f"  miss {miss}")


if __name__ == "__main__":
    if len(sys.argv) > 1:
        main(sys.argv[1])
    else:
        with tempfile.TemporaryDirectory() as tmp:
            main(f"sqlite:///{tmp}/relevance.db")
