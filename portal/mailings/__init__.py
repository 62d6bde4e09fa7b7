"""Mailings (utskick) to people who agreed to an e-mail purpose.

- `audience`: who may receive a mailing right now (active consent, optional narrowing).
- `content`: the message one person gets, in their language (also the preview and test send).
- `workflow`: compose, approve (never by the author), send, cancel; every step audited.
- `delivery`: outside requests, the mail worker queues each mailing's recipients in batches,
  spread out to the per-minute limit, and keeps the report from the sender's outcomes.
"""

from portal.mailings import delivery  # noqa: F401 - registers the worker's producer
