"""A small valid scenario written as text, and helpers to find lines in it."""

from __future__ import annotations

from crisis_sim.core.problems import Problem

BASE_SCENARIO = """\
meta:
  id: test-mairie
  format: 1
  title: {fr: Mairie test, en: Test town hall}
  t0: 2021-01-15T23:00:00+01:00
  duration: 3j
  seed: 7
  sources:
    - {id: src-a, title: Source A, checked: V}
organisation: {name: Mairie test, kind: commune, population: 3500, agents: 40}
roles:
  - {id: maire, kind: elected, name: {fr: Maire, en: Mayor}}
  - {id: dsi, kind: it, name: {fr: DSI, en: IT lead}}
personas:
  - {id: presse, kind: press, name: {fr: Presse, en: Press}}
zones:
  - {id: internet, kind: internet, name: Internet}
  - {id: lan, name: {fr: Réseau interne, en: Internal network}, links: [internet]}
nodes:
  - {id: san, kind: infrastructure, name: SAN, zone: lan, backup: offline}
  - {id: srv, kind: server, name: Serveur, zone: lan, needs: [san], backup: offline}
  - {id: app, kind: application, name: Logiciel, zone: lan, needs: [srv]}
  - {id: etat-civil, kind: public-service, name: État civil, needs: [app], mtd: 1j}
fallbacks:
  - {id: registre, function: etat-civil, name: Registre papier, prepared: true,
     activation: 2h, capacity: 30%}
attack:
  family: ransomware
  steps:
    - {id: entree, at: J+0 23:30, kind: initial-access, effect: compromise,
       targets: [srv], entry: internet}
    - {id: chiffrement, at: J+1 02:00, kind: encryption, effect: encrypt, target_zones: [lan]}
injects:
  - id: appel-presse
    at: J+1 08:00
    channel: phone
    sender: presse
    to: [maire]
    title: {fr: Appel, en: Call}
    text: {fr: La presse appelle., en: The press calls.}
    expected:
      - {id: repondre, text: Répondre, within: 1h, roles: [maire], closed_by: [isoler]}
decisions:
  - id: isoler
    label: {fr: Isoler le réseau, en: Isolate the network}
    effects:
      - isolate: [lan]
objectives:
  - id: contenir
    title: Contenir
    evidence: [{decision: isoler, by: J+1 12:00}]
"""


def line_of(text: str, fragment: str, occurrence: int = 1) -> int:
    """1-based line number of the n-th line containing ``fragment``."""
    hits = [i for i, line in enumerate(text.splitlines(), 1) if fragment in line]
    return hits[occurrence - 1]


def column_of(text: str, fragment: str) -> int:
    line = text.splitlines()[line_of(text, fragment) - 1]
    return line.index(fragment) + 1


def edit_base(*replacements: tuple[str, str]) -> str:
    text = BASE_SCENARIO
    for old, new in replacements:
        assert old in text, f"test setup: {old!r} not in the base scenario"
        text = text.replace(old, new, 1)
    return text


def only_problem(problems: list[Problem], code: str) -> Problem:
    matching = [p for p in problems if p.code == code]
    assert len(matching) == 1, [p.render() for p in problems]
    return matching[0]
