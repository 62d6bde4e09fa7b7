from portal.catalog import bp
from portal.catalog.facts import BEMANNA_STOCKHOLM_VOLUNTEERS
from portal.htmx import render


@bp.get("/")
def start():
    return render("catalog/start.html", volunteers=BEMANNA_STOCKHOLM_VOLUNTEERS)
