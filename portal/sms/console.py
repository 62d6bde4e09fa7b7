"""Development: text messages are printed to the console, the number masked, nothing sent."""

from __future__ import annotations

import secrets

from portal.sms.gateway import mask
from portal.sms.segments import size


class ConsoleGateway:
    def send(self, to_e164: str, text: str) -> str:
        measured = size(text)
        message_id = f"console-{secrets.token_hex(6)}"
        print(  # the development console, as mail without MAIL_SERVER is printed
            f"--- SMS to {mask(to_e164)} ({measured.segments} segment(s), {measured.encoding}, "
            f"{measured.units} characters) ---\n{text}\n---"
        )
        return message_id
