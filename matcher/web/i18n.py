"""The pages in English and German, with gettext.

The messages are English sentences, written where they are shown: `{{ _("...") }}` and `{% trans %}` in the
templates (Jinja2's i18n extension), `_("...")` in the views and forms. The German catalogue is
`matcher/web/locales/de/LC_MESSAGES/messages.po`, compiled to the `messages.mo` beside it; `make translations`
extracts the messages (babel.cfg), merges them into the catalogue and compiles it (README.md).
English needs no catalogue: its texts are the message ids. Profile data is shown as it was entered; only the
interface is translated.

This module chooses the language of a request (`?lang=`, the cookie of an earlier switch, Accept-Language) and
hands out its translations to the templates and to Python code.
"""

from __future__ import annotations

import gettext
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import Request, Response
from jinja2 import Environment, pass_context
from jinja2.runtime import Context

from matcher.profiles.vocab import sectors
from matcher.web.labels import LABELS
from matcher.web.security import cookie_options

LOCALES_DIR = Path(__file__).parent / "locales"
DOMAIN = "messages"
LANGUAGES = ("en", "de")
DEFAULT_LANGUAGE = "en"  # the language of the message ids
LANGUAGE_NAMES = {"en": "English", "de": "Deutsch"}  # each in its own language, for the switch
COOKIE = "lang"
COOKIE_MAX_AGE = 365 * 24 * 3600

Gettext = Callable[..., str]
"""`_("Edit %(name)s", name=...)`: the message in one language, its placeholders filled in."""


@cache
def catalogue(lang: str) -> gettext.NullTranslations:
    """The compiled catalogue of `lang` (a missing one is an error, not a silent fallback to English)."""
    if lang not in LANGUAGES or lang == DEFAULT_LANGUAGE:
        return gettext.NullTranslations()
    return gettext.translation(DOMAIN, LOCALES_DIR, languages=[lang])


def gettext_for(lang: str) -> Gettext:
    """The `_` of Python code. Like the templates' `_`, it always formats with `%` (a literal % is `%%`)."""
    translations = catalogue(lang)

    def _(message: str, **params: Any) -> str:
        return translations.gettext(message) % params

    return _


def request_gettext(request: Request) -> Gettext:
    return gettext_for(choose_language(request))


def label(lang: str, group: str, value: str | None) -> str:
    """A vocabulary value in the UI language (see labels.py); unknown values are shown as they are."""
    if value is None:
        return ""
    message = LABELS.get(group, {}).get(value)
    return value if message is None else catalogue(lang).gettext(message)


def sector_label(lang: str, code: str) -> str:
    """Sectors are named in both languages by the vocabulary itself (profiles/vocab)."""
    pair = sectors().get(code)
    if pair is None:
        return code
    return pair[1] if lang == "de" else pair[0]


# --- the templates' gettext: one environment for all requests, the language read from each template's context


def _context_catalogue(context: Context) -> gettext.NullTranslations:
    return catalogue(context.get("lang") or DEFAULT_LANGUAGE)


@pass_context
def _gettext(context: Context, message: str) -> str:
    return _context_catalogue(context).gettext(message)


@pass_context
def _ngettext(context: Context, singular: str, plural: str, n: int) -> str:
    return _context_catalogue(context).ngettext(singular, plural, n)


@pass_context
def _pgettext(context: Context, message_context: str, message: str) -> str:
    return _context_catalogue(context).pgettext(message_context, message)


@pass_context
def _npgettext(context: Context, message_context: str, singular: str, plural: str, n: int) -> str:
    return _context_catalogue(context).npgettext(message_context, singular, plural, n)


def install_gettext(env: Environment) -> None:
    """Jinja2's i18n extension with "new style" gettext (`_("%(n)s found", n=count)` formats and escapes) and
    trimmed `{% trans %}` blocks (babel.cfg extracts with the same option)."""
    env.add_extension("jinja2.ext.i18n")
    env.policies["ext.i18n.trimmed"] = True
    env.install_gettext_callables(  # type: ignore[attr-defined]
        gettext=_gettext, ngettext=_ngettext, pgettext=_pgettext, npgettext=_npgettext, newstyle=True
    )


# --- the language of a request ------------------------------------------------------------------------------


def from_accept_language(header: str) -> str | None:
    """The supported language the browser prefers most, from a header like `de-DE,de;q=0.9,en;q=0.8`."""
    best: tuple[float, str] | None = None
    for position, item in enumerate(header.split(",")):
        tag, _, params = item.strip().partition(";")
        primary = tag.strip().split("-")[0].lower()
        if primary not in LANGUAGES:
            continue
        quality = 1.0
        params = params.strip()
        if params.startswith("q="):
            try:
                quality = float(params[2:])
            except ValueError:
                continue
        # a higher quality wins; at equal quality the earlier entry does
        candidate = (quality - position * 1e-6, primary)
        if quality > 0 and (best is None or candidate[0] > best[0]):
            best = candidate
    return best[1] if best else None


def choose_language(request: Request) -> str:
    """`?lang=` first, then the cookie a previous switch set, then Accept-Language, then English."""
    asked = request.query_params.get("lang")
    if asked in LANGUAGES:
        return asked
    remembered = request.cookies.get(COOKIE)
    if remembered in LANGUAGES:
        return remembered
    return from_accept_language(request.headers.get("accept-language", "")) or DEFAULT_LANGUAGE


def remember_choice(request: Request, response: Response) -> None:
    """A `?lang=` switch sticks: store it in a cookie."""
    asked = request.query_params.get("lang")
    if asked in LANGUAGES and request.cookies.get(COOKIE) != asked:
        response.set_cookie(COOKIE, asked, max_age=COOKIE_MAX_AGE, **cookie_options(request))


def switch_url(request: Request, lang: str) -> str:
    """The current page in another language (for POST pages: the same address, which also answers GET)."""
    params = [(k, v) for k, v in request.query_params.multi_items() if k != "lang"]
    return f"{request.url.path}?{urlencode([*params, ('lang', lang)])}"


def template_context(request: Request) -> dict[str, Any]:
    """What every template gets: the language (which `_` reads), vocabulary labels and the language switch."""
    lang = choose_language(request)
    other = "de" if lang == "en" else "en"
    return {
        "lang": lang,
        "label_of": lambda group, value: label(lang, group, value),
        "sector_label": lambda code: sector_label(lang, code),
        "other_lang": other,
        "other_lang_name": LANGUAGE_NAMES[other],
        "switch_url": switch_url(request, other),
    }
