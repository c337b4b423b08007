"""The one settings module. Every deployment difference is an environment variable.

With no variables set the portal runs embedded: SQLite and a Celery broker on the file system,
so `make run` needs no servers. Production sets DATABASE_URL (Postgres) and REDIS_URL (Redis).
"""

import datetime
import os
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.getenv("VAR_DIR", BASE_DIR / "var"))


def envbool(name: str, default: str) -> bool:
    return os.getenv(name, default).strip().lower() in {"1", "true", "yes", "on"}


def envint(name: str, default: int) -> int:
    value = os.getenv(name, str(default))
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}.") from None


def envlist(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.getenv(name, default).split(",") if item.strip()]


# Off unless the environment turns it on (`make run` does): a forgotten variable must never
# leave a production portal showing tracebacks.
DEBUG = envbool("DEBUG", "False")
_DEV_SECRET = "dev-only-insecure-secret-key-do-not-use-in-production"  # noqa: S105
SECRET_KEY = os.getenv("SECRET_KEY", _DEV_SECRET)
if not DEBUG and SECRET_KEY == _DEV_SECRET:
    raise ImproperlyConfigured("Set SECRET_KEY when DEBUG is off.")
ALLOWED_HOSTS = envlist("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = envlist("CSRF_TRUSTED_ORIGINS", "")
SITE_URL = os.getenv("SITE_URL", "http://127.0.0.1:8000")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "crispy_forms",
    "import_export",
    "simple_history",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "core",
    "nhsuk_forms",
    "accounts",
    "audit",
    "stakeholders",
    "campaigns",
    "engagement",
    "media_desk",
    "reporting",
    "demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Every page needs a login unless its view says otherwise (`login_not_required`): the
    # public "you said, we did" pages, /healthz and the login and password-reset pages.
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    # request.user.is_verified(): has this session passed the second factor?
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # After the messages: it leaves one for the login page when it signs an idle user out.
    "core.middleware.IdleTimeoutMiddleware",
    "core.middleware.NoStoreForSignedInMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "accounts.middleware.ScopeMiddleware",
    # Records request.user as the author of every audited change.
    "simple_history.middleware.HistoryRequestMiddleware",
    # Every page, the admin included, waits for the second factor (accounts/security/).
    "accounts.security.middleware.TwoFactorMiddleware",
    # Last, as django-axes asks: turns a locked-out sign-in into the locked-out page.
    "axes.middleware.AxesMiddleware",
]

if not DEBUG:
    # Production serves the collected static files itself; runserver and tests use the finders.
    MIDDLEWARE.insert(1, "whitenoise.middleware.WhiteNoiseMiddleware")

ROOT_URLCONF = "ccgcomms.urls"
WSGI_APPLICATION = "ccgcomms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "accounts.context_processors.scope",
                "core.navigation.nav_items",
            ],
        },
    },
]

if not os.getenv("DATABASE_URL") or not os.getenv("REDIS_URL"):
    # The embedded run keeps its database and broker files here; a fresh clone has no var/ yet.
    for folder in ("", "celery-queue", "celery-processed", "celery-control"):
        (VAR_DIR / folder).mkdir(parents=True, exist_ok=True)

DATABASES = {
    "default": dj_database_url.parse(
        os.getenv("DATABASE_URL", f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
        conn_max_age=envint("DB_CONN_MAX_AGE", 60),
        # A kept connection is checked before reuse, so a restarted database costs no request.
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # Web, worker and beat share the file: wait for a lock rather than fail at once.
    DATABASES["default"]["OPTIONS"] = {"timeout": 20, "transaction_mode": "IMMEDIATE"}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    # First: refuses any sign-in (portal or admin) while the account or address is locked out.
    "axes.backends.AxesStandaloneBackend",
    "accounts.backends.MembershipBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [
    BASE_DIR / "static",
    # Installed by `npm ci` in the set-up step, never committed.
    ("nhsuk", BASE_DIR / "node_modules" / "nhsuk-frontend" / "dist" / "nhsuk"),
]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
MEDIA_ROOT = VAR_DIR / "media"

CRISPY_ALLOWED_TEMPLATE_PACKS = ("nhsuk",)
CRISPY_TEMPLATE_PACK = "nhsuk"

# E-mail: console in development, SMTP when EMAIL_HOST is set.
EMAIL_HOST = os.getenv("EMAIL_HOST", "")
EMAIL_PORT = envint("EMAIL_PORT", 587)
EMAIL_HOST_USER = os.getenv("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.getenv("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = envbool("EMAIL_USE_TLS", "True")
EMAIL_BACKEND = os.getenv(
    "EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend",
)
DEFAULT_FROM_EMAIL = os.getenv("DEFAULT_FROM_EMAIL", "comms-portal@localhost")

# Celery: Redis when REDIS_URL is set, otherwise a file-system broker that needs no server.
REDIS_URL = os.getenv("REDIS_URL", "")
if REDIS_URL:
    CELERY_BROKER_URL = REDIS_URL
    CELERY_BROKER_TRANSPORT_OPTIONS = {}
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
    }
else:
    _queue_dir = VAR_DIR / "celery-queue"
    CELERY_BROKER_URL = "filesystem://"
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(_queue_dir),
        "data_folder_out": str(_queue_dir),
        "processed_folder": str(VAR_DIR / "celery-processed"),
        # Kombu's default is ./control, in the repository: everything embedded lives in var/.
        "control_folder": str(VAR_DIR / "celery-control"),
        "store_processed": False,
    }
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
CELERY_TASK_IGNORE_RESULT = True
# Every task is safe to run twice (a claim, a lock or a unique constraint decides), so a task
# whose worker died is delivered again rather than lost.
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
# Defaults for any task that sets none of its own (ccgcomms/tasks.py lists each task's limits).
CELERY_TASK_SOFT_TIME_LIMIT = envint("CELERY_TASK_SOFT_TIME_LIMIT", 5 * 60)
CELERY_TASK_TIME_LIMIT = envint("CELERY_TASK_TIME_LIMIT", 6 * 60)
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_BROKER_CONNECTION_TIMEOUT = 2
CELERY_TIMEZONE = TIME_ZONE
# Beat's record of when each job last ran; ccgcomms.beat creates its folder at start-up.
CELERY_BEAT_SCHEDULER = "ccgcomms.beat:Scheduler"
CELERY_BEAT_SCHEDULE_FILENAME = os.getenv(
    "CELERY_BEAT_SCHEDULE_FILENAME", str(VAR_DIR / "celerybeat-schedule")
)
# The web waits at most this long (seconds) for the broker when it queues a job; a job that
# could not be queued is queued by its sweep when the broker is back.
QUEUE_SEND_TIMEOUT = float(os.getenv("QUEUE_SEND_TIMEOUT", "0.3"))

# Background jobs (imports, annual reports) beat every JOB_HEARTBEAT_SECONDS while they run; the
# sweep takes a job with no beat for JOB_STALE_SECONDS as lost (its worker died), runs it
# again up to JOB_MAX_ATTEMPTS times in all, then fails it.
JOB_HEARTBEAT_SECONDS = envint("JOB_HEARTBEAT_SECONDS", 30)
JOB_STALE_SECONDS = envint("JOB_STALE_SECONDS", 5 * 60)
JOB_MAX_ATTEMPTS = envint("JOB_MAX_ATTEMPTS", 3)
# A reminder poll keeps sending until nothing is due or it has run this long (seconds).
REMINDER_RUN_BUDGET_SECONDS = envint("REMINDER_RUN_BUDGET_SECONDS", 90)

# /healthz: "stale" (status "degraded") past these ages, for a monitor to alert on.
HEALTH_WORKER_STALE_SECONDS = envint("HEALTH_WORKER_STALE_SECONDS", 90)
HEALTH_QUEUE_STALE_SECONDS = envint("HEALTH_QUEUE_STALE_SECONDS", 10 * 60)

# Secure defaults whenever DEBUG is off; each can be relaxed behind a TLS-terminating proxy.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = envbool("SECURE_SSL_REDIRECT", str(not DEBUG))
SESSION_COOKIE_SECURE = envbool("SESSION_COOKIE_SECURE", str(not DEBUG))
CSRF_COOKIE_SECURE = envbool("CSRF_COOKIE_SECURE", str(not DEBUG))
SECURE_HSTS_SECONDS = envint("SECURE_HSTS_SECONDS", 0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = envbool("SECURE_HSTS_PRELOAD", str(not DEBUG))
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = envint("SESSION_COOKIE_AGE", 8 * 60 * 60)
# Seconds without a request after which the next one signs the user out (at most a minute
# later: activity is recorded once a minute). core.middleware.IdleTimeoutMiddleware.
SESSION_IDLE_TIMEOUT = envint("SESSION_IDLE_TIMEOUT", 30 * 60)
if SESSION_IDLE_TIMEOUT < 60:
    raise ImproperlyConfigured("SESSION_IDLE_TIMEOUT is in seconds and must be at least 60.")
X_FRAME_OPTIONS = "DENY"
# Content-Security-Policy (django-csp 4): scripts, styles and everything else only from the
# portal itself, never inline, so injected markup cannot run. The one outside source is the
# NHS.UK frontend's own font host, which its stylesheet names.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF],
        "font-src": [SELF, "https://assets.nhs.uk"],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

# Sign-in protection (README, "Sign-in: lockout and two-factor").
# How many reverse proxies in front of the portal append to X-Forwarded-For; 0 means none,
# so the client address is REMOTE_ADDR and the header, which anyone can send, is ignored.
TRUSTED_PROXY_COUNT = envint("TRUSTED_PROXY_COUNT", 0)
AXES_FAILURE_LIMIT = envint("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = datetime.timedelta(minutes=envint("AXES_COOLOFF_MINUTES", 15))
# Either count locks: one account tried from anywhere, or one address trying any accounts.
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_USERNAME_FORM_FIELD = "username"
AXES_USERNAME_CALLABLE = "accounts.security.lockout.attempted_username"
AXES_CLIENT_IP_CALLABLE = "accounts.security.client_address.client_address"
AXES_LOCKOUT_CALLABLE = "accounts.security.lockout.locked_out_response"
# A right password after a typo or two starts the count again for that account and address.
AXES_RESET_ON_SUCCESS = True
# Administrators unlock from the scoped admin in accounts/admin_lockout.py, not axes' own.
AXES_ENABLE_ADMIN = False
AXES_DISABLE_ACCESS_LOG = True  # successful sign-ins are not axes' business here
# Nobody reads another user's authenticator secret or QR code in the admin, superusers included.
OTP_ADMIN_HIDE_SENSITIVE_DATA = True
AXES_VERBOSE = False
PASSWORD_RESET_LIMIT = envint("PASSWORD_RESET_LIMIT", 5)
PASSWORD_RESET_WINDOW = datetime.timedelta(minutes=envint("PASSWORD_RESET_WINDOW_MINUTES", 60))
OTP_TOTP_ISSUER = "CCG Comms Portal"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.getenv("LOG_LEVEL", "INFO")},
}

# The access log of personal data (audit app): how long entries are kept, and how many proxies
# in front of the portal append to X-Forwarded-For (0: the client connects directly).
PERSONAL_DATA_ACCESS_RETENTION_DAYS = envint("PERSONAL_DATA_ACCESS_RETENTION_DAYS", 730)
if PERSONAL_DATA_ACCESS_RETENTION_DAYS < 1:
    raise ImproperlyConfigured("PERSONAL_DATA_ACCESS_RETENTION_DAYS must be at least 1 (days).")

# The comms team's name for the portal, shown in the header.
SERVICE_NAME = "CCG Comms Portal"

# Stakeholder imports: the most one file may hold, enforced while it is read (README.md,
# "Import limits", says why these numbers). Files up to INLINE_KB (and, for .xlsx, 10 times
# that unpacked) are checked in the request for up to INLINE_SECONDS; anything bigger or
# slower goes to a Celery job, which gives up after CHECK_SECONDS.
STAKEHOLDER_IMPORT_MAX_ROWS = envint("STAKEHOLDER_IMPORT_MAX_ROWS", 100_000)
STAKEHOLDER_IMPORT_MAX_COLUMNS = envint("STAKEHOLDER_IMPORT_MAX_COLUMNS", 100)
STAKEHOLDER_IMPORT_MAX_CELL_CHARS = envint("STAKEHOLDER_IMPORT_MAX_CELL_CHARS", 5_000)
STAKEHOLDER_IMPORT_MAX_FILE_MB = envint("STAKEHOLDER_IMPORT_MAX_FILE_MB", 20)
STAKEHOLDER_IMPORT_MAX_UNPACKED_MB = envint("STAKEHOLDER_IMPORT_MAX_UNPACKED_MB", 200)
STAKEHOLDER_IMPORT_MAX_XLSX_PARTS = envint("STAKEHOLDER_IMPORT_MAX_XLSX_PARTS", 1_000)
STAKEHOLDER_IMPORT_ERRORS_LISTED = envint("STAKEHOLDER_IMPORT_ERRORS_LISTED", 100)
STAKEHOLDER_IMPORT_INLINE_KB = envint("STAKEHOLDER_IMPORT_INLINE_KB", 200)
STAKEHOLDER_IMPORT_INLINE_SECONDS = float(os.getenv("STAKEHOLDER_IMPORT_INLINE_SECONDS", "2"))
STAKEHOLDER_IMPORT_CHECK_SECONDS = float(os.getenv("STAKEHOLDER_IMPORT_CHECK_SECONDS", "900"))

# django-import-export: every CSV/XLSX download is a declared resource (core/exports.py).
# Its own formula escaping stays on as a second wall: the resources defuse every cell first
# (a leading apostrophe, OWASP), so the library's "drop a leading =" never finds one to drop.
IMPORT_EXPORT_ESCAPE_FORMULAE_ON_EXPORT = True
IMPORT_EXPORT_ESCAPE_ILLEGAL_CHARS_ON_EXPORT = True  # a control character is no 500 in XLSX
