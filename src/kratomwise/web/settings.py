"""Django settings for kratomwise. Everything has a safe default; no setup is required."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import django_stubs_ext
from csp.constants import NONE, SELF

from kratomwise import i18n
from kratomwise.i18n.catalogues import compiled_dir
from kratomwise.web import config

# Django's generic classes (ModelForm[User], ModelAdmin[User]) accept type arguments at run time.
django_stubs_ext.monkeypatch()

BASE_DIR = Path(__file__).resolve().parent

SECRET_KEY = config.secret_key()
DEBUG = os.environ.get("KRATOMWISE_DEBUG") == "1"
ALLOWED_HOSTS = [
    h.strip()
    for h in os.environ.get("KRATOMWISE_ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]").split(",")
]
CSRF_TRUSTED_ORIGINS = [
    o.strip() for o in os.environ.get("KRATOMWISE_CSRF_TRUSTED_ORIGINS", "").split(",") if o.strip()
]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "axes",
    "csp",
    "ninja",
    "kratomwise.web.core",
    "kratomwise.web.accounts",
    "kratomwise.web.evidence",
    "kratomwise.web.help",
    "kratomwise.web.checkins",
    "kratomwise.web.journal",
    "kratomwise.web.taper",
    "kratomwise.web.interactions",
    "kratomwise.web.law",
    "kratomwise.web.checker",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "kratomwise.web.programs",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "kratomwise.web.programs.audit.RequestIdMiddleware",
    "kratomwise.web.programs.security.ClinicianSessionMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "kratomwise.web.core.language.LanguageMiddleware",
    "kratomwise.web.core.middleware.PersonalSettingsMiddleware",
    "kratomwise.web.core.middleware.SecurityHeadersMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "kratomwise.web.urls"
WSGI_APPLICATION = "kratomwise.web.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "kratomwise.web.core.context.site",
            ],
            # Replaces Django's date filter: Buddhist-era years for those who chose them.
            "builtins": ["kratomwise.web.core.templatetags.pagelanguage"],
        },
    },
]

DATABASES = {"default": config.database()}
# People join by invitation; an installation for the public may open sign-up.
KRATOMWISE_OPEN_SIGNUP = os.environ.get("KRATOMWISE_OPEN_SIGNUP", "") == "1"
# Per-process memory cache for fragments of public pages (keyed by data version, language and
# query); bounded so that arbitrary search strings cannot grow it without limit.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "OPTIONS": {"MAX_ENTRIES": 1000},
    }
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    {"NAME": "kratomwise.web.accounts.security.UsernameNotInPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "core:today"
LOGOUT_REDIRECT_URL = "core:about"

# django-axes: lock one username from one address after repeated failures, for a short time, so
# a stranger elsewhere cannot lock the owner out. The address is the proxy-aware client address
# (KRATOMWISE_TRUSTED_PROXIES).
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = dt.timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_CLIENT_IP_CALLABLE = "kratomwise.web.accounts.security.client_ip"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"

LANGUAGE_CODE = i18n.DEFAULT_LANGUAGE
# Names in their own language (never translated): people look for their own language's name.
LANGUAGES = list(i18n.LANGUAGES)
# The catalogues compiled from src/kratomwise/locale/*.po on first run (kratomwise.i18n).
LOCALE_PATHS = [compiled_dir()]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = os.environ.get("KRATOMWISE_STATIC_ROOT") or None
WHITENOISE_USE_FINDERS = True  # serve straight from the package: no collectstatic step
WHITENOISE_AUTOREFRESH = DEBUG

# Secure headers and a strict Content-Security-Policy with no third-party origins.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = 60 * 60 * 24 * 14
_HTTPS = os.environ.get("KRATOMWISE_HTTPS") == "1"
SESSION_COOKIE_SECURE = _HTTPS
CSRF_COOKIE_SECURE = _HTTPS
if _HTTPS:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [SELF],
        "object-src": [NONE],
    },
}

NINJA_PAGINATION_PER_PAGE = 50

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
