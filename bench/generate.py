"""Fill a database with N synthetic published programmes (deterministic), for load tests, or
with the demo catalogue (`demo` instead of a number).

A programme's text is drawn from its field's words (a care programme speaks of
undersköterskor, a kitchen one of kockar) and from words every programme uses, as real
texts are; a word a resident searches for is then in some programmes, not in all. With
`--uniform` every text is drawn from all the words instead: the worst case for search, where
every search word is in every programme and each search matches the whole catalogue.

python bench/generate.py sqlite:////tmp/bench.db 1000
python bench/generate.py sqlite:////tmp/bench.db 1000 --uniform
python bench/generate.py postgresql+psycopg://postgres@127.0.0.1:5432/bench demo
"""

import os
import random
import sys
from datetime import timedelta
from types import SimpleNamespace

os.environ.setdefault("PORTAL_ENV", "development")


def main(url: str, count: int | None, uniform: bool = False) -> None:
    """`count` None: the demo catalogue."""
    os.environ["DATABASE_URL"] = url
    from sqlalchemy import insert, text

    from portal import clock, create_app
    from portal.catalog import intake_dates
    from portal.extensions import db
    from portal.models.catalog import (
        District,
        Field,
        FieldTranslation,
        Intake,
        Kind,
        Programme,
        ProgrammeTranslation,
        StudyFormat,
        search_document,
    )
    from portal.search_text import distinct_words, fold

    app = create_app()
    rng = random.Random(2026)
    # Each field's own words (titles and most of the text) and words every text uses.
    field_words = {
        "Vård och omsorg": ["undersköterska", "vårdbiträde", "vård", "omsorg", "hemtjänst"],
        "Barn och fritid": ["barnskötare", "elevassistent", "förskola", "fritid", "barn"],
        "Teknik": ["elteknik", "kylteknik", "ventilation", "installation", "elektriker"],
        "Service": ["kock", "restaurang", "storkök", "lokalvård", "bageri"],
        "Bygg": ["bygg", "snickare", "fastighet", "anläggning", "betong"],
        "Transport": ["buss", "lastbil", "lager", "logistik", "truck"],
        "Kontor": ["ekonomi", "administration", "kundtjänst", "redovisning", "kontor"],
        "IT": ["it", "programmering", "support", "nätverk", "systemutveckling"],
    }
    common = ["svenska", "utbildning", "praktik", "arbete", "yrke", "kurs", "behörighet"]
    every_word = [w for words in field_words.values() for w in words] + common
    with app.app_context():
        if db.engine.dialect.name == "postgresql":  # typo matching uses pg_trgm there
            with db.engine.begin() as connection:
                connection.execute(text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
        db.drop_all()
        db.create_all()
        if count is None:
            from portal.demo import load_demo_content

            load_demo_content()
            db.session.commit()
            print(f"loaded the demo catalogue into {url}")
            return
        fields = []
        for i, name in enumerate(field_words):
            f = Field(slug=f"omrade-{i}", position=i)
            f.translations.append(FieldTranslation(locale="sv", name=name))
            f.translations.append(FieldTranslation(locale="en", name=f"Field {i}"))
            fields.append(f)
        districts = [
            District(slug=f"stadsdel-{i}", name=f"Stadsdel {i}", outer_city=i % 2 == 0)
            for i in range(14)
        ]
        db.session.add_all(fields + districts)
        db.session.commit()
        today = clock.today()
        # Core inserts in chunks: 50,000 programmes in seconds rather than many minutes of ORM
        # flushes. The folded search columns and documents are filled as the ORM listeners would.
        programmes, texts, documents, intakes = [], [], [], []
        for n in range(count):
            field = rng.choice(fields)
            own_words = every_word if uniform else list(field_words.values())[fields.index(field)]
            title = f"{rng.choice(own_words).capitalize()} {rng.choice(own_words)} {n}"
            district = rng.choice(districts + [None])
            programmes.append(
                dict(
                    id=n + 1,
                    slug=f"bench-{n}",
                    kind=rng.choice(list(Kind)).value,
                    status="published",
                    field_id=field.id,
                    district_id=district.id if district else None,
                    study_format=rng.choice(list(StudyFormat)).value,
                    pace=rng.choice([100, 100, 75, 50]),
                    length_weeks=rng.randint(4, 80),
                    swedish_level=rng.randint(0, 6),
                    version=1,
                )
            )
            body_words = every_word if uniform else own_words * 2 + common  # 6 in 10 own
            body = " ".join(rng.choice(body_words) for _ in range(120))
            for locale, text_title in (("sv", title), ("en", f"Course {n}")):
                folded = fold(f"{text_title} {body[:160]} {body}")
                texts.append(
                    dict(
                        id=len(texts) + 1,
                        programme_id=n + 1,
                        locale=locale,
                        title=text_title,
                        summary=body[:160],
                        body=body,
                        search_text=folded,
                    )
                )
                documents.append(
                    dict(
                        translation_id=len(texts),
                        programme_id=n + 1,
                        locale=locale,
                        title=fold(text_title),
                        words=distinct_words(folded),
                    )
                )
            own = []
            for _ in range(rng.randint(1, 3)):
                start = today + timedelta(days=rng.randint(1, 360))
                own.append(
                    dict(
                        programme_id=n + 1,
                        starts_on=start,
                        application_opens=start - timedelta(days=60),
                        application_closes=start - timedelta(days=7),
                        seats=30,
                        cancelled=False,
                    )
                )
            intakes += own
            # The stored next start and open status, as the ORM listener would store them.
            programmes[-1].update(intake_dates.compute([SimpleNamespace(**i) for i in own], today))
        for model, rows in (
            (Programme, programmes),
            (ProgrammeTranslation, texts),
            (search_document, documents),
            (Intake, intakes),
        ):
            for i in range(0, len(rows), 5000):
                db.session.execute(insert(model), rows[i : i + 5000])
        db.session.commit()
        if db.engine.dialect.name == "postgresql":
            for sql in (  # ids were given explicitly: the next ones follow them
                "SELECT setval(pg_get_serial_sequence('programme', 'id'), max(id)) FROM programme",
                "SELECT setval(pg_get_serial_sequence('programme_translation', 'id'), max(id)) "
                "FROM programme_translation",
            ):
                db.session.execute(text(sql))
            db.session.commit()
            # planner statistics, as autovacuum would
            with db.engine.connect() as connection:
                connection.execution_options(isolation_level="AUTOCOMMIT").execute(text("ANALYZE"))
    print(f"generated {count} programmes in {url}" + (" (uniform texts)" if uniform else ""))


if __name__ == "__main__":
    arguments = [a for a in sys.argv[1:] if a != "--uniform"]
    size = arguments[1] if len(arguments) > 1 else "1000"
    main(arguments[0], None if size == "demo" else int(size), "--uniform" in sys.argv)
