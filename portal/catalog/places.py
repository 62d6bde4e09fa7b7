"""District and area names in the reader's language.

Districts are Swedish proper names; readers of Arabic, Persian, Tigrinya and Ukrainian get them
in their own script from the catalogues (msgctxt "district"), everyone else as written.
"""

from flask_babel import pgettext


def _names() -> dict[str, str]:
    # Listed out so that the message extractor sees each name.
    return {
        "Järva": pgettext("district", "Järva"),
        "Rinkeby-Kista": pgettext("district", "Rinkeby-Kista"),
        "Spånga-Tensta": pgettext("district", "Spånga-Tensta"),
        "Hässelby-Vällingby": pgettext("district", "Hässelby-Vällingby"),
        "Bromma": pgettext("district", "Bromma"),
        "Skärholmen": pgettext("district", "Skärholmen"),
        "Hägersten-Älvsjö": pgettext("district", "Hägersten-Älvsjö"),
        "Enskede-Årsta-Vantör": pgettext("district", "Enskede-Årsta-Vantör"),
        "Farsta": pgettext("district", "Farsta"),
        "Skarpnäck": pgettext("district", "Skarpnäck"),
        "Södermalm": pgettext("district", "Södermalm"),
        "Kungsholmen": pgettext("district", "Kungsholmen"),
        "Norra innerstaden": pgettext("district", "Norra innerstaden"),
    }


def place_name(name: str) -> str:
    """`name` (a district's or area's Swedish name) as the reader's language writes it."""
    return _names().get(name, name)
