"""The facts the privacy notice, the consent receipt and the consent record state: who is
responsible, how to reach them, and how long each thing is kept, all read from settings and
code, so what the portal says and what it does cannot drift apart."""

from __future__ import annotations

from dataclasses import dataclass

from flask import current_app

from portal.contact import service, tokens

# GDPR art. 6(1)(a): consent; in the DPV GDPR extension's notation.
LEGAL_BASIS = "eu-gdpr:A6-1-a"
IMY_URL = "https://www.imy.se/"


@dataclass(frozen=True)
class Controller:
    name: str
    phone: str
    website: str
    privacy_page: str
    dpo_email: str

    @property
    def phone_uri(self) -> str:
        """tel: in international form (a Swedish number: the leading 0 becomes +46)."""
        digits = "".join(ch for ch in self.phone if ch.isdigit() or ch == "+")
        return "tel:" + (digits if digits.startswith("+") else "+46" + digits.removeprefix("0"))


def controller() -> Controller:
    config = current_app.config
    return Controller(
        name=config["CONTROLLER_NAME"],
        phone=config["CONTROLLER_PHONE"],
        website=config["CONTROLLER_WEBSITE"],
        privacy_page=config["CONTROLLER_PRIVACY_PAGE"],
        dpo_email=config["DPO_EMAIL"],
    )


def retention() -> dict[str, int]:
    """Every period the notice promises, in the unit its sentence uses."""
    return {
        "consent_months": current_app.config["CONSENT_MONTHS"],
        "unconfirmed_days": current_app.config["UNCONFIRMED_DAYS"],
        "confirm_link_days": tokens.lifetime("confirm").days,
        "manage_link_days": tokens.lifetime("manage").days,
        "renewal_notice_days": service.RENEWAL_NOTICE_DAYS,
    }
