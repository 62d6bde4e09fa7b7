"""District and area names in the reader's language.

Districts are Swedish proper names; readers of Arabic, Persian, Tigrinya and Ukrainian get them
in their own script from the catalogues (msgctxt "district"), everyone else as written.
"""

from flask_babel import lazy_pgettext

# Listed out so that the message extractor sees each name; lazy, so a lookup translates the
# one name asked for (a cold search folds every name in every locale: 13 times fewer calls).
_NAMES = {
    "Järva": lazy_pgettext("district", "Järva"),
    "Rinkeby-Kista": lazy_pgettext("district", "Rinkeby-Kista"),
    "Spånga-Tensta": lazy_pgettext("district", "Spånga-Tensta"),
    "Hässelby-Vällingby": lazy_pgettext("district", "Hässelby-Vällingby"),
    "Bromma": lazy_pgettext("district", "Bromma"),
    "Skärholmen": lazy_pgettext("district", "Skärholmen"),
    "Hägersten-Älvsjö": lazy_pgettext("district", "Hägersten-Älvsjö"),
    "Enskede-Årsta-Vantör": lazy_pgettext("district", "Enskede-Årsta-Vantör"),
    "Farsta": lazy_pgettext("district", "Farsta"),
    "Skarpnäck": lazy_pgettext("district", "Skarpnäck"),
    "Södermalm": lazy_pgettext("district", "Södermalm"),
    "Kungsholmen": lazy_pgettext("district", "Kungsholmen"),
    "Norra innerstaden": lazy_pgettext("district", "Norra innerstaden"),
}


def place_name(name: str) -> str:
    """`name` (a district's or area's Swedish name) as the reader's language writes it."""
    translated = _NAMES.get(name)
    return str(translated) if translated is not None else name
