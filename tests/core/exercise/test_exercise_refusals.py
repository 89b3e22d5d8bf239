"""Refusals and unmet preconditions carry their reason in French and English: the console
shows the language it is in, the command line (``str``) English."""

from __future__ import annotations

import pytest
from mini_scenario import MINI

from crisis_sim.core.exercise import commands as c
from crisis_sim.core.exercise.decisions import unmet_preconditions
from crisis_sim.core.exercise.errors import ExerciseError, JournalError
from crisis_sim.core.exercise.session import Session
from crisis_sim.core.scenario.loader import load_scenario


def _refusal(d, command) -> ExerciseError:
    with pytest.raises(ExerciseError) as caught:
        d.do(command)
    return caught.value


def test_a_decision_refused_for_its_preconditions_says_why_in_both_languages(driver):
    d = driver().start()
    d.do(c.JumpTo(d.t("H+1")))
    error = _refusal(d, c.TakeDecision("dsi", decision="restaurer"))
    assert error.reason.get("fr") == (
        "la décision « Restaurer le serveur » ne peut pas être prise maintenant : "
        "il faut d'abord la décision « Isoler le réseau » ; pas avant J+0 12:00"
    )
    assert (
        error.reason.get("en")
        == str(error)
        == (
            "the decision “Restore the server” cannot be taken now: it needs the decision "
            "“Isolate the network” first; it cannot be taken before J+0 12:00"
        )
    )


def test_unmet_preconditions_name_states_in_each_language(driver):
    d = driver().start()
    d.run_to("H+2")
    session = d.session
    decision = session.scenario.decision_by_id["expertiser"]
    (reason,) = unmet_preconditions(
        decision, session.decisions, session.world, session.now, session.scenario
    )
    assert reason.fr == "« Serveur » doit être à l'état « chiffré » (état actuel : « compromis »)"
    assert reason.en == "it needs “Server” to be encrypted (it is compromised)"


def test_chronogramme_refusals_name_the_inject_by_its_title(driver):
    d = driver().start()
    d.run_to("H+3")
    error = _refusal(d, c.Deliver("alerte"))
    assert error.reason.fr.startswith("le stimulus « Alerte » a déjà été envoyé à J+0 10:00 ;")
    assert error.reason.en.startswith("the inject “Alert” was already delivered at J+0 10:00;")
    skipped = _refusal(d, c.Skip("alerte")).reason
    assert skipped.fr == "le stimulus « Alerte » ne peut pas être écarté : il est déjà envoyé"


def test_a_refusal_after_finex_is_worded_in_both_languages(driver):
    d = driver().start()
    d.do(c.Finex())
    reason = _refusal(d, c.TakeDecision("dsi", decision="isoler")).reason
    assert reason.fr.startswith("l'exercice est terminé (FINEX à J+0 08:00)")
    assert reason.en.startswith("the exercise is over (FINEX at J+0 08:00)")


def test_a_reason_given_as_plain_text_reads_the_same_in_both_languages():
    error = JournalError("s.jsonl:3: this line is damaged")
    assert error.reason.fr == error.reason.en == str(error) == "s.jsonl:3: this line is damaged"


@pytest.mark.parametrize(
    ("backup", "fr", "en"),
    [
        (
            "online",
            "il est chiffré et ses sauvegardes étaient en ligne, chiffrées avec lui ; "
            "seule une sauvegarde hors ligne peut le remettre en service",
            "it is encrypted and its backups were online, encrypted with it; "
            "only an offline backup can bring it back",
        ),
        (
            "none",
            "il est chiffré et n'a pas de sauvegarde ; il faut le reconstruire entièrement",
            "it is encrypted and has no backup; it must be rebuilt from scratch",
        ),
    ],
)
def test_a_restore_the_simulation_refuses_says_why_in_both_languages(tmp_path, backup, fr, en):
    """The engine's reason used to reach the French console in English, with the node's id."""
    path = tmp_path / "mini.yaml"
    path.write_text(MINI.replace("backup: offline", f"backup: {backup}"), encoding="utf-8")
    session = Session(load_scenario(path).scenario)
    session.apply(c.Start(), 0)
    session.apply(c.JumpTo(4 * 3600), 0)  # the server was encrypted at H+3
    session.apply(c.TakeDecision("dsi", decision="isoler"), 0)  # restoring needs it first
    with pytest.raises(ExerciseError) as caught:
        session.apply(c.TakeDecision("dsi", decision="restaurer"), 0)
    error = caught.value
    assert error.reason.fr == (
        f"la décision « Restaurer le serveur » ne peut pas restaurer « Serveur » : {fr}"
    )
    assert error.reason.en == str(error)
    assert str(error) == f"the decision “Restore the server” cannot restore “Server”: {en}"
