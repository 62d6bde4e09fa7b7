"""Demo content for the portal "Utbildningsvägar till jobb" (plain data, loaded by portal.demo).

Every kind of programme, occupation and figure here comes from the City of Stockholm's source
documents in ../shared/seeds/ (see the README there); the sentences are the portal's own.
Outcome figures are the Labour Market Committee's TARGETS for 2022 (budget 2022, the indicator
tables under goal 1.1.1), never measured results, and appear only on the kinds they cover:
kombinationsutbildning (75 % in work 3 months after completing), yrkesutbildning in komvux
(60 % in work 3 months after) and yrkeshögskola (90 % in work 6 months after the exam).

Providers marked "(demo)" and employers marked "(demo)" are invented, generic names standing in
for contracted providers and private employers; addresses are plausible but made up. Intakes are
given in weeks from the day the demo is loaded.
"""

from typing import Any

# Sources, cited by key from a programme's "outcome".
SOURCES = {
    "budget2022": "Arbetsmarknadsnämndens budget 2022, Stockholms stad",
    "bemanna2020": "Arbetsmarknadsförvaltningens tjänsteutlåtande 8 december 2020",
    "norra2026": "Kompetensförsörjningsplan 2026, Norra innerstadens stadsdelsförvaltning",
}

FIELDS: list[dict[str, Any]] = [
    {
        "slug": "vard-och-omsorg",
        "position": 1,
        "sv": {
            "name": "Vård och omsorg",
            "summary": (
                "Arbeta som undersköterska, vårdbiträde eller i hemtjänsten – yrken där "
                "Stockholm behöver många nya medarbetare."
            ),
            "body": (
                "## Varför vård och omsorg?\n\n"
                "Antalet äldre i Stockholm ökar, och äldreomsorgen behöver fler utbildade "
                "medarbetare både i hemtjänsten och på vård- och omsorgsboenden. Norra "
                "innerstadens stadsdelsförvaltning skriver i sin *Kompetensförsörjningsplan 2026* "
                "att konkurrensen om utbildade undersköterskor är stor och att det är särskilt "
                "svårt att rekrytera till hemtjänsten. Nästan 400 av förvaltningens "
                "tillsvidareanställda är 60 år eller äldre, de flesta inom äldreomsorgen, och de "
                "kommande åren behöver förvaltningen rekrytera många nya.\n\n"
                "Viljan att hjälpa till finns. Våren 2020, under covid-19-pandemin, anmälde 1 611 "
                "stockholmare intresse genom Bemanna Stockholm: 1 222 som extra resurs i vård och "
                "omsorg, 342 som biståndshandläggare och 72 nyutbildade undersköterskor "
                "(Arbetsmarknadsförvaltningens tjänsteutlåtande 8 december 2020). Deras uppgifter "
                "fick raderas enligt GDPR, så staden kunde inte höra av sig till dem senare. "
                "Därför kan du här själv välja att bli kontaktad om utbildningar och jobb i "
                "äldreomsorgen – och ta tillbaka ditt samtycke när du vill.\n\n"
                "## Vägar in\n\n"
                "- **Sfi → kombinationsutbildning → jobb.** I en kombinationsutbildning läser du "
                "svenska och yrkeskurser samtidigt, med studiehandledning på modersmål. År 2021 "
                "studerade drygt 1 300 personer i sex inriktningar, oftast till undersköterska "
                "eller barnskötare. "
                "Arbetsmarknadsnämndens mål för 2022 var att 75 procent ska ha arbete tre månader "
                "efter fullföljd utbildning (Arbetsmarknadsnämndens budget 2022).\n"
                "- **Jobbspår.** En kort utbildning som staden gör tillsammans med en arbetsgivare "
                "som vill anställa, till exempel hemtjänsten eller ett vård- och omsorgsboende.\n"
                "- **Yrkesutbildning och lärlingsutbildning i komvux.** För dig som har svenska på "
                "grundläggande nivå. Målet för 2022 var att 60 procent ska ha arbete tre månader "
                "efter avslutad yrkesutbildning (samma källa).\n"
                "- **Yrkeshögskola.** Till exempel apotekstekniker och medicinsk sekreterare. "
                "Målet för 2022 var att 90 procent ska ha arbete sex månader efter examen (samma "
                "källa).\n\n"
                "Vet du inte vilken väg som passar dig? Studie- och yrkesvägledarna på "
                "Vuxenutbildningscentrum hjälper dig, på plats eller digitalt."
            ),
        },
        "en": {
            "name": "Health and social care",
            "summary": (
                "Work as an assistant nurse, a care aide or in home care – jobs where Stockholm "
                "needs many new people."
            ),
            "body": (
                "## Why health and social care?\n\n"
                "The number of older people in Stockholm is growing, and elderly care needs more "
                "trained staff in home care (*hemtjänst*) and in care homes (*vård- och "
                "omsorgsboenden*). In its *Competence-supply plan 2026*, the Norra innerstaden "
                "district administration writes that trained assistant nurses (*undersköterskor*) "
                "are in high demand and that home care is especially hard to recruit for. Almost "
                "400 of its permanent staff are 60 or older, most of them in elderly care, so it "
                "will need to recruit many new people in the coming years.\n\n"
                "People want to help. In spring 2020, during the Covid-19 pandemic, 1,611 "
                "Stockholm residents volunteered through *Bemanna Stockholm*: 1,222 as extra help "
                "in care, 342 as needs assessors and 72 newly trained assistant nurses (Labour "
                "Market Administration, report of 8 December 2020). Their details had to be "
                "deleted under the GDPR, so the city could not contact them later. That is why you "
                "can choose here to be contacted about training and jobs in elderly care – and "
                "withdraw your consent whenever you like.\n\n"
                "## Ways in\n\n"
                "- **Sfi → combined programme (kombinationsutbildning) → job.** You study Swedish "
                "and vocational courses at the same time, with study support in your mother "
                "tongue. In 2021 just over 1,300 people studied in six directions, most often "
                "assistant nurse or childcare assistant. The Labour Market Committee's target for "
                "2022 was that 75 per cent are in work three months after completing (Labour "
                "Market Committee budget 2022).\n"
                "- **Job track (jobbspår).** A short training the city designs with an employer "
                "who wants to hire, such as home care or a care home.\n"
                "- **Vocational training and apprenticeships in komvux** (municipal adult "
                "education), if your Swedish is at compulsory-school level. The 2022 target was 60 "
                "per cent in work three months after finishing (same source).\n"
                "- **Higher vocational education (yrkeshögskola)**, for example pharmacy "
                "technician or medical secretary. The 2022 target was 90 per cent in work six "
                "months after the exam (same source).\n\n"
                "Not sure which path suits you? The study and career counsellors at "
                "Vuxenutbildningscentrum can help, in person or online."
            ),
        },
    },
    {
        "slug": "barn-och-fritid",
        "position": 2,
        "sv": {
            "name": "Barn och fritid",
            "summary": "Arbeta med barn i förskolan, till exempel som barnskötare.",
            "body": "",
        },
        "en": {
            "name": "Children and leisure",
            "summary": (
                "Work with children in preschool, for example as a childcare assistant "
                "(barnskötare)."
            ),
            "body": "",
        },
    },
    {
        "slug": "teknik-och-installation",
        "position": 3,
        "sv": {
            "name": "Teknik och installation",
            "summary": (
                "Gröna jobb med kyla, el, ventilation, VVS och sprinkler – yrken med goda "
                "chanser till arbete men få sökande."
            ),
            "body": "",
        },
        "en": {
            "name": "Technical installation",
            "summary": (
                "Green jobs in refrigeration, electrical work, ventilation, plumbing insulation "
                "and sprinklers – good job prospects, few applicants."
            ),
            "body": "",
        },
    },
    {
        "slug": "industri",
        "position": 4,
        "sv": {
            "name": "Industri",
            "summary": "Arbeta med produktion, maskiner och automation i industrin.",
            "body": "",
        },
        "en": {
            "name": "Industry",
            "summary": "Work with production, machines and automation in industry.",
            "body": "",
        },
    },
    {
        "slug": "bygg",
        "position": 5,
        "sv": {
            "name": "Bygg och måleri",
            "summary": "Bygg, renovera och måla hus och lokaler.",
            "body": "",
        },
        "en": {
            "name": "Construction and painting",
            "summary": "Build, renovate and paint homes and other buildings.",
            "body": "",
        },
    },
    {
        "slug": "restaurang-och-livsmedel",
        "position": 6,
        "sv": {
            "name": "Restaurang och storkök",
            "summary": "Laga mat i restaurang, storkök och skolrestaurang.",
            "body": "",
        },
        "en": {
            "name": "Restaurants and catering",
            "summary": "Cook in restaurants, large kitchens and school canteens.",
            "body": "",
        },
    },
    {
        "slug": "handel-och-service",
        "position": 7,
        "sv": {
            "name": "Service och fastighet",
            "summary": "Lokalvård, fastighetsservice och andra serviceyrken.",
            "body": "",
        },
        "en": {
            "name": "Service and property",
            "summary": "Cleaning, property maintenance and other service jobs.",
            "body": "",
        },
    },
    {
        "slug": "transport",
        "position": 8,
        "sv": {
            "name": "Transport",
            "summary": "Kör buss eller lastbil och håll Stockholm i rörelse.",
            "body": "",
        },
        "en": {
            "name": "Transport",
            "summary": "Drive a bus or a truck and keep Stockholm moving.",
            "body": "",
        },
    },
    {
        "slug": "kontor-och-ekonomi",
        "position": 9,
        "sv": {
            "name": "Kontor och ekonomi",
            "summary": (
                "Administration och upphandling, till exempel offentlig upphandlare eller "
                "medicinsk sekreterare."
            ),
            "body": "",
        },
        "en": {
            "name": "Office and finance",
            "summary": (
                "Administration and procurement, for example public procurement officer or "
                "medical secretary."
            ),
            "body": "",
        },
    },
    {
        "slug": "it",
        "position": 10,
        "sv": {
            "name": "IT och tech",
            "summary": "IT-yrken där Stockholm behöver mycket ny kompetens.",
            "body": "",
        },
        "en": {
            "name": "IT and tech",
            "summary": "IT jobs where Stockholm needs many new skills.",
            "body": "",
        },
    },
    {
        "slug": "svenska-och-grund",
        "position": 11,
        "sv": {
            "name": "Svenska och grundläggande studier",
            "summary": (
                "Lär dig svenska och läs grundläggande ämnen – grunden för nästa steg, vilket "
                "yrke du än väljer."
            ),
            "body": "",
        },
        "en": {
            "name": "Swedish and basic education",
            "summary": (
                "Learn Swedish and study basic subjects – the foundation for your next step, "
                "whatever job you choose."
            ),
            "body": "",
        },
    },
]

# The city's own units are named as in the sources; "(demo)" marks invented contracted providers.
PROVIDERS: list[dict[str, Any]] = [
    {"name": "Vuxenutbildning Stockholm", "url": "https://vuxenutbildning.stockholm/"},
    {"name": "Vuxenutbildning Järva", "url": None},
    {"name": "Campus Åsö", "url": None},
    {"name": "Komvux Rosenlund", "url": None},
    {"name": "Stockholms stads yrkeshögskola", "url": None},
    {"name": "Sfx – Stockholmsregionen", "url": None},
    {"name": "Jobbtorg Stockholm", "url": None},
    {"name": "Kompetenscentrum Järva (demo)", "url": None},
    {"name": "Språk- och yrkescentrum Skärholmen (demo)", "url": None},
    {"name": "Lärcenter Söderort (demo)", "url": None},
    {"name": "Lärcenter Västerort (demo)", "url": None},
    {"name": "Lärcenter City (demo)", "url": None},
    {"name": "Installationsskolan Stockholm (demo)", "url": None},
]

# Stockholm's city districts (stadsdelsområden). Norrmalm and Östermalm became one district,
# Norra innerstaden, on 1 July 2023 (competence-supply plan 2026); addresses still name the areas.
DISTRICTS: list[dict[str, Any]] = [
    {"slug": "rinkeby-kista", "name": "Rinkeby-Kista", "outer_city": True},
    {"slug": "spanga-tensta", "name": "Spånga-Tensta", "outer_city": True},
    {"slug": "hasselby-vallingby", "name": "Hässelby-Vällingby", "outer_city": True},
    {"slug": "bromma", "name": "Bromma", "outer_city": True},
    {"slug": "skarholmen", "name": "Skärholmen", "outer_city": True},
    {"slug": "hagersten-alvsjo", "name": "Hägersten-Älvsjö", "outer_city": True},
    {"slug": "enskede-arsta-vantor", "name": "Enskede-Årsta-Vantör", "outer_city": True},
    {"slug": "farsta", "name": "Farsta", "outer_city": True},
    {"slug": "skarpnack", "name": "Skarpnäck", "outer_city": True},
    {"slug": "sodermalm", "name": "Södermalm", "outer_city": False},
    {"slug": "kungsholmen", "name": "Kungsholmen", "outer_city": False},
    {"slug": "norra-innerstaden", "name": "Norra innerstaden", "outer_city": False},
]

# Kinds of employer, never private brands; the city's own units say "(Stockholms stad)".
EMPLOYERS: list[dict[str, Any]] = [
    {"name": "Vård- och omsorgsboenden i Spånga-Tensta (Stockholms stad)", "kind": "care_home"},
    {"name": "Vård- och omsorgsboenden i Norra innerstaden (Stockholms stad)", "kind": "care_home"},
    {"name": "Vård- och omsorgsboenden i Skärholmen (Stockholms stad)", "kind": "care_home"},
    {"name": "Hemtjänsten i Rinkeby-Kista (Stockholms stad)", "kind": "home_care"},
    {"name": "Hemtjänsten i Norra innerstaden (Stockholms stad)", "kind": "home_care"},
    {"name": "Hemtjänsten i Farsta (Stockholms stad)", "kind": "home_care"},
    {"name": "Förskolor i Rinkeby-Kista (Stockholms stad)", "kind": "preschool"},
    {"name": "Förskolor i Enskede-Årsta-Vantör (Stockholms stad)", "kind": "preschool"},
    {"name": "Sjukhus i Region Stockholm", "kind": "hospital"},
    {"name": "Bussbolag i Stockholmstrafiken (demo)", "kind": "public_transport"},
    {"name": "Allmännyttiga bostadsbolag i Stockholm", "kind": "property"},
    {"name": "Skolrestauranger i Stockholms stad", "kind": "restaurant"},
    {"name": "Byggföretag i Stockholmsregionen (demo)", "kind": "construction"},
]

PROGRAMMES: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ sfi
    {
        "slug": "sfi-studievag-1-rinkeby",
        "kind": "sfi",
        "status": "published",
        "field": "svenska-och-grund",
        "provider": "Vuxenutbildning Järva",
        "district": "rinkeby-kista",
        "address": "Rinkeby allé 10, Rinkeby",
        "format": "klassrum",
        "pace": 100,
        "length_weeks": 40,
        "swedish_level": "NONE",
        "schooling_years": [0, 6],
        "outcome": None,
        "apply_url": "https://vuxenutbildning.stockholm/",
        "employers": [],
        "next_step": "sfy-vard-och-omsorg-tensta",
        "intakes": [
            {"starts_in_weeks": 2, "application_weeks": 6, "seats": 16},
            {"starts_in_weeks": 6, "application_weeks": 6, "seats": 16},
            {"starts_in_weeks": 10, "application_weeks": 6, "seats": 16},
            {"starts_in_weeks": 14, "application_weeks": 6, "seats": 16},
        ],
        "sv": {
            "title": "Sfi studieväg 1 i Rinkeby",
            "summary": (
                "Svenska från början för dig som har gått i skolan i högst sex år, eller inte "
                "alls. Du lär dig också läsa och skriva."
            ),
            "body": (
                "På studieväg 1 börjar du från grunden. Du lär dig att förstå, tala, läsa och "
                "skriva svenska i vardagen, i samhället och på jobbet. Om du inte kan läsa och "
                "skriva på något språk lär du dig det först.\n\n"
                "Studieväg 1 har fyra kurser: A, B, C och D. Du går vidare till nästa kurs när "
                "du är klar med den du läser. Undervisningen är på dagtid i klassrum i Rinkeby, "
                "och du får hjälp att komma igång med dator och digitala verktyg.\n\n"
                "Nya elever börjar ofta, så du behöver inte vänta länge på en plats. När du har "
                "läst några kurser kan du gå vidare till sfi med yrkesinfärgning (Sfy) eller en "
                "kombinationsutbildning där du läser svenska och ett yrke samtidigt. Prata med "
                "en studie- och yrkesvägledare om vad som passar dig."
            ),
            "prerequisites": (
                "Du är minst 16 år, folkbokförd i Stockholms stad och har ett svenskt "
                "personnummer. Du behöver inte kunna någon svenska."
            ),
            "occupation": "",
            "easy_summary": (
                "Här lär du dig svenska från början. Du lär dig också att läsa och skriva. "
                "Skolan ligger i Rinkeby. Du kan börja snart."
            ),
        },
        "en": {
            "title": "Sfi study path 1 in Rinkeby",
            "summary": (
                "Swedish from the very start for people with up to six years of schooling, or "
                "none. You also learn to read and write."
            ),
            "body": (
                "Study path 1 (*studieväg 1*) starts from the beginning. You learn to understand, "
                "speak, read and write Swedish in everyday life, in society and at work. If you "
                "cannot yet read and write in any language, you learn that first.\n\n"
                "Study path 1 has four courses: A, B, C and D. You move on to the next course "
                "when you have finished the one you are taking. Classes are in the daytime, in a "
                "classroom in Rinkeby, and you get help getting started with computers and "
                "digital tools.\n\n"
                "New students start often, so you do not have to wait long for a place. After a "
                "few courses you can go on to sfi with a vocational focus (Sfy) or a combined "
                "programme (*kombinationsutbildning*) where you study Swedish and a trade at the "
                "same time. A study and career counsellor can help you choose."
            ),
            "prerequisites": (
                "You are at least 16, registered as living in the City of Stockholm and have a "
                "Swedish personal identity number. You do not need to know any Swedish."
            ),
            "occupation": "",
            "easy_summary": "",
        },
    },
    {
        "slug": "sfi-studievag-2-skarholmen",
        "kind": "sfi",
        "status": "published",
        "field": "svenska-och-grund",
        "provider": "Språk- och yrkescentrum Skärholmen (demo)",
        "district": "skarholmen",
        "address": "Skärholmsgången 12, Skärholmen",
        "format": "hybrid",
        "pace": 100,
        "length_weeks": 30,
        "swedish_level": "NONE",
        "schooling_years": [7, 12],
        "outcome": None,
        "apply_url": "https://vuxenutbildning.stockholm/",
        "employers": [],
        "next_step": "kombinationsutbildning-underskoterska-skarholmen",
        "intakes": [
            {"starts_in_weeks": 3, "application_weeks": 6, "seats": 20},
            {"starts_in_weeks": 9, "application_weeks": 6, "seats": 20},
            {"starts_in_weeks": 15, "application_weeks": 6, "seats": 20},
            {"starts_in_weeks": 21, "application_weeks": 6, "seats": 20},
        ],
        "sv": {
            "title": "Sfi studieväg 2 i Skärholmen",
            "summary": (
                "Sfi för dig som har gått i skolan i 7–12 år. Du läser kurs B, C och D i "
                "Skärholmen, i klassrummet eller via videolänk."
            ),
            "body": (
                "Studieväg 2 är den vanligaste studievägen i Stockholm. Den passar dig som har "
                "gått i skolan i sju till tolv år i ditt hemland eller i ett annat land. Du "
                "läser kurserna B, C och D och lär dig svenska för vardagen, samhället och "
                "arbetslivet.\n\n"
                "Undervisningen sker i klassrum i Skärholmens centrum. De dagar du inte kan komma "
                "till skolan kan du delta via videolänk, men läraren och klassrummet finns alltid "
                "där för dig.\n\n"
                "Många som läser studieväg 2 går vidare till en kombinationsutbildning, till "
                "exempel till undersköterska, där de läser svenska och yrkeskurser samtidigt. "
                "Skolan samarbetar med vård- och omsorgsboenden i området, så du kan få veta mer "
                "om hur det är att arbeta där redan under sfi."
            ),
            "prerequisites": (
                "Du är minst 16 år, folkbokförd i Stockholms stad och har ett svenskt "
                "personnummer. Du har gått i skolan i 7–12 år."
            ),
            "occupation": "",
            "easy_summary": (
                "Här lär du dig svenska. Kursen passar dig som har gått i skolan 7 till 12 år. "
                "Skolan ligger i Skärholmen."
            ),
        },
        "en": {
            "title": "Sfi study path 2 in Skärholmen",
            "summary": (
                "Sfi for people with 7–12 years of schooling. You take courses B, C and D in "
                "Skärholmen, in the classroom or by video link."
            ),
            "body": (
                "Study path 2 (*studieväg 2*) is the most common study path in Stockholm. It "
                "suits you if you went to school for seven to twelve years in your home country "
                "or elsewhere. You take courses B, C and D and learn Swedish for everyday life, "
                "society and work.\n\n"
                "Classes are held in a classroom in Skärholmen centre. On days when you cannot "
                "come in, you can join by video link, but the teacher and the classroom are "
                "always there for you.\n\n"
                "Many students on study path 2 go on to a combined programme "
                "(*kombinationsutbildning*), for example to become an assistant nurse, where "
                "they study Swedish and vocational courses at the same time. The school works "
                "with care homes in the area, so you can learn what the work is like while "
                "you are still in sfi."
            ),
            "prerequisites": (
                "You are at least 16, registered as living in the City of Stockholm and have a "
                "Swedish personal identity number. You have 7–12 years of schooling."
            ),
            "occupation": "",
            "easy_summary": "",
        },
    },
    {
        "slug": "sfi-studievag-3-distans",
        "kind": "sfi",
        "status": "published",
        "field": "svenska-och-grund",
        "provider": "Vuxenutbildning Stockholm",
        "district": None,
        "address": None,
        "format": "distans",
        "pace": 50,
        "length_weeks": 30,
        "swedish_level": "NONE",
        "schooling_years": [13, None],
        "outcome": None,
        "apply_url": "https://vuxenutbildning.stockholm/",
        "employers": [],
        "next_step": "sva-grundlaggande-distans",
        "intakes": [
            {"starts_in_weeks": 2, "application_weeks": 4, "seats": 30},
            {"starts_in_weeks": 7, "application_weeks": 4, "seats": 30},
            {"starts_in_weeks": 12, "application_weeks": 4, "seats": 30},
            {"starts_in_weeks": 24, "application_weeks": 4, "seats": 30},
        ],
        "sv": {
            "title": "Sfi studieväg 3 på distans",
            "summary": (
                "Sfi kurs C och D på halvfart via internet, för dig som har studerat i mer än "
                "tolv år och är van att plugga själv."
            ),
            "body": (
                "Studieväg 3 är för dig som har lång studievana, till exempel en "
                "gymnasieexamen och högre studier. Du läser kurs C och D och kommer snabbt vidare "
                "till svenska på en nivå där du kan arbeta och studera.\n\n"
                "Du studerar på distans och på halvfart. Lärarledda lektioner via video varvas "
                "med uppgifter som du gör när det passar dig, så det går att kombinera studierna "
                "med arbete eller föräldraledighet. Du behöver en dator eller surfplatta och en "
                "stabil internetuppkoppling.\n\n"
                "Efter sfi kan du läsa svenska som andraspråk på grundläggande nivå. Har du ett "
                "yrke sedan tidigare kan sfx, svenska för yrkesutbildade, vara ett bra nästa "
                "steg."
            ),
            "prerequisites": (
                "Du är minst 16 år, folkbokförd i Stockholms stad och har ett svenskt "
                "personnummer. Du har studerat i mer än tolv år och har tillgång till dator och "
                "internet."
            ),
            "occupation": "",
            "easy_summary": (
                "Här lär du dig svenska hemma via datorn. Kursen passar dig som har studerat "
                "länge. Du studerar halva dagen."
            ),
        },
        "en": {
            "title": "Sfi study path 3, online",
            "summary": (
                "Sfi courses C and D, half-time and online, for people with more than twelve "
                "years of study who are used to working independently."
            ),
            "body": (
                "Study path 3 (*studieväg 3*) is for people with a long study background, such "
                "as upper-secondary school and university. You take courses C and D and quickly "
                "reach a level of Swedish that lets you work and study.\n\n"
                "You study remotely at half pace. Live lessons on video alternate with "
                "assignments you do when it suits you, so you can combine sfi with a job or "
                "parental leave. You need a computer or tablet and a stable internet "
                "connection.\n\n"
                "After sfi you can go on to Swedish as a second language (SVA) at "
                "compulsory-school level. If you already have a profession, sfx – Swedish for "
                "professionals – may be a good next step."
            ),
            "prerequisites": (
                "You are at least 16, registered as living in the City of Stockholm and have a "
                "Swedish personal identity number. You have studied for more than twelve years "
                "and have a computer and internet access."
            ),
            "occupation": "",
            "easy_summary": "",
        },
    },
    {
        "slug": "intensiva-studier-i-svenska-kungsholmen",
        "kind": "sfi",
        "status": "published",
        "field": "svenska-och-grund",
        "provider": "Vuxenutbildning Stockholm",
        "district": "kungsholmen",
        "address": "Fleminggatan 20, Kungsholmen",
        "format": "klassrum",
        "pace": 100,
        "length_weeks": 20,
        "swedish_level": "NONE",
        "schooling_years": [13, None],
        "outcome": None,
        "apply_url": "https://vuxenutbildning.stockholm/",
        "employers": [],
        "next_step": "sva-gymnasial-sodermalm",
        "intakes": [
            {"starts_in_weeks": 5, "application_weeks": 8, "seats": 24},
            {"starts_in_weeks": 25, "application_weeks": 8, "seats": 24},
        ],
        "sv": {
            "title": "Intensiva studier i svenska",
            "summary": (
                "Sfi i högt tempo för dig med akademisk utbildning som vill lära dig svenska "
                "snabbt."
            ),
            "body": (
                "Intensiva studier i svenska är en sfi-utbildning för akademiker som vill och kan "
                "studera i snabb takt. Stockholms stad har erbjudit den sedan 2021.\n\n"
                "Du studerar på heltid i en grupp med andra som har högskoleutbildning. "
                "Lektionerna är många och läxorna omfattande, och målet är att du ska klara "
                "sfi-kursernas mål på betydligt kortare tid än vanligt. Undervisningen tar upp "
                "både vardagsspråk och det språk du behöver i arbetslivet och i vidare "
                "studier.\n\n"
                "Efter utbildningen kan du gå vidare till svenska som andraspråk på gymnasial "
                "nivå, till exempel inför en yrkeshögskoleutbildning, eller söka sfx för ditt "
                "yrke."
            ),
            "prerequisites": (
                "Du är folkbokförd i Stockholms stad, har en eftergymnasial utbildning och kan "
                "studera på heltid med mycket egen studietid."
            ),
            "occupation": "",
            "easy_summary": (
                "Här lär du dig svenska mycket snabbt. Kursen passar dig som har studerat på "
                "universitet. Du studerar hela dagen."
            ),
        },
        "en": {
            "title": "Intensive studies in Swedish",
            "summary": "Fast-paced sfi for university graduates who want to learn Swedish quickly.",
            "body": (
                "Intensive studies in Swedish (*Intensiva studier i svenska*) is an sfi "
                "programme for graduates who want to, and can, study at a fast pace. The City of "
                "Stockholm has offered it since 2021.\n\n"
                "You study full-time in a group with other people who have a university "
                "education. There are many lessons and a lot of homework, and the aim is to "
                "reach the goals of the sfi courses in much less time than usual. Teaching "
                "covers everyday language as well as the Swedish you need at work and in further "
                "study.\n\n"
                "Afterwards you can continue with Swedish as a second language (SVA) at "
                "upper-secondary level, for example before higher vocational education, or "
                "apply for sfx in your profession."
            ),
            "prerequisites": (
                "You are registered as living in the City of Stockholm, have post-secondary "
                "education and can study full-time with a lot of self-study."
            ),
            "occupation": "",
            "easy_summary": "",
        },
    },
    {
        "slug": "sfi-flex-farsta",
        "kind": "sfi",
        "status": "published",
        "field": "svenska-och-grund",
        "provider": "Lärcenter Söderort (demo)",
        "district": "farsta",
        "address": "Farstagången 6, Farsta",
        "format": "hybrid",
        "pace": 50,
        "length_weeks": 40,
        "swedish_level": "NONE",
        "schooling_years": None,
        "outcome": None,
        "apply_url": "https://vuxenutbildning.stockholm/",
        "employers": [],
        "next_step": None,
        "intakes": [
            {"starts_in_weeks": 4, "application_weeks": 6, "seats": 25},
            {"starts_in_weeks": 12, "application_weeks": 6, "seats": 25},
            {"starts_in_weeks": 20, "application_weeks": 6, "seats": 25},
        ],
        "sv": {
            "title": "Sfi flex i Farsta – dag, kväll och helg",
            "summary": (
                "Sfi som du kan kombinera med jobb: välj själv lektioner på dagtid, kvällstid "
                "och helger."
            ),
            "body": (
                "Sfi flex är för dig som arbetar eller har oregelbundna tider och ändå vill "
                "fortsätta lära dig svenska. Du bygger ditt eget schema med lektioner på dagen, "
                "på kvällen och på helgen, och kan ändra det när dina arbetstider ändras.\n\n"
                "Många som börjar sfi slutar när de får ett jobb. Sfi flex infördes för att du "
                "inte ska behöva välja mellan arbete och svenska – med bättre svenska får du "
                "större chans till ett tryggare och bättre betalt arbete.\n\n"
                "Du läser den studieväg och kurs som passar din skolbakgrund. Du kan vara med i "
                "klassrummet i Farsta eller via videolänk hemifrån."
            ),
            "prerequisites": (
                "Du är minst 16 år, folkbokförd i Stockholms stad och har ett svenskt "
                "personnummer. Passar dig som arbetar eller har oregelbundna tider."
            ),
            "occupation": "",
            "easy_summary": (
                "Här lär du dig svenska när det passar dig. Du kan gå på dagen, kvällen eller "
                "helgen. Du kan arbeta samtidigt."
            ),
        },
        "en": {
            "title": "Sfi flex in Farsta – days, evenings and weekends",
            "summary": (
                "Sfi you can combine with a job: choose lessons in the daytime, in the evening "
                "and at weekends."
            ),
            "body": (
                "Sfi flex is for people who work or have irregular hours but still want to keep "
                "learning Swedish. You build your own timetable from daytime, evening and weekend "
                "lessons, and you can change it when your working hours change.\n\n"
                "Many people stop sfi when they get a job. Sfi flex was introduced so that you "
                "do not have to choose between work and Swedish – better Swedish gives you a "
                "better chance of a secure, better-paid job.\n\n"
                "You follow the study path and course that match your schooling. You can join in "
                "the classroom in Farsta or by video link from home."
            ),
            "prerequisites": (
                "You are at least 16, registered as living in the City of Stockholm and have a "
                "Swedish personal identity number. Suits people who work or have irregular hours."
            ),
            "occupation": "",
            "easy_summary": "",
        },
    },
    {
        "slug": "sfi-sammanhallen-grupp-tensta",
        "kind": "sfi",
        "status": "published",
        "field": "svenska-och-grund",
        "provider": "Kompetenscentrum Järva (demo)",
        "district": "spanga-tensta",
        "address": "Tensta allé 12, Tensta",
        "format": "klassrum",
        "pace": 100,
        "length_weeks": 30,
        "swedish_level": "NONE",
        "schooling_years": [7, 12],
        "outcome": None,
        "apply_url": "https://vuxenutbildning.stockholm/",
        "employers": [],
        "next_step": "kombinationsutbildning-vardbitrade-tensta",
        "intakes": [
            {"starts_in_weeks": 3, "application_weeks": 4, "seats": 18},
            {"starts_in_weeks": 8, "application_weeks": 4, "seats": 18},
            {"starts_in_weeks": 13, "application_weeks": 4, "seats": 18},
            {"starts_in_weeks": 18, "application_weeks": 4, "seats": 18},
        ],
        "sv": {
            "title": "Sfi i sammanhållen grupp, studieväg 2, Tensta",
            "summary": (
                "Sfi där klassen får arbeta ifred i fem veckor innan nya elever börjar. För dig "
                "med 7–12 års skolgång."
            ),
            "body": (
                "I vanlig sfi börjar nya elever i klassen hela tiden. I en sammanhållen grupp är "
                "klassen stängd i fem veckor: alla börjar samtidigt och lär känna varandra och "
                "läraren. Sedan tas nya elever in och gruppen stängs igen. När staden prövade "
                "arbetssättet kom eleverna oftare till lektionerna.\n\n"
                "Gruppen läser studieväg 2, kurs B, C och D, på dagtid i Tensta. Lektionerna "
                "handlar om vardagsliv, samhälle och arbetsliv, och du får hjälp med studieteknik "
                "och digitala verktyg.\n\n"
                "Vill du hellre börja direkt finns också öppna sfi-grupper, där du kan börja när "
                "som helst."
            ),
            "prerequisites": (
                "Du är minst 16 år, folkbokförd i Stockholms stad och har ett svenskt "
                "personnummer. Du har gått i skolan i 7–12 år."
            ),
            "occupation": "",
            "easy_summary": (
                "Här lär du dig svenska i en fast grupp. Alla börjar samma dag. Skolan ligger i "
                "Tensta. Nya grupper börjar var femte vecka."
            ),
        },
        "en": {
            "title": "Sfi in a closed group, study path 2, Tensta",
            "summary": (
                "Sfi where the class works together for five weeks before new students join. For "
                "people with 7–12 years of schooling."
            ),
            "body": (
                "In ordinary sfi, new students join the class all the time. In a closed group "
                "(*sammanhållen grupp*) the class stays the same for five weeks: everyone starts "
                "together and gets to know each other and the teacher. Then new students are "
                "admitted and the group closes again. When the city tried this, students came to "
                "class more often.\n\n"
                "The group follows study path 2, courses B, C and D, in the daytime in Tensta. "
                "Lessons cover everyday life, society and work, and you get help with study "
                "skills and digital tools.\n\n"
                "If you would rather start straight away, there are also open sfi groups that "
                "you can join at any time."
            ),
            "prerequisites": (
                "You are at least 16, registered as living in the City of Stockholm and have a "
                "Swedish personal identity number. You have 7–12 years of schooling."
            ),
            "occupation": "",
            "easy_summary": "",
        },
    },
    {
        "slug": "sfi-for-foraldralediga-husby",
        "kind": "sfi",
        "status": "published",
        "field": "svenska-och-grund",
        "provider": "Vuxenutbildning Järva",
        "district": "rinkeby-kista",
        "address": "Husby torg 3, Husby",
        "format": "klassrum",
        "pace": 50,
        "length_weeks": 30,
        "swedish_level": "NONE",
        "schooling_years": None,
        "outcome": None,
        "apply_url": "https://vuxenutbildning.stockholm/",
        "employers": [],
        "next_step": None,
        "intakes": [
            {"starts_in_weeks": 2, "application_weeks": 5, "seats": 14},
            {"starts_in_weeks": 11, "application_weeks": 5, "seats": 14},
            {"starts_in_weeks": 30, "application_weeks": 5, "seats": 14},
        ],
        "sv": {
            "title": "Sfi för föräldralediga i Husby",
            "summary": (
                "Lär dig svenska på deltid medan du är föräldraledig, på tider som passar "
                "småbarnsföräldrar."
            ),
            "body": (
                "Sfi för föräldralediga är för dig som är hemma med ett litet barn och vill "
                "använda tiden till att lära dig svenska. Staden bygger ut utbildningen i Järva, "
                "särskilt för föräldrar som står långt från arbetsmarknaden.\n\n"
                "Du studerar på halvfart, några förmiddagar i veckan. Lektionerna tar upp sådant "
                "som är viktigt för dig som förälder: att prata med förskolan och "
                "barnavårdscentralen, att förstå brev från myndigheter och att planera för "
                "arbete eller studier när föräldraledigheten är slut.\n\n"
                "Du läser den studieväg som passar din skolbakgrund. En studie- och "
                "yrkesvägledare hjälper dig att planera vad du vill göra efter sfi."
            ),
            "prerequisites": (
                "Du är folkbokförd i Stockholms stad, har ett svenskt personnummer och är "
                "föräldraledig."
            ),
            "occupation": "",
            "easy_summary": (
                "Är du hemma med ditt barn? Här kan du lära dig svenska några dagar i veckan. "
                "Skolan ligger i Husby."
            ),
        },
        "en": {
            "title": "Sfi for parents on leave, Husby",
            "summary": (
                "Learn Swedish part-time while you are on parental leave, at times that suit "
                "parents of young children."
            ),
            "body": (
                "Sfi for parents on leave (*sfi för föräldralediga*) is for you if you are at "
                "home with a young child and want to use the time to learn Swedish. The city is "
                "expanding this programme in Järva, especially for parents who are far from "
                "the job market.\n\n"
                "You study half-time, a few mornings a week. Lessons cover things that matter to "
                "you as a parent: talking to the preschool and the child health centre, "
                "understanding letters from public authorities, and planning for work or study "
                "when your leave ends.\n\n"
                "You follow the study path that matches your schooling. A study and career "
                "counsellor helps you plan what to do after sfi."
            ),
            "prerequisites": (
                "You are registered as living in the City of Stockholm, have a Swedish personal "
                "identity number and are on parental leave."
            ),
            "occupation": "",
            "easy_summary": "",
        },
    },
    {
        "slug": "sfi-anpassad-rosenlund",
        "kind": "sfi",
        "status": "published",
        "field": "svenska-och-grund",
        "provider": "Komvux Rosenlund",
        "district": "sodermalm",
        "address": "Rosenlundsgatan 52, Södermalm",
        "format": "klassrum",
        "pace": 50,
        "length_weeks": 40,
        "swedish_level": "NONE",
        "schooling_years": None,
        "outcome": None,
        "apply_url": "https://vuxenutbildning.stockholm/",
        "employers": [],
        "next_step": "komvux-sarskild-rosenlund",
        "intakes": [
            {"starts_in_weeks": 6, "application_weeks": 8, "seats": 8},
            {"starts_in_weeks": 26, "application_weeks": 8, "seats": 8},
        ],
        "sv": {
            "title": "Anpassad sfi på Komvux Rosenlund",
            "summary": (
                "Sfi i liten grupp med extra stöd, för dig som har en funktionsnedsättning eller "
                "andra särskilda behov."
            ),
            "body": (
                "På Komvux Rosenlund finns anpassad sfi för elever som behöver mer stöd än vanlig "
                "sfi kan ge, till exempel på grund av en intellektuell funktionsnedsättning, en "
                "förvärvad hjärnskada eller andra inlärningssvårigheter.\n\n"
                "Du studerar i en liten grupp, i lugnare takt och med lärare som har "
                "specialpedagogisk kompetens. Undervisningen anpassas efter dig: mycket bild, "
                "upprepning och praktiska övningar från vardagen.\n\n"
                "På Komvux Rosenlund kan du också kombinera sfi med kurser inom komvux som "
                "särskild utbildning eller med en yrkesutbildning. Vi hjälper dig att hitta en "
                "plan som passar dig."
            ),
            "prerequisites": (
                "Du är folkbokförd i Stockholms stad, har ett svenskt personnummer och behöver "
                "anpassad undervisning. Prata gärna med en studie- och yrkesvägledare innan du "
                "söker."
            ),
            "occupation": "",
            "easy_summary": (
                "Här lär du dig svenska i en liten grupp. Lärarna ger dig extra hjälp. Du får "
                "lära dig i din egen takt."
            ),
        },
        "en": {
            "title": "Adapted sfi at Komvux Rosenlund",
            "summary": (
                "Sfi in a small group with extra support, for people with a disability or other "
                "special needs."
            ),
            "body": (
                "Komvux Rosenlund offers adapted sfi for students who need more support than "
                "ordinary sfi can give, for example because of an intellectual disability, an "
                "acquired brain injury or other learning difficulties.\n\n"
                "You study in a small group, at a calmer pace, with teachers trained in special "
                "education. Teaching is adapted to you: lots of pictures, repetition and "
                "practical exercises from everyday life.\n\n"
                "At Komvux Rosenlund you can also combine sfi with courses in adult education "
                "for people with intellectual disabilities (*komvux som särskild utbildning*) or "
                "with vocational training. We help you find a plan that suits you."
            ),
            "prerequisites": (
                "You are registered as living in the City of Stockholm, have a Swedish personal "
                "identity number and need adapted teaching. Talk to a study and career "
                "counsellor before you apply."
            ),
            "occupation": "",
            "easy_summary": "",
        },
    },
    {
        "slug": "sfi-larare-pa-jobbtorg-jarva",
        "kind": "sfi",
        "status": "draft",
        "field": "svenska-och-grund",
        "provider": "Vuxenutbildning Järva",
        "district": "spanga-tensta",
        "address": "Hjulstavägen 5, Tensta",
        "format": "klassrum",
        "pace": 25,
        "length_weeks": 20,
        "swedish_level": "NONE",
        "schooling_years": None,
        "outcome": None,
        "apply_url": None,
        "employers": [],
        "next_step": None,
        "intakes": [],
        "sv": {
            "title": "Sfi-lärare på jobbtorget i Järva (pilot)",
            "summary": (
                "En sfi-lärare finns på plats på jobbtorget, så att du kan börja lära dig "
                "svenska samtidigt som du söker jobb."
            ),
            "body": (
                "Utkast – pilotverksamhet som ännu inte är öppen för ansökan.\n\n"
                "Arbetsmarknadsnämnden har gett Vuxenutbildning Järva och jobbtorget i Järva i "
                "uppdrag att pröva ambulerande sfi-lärare: lärare som finns på plats där du redan "
                "får stöd att komma närmare ett arbete. Tanken är att steget till att börja "
                "studera ska bli mindre.\n\n"
                "Du träffar läraren på jobbtorget några timmar i veckan. Läraren kartlägger din "
                "svenska, ger dig de första lektionerna och hjälper dig att söka till en vanlig "
                "sfi-grupp som passar dina tider och din skolbakgrund. Samtidigt fortsätter du "
                "arbetet med din handlingsplan tillsammans med din coach på jobbtorget."
            ),
            "prerequisites": "Du är inskriven på Jobbtorg Stockholm i Järva.",
            "occupation": "",
            "easy_summary": (
                "Går du till jobbtorget i Järva? Där kan du snart träffa en lärare i svenska. "
                "Läraren hjälper dig att börja på sfi."
            ),
        },
        "en": {
            "title": "Sfi teacher at the Järva job centre (pilot)",
            "summary": (
                "An sfi teacher is on site at the job centre, so you can start learning Swedish "
                "while you look for work."
            ),
            "body": (
                "Draft – a pilot that is not yet open for applications.\n\n"
                "The Labour Market Committee has asked Vuxenutbildning Järva and the job centre "
                "(*jobbtorg*) in Järva to try out visiting sfi teachers: teachers who are present "
                "where you already get help moving closer to a job. The idea is to make it easier "
                "to take the step into studying.\n\n"
                "You meet the teacher at the job centre a few hours a week. The teacher assesses "
                "your Swedish, gives you your first lessons and helps you apply for a regular sfi "
                "group that fits your schedule and schooling. Meanwhile you keep working on your "
                "action plan with your coach at the job centre."
            ),
            "prerequisites": "You are registered with Jobbtorg Stockholm in Järva.",
            "occupation": "",
            "easy_summary": "",
        },
    },
    # ------------------------------------------------------------------ sfx (region-wide)
    {
        "slug": "sfx-ingenjorer",
        "kind": "sfx",
        "status": "published",
        "field": "teknik-och-installation",
        "provider": "Sfx – Stockholmsregionen",
        "district": "kungsholmen",
        "address": "Lindhagensgatan 30, Kungsholmen",
        "format": "klassrum",
        "pace": 100,
        "length_weeks": 44,
        "swedish_level": "NONE",
        "schooling_years": [13, None],
        "outcome": None,
        "apply_url": None,
        "employers": [],
        "next_step": None,
        "intakes": [
            {"starts_in_weeks": 9, "application_weeks": 10, "seats": 24},
            {"starts_in_weeks": 31, "application_weeks": 10, "seats": 24},
        ],
        "sv": {
            "title": "Sfx för ingenjörer",
            "summary": (
                "Svenska för dig som är utbildad ingenjör – med fackspråk, studiebesök och "
                "kontakter med arbetsgivare."
            ),
            "body": (
                "Sfx betyder svenska för yrkesutbildade. Du studerar i en grupp där alla är "
                "ingenjörer, och svenskan du lär dig är den du behöver på jobbet: tekniska "
                "begrepp, mötesspråk, rapporter och säkerhetsföreskrifter.\n\n"
                "Utöver språket lär du dig hur ingenjörsyrket fungerar i Sverige. Utbildningen "
                "kan innehålla yrkes- och orienteringskurser, auskultation på en arbetsplats, en "
                "mentor från branschen och samarbeten med högskolor. Målet är att du ska komma "
                "till ett arbete, starta företag eller gå vidare till en kompletterande "
                "utbildning så snabbt som möjligt.\n\n"
                "Sfx drivs gemensamt av kommunerna i Stockholms län. Alla som bor i länet kan "
                "söka, och undervisningen för den här gruppen sker på Kungsholmen."
            ),
            "prerequisites": (
                "Du har en ingenjörsutbildning eller motsvarande yrkeserfarenhet, bor i "
                "Stockholms län och har rätt till sfi. Grundläggande engelska är en fördel."
            ),
            "occupation": "Ingenjör",
            "easy_summary": "",
        },
        "en": {
            "title": "Sfx for engineers",
            "summary": (
                "Swedish for trained engineers – with technical language, study visits and "
                "contacts with employers."
            ),
            "body": (
                "Sfx means Swedish for professionals (*svenska för yrkesutbildade*). You study "
                "in a group where everyone is an engineer, and the Swedish you learn is the "
                "Swedish you need at work: technical terms, the language of meetings, reports and "
                "safety rules.\n\n"
                "Besides the language, you learn how the engineering profession works in Sweden. "
                "The programme can include vocational and orientation courses, observing at a "
                "workplace, a mentor from the industry and cooperation with universities. The "
                "aim is to get you into work, your own business or a top-up programme as fast as "
                "possible.\n\n"
                "Sfx is run jointly by the municipalities of Stockholm County. Anyone living in "
                "the county can apply; this group is taught on Kungsholmen."
            ),
            "prerequisites": (
                "You have an engineering degree or equivalent work experience, live in "
                "Stockholm County and are entitled to sfi. Basic English is an advantage."
            ),
            "occupation": "Engineer",
            "easy_summary": "",
        },
    },
    {
        "slug": "sfx-pedagoger",
        "kind": "sfx",
        "status": "published",
        "field": "barn-och-fritid",
        "provider": "Sfx – Stockholmsregionen",
        "district": None,
        "address": None,
        "format": "distans",
        "pace": 100,
        "length_weeks": 44,
        "swedish_level": "NONE",
        "schooling_years": [13, None],
        "outcome": None,
        "apply_url": None,
        "employers": [],
        "next_step": None,
        "intakes": [
            {"starts_in_weeks": 14, "application_weeks": 10, "seats": 24},
        ],
        "sv": {
            "title": "Sfx för lärare och förskollärare",
            "summary": (
                "Svenska för dig som har arbetat som lärare eller förskollärare och vill "
                "undervisa i Sverige."
            ),
            "body": (
                "I sfx för pedagoger studerar du svenska tillsammans med andra lärare och "
                "förskollärare. Språket kopplas hela tiden till skolan och förskolan: hur man "
                "planerar lektioner, pratar med föräldrar, dokumenterar och följer läroplanen.\n\n"
                "Du får lära dig hur det svenska skolsystemet är uppbyggt och vad som krävs för "
                "att få arbeta som lärare här. Under utbildningen kan du auskultera, det vill "
                "säga följa undervisningen i en svensk skola eller förskola, och få en mentor som "
                "själv är lärare.\n\n"
                "Den här gruppen studerar på distans med lärarledda lektioner via video. Sfx "
                "drivs gemensamt av kommunerna i Stockholms län, och alla som bor i länet kan "
                "söka."
            ),
            "prerequisites": (
                "Du har en lärar- eller förskollärarutbildning eller erfarenhet av att undervisa, "
                "bor i Stockholms län och har rätt till sfi. Du har dator och internet."
            ),
            "occupation": "Lärare eller förskollärare",
            "easy_summary": "",
        },
        "en": {
            "title": "Sfx for teachers and preschool teachers",
            "summary": (
                "Swedish for people who have worked as teachers or preschool teachers and want "
                "to teach in Sweden."
            ),
            "body": (
                "In sfx for teachers you study Swedish together with other teachers and preschool "
                "teachers. The language is always linked to school and preschool: planning "
                "lessons, talking to parents, documenting and following the curriculum.\n\n"
                "You learn how the Swedish school system is organised and what you need to work "
                "as a teacher here. During the programme you can observe lessons in a Swedish "
                "school or preschool and have a mentor who is a teacher.\n\n"
                "This group studies online, with live lessons on video. Sfx is run jointly by the "
                "municipalities of Stockholm County, and anyone living in the county can apply."
            ),
            "prerequisites": (
                "You have a teacher or preschool-teacher degree or teaching experience, live in "
                "Stockholm County and are entitled to sfi. You have a computer and internet."
            ),
            "occupation": "Teacher or preschool teacher",
            "easy_summary": "",
        },
    },
    {
        "slug": "sfx-lastbilsforare",
        "kind": "sfx",
        "status": "published",
        "field": "transport",
        "provider": "Sfx – Stockholmsregionen",
        "district": "hagersten-alvsjo",
        "address": "Götalandsvägen 220, Älvsjö",
        "format": "klassrum",
        "pace": 100,
        "length_weeks": 36,
        "swedish_level": "NONE",
        "schooling_years": None,
        "outcome": None,
        "apply_url": None,
        "employers": [],
        "next_step": None,
        "intakes": [
            {"starts_in_weeks": 7, "application_weeks": 8, "seats": 18},
            {"starts_in_weeks": 33, "application_weeks": 8, "seats": 18},
        ],
        "sv": {
            "title": "Sfx för lastbilsförare",
            "summary": (
                "Svenska för dig som har kört lastbil i ett annat land och vill köra yrkesmässigt "
                "i Sverige."
            ),
            "body": (
                "I sfx för lastbilsförare lär du dig svenska tillsammans med andra förare. Du "
                "tränar det språk du behöver i yrket: trafikregler, fraktsedlar, "
                "säkerhetsinstruktioner, kontakt med kunder och samtal med arbetsledningen.\n\n"
                "Du får också veta vad som gäller för att köra yrkesmässigt i Sverige, till "
                "exempel körkortsbehörigheter, yrkeskompetensbevis och regler för kör- och "
                "vilotider. Utbildningen kan innehålla studiebesök och praktik hos ett "
                "transportföretag.\n\n"
                "Sfx drivs gemensamt av kommunerna i Stockholms län. Alla som bor i länet kan "
                "söka, och den här gruppen undervisas i Älvsjö."
            ),
            "prerequisites": (
                "Du har erfarenhet av att köra lastbil yrkesmässigt, bor i Stockholms län och "
                "har rätt till sfi."
            ),
            "occupation": "Lastbilsförare",
            "easy_summary": "",
        },
        "en": {
            "title": "Sfx for truck drivers",
            "summary": (
                "Swedish for people who have driven trucks in another country and want to drive "
                "professionally in Sweden."
            ),
            "body": (
                "In sfx for truck drivers you learn Swedish together with other drivers. You "
                "practise the language of the trade: traffic rules, consignment notes, safety "
                "instructions, talking to customers and to your supervisor.\n\n"
                "You also learn what is required to drive professionally in Sweden, such as "
                "licence categories, the certificate of professional competence and the rules on "
                "driving and rest times. The programme can include study visits and a work "
                "placement at a transport company.\n\n"
                "Sfx is run jointly by the municipalities of Stockholm County. Anyone living in "
                "the county can apply; this group is taught in Älvsjö."
            ),
            "prerequisites": (
                "You have professional truck-driving experience, live in Stockholm County and "
                "are entitled to sfi."
            ),
            "occupation": "Truck driver",
            "easy_summary": "",
        },
    },
    # ------------------------------------------------------------------ Sfi jobb and Sfy
    {
        "slug": "sfi-jobb-kista",
        "kind": "sfi_jobb",
        "status": "published",
        "field": "svenska-och-grund",
        "provider": "Vuxenutbildning Järva",
        "district": "rinkeby-kista",
        "address": "Kista torg 7, Kista",
        "format": "klassrum",
        "pace": 100,
        "length_weeks": 30,
        "swedish_level": "NONE",
        "schooling_years": [0, 6],
        "outcome": None,
        "apply_url": "https://vuxenutbildning.stockholm/",
        "employers": [],
        "next_step": "sfy-vard-och-omsorg-tensta",
        "intakes": [
            {"starts_in_weeks": 4, "application_weeks": 6, "seats": 15},
            {"starts_in_weeks": 17, "application_weeks": 6, "seats": 15},
        ],
        "sv": {
            "title": "Sfi jobb i Kista",
            "summary": (
                "Sfi tillsammans med det du behöver kunna på en arbetsplats, för dig som har gått "
                "kort tid i skolan."
            ),
            "body": (
                "Sfi jobb är för dig som har gått i skolan i högst sex år och tycker att svenskan "
                "är svår. Du läser sfi och lär dig samtidigt sådant som behövs på "
                "arbetsmarknaden: att använda dator och mobil för att söka jobb, att förstå "
                "scheman och regler på en arbetsplats och att prata med kollegor.\n\n"
                "Du får språkstöd på ditt modersmål, och en studie- och yrkesvägledare träffar "
                "dig ofta för att tillsammans med dig ta reda på vilka yrken som kan passa.\n\n"
                "Utbildningen passar också dig som har fått beslut om utbildningsplikt från "
                "Arbetsförmedlingen. Efter Sfi jobb kan du gå vidare till sfi med "
                "yrkesinfärgning, en kombinationsutbildning eller ett jobbspår."
            ),
            "prerequisites": (
                "Du är folkbokförd i Stockholms stad och har gått i skolan i högst sex år. Du "
                "behöver inte kunna någon svenska."
            ),
            "occupation": "",
            "easy_summary": (
                "Här lär du dig svenska. Du lär dig också saker som du behöver på ett jobb. Du "
                "får hjälp på ditt eget språk."
            ),
        },
        "en": {
            "title": "Sfi jobb in Kista",
            "summary": (
                "Sfi together with the skills you need at a workplace, for people with short "
                "schooling."
            ),
            "body": (
                "Sfi jobb is for people with up to six years of schooling who find Swedish hard. "
                "You study sfi and at the same time learn what you need on the job market: using "
                "a computer and phone to look for work, understanding rotas and workplace rules, "
                "and talking to colleagues.\n\n"
                "You get language support in your mother tongue, and a study and career "
                "counsellor meets you often to work out together which jobs might suit you.\n\n"
                "The programme also suits you if Arbetsförmedlingen (the Public Employment "
                "Service) has decided that you must study (*utbildningsplikt*). After Sfi jobb "
                "you can go on to sfi with a vocational focus, a combined programme or a job "
                "track."
            ),
            "prerequisites": (
                "You are registered as living in the City of Stockholm and have at most six "
                "years of schooling. You do not need to know any Swedish."
            ),
            "occupation": "",
            "easy_summary": "",
        },
    },
    {
        "slug": "sfy-vard-och-omsorg-tensta",
        "kind": "sfi_jobb",
        "status": "published",
        "field": "vard-och-omsorg",
        "provider": "Kompetenscentrum Järva (demo)",
        "district": "spanga-tensta",
        "address": "Tensta allé 12, Tensta",
        "format": "klassrum",
        "pace": 100,
        "length_weeks": 30,
        "swedish_level": "NONE",
        "schooling_years": [0, 6],
        "outcome": None,
        "apply_url": "https://vuxenutbildning.stockholm/",
        "employers": [],
        "next_step": "kombinationsutbildning-vardbitrade-tensta",
        "intakes": [
            {"starts_in_weeks": 5, "application_weeks": 8, "seats": 16},
            {"starts_in_weeks": 22, "application_weeks": 8, "seats": 16},
        ],
        "sv": {
            "title": "Sfi med yrkesinfärgning (Sfy) – vård och omsorg",
            "summary": (
                "Lär dig svenska med ord och situationer från äldreomsorgen. Ett första steg mot "
                "ett arbete i vården."
            ),
            "body": (
                "Sfy betyder sfi med yrkesinfärgning. Du läser sfi, men texterna, orden och "
                "övningarna kommer från vård och omsorg: att hjälpa någon att äta, att fråga hur "
                "en person mår, att läsa ett schema och att förstå hygienregler.\n\n"
                "Utbildningen är för dig som har gått kort tid i skolan. Du får språkstöd på "
                "modersmålet och extra studie- och yrkesvägledning, och du lär dig grunderna i "
                "att använda dator och mobil. Under utbildningen gör du studiebesök på ett vård- "
                "och omsorgsboende och i hemtjänsten, så att du ser hur arbetet går till.\n\n"
                "Efter Sfy kan du söka kombinationsutbildningen till vårdbiträde, som kan börja "
                "redan på en lägre nivå i svenska."
            ),
            "prerequisites": (
                "Du är folkbokförd i Stockholms stad och har gått i skolan i högst sex år. Du är "
                "intresserad av att arbeta med äldre människor."
            ),
            "occupation": "Vårdbiträde (efter fortsatta studier)",
            "easy_summary": (
                "Här lär du dig svenska. Du lär dig ord som används i äldreomsorgen. Du får "
                "hjälp på ditt eget språk. Sedan kan du utbilda dig till vårdbiträde."
            ),
        },
        "en": {
            "title": "Sfi with a vocational focus (Sfy) – health and social care",
            "summary": (
                "Learn Swedish through words and situations from elderly care. A first step "
                "towards a job in care."
            ),
            "body": (
                "Sfy means sfi with a vocational focus (*sfi med yrkesinfärgning*). You study "
                "sfi, but the texts, words and exercises come from health and social care: "
                "helping someone eat, asking how a person feels, reading a rota and "
                "understanding hygiene rules.\n\n"
                "The programme is for people with short schooling. You get language support in "
                "your mother tongue and extra study and career guidance, and you learn the basics "
                "of using a computer and phone. During the programme you visit a care home and "
                "home care, so that you see how the work is done.\n\n"
                "After Sfy you can apply for the combined programme for care aides "
                "(*vårdbiträde*), which can start at a lower level of Swedish."
            ),
            "prerequisites": (
                "You are registered as living in the City of Stockholm and have at most six "
                "years of schooling. You are interested in working with older people."
            ),
            "occupation": "Care aide (after further study)",
            "easy_summary": "",
        },
    },
    {
        "slug": "sfy-restaurang-skarholmen",
        "kind": "sfi_jobb",
        "status": "published",
        "field": "restaurang-och-livsmedel",
        "provider": "Språk- och yrkescentrum Skärholmen (demo)",
        "district": "skarholmen",
        "address": "Skärholmsgången 12, Skärholmen",
        "format": "klassrum",
        "pace": 100,
        "length_weeks": 30,
        "swedish_level": "NONE",
        "schooling_years": [0, 6],
        "outcome": None,
        "apply_url": "https://vuxenutbildning.stockholm/",
        "employers": [],
        "next_step": "kombinationsutbildning-kock-skarholmen",
        "intakes": [
            {"starts_in_weeks": 10, "application_weeks": 8, "seats": 16},
            {"starts_in_weeks": 36, "application_weeks": 8, "seats": 16},
        ],
        "sv": {
            "title": "Sfi med yrkesinfärgning (Sfy) – restaurang och storkök",
            "summary": (
                "Lär dig svenska i och runt köket – ett första steg mot arbete i restaurang."
            ),
            "body": (
                "I Sfy restaurang och storkök läser du sfi med ord och situationer från köket: "
                "recept, råvaror, mått, hygien, allergier och samarbete med kollegor när det är "
                "bråttom.\n\n"
                "Utbildningen är för dig som har gått kort tid i skolan. Du får språkstöd på "
                "ditt modersmål, extra studie- och yrkesvägledning och övar på att använda dator "
                "och mobil. En del av lektionerna är i skolans undervisningskök, så att du lär "
                "dig språket samtidigt som du arbetar med händerna.\n\n"
                "Efter Sfy kan du söka kombinationsutbildningen till kock eller ett jobbspår i "
                "en skolrestaurang."
            ),
            "prerequisites": (
                "Du är folkbokförd i Stockholms stad och har gått i skolan i högst sex år."
            ),
            "occupation": "Restaurangbiträde (efter fortsatta studier)",
            "easy_summary": (
                "Här lär du dig svenska. Du lär dig ord som används i ett kök. Du får hjälp på "
                "ditt eget språk."
            ),
        },
        "en": {
            "title": "Sfi with a vocational focus (Sfy) – restaurants and catering",
            "summary": (
                "Learn Swedish in and around the kitchen – a first step towards restaurant work."
            ),
            "body": (
                "In Sfy restaurants and catering you study sfi through the words and situations "
                "of a kitchen: recipes, ingredients, measures, hygiene, allergies and working "
                "with colleagues when things get busy.\n\n"
                "The programme is for people with short schooling. You get language support in "
                "your mother tongue, extra study and career guidance, and practice using a "
                "computer and phone. Some lessons take place in the school's teaching kitchen, so "
                "you learn the language while working with your hands.\n\n"
                "After Sfy you can apply for the combined programme for cooks or a job track in "
                "a school canteen."
            ),
            "prerequisites": (
                "You are registered as living in the City of Stockholm and have at most six "
                "years of schooling."
            ),
            "occupation": "Kitchen assistant (after further study)",
            "easy_summary": "",
        },
    },
    # ------------------------------------------------------------------ SVA
    {
        "slug": "sva-grundlaggande-husby",
        "kind": "sva",
        "status": "published",
        "field": "svenska-och-grund",
        "provider": "Vuxenutbildning Järva",
        "district": "rinkeby-kista",
        "address": "Husby torg 3, Husby",
        "format": "klassrum",
        "pace": 100,
        "length_weeks": 20,
        "swedish_level": "SFI_D",
        "schooling_years": None,
        "outcome": None,
        "apply_url": "https://vuxenutbildning.stockholm/",
        "employers": [],
        "next_step": "yrkesutbildning-underskoterska-campus-aso",
        "intakes": [
            {"starts_in_weeks": 3, "application_weeks": 8, "seats": 28},
            {"starts_in_weeks": 23, "application_weeks": 8, "seats": 28},
        ],
        "sv": {
            "title": "Svenska som andraspråk, grundläggande nivå, i Husby",
            "summary": (
                "Nästa steg efter sfi: svenska på grundskolenivå, som öppnar vägen till "
                "yrkesutbildning."
            ),
            "body": (
                "Svenska som andraspråk (SVA) på grundläggande nivå är den vanligaste kursen i "
                "grundläggande komvux. Du läser den när du är klar med sfi kurs D och vill komma "
                "vidare till en yrkesutbildning, ett jobb där det krävs mer svenska eller "
                "gymnasiala studier.\n\n"
                "Du tränar på att läsa längre texter, skriva sammanhängande, argumentera och "
                "hålla korta presentationer. Många texter handlar om arbetsliv och samhälle.\n\n"
                "Undervisningen är på dagtid i Husby. Vuxenutbildningscentrum har en "
                "vägledare på plats på jobbtorget i Järva, så du kan få hjälp att planera vad du "
                "ska läsa efter SVA."
            ),
            "prerequisites": (
                "Godkänt på sfi kurs D eller motsvarande kunskaper. Du är folkbokförd i "
                "Stockholms stad."
            ),
            "occupation": "",
            "easy_summary": (
                "Här läser du mer svenska efter sfi. Sedan kan du läsa till ett yrke. Skolan "
                "ligger i Husby."
            ),
        },
        "en": {
            "title": "Swedish as a second language, compulsory-school level, Husby",
            "summary": (
                "The next step after sfi: Swedish at compulsory-school level, which opens the way "
                "to vocational training."
            ),
            "body": (
                "Swedish as a second language (SVA) at compulsory-school level (*grundläggande "
                "nivå*) is the most common course in basic adult education. You take it when you "
                "have finished sfi course D and want to go on to vocational training, a job that "
                "needs more Swedish, or upper-secondary studies.\n\n"
                "You practise reading longer texts, writing coherently, arguing a point and "
                "giving short presentations. Many texts are about working life and society.\n\n"
                "Classes are in the daytime in Husby. Vuxenutbildningscentrum has a counsellor at "
                "the Järva job centre, so you can get help planning what to study after SVA."
            ),
            "prerequisites": (
                "A pass in sfi course D or equivalent skills. You are registered as living in "
                "the City of Stockholm."
            ),
            "occupation": "",
            "easy_summary": "",
        },
    },
    {
        "slug": "sva-grundlaggande-distans",
        "kind": "sva",
        "status": "published",
        "field": "svenska-och-grund",
        "provider": "Vuxenutbildning Stockholm",
        "district": None,
        "address": None,
        "format": "distans",
        "pace": 50,
        "length_weeks": 20,
        "swedish_level": "SFI_D",
        "schooling_years": None,
        "outcome": None,
        "apply_url": "https://vuxenutbildning.stockholm/",
        "employers": [],
        "next_step": "sva-gymnasial-sodermalm",
        "intakes": [
            {"starts_in_weeks": 2, "application_weeks": 6, "seats": 40},
            {"starts_in_weeks": 12, "application_weeks": 6, "seats": 40},
            {"starts_in_weeks": 22, "application_weeks": 6, "seats": 40},
        ],
        "sv": {
            "title": "Svenska som andraspråk, grundläggande nivå, på distans",
            "summary": (
                "SVA på halvfart via internet – för dig som arbetar eller vill plugga hemifrån "
                "efter sfi."
            ),
            "body": (
                "Den här kursen ger dig samma kunskaper som SVA i klassrummet, men du studerar på "
                "distans och på halvfart. Det passar dig som arbetar, är föräldraledig eller bor "
                "långt från skolorna.\n\n"
                "Varje vecka har du en lärarledd lektion via video. Resten av tiden arbetar du "
                "med texter, skrivuppgifter och hörövningar på lärplattformen och får skriftlig "
                "återkoppling från din lärare. Proven gör du på plats i skolan.\n\n"
                "Att studera på distans kräver att du kan planera din tid. Om du vill ha mer "
                "stöd kan du i stället läsa SVA i klassrum eller med hybridundervisning."
            ),
            "prerequisites": (
                "Godkänt på sfi kurs D eller motsvarande kunskaper. Dator och internet. Du är "
                "folkbokförd i Stockholms stad."
            ),
            "occupation": "",
            "easy_summary": (
                "Här läser du mer svenska efter sfi. Du studerar hemma via datorn. Du studerar "
                "halva dagen."
            ),
        },
        "en": {
            "title": "Swedish as a second language, compulsory-school level, online",
            "summary": (
                "SVA half-time over the internet – for people who work or want to study from "
                "home after sfi."
            ),
            "body": (
                "This course gives you the same skills as SVA in the classroom, but you study "
                "remotely at half pace. It suits you if you work, are on parental leave or live "
                "far from the schools.\n\n"
                "Every week there is one live lesson on video. The rest of the time you work "
                "with texts, writing tasks and listening exercises on the learning platform and "
                "get written feedback from your teacher. Exams are taken on site at the school.\n\n"
                "Studying online means planning your own time. If you want more support, you can "
                "take SVA in a classroom or with hybrid teaching instead."
            ),
            "prerequisites": (
                "A pass in sfi course D or equivalent skills. A computer and internet. You are "
                "registered as living in the City of Stockholm."
            ),
            "occupation": "",
            "easy_summary": "",
        },
    },
    {
        "slug": "sva-gymnasial-sodermalm",
        "kind": "sva",
        "status": "published",
        "field": "svenska-och-grund",
        "provider": "Campus Åsö",
        "district": "sodermalm",
        "address": "Åsögatan 140, Södermalm",
        "format": "hybrid",
        "pace": 50,
        "length_weeks": 20,
        "swedish_level": "SVA_GRUND",
        "schooling_years": None,
        "outcome": None,
        "apply_url": "https://vuxenutbildning.stockholm/",
        "employers": [],
        "next_step": "yh-medicinsk-sekreterare",
        "intakes": [
            {"starts_in_weeks": 8, "application_weeks": 10, "seats": 32},
            {"starts_in_weeks": 28, "application_weeks": 10, "seats": 32},
        ],
        "sv": {
            "title": "Svenska som andraspråk 1–3, gymnasial nivå",
            "summary": (
                "Gymnasiesvenska för dig som har svenska som andraspråk – krävs för "
                "yrkeshögskola och högskola."
            ),
            "body": (
                "Svenska som andraspråk på gymnasial nivå består av tre kurser: 1, 2 och 3. Med "
                "godkänt i SVA 3 har du den svenska som krävs för att söka till yrkeshögskolan, "
                "högskolan och många yrken.\n\n"
                "Du läser en kurs i taget på halvfart. Du analyserar texter, skriver utredande "
                "och argumenterande texter, håller muntliga framföranden och lär dig att "
                "använda källor.\n\n"
                "Undervisningen är hybrid: du väljer själv om du är med i klassrummet på "
                "Södermalm eller via videolänk, och klassrummet är alltid öppet för dig. Kvällstid "
                "gör det möjligt att kombinera studierna med arbete."
            ),
            "prerequisites": (
                "Godkänt i svenska som andraspråk på grundläggande nivå eller motsvarande "
                "kunskaper. Du är folkbokförd i Stockholms stad."
            ),
            "occupation": "",
            "easy_summary": "",
        },
        "en": {
            "title": "Swedish as a second language 1–3, upper-secondary level",
            "summary": (
                "Upper-secondary Swedish for second-language speakers – required for higher "
                "vocational education and university."
            ),
            "body": (
                "Swedish as a second language at upper-secondary level (*gymnasial nivå*) has "
                "three courses: 1, 2 and 3. A pass in SVA 3 gives you the Swedish you need to "
                "apply for higher vocational education (*yrkeshögskola*), university and many "
                "jobs.\n\n"
                "You take one course at a time at half pace. You analyse texts, write "
                "explanatory and argumentative essays, give oral presentations and learn to use "
                "sources.\n\n"
                "Teaching is hybrid: you choose whether to join in the classroom on Södermalm or "
                "by video link, and the classroom is always open to you. Evening classes let you "
                "combine your studies with work."
            ),
            "prerequisites": (
                "A pass in Swedish as a second language at compulsory-school level or equivalent "
                "skills. You are registered as living in the City of Stockholm."
            ),
            "occupation": "",
            "easy_summary": "",
        },
    },
    # ------------------------------------------------------------------ komvux, grundläggande
    {
        "slug": "grundlaggande-komvux-vallingby",
        "kind": "komvux_grundlaggande",
        "status": "published",
        "field": "svenska-och-grund",
        "provider": "Lärcenter Västerort (demo)",
        "district": "hasselby-vallingby",
        "address": "Vällingbyplan 3, Vällingby",
        "format": "klassrum",
        "pace": 100,
        "length_weeks": 40,
        "swedish_level": "SFI_D",
        "schooling_years": None,
        "outcome": None,
        "apply_url": "https://vuxenutbildning.stockholm/",
        "employers": [],
        "next_step": "larling-underskoterska-vallingby",
        "intakes": [
            {"starts_in_weeks": 6, "application_weeks": 8, "seats": 30},
            {"starts_in_weeks": 26, "application_weeks": 8, "seats": 30},
        ],
        "sv": {
            "title": "Grundläggande komvux: matematik, engelska och samhällskunskap",
            "summary": (
                "Läs ämnen på grundskolenivå som vuxen – för att komma vidare till "
                "yrkesutbildning, jobb eller gymnasiestudier."
            ),
            "body": (
                "Grundläggande komvux motsvarar grundskolan. Här kan du läsa de ämnen du saknar, "
                "i din egen takt och tillsammans med andra vuxna. Många som studerar här har "
                "kommit till Sverige under de senaste åren och använder grundläggande komvux som "
                "en bro till yrkesutbildning eller arbete.\n\n"
                "Du kan kombinera matematik, engelska och samhällskunskap med svenska som "
                "andraspråk. Om du inte vet vilka kurser du behöver hjälper skolan dig att "
                "kartlägga dina kunskaper, och du kan börja med en orienteringskurs i "
                "studieteknik.\n\n"
                "Undervisningen är på dagtid i Vällingby centrum. Studierna ger rätt till "
                "studiemedel från CSN."
            ),
            "prerequisites": (
                "Du är folkbokförd i Stockholms stad, minst 20 år (från juli det år du fyller 20) "
                "och har inte gått klart grundskolan. Svenska motsvarande sfi kurs D."
            ),
            "occupation": "",
            "easy_summary": "",
        },
        "en": {
            "title": "Basic adult education: maths, English and social studies",
            "summary": (
                "Study compulsory-school subjects as an adult – to move on to vocational "
                "training, work or upper-secondary studies."
            ),
            "body": (
                "Basic adult education (*grundläggande komvux*) is the same level as Swedish "
                "compulsory school. Here you can take the subjects you are missing, at your own "
                "pace and with other adults. Many students have come to Sweden in recent years "
                "and use basic komvux as a bridge to vocational training or work.\n\n"
                "You can combine maths, English and social studies with Swedish as a second "
                "language. If you do not know which courses you need, the school helps you map "
                "your knowledge, and you can start with an orientation course in study skills.\n\n"
                "Classes are in the daytime in Vällingby centre. You can get student finance "
                "from CSN for these studies."
            ),
            "prerequisites": (
                "You are registered as living in the City of Stockholm, at least 20 (from July of "
                "the year you turn 20) and have not completed compulsory school. Swedish at the "
                "level of sfi course D."
            ),
            "occupation": "",
            "easy_summary": "",
        },
    },
    {
        "slug": "orienteringskurs-studieteknik-digital-tensta",
        "kind": "komvux_grundlaggande",
        "status": "published",
        "field": "svenska-och-grund",
        "provider": "Kompetenscentrum Järva (demo)",
        "district": "spanga-tensta",
        "address": "Tensta allé 12, Tensta",
        "format": "klassrum",
        "pace": 50,
        "length_weeks": 6,
        "swedish_level": "SFI_C",
        "schooling_years": None,
        "outcome": None,
        "apply_url": "https://vuxenutbildning.stockholm/",
        "employers": [],
        "next_step": "sva-grundlaggande-husby",
        "intakes": [
            {"starts_in_weeks": 2, "application_weeks": 4, "seats": 15},
            {"starts_in_weeks": 9, "application_weeks": 4, "seats": 15},
            {"starts_in_weeks": 16, "application_weeks": 4, "seats": 15},
        ],
        "sv": {
            "title": "Kom igång med studier: studieteknik och digital kompetens",
            "summary": (
                "En kort orienteringskurs som hjälper dig att börja studera – med dator, "
                "lärplattform och studieteknik."
            ),
            "body": (
                "Har du inte studerat på länge, eller är det svårt att använda dator och "
                "lärplattformar? Den här korta kursen gör starten på komvux lättare.\n\n"
                "Under sex veckor på halvfart lär du dig att logga in och lämna in uppgifter, "
                "skicka e-post, använda videomöten och hitta information på nätet. Du tränar "
                "också studieteknik: att planera veckan, anteckna, läsa en faktatext och "
                "förbereda dig för ett prov. Tillsammans med en studie- och yrkesvägledare gör "
                "du en plan för dina fortsatta studier.\n\n"
                "Kursen ges i Tensta och passar dig som vill börja på grundläggande komvux, "
                "svenska som andraspråk eller en kombinationsutbildning."
            ),
            "prerequisites": (
                "Du är folkbokförd i Stockholms stad. Svenska motsvarande sfi kurs C räcker."
            ),
            "occupation": "",
            "easy_summary": (
                "Här lär du dig att studera. Du lär dig använda dator för skolan. Kursen är kort "
                "och ligger i Tensta."
            ),
        },
        "en": {
            "title": "Getting started: study skills and digital skills",
            "summary": (
                "A short orientation course that helps you start studying – with computers, the "
                "learning platform and study skills."
            ),
            "body": (
                "Haven't studied for a long time, or find computers and learning platforms hard? "
                "This short course makes starting komvux easier.\n\n"
                "Over six weeks at half pace you learn to log in and hand in assignments, send "
                "e-mail, join video meetings and find information online. You also practise "
                "study skills: planning your week, taking notes, reading a factual text and "
                "preparing for a test. With a study and career counsellor you make a plan for "
                "your further studies.\n\n"
                "The course is held in Tensta and suits you if you want to start basic komvux, "
                "Swedish as a second language or a combined programme (*kombinationsutbildning*)."
            ),
            "prerequisites": (
                "You are registered as living in the City of Stockholm. Swedish at the level of "
                "sfi course C is enough."
            ),
            "occupation": "",
            "easy_summary": "",
        },
    },
    # ------------------------------------------------------------------ komvux, gymnasial
    {
        "slug": "gymnasiala-kurser-distans",
        "kind": "komvux_gymnasial",
        "status": "published",
        "field": "svenska-och-grund",
        "provider": "Vuxenutbildning Stockholm",
        "district": None,
        "address": None,
        "format": "distans",
        "pace": 50,
        "length_weeks": 10,
        "swedish_level": "SVA_GRUND",
        "schooling_years": None,
        "outcome": None,
        "apply_url": "https://vuxenutbildning.stockholm/",
        "employers": [],
        "next_step": None,
        "intakes": [
            {"starts_in_weeks": 3, "application_weeks": 6, "seats": 60},
            {"starts_in_weeks": 13, "application_weeks": 6, "seats": 60},
            {"starts_in_weeks": 23, "application_weeks": 6, "seats": 60},
            {"starts_in_weeks": 33, "application_weeks": 6, "seats": 60},
        ],
        "sv": {
            "title": "Gymnasiala kurser på distans: matematik, engelska och fler",
            "summary": (
                "Läs enstaka gymnasiekurser hemifrån – för att komplettera betyg eller bli "
                "behörig till vidare studier."
            ),
            "body": (
                "På gymnasial komvux kan du läsa fristående kurser, en i taget eller flera "
                "samtidigt. Matematik är den vanligaste teoretiska kursen, men här finns också "
                "engelska, samhällskunskap, naturkunskap och många fler.\n\n"
                "Kurserna på distans går på halvfart i tio veckor. Du arbetar på en lärplattform "
                "med genomgångar, uppgifter och lärarkontakt, och gör proven på plats. Om du "
                "läser matematik kan ett digitalt förkunskapstest hjälpa dig att börja på rätt "
                "nivå.\n\n"
                "Distans passar dig som vill studera på egna tider, till exempel vid sidan av "
                "arbete. Behöver du mer stöd kan du läsa samma kurser i klassrum."
            ),
            "prerequisites": (
                "Du är folkbokförd i Stockholms stad och minst 20 år (eller har en avslutad "
                "gymnasieutbildning). Kunskaper motsvarande grundskolan i ämnet och i svenska "
                "eller svenska som andraspråk."
            ),
            "occupation": "",
            "easy_summary": "",
        },
        "en": {
            "title": "Upper-secondary courses online: maths, English and more",
            "summary": (
                "Take single upper-secondary courses from home – to top up your grades or "
                "qualify for further study."
            ),
            "body": (
                "In upper-secondary adult education (*gymnasial komvux*) you can take single "
                "courses, one at a time or several together. Maths is the most common academic "
                "course, but there is also English, social studies, science and many more.\n\n"
                "Online courses run at half pace for ten weeks. You work on a learning platform "
                "with explanations, assignments and contact with your teacher, and you take exams "
                "on site. If you study maths, a digital pre-test can help you start at the right "
                "level.\n\n"
                "Online study suits you if you want to study in your own time, for example "
                "alongside a job. If you need more support, you can take the same courses in a "
                "classroom."
            ),
            "prerequisites": (
                "You are registered as living in the City of Stockholm and are at least 20 (or "
                "have finished upper-secondary school). Knowledge at compulsory-school level in "
                "the subject and in Swedish or Swedish as a second language."
            ),
            "occupation": "",
            "easy_summary": "",
        },
    },
    {
        "slug": "demensvard-kurs-ostermalm",
        "kind": "komvux_gymnasial",
        "status": "published",
        "field": "vard-och-omsorg",
        "provider": "Lärcenter City (demo)",
        "district": "norra-innerstaden",
        "address": "Karlavägen 70, Östermalm",
        "format": "hybrid",
        "pace": 50,
        "length_weeks": 10,
        "swedish_level": "SVA_GRUND",
        "schooling_years": None,
        "outcome": None,
        "apply_url": "https://vuxenutbildning.stockholm/",
        "employers": [],
        "next_step": "yrkesutbildning-underskoterska-campus-aso",
        "intakes": [
            {"starts_in_weeks": 4, "application_weeks": 6, "seats": 25},
            {"starts_in_weeks": 16, "application_weeks": 6, "seats": 25},
            {"starts_in_weeks": 40, "application_weeks": 6, "seats": 25},
        ],
        "sv": {
            "title": "Vård och omsorg vid demenssjukdom",
            "summary": (
                "En gymnasial kurs på halvfart om demenssjukdomar och ett gott bemötande – för "
                "dig som arbetar eller vill arbeta i äldreomsorgen."
            ),
            "body": (
                "Många äldre som får hemtjänst eller bor på vård- och omsorgsboende har en "
                "demenssjukdom. Norra innerstadens stadsdelsförvaltning skriver i sin "
                "kompetensförsörjningsplan för 2026 att det inom alla verksamheter ska finnas god "
                "kunskap om kognitiva sjukdomar och demens, och förvaltningen fortsätter att "
                "utbilda sin personal inom området.\n\n"
                "I kursen lär du dig om olika demenssjukdomar och hur de påverkar en människas "
                "vardag. Du tränar på ett personcentrerat bemötande, på att förebygga oro och "
                "att samarbeta med anhöriga och kollegor.\n\n"
                "Kursen ger 100 gymnasiepoäng och ingår i utbildningen till undersköterska. Du "
                "kan läsa den på halvfart, i klassrummet på Östermalm eller via videolänk, vid "
                "sidan av ditt arbete."
            ),
            "prerequisites": (
                "Svenska som andraspråk på grundläggande nivå eller motsvarande. Du är "
                "folkbokförd i Stockholms stad. Erfarenhet av vård och omsorg är bra men krävs "
                "inte."
            ),
            "occupation": "Undersköterska eller vårdbiträde med demenskompetens",
            "easy_summary": (
                "Här lär du dig om demens. Du lär dig att hjälpa äldre som har demens. Kursen är "
                "på halvtid. Du kan arbeta samtidigt."
            ),
        },
        "en": {
            "title": "Care for people with dementia",
            "summary": (
                "A half-time upper-secondary course on dementia and good, respectful care – for "
                "people who work, or want to work, in elderly care."
            ),
            "body": (
                "Many older people with home care or in care homes have dementia. In its "
                "competence-supply plan for 2026, the Norra innerstaden district administration "
                "writes that every unit should have good knowledge of cognitive illness and "
                "dementia, and it continues to train its staff in this area.\n\n"
                "In the course you learn about different forms of dementia and how they affect a "
                "person's daily life. You practise person-centred care, preventing anxiety and "
                "working with relatives and colleagues.\n\n"
                "The course is worth 100 upper-secondary credits and is part of assistant-nurse "
                "training. You can take it half-time, in the classroom on Östermalm or by video "
                "link, alongside your job."
            ),
            "prerequisites": (
                "Swedish as a second language at compulsory-school level or equivalent. You are "
                "registered as living in the City of Stockholm. Experience of care is useful but "
                "not required."
            ),
            "occupation": "Assistant nurse or care aide with dementia skills",
            "easy_summary": "",
        },
    },
    {
        "slug": "yrkespaket-malare-farsta",
        "kind": "komvux_gymnasial",
        "status": "published",
        "field": "bygg",
        "provider": "Lärcenter Söderort (demo)",
        "district": "farsta",
        "address": "Farstagången 6, Farsta",
        "format": "klassrum",
        "pace": 100,
        "length_weeks": 50,
        "swedish_level": "SVA_GRUND",
        "schooling_years": None,
        "outcome": None,
        "apply_url": "https://vuxenutbildning.stockholm/",
        "employers": [],
        "next_step": None,
        "intakes": [
            {"starts_in_weeks": 18, "application_weeks": 10, "seats": 16},
        ],
        "sv": {
            "title": "Yrkespaket målare",
            "summary": (
                "Läs de gymnasiekurser som krävs för att arbeta som målare – i din egen takt, "
                "kurs för kurs."
            ),
            "body": (
                "Ett yrkespaket är en samling gymnasiala kurser som tillsammans leder till ett "
                "yrke. I yrkespaketet för målare lär du dig att förbereda underlag, spackla, "
                "måla och tapetsera inomhus, att måla fasader och att arbeta säkert med färger "
                "och verktyg.\n\n"
                "Du läser kurserna en efter en och kan hoppa över dem du redan har betyg i. En "
                "stor del av tiden övar du praktiskt i skolans verkstad, och under "
                "arbetsplatsförlagt lärande (APL) är du ute hos en målerifirma.\n\n"
                "Efter utbildningen kan du söka arbete som målare. Många börjar som lärling i "
                "ett företag för att få sitt yrkesbevis."
            ),
            "prerequisites": (
                "Svenska som andraspråk på grundläggande nivå eller motsvarande. Du är "
                "folkbokförd i Stockholms stad."
            ),
            "occupation": "Målare",
            "easy_summary": "",
        },
        "en": {
            "title": "Vocational package: painter",
            "summary": (
                "Take the upper-secondary courses you need to work as a painter – at your own "
                "pace, course by course."
            ),
            "body": (
                "A vocational package (*yrkespaket*) is a set of upper-secondary courses that "
                "together lead to a trade. In the painter package you learn to prepare surfaces, "
                "fill, paint and hang wallpaper indoors, paint façades and work safely with "
                "paints and tools.\n\n"
                "You take the courses one after another and can skip those you already have "
                "grades in. Much of the time you practise in the school's workshop, and during "
                "workplace-based learning (APL) you work with a painting firm.\n\n"
                "After the programme you can apply for jobs as a painter. Many start as an "
                "apprentice with a firm to earn their trade certificate."
            ),
            "prerequisites": (
                "Swedish as a second language at compulsory-school level or equivalent. You are "
                "registered as living in the City of Stockholm."
            ),
            "occupation": "Painter",
            "easy_summary": "",
        },
    },
    {
        "slug": "vardbitrade-i-mobilen",
        "kind": "komvux_gymnasial",
        "status": "draft",
        "field": "vard-och-omsorg",
        "provider": "Vuxenutbildning Stockholm",
        "district": None,
        "address": None,
        "format": "distans",
        "pace": 25,
        "length_weeks": 40,
        "swedish_level": "SFI_D",
        "schooling_years": None,
        "outcome": None,
        "apply_url": None,
        "employers": [],
        "next_step": None,
        "intakes": [],
        "sv": {
            "title": "Vårdbiträde i mobilen (under utveckling)",
            "summary": (
                "Korta lektioner i mobilen, byggda som ett spel, som motsvarar yrkespaketet "
                "vårdbiträde."
            ),
            "body": (
                "Utkast – utbildningen är under utveckling och går inte att söka ännu.\n\n"
                "Arbetsmarknadsnämnden och äldrenämnden har undersökt om man kan ta fram "
                "utbildningsmoduler i mobilen som motsvarar yrkespaketet vårdbiträde. Idén är "
                "spelifierat lärande: du tar dig framåt steg för steg och samlar poäng, ungefär "
                "som i ett spel.\n\n"
                "Utbildningen är tänkt för dig som redan arbetar i äldreomsorgen och för elever "
                "i vård- och omsorgsutbildningar. Korta avsnitt som du kan göra på bussen eller "
                "på en rast ska göra det lättare att klara den ordinarie utbildningen. Den bygger "
                "på en förstudie som gjordes 2021 med stöd från Europeiska socialfonden."
            ),
            "prerequisites": (
                "Svenska motsvarande sfi kurs D. En smarttelefon. Tänkt främst för anställda i "
                "äldreomsorgen."
            ),
            "occupation": "Vårdbiträde",
            "easy_summary": (
                "Här kan du snart lära dig om vården i mobilen. Det är som ett spel. Du kan "
                "arbeta samtidigt."
            ),
        },
        "en": {
            "title": "Care aide on your phone (in development)",
            "summary": (
                "Short, game-like lessons on your phone that match the care-aide vocational "
                "package."
            ),
            "body": (
                "Draft – the programme is being developed and is not open for applications yet.\n\n"
                "The Labour Market Committee and the Elderly Care Committee have looked into "
                "building learning modules for mobile phones that match the vocational package "
                "for care aides (*vårdbiträde*). The idea is game-based learning: you move "
                "forward step by step and collect points, much like in a game.\n\n"
                "It is meant for people who already work in elderly care and for students in "
                "health and social care programmes. Short sections you can do on the bus or on a "
                "break should make it easier to complete the regular training. It builds on a "
                "pilot study carried out in 2021 with support from the European Social Fund."
            ),
            "prerequisites": (
                "Swedish at the level of sfi course D. A smartphone. Mainly intended for staff in "
                "elderly care."
            ),
            "occupation": "Care aide",
            "easy_summary": "",
        },
    },
    # ------------------------------------------------------------ komvux som särskild utbildning
    {
        "slug": "komvux-sarskild-rosenlund",
        "kind": "komvux_sarskild",
        "status": "published",
        "field": "svenska-och-grund",
        "provider": "Komvux Rosenlund",
        "district": "sodermalm",
        "address": "Rosenlundsgatan 52, Södermalm",
        "format": "klassrum",
        "pace": 50,
        "length_weeks": 40,
        "swedish_level": "SFI_C",
        "schooling_years": None,
        "outcome": None,
        "apply_url": "https://vuxenutbildning.stockholm/",
        "employers": [],
        "next_step": "larling-kok-och-service-rosenlund",
        "intakes": [
            {"starts_in_weeks": 5, "application_weeks": 8, "seats": 10},
            {"starts_in_weeks": 27, "application_weeks": 8, "seats": 10},
        ],
        "sv": {
            "title": "Komvux som särskild utbildning på Komvux Rosenlund",
            "summary": (
                "Vuxenutbildning för dig som har en intellektuell funktionsnedsättning eller en "
                "förvärvad hjärnskada."
            ),
            "body": (
                "Komvux som särskild utbildning hette tidigare särvux eller lärvux. Den är för "
                "vuxna med intellektuell funktionsnedsättning eller förvärvad hjärnskada. I "
                "Stockholms stad studerar alla elever i särskild utbildning på Komvux "
                "Rosenlund.\n\n"
                "Du kan läsa kurser på grundläggande och gymnasial nivå, till exempel svenska, "
                "matematik, samhälle och vardagsekonomi. Lärarna har specialpedagogisk kompetens, "
                "grupperna är små och undervisningen anpassas efter dig.\n\n"
                "Du kan kombinera kurserna med sfi eller med kurser i vanlig grundläggande "
                "komvux. Komvux Rosenlund har också lärlingsutbildningar, så att du kan lära dig "
                "ett yrke ute på en arbetsplats."
            ),
            "prerequisites": (
                "Du har en intellektuell funktionsnedsättning eller en förvärvad hjärnskada och "
                "är folkbokförd i Stockholms stad. Prata gärna med en studie- och "
                "yrkesvägledare före ansökan."
            ),
            "occupation": "",
            "easy_summary": (
                "Det här är en skola för vuxna som behöver extra stöd. Grupperna är små. Du kan "
                "läsa svenska, matte och samhälle."
            ),
        },
        "en": {
            "title": "Adult education for people with intellectual disabilities, Komvux Rosenlund",
            "summary": (
                "Adult education for people with an intellectual disability or an acquired brain "
                "injury."
            ),
            "body": (
                "*Komvux som särskild utbildning* – formerly called särvux or lärvux – is adult "
                "education for people with an intellectual disability or an acquired brain "
                "injury. In the City of Stockholm, all students in this form of education study "
                "at Komvux Rosenlund.\n\n"
                "You can take courses at compulsory-school and upper-secondary level, such as "
                "Swedish, maths, society and personal finance. Teachers are trained in special "
                "education, groups are small and teaching is adapted to you.\n\n"
                "You can combine the courses with sfi or with ordinary basic komvux courses. "
                "Komvux Rosenlund also offers apprenticeships, so you can learn a trade at a "
                "workplace."
            ),
            "prerequisites": (
                "You have an intellectual disability or an acquired brain injury and are "
                "registered as living in the City of Stockholm. Talk to a study and career "
                "counsellor before you apply."
            ),
            "occupation": "",
            "easy_summary": "",
        },
    },
    # ------------------------------------------------------------------ kombinationsutbildningar
    {
        "slug": "kombinationsutbildning-underskoterska-jarva",
        "kind": "kombinationsutbildning",
        "status": "published",
        "field": "vard-och-omsorg",
        "provider": "Kompetenscentrum Järva (demo)",
        "district": "rinkeby-kista",
        "address": "Kista torg 7, Kista",
        "format": "klassrum",
        "pace": 100,
        "length_weeks": 90,
        "swedish_level": "SFI_C",
        "schooling_years": None,
        "outcome": {
            "share": 75,
            "months": 3,
            "year": 2022,
            "is_target": True,
            "source": "budget2022",
        },
        "apply_url": "https://vuxenutbildning.stockholm/",
        "employers": [],
        "next_step": None,
        "intakes": [
            {"starts_in_weeks": 8, "application_weeks": 10, "seats": 30},
            {"starts_in_weeks": 34, "application_weeks": 10, "seats": 30},
        ],
        "sv": {
            "title": "Undersköterska med svenska som andraspråk – Järva",
            "summary": (
                "Bli undersköterska samtidigt som du lär dig mer svenska. Du läser sfi eller SVA "
                "och vårdkurser i samma utbildning."
            ),
            "body": (
                "I en kombinationsutbildning läser du svenska och yrkeskurser samtidigt. Du "
                "behöver alltså inte bli klar med sfi först. Undersköterska är, tillsammans med "
                "barnskötare, den vanligaste inriktningen, och arbetsgivarna i äldreomsorgen "
                "behöver många nya undersköterskor.\n\n"
                "Du läser gymnasiets kurser i vård och omsorg – till exempel omvårdnad, anatomi, "
                "psykiatri och demens – parallellt med sfi eller svenska som andraspråk. Svenskan "
                "utgår från yrket. Du får studiehandledning på ditt modersmål, så att du kan få "
                "svåra begrepp förklarade på ett språk du förstår.\n\n"
                "En stor del av utbildningen är arbetsplatsförlagt lärande (APL) i hemtjänsten och "
                "på vård- och omsorgsboenden i Järva. Där får du arbetslivserfarenhet och "
                "kontakter med framtida arbetsgivare. Efter utbildningen kan du ansöka om bevis "
                "för den skyddade yrkestiteln undersköterska hos Socialstyrelsen."
            ),
            "prerequisites": (
                "Svenska motsvarande sfi kurs C. Du är folkbokförd i Stockholms stad och vill "
                "arbeta med människor inom vård och omsorg."
            ),
            "occupation": "Undersköterska",
            "easy_summary": (
                "Här utbildar du dig till undersköterska. Du läser svenska samtidigt. Du får hjälp "
                "på ditt eget språk. Du gör praktik i äldreomsorgen."
            ),
        },
        "en": {
            "title": "Assistant nurse with Swedish as a second language – Järva",
            "summary": (
                "Train as an assistant nurse while you improve your Swedish. You study sfi or SVA "
                "and care courses in the same programme."
            ),
            "body": (
                "In a combined programme (*kombinationsutbildning*) you study Swedish and "
                "vocational courses at the same time, so you do not have to finish sfi first. "
                "Assistant nurse (*undersköterska*) is, with childcare assistant, the most common "
                "direction, and elderly care employers need many new assistant nurses.\n\n"
                "You take the upper-secondary health and social care courses – such as nursing "
                "care, anatomy, psychiatry and dementia – alongside sfi or Swedish as a second "
                "language. The Swedish lessons are built around the job. You get study support "
                "in your mother tongue, so difficult concepts can be explained in a language you "
                "understand.\n\n"
                "A large part of the programme is workplace-based learning (APL) in home care and "
                "care homes in Järva, where you gain work experience and meet future employers. "
                "Afterwards you can apply to the National Board of Health and Welfare for proof "
                "of the protected title *undersköterska*."
            ),
            "prerequisites": (
                "Swedish at the level of sfi course C. You are registered as living in the City "
                "of Stockholm and want to work with people in care."
            ),
            "occupation": "Assistant nurse",
            "easy_summary": "",
        },
    },
    {
        "slug": "kombinationsutbildning-underskoterska-skarholmen",
        "kind": "kombinationsutbildning",
        "status": "published",
        "field": "vard-och-omsorg",
        "provider": "Språk- och yrkescentrum Skärholmen (demo)",
        "district": "skarholmen",
        "address": "Skärholmsgången 12, Skärholmen",
        "format": "klassrum",
        "pace": 100,
        "length_weeks": 90,
        "swedish_level": "SFI_C",
        "schooling_years": None,
        "outcome": {
            "share": 75,
            "months": 3,
            "year": 2022,
            "is_target": True,
            "source": "budget2022",
        },
        "apply_url": "https://vuxenutbildning.stockholm/",
        "employers": [],
        "next_step": None,
        "intakes": [
            {"starts_in_weeks": 12, "application_weeks": 10, "seats": 28},
            {"starts_in_weeks": 38, "application_weeks": 10, "seats": 28},
        ],
        "sv": {
            "title": "Undersköterska med svenska som andraspråk – Skärholmen",
            "summary": (
                "Kombinationsutbildning till undersköterska i Skärholmen: svenska och vårdkurser "
                "i samma schema."
            ),
            "body": (
                "Den här kombinationsutbildningen leder till yrket undersköterska. Du läser "
                "svenska – sfi eller svenska som andraspråk – tillsammans med gymnasiets kurser i "
                "vård och omsorg. Lärarna i svenska och i vårdämnena planerar undervisningen "
                "tillsammans, så att du hela tiden tränar på de ord och texter du möter i "
                "yrket.\n\n"
                "Du får studiehandledning på modersmålet och extra stöd när det behövs. Under "
                "utbildningen gör du flera perioder av arbetsplatsförlagt lärande (APL) på vård- "
                "och omsorgsboenden och i hemtjänsten i söderort.\n\n"
                "Utbildningen är på dagtid i Skärholmens centrum. Staden vill särskilt nå fler "
                "kvinnor och unga i ytterstaden – hör gärna av dig även om du inte har arbetat "
                "i Sverige tidigare."
            ),
            "prerequisites": (
                "Svenska motsvarande sfi kurs C. Du är folkbokförd i Stockholms stad."
            ),
            "occupation": "Undersköterska",
            "easy_summary": (
                "Här utbildar du dig till undersköterska. Du läser svenska samtidigt. Skolan "
                "ligger i Skärholmen. Du gör praktik i vården."
            ),
        },
        "en": {
            "title": "Assistant nurse with Swedish as a second language – Skärholmen",
            "summary": (
                "Combined programme for assistant nurses in Skärholmen: Swedish and care courses "
                "in one timetable."
            ),
            "body": (
                "This combined programme (*kombinationsutbildning*) leads to a job as an "
                "assistant nurse. You study Swedish – sfi or Swedish as a second language – "
                "together with the upper-secondary health and social care courses. The Swedish "
                "and care teachers plan lessons together, so you keep practising the words and "
                "texts you will meet at work.\n\n"
                "You get study support in your mother tongue and extra help when you need it. "
                "During the programme you spend several periods of workplace-based learning (APL) "
                "in care homes and home care in the southern suburbs.\n\n"
                "Classes are in the daytime in Skärholmen centre. The city especially wants to "
                "reach more women and young people in the outer suburbs – do get in touch even "
                "if you have not worked in Sweden before."
            ),
            "prerequisites": (
                "Swedish at the level of sfi course C. You are registered as living in the City "
                "of Stockholm."
            ),
            "occupation": "Assistant nurse",
            "easy_summary": "",
        },
    },
    {
        "slug": "kombinationsutbildning-underskoterska-farsta",
        "kind": "kombinationsutbildning",
        "status": "published",
        "field": "vard-och-omsorg",
        "provider": "Lärcenter Söderort (demo)",
        "district": "farsta",
        "address": "Farstagången 6, Farsta",
        "format": "hybrid",
        "pace": 100,
        "length_weeks": 80,
        "swedish_level": "SFI_D",
        "schooling_years": None,
        "outcome": {
            "share": 75,
            "months": 3,
            "year": 2022,
            "is_target": True,
            "source": "budget2022",
        },
        "apply_url": "https://vuxenutbildning.stockholm/",
        "employers": [],
        "next_step": None,
        "intakes": [
            {"starts_in_weeks": 4, "application_weeks": 8, "seats": 30},
            {"starts_in_weeks": 30, "application_weeks": 8, "seats": 30},
        ],
        "sv": {
            "title": "Undersköterska med svenska som andraspråk – Farsta",
            "summary": (
                "Kombinationsutbildning till undersköterska för dig som är klar med sfi kurs D, "
                "med möjlighet att delta via videolänk."
            ),
            "body": (
                "Har du klarat sfi kurs D? I den här kombinationsutbildningen läser du svenska "
                "som andraspråk tillsammans med gymnasiets vårdkurser och blir undersköterska på "
                "ungefär ett och ett halvt år.\n\n"
                "Du lär dig omvårdnad, hälso- och sjukvård, etik och bemötande, och hur du "
                "dokumenterar och rapporterar i vården. Svenskan är hela tiden kopplad till "
                "yrket. Studiehandledning på modersmålet finns för dig som behöver.\n\n"
                "Teorilektionerna är hybrida: du kan vara med i klassrummet i Farsta eller "
                "ansluta via video de dagar du inte kan komma. Praktiska övningar och "
                "arbetsplatsförlagt lärande (APL) gör du på plats, i hemtjänsten och på vård- och "
                "omsorgsboenden."
            ),
            "prerequisites": (
                "Godkänt på sfi kurs D eller motsvarande kunskaper. Du är folkbokförd i "
                "Stockholms stad."
            ),
            "occupation": "Undersköterska",
            "easy_summary": (
                "Här utbildar du dig till undersköterska. Du läser svenska samtidigt. Du ska vara "
                "klar med sfi D. Ibland kan du vara med hemifrån via datorn."
            ),
        },
        "en": {
            "title": "Assistant nurse with Swedish as a second language – Farsta",
            "summary": (
                "Combined programme for assistant nurses if you have finished sfi course D, with "
                "the option to join by video."
            ),
            "body": (
                "Have you passed sfi course D? In this combined programme "
                "(*kombinationsutbildning*) you study Swedish as a second language together with "
                "the upper-secondary care courses and qualify as an assistant nurse in about a "
                "year and a half.\n\n"
                "You learn nursing care, health care, ethics and how to treat people with "
                "respect, and how to document and report in care. The Swedish is always linked "
                "to the job. Study support in your mother tongue is there if you need it.\n\n"
                "Theory lessons are hybrid: you can be in the classroom in Farsta or join by "
                "video on days you cannot come in. Practical training and workplace-based "
                "learning (APL) take place on site, in home care and care homes."
            ),
            "prerequisites": (
                "A pass in sfi course D or equivalent skills. You are registered as living in the "
                "City of Stockholm."
            ),
            "occupation": "Assistant nurse",
            "easy_summary": "",
        },
    },
    {
        "slug": "kombinationsutbildning-underskoterska-vallingby",
        "kind": "kombinationsutbildning",
        "status": "published",
        "field": "vard-och-omsorg",
        "provider": "Lärcenter Västerort (demo)",
        "district": "hasselby-vallingby",
        "address": "Vällingbyplan 3, Vällingby",
        "format": "klassrum",
        "pace": 100,
        "length_weeks": 90,
        "swedish_level": "SFI_C",
        "schooling_years": None,
        "outcome": {
            "share": 75,
            "months": 3,
            "year": 2022,
            "is_target": True,
            "source": "budget2022",
        },
        "apply_url": "https://vuxenutbildning.stockholm/",
        "employers": [],
        "next_step": None,
        "intakes": [
            {"starts_in_weeks": 20, "application_weeks": 10, "seats": 28},
        ],
        "sv": {
            "title": "Undersköterska med svenska som andraspråk – Vällingby",
            "summary": (
                "Kombinationsutbildning till undersköterska i Västerort, med APL i äldreomsorgen "
                "nära dig."
            ),
            "body": (
                "Den här kombinationsutbildningen är för dig som bor i Västerort och vill arbeta "
                "i vård och omsorg. Du läser sfi eller svenska som andraspråk och gymnasiets "
                "vårdkurser parallellt, och varje vecka har du både svensklektioner och "
                "yrkeslektioner.\n\n"
                "Du lär dig att ge god omvårdnad, att förstå vanliga sjukdomar hos äldre, att "
                "arbeta med demens och psykisk ohälsa och att samarbeta med sjuksköterskor och "
                "anhöriga. Studiehandledning på modersmål ingår.\n\n"
                "Arbetsplatsförlagt lärande (APL) gör du på vård- och omsorgsboenden och i "
                "hemtjänsten i Västerort. Kombinationsutbildningarna samarbetar nära med "
                "arbetsgivare, och enligt arbetsmarknadsförvaltningen har en majoritet av dem som "
                "fullföljer sin utbildning fått ett jobb."
            ),
            "prerequisites": (
                "Svenska motsvarande sfi kurs C. Du är folkbokförd i Stockholms stad."
            ),
            "occupation": "Undersköterska",
            "easy_summary": (
                "Här utbildar du dig till undersköterska. Du läser svenska samtidigt. Skolan "
                "ligger i Vällingby. Du gör praktik i äldreomsorgen."
            ),
        },
        "en": {
            "title": "Assistant nurse with Swedish as a second language – Vällingby",
            "summary": (
                "Combined programme for assistant nurses in the western suburbs, with "
                "workplace-based learning in elderly care near you."
            ),
            "body": (
                "This combined programme (*kombinationsutbildning*) is for people living in the "
                "western suburbs (Västerort) who want to work in care. You study sfi or Swedish "
                "as a second language alongside the upper-secondary care courses, with both "
                "Swedish and vocational lessons every week.\n\n"
                "You learn to give good nursing care, understand common illnesses in older "
                "people, work with dementia and mental ill-health, and cooperate with nurses and "
                "relatives. Study support in your mother tongue is included.\n\n"
                "Workplace-based learning (APL) takes place in care homes and home care in "
                "Västerort. Combined programmes work closely with employers, and according to the "
                "Labour Market Administration a majority of those who complete them have found a "
                "job."
            ),
            "prerequisites": (
                "Swedish at the level of sfi course C. You are registered as living in the City "
                "of Stockholm."
            ),
            "occupation": "Assistant nurse",
            "easy_summary": "",
        },
    },
    {
        "slug": "kombinationsutbildning-vardbitrade-tensta",
        "kind": "kombinationsutbildning",
        "status": "published",
        "field": "vard-och-omsorg",
        "provider": "Kompetenscentrum Järva (demo)",
        "district": "spanga-tensta",
        "address": "Tensta allé 12, Tensta",
        "format": "klassrum",
        "pace": 100,
        "length_weeks": 50,
        "swedish_level": "SFI_B",
        "schooling_years": None,
        "outcome": {
            "share": 75,
            "months": 3,
            "year": 2022,
            "is_target": True,
            "source": "budget2022",
        },
        "apply_url": "https://vuxenutbildning.stockholm/",
        "employers": [],
        "next_step": "kombinationsutbildning-underskoterska-jarva",
        "intakes": [
            {"starts_in_weeks": 3, "application_weeks": 8, "seats": 20},
            {"starts_in_weeks": 24, "application_weeks": 8, "seats": 20},
        ],
        "sv": {
            "title": "Vårdbiträde med sfi – börja redan efter kurs B",
            "summary": (
                "En kombinationsutbildning till vårdbiträde som du kan börja med lite svenska, "
                "med extra stöd hela vägen."
            ),
            "body": (
                "Den här kombinationsutbildningen är en av de nya som kan börja på en lägre nivå "
                "i svenska – du kan söka när du har klarat sfi kurs B. Du läser sfi och "
                "yrkespaketet för vårdbiträde samtidigt.\n\n"
                "Eftersom svenskan fortfarande är ny för dig får du mer stöd än i andra "
                "utbildningar: studiehandledning och språkstöd på modersmål, extra lektioner, "
                "mindre grupper och lärare som förklarar med bilder och praktiska övningar. Du "
                "lär dig grunderna i omvårdnad, hygien, bemötande och att hjälpa äldre i "
                "vardagen.\n\n"
                "Du gör arbetsplatsförlagt lärande (APL) i äldreomsorgen i Järva. Efter "
                "utbildningen kan du arbeta som vårdbiträde, och senare läsa vidare till "
                "undersköterska."
            ),
            "prerequisites": (
                "Godkänt på sfi kurs B. Du är folkbokförd i Stockholms stad och vill arbeta med "
                "äldre människor."
            ),
            "occupation": "Vårdbiträde",
            "easy_summary": (
                "Här utbildar du dig till vårdbiträde. Du behöver inte kunna så mycket svenska. "
                "Du får mycket hjälp. Du lär dig svenska samtidigt."
            ),
        },
        "en": {
            "title": "Care aide with sfi – start after course B",
            "summary": (
                "A combined programme for care aides that you can start with little Swedish, with "
                "extra support all the way."
            ),
            "body": (
                "This is one of the new combined programmes (*kombinationsutbildningar*) that can "
                "start at a lower level of Swedish – you can apply once you have passed sfi "
                "course B. You study sfi and the vocational package for care aides "
                "(*vårdbiträde*) at the same time.\n\n"
                "Because Swedish is still new to you, you get more support than in other "
                "programmes: study help and language support in your mother tongue, extra "
                "lessons, smaller groups and teachers who explain with pictures and practical "
                "exercises. You learn the basics of nursing care, hygiene, treating people with "
                "respect and helping older people in daily life.\n\n"
                "You do workplace-based learning (APL) in elderly care in Järva. Afterwards you "
                "can work as a care aide, and later continue to become an assistant nurse."
            ),
            "prerequisites": (
                "A pass in sfi course B. You are registered as living in the City of Stockholm "
                "and want to work with older people."
            ),
            "occupation": "Care aide",
            "easy_summary": "",
        },
    },
    {
        "slug": "kombinationsutbildning-barnskotare-rinkeby",
        "kind": "kombinationsutbildning",
        "status": "published",
        "field": "barn-och-fritid",
        "provider": "Vuxenutbildning Järva",
        "district": "rinkeby-kista",
        "address": "Rinkeby allé 10, Rinkeby",
        "format": "klassrum",
        "pace": 100,
        "length_weeks": 60,
        "swedish_level": "SFI_C",
        "schooling_years": None,
        "outcome": {
            "share": 75,
            "months": 3,
            "year": 2022,
            "is_target": True,
            "source": "budget2022",
        },
        "apply_url": "https://vuxenutbildning.stockholm/",
        "employers": [],
        "next_step": None,
        "intakes": [
            {"starts_in_weeks": 6, "application_weeks": 10, "seats": 28},
            {"starts_in_weeks": 32, "application_weeks": 10, "seats": 28},
        ],
        "sv": {
            "title": "Barnskötare med svenska som andraspråk – Rinkeby",
            "summary": (
                "Bli barnskötare och arbeta i förskolan, samtidigt som du läser sfi eller "
                "svenska som andraspråk."
            ),
            "body": (
                "Barnskötare är, tillsammans med undersköterska, den vanligaste inriktningen "
                "bland stadens kombinationsutbildningar. Du läser svenska och gymnasiets kurser "
                "inom barn och fritid i samma utbildning.\n\n"
                "Du lär dig om barns utveckling, lek och lärande, om hur man skapar trygghet i "
                "barngruppen och om hur förskolan arbetar med språk. Eftersom barnskötare är "
                "språkförebilder för barnen tränar du extra mycket på att prata, läsa högt och "
                "berätta på svenska. Studiehandledning på modersmålet ingår.\n\n"
                "Du gör arbetsplatsförlagt lärande (APL) på förskolor i Järva. Förskolorna "
                "efterfrågar utbildade barnskötare, och med en barnskötarutbildning står du "
                "starkt när du söker jobb."
            ),
            "prerequisites": (
                "Svenska motsvarande sfi kurs C. Du är folkbokförd i Stockholms stad."
            ),
            "occupation": "Barnskötare",
            "easy_summary": (
                "Här utbildar du dig till barnskötare. Du läser svenska samtidigt. Du gör praktik "
                "på en förskola i Järva."
            ),
        },
        "en": {
            "title": "Childcare assistant with Swedish as a second language – Rinkeby",
            "summary": (
                "Become a childcare assistant (barnskötare) in preschool while you study sfi or "
                "Swedish as a second language."
            ),
            "body": (
                "Childcare assistant is, together with assistant nurse, the most common "
                "direction among the city's combined programmes (*kombinationsutbildningar*). You "
                "study Swedish and the upper-secondary child and leisure courses in one "
                "programme.\n\n"
                "You learn about child development, play and learning, how to make children feel "
                "safe in a group and how preschools work with language. Because childcare "
                "assistants are language role models for the children, you practise speaking, "
                "reading aloud and storytelling in Swedish a lot. Study support in your mother "
                "tongue is included.\n\n"
                "You do workplace-based learning (APL) at preschools in Järva. Preschools are "
                "looking for trained childcare assistants, and a qualification makes you a strong "
                "candidate."
            ),
            "prerequisites": (
                "Swedish at the level of sfi course C. You are registered as living in the City "
                "of Stockholm."
            ),
            "occupation": "Childcare assistant",
            "easy_summary": "",
        },
    },
    {
        "slug": "kombinationsutbildning-barnskotare-hogdalen",
        "kind": "kombinationsutbildning",
        "status": "published",
        "field": "barn-och-fritid",
        "provider": "Lärcenter Söderort (demo)",
        "district": "enskede-arsta-vantor",
        "address": "Högdalstorget 5, Högdalen",
        "format": "klassrum",
        "pace": 100,
        "length_weeks": 55,
        "swedish_level": "SFI_D",
        "schooling_years": None,
        "outcome": {
            "share": 75,
            "months": 3,
            "year": 2022,
            "is_target": True,
            "source": "budget2022",
        },
        "apply_url": "https://vuxenutbildning.stockholm/",
        "employers": [],
        "next_step": None,
        "intakes": [
            {"starts_in_weeks": 15, "application_weeks": 10, "seats": 26},
        ],
        "sv": {
            "title": "Barnskötare med svenska som andraspråk – Högdalen",
            "summary": (
                "Kombinationsutbildning till barnskötare i söderort, för dig som är klar med sfi "
                "kurs D."
            ),
            "body": (
                "I den här kombinationsutbildningen läser du svenska som andraspråk parallellt "
                "med gymnasiets kurser för barnskötare. Du behöver ha klarat sfi kurs D, och "
                "utbildningen blir därför något kortare än de kombinationsutbildningar som "
                "börjar på en lägre nivå.\n\n"
                "Du lär dig om barns behov och rättigheter, pedagogiskt arbete, hälsa och "
                "säkerhet, och hur du samarbetar med föräldrar och kollegor. Svenskundervisningen "
                "utgår från förskolans vardag: samlingar, högläsning, dokumentation och samtal "
                "med vårdnadshavare.\n\n"
                "Arbetsplatsförlagt lärande (APL) gör du på förskolor i Enskede-Årsta-Vantör och "
                "närliggande stadsdelar."
            ),
            "prerequisites": (
                "Godkänt på sfi kurs D eller motsvarande kunskaper. Du är folkbokförd i "
                "Stockholms stad."
            ),
            "occupation": "Barnskötare",
            "easy_summary": (
                "Här utbildar du dig till barnskötare. Du läser svenska samtidigt. Skolan ligger "
                "i Högdalen."
            ),
        },
        "en": {
            "title": "Childcare assistant with Swedish as a second language – Högdalen",
            "summary": (
                "Combined programme for childcare assistants in the southern suburbs, if you have "
                "finished sfi course D."
            ),
            "body": (
                "In this combined programme (*kombinationsutbildning*) you study Swedish as a "
                "second language alongside the upper-secondary courses for childcare assistants "
                "(*barnskötare*). You need a pass in sfi course D, so the programme is a little "
                "shorter than the combined programmes that start at a lower level.\n\n"
                "You learn about children's needs and rights, teaching and care, health and "
                "safety, and how to work with parents and colleagues. The Swedish lessons are "
                "built on everyday preschool life: circle time, reading aloud, documentation and "
                "talking to parents.\n\n"
                "Workplace-based learning (APL) takes place at preschools in "
                "Enskede-Årsta-Vantör and nearby districts."
            ),
            "prerequisites": (
                "A pass in sfi course D or equivalent skills. You are registered as living in the "
                "City of Stockholm."
            ),
            "occupation": "Childcare assistant",
            "easy_summary": "",
        },
    },
    {
        "slug": "kombinationsutbildning-kock-skarholmen",
        "kind": "kombinationsutbildning",
        "status": "published",
        "field": "restaurang-och-livsmedel",
        "provider": "Språk- och yrkescentrum Skärholmen (demo)",
        "district": "skarholmen",
        "address": "Skärholmsgången 12, Skärholmen",
        "format": "klassrum",
        "pace": 100,
        "length_weeks": 60,
        "swedish_level": "SFI_C",
        "schooling_years": None,
        "outcome": {
            "share": 75,
            "months": 3,
            "year": 2022,
            "is_target": True,
            "source": "budget2022",
        },
        "apply_url": "https://vuxenutbildning.stockholm/",
        "employers": [],
        "next_step": None,
        "intakes": [
            {"starts_in_weeks": 10, "application_weeks": 8, "seats": 18},
            {"starts_in_weeks": 36, "application_weeks": 8, "seats": 18},
        ],
        "sv": {
            "title": "Kock med svenska som andraspråk – Skärholmen",
            "summary": (
                "Lär dig laga mat för restaurang och storkök samtidigt som du läser svenska."
            ),
            "body": (
                "I kombinationsutbildningen till kock läser du svenska och gymnasiets kurser för "
                "restaurang och storkök i samma schema. Större delen av yrkesundervisningen sker "
                "i skolans restaurangkök.\n\n"
                "Du lär dig matlagning från grunden: råvaror, tillagningsmetoder, bakning, "
                "specialkost och allergier, hygien och egenkontroll. Du tränar också på att "
                "planera, räkna på portioner och arbeta i ett team när det är fullt i "
                "restaurangen. Svensklektionerna utgår från köket, och studiehandledning på "
                "modersmål finns.\n\n"
                "Under arbetsplatsförlagt lärande (APL) arbetar du i en restaurang eller ett "
                "storkök, till exempel i en skolrestaurang."
            ),
            "prerequisites": (
                "Svenska motsvarande sfi kurs C. Du är folkbokförd i Stockholms stad."
            ),
            "occupation": "Kock",
            "easy_summary": "",
        },
        "en": {
            "title": "Cook with Swedish as a second language – Skärholmen",
            "summary": "Learn to cook for restaurants and large kitchens while you study Swedish.",
            "body": (
                "In the combined programme (*kombinationsutbildning*) for cooks you study Swedish "
                "and the upper-secondary restaurant and catering courses in one timetable. Most "
                "of the vocational teaching takes place in the school's restaurant kitchen.\n\n"
                "You learn cooking from the basics: ingredients, cooking methods, baking, special "
                "diets and allergies, hygiene and food-safety checks. You also practise planning, "
                "working out portions and working as a team when the restaurant is full. The "
                "Swedish lessons are built around the kitchen, and study support in your mother "
                "tongue is available.\n\n"
                "During workplace-based learning (APL) you work in a restaurant or a large "
                "kitchen, such as a school canteen."
            ),
            "prerequisites": (
                "Swedish at the level of sfi course C. You are registered as living in the City "
                "of Stockholm."
            ),
            "occupation": "Cook",
            "easy_summary": "",
        },
    },
    {
        "slug": "kombinationsutbildning-lokalvard-skarpnack",
        "kind": "kombinationsutbildning",
        "status": "published",
        "field": "handel-och-service",
        "provider": "Lärcenter Söderort (demo)",
        "district": "skarpnack",
        "address": "Skarpnäcks allé 20, Skarpnäck",
        "format": "klassrum",
        "pace": 100,
        "length_weeks": 36,
        "swedish_level": "SFI_B",
        "schooling_years": None,
        "outcome": {
            "share": 75,
            "months": 3,
            "year": 2022,
            "is_target": True,
            "source": "budget2022",
        },
        "apply_url": "https://vuxenutbildning.stockholm/",
        "employers": [],
        "next_step": None,
        "intakes": [
            {"starts_in_weeks": 7, "application_weeks": 8, "seats": 18},
            {"starts_in_weeks": 29, "application_weeks": 8, "seats": 18},
        ],
        "sv": {
            "title": "Lokalvård och service med sfi – börja efter kurs B",
            "summary": (
                "En kortare kombinationsutbildning inom lokalvård som du kan börja med lite "
                "svenska."
            ),
            "body": (
                "Det här är en av de nyare kombinationsutbildningarna som kan börja på en lägre "
                "nivå i svenska. Du kan söka när du har klarat sfi kurs B, och du läser sfi och "
                "gymnasiets kurser i lokalvård samtidigt.\n\n"
                "Du lär dig städmetoder för kontor, skolor, vårdlokaler och trapphus, hur man "
                "väljer rätt maskiner och rengöringsmedel, och hur man arbetar säkert och "
                "skonsamt för kroppen och miljön. Du tränar också kundkontakt och att förstå "
                "arbetsordrar och scheman på svenska.\n\n"
                "Eftersom du börjar med lite svenska får du extra stöd: språkstöd på modersmål, "
                "mindre grupper och mycket praktisk undervisning. Du gör arbetsplatsförlagt "
                "lärande (APL) hos ett städ- eller fastighetsföretag."
            ),
            "prerequisites": ("Godkänt på sfi kurs B. Du är folkbokförd i Stockholms stad."),
            "occupation": "Lokalvårdare",
            "easy_summary": (
                "Här utbildar du dig till lokalvårdare. Du behöver inte kunna så mycket svenska. "
                "Du lär dig svenska samtidigt."
            ),
        },
        "en": {
            "title": "Cleaning and service with sfi – start after course B",
            "summary": (
                "A shorter combined programme in professional cleaning that you can start with "
                "little Swedish."
            ),
            "body": (
                "This is one of the newer combined programmes (*kombinationsutbildningar*) that "
                "can start at a lower level of Swedish. You can apply once you have passed sfi "
                "course B, and you study sfi and the upper-secondary cleaning courses at the same "
                "time.\n\n"
                "You learn cleaning methods for offices, schools, care premises and stairwells, "
                "how to choose the right machines and products, and how to work safely and "
                "gently for your body and the environment. You also practise customer contact and "
                "reading work orders and schedules in Swedish.\n\n"
                "As you start with little Swedish, you get extra support: language support in "
                "your mother tongue, smaller groups and lots of practical teaching. You do "
                "workplace-based learning (APL) with a cleaning or property company."
            ),
            "prerequisites": (
                "A pass in sfi course B. You are registered as living in the City of Stockholm."
            ),
            "occupation": "Cleaner",
            "easy_summary": "",
        },
    },
    # ------------------------------------------------------------------ yrkesutbildning (komvux)
    {
        "slug": "yrkesutbildning-underskoterska-campus-aso",
        "kind": "yrkesutbildning",
        "status": "published",
        "field": "vard-och-omsorg",
        "provider": "Campus Åsö",
        "district": "sodermalm",
        "address": "Åsögatan 140, Södermalm",
        "format": "hybrid",
        "pace": 100,
        "length_weeks": 75,
        "swedish_level": "SVA_GRUND",
        "schooling_years": None,
        "outcome": {
            "share": 60,
            "months": 3,
            "year": 2022,
            "is_target": True,
            "source": "budget2022",
        },
        "apply_url": "https://vuxenutbildning.stockholm/",
        "employers": [],
        "next_step": "yh-apotekstekniker",
        "intakes": [
            {"starts_in_weeks": 5, "application_weeks": 10, "seats": 32},
            {"starts_in_weeks": 27, "application_weeks": 10, "seats": 32},
        ],
        "sv": {
            "title": "Undersköterska – yrkesutbildning i komvux",
            "summary": (
                "Hela yrkespaketet till undersköterska på heltid, med teori i klassrum eller via "
                "video och praktik i vården."
            ),
            "body": (
                "Den här yrkesutbildningen ger dig alla gymnasiala kurser som krävs för att "
                "arbeta som undersköterska, totalt 1 500 gymnasiepoäng. Har du redan betyg i "
                "några av kurserna, eller erfarenhet från vården som kan valideras, kan "
                "utbildningen bli kortare.\n\n"
                "Du läser bland annat omvårdnad, anatomi och fysiologi, läkemedel, psykiatri, "
                "demens och social omsorg. Teorin kan du följa i klassrummet på Södermalm eller "
                "via video, medan praktiska övningar sker på plats. En stor del av utbildningen "
                "är arbetsplatsförlagt lärande (APL) i äldreomsorgen eller i hälso- och "
                "sjukvården.\n\n"
                "Utbildningen passar dig som vill byta yrke, som arbetar som vårdbiträde och vill "
                "komma vidare, eller som gjorde en insats i vården under pandemin och vill göra "
                "den till ett yrke."
            ),
            "prerequisites": (
                "Svenska som andraspråk på grundläggande nivå eller motsvarande. Du är "
                "folkbokförd i Stockholms stad."
            ),
            "occupation": "Undersköterska",
            "easy_summary": (
                "Här utbildar du dig till undersköterska. Du behöver kunna svenska ganska bra. Du "
                "gör praktik i vården."
            ),
        },
        "en": {
            "title": "Assistant nurse – vocational training in komvux",
            "summary": (
                "The full assistant-nurse vocational package, full-time, with theory in the "
                "classroom or by video and placements in care."
            ),
            "body": (
                "This vocational programme gives you all the upper-secondary courses you need to "
                "work as an assistant nurse (*undersköterska*), 1,500 credits in total. If you "
                "already have grades in some courses, or care experience that can be validated, "
                "the programme can be shorter.\n\n"
                "Courses include nursing care, anatomy and physiology, medicines, psychiatry, "
                "dementia and social care. You can follow theory lessons in the classroom on "
                "Södermalm or by video, while practical training takes place on site. A large "
                "part of the programme is workplace-based learning (APL) in elderly care or in "
                "health care.\n\n"
                "It suits you if you want to change careers, work as a care aide and want to move "
                "up, or helped out in care during the pandemic and want to make it your job."
            ),
            "prerequisites": (
                "Swedish as a second language at compulsory-school level or equivalent. You are "
                "registered as living in the City of Stockholm."
            ),
            "occupation": "Assistant nurse",
            "easy_summary": "",
        },
    },
    {
        "slug": "yrkesutbildning-kylteknik",
        "kind": "yrkesutbildning",
        "status": "published",
        "field": "teknik-och-installation",
        "provider": "Installationsskolan Stockholm (demo)",
        "district": "hagersten-alvsjo",
        "address": "Götalandsvägen 218, Älvsjö",
        "format": "klassrum",
        "pace": 100,
        "length_weeks": 40,
        "swedish_level": "SVA_GRUND",
        "schooling_years": None,
        "outcome": {
            "share": 60,
            "months": 3,
            "year": 2022,
            "is_target": True,
            "source": "budget2022",
        },
        "apply_url": "https://vuxenutbildning.stockholm/",
        "employers": [],
        "next_step": None,
        "intakes": [
            {"starts_in_weeks": 6, "application_weeks": 10, "seats": 16},
            {"starts_in_weeks": 32, "application_weeks": 10, "seats": 16},
        ],
        "sv": {
            "title": "Kylteknik – grön yrkesutbildning",
            "summary": (
                "Lär dig installera och serva kyl- och värmepumpsanläggningar – ett grönt yrke "
                "med stor efterfrågan."
            ),
            "body": (
                "Kyl- och värmepumpstekniker behövs när fastigheter ställs om till mer "
                "energieffektiv uppvärmning och kylning. Stockholms stad har tagit fram nya "
                "yrkesutbildningar inom kylteknik, elteknik och ventilation för att möta "
                "efterfrågan inom de gröna näringarna.\n\n"
                "Du lär dig hur kyl- och värmepumpssystem fungerar, hur man installerar, "
                "felsöker och underhåller dem, och hur man hanterar köldmedier säkert och enligt "
                "miljöreglerna. Du arbetar mycket praktiskt i skolans verkstad och gör "
                "arbetsplatsförlagt lärande (APL) hos installationsföretag.\n\n"
                "Utbildningen har få sökande i förhållande till hur många jobb som finns. Det "
                "gör dina chanser till arbete goda."
            ),
            "prerequisites": (
                "Svenska som andraspråk på grundläggande nivå och matematik på grundläggande "
                "nivå, eller motsvarande. Du är folkbokförd i Stockholms stad."
            ),
            "occupation": "Kyl- och värmepumpstekniker",
            "easy_summary": "",
        },
        "en": {
            "title": "Refrigeration technology – green vocational training",
            "summary": (
                "Learn to install and service refrigeration and heat-pump systems – a green job "
                "in high demand."
            ),
            "body": (
                "Refrigeration and heat-pump technicians are needed as buildings switch to more "
                "energy-efficient heating and cooling. The City of Stockholm has developed new "
                "vocational programmes in refrigeration, electrical engineering and ventilation "
                "to meet demand in green industries.\n\n"
                "You learn how refrigeration and heat-pump systems work, how to install, "
                "troubleshoot and maintain them, and how to handle refrigerants safely and "
                "according to environmental rules. You do a lot of hands-on work in the school's "
                "workshop and workplace-based learning (APL) with installation companies.\n\n"
                "Few people apply compared with the number of jobs available, which gives you a "
                "good chance of finding work."
            ),
            "prerequisites": (
                "Swedish as a second language and maths at compulsory-school level, or "
                "equivalent. You are registered as living in the City of Stockholm."
            ),
            "occupation": "Refrigeration and heat-pump technician",
            "easy_summary": "",
        },
    },
    {
        "slug": "yrkesutbildning-elteknik",
        "kind": "yrkesutbildning",
        "status": "published",
        "field": "teknik-och-installation",
        "provider": "Lärcenter Västerort (demo)",
        "district": "bromma",
        "address": "Brommaplan 4, Bromma",
        "format": "klassrum",
        "pace": 100,
        "length_weeks": 60,
        "swedish_level": "SVA_GRUND",
        "schooling_years": None,
        "outcome": {
            "share": 60,
            "months": 3,
            "year": 2022,
            "is_target": True,
            "source": "budget2022",
        },
        "apply_url": "https://vuxenutbildning.stockholm/",
        "employers": [],
        "next_step": None,
        "intakes": [
            {"starts_in_weeks": 11, "application_weeks": 10, "seats": 18},
            {"starts_in_weeks": 37, "application_weeks": 10, "seats": 18},
        ],
        "sv": {
            "title": "Elteknik – grön yrkesutbildning",
            "summary": (
                "Utbilda dig till elektriker och var med när Stockholm bygger för solenergi, "
                "laddstolpar och smarta hus."
            ),
            "body": (
                "Klimatomställningen kräver många fler elektriker: fastigheter får laddplatser "
                "för elbilar, solceller och styrsystem som sparar energi. Elteknik är en av de "
                "nya gröna yrkesutbildningar som staden har tagit fram tillsammans med "
                "branschen.\n\n"
                "Du lär dig elinstallationer i bostäder och lokaler, elsäkerhet, mät- och "
                "felsökningsteknik och att läsa ritningar. Undervisningen är till stor del "
                "praktisk, i skolans elverkstad, och du gör arbetsplatsförlagt lärande (APL) hos "
                "ett elinstallationsföretag.\n\n"
                "Efter utbildningen kan du anställas som elektriker under handledning. För att "
                "arbeta självständigt behöver du sedan en auktorisation från "
                "Elsäkerhetsverket, som du får efter praktik i yrket."
            ),
            "prerequisites": (
                "Svenska som andraspråk och matematik på grundläggande nivå, eller motsvarande. "
                "Du är folkbokförd i Stockholms stad."
            ),
            "occupation": "Elektriker",
            "easy_summary": "",
        },
        "en": {
            "title": "Electrical engineering – green vocational training",
            "summary": (
                "Train as an electrician and help Stockholm build for solar power, charging "
                "points and smart buildings."
            ),
            "body": (
                "The climate transition needs many more electricians: buildings are getting "
                "charging points for electric cars, solar panels and control systems that save "
                "energy. Electrical engineering is one of the new green vocational programmes the "
                "city has developed together with the industry.\n\n"
                "You learn electrical installation in homes and commercial buildings, electrical "
                "safety, measuring and fault-finding, and reading drawings. Most teaching is "
                "hands-on in the school's electrical workshop, and you do workplace-based "
                "learning (APL) with an electrical contractor.\n\n"
                "Afterwards you can be employed as an electrician under supervision. To work "
                "independently you later need an authorisation from the National Electrical "
                "Safety Board, which you get after practice in the trade."
            ),
            "prerequisites": (
                "Swedish as a second language and maths at compulsory-school level, or "
                "equivalent. You are registered as living in the City of Stockholm."
            ),
            "occupation": "Electrician",
            "easy_summary": "",
        },
    },
    {
        "slug": "yrkesutbildning-ventilation",
        "kind": "yrkesutbildning",
        "status": "published",
        "field": "teknik-och-installation",
        "provider": "Installationsskolan Stockholm (demo)",
        "district": "hagersten-alvsjo",
        "address": "Götalandsvägen 218, Älvsjö",
        "format": "klassrum",
        "pace": 100,
        "length_weeks": 40,
        "swedish_level": "SVA_GRUND",
        "schooling_years": None,
        "outcome": {
            "share": 60,
            "months": 3,
            "year": 2022,
            "is_target": True,
            "source": "budget2022",
        },
        "apply_url": "https://vuxenutbildning.stockholm/",
        "employers": [],
        "next_step": None,
        "intakes": [
            {"starts_in_weeks": 19, "application_weeks": 10, "seats": 16},
        ],
        "sv": {
            "title": "Ventilation – grön yrkesutbildning",
            "summary": (
                "Bli ventilationsmontör och bidra till energisnåla byggnader med bra inomhusluft."
            ),
            "body": (
                "Bra ventilation ger friskare luft och lägre energiförbrukning. När byggnader "
                "renoveras och effektiviseras behövs montörer som kan installera och justera "
                "moderna ventilationssystem. Ventilation är en av de nya gröna "
                "yrkesutbildningarna i Stockholms stad.\n\n"
                "Du lär dig att tillverka och montera kanaler, installera aggregat och "
                "luftdon, läsa ritningar och arbeta säkert på höjd. Du lär dig också grunderna i "
                "injustering och energiåtervinning. Undervisningen är praktisk, i skolans hall, "
                "och under arbetsplatsförlagt lärande (APL) arbetar du på riktiga byggen.\n\n"
                "Branschen har svårt att hitta personal, och utbildningen har ofta få sökande – "
                "det ger dig goda chanser till jobb."
            ),
            "prerequisites": (
                "Svenska som andraspråk och matematik på grundläggande nivå, eller motsvarande. "
                "Du är folkbokförd i Stockholms stad."
            ),
            "occupation": "Ventilationsmontör",
            "easy_summary": "",
        },
        "en": {
            "title": "Ventilation – green vocational training",
            "summary": (
                "Become a ventilation installer and help make buildings energy-efficient with "
                "good indoor air."
            ),
            "body": (
                "Good ventilation means healthier air and lower energy use. As buildings are "
                "renovated and upgraded, installers are needed who can fit and adjust modern "
                "ventilation systems. Ventilation is one of the City of Stockholm's new green "
                "vocational programmes.\n\n"
                "You learn to make and fit ducts, install air-handling units and vents, read "
                "drawings and work safely at height. You also learn the basics of balancing "
                "systems and heat recovery. Teaching is hands-on in the school's workshop hall, "
                "and during workplace-based learning (APL) you work on real building sites.\n\n"
                "The industry struggles to find staff and the programme often has few applicants "
                "– which gives you a good chance of a job."
            ),
            "prerequisites": (
                "Swedish as a second language and maths at compulsory-school level, or "
                "equivalent. You are registered as living in the City of Stockholm."
            ),
            "occupation": "Ventilation installer",
            "easy_summary": "",
        },
    },
    {
        "slug": "yrkesutbildning-sprinklermontor",
        "kind": "yrkesutbildning",
        "status": "published",
        "field": "teknik-och-installation",
        "provider": "Installationsskolan Stockholm (demo)",
        "district": "hagersten-alvsjo",
        "address": "Götalandsvägen 218, Älvsjö",
        "format": "klassrum",
        "pace": 100,
        "length_weeks": 30,
        "swedish_level": "SVA_GRUND",
        "schooling_years": None,
        "outcome": {
            "share": 60,
            "months": 3,
            "year": 2022,
            "is_target": True,
            "source": "budget2022",
        },
        "apply_url": "https://vuxenutbildning.stockholm/",
        "employers": [],
        "next_step": None,
        "intakes": [
            {"starts_in_weeks": 9, "application_weeks": 12, "seats": 14},
            {"starts_in_weeks": 35, "application_weeks": 12, "seats": 14},
        ],
        "sv": {
            "title": "Sprinklermontör – grön yrkesutbildning",
            "summary": (
                "Installera sprinklersystem som skyddar människor och byggnader mot brand – ett "
                "bristyrke med få sökande."
            ),
            "body": (
                "Sprinklermontörer installerar och underhåller de system som släcker bränder "
                "automatiskt i till exempel köpcentrum, garage, sjukhus och bostäder. "
                "Utbildningen togs fram av staden i samarbete med installationsbranschen, och "
                "arbetet med att få fler att söka fortsätter.\n\n"
                "Du lär dig att läsa ritningar, kapa, gänga och montera rör, installera "
                "sprinklerhuvuden och larmventiler, provtrycka system och arbeta säkert. Det mesta "
                "av undervisningen är praktisk, och under arbetsplatsförlagt lärande (APL) är du "
                "med ett montagelag ute på ett bygge.\n\n"
                "Utbildningen är kort och leder till ett yrke där arbetsgivarna har svårt att "
                "hitta personal."
            ),
            "prerequisites": (
                "Svenska som andraspråk och matematik på grundläggande nivå, eller motsvarande. "
                "Du är folkbokförd i Stockholms stad."
            ),
            "occupation": "Sprinklermontör",
            "easy_summary": "",
        },
        "en": {
            "title": "Sprinkler fitter – green vocational training",
            "summary": (
                "Install sprinkler systems that protect people and buildings from fire – a "
                "shortage occupation with few applicants."
            ),
            "body": (
                "Sprinkler fitters install and maintain the systems that put out fires "
                "automatically in places such as shopping centres, car parks, hospitals and "
                "homes. The city developed the programme together with the installation "
                "industry, and work to attract more applicants continues.\n\n"
                "You learn to read drawings, cut, thread and fit pipes, install sprinkler heads "
                "and alarm valves, pressure-test systems and work safely. Most teaching is "
                "practical, and during workplace-based learning (APL) you join an installation "
                "team on a building site.\n\n"
                "The programme is short and leads to a trade where employers find it hard to "
                "recruit."
            ),
            "prerequisites": (
                "Swedish as a second language and maths at compulsory-school level, or "
                "equivalent. You are registered as living in the City of Stockholm."
            ),
            "occupation": "Sprinkler fitter",
            "easy_summary": "",
        },
    },
    {
        "slug": "yrkesutbildning-vvs-isolering",
        "kind": "yrkesutbildning",
        "status": "published",
        "field": "teknik-och-installation",
        "provider": "Installationsskolan Stockholm (demo)",
        "district": "hagersten-alvsjo",
        "address": "Götalandsvägen 218, Älvsjö",
        "format": "klassrum",
        "pace": 100,
        "length_weeks": 30,
        "swedish_level": "SVA_GRUND",
        "schooling_years": None,
        "outcome": {
            "share": 60,
            "months": 3,
            "year": 2022,
            "is_target": True,
            "source": "budget2022",
        },
        "apply_url": "https://vuxenutbildning.stockholm/",
        "employers": [],
        "next_step": None,
        "intakes": [
            {"starts_in_weeks": 13, "application_weeks": 12, "seats": 14},
            {"starts_in_weeks": 39, "application_weeks": 12, "seats": 14},
        ],
        "sv": {
            "title": "VVS-isolering – grön yrkesutbildning",
            "summary": (
                "Isolera rör och ventilationskanaler så att byggnader slösar mindre energi."
            ),
            "body": (
                "En isolerare ser till att värme, kyla och ljud stannar där de ska. Rätt "
                "isolerade rör och kanaler sparar mycket energi, och därför är VVS-isolering ett "
                "viktigt grönt yrke. Utbildningen togs fram av staden tillsammans med "
                "installationsbranschen.\n\n"
                "Du lär dig att isolera rör, kanaler och aggregat med olika material, att mäta "
                "och tillverka detaljer, att arbeta med brandskyddsisolering och att ta hand om "
                "material och spill på ett miljövänligt sätt. Under arbetsplatsförlagt lärande "
                "(APL) arbetar du med ett isoleringsföretag.\n\n"
                "Yrket har goda möjligheter till jobb men få sökande. Vill du ha ett praktiskt "
                "arbete med tydlig klimatnytta kan det passa dig."
            ),
            "prerequisites": (
                "Svenska som andraspråk och matematik på grundläggande nivå, eller motsvarande. "
                "Du är folkbokförd i Stockholms stad."
            ),
            "occupation": "VVS-isolerare",
            "easy_summary": "",
        },
        "en": {
            "title": "Pipe and duct insulation (VVS-isolering) – green vocational training",
            "summary": "Insulate pipes and ventilation ducts so that buildings waste less energy.",
            "body": (
                "An insulator makes sure heat, cold and noise stay where they should. Properly "
                "insulated pipes and ducts save a lot of energy, which makes pipe and duct "
                "insulation an important green trade. The city developed the programme together "
                "with the installation industry.\n\n"
                "You learn to insulate pipes, ducts and units with different materials, measure "
                "and make parts, work with fire-protection insulation and handle materials and "
                "waste in an environmentally friendly way. During workplace-based learning (APL) "
                "you work with an insulation company.\n\n"
                "The trade has good job prospects but few applicants. If you want a practical job "
                "that clearly helps the climate, it may suit you."
            ),
            "prerequisites": (
                "Swedish as a second language and maths at compulsory-school level, or "
                "equivalent. You are registered as living in the City of Stockholm."
            ),
            "occupation": "Pipe and duct insulator",
            "easy_summary": "",
        },
    },
    {
        "slug": "yrkesutbildning-industriteknik-kista",
        "kind": "yrkesutbildning",
        "status": "published",
        "field": "industri",
        "provider": "Kompetenscentrum Järva (demo)",
        "district": "rinkeby-kista",
        "address": "Kista allé 4, Kista",
        "format": "klassrum",
        "pace": 100,
        "length_weeks": 40,
        "swedish_level": "SVA_GRUND",
        "schooling_years": None,
        "outcome": {
            "share": 60,
            "months": 3,
            "year": 2022,
            "is_target": True,
            "source": "budget2022",
        },
        "apply_url": "https://vuxenutbildning.stockholm/",
        "employers": [],
        "next_step": None,
        "intakes": [
            {"starts_in_weeks": 16, "application_weeks": 10, "seats": 16},
            {"starts_in_weeks": 42, "application_weeks": 10, "seats": 16},
        ],
        "sv": {
            "title": "Industriteknik",
            "summary": (
                "Lär dig styra och underhålla maskiner i modern industri – en komvuxutbildning "
                "framtagen med teknikbranschen."
            ),
            "body": (
                "Industriteknik är en komvuxutbildning som staden har tagit fram inom ramen för "
                "samarbetet Teknikcollege, där skolor och företag i industrin arbetar "
                "tillsammans för att utbildningarna ska motsvara arbetslivets behov.\n\n"
                "Du lär dig hur en industriell produktion är organiserad, hur man ställer in och "
                "kör maskiner, grunderna i automation och styrsystem, mätteknik och "
                "kvalitetskontroll samt hur man arbetar säkert. Du tränar också på att "
                "samarbeta i team och att förbättra arbetssätt.\n\n"
                "En del av utbildningen gör du som arbetsplatsförlagt lärande (APL) på ett "
                "industriföretag i regionen. Efter utbildningen kan du arbeta som operatör i "
                "produktion."
            ),
            "prerequisites": (
                "Svenska som andraspråk och matematik på grundläggande nivå, eller motsvarande. "
                "Du är folkbokförd i Stockholms stad."
            ),
            "occupation": "Industrioperatör",
            "easy_summary": "",
        },
        "en": {
            "title": "Industrial technology",
            "summary": (
                "Learn to run and maintain machines in modern industry – a komvux programme "
                "developed with the manufacturing sector."
            ),
            "body": (
                "Industrial technology is a komvux programme the city developed within "
                "Teknikcollege, a partnership in which schools and industrial companies work "
                "together so that training matches what workplaces need.\n\n"
                "You learn how industrial production is organised, how to set up and run "
                "machines, the basics of automation and control systems, measurement and quality "
                "control, and how to work safely. You also practise teamwork and improving the "
                "way work is done.\n\n"
                "Part of the programme is workplace-based learning (APL) at a manufacturing "
                "company in the region. Afterwards you can work as a production operator."
            ),
            "prerequisites": (
                "Swedish as a second language and maths at compulsory-school level, or "
                "equivalent. You are registered as living in the City of Stockholm."
            ),
            "occupation": "Production operator",
            "easy_summary": "",
        },
    },
    # ------------------------------------------------------------------ lärlingsutbildning
    {
        "slug": "larling-underskoterska-vallingby",
        "kind": "larling",
        "status": "published",
        "field": "vard-och-omsorg",
        "provider": "Lärcenter Västerort (demo)",
        "district": "hasselby-vallingby",
        "address": "Vällingbyplan 3, Vällingby",
        "format": "klassrum",
        "pace": 100,
        "length_weeks": 75,
        "swedish_level": "SVA_GRUND",
        "schooling_years": None,
        "outcome": None,
        "apply_url": "https://vuxenutbildning.stockholm/",
        "employers": [],
        "next_step": None,
        "intakes": [
            {"starts_in_weeks": 9, "application_weeks": 10, "seats": 12},
            {"starts_in_weeks": 35, "application_weeks": 10, "seats": 12},
        ],
        "sv": {
            "title": "Lärlingsutbildning till undersköterska",
            "summary": (
                "Lär dig yrket på en arbetsplats i äldreomsorgen, med handledare och lektioner i "
                "skolan en dag i veckan."
            ),
            "body": (
                "I en lärlingsutbildning sker större delen av utbildningen på en arbetsplats. "
                "Du är lärling på ett vård- och omsorgsboende eller i hemtjänsten i Västerort och "
                "har en egen handledare som lär dig arbetet steg för steg.\n\n"
                "En dag i veckan studerar du i skolan i Vällingby. Där läser du teorin i "
                "kurserna för undersköterska – omvårdnad, anatomi, demens, psykiatri och social "
                "omsorg – och får hjälp att koppla den till det du gör på arbetsplatsen. Du läser "
                "samma kurser och får samma betyg som i annan yrkesutbildning.\n\n"
                "Lärlingsutbildning passar dig som lär dig bäst genom att göra. Staden vill "
                "bredda utbudet av lärlingsutbildningar, just för att fler ska hitta en väg in i "
                "bristyrken."
            ),
            "prerequisites": (
                "Svenska som andraspråk på grundläggande nivå eller motsvarande. Du är "
                "folkbokförd i Stockholms stad och kan arbeta dag, kväll och ibland helg."
            ),
            "occupation": "Undersköterska",
            "easy_summary": (
                "Här lär du dig att bli undersköterska på en arbetsplats. Du har en handledare. "
                "En dag i veckan går du i skolan."
            ),
        },
        "en": {
            "title": "Apprenticeship: assistant nurse",
            "summary": (
                "Learn the job at a workplace in elderly care, with a supervisor and one day a "
                "week of lessons at school."
            ),
            "body": (
                "In an apprenticeship (*lärlingsutbildning*) most of the training takes place "
                "at a workplace. You are an apprentice at a care home or in home care in "
                "Västerort, with your own supervisor who teaches you the work step by step.\n\n"
                "One day a week you study at the school in Vällingby. There you cover the theory "
                "of the assistant-nurse courses – nursing care, anatomy, dementia, psychiatry "
                "and social care – and get help linking it to what you do at work. You take the "
                "same courses and get the same grades as in other vocational training.\n\n"
                "Apprenticeships suit people who learn best by doing. The city wants to offer "
                "more apprenticeships precisely so that more people find a way into shortage "
                "occupations."
            ),
            "prerequisites": (
                "Swedish as a second language at compulsory-school level or equivalent. You are "
                "registered as living in the City of Stockholm and can work days, evenings and "
                "some weekends."
            ),
            "occupation": "Assistant nurse",
            "easy_summary": "",
        },
    },
    {
        "slug": "larling-bygg-skarpnack",
        "kind": "larling",
        "status": "published",
        "field": "bygg",
        "provider": "Lärcenter Söderort (demo)",
        "district": "skarpnack",
        "address": "Skarpnäcks allé 20, Skarpnäck",
        "format": "klassrum",
        "pace": 100,
        "length_weeks": 60,
        "swedish_level": "SVA_GRUND",
        "schooling_years": None,
        "outcome": None,
        "apply_url": "https://vuxenutbildning.stockholm/",
        "employers": ["Byggföretag i Stockholmsregionen (demo)"],
        "next_step": None,
        "intakes": [
            {"starts_in_weeks": 21, "application_weeks": 10, "seats": 12},
        ],
        "sv": {
            "title": "Lärlingsutbildning inom bygg – träarbetare",
            "summary": (
                "Lär dig bygga på riktiga byggarbetsplatser med en handledare, och läs teorin i "
                "skolan."
            ),
            "body": (
                "Den här lärlingsutbildningen leder till yrket träarbetare. Större delen av "
                "tiden är du på en byggarbetsplats hos ett byggföretag, där en handledare lär dig "
                "att bygga stommar, montera fönster och dörrar, lägga golv och arbeta med "
                "innerväggar.\n\n"
                "En dag i veckan läser du teori i skolan i Skarpnäck: ritningsläsning, "
                "byggmaterial, mätteknik och arbetsmiljö. Du lär dig också att arbeta säkert på "
                "bygget och att använda maskiner och verktyg på rätt sätt.\n\n"
                "Efter utbildningen kan du fortsätta som lärling i ett företag för att få ditt "
                "yrkesbevis. Byggbranschen i Stockholm behöver fler yrkesutbildade, och många "
                "lärlingar får anställning där de har gjort sin utbildning."
            ),
            "prerequisites": (
                "Svenska som andraspråk och matematik på grundläggande nivå, eller motsvarande. "
                "Du är folkbokförd i Stockholms stad."
            ),
            "occupation": "Träarbetare",
            "easy_summary": "",
        },
        "en": {
            "title": "Apprenticeship in construction – carpenter",
            "summary": (
                "Learn to build on real building sites with a supervisor, and study the theory at "
                "school."
            ),
            "body": (
                "This apprenticeship (*lärlingsutbildning*) leads to work as a carpenter. Most of "
                "the time you are on a building site with a construction company, where a "
                "supervisor teaches you to build frames, fit windows and doors, lay floors and "
                "put up interior walls.\n\n"
                "One day a week you study theory at the school in Skarpnäck: reading drawings, "
                "building materials, measuring and the working environment. You also learn to "
                "work safely on site and to use machines and tools correctly.\n\n"
                "Afterwards you can continue as an apprentice with a company to earn your trade "
                "certificate. Stockholm's construction industry needs more trained workers, and "
                "many apprentices are hired where they trained."
            ),
            "prerequisites": (
                "Swedish as a second language and maths at compulsory-school level, or "
                "equivalent. You are registered as living in the City of Stockholm."
            ),
            "occupation": "Carpenter",
            "easy_summary": "",
        },
    },
    {
        "slug": "larling-kok-och-service-rosenlund",
        "kind": "larling",
        "status": "published",
        "field": "restaurang-och-livsmedel",
        "provider": "Komvux Rosenlund",
        "district": "sodermalm",
        "address": "Rosenlundsgatan 52, Södermalm",
        "format": "klassrum",
        "pace": 75,
        "length_weeks": 50,
        "swedish_level": "SFI_D",
        "schooling_years": None,
        "outcome": None,
        "apply_url": "https://vuxenutbildning.stockholm/",
        "employers": [],
        "next_step": None,
        "intakes": [
            {"starts_in_weeks": 14, "application_weeks": 10, "seats": 8},
        ],
        "sv": {
            "title": "Lärlingsutbildning med anpassat stöd – kök och service",
            "summary": (
                "Lär dig arbeta i ett kök på en riktig arbetsplats, med extra stöd från Komvux "
                "Rosenlund."
            ),
            "body": (
                "Komvux Rosenlund erbjuder lärlingsutbildningar för elever som behöver mer stöd "
                "än andra skolor kan ge, till exempel elever i komvux som särskild utbildning.\n\n"
                "Du är lärling i ett kök, till exempel i en skolrestaurang eller ett personalkafé, "
                "och lär dig att förbereda mat, diska, hålla rent och hjälpa gäster. En "
                "handledare på arbetsplatsen och en lärare från skolan följer dig hela tiden. "
                "Arbetsuppgifterna och takten anpassas efter dig.\n\n"
                "Du studerar på tre fjärdedels fart. En del av veckan är du i skolan på "
                "Södermalm, där du tränar på det du behöver på jobbet, till exempel hygienregler, "
                "att läsa ett schema och att prata med kollegor."
            ),
            "prerequisites": (
                "Du är folkbokförd i Stockholms stad och behöver extra stöd i din utbildning. "
                "Svenska motsvarande sfi kurs D. Prata med en studie- och yrkesvägledare före "
                "ansökan."
            ),
            "occupation": "Köksbiträde",
            "easy_summary": (
                "Här lär du dig att arbeta i ett kök. Du lär dig på en riktig arbetsplats. Du får "
                "extra hjälp."
            ),
        },
        "en": {
            "title": "Apprenticeship with extra support – kitchen and service",
            "summary": (
                "Learn to work in a kitchen at a real workplace, with extra support from Komvux "
                "Rosenlund."
            ),
            "body": (
                "Komvux Rosenlund offers apprenticeships for students who need more support than "
                "other schools can give, for example students in adult education for people with "
                "intellectual disabilities.\n\n"
                "You are an apprentice in a kitchen, such as a school canteen or a staff café, and "
                "learn to prepare food, wash up, keep things clean and help guests. A supervisor "
                "at the workplace and a teacher from the school follow you all the time. Tasks "
                "and pace are adapted to you.\n\n"
                "You study at three-quarter pace. Part of the week you are at school on "
                "Södermalm, practising what you need at work, such as hygiene rules, reading a "
                "rota and talking to colleagues."
            ),
            "prerequisites": (
                "You are registered as living in the City of Stockholm and need extra support in "
                "your education. Swedish at the level of sfi course D. Talk to a study and career "
                "counsellor before you apply."
            ),
            "occupation": "Kitchen assistant",
            "easy_summary": "",
        },
    },
    # ------------------------------------------------------------------ jobbspår
    {
        "slug": "jobbspar-vard-och-omsorgsboende-spanga-tensta",
        "kind": "jobbspar",
        "status": "published",
        "field": "vard-och-omsorg",
        "provider": "Jobbtorg Stockholm",
        "district": "spanga-tensta",
        "address": "Hjulstavägen 5, Tensta",
        "format": "klassrum",
        "pace": 100,
        "length_weeks": 10,
        "swedish_level": "SFI_C",
        "schooling_years": None,
        "outcome": None,
        "apply_url": None,
        "employers": ["Vård- och omsorgsboenden i Spånga-Tensta (Stockholms stad)"],
        "next_step": "kombinationsutbildning-underskoterska-jarva",
        "intakes": [
            {"starts_in_weeks": 4, "application_weeks": 6, "seats": 15},
            {"starts_in_weeks": 24, "application_weeks": 6, "seats": 15},
        ],
        "sv": {
            "title": "Jobbspår: vård- och omsorgsboende i Spånga-Tensta",
            "summary": (
                "En kort utbildning med praktik som förbereder dig för ett jobb på stadens vård- "
                "och omsorgsboenden i Spånga-Tensta."
            ),
            "body": (
                "Ett jobbspår är en kort utbildning som staden tar fram tillsammans med en "
                "arbetsgivare som behöver anställa. I det här jobbspåret samarbetar Jobbtorg "
                "Stockholm med vård- och omsorgsboendena i Spånga-Tensta.\n\n"
                "De första veckorna lär du dig grunderna: hygien och smittskydd, bemötande av "
                "äldre, att hjälpa till vid måltider och förflyttningar, och vad tystnadsplikt "
                "innebär. Du får arbetslivsintroduktion på ditt modersmål, så att du vet vad som "
                "förväntas av dig. Sedan gör du praktik på ett boende med en handledare.\n\n"
                "Den som klarar jobbspåret kan erbjudas anställning, till exempel som "
                "vårdbiträde eller timvikarie. Många fortsätter sedan att läsa till "
                "undersköterska, ofta parallellt med jobbet."
            ),
            "prerequisites": (
                "Svenska motsvarande sfi kurs C. Du är inskriven på Jobbtorg Stockholm eller "
                "Arbetsförmedlingen. Du behöver kunna arbeta dag, kväll och helg."
            ),
            "occupation": "Vårdbiträde",
            "easy_summary": (
                "Här får du en kort utbildning och praktik. Du lär dig att arbeta på ett "
                "äldreboende. Sedan kan du få jobb där."
            ),
        },
        "en": {
            "title": "Job track: care homes in Spånga-Tensta",
            "summary": (
                "A short training with a work placement that prepares you for a job at the "
                "city's care homes in Spånga-Tensta."
            ),
            "body": (
                "A job track (*jobbspår*) is a short training that the city designs together with "
                "an employer who needs to hire. In this job track Jobbtorg Stockholm works with "
                "the care homes (*vård- och omsorgsboenden*) in Spånga-Tensta.\n\n"
                "In the first weeks you learn the basics: hygiene and infection control, how to "
                "treat older people with respect, helping at mealtimes and with moving, and what "
                "professional confidentiality means. You get an introduction to working life in "
                "your mother tongue, so that you know what is expected. Then you do a work "
                "placement at a care home with a supervisor.\n\n"
                "Those who complete the job track can be offered a job, for example as a care "
                "aide or hourly substitute. Many then go on to train as assistant nurses, often "
                "while working."
            ),
            "prerequisites": (
                "Swedish at the level of sfi course C. You are registered with Jobbtorg Stockholm "
                "or Arbetsförmedlingen. You need to be able to work days, evenings and weekends."
            ),
            "occupation": "Care aide",
            "easy_summary": "",
        },
    },
    {
        "slug": "jobbspar-hemtjanst-rinkeby-kista",
        "kind": "jobbspar",
        "status": "published",
        "field": "vard-och-omsorg",
        "provider": "Jobbtorg Stockholm",
        "district": "rinkeby-kista",
        "address": "Kista torg 7, Kista",
        "format": "klassrum",
        "pace": 100,
        "length_weeks": 10,
        "swedish_level": "SFI_C",
        "schooling_years": None,
        "outcome": None,
        "apply_url": None,
        "employers": ["Hemtjänsten i Rinkeby-Kista (Stockholms stad)"],
        "next_step": "kombinationsutbildning-underskoterska-jarva",
        "intakes": [
            {"starts_in_weeks": 2, "application_weeks": 5, "seats": 12},
            {"starts_in_weeks": 14, "application_weeks": 5, "seats": 12},
            {"starts_in_weeks": 28, "application_weeks": 5, "seats": 12},
        ],
        "sv": {
            "title": "Jobbspår: hemtjänsten i Rinkeby-Kista",
            "summary": (
                "Kort utbildning och praktik som leder till jobb i hemtjänsten, där du hjälper "
                "äldre i deras egna hem."
            ),
            "body": (
                "I hemtjänsten hjälper du äldre som bor kvar hemma: med personlig hygien, mat, "
                "städning, inköp och sällskap. Hemtjänsten behöver många nya medarbetare, och "
                "det är svårare att rekrytera hit än till vård- och omsorgsboenden.\n\n"
                "Jobbspåret är framtaget av Jobbtorg Stockholm tillsammans med hemtjänsten i "
                "Rinkeby-Kista. Du lär dig grunderna i omvårdnad, hygien och säkerhet, hur man "
                "planerar ett arbetspass med flera besök och hur man dokumenterar i "
                "mobiltelefonen. Du får språkstöd på modersmålet under utbildningen och "
                "praktiken.\n\n"
                "Efter praktiken kan du erbjudas anställning i hemtjänsten. Du kan sedan läsa "
                "vidare till undersköterska medan du arbetar."
            ),
            "prerequisites": (
                "Svenska motsvarande sfi kurs C. Du är inskriven på Jobbtorg Stockholm eller "
                "Arbetsförmedlingen. Du kan ta dig mellan adresser i området, till exempel med "
                "cykel eller till fots."
            ),
            "occupation": "Hemtjänstpersonal (vårdbiträde)",
            "easy_summary": (
                "Här får du en kort utbildning och praktik. Du lär dig att hjälpa äldre i deras "
                "hem. Sedan kan du få jobb i hemtjänsten."
            ),
        },
        "en": {
            "title": "Job track: home care in Rinkeby-Kista",
            "summary": (
                "Short training and a work placement leading to a job in home care, helping older "
                "people in their own homes."
            ),
            "body": (
                "In home care (*hemtjänst*) you help older people who live at home: with personal "
                "hygiene, meals, cleaning, shopping and company. Home care needs many new staff, "
                "and it is harder to recruit for than care homes.\n\n"
                "This job track was designed by Jobbtorg Stockholm together with home care in "
                "Rinkeby-Kista. You learn the basics of care, hygiene and safety, how to plan a "
                "shift with several visits and how to keep records on a mobile phone. You get "
                "language support in your mother tongue during training and the placement.\n\n"
                "After the placement you can be offered a job in home care. You can then train "
                "as an assistant nurse while you work."
            ),
            "prerequisites": (
                "Swedish at the level of sfi course C. You are registered with Jobbtorg Stockholm "
                "or Arbetsförmedlingen. You can get between addresses in the area, for example by "
                "bike or on foot."
            ),
            "occupation": "Home-care worker (care aide)",
            "easy_summary": "",
        },
    },
    {
        "slug": "jobbspar-aldreomsorg-norra-innerstaden",
        "kind": "jobbspar",
        "status": "published",
        "field": "vard-och-omsorg",
        "provider": "Jobbtorg Stockholm",
        "district": "norra-innerstaden",
        "address": "Sveavägen 60, Norrmalm",
        "format": "klassrum",
        "pace": 100,
        "length_weeks": 8,
        "swedish_level": "SFI_D",
        "schooling_years": None,
        "outcome": None,
        "apply_url": None,
        "employers": [
            "Vård- och omsorgsboenden i Norra innerstaden (Stockholms stad)",
            "Hemtjänsten i Norra innerstaden (Stockholms stad)",
        ],
        "next_step": "yrkesutbildning-underskoterska-campus-aso",
        "intakes": [
            {"starts_in_weeks": 10, "application_weeks": 8, "seats": 20},
            {"starts_in_weeks": 44, "application_weeks": 8, "seats": 20},
        ],
        "sv": {
            "title": "Jobbspår: äldreomsorgen i Norra innerstaden",
            "summary": (
                "Förbered dig för jobb på vård- och omsorgsboenden och i hemtjänsten på Norrmalm "
                "och Östermalm – även som sommarvikarie."
            ),
            "body": (
                "Norra innerstadens stadsdelsförvaltning har en av stadens största "
                "äldreomsorgsavdelningar, sedan tre stora vård- och omsorgsboenden har tagits "
                "över i egen regi. I sin kompetensförsörjningsplan för 2026 beskriver "
                "förvaltningen att det är stor konkurrens om utbildade undersköterskor och "
                "särskilt svårt att rekrytera till hemtjänsten.\n\n"
                "I jobbspåret varvar du en kort utbildning med praktik. Du lär dig grunderna i "
                "omvårdnad, demenskunskap, hygien och dokumentation, och du träffar chefer från "
                "både boenden och hemtjänst. Förvaltningen ordnar gemensamma rekryteringsdagar "
                "och introduktionsdagar för sommarvikarier, och jobbspåret kopplas till dem.\n\n"
                "Efter jobbspåret kan du få en visstidsanställning eller ett sommarvikariat, och "
                "därifrån läsa vidare till undersköterska."
            ),
            "prerequisites": (
                "Godkänt på sfi kurs D eller motsvarande. Du är inskriven på Jobbtorg Stockholm "
                "eller Arbetsförmedlingen, eller söker jobb på egen hand."
            ),
            "occupation": "Vårdbiträde eller sommarvikarie i äldreomsorgen",
            "easy_summary": (
                "Här får du en kort utbildning och praktik i äldreomsorgen. Du kan få jobb på "
                "ett äldreboende eller i hemtjänsten. Du kan också få jobb på sommaren."
            ),
        },
        "en": {
            "title": "Job track: elderly care in Norra innerstaden",
            "summary": (
                "Get ready for a job in care homes and home care on Norrmalm and Östermalm – "
                "including as a summer substitute."
            ),
            "body": (
                "The Norra innerstaden district administration runs one of the city's largest "
                "elderly-care departments, having taken three large care homes back under its "
                "own management. In its competence-supply plan for 2026 it describes strong "
                "competition for trained assistant nurses and particular difficulty recruiting "
                "for home care.\n\n"
                "In this job track (*jobbspår*) you combine a short training with a work "
                "placement. You learn the basics of care, dementia, hygiene and record-keeping, "
                "and you meet managers from both care homes and home care. The administration "
                "holds joint recruitment days and introduction days for summer substitutes, and "
                "the job track is linked to them.\n\n"
                "After the job track you may get a fixed-term job or a summer job, and from there "
                "go on to train as an assistant nurse."
            ),
            "prerequisites": (
                "A pass in sfi course D or equivalent. You are registered with Jobbtorg Stockholm "
                "or Arbetsförmedlingen, or are looking for work on your own."
            ),
            "occupation": "Care aide or summer substitute in elderly care",
            "easy_summary": "",
        },
    },
    {
        "slug": "jobbspar-aldreomsorg-soderort",
        "kind": "jobbspar",
        "status": "published",
        "field": "vard-och-omsorg",
        "provider": "Jobbtorg Stockholm",
        "district": "skarholmen",
        "address": "Skärholmsgången 8, Skärholmen",
        "format": "klassrum",
        "pace": 100,
        "length_weeks": 10,
        "swedish_level": "SFI_C",
        "schooling_years": None,
        "outcome": None,
        "apply_url": None,
        "employers": [
            "Vård- och omsorgsboenden i Skärholmen (Stockholms stad)",
            "Hemtjänsten i Farsta (Stockholms stad)",
        ],
        "next_step": "kombinationsutbildning-underskoterska-skarholmen",
        "intakes": [
            {"starts_in_weeks": 17, "application_weeks": 8, "seats": 15},
            {"starts_in_weeks": 46, "application_weeks": 8, "seats": 15},
        ],
        "sv": {
            "title": "Jobbspår: äldreomsorgen i söderort",
            "summary": (
                "Kort utbildning och praktik för jobb på vård- och omsorgsboenden i Skärholmen "
                "eller i hemtjänsten i Farsta."
            ),
            "body": (
                "Det här jobbspåret är för dig som bor i söderort och vill börja arbeta i "
                "äldreomsorgen. Jobbtorg Stockholm har tagit fram det tillsammans med stadens "
                "vård- och omsorgsboenden i Skärholmen och hemtjänsten i Farsta, som båda "
                "behöver anställa.\n\n"
                "Utbildningen är kort och praktisk. Du lär dig att hjälpa äldre med vardagens "
                "sysslor, om hygien och smittskydd, om att arbeta säkert med lyft och "
                "förflyttningar och om hur man pratar med äldre och deras anhöriga. Du får "
                "språkstöd på modersmål och en introduktion till arbetslivet innan praktiken "
                "börjar.\n\n"
                "Du väljer om du vill göra praktiken på ett boende eller i hemtjänsten. Efter "
                "jobbspåret kan du erbjudas anställning."
            ),
            "prerequisites": (
                "Svenska motsvarande sfi kurs C. Du är inskriven på Jobbtorg Stockholm eller "
                "Arbetsförmedlingen."
            ),
            "occupation": "Vårdbiträde",
            "easy_summary": (
                "Här får du en kort utbildning och praktik i äldreomsorgen. Du kan välja "
                "äldreboende eller hemtjänst. Sedan kan du få jobb."
            ),
        },
        "en": {
            "title": "Job track: elderly care in the southern suburbs",
            "summary": (
                "Short training and a placement for jobs in care homes in Skärholmen or in home "
                "care in Farsta."
            ),
            "body": (
                "This job track (*jobbspår*) is for people in the southern suburbs who want to "
                "start working in elderly care. Jobbtorg Stockholm designed it with the city's "
                "care homes in Skärholmen and home care in Farsta, which both need to hire.\n\n"
                "The training is short and practical. You learn to help older people with daily "
                "tasks, about hygiene and infection control, about lifting and moving people "
                "safely, and how to talk with older people and their relatives. You get language "
                "support in your mother tongue and an introduction to working life before the "
                "placement starts.\n\n"
                "You choose whether to do your placement in a care home or in home care. After "
                "the job track you can be offered a job."
            ),
            "prerequisites": (
                "Swedish at the level of sfi course C. You are registered with Jobbtorg Stockholm "
                "or Arbetsförmedlingen."
            ),
            "occupation": "Care aide",
            "easy_summary": "",
        },
    },
    {
        "slug": "jobbspar-vardnara-service-sjukhus",
        "kind": "jobbspar",
        "status": "published",
        "field": "vard-och-omsorg",
        "provider": "Jobbtorg Stockholm",
        "district": "kungsholmen",
        "address": "Fleminggatan 20, Kungsholmen",
        "format": "klassrum",
        "pace": 100,
        "length_weeks": 12,
        "swedish_level": "SFI_D",
        "schooling_years": None,
        "outcome": None,
        "apply_url": None,
        "employers": ["Sjukhus i Region Stockholm"],
        "next_step": None,
        "intakes": [
            {"starts_in_weeks": 12, "application_weeks": 8, "seats": 15},
        ],
        "sv": {
            "title": "Jobbspår: vårdnära service på sjukhus",
            "summary": (
                "Lär dig arbeta med service nära patienterna på ett sjukhus – måltider, "
                "städning, transporter och förråd."
            ),
            "body": (
                "På ett sjukhus behövs många medarbetare som inte är vårdpersonal men arbetar "
                "nära patienterna: de serverar mat, städar patientrum, fyller på förråd och följer "
                "med patienter mellan avdelningar. Det kallas vårdnära service.\n\n"
                "Jobbspåret har tagits fram tillsammans med sjukhus i Region Stockholm. Du lär "
                "dig basala hygienrutiner, att arbeta i vårdmiljö, att bemöta patienter och att "
                "följa rutiner för säkerhet och sekretess. Efter den teoretiska delen gör du "
                "praktik på ett sjukhus.\n\n"
                "Den som klarar jobbspåret kan erbjudas anställning. Arbetet ger erfarenhet av "
                "vården och kan vara ett första steg mot att senare utbilda sig till "
                "undersköterska."
            ),
            "prerequisites": (
                "Godkänt på sfi kurs D eller motsvarande. Du är inskriven på Jobbtorg Stockholm "
                "eller Arbetsförmedlingen."
            ),
            "occupation": "Servicemedarbetare i vården",
            "easy_summary": (
                "Här lär du dig att arbeta på ett sjukhus. Du hjälper till med mat, städning och "
                "transporter. Sedan kan du få jobb."
            ),
        },
        "en": {
            "title": "Job track: patient-area service at hospitals",
            "summary": (
                "Learn to work in service close to patients in a hospital – meals, cleaning, "
                "transport and supplies."
            ),
            "body": (
                "A hospital needs many staff who are not nurses but work close to patients: they "
                "serve meals, clean patient rooms, restock supplies and accompany patients between "
                "wards. This is called patient-area service (*vårdnära service*).\n\n"
                "The job track (*jobbspår*) was designed with hospitals in Region Stockholm. You "
                "learn basic hygiene routines, working in a care environment, treating patients "
                "with respect and following rules on safety and confidentiality. After the "
                "theory part you do a work placement at a hospital.\n\n"
                "Those who complete the job track can be offered a job. The work gives you "
                "experience of health care and can be a first step towards training as an "
                "assistant nurse later."
            ),
            "prerequisites": (
                "A pass in sfi course D or equivalent. You are registered with Jobbtorg Stockholm "
                "or Arbetsförmedlingen."
            ),
            "occupation": "Hospital service worker",
            "easy_summary": "",
        },
    },
    {
        "slug": "jobbspar-forskola-jarva",
        "kind": "jobbspar",
        "status": "published",
        "field": "barn-och-fritid",
        "provider": "Jobbtorg Stockholm",
        "district": "rinkeby-kista",
        "address": "Rinkeby allé 10, Rinkeby",
        "format": "klassrum",
        "pace": 100,
        "length_weeks": 10,
        "swedish_level": "SFI_D",
        "schooling_years": None,
        "outcome": None,
        "apply_url": None,
        "employers": [
            "Förskolor i Rinkeby-Kista (Stockholms stad)",
            "Förskolor i Enskede-Årsta-Vantör (Stockholms stad)",
        ],
        "next_step": "kombinationsutbildning-barnskotare-rinkeby",
        "intakes": [
            {"starts_in_weeks": 8, "application_weeks": 6, "seats": 15},
            {"starts_in_weeks": 30, "application_weeks": 6, "seats": 15},
        ],
        "sv": {
            "title": "Jobbspår: förskolan",
            "summary": (
                "Kort utbildning och praktik i förskolan, som kan leda till jobb som vikarie och "
                "vidare till barnskötarutbildning."
            ),
            "body": (
                "Förskolorna i staden behöver vikarier och barnskötare. I det här jobbspåret, som "
                "Jobbtorg Stockholm har tagit fram tillsammans med förskolor i Rinkeby-Kista och "
                "Enskede-Årsta-Vantör, får du en kort introduktion till arbetet och praktik i en "
                "förskola.\n\n"
                "Du lär dig om barns behov och säkerhet, om hur förskolans dag är upplagd, om "
                "hygien och om hur man pratar med barn och föräldrar. Eftersom förskolan arbetar "
                "mycket med språk tränar du också på att läsa högt och sjunga på svenska.\n\n"
                "Efter jobbspåret kan du erbjudas timanställning som vikarie. Den som vill "
                "arbeta vidare i förskolan kan sedan söka kombinationsutbildningen till "
                "barnskötare."
            ),
            "prerequisites": (
                "Godkänt på sfi kurs D eller motsvarande. Du är inskriven på Jobbtorg Stockholm "
                "eller Arbetsförmedlingen. Registerutdrag från polisen krävs för arbete i "
                "förskolan."
            ),
            "occupation": "Barnskötare (vikarie)",
            "easy_summary": "",
        },
        "en": {
            "title": "Job track: preschool",
            "summary": (
                "Short training and a placement in preschool, which can lead to work as a "
                "substitute and on to childcare-assistant training."
            ),
            "body": (
                "The city's preschools need substitutes and childcare assistants. In this job "
                "track (*jobbspår*), designed by Jobbtorg Stockholm with preschools in "
                "Rinkeby-Kista and Enskede-Årsta-Vantör, you get a short introduction to the work "
                "and a placement at a preschool.\n\n"
                "You learn about children's needs and safety, how the preschool day is organised, "
                "hygiene, and how to talk with children and parents. Because preschools work a "
                "lot with language, you also practise reading aloud and singing in Swedish.\n\n"
                "After the job track you can be offered hourly work as a substitute. If you want "
                "to stay in preschool, you can then apply for the combined programme for "
                "childcare assistants."
            ),
            "prerequisites": (
                "A pass in sfi course D or equivalent. You are registered with Jobbtorg Stockholm "
                "or Arbetsförmedlingen. A police record extract is required to work in preschool."
            ),
            "occupation": "Childcare assistant (substitute)",
            "easy_summary": "",
        },
    },
    {
        "slug": "jobbspar-bussforare",
        "kind": "jobbspar",
        "status": "published",
        "field": "transport",
        "provider": "Jobbtorg Stockholm",
        "district": "farsta",
        "address": "Farstagången 2, Farsta",
        "format": "klassrum",
        "pace": 100,
        "length_weeks": 18,
        "swedish_level": "SFI_D",
        "schooling_years": None,
        "outcome": None,
        "apply_url": None,
        "employers": ["Bussbolag i Stockholmstrafiken (demo)"],
        "next_step": None,
        "intakes": [
            {"starts_in_weeks": 22, "application_weeks": 8, "seats": 12},
        ],
        "sv": {
            "title": "Jobbspår: bussförare i kollektivtrafiken",
            "summary": (
                "Ta körkort för buss och yrkeskompetensbevis, och förbered dig för jobb som "
                "bussförare i Stockholmstrafiken."
            ),
            "body": (
                "Kollektivtrafiken i Stockholm behöver många nya bussförare. I det här "
                "jobbspåret samarbetar Jobbtorg Stockholm och Arbetsförmedlingen med bussbolag "
                "som kör i Stockholmstrafiken och vill anställa.\n\n"
                "Under utbildningen tar du körkort för buss (behörighet D) och "
                "yrkeskompetensbevis (YKB). Du lär dig köra säkert och miljövänligt i stadstrafik, "
                "regler för kör- och vilotider, service och bemötande av resenärer och hur du "
                "hanterar svåra situationer ombord. Den sista delen gör du hos bussbolaget, med "
                "en erfaren förare som handledare.\n\n"
                "Den som klarar utbildningen och proven kan erbjudas anställning som bussförare."
            ),
            "prerequisites": (
                "Körkort med behörighet B. Godkänt på sfi kurs D eller motsvarande. Du är "
                "inskriven på Jobbtorg Stockholm eller Arbetsförmedlingen."
            ),
            "occupation": "Bussförare",
            "easy_summary": "",
        },
        "en": {
            "title": "Job track: bus driver in public transport",
            "summary": (
                "Get a bus licence and the certificate of professional competence, and prepare "
                "for a job as a bus driver in Stockholm public transport."
            ),
            "body": (
                "Public transport in Stockholm needs many new bus drivers. In this job track "
                "(*jobbspår*) Jobbtorg Stockholm and Arbetsförmedlingen work with bus companies "
                "that operate Stockholm services and want to hire.\n\n"
                "During the training you get a bus licence (category D) and the certificate of "
                "professional competence (*YKB*). You learn to drive safely and economically in "
                "city traffic, the rules on driving and rest times, customer service and how to "
                "handle difficult situations on board. The last part takes place at the bus "
                "company, with an experienced driver as your supervisor.\n\n"
                "Those who complete the training and pass the tests can be offered a job as a "
                "bus driver."
            ),
            "prerequisites": (
                "A category B driving licence. A pass in sfi course D or equivalent. You are "
                "registered with Jobbtorg Stockholm or Arbetsförmedlingen."
            ),
            "occupation": "Bus driver",
            "easy_summary": "",
        },
    },
    {
        "slug": "jobbspar-fastighetsservice",
        "kind": "jobbspar",
        "status": "published",
        "field": "handel-och-service",
        "provider": "Jobbtorg Stockholm",
        "district": "skarholmen",
        "address": "Skärholmsgången 8, Skärholmen",
        "format": "klassrum",
        "pace": 100,
        "length_weeks": 8,
        "swedish_level": "SFI_C",
        "schooling_years": None,
        "outcome": None,
        "apply_url": None,
        "employers": ["Allmännyttiga bostadsbolag i Stockholm"],
        "next_step": None,
        "intakes": [
            {"starts_in_weeks": 6, "application_weeks": 6, "seats": 12},
            {"starts_in_weeks": 26, "application_weeks": 6, "seats": 12},
        ],
        "sv": {
            "title": "Jobbspår: fastighetsservice",
            "summary": (
                "Kort utbildning och praktik hos ett bostadsbolag – skötsel av gårdar, trapphus "
                "och enklare underhåll."
            ),
            "body": (
                "Bostadsbolagen behöver personal som håller rent och snyggt i och kring husen. I "
                "det här jobbspåret, framtaget tillsammans med allmännyttiga bostadsbolag i "
                "Stockholm, lär du dig grunderna i fastighetsservice.\n\n"
                "Du lär dig att sköta gårdar och grönytor, städa trapphus och tvättstugor, "
                "sortera avfall, göra enkla reparationer och ta hand om felanmälningar. Du tränar "
                "också på att prata med hyresgäster och att arbeta säkert med maskiner och "
                "kemikalier. Efter några veckor i utbildning gör du praktik hos ett "
                "bostadsbolag.\n\n"
                "Den som klarar jobbspåret kan erbjudas anställning, ofta först som "
                "visstidsanställd."
            ),
            "prerequisites": (
                "Svenska motsvarande sfi kurs C. Du är inskriven på Jobbtorg Stockholm eller "
                "Arbetsförmedlingen."
            ),
            "occupation": "Fastighetsskötare",
            "easy_summary": "",
        },
        "en": {
            "title": "Job track: property maintenance",
            "summary": (
                "Short training and a placement with a housing company – looking after "
                "courtyards, stairwells and simple repairs."
            ),
            "body": (
                "Housing companies need staff who keep buildings and their surroundings clean and "
                "tidy. In this job track (*jobbspår*), designed together with Stockholm's "
                "public housing companies, you learn the basics of property maintenance.\n\n"
                "You learn to look after courtyards and green spaces, clean stairwells and "
                "laundry rooms, sort waste, do simple repairs and deal with fault reports. You "
                "also practise talking to tenants and working safely with machines and "
                "chemicals. After a few weeks of training you do a placement with a housing "
                "company.\n\n"
                "Those who complete the job track can be offered a job, often first on a "
                "fixed-term contract."
            ),
            "prerequisites": (
                "Swedish at the level of sfi course C. You are registered with Jobbtorg Stockholm "
                "or Arbetsförmedlingen."
            ),
            "occupation": "Property caretaker",
            "easy_summary": "",
        },
    },
    {
        "slug": "jobbspar-skolrestaurang",
        "kind": "jobbspar",
        "status": "published",
        "field": "restaurang-och-livsmedel",
        "provider": "Jobbtorg Stockholm",
        "district": "bromma",
        "address": "Brommaplan 4, Bromma",
        "format": "klassrum",
        "pace": 100,
        "length_weeks": 8,
        "swedish_level": "SFI_C",
        "schooling_years": None,
        "outcome": None,
        "apply_url": None,
        "employers": ["Skolrestauranger i Stockholms stad"],
        "next_step": "kombinationsutbildning-kock-skarholmen",
        "intakes": [
            {"starts_in_weeks": 3, "application_weeks": 5, "seats": 12},
            {"starts_in_weeks": 33, "application_weeks": 5, "seats": 12},
        ],
        "sv": {
            "title": "Jobbspår: skolrestaurang",
            "summary": (
                "Lär dig arbeta i ett storkök som lagar lunch åt hundratals elever varje dag."
            ),
            "body": (
                "Skolrestaurangerna i Stockholms stad lagar mat till många barn och unga varje "
                "dag och behöver fler medarbetare. Jobbspåret är framtaget tillsammans med "
                "skolrestauranger i staden.\n\n"
                "Du lär dig grunderna i storkök: hygien och egenkontroll, specialkost och "
                "allergier, hur man förbereder och serverar mat i stora mängder, disk och "
                "rengöring samt hur man minskar matsvinn. Efter en kort utbildning gör du "
                "praktik i en skolrestaurang, där du arbetar tillsammans med kockar och "
                "restaurangbiträden.\n\n"
                "Efter jobbspåret kan du erbjudas anställning som restaurangbiträde. Vill du "
                "utvecklas vidare kan du söka kombinationsutbildningen till kock."
            ),
            "prerequisites": (
                "Svenska motsvarande sfi kurs C. Du är inskriven på Jobbtorg Stockholm eller "
                "Arbetsförmedlingen."
            ),
            "occupation": "Restaurangbiträde",
            "easy_summary": "",
        },
        "en": {
            "title": "Job track: school canteen",
            "summary": (
                "Learn to work in a large kitchen that cooks lunch for hundreds of pupils every "
                "day."
            ),
            "body": (
                "The City of Stockholm's school canteens cook for many children and young people "
                "every day and need more staff. This job track (*jobbspår*) was designed together "
                "with school canteens in the city.\n\n"
                "You learn the basics of a large kitchen: hygiene and food-safety checks, special "
                "diets and allergies, preparing and serving food in large quantities, washing up "
                "and cleaning, and reducing food waste. After a short training you do a placement "
                "in a school canteen, working alongside cooks and kitchen assistants.\n\n"
                "After the job track you can be offered a job as a kitchen assistant. If you want "
                "to develop further, you can apply for the combined programme for cooks."
            ),
            "prerequisites": (
                "Swedish at the level of sfi course C. You are registered with Jobbtorg Stockholm "
                "or Arbetsförmedlingen."
            ),
            "occupation": "Kitchen assistant",
            "easy_summary": "",
        },
    },
    # ------------------------------------------------------------ yrkeshögskola (the city's own)
    {
        "slug": "yh-apotekstekniker",
        "kind": "yrkeshogskola",
        "status": "published",
        "field": "vard-och-omsorg",
        "provider": "Stockholms stads yrkeshögskola",
        "district": "sodermalm",
        "address": "Hornsgatan 80, Södermalm",
        "format": "hybrid",
        "pace": 100,
        "length_weeks": 60,
        "swedish_level": "SVA_GYMNASIAL",
        "schooling_years": None,
        "outcome": {
            "share": 90,
            "months": 6,
            "year": 2022,
            "is_target": True,
            "source": "budget2022",
        },
        "apply_url": None,
        "employers": [],
        "next_step": None,
        "intakes": [
            {"starts_in_weeks": 20, "application_weeks": 14, "seats": 35},
        ],
        "sv": {
            "title": "Apotekstekniker – yrkeshögskola",
            "summary": (
                "Ge råd om läkemedel och egenvård och arbeta på apotek – en eftergymnasial "
                "utbildning med praktik."
            ),
            "body": (
                "Som apotekstekniker hjälper du kunder att hitta rätt receptfria läkemedel och "
                "egenvårdsprodukter, tar hand om läkemedel på ett säkert sätt och arbetar med "
                "beställningar och lager. Du kan arbeta på öppenvårdsapotek, på sjukhusapotek "
                "eller inom läkemedelsindustrin och partihandeln.\n\n"
                "Stockholms stad drev 17 yrkeshögskoleutbildningar i egen regi år 2022, bland dem "
                "apotekstekniker (Arbetsmarknadsnämndens budget 2022). Du läser bland annat "
                "farmakologi, sjukdomslära, läkemedelshantering, lagstiftning och "
                "kundbemötande. En del av utbildningen är lärande i arbete (LIA) "
                "på ett apotek, där du möter kunder under handledning. De flesta som går stadens "
                "yrkeshögskoleutbildningar får jobb i branschen, inte sällan där de gjorde sin "
                "LIA.\n\n"
                "Teorin kan du följa på plats eller via video. Yrkeshögskolan är avgiftsfri och "
                "ger rätt till studiemedel från CSN."
            ),
            "prerequisites": (
                "Grundläggande behörighet till yrkeshögskolan, till exempel en gymnasieexamen "
                "eller godkända kurser i svenska eller svenska som andraspråk 1–3 och engelska 5, "
                "samt de särskilda förkunskaper som utbildningen kräver."
            ),
            "occupation": "Apotekstekniker",
            "easy_summary": (
                "Här utbildar du dig till apotekstekniker. Du lär dig om mediciner. Du arbetar "
                "sedan på ett apotek. Du behöver kunna svenska bra."
            ),
        },
        "en": {
            "title": "Pharmacy technician – higher vocational education",
            "summary": (
                "Advise on medicines and self-care and work in a pharmacy – a post-secondary "
                "programme with workplace learning."
            ),
            "body": (
                "As a pharmacy technician (*apotekstekniker*) you help customers find the right "
                "over-the-counter medicines and self-care products, handle medicines safely and "
                "work with orders and stock. You can work in community pharmacies, hospital "
                "pharmacies, the pharmaceutical industry or wholesale.\n\n"
                "In 2022 the City of Stockholm ran 17 higher vocational programmes "
                "(*yrkeshögskola*) itself, pharmacy technician among them (Labour Market "
                "Committee budget 2022). Courses include pharmacology, disease, handling "
                "medicines, legislation and customer service. Part of the programme is learning "
                "at work (LIA) in a pharmacy, serving customers under supervision. Most graduates "
                "of the city's programmes find jobs in their field, often where they did their "
                "LIA.\n\n"
                "You can follow the theory on site or by video. Higher vocational education is "
                "free of charge, and you can get student finance from CSN."
            ),
            "prerequisites": (
                "General eligibility for higher vocational education, for example an "
                "upper-secondary diploma or passes in Swedish or Swedish as a second language "
                "1–3 and English 5, plus any specific entry requirements of the programme."
            ),
            "occupation": "Pharmacy technician",
            "easy_summary": "",
        },
    },
    {
        "slug": "yh-medicinsk-sekreterare",
        "kind": "yrkeshogskola",
        "status": "published",
        "field": "vard-och-omsorg",
        "provider": "Stockholms stads yrkeshögskola",
        "district": None,
        "address": None,
        "format": "distans",
        "pace": 100,
        "length_weeks": 80,
        "swedish_level": "SVA_GYMNASIAL",
        "schooling_years": None,
        "outcome": {
            "share": 90,
            "months": 6,
            "year": 2022,
            "is_target": True,
            "source": "budget2022",
        },
        "apply_url": None,
        "employers": [],
        "next_step": None,
        "intakes": [
            {"starts_in_weeks": 24, "application_weeks": 16, "seats": 40},
        ],
        "sv": {
            "title": "Medicinsk sekreterare – yrkeshögskola på distans",
            "summary": (
                "Arbeta med journaler, administration och patientkontakter i vården – en "
                "tvåårig utbildning på distans."
            ),
            "body": (
                "Medicinska sekreterare är vårdens experter på dokumentation och administration. "
                "De skriver och granskar journaler, samordnar remisser och provsvar, tar emot "
                "patienter och ser till att informationen i vården blir rätt och säker.\n\n"
                "Utbildningen drivs av Stockholms stads yrkeshögskola. Du läser medicinsk "
                "terminologi, sjukdomslära, journalföring och språkgranskning, vårdens "
                "lagstiftning och informationssäkerhet. Teorin studerar du på distans med "
                "lärarledda lektioner via video. Under lärande i arbete (LIA) är du ute på en "
                "vårdenhet, till exempel på ett sjukhus eller en vårdcentral.\n\n"
                "Yrket kräver mycket god svenska i skrift, så du bör ha klarat svenska eller "
                "svenska som andraspråk på gymnasial nivå med goda resultat."
            ),
            "prerequisites": (
                "Grundläggande behörighet till yrkeshögskolan, till exempel en gymnasieexamen "
                "eller godkända kurser i svenska eller svenska som andraspråk 1–3 och engelska 5. "
                "Dator och internet."
            ),
            "occupation": "Medicinsk sekreterare",
            "easy_summary": (
                "Här utbildar du dig till medicinsk sekreterare. Du skriver och ordnar papper i "
                "vården. Du studerar hemma via datorn. Du behöver kunna svenska mycket bra."
            ),
        },
        "en": {
            "title": "Medical secretary – higher vocational education, online",
            "summary": (
                "Work with medical records, administration and patient contact in health care – "
                "a two-year programme studied online."
            ),
            "body": (
                "Medical secretaries are health care's experts in records and administration. "
                "They write and check medical records, coordinate referrals and test results, "
                "receive patients and make sure information in care is correct and secure.\n\n"
                "The programme is run by the City of Stockholm's own higher vocational school "
                "(*yrkeshögskola*). You study medical terminology, disease, record-keeping and "
                "language review, health-care law and information security. You study the theory "
                "online with live lessons on video. During learning at work (LIA) you are placed "
                "in a care unit, such as a hospital or health centre.\n\n"
                "The job needs very good written Swedish, so you should have done well in "
                "Swedish or Swedish as a second language at upper-secondary level."
            ),
            "prerequisites": (
                "General eligibility for higher vocational education, for example an "
                "upper-secondary diploma or passes in Swedish or Swedish as a second language "
                "1–3 and English 5. A computer and internet."
            ),
            "occupation": "Medical secretary",
            "easy_summary": "",
        },
    },
    {
        "slug": "yh-offentlig-upphandlare",
        "kind": "yrkeshogskola",
        "status": "published",
        "field": "kontor-och-ekonomi",
        "provider": "Stockholms stads yrkeshögskola",
        "district": "kungsholmen",
        "address": "Lindhagensgatan 30, Kungsholmen",
        "format": "hybrid",
        "pace": 100,
        "length_weeks": 60,
        "swedish_level": "SVA_GYMNASIAL",
        "schooling_years": None,
        "outcome": {
            "share": 90,
            "months": 6,
            "year": 2022,
            "is_target": True,
            "source": "budget2022",
        },
        "apply_url": None,
        "employers": [],
        "next_step": None,
        "intakes": [
            {"starts_in_weeks": 26, "application_weeks": 14, "seats": 35},
        ],
        "sv": {
            "title": "Offentlig upphandlare – yrkeshögskola",
            "summary": (
                "Lär dig köpa in varor och tjänster åt kommuner, regioner och myndigheter – "
                "enligt lagen och med krav på hållbarhet."
            ),
            "body": (
                "Offentliga organisationer köper varor och tjänster för stora belopp varje år, "
                "och allt ska göras enligt lagen om offentlig upphandling. Upphandlare "
                "planerar inköpen, skriver förfrågningsunderlag, utvärderar anbud och följer upp "
                "avtalen.\n\n"
                "Utbildningen är en av yrkeshögskoleutbildningarna i Stockholms stads egen regi. "
                "Du läser upphandlingsjuridik, avtalsrätt, inköpsprocesser, ekonomi och "
                "analys. Du lär dig också att ställa krav på miljö, klimat och arbetsvillkor, "
                "till exempel krav som ger arbete åt personer som står långt från "
                "arbetsmarknaden.\n\n"
                "Under lärande i arbete (LIA) är du på en upphandlingsenhet i en kommun, region "
                "eller myndighet. Teorin följer du på Kungsholmen eller via video."
            ),
            "prerequisites": (
                "Grundläggande behörighet till yrkeshögskolan, till exempel en gymnasieexamen "
                "eller godkända kurser i svenska eller svenska som andraspråk 1–3 och engelska 5, "
                "samt de särskilda förkunskaper som utbildningen kräver."
            ),
            "occupation": "Offentlig upphandlare",
            "easy_summary": "",
        },
        "en": {
            "title": "Public procurement officer – higher vocational education",
            "summary": (
                "Learn to buy goods and services for municipalities, regions and government "
                "agencies – by the law and with sustainability requirements."
            ),
            "body": (
                "Public organisations buy goods and services worth large sums every year, and "
                "everything must follow the Public Procurement Act. Procurement officers plan "
                "purchases, write tender documents, evaluate bids and follow up contracts.\n\n"
                "This is one of the higher vocational programmes (*yrkeshögskola*) the City of "
                "Stockholm runs itself. You study procurement law, contract law, purchasing "
                "processes, finance and analysis. You also learn to set requirements on the "
                "environment, the climate and working conditions, such as requirements that "
                "create jobs for people far from the labour market.\n\n"
                "During learning at work (LIA) you join a procurement unit at a municipality, "
                "region or agency. You follow the theory on Kungsholmen or by video."
            ),
            "prerequisites": (
                "General eligibility for higher vocational education, for example an "
                "upper-secondary diploma or passes in Swedish or Swedish as a second language "
                "1–3 and English 5, plus any specific entry requirements of the programme."
            ),
            "occupation": "Public procurement officer",
            "easy_summary": "",
        },
    },
    {
        "slug": "yh-offentlig-upphandlare-klimat",
        "kind": "yrkeshogskola",
        "status": "draft",
        "field": "kontor-och-ekonomi",
        "provider": "Stockholms stads yrkeshögskola",
        "district": None,
        "address": None,
        "format": "distans",
        "pace": 100,
        "length_weeks": 60,
        "swedish_level": "SVA_GYMNASIAL",
        "schooling_years": None,
        "outcome": {
            "share": 90,
            "months": 6,
            "year": 2022,
            "is_target": True,
            "source": "budget2022",
        },
        "apply_url": None,
        "employers": [],
        "next_step": None,
        "intakes": [],
        "sv": {
            "title": "Offentlig upphandlare med klimatspecialisering (ansökt)",
            "summary": (
                "Upphandlare som kan använda inköpen för att nå klimatmålen – en ny "
                "yrkeshögskoleutbildning som staden har ansökt om."
            ),
            "body": (
                "Utkast – publiceras först om Myndigheten för yrkeshögskolan beviljar "
                "utbildningen.\n\n"
                "Upphandling har stor betydelse för stadens samlade miljöpåverkan. För att nå "
                "klimatmålen behövs upphandlare som kan ställa och följa upp klimatkrav på allt "
                "från byggprojekt till livsmedel och transporter. Arbetsmarknadsnämnden har "
                "därför tagit fram en utbildningsplan och ansökt om att få driva utbildningen "
                "offentlig upphandlare med klimatspecialisering.\n\n"
                "Utbildningen är tänkt att ge samma grund som den ordinarie "
                "upphandlarutbildningen – juridik, avtal och inköpsprocesser – med fördjupning i "
                "klimatberäkningar, livscykelperspektiv och cirkulära inköp. Om utbildningen "
                "beviljas kan delar av den också bli kortare kurser för stadens egna upphandlare."
            ),
            "prerequisites": (
                "Grundläggande behörighet till yrkeshögskolan, till exempel en gymnasieexamen "
                "eller godkända kurser i svenska eller svenska som andraspråk 1–3 och engelska 5."
            ),
            "occupation": "Offentlig upphandlare med klimatkompetens",
            "easy_summary": "",
        },
        "en": {
            "title": "Public procurement officer with climate specialisation (applied for)",
            "summary": (
                "Procurement officers who can use purchasing to reach climate targets – a new "
                "higher vocational programme the city has applied to run."
            ),
            "body": (
                "Draft – to be published only if the Swedish National Agency for Higher "
                "Vocational Education approves the programme.\n\n"
                "Procurement has a big effect on the city's total environmental impact. To meet "
                "the climate targets, the city needs procurement officers who can set and follow "
                "up climate requirements on everything from construction to food and transport. "
                "The Labour Market Committee has therefore drawn up a programme plan and applied "
                "to run a programme for public procurement officers with a climate "
                "specialisation.\n\n"
                "It is meant to give the same foundation as the regular procurement programme – "
                "law, contracts and purchasing processes – with added depth in climate "
                "calculations, life-cycle thinking and circular purchasing. If approved, parts of "
                "it could also become shorter courses for the city's own procurement staff."
            ),
            "prerequisites": (
                "General eligibility for higher vocational education, for example an "
                "upper-secondary diploma or passes in Swedish or Swedish as a second language "
                "1–3 and English 5."
            ),
            "occupation": "Public procurement officer with climate expertise",
            "easy_summary": "",
        },
    },
    {
        "slug": "yh-it-tech-kista",
        "kind": "yrkeshogskola",
        "status": "published",
        "field": "it",
        "provider": "Stockholms stads yrkeshögskola",
        "district": "rinkeby-kista",
        "address": "Kista allé 4, Kista",
        "format": "klassrum",
        "pace": 100,
        "length_weeks": 80,
        "swedish_level": "SVA_GYMNASIAL",
        "schooling_years": None,
        "outcome": {
            "share": 90,
            "months": 6,
            "year": 2022,
            "is_target": True,
            "source": "budget2022",
        },
        "apply_url": None,
        "employers": [],
        "next_step": None,
        "intakes": [
            {"starts_in_weeks": 30, "application_weeks": 16, "seats": 30},
        ],
        "sv": {
            "title": "IT-tekniker – yrkeshögskola inom IT/Tech i Kista",
            "summary": (
                "Installera, driva och supporta IT-system i organisationer – en utbildning där "
                "Stockholm har stort behov av arbetskraft."
            ),
            "body": (
                "Stockholm har stort behov av personer med IT-kompetens, och staden har därför "
                "tagit fram nya yrkeshögskoleutbildningar inom IT/Tech. Den här utbildningen ges "
                "i Kista, ett av regionens stora IT-områden.\n\n"
                "Du lär dig att installera och konfigurera datorer, servrar och nätverk, att "
                "arbeta med molntjänster och IT-säkerhet och att ge användarsupport på ett "
                "pedagogiskt sätt. Du tränar också på att dokumentera, arbeta i projekt och lösa "
                "problem i team. Undervisningen är praktisk, med labbar och verkliga fall.\n\n"
                "Under lärande i arbete (LIA) är du på en IT-avdelning hos en arbetsgivare, "
                "privat eller offentlig. Utbildningen är avgiftsfri och ger rätt till studiemedel "
                "från CSN."
            ),
            "prerequisites": (
                "Grundläggande behörighet till yrkeshögskolan, till exempel en gymnasieexamen "
                "eller godkända kurser i svenska eller svenska som andraspråk 1–3 och engelska 5, "
                "samt de särskilda förkunskaper som utbildningen kräver."
            ),
            "occupation": "IT-tekniker",
            "easy_summary": "",
        },
        "en": {
            "title": "IT technician – higher vocational education in IT/Tech, Kista",
            "summary": (
                "Install, run and support IT systems in organisations – a field where Stockholm "
                "needs many more people."
            ),
            "body": (
                "Stockholm has a great need for people with IT skills, so the city has developed "
                "new higher vocational programmes (*yrkeshögskola*) in IT/Tech. This one is "
                "taught in Kista, one of the region's major IT hubs.\n\n"
                "You learn to install and configure computers, servers and networks, work with "
                "cloud services and IT security, and give user support in a clear, helpful way. "
                "You also practise documentation, project work and solving problems in a team. "
                "Teaching is practical, with labs and real cases.\n\n"
                "During learning at work (LIA) you join the IT department of an employer, private "
                "or public. The programme is free of charge, and you can get student finance from "
                "CSN."
            ),
            "prerequisites": (
                "General eligibility for higher vocational education, for example an "
                "upper-secondary diploma or passes in Swedish or Swedish as a second language "
                "1–3 and English 5, plus any specific entry requirements of the programme."
            ),
            "occupation": "IT technician",
            "easy_summary": "",
        },
    },
]
