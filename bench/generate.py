"""Fill a database with N synthetic published programmes (deterministic), for load tests.

python bench/generate.py sqlite:////tmp/bench.db 1000
"""

import os
import random
import sys
from datetime import timedelta

os.environ.setdefault("PORTAL_ENV", "development")


def main(url: str, count: int) -> None:
    os.environ["DATABASE_URL"] = url
    from portal import clock, create_app
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
    )

    app = create_app()
    rng = random.Random(2026)
    words = [
        "undersköterska",
        "barnskötare",
        "elteknik",
        "kylteknik",
        "ventilation",
        "vård",
        "omsorg",
        "svenska",
        "lager",
        "kock",
        "bygg",
        "fastighet",
        "buss",
        "it",
        "ekonomi",
    ]
    with app.app_context():
        db.drop_all()
        db.create_all()
        fields = []
        for i, name in enumerate(
            [
                "Vård och omsorg",
                "Barn och fritid",
                "Teknik",
                "Service",
                "Bygg",
                "Transport",
                "Kontor",
                "IT",
            ]
        ):
            f = Field(slug=f"omrade-{i}", position=i)
            f.translations.append(FieldTranslation(locale="sv", name=name))
            f.translations.append(FieldTranslation(locale="en", name=f"Field {i}"))
            fields.append(f)
        districts = [
            District(slug=f"stadsdel-{i}", name=f"Stadsdel {i}", outer_city=i % 2 == 0)
            for i in range(14)
        ]
        db.session.add_all(fields + districts)
        today = clock.today()
        for n in range(count):
            title = f"{rng.choice(words).capitalize()} {rng.choice(words)} {n}"
            p = Programme(
                slug=f"bench-{n}",
                kind=rng.choice(list(Kind)).value,
                status="published",
                field=rng.choice(fields),
                district=rng.choice(districts + [None]),
                study_format=rng.choice(list(StudyFormat)).value,
                pace=rng.choice([100, 100, 75, 50]),
                length_weeks=rng.randint(4, 80),
                swedish_level=rng.randint(0, 6),
            )
            body = " ".join(rng.choice(words) for _ in range(120))
            p.translations.append(
                ProgrammeTranslation(locale="sv", title=title, summary=body[:160], body=body)
            )
            p.translations.append(
                ProgrammeTranslation(
                    locale="en", title=f"Course {n}", summary=body[:160], body=body
                )
            )
            for _ in range(rng.randint(1, 3)):
                start = today + timedelta(days=rng.randint(1, 360))
                p.intakes.append(
                    Intake(
                        starts_on=start,
                        application_opens=start - timedelta(days=60),
                        application_closes=start - timedelta(days=7),
                        seats=30,
                    )
                )
            db.session.add(p)
        db.session.commit()
    print(f"generated {count} programmes in {url}")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 1000)
