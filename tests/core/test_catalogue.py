from pathlib import Path

import pytest

from crisis_sim.core.catalogue import Catalogue, load_catalogue

CERTFR_IDS = {
    "CERTFR-2024-RFX-001",
    "CERTFR-2024-RFX-003",
    "CERTFR-2024-RFX-004",
    "CERTFR-2024-RFX-005",
    "CERTFR-2025-RFX-006",
    "CERTFR-2025-RFX-001",
}

VALID_HEADER = """\
catalogues:
  - {id: C, title: {fr: "a", en: "a"}, publisher: null, version: null, year: null,
     url: null, checked: V}
recommendations:
"""


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue()


def _ids_of(catalogue: Catalogue, cat_id: str) -> list[str]:
    return [r.id for r in catalogue.by_catalogue(cat_id)]


def test_hygiene_guide_has_the_42_measures_in_order(catalogue):
    assert _ids_of(catalogue, "ANSSI-HYG") == [f"ANSSI-HYG-{n:02d}" for n in range(1, 43)]
    for n, rec in enumerate(catalogue.by_catalogue("ANSSI-HYG"), start=1):
        assert rec.ref == f"mesure {n}"
        assert rec.chapter is not None


def test_hygiene_chapters_are_the_ten_of_the_guide(catalogue):
    chapters = {r.chapter.id for r in catalogue.by_catalogue("ANSSI-HYG")}
    assert chapters == {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"}


def test_good_practice_guide_has_12_rules(catalogue):
    assert _ids_of(catalogue, "ANSSI-BP") == [f"ANSSI-BP-{n:02d}" for n in range(1, 13)]


def test_certfr_sheets_are_exactly_the_known_ones(catalogue):
    assert set(_ids_of(catalogue, "CERTFR-RFX")) == CERTFR_IDS
    for rec_id in CERTFR_IDS:
        assert catalogue.get(rec_id).url == f"https://www.cert.ssi.gouv.fr/fiche/{rec_id}/"


def test_every_recommendation_points_to_a_known_catalogue(catalogue):
    known = {s.id for s in catalogue.sources}
    assert all(r.catalogue in known for r in catalogue)
    assert all(catalogue.by_catalogue(cat_id) for cat_id in known)


def test_ids_are_unique(catalogue):
    assert len(set(catalogue.ids)) == len(catalogue.ids) == len(catalogue)


def test_titles_are_short_and_bilingual(catalogue):
    for rec in catalogue:
        for text in (rec.title.fr, rec.title.en):
            assert text.strip(), rec.id
            assert len(text) <= 80, (rec.id, text)


def test_checked_markers_are_valid(catalogue):
    assert {r.checked for r in catalogue} <= {"V", "S", "U"}
    assert {s.checked for s in catalogue.sources} <= {"V", "S", "U"}


def test_spot_checks(catalogue):
    backups = catalogue.get("ANSSI-HYG-37")
    assert backups.ref == "mesure 37"
    assert backups.chapter.id == "IX"
    assert backups.source.year == 2017
    assert backups.source.version == "2.0"
    assert catalogue.get("ANSSI-HYG-19").chapter.id == "V"
    assert catalogue.get("ANSSI-EXE-F11").checked == "U"
    assert catalogue.get("ANSSI-CRISE-CONTINUITY").checked == "S"
    assert catalogue.get("ANSSI-EXE-F06").ref == "fiche 6"
    assert catalogue.get("ANSSI-RANSOM-STANDBY").ref is None


def test_bilingual_get(catalogue):
    title = catalogue.get("ANSSI-HYG-37").chapter.title
    assert title.get("en") == title.en
    assert title.get("fr") == title.fr


def test_close_matches_suggests_the_padded_id(catalogue):
    assert "ANSSI-HYG-07" in catalogue.close_matches("ANSSI-HYG-7")
    assert "ANSSI-HYG-07" in catalogue.close_matches("anssi-hyg-07")


def test_unknown_id_raises_key_error_naming_it(catalogue):
    assert "NOPE" not in catalogue
    with pytest.raises(KeyError, match="NOPE"):
        catalogue.get("NOPE")


def test_unknown_catalogue_raises_key_error(catalogue):
    with pytest.raises(KeyError, match="NOPE"):
        catalogue.by_catalogue("NOPE")


def test_default_catalogue_is_cached():
    assert load_catalogue() is load_catalogue()


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('  - {id: R, catalogue: C, ref: null, title: {fr: "a", en: "a"}}\n', "missing key"),
        (
            '  - {id: R, catalogue: C, ref: null, title: {fr: "a", en: "a"}, checked: V}\n'
            '  - {id: R, catalogue: C, ref: null, title: {fr: "b", en: "b"}, checked: V}\n',
            "duplicate",
        ),
        ('  - {id: R, catalogue: X, ref: null, title: {fr: "a", en: "a"}, checked: V}\n', "X"),
        ('  - {id: R, catalogue: C, ref: null, title: {fr: "a", en: "a"}, checked: Y}\n', "V, S"),
        ('  - {id: R, catalogue: C, ref: null, title: {fr: "a"}, checked: V}\n', "title"),
        ("  - [not, a, mapping]\n", "mappings"),
        (
            '  - {id: R, catalogue: C, ref: null, title: {fr: "a", en: "a"}, checked: V, x: 1}\n',
            "unknown key",
        ),
        (
            '  - {id: R, catalogue: C, ref: null, chapter: IX, title: {fr: "a", en: "a"},\n'
            "     checked: V}\n",
            "no chapter",
        ),
    ],
)
def test_malformed_file_raises_value_error_naming_it(tmp_path: Path, body, message):
    path = tmp_path / "broken.yaml"
    path.write_text(VALID_HEADER + body, encoding="utf-8")
    with pytest.raises(ValueError, match=message) as info:
        load_catalogue(path)
    assert str(path) in str(info.value)


def test_invalid_yaml_raises_value_error(tmp_path: Path):
    path = tmp_path / "bad.yaml"
    path.write_text("catalogues: [\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.yaml"):
        load_catalogue(path)


def test_minimal_valid_file_loads(tmp_path: Path):
    path = tmp_path / "ok.yaml"
    body = '  - {id: R, catalogue: C, ref: null, title: {fr: "a", en: "b"}, checked: S}\n'
    path.write_text(VALID_HEADER + body, encoding="utf-8")
    loaded = load_catalogue(path)
    assert loaded.ids == ("R",)
    assert loaded.get("R").source.id == "C"
