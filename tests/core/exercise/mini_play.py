"""A play script for the mini scenario that uses every kind of action."""

from __future__ import annotations

MINI_PLAY = """\
- at: M+0
  speed: 60
- at: M+30
  note: "Cellule de veille ouverte."
  by: maire
- at: H+1
  decide: communiquer
  by: maire
- at: H+2 M+10
  decide: isoler
  by: dsi
- at: H+2 M+20
  pause: 10min
- at: H+2 M+30
  mark: {reaction: repondre-presse, status: partial, comment: "Réponse tardive"}
  by: observateur
- deliver: relance
  channel: phone
- resend: {inject: appel-presse, channel: sms}
- skip: panne
- at: H+3
  pause: true
- note: "Discussion sur la communication."
  by: direx
- resume
- at: H+3 M+30
  retime: {inject: article, to: H+5 M+30}
- at: H+4 M+10
  decide: restaurer
  by: dsi
- decide: {text: "Prévenir l'assureur"}
  by: maire
- at: H+6
  jump: true
- edit: {note: note-1, text: "Cellule de veille ouverte à 8 h 30."}
  by: maire
- at: H+8
  finex: true
- note: "RETEX à chaud."
  by: direx
"""
