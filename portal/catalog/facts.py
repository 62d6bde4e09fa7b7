"""Figures the public pages quote, each with its source (see ../shared/seeds/README.md)."""

# Arbetsmarknadsförvaltningen, reply of 8 Dec 2020 to the motion on Stockholmers' will to
# contribute to elderly care: residents who volunteered through Bemanna Stockholm in spring 2020.
BEMANNA_STOCKHOLM_VOLUNTEERS = 1611
