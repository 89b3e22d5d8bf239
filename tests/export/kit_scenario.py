"""A small scenario with every kind of inject, and markup a careless renderer would obey."""

from __future__ import annotations

MARKUP_TITLE = "<b>x</b> & co"
MARKUP_TEXT = '<font size="40">gros</font> &amp; <br/> fin'

KIT_SCENARIO = """\
meta:
  id: kit-test
  format: 1
  title: {fr: "<b>x</b> & co", en: "<b>x</b> & co"}
  t0: 2021-01-15T23:00:00+01:00
  duration: 2j
organisation: {name: "Commune d'Essai & Cie", kind: commune, population: 3500, agents: 40}
roles:
  - {id: maire, kind: elected, name: {fr: Maire, en: Mayor}}
  - {id: dsi, kind: it, name: {fr: Référent informatique, en: IT lead}}
personas:
  - {id: presse, kind: press, name: {fr: Gazette locale, en: Local gazette}}
  - {id: anssi, kind: anssi, name: {fr: Permanence ANSSI, en: ANSSI duty officer}}
  - {id: prestataire, kind: provider, name: {fr: Infogéreur Durand, en: Durand IT services}}
  - {id: attaquant, kind: attacker, name: {fr: Groupe criminel, en: Criminal group}}
zones:
  - {id: internet, kind: internet, name: Internet}
  - {id: lan, name: {fr: Réseau interne, en: Internal network}, links: [internet]}
nodes:
  - {id: srv, kind: server, name: Serveur, zone: lan, backup: offline}
  - {id: app, kind: application, name: {fr: Logiciel état civil, en: Registry software},
     zone: lan, needs: [srv]}
  - {id: etat-civil, kind: public-service, name: {fr: État civil, en: Civil registry},
     needs: [app], mtd: 1j, serves: 3500, criticality: vital}
  - {id: paie, kind: business-function, name: {fr: Paie, en: Payroll}, needs: [app], mtd: 5j}
fallbacks:
  - id: registre
    function: etat-civil
    name: {fr: Registre papier, en: Paper register}
    description: {fr: "Actes écrits à la main.", en: "Records written by hand."}
    prepared: true
    starts: on-decision
    activation: 2h
    unprepared_activation: 1j
    capacity: 30%
    staff: 2
    recommendations: [ANSSI-EXE-F11]
attack:
  family: ransomware
  steps:
    - {id: entree, at: J+0 23:30, kind: initial-access, effect: compromise,
       targets: [srv], entry: internet}
    - {id: chiffrement, at: J+1 02:00, kind: encryption, effect: encrypt, target_zones: [lan]}
injects:
  - id: rancon
    at: J+1 08:00
    channel: email
    sender: attaquant
    to: [maire, dsi]
    title: {fr: Demande de rançon, en: Ransom demand}
    text:
      fr: 'Payez. <font size="40">gros</font> &amp; <br/> fin'
      en: 'Pay up. <font size="40">gros</font> &amp; <br/> fin'
    expected:
      - id: ne-pas-payer
        text: {fr: Refuser de payer la rançon, en: Refuse to pay the ransom}
        within: 4h
        roles: [maire]
        recommendations: [ANSSI-RANSOM-NO-RANSOM]
  - id: article
    at: J+1 11:00
    surprise: true
    channel: press
    sender: presse
    to: [maire]
    title: {fr: Article en ligne, en: Online article}
    text: {fr: La mairie ne répond pas., en: The town hall does not answer.}
    expected:
      - {id: communique, text: {fr: Publier un communiqué, en: Publish a statement},
         within: 2h, roles: [maire], recommendations: [ANSSI-COM-GUIDE]}
  - id: relance-anssi
    when: {decision: isoler, taken: false, by: J+1 09:00}
    channel: phone
    sender: anssi
    to: [dsi]
    title: {fr: L'ANSSI relance, en: ANSSI follows up}
    text: {fr: Avez-vous isolé le réseau ?, en: Have you isolated the network?}
    expected:
      - {id: isoler-vite, text: {fr: Isoler sans éteindre, en: Isolate without switching off},
         within: 1h, roles: [dsi], recommendations: [ANSSI-RANSOM-STANDBY]}
  - id: famille
    when: {node: app, state: encrypted, for: 3h}
    until: J+1 18:00
    channel: walk-in
    sender: prestataire
    to: [maire]
    title: {fr: Une famille au guichet, en: A family at the desk}
    text: {fr: Une famille veut déclarer une naissance., en: A family wants to register a birth.}
  - id: reserve-sms
    reserve: true
    channel: sms
    sender: prestataire
    to: [dsi]
    title: {fr: Relance par SMS, en: Reminder by text}
    text: {fr: Merci de rappeler., en: Please call back.}
decisions:
  - id: isoler
    label: {fr: Isoler le réseau, en: Isolate the network}
    effects:
      - isolate: [lan]
  - id: registre-papier
    label: {fr: Passer au registre papier, en: Move to the paper register}
    effects:
      - activate_fallback: registre
objectives:
  - id: contenir
    title: {fr: Contenir l'attaque, en: Contain the attack}
    evidence: [{decision: isoler, by: J+1 12:00}]
    recommendations: [CERTFR-2025-RFX-006]
  - id: continuer
    title: {fr: Garder l'état civil ouvert, en: Keep the registry open}
    evidence: [{fallback: registre, by: J+1 10:00}, {reaction: ne-pas-payer}]
"""

INJECT_TITLES = {
    "fr": [
        "Demande de rançon",
        "Article en ligne",
        "L'ANSSI relance",
        "Une famille au guichet",
        "Relance par SMS",
    ],
    "en": [
        "Ransom demand",
        "Online article",
        "ANSSI follows up",
        "A family at the desk",
        "Reminder by text",
    ],
}
REACTIONS = {
    "fr": ["Refuser de payer la rançon", "Publier un communiqué", "Isoler sans éteindre"],
    "en": ["Refuse to pay the ransom", "Publish a statement", "Isolate without switching off"],
}
