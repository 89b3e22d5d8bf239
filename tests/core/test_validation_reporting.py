"""How problems are reported: hints, all at once, sorted by place, no double reports."""

from __future__ import annotations

from scenario_text import column_of, edit_base, line_of, only_problem


def test_unknown_key_suggests_the_closest_key(load_text):
    text = edit_base(("zone: lan, backup: offline}", "zone: lan, backp: offline}"))
    problem = only_problem(load_text(text).problems, "unknown-key")
    assert problem.hint == "did you mean 'backup'?"
    assert problem.location.column == column_of(text, "backp")


def test_dangling_reference_suggests_the_closest_id(load_text):
    problem = only_problem(
        load_text(edit_base(("needs: [srv]", "needs: [svr]"))).problems, "unknown-reference"
    )
    assert problem.hint == "did you mean 'srv'?"


def test_all_problems_are_reported_at_once(load_text):
    text = edit_base(
        ("zone: lan, backup: offline}", "zone: lan, backp: offline}"),
        ("needs: [srv]", "needs: [svr]"),
        ("at: J+1 08:00", "at: J+1 25:00"),
    )
    problems = load_text(text).problems
    lines = {(p.code, p.location.line) for p in problems}
    assert lines == {
        ("unknown-key", line_of(text, "backp")),
        ("unknown-reference", line_of(text, "needs: [svr]")),
        ("invalid", line_of(text, "J+1 25:00")),
    }


def test_problems_are_sorted_by_place(load_text):
    text = edit_base(("needs: [srv]", "needs: [svr]"), ("zone: lan, backup", "zone: lan, bakup"))
    lines = [p.location.line for p in load_text(text).problems]
    assert lines == sorted(lines)


def test_references_to_an_invalid_item_are_not_reported_twice(load_text):
    # srv fails validation (bad key) but still exists: app's 'needs: [srv]' is not dangling.
    text = edit_base(("{id: srv, kind: server,", "{id: srv, kind: server, colour: red,"))
    codes = [p.code for p in load_text(text).problems]
    assert codes == ["unknown-key"]


def test_attachment_inside_the_folder_is_accepted(write_scenario):
    from crisis_sim.core.scenario.loader import load_scenario

    path = write_scenario(
        edit_base(("    expected:\n", "    attachments: [docs/note.md]\n    expected:\n"))
    )
    (path.parent / "docs").mkdir()
    (path.parent / "docs" / "note.md").write_text("note")
    result = load_scenario(path)
    assert result.ok, [p.render() for p in result.problems]
    assert result.scenario.inject_by_id["appel-presse"].attachments == ("docs/note.md",)
