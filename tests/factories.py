"""Test data builders: small, explicit records for the catalogue tests."""

from datetime import timedelta
from itertools import count

from portal import clock
from portal.extensions import db
from portal.models.catalog import (
    District,
    Employer,
    Field,
    FieldTranslation,
    Intake,
    Programme,
    ProgrammeTranslation,
    Provider,
)

_serial = count(1)


def field(slug="vard-och-omsorg", sv="Vård och omsorg", en="Health and social care", **kw):
    f = Field(slug=slug, position=kw.pop("position", 0))
    f.translations.append(
        FieldTranslation(
            locale="sv",
            name=sv,
            summary=kw.get("summary", ""),
            body=kw.get("body", ""),
            reviewed=True,
        )
    )
    if en:
        f.translations.append(FieldTranslation(locale="en", name=en, reviewed=True))
    db.session.add(f)
    return f


def district(slug="rinkeby-kista", name="Rinkeby-Kista", outer_city=True):
    d = District(slug=slug, name=name, outer_city=outer_city)
    db.session.add(d)
    return d


def programme(
    title="Undersköterska",
    en_title=None,
    *,
    starts_in_days=30,
    open_now=True,
    today=None,
    translations=None,
    **columns,
):
    """A published programme with a Swedish text and one intake `starts_in_days` from today."""
    today = today or clock.today()
    n = next(_serial)
    columns.setdefault("slug", f"programme-{n}")
    columns.setdefault("kind", "kombinationsutbildning")
    columns.setdefault("status", "published")
    columns.setdefault("study_format", "klassrum")
    columns.setdefault("pace", 100)
    columns.setdefault("swedish_level", 3)
    if columns["kind"] != "jobbspar":  # a way in, as publishing requires (way_in.py)
        columns.setdefault("apply_url", "https://vuxenutbildning.stockholm/")
    p = Programme(**columns)
    p.translations.append(
        ProgrammeTranslation(
            locale="sv",
            title=title,
            summary=f"Sammanfattning {n}",
            body="Brödtext",
            reviewed=True,
            source_version=1,
        )
    )
    if en_title:
        p.translations.append(
            ProgrammeTranslation(
                locale="en",
                title=en_title,
                summary=f"Summary {n}",
                body="Body",
                reviewed=True,
                source_version=1,
            )
        )
    for t in translations or []:
        p.translations.append(t)
    if starts_in_days is not None:
        starts = today + timedelta(days=starts_in_days)
        opens = today - timedelta(days=5) if open_now else today + timedelta(days=3)
        p.intakes.append(
            Intake(
                starts_on=starts,
                application_opens=opens,
                application_closes=starts - timedelta(days=1),
                seats=20,
            )
        )
    db.session.add(p)
    return p


def provider(name="Vuxenutbildning Stockholm"):
    pr = Provider(name=name)
    db.session.add(pr)
    return pr


def employer(name="Hemtjänsten i Rinkeby-Kista", kind="home_care"):
    e = Employer(name=name, kind=kind)
    db.session.add(e)
    return e


def occupation(slug="underskoterska", sv="Undersköterska", synonyms="usk\nvårdare", **kw):
    """An occupation with a Swedish name and synonyms; `names` adds other locales' names."""
    from portal.models.occupation import Occupation, OccupationTranslation

    o = Occupation(slug=slug, ssyk=kw.pop("ssyk", "5321"), need_source=kw.pop("need_source", None))
    o.translations.append(
        OccupationTranslation(
            locale="sv",
            name=sv,
            synonyms=synonyms,
            description=kw.pop("description", "Ger omvårdnad."),
            need=kw.pop("need", ""),
            reviewed=True,
        )
    )
    for locale, (name, words) in kw.pop("names", {}).items():
        o.translations.append(
            OccupationTranslation(locale=locale, name=name, synonyms=words, reviewed=False)
        )
    o.programmes = kw.pop("programmes", [])
    db.session.add(o)
    return o


def recruitment_day(
    sv="Rekryteringsträff äldreomsorg",
    *,
    in_days=10,
    texts=None,
    capacity=None,
    district=None,
    programmes=(),
    employers=None,
    **columns,
):
    """A planned recruitment day `in_days` from today, 09:30-15:00, with a Swedish text;
    `texts` adds other locales' titles ({"ar": "..."}). Its employer is a home-care one unless
    `employers` are given: the job-invitation consent covers days in elderly care."""
    from datetime import time

    from portal.models.recruitment import RecruitmentDay, RecruitmentDayTranslation

    if employers is None:
        name = "Hemtjänsten i Rinkeby-Kista (Stockholms stad)"
        found = db.session.scalar(db.select(Employer).where(Employer.name == name))
        employers = [found or employer(name, "home_care")]
    n = next(_serial)
    day = RecruitmentDay(
        slug=columns.pop("slug", f"traff-{n}"),
        day=clock.today() + timedelta(days=in_days),
        starts_at=columns.pop("starts_at", time(9, 30)),
        ends_at=columns.pop("ends_at", time(15, 0)),
        address=columns.pop("address", "Kista torg 7"),
        district=district,
        capacity=capacity,
        programmes=list(programmes),
        employers=list(employers),
        **columns,
    )
    day.translations.append(
        RecruitmentDayTranslation(
            locale="sv", title=sv, description="Träffa arbetsgivare.", directions="Tunnelbana"
        )
    )
    for locale, title in (texts or {}).items():
        day.translations.append(RecruitmentDayTranslation(locale=locale, title=title))
    db.session.add(day)
    return day
