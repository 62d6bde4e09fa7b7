"""Configuration classes, chosen by PORTAL_ENV, with values from the environment.

Order of precedence (last wins): class defaults, the plain environment variables below,
`FLASK_<KEY>` variables (Flask's `from_prefixed_env`), then overrides passed to `create_app`.
"""

import os
from datetime import timedelta


def _env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def _env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    return int(value) if value else default


class Config:
    ENV_NAME = "base"
    SECRET_KEY: str | None = None
    # Peppers staff password hashes and encrypts TOTP secrets. Kept apart from SECRET_KEY so
    # rotating that key never locks staff out. Required in production.
    SECURITY_PASSWORD_SALT: str | None = None
    # Relative SQLite paths resolve inside Flask's instance folder (instance/portal.db).
    SQLALCHEMY_DATABASE_URI = "sqlite:///portal.db"
    # Error messages never carry bound values (addresses, names): they reach the logs.
    SQLALCHEMY_ENGINE_OPTIONS = {"hide_parameters": True}

    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    SESSION_COOKIE_SECURE = False
    PERMANENT_SESSION_LIFETIME = timedelta(hours=8)

    WTF_CSRF_TIME_LIMIT = 8 * 3600

    # Request limits: a body over MAX_CONTENT_LENGTH (the whole editor with every language
    # fits easily) is refused with 413 before it is read; MAX_FORM_MEMORY_SIZE bounds one
    # multipart field. Text fields have their own, smaller limits (portal/forms.py).
    MAX_CONTENT_LENGTH = 1024 * 1024
    MAX_FORM_MEMORY_SIZE = 256 * 1024
    MAX_FORM_PARTS = 1000

    BABEL_DEFAULT_LOCALE = "sv"
    BABEL_DEFAULT_TIMEZONE = "Europe/Stockholm"

    RATELIMIT_STORAGE_URI = "memory://"
    # Redis down: count in this process's memory (logged) rather than answer 500, and give
    # up on Redis quickly so a hanging server does not hold requests.
    RATELIMIT_IN_MEMORY_FALLBACK_ENABLED = True
    RATELIMIT_STORAGE_OPTIONS = {"socket_connect_timeout": 1, "socket_timeout": 1}
    RATELIMIT_HEADERS_ENABLED = True

    MAIL_SERVER: str | None = None
    MAIL_PORT = 25
    MAIL_USE_TLS = False
    MAIL_USERNAME: str | None = None
    MAIL_PASSWORD: str | None = None
    MAIL_FROM = "Stockholms stad <no-reply@utbildning.stockholm.invalid>"

    # Where links in e-mails point; also used by commands that run outside a request.
    PUBLIC_BASE_URL = "http://127.0.0.1:5000"
    # Where residents report accessibility problems (shown on the accessibility statement).
    ACCESSIBILITY_EMAIL = "tillganglighet.utbildning@stockholm.se"
    # How long a consent lasts before it must be renewed (GDPR art. 5(1)(e)).
    CONSENT_MONTHS = 24
    # How long a sign-up waits for its confirmation: the confirm link's lifetime, after which
    # the purge deletes it. Pages and e-mails fill these numbers in; never write them in text.
    UNCONFIRMED_DAYS = 7
    # How long the e-mailed link to see, change or withdraw one's consent works.
    MANAGE_LINK_DAYS = 7
    # The controller of the contact register and its data-protection officer, as the privacy
    # notice, the consent receipt and the consent record name them. The DPO address is the
    # one the administration publishes on start.stockholm; the phone is the city's switchboard.
    CONTROLLER_NAME = "Arbetsmarknadsnämnden, Stockholms stad"
    CONTROLLER_PHONE = "08-508 00 508"
    CONTROLLER_WEBSITE = "https://start.stockholm/"
    CONTROLLER_PRIVACY_PAGE = (
        "https://start.stockholm/om-webbplatsen/personuppgifter-och-dataskydd/"
        "behandling-av-personuppgifter-pa-arbetsmarknadsforvaltningen/"
    )
    DPO_EMAIL = "dataskyddsombud.amf@stockholm.se"

    # Administration: Flask-Security-Too under /admin, with our templates and messages.
    ADMIN_IDLE_MINUTES = 30
    ADMIN_ABSOLUTE_HOURS = 10
    # How long the one-time link an administrator hands a new colleague stays usable.
    ADMIN_PASSWORD_LINK_HOURS = 72
    SECURITY_URL_PREFIX = "/admin"
    SECURITY_LOGIN_URL = "/login"
    SECURITY_LOGOUT_URL = "/logout"
    SECURITY_LOGOUT_METHODS = ["POST"]
    SECURITY_POST_LOGIN_VIEW = "/admin/"
    SECURITY_POST_LOGOUT_VIEW = "/admin/login"
    SECURITY_PASSWORD_HASH = "argon2"
    SECURITY_PASSWORD_LENGTH_MIN = 12
    SECURITY_PASSWORD_COMPLEXITY_CHECKER = "zxcvbn"  # refuses common and guessable passwords
    SECURITY_ZXCVBN_MINIMUM_SCORE = 3
    SECURITY_PASSWORD_CHECK_BREACHED = False  # would need a third-party service
    SECURITY_TWO_FACTOR = True
    SECURITY_TWO_FACTOR_ENABLED_METHODS = ["authenticator"]
    SECURITY_TWO_FACTOR_ALWAYS_VALIDATE = True
    SECURITY_TOTP_ISSUER = "Stockholms stad utbildningsportal"
    SECURITY_CHANGEABLE = True
    SECURITY_SEND_PASSWORD_CHANGE_EMAIL = False
    SECURITY_RETURN_GENERIC_RESPONSES = True
    SECURITY_FLASH_MESSAGES = True  # the layouts show them (admin/security_messages.py)
    SECURITY_TRACKABLE = False  # no IP addresses stored
    SECURITY_LOGIN_USER_TEMPLATE = "admin/auth/login.html"
    SECURITY_TWO_FACTOR_SETUP_TEMPLATE = "admin/auth/two_factor_setup.html"
    SECURITY_TWO_FACTOR_VERIFY_CODE_TEMPLATE = "admin/auth/two_factor_verify.html"
    SECURITY_CHANGE_PASSWORD_TEMPLATE = "admin/auth/change_password.html"
    SECURITY_VERIFY_TEMPLATE = "admin/auth/verify.html"
    SECURITY_TWO_FACTOR_SELECT_TEMPLATE = "admin/auth/two_factor_select.html"
    SECURITY_LOGOUT_USER_TEMPLATE = "admin/auth/signed_out.html"
    # A lost phone is handled by an administrator resetting two-step sign-in (users page),
    # not by e-mail: the portal sends no staff mail.
    SECURITY_TWO_FACTOR_RESCUE_EMAIL = False

    # Text messages (portal/sms/): "console" prints them (development), "http" posts them to
    # the provider's REST API (46elks-style: form fields from, to, message; basic auth).
    SMS_BACKEND = "console"
    SMS_API_URL: str | None = None  # e.g. https://api.46elks.com/a1/sms
    SMS_API_USER: str | None = None
    SMS_API_PASSWORD: str | None = None
    # Who the text is from: a name (3-11 letters/digits, no replies possible) or the
    # provider's number in E.164 (needed for replies such as STOP to reach the portal).
    SMS_SENDER = "Stockholm"
    SMS_TIMEOUT = 10  # seconds for one request to the provider
    # Longest text in SMS segments (160 GSM-7 / 70 UCS-2 characters each; see sms/segments.py).
    SMS_MAX_SEGMENTS = 2
    # Basic-auth credentials the provider uses when it posts replies to /api/v1/sms/inbound.
    # Unset: every call is refused.
    SMS_INBOUND_USER: str | None = None
    SMS_INBOUND_PASSWORD: str | None = None

    # Mailings: how many messages a minute all senders together send (the SMTP relay's limit).
    MAILING_PER_MINUTE = 120

    # How many reverse proxies in front of the app set X-Forwarded-For/-Proto (0 = none).
    TRUSTED_PROXIES = 0

    # Strict security headers are always on; HSTS only where TLS is guaranteed.
    HSTS = False


class DevelopmentConfig(Config):
    ENV_NAME = "development"
    # A fixed key is acceptable only on a developer's machine; production refuses to start without.
    SECRET_KEY = "development-only-secret-key"  # never used in production
    SECURITY_PASSWORD_SALT = "development-only-password-salt"


class TestConfig(Config):
    ENV_NAME = "testing"
    TESTING = True
    SECRET_KEY = "test-secret-key"
    SECURITY_PASSWORD_SALT = "test-password-salt"
    SQLALCHEMY_DATABASE_URI = "sqlite://"
    STRICT_TEMPLATES = True
    SMS_BACKEND = "http"  # against the sms_provider fixture's local server


class ProductionConfig(Config):
    ENV_NAME = "production"
    SESSION_COOKIE_SECURE = True
    # __Host-: the browser takes it only over HTTPS, for this host, with Path=/ (no Domain),
    # so a sibling subdomain cannot plant or overwrite the session cookie.
    SESSION_COOKIE_NAME = "__Host-session"
    HSTS = True
    SMS_BACKEND = "http"
    # A database server may restart under a long-lived worker: test connections before use.
    SQLALCHEMY_ENGINE_OPTIONS = {"pool_pre_ping": True, "hide_parameters": True}
    PREFERRED_URL_SCHEME = "https"


def from_environment(env_name: str) -> dict:
    """The plain (unprefixed) environment variables the README documents, read at app creation."""
    env = os.environ
    values: dict = {}
    if env_name == "testing":
        # The suite stays hermetic: only the database under test comes from outside.
        if env.get("TEST_DATABASE_URL"):
            values["SQLALCHEMY_DATABASE_URI"] = env["TEST_DATABASE_URL"]
        return values
    plain = [
        "SECRET_KEY",
        "RATELIMIT_STORAGE_URI",
        "MAIL_SERVER",
        "MAIL_USERNAME",
        "MAIL_PASSWORD",
        "MAIL_FROM",
        "PUBLIC_BASE_URL",
        "SECURITY_PASSWORD_SALT",
        "ACCESSIBILITY_EMAIL",
        "CONTROLLER_NAME",
        "CONTROLLER_PHONE",
        "CONTROLLER_WEBSITE",
        "CONTROLLER_PRIVACY_PAGE",
        "DPO_EMAIL",
        "SMS_BACKEND",
        "SMS_API_URL",
        "SMS_API_USER",
        "SMS_API_PASSWORD",
        "SMS_SENDER",
        "SMS_INBOUND_USER",
        "SMS_INBOUND_PASSWORD",
    ]
    for key in plain:
        if env.get(key):
            values[key] = env[key]
    if env.get("DATABASE_URL"):
        values["SQLALCHEMY_DATABASE_URI"] = env["DATABASE_URL"]
    if env.get("MAIL_PORT"):
        values["MAIL_PORT"] = _env_int("MAIL_PORT", 25)
    if env.get("TRUSTED_PROXIES"):
        values["TRUSTED_PROXIES"] = _env_int("TRUSTED_PROXIES", 0)
    if env.get("MAILING_PER_MINUTE"):
        values["MAILING_PER_MINUTE"] = _env_int("MAILING_PER_MINUTE", 120)
    if env.get("CONSENT_MONTHS"):
        values["CONSENT_MONTHS"] = _env_int("CONSENT_MONTHS", 24)
    if env.get("SMS_MAX_SEGMENTS"):
        values["SMS_MAX_SEGMENTS"] = _env_int("SMS_MAX_SEGMENTS", 2)
    if env.get("MAIL_USE_TLS") is not None:
        values["MAIL_USE_TLS"] = _env_bool("MAIL_USE_TLS")
    return values


CONFIGS = {
    "development": DevelopmentConfig,
    "testing": TestConfig,
    "production": ProductionConfig,
}


def config_class() -> type[Config]:
    name = os.environ.get("PORTAL_ENV", "development").strip().lower()
    try:
        return CONFIGS[name]
    except KeyError:
        raise RuntimeError(
            f"PORTAL_ENV={name!r} is not one of {', '.join(sorted(CONFIGS))}"
        ) from None
