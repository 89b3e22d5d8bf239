"""A small scenario for the GUI tests: a public service that goes to paper, an internal one
that stays down, a soft dependency and a decision."""

from __future__ import annotations

GUI_SCENARIO = """\
meta:
  id: gui-mairie
  format: 1
  title: {fr: Mairie test, en: Test town hall}
  t0: 2021-01-15T23:00:00+01:00
  duration: 2j
  seed: 7
organisation: {name: Mairie de Testville, kind: commune, population: 3500, agents: 40}
roles:
  - {id: maire, kind: elected, name: {fr: Maire, en: Mayor}}
  - {id: dsi, kind: it, name: {fr: DSI, en: IT lead}}
personas:
  - {id: presse, kind: press, name: {fr: Presse, en: Press}}
zones:
  - {id: internet, kind: internet, name: Internet}
  - {id: lan, name: {fr: Réseau interne, en: Internal network}, links: [internet]}
nodes:
  - {id: san-principal, kind: infrastructure, name: {fr: Baie de stockage, en: Storage array},
     zone: lan, backup: offline}
  - {id: srv, kind: server, name: {fr: Serveur métier, en: Business server}, zone: lan,
     needs: [san-principal], backup: offline, restore_effort: 4h}
  - {id: app-ec, kind: application, name: {fr: Logiciel état civil, en: Registry software},
     zone: lan, needs: [srv]}
  - {id: web, kind: external, name: {fr: Site web, en: Website}, zone: internet}
  - {id: etat-civil, kind: public-service, name: {fr: État civil, en: Civil registry},
     needs: [app-ec, {node: web, type: soft}], mtd: 1j, serves: 3200}
  - {id: paie, kind: business-function, name: {fr: Paie, en: Payroll}, needs: [app-ec],
     mtd: 4h, serves: 40}
fallbacks:
  - {id: registre, function: etat-civil, name: {fr: Registre papier, en: Paper register},
     prepared: true, activation: 2h, capacity: 30%}
attack:
  family: ransomware
  steps:
    - {id: chiffrement, at: J+1 02:00, kind: encryption, effect: encrypt,
       targets: [san-principal], entry: internet}
injects:
  - id: appel-presse
    at: J+1 08:00
    channel: phone
    sender: presse
    to: [maire]
    title: {fr: Appel de la presse, en: Call from the press}
    text: {fr: La presse appelle., en: The press calls.}
    expected:
      - {id: repondre, text: {fr: Répondre calmement, en: Answer calmly}, within: 1h,
         roles: [maire]}
decisions:
  - id: isoler
    label: {fr: Isoler le réseau, en: Isolate the network}
    effects:
      - isolate: [lan]
  - id: isoler-serveur
    label: {fr: Isoler le serveur métier, en: Isolate the business server}
    effects:
      - isolate: [srv]
"""

# Game times of the story, in seconds since T0 (J+0 23:00).
ENCRYPTED_AT = 3 * 3600  # J+1 02:00
PAPER_AT = ENCRYPTED_AT + 2 * 3600  # J+1 04:00
