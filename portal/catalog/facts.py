"""Figures the public pages quote, each with its source (see ../shared/seeds/README.md)."""

from datetime import date

# When the accessibility statement was last reviewed; update it with the statement.
STATEMENT_WRITTEN = date(2026, 11, 22)

# Arbetsmarknadsförvaltningen, reply of 8 Dec 2020 to the motion on Stockholmers' will to
# contribute to elderly care: residents who volunteered through Bemanna Stockholm in spring 2020.
BEMANNA_STOCKHOLM_VOLUNTEERS = 1611

# Vuxenutbildningscentrum: the city's study and career guidance for adults. Residents book a
# guidance conversation through Vuxenutbildning Stockholm's site, or call the city's contact
# centre, which puts them through.
GUIDANCE_URL = "https://vuxenutbildning.stockholm/"
CITY_CONTACT_PHONE = "08-508 00 508"
