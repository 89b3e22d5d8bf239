"""Cross-reference and consistency checks on a small scenario that breaks each: message, code
and place."""

from __future__ import annotations

import pytest
from scenario_text import edit_base, line_of, only_problem

RULES = [
    (
        "duplicate id",
        [("- {id: app,", "- {id: srv,")],
        "duplicate-id",
        "error",
        "the id 'srv' is used twice in nodes",
        "- {id: srv, kind: application",
    ),
    (
        "dangling dependency",
        [("needs: [srv]", "needs: [svr]")],
        "unknown-reference",
        "error",
        "no node has the id 'svr'",
        "needs: [svr]",
    ),
    (
        "dangling zone",
        [("name: Serveur, zone: lan", "name: Serveur, zone: lam")],
        "unknown-reference",
        "error",
        "no zone has the id 'lam'",
        "zone: lam",
    ),
    (
        "dangling sender",
        [("sender: presse", "sender: journaliste")],
        "unknown-reference",
        "error",
        "no persona or role has the id 'journaliste'",
        "sender: journaliste",
    ),
    (
        "dangling addressee",
        [("to: [maire]", "to: [mayor]")],
        "unknown-reference",
        "error",
        "no role has the id 'mayor'",
        "to: [mayor]",
    ),
    (
        "dangling decision in a reaction",
        [("closed_by: [isoler]", "closed_by: [isolate]")],
        "unknown-reference",
        "error",
        "no decision has the id 'isolate'",
        "closed_by: [isolate]",
    ),
    (
        "dangling fallback function",
        [("function: etat-civil", "function: etat-civl")],
        "unknown-reference",
        "error",
        "no node has the id 'etat-civl'",
        "function: etat-civl",
    ),
    (
        "dangling attack target",
        [("targets: [srv]", "targets: [serveur]")],
        "unknown-reference",
        "error",
        "no node has the id 'serveur'",
        "targets: [serveur]",
    ),
    (
        "dangling effect target",
        [("- isolate: [lan]", "- isolate: [lan-2]")],
        "unknown-reference",
        "error",
        "no node or zone has the id 'lan-2'",
        "isolate: [lan-2]",
    ),
    (
        "dangling evidence",
        [("{decision: isoler, by:", "{decision: isole, by:")],
        "unknown-reference",
        "error",
        "no decision has the id 'isole'",
        "decision: isole",
    ),
    (
        "dangling source",
        [("zone: lan, backup: offline}", "zone: lan, backup: offline, sources: [src-b]}")],
        "unknown-reference",
        "error",
        "no source in meta.sources has the id 'src-b'",
        "sources: [src-b]",
    ),
    (
        "recommendation not in the catalogue",
        [
            (
                "activation: 2h, capacity: 30%}",
                "activation: 2h, capacity: 30%,\n     recommendations: [ANSSI-HYG-7]}",
            )
        ],
        "unknown-recommendation",
        "error",
        "'ANSSI-HYG-7' is not in the recommendation",
        "ANSSI-HYG-7",
    ),
    (
        "node that needs itself",
        [("needs: [srv]}", "needs: [srv, app]}")],
        "self-dependency",
        "error",
        "'app' needs itself",
        "- {id: app",
    ),
    (
        "fallback for an IT node",
        [("function: etat-civil", "function: app")],
        "fallback-target",
        "error",
        "'app' is of kind application",
        "function: app",
    ),
    (
        "inject before DEBEX",
        [("at: J+1 08:00", "at: J-1 08:00")],
        "impossible-time",
        "error",
        "inject 'appel-presse' is 1j 15h before DEBEX",
        "at: J-1 08:00",
    ),
    (
        "attack step before DEBEX",
        [("at: J+0 23:30", "at: J+0 22:00")],
        "before-debex",
        "warning",
        "attack step 'entree' happens 1h before DEBEX",
        "at: J+0 22:00",
    ),
    (
        "fallback for a function with only soft dependencies",
        [("needs: [app], mtd: 1j}", "needs: [{node: app, type: soft}], mtd: 1j}")],
        "fallback-never-used",
        "warning",
        "'registre' never takes over",
        "function: etat-civil",
    ),
    (
        "cutting a link that does not exist",
        [("      - isolate: [lan]", "      - cut_link: [lan, lan]")],
        "no-such-link",
        "error",
        "zones 'lan' and 'lan' are not linked",
        "cut_link: [lan, lan]",
    ),
    (
        "dangling source on a decision",
        [("  - id: isoler\n", "  - id: isoler\n    sources: [src-q]\n")],
        "unknown-reference",
        "error",
        "no source in meta.sources has the id 'src-q'",
        "sources: [src-q]",
    ),
    (
        "zero-length exercise",
        [("duration: 3j", "duration: 0")],
        "impossible-time",
        "error",
        "meta.duration must be longer than zero",
        "duration: 0",
    ),
    (
        "reaction with no time to happen",
        [("within: 1h", "within: 0")],
        "impossible-time",
        "error",
        "reaction 'repondre' has no time to happen",
        "within: 0",
    ),
    (
        "conditional inject on a state that cannot happen",
        [("    at: J+1 08:00\n", "    when: {node: app, state: paper}\n")],
        "never-fires",
        "error",
        "'app' can never be paper",
        "when: {node: app",
    ),
    (
        "conditional inject waiting for itself",
        [("    at: J+1 08:00\n", "    when: {inject: appel-presse}\n")],
        "never-fires",
        "error",
        "'appel-presse' waits for itself",
        "when: {inject: appel-presse}",
    ),
    (
        "conditional inject expiring before it is judged",
        [
            (
                "    at: J+1 08:00\n",
                "    when: {decision: isoler, taken: false, by: J+1 12:00}\n    until: J+1 10:00\n",
            )
        ],
        "never-fires",
        "error",
        "expires before its condition is judged",
        "until: J+1 10:00",
    ),
    (
        "attachment outside the scenario's folder",
        [("    expected:\n", "    attachments: [../secret.txt]\n    expected:\n")],
        "attachment-outside",
        "error",
        "'../secret.txt' is outside",
        "attachments:",
    ),
    (
        "attachment that does not exist",
        [("    expected:\n", "    attachments: [communique.pdf]\n    expected:\n")],
        "attachment-missing",
        "error",
        "no file 'communique.pdf'",
        "attachments:",
    ),
    (
        "inject after FINEX",
        [("at: J+1 08:00", "at: J+4 08:00")],
        "after-finex",
        "warning",
        "inject 'appel-presse' is after FINEX",
        "at: J+4 08:00",
    ),
    (
        "cycle of hard dependencies",
        [
            (
                "{id: san, kind: infrastructure, name: SAN, zone: lan,",
                "{id: san, kind: infrastructure, name: SAN, zone: lan, needs: [app],",
            )
        ],
        "dependency-cycle",
        "warning",
        "app → srv → san → app",
        "- {id: app",
    ),
    (
        "IT node outside any zone",
        [("name: Logiciel, zone: lan,", "name: Logiciel,")],
        "no-zone",
        "warning",
        "'app' has no network zone",
        "- {id: app",
    ),
    (
        "service the attack never reaches",
        [
            (
                "needs: [app], mtd: 1j}",
                "mtd: 1j}\n  - {id: lien, kind: application, name: L, "
                "zone: lan, needs: [etat-civil]}",
            )
        ],
        "unreached-service",
        "warning",
        "no attack step can affect 'etat-civil'",
        "- {id: etat-civil",
    ),
    (
        "node linked to nothing",
        [
            (
                "needs: [app], mtd: 1j}",
                "needs: [app], mtd: 1j}\n  - {id: seul, kind: external, name: Seul}",
            )
        ],
        "disconnected",
        "warning",
        "'seul' needs nothing and nothing needs it",
        "- {id: seul",
    ),
    (
        "real fact without a source",
        [("zone: lan, backup: offline}", "zone: lan, backup: offline, basis: real}")],
        "unsourced-fact",
        "warning",
        "'san' is marked real but cites no source",
        "basis: real",
    ),
    (
        "zone and node sharing an id",
        [
            (
                "- {id: san, kind: infrastructure, name: SAN, zone: lan,",
                "- {id: lan, kind: infrastructure, name: SAN, zone: lan,",
            ),
            ("needs: [san], backup", "needs: [lan], backup"),
        ],
        "shared-id",
        "error",
        "'lan' names both one of the zones and one of the nodes",
        "- {id: lan, kind: infrastructure",
    ),
    (
        "attack step that no zone link leads to",
        [
            (
                "en: Internal network}, links: [internet]}",
                "en: Internal network}}",
            )
        ],
        "unreachable-target",
        "warning",
        "step 'entree' cannot reach 'srv'",
        "targets: [srv]",
    ),
    (
        "unsourced attack marked real",
        [("  family: ransomware\n", "  family: ransomware\n  basis: real\n")],
        "unsourced-fact",
        "warning",
        "'attack' is marked real but cites no source",
        "basis: real",
    ),
    (
        "dangling source on the attack",
        [("  family: ransomware\n", "  family: ransomware\n  sources: [src-z]\n")],
        "unknown-reference",
        "error",
        "no source in meta.sources has the id 'src-z'",
        "sources: [src-z]",
    ),
    (
        "the same provider twice",
        [("needs: [srv]}", "needs: [srv, {node: srv, type: soft}]}")],
        "repeated-provider",
        "warning",
        "'app' needs 'srv' more than once",
        "- {id: app",
    ),
    (
        "expiry on a timed inject",
        [("    at: J+1 08:00\n", "    at: J+1 08:00\n    until: J+1 10:00\n")],
        "useless-until",
        "warning",
        "'until:' only applies to conditional injects",
        "until: J+1 10:00",
    ),
]


@pytest.mark.parametrize(
    ("replacements", "code", "severity", "message", "line_fragment"),
    [pytest.param(*rule[1:], id=rule[0]) for rule in RULES],
)
def test_rule_reports_message_and_location(
    load_text, replacements, code, severity, message, line_fragment
):
    text = edit_base(*replacements)
    result = load_text(text)
    problem = only_problem(result.problems, code)
    assert problem.severity.value == severity
    assert message in problem.message
    assert problem.location.line == line_of(text, line_fragment)
    assert result.ok is (severity == "warning")
