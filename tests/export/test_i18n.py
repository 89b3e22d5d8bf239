"""Labels come from Qt translation files: complete in both languages, compiled, switchable."""

from __future__ import annotations

import ast
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import crisis_sim.export
from crisis_sim.core.resources import asset_path
from crisis_sim.export.i18n import translate, use_language

EXPORT_DIR = Path(crisis_sim.export.__file__).parent


def _ts_messages(lang: str) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(asset_path(f"i18n/export_{lang}.ts")).getroot()
    return {
        (context.findtext("name"), message.findtext("source")): message.find("translation")
        for context in root.iter("context")
        for message in context.iter("message")
    }


def _translate_calls() -> set[tuple[str, str]]:
    calls = set()
    for path in EXPORT_DIR.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "translate":
                context, text = (ast.literal_eval(arg) for arg in node.args)
                calls.add((context, text))
    return calls


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_label_is_translated(lang):
    messages = _ts_messages(lang)
    calls = _translate_calls()
    assert calls, "no translate() call found"
    assert calls - set(messages) == set(), "run pyside6-lupdate (see docs/paper-kits.md)"
    unfinished = [key for key, tr in messages.items() if tr.get("type") or not tr.text]
    assert unfinished == []
    assert all(context.startswith("Export") for context, _ in messages)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_compiled_files_match_the_sources(lang, tmp_path):
    lrelease = shutil.which("pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    compiled = tmp_path / f"export_{lang}.qm"
    ts = asset_path(f"i18n/export_{lang}.ts")
    subprocess.run([lrelease, "-silent", str(ts), "-qm", str(compiled)], check=True)
    assert compiled.read_bytes() == asset_path(f"i18n/export_{lang}.qm").read_bytes()


def test_switching_language(qapp):
    use_language("fr")
    assert translate("ExportCards", "Expected reaction") == "Réaction attendue"
    use_language("en")
    assert translate("ExportCards", "Expected reaction") == "Expected reaction"


def test_unknown_language_is_refused(qapp):
    with pytest.raises(ValueError, match="unknown language"):
        use_language("de")
