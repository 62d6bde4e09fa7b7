import hashlib
import hmac

from flask import current_app, request, url_for

from portal.contact import bp, changes, service, tokens
from portal.contact.changes import SignUp
from portal.contact.forms import LAST_STEP, ManageLinkForm, SignupForm
from portal.contact.texts import fingerprint
from portal.extensions import csrf, limiter
from portal.htmx import redirect_to, render
from portal.i18n import current_locale, swedish_only
from portal.models.contact import Purpose
from portal.recruitment import interest

# Limits count per client address in the limiter's storage (Redis in production), never logged.
SIGNUP_LIMIT = "10/hour"
MANAGE_LINK_LIMIT = "5/hour"
# And per e-mail address, whichever clients the requests come from: each one mails that inbox.
ADDRESS_LIMIT = "5/hour;20/day"


def address_key() -> str:
    """A keyed hash of the address a form names: the limiter's storage never holds the address."""
    field = "epost-email" if "epost-email" in request.form else "email"
    address = service.normalise_email(request.form.get(field, ""))
    key = current_app.config["SECRET_KEY"].encode()
    return "address:" + hmac.new(key, address.encode(), hashlib.sha256).hexdigest()[:32]


def _not_final_step() -> bool:
    return request.form.get("step") != str(LAST_STEP) or request.form.get("action") == "back"


@bp.after_request
def never_cache(response):
    response.headers["Cache-Control"] = "no-store"  # pages here may show personal data
    return response


def _step(form: SignupForm, step: int, status: int = 200, wording_changed: bool = False):
    return render(
        "contact/start.html",
        block="signup",
        form=form,
        step=step,
        status=status,
        wording_changed=wording_changed,
    )


@bp.get("")
def start():
    form = SignupForm(language=current_locale(), wording=fingerprint(current_locale()))
    # From "I'm interested" on a recruitment day: its purpose ticked, the day remembered.
    wanted = request.args.get("syfte", "")
    if wanted in {p.value for p in Purpose}:
        form[f"purpose_{wanted}"].data = True
    if interest.exists(request.args.get("traff", "")):
        form.recruitment_day.data = request.args["traff"]
    return _step(form, 1)


@bp.post("")
@limiter.limit("60/hour")
@limiter.limit(SIGNUP_LIMIT, exempt_when=_not_final_step)
@limiter.limit(ADDRESS_LIMIT, key_func=address_key, exempt_when=_not_final_step)
def signup():
    form = SignupForm()
    step, locale = form.current_step, current_locale()
    if request.form.get("action") == "back":
        return _step(form, max(step - 1, 1))
    if form.wording.data != fingerprint(locale):  # the consent wording changed meanwhile
        form.wording.data = fingerprint(locale)
        return _step(form, 2, status=422, wording_changed=True)
    if not form.validate_steps(step):
        return _step(form, step, status=422)
    if step < LAST_STEP:
        return _step(form, step + 1)
    changes.sign_up(
        SignUp(
            email=form.email.data,
            purposes=form.purposes(),
            locale=locale,
            language=form.language.data,
            background=form.background.data,
            interests=form.interests.data or [],
            districts=form.districts.data or [],
            name=form.name.data or None,
            phone=form.phone.data or None,
            recruitment_day=form.recruitment_day.data,
        )
    )
    return redirect_to(url_for(".thanks"))


@bp.get("/lattlast")
def easy():
    """Easy-to-read Swedish about the contact opt-in (a Swedish content variant)."""
    swedish_only()
    return render("easy/contact.html")


@bp.get("/tack")
def thanks():
    return render("contact/thanks.html")


@bp.route("/bekrafta/<token>", methods=["GET", "POST"])
def confirm(token: str):
    """The link names one change request: the page shows what it would do; the button does it."""
    data, contact = contact_from("confirm", token)
    change = changes.find_change(contact, data and data.get("change"))
    if change is None:
        return render("contact/link_invalid.html", status=404)
    if request.method == "POST":
        done = changes.confirm(change)
        manage_token = tokens.make("manage", contact.public_id)
        klart = {"consents": "bekraftat", "details": "uppgifter"}.get(done or "")
        return redirect_to(url_for(".manage", token=manage_token, klart=klart))
    return render(
        "contact/confirm.html",
        contact=contact,
        preview=changes.preview(change),
        email_taken=changes.email_taken(change),
    )


@bp.route("/hantera", methods=["GET", "POST"])
@limiter.limit(MANAGE_LINK_LIMIT, methods=["POST"])
@limiter.limit(ADDRESS_LIMIT, key_func=address_key, methods=["POST"])
def manage_request():
    form = ManageLinkForm()
    if form.validate_on_submit():
        service.request_manage_link(form.email.data)
        return redirect_to(url_for(".manage_requested"))
    status = 422 if request.method == "POST" else 200
    return render("contact/manage_request.html", block="manage_form", form=form, status=status)


@bp.get("/hantera/skickat")
def manage_requested():
    return render("contact/manage_requested.html")


def contact_from(kind: str, token: str):
    data = tokens.read(kind, token)
    return data, service.find_contact(data["p"] if data else None)


@bp.route("/aterkalla/<token>", methods=["GET", "POST"])
def withdraw(token: str):
    """From a link in any e-mail, or the manage page: one click to come here, one to confirm."""
    data, contact = contact_from("withdraw", token)
    if contact is None:
        if data is not None:  # a valid link whose person is already deleted: nothing to do
            return render("contact/withdrawn.html", everything=True)
        return render("contact/link_invalid.html", status=404)
    purposes = _purposes_in(data)
    if request.method == "POST":
        deleted = service.withdraw(contact, purposes)
        return redirect_to(url_for(".withdrawn", alla="1" if deleted else "0"))
    return render(
        "contact/withdraw.html",
        contact=contact,
        purposes=purposes,
        everything=set(purposes) >= set(service.active_purposes(contact)),
    )


@bp.post("/avregistrera/<token>")
@csrf.exempt  # RFC 8058 one-click unsubscribe from the mail client; the signed token authorises
def unsubscribe(token: str):
    data, contact = contact_from("withdraw", token)
    if contact is not None:
        service.withdraw(contact, _purposes_in(data))
    return "", 204


@bp.get("/aterkallat")
def withdrawn():
    return render("contact/withdrawn.html", everything=request.args.get("alla") == "1")


@bp.route("/fornya/<token>", methods=["GET", "POST"])
def renew(token: str):
    data, contact = contact_from("renew", token)
    if contact is None:
        return render("contact/link_invalid.html", status=404)
    if request.method == "POST":
        service.renew(contact, data.get("purposes", []))
        return redirect_to(url_for(".manage", token=tokens.make("manage", contact.public_id)))
    return render("contact/renew.html", contact=contact, purposes=data.get("purposes", []))


def _purposes_in(data: dict) -> list[str]:
    purposes = data.get("purposes", "all")
    return service.ALL_PURPOSES if purposes == "all" else [purposes]
