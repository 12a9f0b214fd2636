"""The message catalogue of the CLI and of the exports a person reads (gettext, no Qt).

The window translates with Qt (ui/i18n.py); a terminal, a workbook's Instructions sheet and
other text written by the non-Qt layers translate here. Sources: translations/cli_<lang>.po,
extracted and compiled with Babel (scripts/build-translations.sh) into
resources/translations/<lang>/LC_MESSAGES/ramstein.mo.

The language is chosen once per process (`set_language`, from --lang, RAMSTEIN_LANG or the
system's locale); `_` reads it at call time, so module-level texts must be marked with `N_`
and translated where shown.
"""

from __future__ import annotations

import gettext
import locale
import os

DOMAIN = "ramstein"
ENV_VAR = "RAMSTEIN_LANG"
LANGUAGES = ("en", "fr", "uk")

_current: list[gettext.NullTranslations] = [gettext.NullTranslations()]  # one per process


def language_of(choice: str | None) -> str:
    """The shipped language for a choice ("system", "fr", "fr_FR.UTF-8", None...)."""
    text = (choice or "system").strip().lower()
    if text == "system":
        text = _system_language()
    code = text.replace("-", "_").split("_")[0].split(".")[0]
    return code if code in LANGUAGES else "en"


def _system_language() -> str:
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            return value.split(":")[0]
    try:
        return locale.getlocale()[0] or "en"
    except ValueError:
        return "en"


def set_language(choice: str | None = None) -> str:
    """Use `choice` (None: RAMSTEIN_LANG, then the system's) for `_`; returns the language.

    A missing catalogue (not compiled yet) leaves the English texts.
    """
    language = language_of(choice or os.environ.get(ENV_VAR))
    if language == "en":
        _current[0] = gettext.NullTranslations()
        return language
    from .paths import resource

    _current[0] = gettext.translation(DOMAIN, str(resource("translations")), [language],
                                      fallback=True)
    return language


def _(message: str) -> str:
    """The message in the chosen language (English when there is no translation)."""
    return _current[0].gettext(message) if message else message  # "" would give the header


def ngettext(singular: str, plural: str, n: int) -> str:
    return _current[0].ngettext(singular, plural, n)


def N_(message: str) -> str:  # gettext's usual name
    """Mark a message for extraction without translating it now."""
    return message
