"""Labels of exported documents in French or English, through Qt's translation files.

Source strings are English, written in the code as ``translate("Context", "Text")`` so that
``pyside6-lupdate`` finds them; ``assets/i18n/export_fr.ts`` and ``export_en.ts`` hold the
translations and are compiled to ``.qm`` with ``pyside6-lrelease`` (see docs/paper-kits.md).
Only QtCore is used: exporting works without a screen or any widget.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from crisis_sim.core.resources import asset_path

LANGUAGES = ("fr", "en")


class TranslationError(RuntimeError):
    """The compiled translation file of a language is missing or unreadable."""


class _State:
    app: QCoreApplication | None = None  # the application this module made, kept alive
    translator: QTranslator | None = None
    lang: str | None = None


def use_language(lang: str) -> None:
    """Make ``translate`` answer in ``lang`` from now on (the previous export language is dropped).

    Installs into the running QCoreApplication (the GUI's, when there is one); creates a
    QCoreApplication when none exists, as in the command-line tool.
    """
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; choose one of {', '.join(LANGUAGES)}")
    if lang == _State.lang and _State.translator is not None:
        return
    app = _application()
    translator = QTranslator()
    path = asset_path(f"i18n/export_{lang}.qm")
    if not translator.load(str(path)):
        raise TranslationError(f"cannot read the translation file {path}")
    if _State.translator is not None:
        app.removeTranslator(_State.translator)
    app.installTranslator(translator)
    _State.translator, _State.lang = translator, lang


def current_language() -> str:
    return _State.lang or LANGUAGES[0]


def translate(context: str, text: str) -> str:
    """The label in the current language; the English source when it has no translation."""
    return QCoreApplication.translate(context, text)


def _application() -> QCoreApplication:
    app = QCoreApplication.instance()
    if app is None:
        _State.app = app = QCoreApplication(["crisis-sim"])
    return app
