"""A tiny scenario with one inject of every kind, written as text for the exercise tests."""

from __future__ import annotations

MINI = """\
meta:
  id: mini
  format: 1
  title: {fr: Mini mairie, en: Mini town hall}
  t0: 2025-01-10T08:00:00+01:00
  duration: 1j
  seed: 3
organisation: {name: Mini, kind: commune, population: 100, agents: 5}
roles:
  - {id: maire, kind: elected, name: {fr: Maire, en: Mayor}}
  - {id: dsi, kind: it, name: {fr: DSI, en: IT lead}}
personas:
  - {id: presse, kind: press, name: {fr: Presse, en: Press}}
  - {id: prestataire, kind: provider, name: {fr: Prestataire, en: Provider}}
zones:
  - {id: internet, kind: internet, name: Internet, links: [lan]}
  - {id: lan, name: {fr: Réseau, en: Network}}
nodes:
  - {id: srv, kind: server, name: {fr: Serveur, en: Server}, zone: lan, backup: offline,
     restore_effort: 2h}
  - {id: app, kind: application, name: {fr: Logiciel, en: Software}, zone: lan, needs: [srv]}
  - {id: etat-civil, kind: public-service, name: {fr: État civil, en: Civil registry},
     needs: [app]}
fallbacks:
  - {id: registre, function: etat-civil, name: {fr: Registre papier, en: Paper register},
     prepared: true, starts: on-decision, activation: 1h, capacity: 50%}
attack:
  family: ransomware
  steps:
    - {id: entree, at: H+1, kind: initial-access, effect: compromise, targets: [srv],
       entry: internet}
    - {id: chiffrement, at: H+3, kind: encryption, effect: encrypt, targets: [srv]}
injects:
  - id: alerte
    at: H+2
    channel: email
    sender: prestataire
    to: [dsi]
    title: {fr: Alerte, en: Alert}
    text: Alerte antivirus.
    expected:
      - {id: isoler-vite, text: {fr: Isoler, en: Isolate}, within: 1h, roles: [dsi],
         closed_by: [isoler]}
  - id: appel-presse
    at: H+2
    channel: phone
    sender: presse
    to: [maire]
    title: {fr: Appel presse, en: Press call}
    text: La presse appelle.
    expected:
      - {id: repondre-presse, text: {fr: Répondre, en: Answer}, within: 2h, roles: [maire]}
  - id: panne
    when: {node: etat-civil, state: down, for: 30min}
    until: H+8
    channel: walk-in
    sender: presse
    to: [maire]
    title: {fr: Guichet fermé, en: Desk closed}
    text: Le guichet est fermé.
  - id: relance
    reserve: true
    channel: sms
    sender: prestataire
    to: [dsi]
    title: {fr: Relance, en: Reminder}
    text: Relance.
  - id: pas-isole
    when: {decision: isoler, taken: false, by: H+4}
    channel: phone
    sender: prestataire
    to: [dsi]
    title: {fr: Toujours pas isolé, en: Still not isolated}
    text: Pas isolé.
  - id: suite
    when: {inject: alerte, after: 15min}
    channel: email
    sender: prestataire
    to: [dsi]
    title: {fr: Suite, en: Follow-up}
    text: Suite de l'alerte.
  - id: apres-isolement
    when: {decision: isoler}
    until: H+6
    channel: phone
    sender: prestataire
    to: [dsi]
    title: {fr: Isolement constaté, en: Isolation seen}
    text: Isolement constaté.
  - id: annonce
    reserve: true
    channel: press
    sender: presse
    to: [maire]
    title: {fr: Annonce, en: Announcement}
    text: Annonce.
  - id: article
    at: H+5
    surprise: true
    channel: press
    sender: presse
    to: [maire]
    title: {fr: Article, en: Article}
    text: Article.
decisions:
  - id: isoler
    label: {fr: Isoler le réseau, en: Isolate the network}
    effects:
      - isolate: [lan]
  - id: restaurer
    label: {fr: Restaurer le serveur, en: Restore the server}
    requires:
      - decision: isoler
      - after: H+4
    effects:
      - restore: {node: srv}
  - id: papier
    label: {fr: Passer au papier, en: Go to paper}
    effects:
      - activate_fallback: registre
  - id: communiquer
    label: {fr: Communiquer, en: Communicate}
    effects:
      - trigger_inject: {inject: annonce, after: 10min}
  - id: payer
    label: {fr: Payer, en: Pay}
    requires:
      - not_decision: isoler
  - id: expertiser
    label: {fr: Expertiser le serveur, en: Examine the server}
    requires:
      - {node: srv, state: encrypted}
objectives:
  - id: contenir
    title: Contenir
    evidence: [{decision: isoler, by: H+3}]
"""
