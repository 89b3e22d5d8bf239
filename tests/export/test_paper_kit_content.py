"""What the paper kit prints: every stimulus, reactions on the animators' copy only, escaping."""

from __future__ import annotations

import pytest
from kit_scenario import INJECT_TITLES, MARKUP_TEXT, MARKUP_TITLE, REACTIONS

FOOTERS = {
    "fr": {
        "animators": "Cartes stimuli — exemplaire de l'animation",
        "players": "Cartes stimuli — exemplaire des joueurs",
    },
    "en": {
        "animators": "Inject cards — animation team copy",
        "players": "Inject cards — players' copy",
    },
}


def _section(pages: list[str], footer: str) -> list[str]:
    """The pages of one card section, recognised by the section name in their foot."""
    found = [text for text in pages if footer in text]
    assert found, f"no page of the section {footer!r}"
    return found


def test_cli_writes_a_pdf_with_a_sensible_page_count(paper_kit, scenario_path):
    run = paper_kit(str(scenario_path))
    assert run.code == 0, run.err
    assert run.output.read_bytes().startswith(b"%PDF-")
    pages = run.pages()
    # Exercise kit: cover, 2 x (intro + 3 sheets of 5 cards), chronogramme (2), observer grid;
    # day kit: cover, directory (2), one sheet per function (2), checklist (1-2).
    assert 17 <= len(pages) <= 24
    assert f"{len(pages)} pages" in run.out


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_inject_title_is_printed_on_both_copies(paper_kit, scenario_path, lang):
    pages = paper_kit(str(scenario_path), "--lang", lang, "--kit", "exercise").pages()
    for copy in ("animators", "players"):
        text = "\n".join(_section(pages, FOOTERS[lang][copy]))
        for title in INJECT_TITLES[lang]:
            assert title in text, (copy, title)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_expected_reactions_only_on_the_animators_copy(paper_kit, scenario_path, lang):
    pages = paper_kit(str(scenario_path), "--lang", lang, "--kit", "exercise").pages()
    animators = "\n".join(_section(pages, FOOTERS[lang]["animators"]))
    players = "\n".join(_section(pages, FOOTERS[lang]["players"]))
    for reaction in REACTIONS[lang]:
        assert reaction in animators
        assert reaction not in players
    for secret in ("ANSSI-RANSOM-NO-RANSOM", "4h", "Isoler le réseau", "Isolate the network"):
        assert secret not in players  # no recommendation, deadline or condition either


def test_chronogramme_lists_conditional_and_reserve_stimuli_in_plain_words(
    paper_kit, scenario_path
):
    pages = paper_kit(str(scenario_path), "--lang", "en", "--kit", "exercise").pages()
    sheet = " ".join(" ".join(t.split()) for t in pages if "Chronogramme — facilitator" in t)
    assert "If the decision “Isolate the network” has not been taken by J+1 09:00." in sheet
    assert "When “Registry software” has been encrypted for 3h." in sheet
    assert "Lapses at J+1 18:00" in sheet
    assert "Reserve" in sheet
    assert "surprise" in sheet


def test_french_and_english_labels_differ(paper_kit, scenario_path, tmp_path):
    french = "\n".join(paper_kit(str(scenario_path), output=tmp_path / "fr.pdf").pages())
    english = "\n".join(
        paper_kit(str(scenario_path), "--lang", "en", output=tmp_path / "en.pdf").pages()
    )
    for fr, en in [
        ("Réaction attendue", "Expected reaction"),
        ("Grille d'observation", "Observer grid"),
        ("Annuaire de crise", "Crisis contact directory"),
        ("Liste de la première heure", "First-hour checklist"),
    ]:
        assert fr in french
        assert fr not in english
        assert en in english
        assert en not in french


def test_scenario_markup_prints_literally(paper_kit, scenario_path):
    run = paper_kit(str(scenario_path))
    assert run.code == 0, run.err
    text = "\n".join(run.pages())
    assert MARKUP_TITLE in text
    assert MARKUP_TEXT in text
    assert "Commune d'Essai & Cie" in text


def test_day_kit_has_directory_sheets_and_checklist_without_exercise_marking(
    paper_kit, scenario_path
):
    pages = paper_kit(str(scenario_path), "--lang", "en", "--kit", "day").pages()
    text = " ".join(" ".join(pages).split())  # table cells wrap: compare words, not lines
    assert "EXERCICE — EXERCISE" not in text
    assert "Durand IT services" in text  # the provider persona, as a reminder in the directory
    for function in ("Civil registry", "Payroll"):
        assert function in text
    assert "No paper fallback is written for this service yet" in text  # payroll has none
    assert "ANSSI-EXE-F11" in text
    assert "GDPR-ART-33" in text


def test_exercise_kit_pages_are_marked(paper_kit, scenario_path):
    pages = paper_kit(str(scenario_path), "--kit", "exercise").pages()
    assert all("EXERCICE — EXERCISE" in text for text in pages)
