"""Settings from the environment. SQLite in BINHDANG_DATA_DIR by default; PostgreSQL with DATABASE_URL."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent
DATA_DIR = Path(os.environ.get("BINHDANG_DATA_DIR", Path.cwd() / "data"))


def _flag(name: str, default: bool = False) -> bool:
    return os.environ.get(name, str(default)).lower() in ("1", "true", "yes", "on")


DEBUG = _flag("DEBUG")
SECRET_KEY = os.environ.get("SECRET_KEY", "binhdang-dev-only-not-secret")
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver").split(",")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_htmx",
    "simple_history",
    "axes",
    "django_tasks_db",
    "binhdang.units",
    "binhdang.accounts",
    "binhdang.indicators",
    "binhdang.plans",
    "binhdang.activities",
    "binhdang.cases",
    "binhdang.reports",
    "binhdang.dashboards",
    "binhdang.frame",
    "binhdang.demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "binhdang.urls"
WSGI_APPLICATION = "binhdang.wsgi.application"
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
                "django.template.context_processors.i18n",
            ],
            "builtins": ["binhdang.frame.templatetags.numbers"],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{DATA_DIR / 'binhdang.sqlite3'}", conn_max_age=60
    )
}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # A new clone has no data folder yet; SQLite cannot create the folder of its file.
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    DATABASES["default"].setdefault("OPTIONS", {})["init_command"] = "PRAGMA journal_mode=WAL;"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = 0.25  # hours
AXES_LOCKOUT_TEMPLATE = "registration/locked.html"
AXES_RESET_ON_SUCCESS = True

LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", _("Tiếng Việt")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = ["binhdang.formats"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = DATA_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_ROOT = DATA_DIR / "media"  # evidence files; served only through views that check access

# Reminders and other background work: Django's tasks framework, stored in the database, run by
# `binhdang db_worker`. E-mail goes to the console unless EMAIL_BACKEND (and EMAIL_HOST...) say otherwise.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
_MAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
MAILERS: dict[str, dict] = {"default": {"BACKEND": _MAIL_BACKEND}}
if _MAIL_BACKEND.endswith("smtp.EmailBackend"):
    MAILERS["default"]["OPTIONS"] = {"host": os.environ.get("EMAIL_HOST", "localhost"),
                                     "port": int(os.environ.get("EMAIL_PORT", "25"))}
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "binhdang@localhost")

SESSION_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
CSRF_FAILURE_VIEW = "binhdang.frame.views.csrf_failure"

# The case register's key ring (binhdang.cases.crypto): names, addresses and phone numbers are encrypted with
# the first key and read with any of them (rotation: put the new key first, run `binhdang case_keys_rotate`,
# then drop the old one). BINHDANG_CASE_KEYS: comma-separated Fernet keys, kept outside the database and its
# backups. BINHDANG_CASE_KEY_FILE: a file of keys, one a line, made with a new key when missing (the demo's,
# in its data folder). Without either, production (DEBUG off) refuses to start.
CASE_KEYS = [k.strip() for k in os.environ.get("BINHDANG_CASE_KEYS", "").split(",") if k.strip()]
if not CASE_KEYS and os.environ.get("BINHDANG_CASE_KEY_FILE"):
    from binhdang.cases.keyfile import keys_from_file

    CASE_KEYS = keys_from_file(Path(os.environ["BINHDANG_CASE_KEY_FILE"]), create=True)
elif not CASE_KEYS and DEBUG:
    from binhdang.cases.keyfile import keys_from_file

    CASE_KEYS = keys_from_file(DATA_DIR / "case_keys", create=True)
# The test suite and the type checker load these settings without a key; they get a fixed test key (never a
# production one: a production process has neither pytest nor mypy loaded).
TESTING = "pytest" in sys.modules or "mypy" in sys.modules
if not CASE_KEYS and TESTING:
    CASE_KEYS = ["bmotdFzYy3ykIJQbK2ZlRQJ5S0b5xoDPxgm6uC2d0wE="]
CASE_KEYS_REQUIRED = not DEBUG
# Counts of cases shown outside the commune that handles them hide numbers below this (and enough others that
# none can be worked out from the totals).
CASE_COUNT_THRESHOLD = 5
# How long a break-the-glass grant lasts, in hours.
CASE_GRANT_HOURS = 8
