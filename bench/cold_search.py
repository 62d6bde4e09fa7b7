"""Cold search cost against catalogue size: a cold search (the first after a catalogue change,
so no cache helps) at 50,000 programmes should cost at most 3x one at 1,000.

Builds both catalogues with bench/generate.py, then in one run times the htmx search fragment
for typical searches right after a catalogue change, and prints the median per size and the
ratio (50,000 / 1,000).

.venv/bin/python bench/cold_search.py                    # SQLite files under /tmp
.venv/bin/python bench/cold_search.py --small 1000 --large 50000 --keep
.venv/bin/python bench/cold_search.py --database-url postgresql+psycopg://postgres@127.0.0.1:5432/bench
    (one PostgreSQL database, rebuilt for each size in turn: it is emptied first)
"""

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("PORTAL_ENV", "development")

SEARCHES = [
    {},
    {"q": "undersköterska"},
    {"q": "vård omsorg"},
    {"typ": "kombinationsutbildning"},
    {"q": "kock", "oppen": "1"},
    {"niva": "3", "inom": "6"},
]
ROUNDS = 5


def build(url: str, count: int, keep: bool) -> None:
    path = Path(url.removeprefix("sqlite:///"))
    if keep and url.startswith("sqlite:") and path.exists():
        return
    subprocess.run(
        [sys.executable, str(ROOT / "bench" / "generate.py"), url, str(count)], check=True
    )


def cold_times(url: str, rounds: int = ROUNDS) -> list[float]:
    from sqlalchemy import update

    from portal import create_app
    from portal.catalog import cache
    from portal.extensions import db
    from portal.models.catalog import CatalogueRevision

    app = create_app({"SQLALCHEMY_DATABASE_URI": url, "RATELIMIT_ENABLED": False})
    client = app.test_client()
    times = []
    for _ in range(rounds):
        for args in SEARCHES:
            with app.app_context():  # a catalogue change: every cache entry is now stale
                db.session.execute(
                    update(CatalogueRevision).values(revision=CatalogueRevision.revision + 1)
                )
                db.session.commit()
            cache.clear()
            started = time.perf_counter()
            response = client.get(
                "/sv/utbildningar", query_string=args, headers={"HX-Request": "true"}
            )
            times.append(time.perf_counter() - started)
            assert response.status_code == 200, response.status_code
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--small", type=int, default=1000)
    parser.add_argument("--large", type=int, default=50000)
    parser.add_argument("--keep", action="store_true", help="reuse SQLite files already built")
    parser.add_argument("--database-url", help="one database to rebuild for each size")
    args = parser.parse_args()
    results = {}
    for count in (args.small, args.large):
        url = args.database_url or f"sqlite:////tmp/portal-cold-{count}.db"
        build(url, count, args.keep)
        times = cold_times(url)
        results[count] = statistics.median(times)
        print(
            f"{count:>7} programmes: cold search median {results[count] * 1000:.1f} ms, "
            f"max {max(times) * 1000:.1f} ms ({url.split(':')[0]}, load average "
            f"{os.getloadavg()[0]:.2f})"
        )
        if os.environ.get("COLD_SEARCH_PROFILE"):
            profile(url)
    ratio = results[args.large] / results[args.small]
    verdict = "PASS" if ratio <= 3 else "FAIL"
    print(f"ratio {args.large} / {args.small}: {ratio:.2f}x (target at most 3x) {verdict}")


def profile(url: str) -> None:
    """COLD_SEARCH_PROFILE=1: where one round of cold searches spends its time."""
    import cProfile
    import pstats

    profiler = cProfile.Profile()
    profiler.runcall(cold_times, url, 1)
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)


if __name__ == "__main__":
    main()
