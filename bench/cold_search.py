"""Cold search cost against catalogue size: a cold search (the first after a catalogue change,
so no cache helps) at 50,000 programmes should cost at most 3x one at 1,000.

Builds both catalogues with bench/generate.py, then times the htmx search fragment for
typical searches right after a catalogue change, taking turns between the two catalogues
(search by search, the order swapped every round) so that both meet the same machine: a
shared or busy machine slows them alike instead of skewing the ratio. Prints the median per
size and the ratio (50,000 / 1,000). Each catalogue serves one untimed search first: what a
process does once (compiling templates, loading translations) is not a cold search.

The catalogue's texts come from each programme's field (a search word is in some programmes);
`--uniform` draws every text from all the words instead, the worst case where every search
matches the whole catalogue (see bench/generate.py).

.venv/bin/python bench/cold_search.py                    # SQLite files under /tmp
.venv/bin/python bench/cold_search.py --small 1000 --large 50000 --keep
.venv/bin/python bench/cold_search.py --database-url postgresql+psycopg://postgres@127.0.0.1:5432/bench
    (PostgreSQL: the databases bench_1000 and bench_50000 on that server, created when
    missing and rebuilt)
.venv/bin/python bench/cold_search.py --uniform --database-url ...
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


def database_for(url: str | None, count: int, texts: str) -> str:
    """The database for one catalogue: a SQLite file, or `<name>_<count>` on the server of
    `url` (created when missing, through the server's `postgres` database)."""
    if not url:
        return f"sqlite:////tmp/portal-cold-{texts}-{count}.db"
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    server = make_url(url)
    name = f"{server.database}_{count}"
    engine = create_engine(server.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        found = text("SELECT 1 FROM pg_database WHERE datname = :name")
        if not connection.scalar(found, {"name": name}):
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return server.set(database=name).render_as_string(hide_password=False)


def build(url: str, count: int, keep: bool, uniform: bool) -> None:
    path = Path(url.removeprefix("sqlite:///"))
    if keep and url.startswith("sqlite:") and path.exists():
        return
    subprocess.run(
        [sys.executable, str(ROOT / "bench" / "generate.py"), url, str(count)]
        + (["--uniform"] if uniform else []),
        check=True,
    )


class Catalogue:
    """The portal serving one built catalogue."""

    def __init__(self, url: str) -> None:
        from portal import create_app

        self.app = create_app({"SQLALCHEMY_DATABASE_URI": url, "RATELIMIT_ENABLED": False})
        self.client = self.app.test_client()
        self.times: list[float] = []
        self.search({})  # untimed: the process's first request

    def search(self, args: dict) -> float:
        """Seconds for the search `args` right after a catalogue change."""
        from sqlalchemy import update

        from portal.catalog import cache
        from portal.extensions import db
        from portal.models.catalog import CatalogueRevision

        with self.app.app_context():  # a catalogue change: every cache entry is now stale
            db.session.execute(
                update(CatalogueRevision).values(revision=CatalogueRevision.revision + 1)
            )
            db.session.commit()
        cache.clear()
        started = time.perf_counter()
        response = self.client.get(
            "/sv/utbildningar", query_string=args, headers={"HX-Request": "true"}
        )
        elapsed = time.perf_counter() - started
        assert response.status_code == 200, response.status_code
        return elapsed


def take_turns(catalogues: list[Catalogue], rounds: int = ROUNDS) -> None:
    """Every search on every catalogue, in turns; the order is swapped every round."""
    for round_number in range(rounds):
        order = catalogues if round_number % 2 == 0 else catalogues[::-1]
        for args in SEARCHES:
            for catalogue in order:
                catalogue.times.append(catalogue.search(args))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--small", type=int, default=1000)
    parser.add_argument("--large", type=int, default=50000)
    parser.add_argument("--keep", action="store_true", help="reuse SQLite files already built")
    parser.add_argument("--database-url", help="a PostgreSQL server's database to name them by")
    parser.add_argument("--uniform", action="store_true", help="every text from all the words")
    args = parser.parse_args()
    texts = "uniform texts" if args.uniform else "texts from each field"
    sizes = (args.small, args.large)
    urls = {n: database_for(args.database_url, n, texts.split()[0]) for n in sizes}
    for count in sizes:
        build(urls[count], count, args.keep, args.uniform)
    catalogues = {count: Catalogue(urls[count]) for count in sizes}
    take_turns(list(catalogues.values()))
    medians = {}
    for count, catalogue in catalogues.items():
        medians[count] = statistics.median(catalogue.times)
        print(
            f"{count:>7} programmes: cold search median {medians[count] * 1000:.1f} ms, "
            f"max {max(catalogue.times) * 1000:.1f} ms ({urls[count].split(':')[0]})"
        )
    ratio = medians[args.large] / medians[args.small]
    verdict = "PASS" if ratio <= 3 else "FAIL"
    print(
        f"ratio {args.large} / {args.small}: {ratio:.2f}x (target at most 3x) {verdict} "
        f"({texts}; load average {os.getloadavg()[0]:.2f})"
    )
    if os.environ.get("COLD_SEARCH_PROFILE"):
        profile(catalogues[args.large])


def profile(catalogue: Catalogue) -> None:
    """COLD_SEARCH_PROFILE=1: where one round of cold searches on `catalogue` spends its time."""
    import cProfile
    import pstats

    profiler = cProfile.Profile()
    profiler.runcall(take_turns, [catalogue], 1)
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)


if __name__ == "__main__":
    main()
