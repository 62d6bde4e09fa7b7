"""Walking the sign-up form the way a browser without JavaScript would."""

import re

from bs4 import BeautifulSoup

LINK = re.compile(r"https?://[^\s\"<>]+")


def form_fields(html: str, selector: str = "main form[method=post]") -> dict:
    """The values the form in `html` would send (hidden fields and checked boxes)."""
    soup = BeautifulSoup(html, "html.parser")
    return _values(soup.select_one("#signup form") or soup.select_one(selector))


def submit_form(client, url, html, action, **changes):
    """Post the form on a page of several whose hidden `action` is `action`, with `changes`."""
    soup = BeautifulSoup(html, "html.parser")
    marker = soup.select_one(f'main form input[name="action"][value="{action}"]')
    assert marker is not None, f"no form for {action!r}"
    data = _values(marker.find_parent("form"))
    for name, value in changes.items():
        if value is None:
            data.pop(name, None)
        else:
            data[name] = value if isinstance(value, list) else [value]
    return client.post(url, data=data)


def _values(form) -> dict:
    data: dict[str, list[str]] = {}
    for field in form.select("input"):
        kind = field.get("type", "text")
        if kind in ("checkbox", "radio") and not field.has_attr("checked"):
            continue
        if kind == "submit" or not field.get("name"):
            continue
        data.setdefault(field["name"], []).append(field.get("value", ""))
    for select in form.select("select"):
        chosen = select.select_one("option[selected]") or select.select_one("option")
        data[select["name"]] = [chosen["value"]]
    for area in form.select("textarea"):
        text = area.get_text()  # browsers drop one newline right after <textarea>
        data[area["name"]] = [text[2:] if text.startswith("\r\n") else text.removeprefix("\n")]
    return data


def submit(client, url, html, headers=None, **changes):
    """Post the form in `html` with `changes` (a list value sets several, None removes)."""
    data = form_fields(html)
    for name, value in changes.items():
        if value is None:
            data.pop(name, None)
        else:
            data[name] = value if isinstance(value, list) else [value]
    return client.post(url, data=data, headers=headers or {})


def sign_up(
    client,
    lang="sv",
    email="anna@example.org",
    purposes=("education_info",),
    phone=None,
    name="Anna",
    language=None,
    headers=None,
    districts=None,
):
    """All four steps; returns the final response (a redirect to the thank-you page).
    `districts`: the slugs ticked under "Where in Stockholm would you like to work?"."""
    url = f"/{lang}/kontakt"
    html = client.get(url).get_data(as_text=True)
    step2 = submit(
        client,
        url,
        html,
        background="bemanna_2020",
        interests=["elderly_care"],
        districts=districts,
        action="next",
        headers=headers,
    )
    chosen = {f"purpose_{p}": "y" for p in purposes}
    step3 = submit(
        client, url, step2.get_data(as_text=True), action="next", headers=headers, **chosen
    )
    fields = {"email": email, "name": name, "language": language or lang}
    if phone:
        fields["phone"] = phone
    step4 = submit(
        client, url, step3.get_data(as_text=True), action="next", headers=headers, **fields
    )
    assert step4.status_code == 200, step4.get_data(as_text=True)[:800]
    return submit(client, url, step4.get_data(as_text=True), action="next", headers=headers)


def links_in(message) -> list[str]:
    return LINK.findall(message.get_body(("plain",)).get_content())


def path_of(url: str) -> str:
    return "/" + url.split("/", 3)[3]
