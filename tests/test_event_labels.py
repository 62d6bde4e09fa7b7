"""Staff read translated labels for audit actions and revision summaries, never raw codes."""

from portal.admin.event_labels import revision_label
from tests.admin_helpers import make_user, sign_in, totp_code
from tests.helpers import page


def test_audit_log_shows_actions_as_labels_and_filters_by_code(client, session):
    admin = make_user("admin@stockholm.se", "administrator", totp=True)
    sign_in(client, "admin@stockholm.se", code=totp_code(admin))
    soup = page(client.get("/admin/logg"))
    cells = [row.select("td")[2].get_text(strip=True) for row in soup.select("tbody tr")]
    assert "Inloggad" in cells and "sign_in" not in cells
    option = soup.select_one('#audit-action option[value="sign_in"]')
    assert option.get_text(strip=True) == "Inloggad"


def test_revision_summaries_are_translated(app):
    with app.test_request_context("/admin/"):
        assert revision_label("baseline") == "Första sparade versionen"
        assert revision_label("restored revision 12") == "Återställd från version 12"
        assert revision_label("something new") == "something new"  # shown, never hidden
