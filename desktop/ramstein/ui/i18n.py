"""The interface language: ours and Qt's translators, and the locale dates and numbers follow.

The language is, in order: `--lang` / RAMSTEIN_LANG, the `ui/language` setting, the system's.
It is installed before any window is built, so every `tr()` of the first paint is translated.
A language chosen in the GUI (Tools > Language…, dialogs/language_dialog.py) is saved and
applies from the next start, or at once through its "restart now": retranslating every built
widget live would need a `changeEvent` in each.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

LANGUAGE_KEY = "ui/language"
ENV_VAR = "RAMSTEIN_LANG"
SYSTEM = "system"
# Shipped languages, each named in itself (a reader must find their own language).
LANGUAGES: dict[str, str] = {"en": "English", "fr": "Français", "uk": "Українська"}
# The locale each explicit choice formats dates and numbers with.
LOCALES: dict[str, str] = {"en": "en_US", "fr": "fr_FR", "uk": "uk_UA"}


def language_of(choice: str | None, system: QLocale | None = None) -> str:
    """The shipped language code for a choice ("system", "fr", "fr_CA", None...)."""
    text = (choice or SYSTEM).strip().lower().replace("-", "_")
    if text == SYSTEM:
        text = (system or QLocale.system()).name().lower()
    code = text.split("_")[0]
    return code if code in LANGUAGES else "en"


def requested_language(setting: str | None, override: str | None = None) -> str:
    """The choice that applies: `override` (--lang), then RAMSTEIN_LANG, then the setting."""
    for choice in (override, os.environ.get(ENV_VAR), setting):
        if choice:
            return choice
    return SYSTEM


def normal_choice(setting: object) -> str:
    """A saved `ui/language` value as one of "system", "en", "fr", "uk" (anything else: system)."""
    text = str(setting or SYSTEM).strip().lower()
    return text if text in LANGUAGES else SYSTEM


def running_language() -> str:
    """The language this process shows: the one of the default QLocale that install() set."""
    return language_of(QLocale().name())


def override_in_use(arguments: list[str] | None = None) -> str | None:
    """The --lang or RAMSTEIN_LANG that wins over the saved setting in this process, if any."""
    words = arguments if arguments is not None else QCoreApplication.arguments()
    for i, word in enumerate(words):
        if word == "--lang" and i + 1 < len(words):
            return words[i + 1]
        if word.startswith("--lang="):
            return word.partition("=")[2]
    return os.environ.get(ENV_VAR) or None


def translations_dir() -> Path:
    from ..paths import resource

    return resource("translations")


class Translation:
    """The translators installed on the application for one language (installed once).

    A plain class, not a dataclass: `dataclasses` would be the one import of the first
    paint's path that nothing else on it needs (1.4 ms)."""

    def __init__(self, language: str, locale: QLocale) -> None:
        self.language = language
        self.locale = locale
        self.translators: list[QTranslator] = []
        self.missing: list[str] = []  # catalogues not found (told in the log)

    def __repr__(self) -> str:
        return f"Translation({self.language!r}, translators={len(self.translators)})"


def install(choice: str | None, app: QCoreApplication | None = None) -> Translation:
    """Install the translators for `choice`, make its locale the default one and its
    language the one of the gettext catalogue (ramstein.i18n).

    English needs no catalogue of ours; Qt's own (qtbase_*.qm: the buttons of QMessageBox,
    QFileDialog...) is loaded for any other language. A missing catalogue leaves the English
    texts, never an error: the build may not have compiled the .qm files yet.
    """
    app = app or QCoreApplication.instance()
    language = language_of(choice)
    explicit = (choice or SYSTEM).strip().lower() != SYSTEM
    locale = QLocale(LOCALES[language]) if explicit else QLocale.system()
    if locale.language() == QLocale.Language.C:
        locale = QLocale(LOCALES[language])  # "C" has no thousands separators: read as English
    QLocale.setDefault(locale)
    # Modules not imported yet need no telling (they read the default locale and language
    # when first used): at start-up that keeps decimal, datetime and gettext off the path to
    # the first paint.
    formatting = sys.modules.get("ramstein.ui.formatting")
    if formatting is not None:
        formatting.locale_changed()
    # The texts of the non-Qt layers the window shows (a filter's "no filter", services'
    # messages, an export's Instructions sheet) follow the window's language, also when it
    # comes from the saved setting rather than --lang. English is the catalogue's default.
    if language != "en" or "ramstein.i18n" in sys.modules:
        from .. import i18n as catalogue

        catalogue.set_language(language)
    result = Translation(language, locale)
    if language == "en" or app is None:
        return result
    from PySide6.QtCore import QLibraryInfo  # its enum costs 0.5 ms: not for English

    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{language}", qt_dir),
                         (f"ramstein_{language}", str(translations_dir()))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            result.translators.append(translator)
        else:
            result.missing.append(str(Path(folder) / f"{name}.qm"))
    if result.missing:
        import logging

        logging.getLogger(__name__).warning("translations not found: %s", ", ".join(result.missing))
    return result


def uninstall(translation: Translation, app: QCoreApplication | None = None) -> None:
    """Remove `translation`'s translators (tests switch languages within one process)."""
    app = app or QCoreApplication.instance()
    for translator in translation.translators:
        if app is not None:
            app.removeTranslator(translator)
    translation.translators.clear()
