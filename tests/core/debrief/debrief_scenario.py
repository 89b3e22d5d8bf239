"""A small town hall scenario in which every kind of debrief finding can be made to appear, or
not, by the play script: the tests below write one script per case."""

from __future__ import annotations

from typing import Any

DEBRIEF = """\
meta:
  id: debrief-town
  format: 1
  title: {fr: Commune test, en: Test town}
  t0: 2025-03-14T08:00:00+01:00
  duration: 1j
  seed: 7
organisation: {name: Commune test, kind: commune, population: 2000, agents: 40}
roles:
  - {id: maire, kind: elected, name: {fr: Maire, en: Mayor}}
  - {id: dgs, kind: dgs, name: {fr: DGS, en: Chief executive}}
  - {id: dsi, kind: it, name: {fr: Informatique, en: IT}}
  - {id: com, kind: communication, name: {fr: Communication, en: Communication}}
personas:
  - {id: presse, kind: press, name: {fr: Presse locale, en: Local press}}
  - {id: prestataire, kind: provider, name: {fr: Prestataire, en: Provider}}
zones:
  - {id: internet, kind: internet, name: Internet, links: [lan]}
  - {id: lan, name: {fr: Réseau, en: Network}}
nodes:
  - {id: srv, kind: server, name: {fr: Serveur métier, en: Business server}, zone: lan,
     backup: offline, restore_effort: 2h}
  - {id: dns, kind: server, name: {fr: Serveur DNS, en: DNS server}, zone: lan}
  - {id: dns2, kind: server, name: {fr: Serveur DNS secours, en: Standby DNS server},
     zone: lan}
  - {id: app-ec, kind: application, name: {fr: Logiciel état civil, en: Registry software},
     zone: lan, needs: [srv, DNS_NEED]}
  - {id: app-bib, kind: application, name: {fr: Logiciel bibliothèque, en: Library software},
     zone: lan, needs: [DNS_NEED]}
  - {id: etat-civil, kind: public-service, criticality: vital, mtd: 4h, serves: 2000,
     name: {fr: État civil, en: Civil registry}, needs: [app-ec]}
  - {id: accueil, kind: public-service, criticality: high, mtd: 2h, serves: 800,
     name: {fr: Accueil, en: Front desk}, needs: [app-ec]}
  - {id: bibliotheque, kind: public-service, criticality: medium, mtd: 1j, serves: 500,
     name: {fr: Bibliothèque, en: Library}, needs: [app-bib]}
  - {id: courrier, kind: business-function, criticality: low,
     name: {fr: Courrier, en: Mail}, needs: [app-ec]}
fallbacks:
  - {id: registre, function: etat-civil, name: {fr: Registre papier, en: Paper register},
     prepared: true, starts: on-decision, activation: 1h, capacity: 50%,
     recommendations: [ANSSI-EXE-F11]}
  - {id: fiches, function: bibliotheque, name: {fr: Fiches de prêt, en: Loan slips},
     prepared: false, starts: on-decision, activation: 30min, unprepared_activation: 3h,
     capacity: 30%}
  - {id: courrier-papier, function: courrier, name: {fr: Registre courrier, en: Mail book},
     prepared: false, starts: on-decision, activation: 1h, capacity: 50%}
attack:
  family: ransomware
  steps:
    - {id: entree, at: H+1, kind: initial-access, effect: compromise, targets: [srv],
       entry: internet}
    - {id: chiffrement, at: H+2, kind: encryption, effect: encrypt, targets: [srv, dns, dns2]}
injects:
  - id: alerte
    at: H+2
    channel: email
    sender: prestataire
    to: [dsi]
    title: {fr: Alerte antivirus, en: Antivirus alert}
    text: Alerte.
    expected:
      - {id: r-isoler, text: {fr: Isoler le réseau, en: Isolate the network}, within: 1h,
         roles: [dsi], closed_by: [isoler], recommendations: [CERTFR-2025-RFX-006]}
  - id: appel-presse
    at: H+2
    channel: phone
    sender: presse
    to: [com]
    title: {fr: La presse appelle, en: The press calls}
    text: Que se passe-t-il ?
    expected:
      - {id: r-presse, text: {fr: Répondre à la presse, en: Answer the press}, within: 1h,
         roles: [com]}
  - id: point
    at: H+3
    channel: phone
    sender: prestataire
    to: [dgs]
    title: {fr: Point de situation, en: Situation report}
    text: Un point ?
    expected:
      - {id: r-point, text: {fr: Faire un point écrit, en: Write a situation report},
         within: 1h, roles: [dgs], recommendations: [ANSSI-CRISE-GUIDE]}
decisions:
  - id: isoler
    label: {fr: Couper internet, en: Cut internet}
    effects: [{cut_link: [internet, lan]}]
    practice: good
    rationale: {fr: Coupe l'attaquant., en: Cuts the attacker off.}
    recommendations: [CERTFR-2025-RFX-006]
  - id: papier
    label: {fr: Registre papier, en: Paper register}
    effects: [{activate_fallback: registre}]
    practice: good
    recommendations: [ANSSI-CRISE-CONTINUITY]
  - id: fiches
    label: {fr: Fiches de prêt, en: Loan slips}
    effects: [{activate_fallback: fiches}]
  - id: courrier-papier
    label: {fr: Registre courrier, en: Mail book}
    effects: [{activate_fallback: courrier-papier}]
  - id: payer
    label: {fr: Payer la rançon, en: Pay the ransom}
    practice: bad
    rationale: {fr: Aucune garantie., en: No guarantee.}
    recommendations: [ANSSI-RANSOM-NO-RANSOM]
  - id: eteindre
    label: {fr: Tout éteindre, en: Switch everything off}
    effects: [{shut_down: [srv]}]
  - id: preuves
    label: {fr: Garder les preuves, en: Keep the evidence}
    practice: good
    recommendations: [ANSSI-RANSOM-STANDBY]
  - id: contacter-attaquant
    label: {fr: Écrire à l'attaquant, en: Write to the attacker}
    practice: bad
    recommendations: [CERTFR-2024-RFX-001]
  - id: restaurer
    label: {fr: Restaurer le serveur, en: Restore the server}
    requires: [{decision: isoler}]
    effects: [{restore: {node: srv}}]
objectives:
  - id: contenir
    title: {fr: Contenir, en: Contain}
    evidence:
      - {decision: isoler, by: H+3}
      - {reaction: r-isoler}
    recommendations: [CERTFR-2025-RFX-006]
"""


def scenario_text(redundant_dns: bool = False) -> str:
    need = "{any_of: [dns, dns2], at_least: 1}" if redundant_dns else "dns"
    return DEBRIEF.replace("DNS_NEED", need)


def ids(debrief: Any) -> set[str]:
    """The ids of a debrief's findings."""
    return {finding.id for finding in debrief.findings}
