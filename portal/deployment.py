"""What production needs from its surroundings, checked when the app starts or first serves.

- Compiled catalogues: without the README's `pybabel compile` step Flask-Babel silently
  serves the English source texts under /sv/; production refuses to start instead.
- Proxies: with TRUSTED_PROXIES=0 every client behind a load balancer shares the proxy's
  address, so all of them share one rate-limit bucket. The first request that carries
  X-Forwarded-For while no proxy is trusted logs a warning naming the setting.
"""

from __future__ import annotations

from pathlib import Path

from flask import Flask, request


def missing_catalogues(directories: str) -> list[str]:
    """The .po files that have no compiled .mo beside them."""
    missing = []
    for directory in directories.split(";"):
        for po in sorted(Path(directory).glob("*/LC_MESSAGES/*.po")):
            if not po.with_suffix(".mo").is_file():
                missing.append(str(po))
    return missing


def check_catalogues(app: Flask) -> None:
    missing = missing_catalogues(app.config["BABEL_TRANSLATION_DIRECTORIES"])
    if missing:
        raise RuntimeError(
            f"{len(missing)} translation catalogue(s) are not compiled (e.g. {missing[0]}). "
            "Production refuses to start: run `pybabel compile -d translations` (README, "
            "Production) before starting the portal."
        )


def warn_about_untrusted_proxies(app: Flask) -> None:
    """ProxyFix itself is set up in create_app when TRUSTED_PROXIES is above 0."""
    if app.config["TRUSTED_PROXIES"] or app.config["ENV_NAME"] != "production":
        return
    warned = False

    def warn_about_untrusted_proxy() -> None:
        nonlocal warned
        if not warned and "X-Forwarded-For" in request.headers:
            warned = True  # once per process: the setting, not the request, is the problem
            app.logger.warning(
                "Requests carry X-Forwarded-For but TRUSTED_PROXIES is 0: every client behind "
                "the proxy shares one rate-limit bucket. Set TRUSTED_PROXIES to the number of "
                "proxies in front of the portal (README, Production)."
            )

    app.before_request(warn_about_untrusted_proxy)


def init_app(app: Flask) -> None:
    if app.config["ENV_NAME"] == "production":
        check_catalogues(app)
    warn_about_untrusted_proxies(app)
