#!/usr/bin/env python3
"""Regenerate the translation sources and the compiled translations of the Qt shell.

    python tools/update_translations.py          # lupdate, then lrelease
    python tools/update_translations.py --check  # fail if a French string is untranslated

``pyside6-lupdate`` collects every ``self.tr(...)`` and ``QCoreApplication.translate(...)``
string of ``crisis_sim/gui`` into ``assets/i18n/crisis_sim_<lang>.ts`` (keeping the
translations already written there; translate new ones with Qt Linguist or by editing the
XML), and ``pyside6-lrelease`` compiles them into the ``.qm`` files the program loads.
Source strings are English: the English file only needs plural forms.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "crisis_sim" / "gui"
I18N = ROOT / "assets" / "i18n"
LANGUAGES = ("fr", "en")


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        sys.exit(f"{name} not found: it comes with PySide6 (pip install PySide6-Essentials)")
    return found


def ts_file(language: str) -> Path:
    return I18N / f"crisis_sim_{language}.ts"


def update(language: str) -> None:
    sources = sorted(str(path) for path in SOURCES.glob("*.py"))
    ts = ts_file(language)
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *sources,
            "-no-obsolete",
            "-target-language",
            language,
            "-ts",
            str(ts),
        ],
        check=True,
        cwd=ROOT,
    )


def release(language: str) -> None:
    ts = ts_file(language)
    subprocess.run(
        [tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
        check=True,
        cwd=ROOT,
    )


def untranslated(language: str) -> list[str]:
    """Source strings of the .ts file whose translation is missing or unfinished."""
    missing = []
    for message in ET.parse(ts_file(language)).getroot().iter("message"):
        translation = message.find("translation")
        empty = translation is None or not "".join(translation.itertext()).strip()
        if empty or translation.get("type") == "unfinished":
            missing.append(message.findtext("source") or "")
    return missing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check the French file")
    args = parser.parse_args()
    if not args.check:
        I18N.mkdir(parents=True, exist_ok=True)
        for language in LANGUAGES:
            update(language)
            release(language)
    missing = untranslated("fr")
    for source in missing:
        print(f"untranslated (fr): {source}", file=sys.stderr)
    return 1 if args.check and missing else 0


if __name__ == "__main__":
    sys.exit(main())
