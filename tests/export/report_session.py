"""Session files for the report tests: the bundled Angers play, and a scenario whose texts
try every kind of markup injection."""

from __future__ import annotations

from pathlib import Path

from crisis_sim.core.exercise.journal import EmbeddedText
from crisis_sim.core.exercise.playscript import load_play_script, load_play_script_text
from crisis_sim.core.exercise.runner import play
from crisis_sim.core.exercise.store import create_session
from crisis_sim.core.resources import scenarios_dir
from crisis_sim.core.scenario.loader import load_scenario

EVIL = "<script>alert(1)</script> & ]]> [lien](http://evil.example/x) ![img](http://evil.example/i.png)"
FORMULA = "=cmd|' /C calc'!A0"


def angers_session(folder: Path) -> Path:
    path = scenarios_dir() / "angers-2021.yaml"
    scenario = load_scenario(path).scenario
    assert scenario is not None
    script_path = scenarios_dir() / "angers-2021.play.yaml"
    out = folder / "angers.session.jsonl"
    session = create_session(scenario, out, script=EmbeddedText.of_bytes(script_path.read_bytes()))
    try:
        play(session, load_play_script(script_path, scenario))
    finally:
        session.close()
    return out


def _yaml(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def evil_scenario() -> str:
    e = _yaml(EVIL)
    f = _yaml(FORMULA)
    return f"""\
meta:
  id: evil
  format: 1
  title: {{fr: {e}, en: {e}}}
  t0: 2025-01-10T08:00:00+01:00
  duration: 1j
organisation: {{name: {e}, kind: commune, population: 100, agents: 5}}
roles:
  - {{id: maire, kind: elected, name: {{fr: {e}, en: {e}}}}}
personas:
  - {{id: presse, kind: press, name: {{fr: {f}, en: {f}}}}}
zones:
  - {{id: lan, name: Réseau}}
nodes:
  - {{id: srv, kind: server, name: {e}, zone: lan}}
  - {{id: guichet, kind: public-service, name: {e}, mtd: 1h, serves: 10, needs: [srv]}}
fallbacks:
  - {{id: papier, function: guichet, name: {e}, prepared: true, starts: on-decision,
     activation: 1h, capacity: 50%}}
attack:
  family: ransomware
  steps:
    - {{id: chiffre, at: H+1, kind: encryption, effect: encrypt, targets: [srv], entry: lan}}
injects:
  - id: article
    at: H+2
    channel: press
    sender: presse
    to: [maire]
    title: {{fr: {e}, en: {e}}}
    text: {e}
    expected:
      - {{id: r-repondre, text: {{fr: {f}, en: {f}}}, within: 1h, roles: [maire]}}
decisions:
  - id: payer
    label: {{fr: {e}, en: {e}}}
    practice: bad
    rationale: {{fr: {e}, en: {e}}}
    recommendations: [ANSSI-RANSOM-NO-RANSOM]
objectives:
  - id: tenir
    title: {{fr: {e}, en: {e}}}
    evidence: [{{decision: payer, by: H+3}}]
"""


EVIL_PLAY = f"""\
- at: H+1 M+30
  note: {_yaml(FORMULA)}
  by: maire
- decide: {{text: {_yaml(EVIL)}}}
  by: maire
- at: H+2 M+10
  decide: payer
  by: maire
- note: {_yaml(EVIL)}
  by: maire
- at: H+6
  finex: true
"""


def evil_session(folder: Path) -> Path:
    path = folder / "evil.yaml"
    path.write_text(evil_scenario(), encoding="utf-8")
    result = load_scenario(path)
    assert result.scenario is not None, [p.render() for p in result.problems]
    out = folder / "evil.session.jsonl"
    session = create_session(result.scenario, out, script=EmbeddedText.of_bytes(b"x"))
    try:
        play(session, load_play_script_text(EVIL_PLAY, result.scenario, "evil.play.yaml"))
    finally:
        session.close()
    return out
