"""Malformed files: each gets a clear message with its place, never a traceback."""

from __future__ import annotations

import pytest
from scenario_text import BASE_SCENARIO

from crisis_sim.core.scenario.loader import load_scenario
from crisis_sim.core.scenario.yamldoc import MAX_FILE_BYTES


def _single_error(path):
    result = load_scenario(path)
    assert not result.ok
    errors = [p for p in result.problems if p.severity.value == "error"]
    assert len(errors) == 1, [p.render() for p in result.problems]
    return errors[0]


@pytest.mark.parametrize(
    ("content", "message", "line", "column"),
    [
        pytest.param(b"meta:\n\t id: x\n", "a tab character", 2, 1, id="tab"),
        pytest.param(b"", "the file is empty", 1, 1, id="empty"),
        pytest.param(b"  \n\n", "the file is empty", 1, 1, id="blank"),
        pytest.param(b"meta: [\n", "not valid YAML", 2, 1, id="broken-yaml"),
        pytest.param(
            b"meta:\n  id: a\n id: b\n", "indentation is inconsistent", 3, 2, id="bad-indentation"
        ),
        pytest.param(b"meta:\n  id: a: b\n", "':' appears where", 2, 8, id="stray-colon"),
        pytest.param(
            b"meta: 1\nmeta: 2\n", "the key 'meta' appears twice", 2, 1, id="duplicate-key"
        ),
        pytest.param(
            b"meta: !!python/object/apply:os.system [ls]\n", "is not allowed", 1, 7, id="python-tag"
        ),
        pytest.param(b"- a\n- b\n", "a scenario is a block of keys", 1, 1, id="top-level-list"),
        pytest.param(b"just text\n", "a scenario is a block of keys", 1, 1, id="plain-text"),
        pytest.param("meta:\n  id: café\n".encode("latin-1"), "not UTF-8", 2, 10, id="latin-1"),
        pytest.param("a: 1\n".encode("utf-16"), "UTF-16", 1, 1, id="utf-16"),
    ],
)
def test_malformed_file_gets_a_located_message(tmp_path, content, message, line, column):
    path = tmp_path / "bad.yaml"
    path.write_bytes(content)
    problem = _single_error(path)
    assert message in problem.message
    assert (problem.location.line, problem.location.column) == (line, column)
    assert problem.location.file == str(path)


def test_alias_bomb_is_refused(tmp_path):
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 9)]
    path = tmp_path / "bomb.yaml"
    path.write_text("\n".join(lines) + "\n")
    problem = _single_error(path)
    assert "expands to more than" in problem.message
    assert "aliases" in problem.hint


def test_oversized_file_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.yaml"
    with path.open("wb") as handle:  # sparse: 200 MB on paper, nothing on disk
        handle.truncate(200 * 1024 * 1024)
    problem = _single_error(path)
    assert "too large (200 MB" in problem.message
    assert MAX_FILE_BYTES < 200 * 1024 * 1024


def test_missing_file(tmp_path):
    problem = _single_error(tmp_path / "absent.yaml")
    assert "no such file" in problem.message


def test_directory(tmp_path):
    problem = _single_error(tmp_path)
    assert "is a folder" in problem.message


def test_utf8_bom_is_ignored_with_a_warning(tmp_path):
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + BASE_SCENARIO.encode())
    result = load_scenario(path)
    assert result.ok
    assert [(p.code, p.location.line) for p in result.problems] == [("bom", 1)]


def test_wrong_type_for_a_section(tmp_path):
    path = tmp_path / "s.yaml"
    path.write_text(BASE_SCENARIO.replace("nodes:\n", "nodes: plenty\nunused:\n", 1))
    codes = {p.code for p in load_scenario(path).problems}
    assert "structure" in codes


def test_yes_no_and_clock_times_stay_text(tmp_path):
    # YAML 1.1 would turn 'no' into False and 9:30 into 570: trainers mean text.
    from crisis_sim.core.problems import ProblemList
    from crisis_sim.core.scenario.yamldoc import read_yaml

    path = tmp_path / "t.yaml"
    path.write_text("a: no\nb: on\nc: 9:30\nd: 2021-01-15\ne: true\nf: 12\n")
    document = read_yaml(path, ProblemList(path))
    assert document.data == {
        "a": "no",
        "b": "on",
        "c": "9:30",
        "d": "2021-01-15",
        "e": True,
        "f": 12,
    }
