"""The page a person reaches from the link in their inbox: see, correct, withdraw, give again,
download. Every change ends on the page again with a message saying what happened."""

from __future__ import annotations

from flask import abort, jsonify, request, url_for

from portal import clock
from portal.contact import bp, changes, record, service, texts, tokens
from portal.contact.manage_forms import DetailsForm, EmailForm, GiveAgainForm
from portal.contact.routes import ADDRESS_LIMIT, address_key, contact_from
from portal.extensions import limiter
from portal.htmx import redirect_to, render
from portal.i18n import current_locale
from portal.models.contact import Purpose

# ?klart=... after a change -> the message the page announces (see manage.html).
DONE = ("bekraftat", "uppgifter", "epost", "samtycke", "aterkallat")


def _forms(contact, formdata=None) -> dict:
    now = clock.now()
    consents = {c.purpose: c for c in contact.consents}
    sms = consents.get(Purpose.SMS_REMINDERS)
    offered = [
        p for p in service.ALL_PURPOSES if not (p in consents and consents[p].is_active(now))
    ]
    details = DetailsForm(
        formdata=formdata
        if formdata is not None and request.form.get("action") == "details"
        else None,
        obj=contact,
        wants_sms=sms is not None and sms.withdrawn_at is None,
        data={"language": contact.locale},
    )
    return {
        "details_form": details,
        "email_form": EmailForm(
            formdata=formdata if request.form.get("action") == "email" else None,
            current=contact.email,
        ),
        "give_form": GiveAgainForm(
            formdata=formdata if request.form.get("action") == "give" else None,
            offered=offered,
            needs_phone=not contact.phone,
            wording=lambda p: texts.wording(p, current_locale()),
        ),
    }


@bp.route("/hantera/<token>", methods=["GET", "POST"])
@limiter.limit(
    ADDRESS_LIMIT,
    key_func=address_key,
    methods=["POST"],
    exempt_when=lambda: request.form.get("action") != "email",  # mail to a new address
)
def manage(token: str):
    _data, contact = contact_from("manage", token)
    if contact is None:
        return render("contact/link_invalid.html", status=404)
    forms = _forms(contact, request.form if request.method == "POST" else None)
    if request.method == "POST":
        done = _act(contact, forms)
        if done == "alla":
            return redirect_to(url_for(".withdrawn", alla="1"))
        if done:
            return redirect_to(url_for(".manage", token=token, klart=done))
    status = 422 if request.method == "POST" else 200
    return render(
        "contact/manage.html",
        status=status,
        contact=contact,
        token=token,
        withdraw_all_token=tokens.make("withdraw", contact.public_id, purposes="all"),
        done=request.args.get("klart") if request.args.get("klart") in DONE else None,
        **forms,
    )


def _act(contact, forms) -> str | None:
    """Carry out the posted action; the name of what was done, or None to show errors."""
    action = request.form.get("action", "")
    if action == "withdraw" and request.form.get("purpose") in service.ALL_PURPOSES:
        return "alla" if service.withdraw(contact, [request.form["purpose"]]) else "aterkallat"
    form = forms.get(
        {"details": "details_form", "email": "email_form", "give": "give_form"}.get(
            action or "", ""
        )
    )
    if form is None or not form.validate():
        return None
    if action == "details":
        service.update_details(
            contact,
            name=form.name.data,
            phone=form.phone.data if "phone" in form else contact.phone,
            interests=form.interests.data,
            districts=form.districts.data or [],
            locale=form.language.data,
        )
        return "uppgifter"
    if action == "email":
        changes.request_email_change(contact, form.email.data)
        return "epost"
    phone = form.phone.data if "phone" in form else None
    changes.give_again(contact, form.purposes.data, current_locale(), phone)
    return "samtycke"


@bp.get("/hantera/<token>/mina-uppgifter.json")
def download(token: str):
    _data, contact = contact_from("manage", token)
    if contact is None:
        abort(404)
    response = jsonify(record.export(contact))
    response.headers["Content-Disposition"] = 'attachment; filename="mina-uppgifter.json"'
    return response
