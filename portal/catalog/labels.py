"""What residents read for the catalogue's coded values, in their language."""

from flask_babel import lazy_gettext as _l

from portal.models.catalog import EmployerKind, Kind, StudyFormat, SwedishLevel

KIND_LABELS = {
    Kind.SFI: _l("Swedish for immigrants (sfi)"),
    Kind.SFX: _l("Swedish for professionals (sfx)"),
    Kind.SFI_JOBB: _l("Sfi with work skills (Sfi jobb, Sfy)"),
    Kind.SVA: _l("Swedish as a second language (SVA)"),
    Kind.KOMVUX_GRUNDLAGGANDE: _l("Adult education, compulsory level (komvux)"),
    Kind.KOMVUX_GYMNASIAL: _l("Adult education, upper secondary level (komvux)"),
    Kind.KOMVUX_SARSKILD: _l("Adult education as special education (komvux)"),
    Kind.KOMBINATIONSUTBILDNING: _l("Swedish and a vocation together (kombinationsutbildning)"),
    Kind.YRKESUTBILDNING: _l("Vocational training (yrkesutbildning)"),
    Kind.LARLING: _l("Apprenticeship (lärlingsutbildning)"),
    Kind.JOBBSPAR: _l("Job track with an employer (jobbspår)"),
    Kind.YRKESHOGSKOLA: _l("Higher vocational education (yrkeshögskola)"),
}

FORMAT_LABELS = {
    StudyFormat.CLASSROOM: _l("In a classroom"),
    StudyFormat.DISTANCE: _l("Remote"),
    StudyFormat.HYBRID: _l("Hybrid (classroom or video)"),
}

# "I can start with": what the reader has, as they would say it.
LEVEL_LABELS = {
    SwedishLevel.NONE: _l("No Swedish yet"),
    SwedishLevel.SFI_A: _l("Sfi course A"),
    SwedishLevel.SFI_B: _l("Sfi course B"),
    SwedishLevel.SFI_C: _l("Sfi course C"),
    SwedishLevel.SFI_D: _l("Sfi course D"),
    SwedishLevel.SVA_GRUND: _l("Swedish as a second language, compulsory level"),
    SwedishLevel.SVA_GYMNASIAL: _l("Swedish as a second language, upper secondary level"),
}

# What a programme asks for, as a requirement.
REQUIREMENT_LABELS = {
    SwedishLevel.NONE: _l("No Swedish needed to start"),
    SwedishLevel.SFI_A: _l("Sfi course A or similar"),
    SwedishLevel.SFI_B: _l("Sfi course B or similar"),
    SwedishLevel.SFI_C: _l("Sfi course C or similar"),
    SwedishLevel.SFI_D: _l("Sfi course D or similar"),
    SwedishLevel.SVA_GRUND: _l("Swedish as a second language at compulsory level"),
    SwedishLevel.SVA_GYMNASIAL: _l("Swedish as a second language at upper secondary level"),
}

EMPLOYER_KIND_LABELS = {
    EmployerKind.CARE_HOME: _l("Care home"),
    EmployerKind.HOME_CARE: _l("Home care"),
    EmployerKind.PRESCHOOL: _l("Preschool"),
    EmployerKind.HOSPITAL: _l("Hospital"),
    EmployerKind.PUBLIC_TRANSPORT: _l("Public transport"),
    EmployerKind.PROPERTY: _l("Property management"),
    EmployerKind.RESTAURANT: _l("Restaurant and kitchen"),
    EmployerKind.CONSTRUCTION: _l("Construction"),
}

# "Starts within": months the reader can choose between.
WITHIN_MONTHS = (1, 3, 6, 12)
