"""Why a command is refused, or a decision not possible yet, in French and English.

The console shows these sentences in the language it is in, the command line in English,
so each one is written here in both (like the crisis log's, in ``wording``) instead of
being translated by the Qt shell. Scenario items are named by their own title or label in
the same language; an id appears only when it matches nothing in the scenario (a typing
mistake in a play script). French avoids adjectives after names, whose gender is unknown:
« X » doit être à l'état « chiffré ».
"""

from __future__ import annotations

from crisis_sim.core.exercise.words import Words, quoted
from crisis_sim.core.scenario.fields import Text


def _both(text: Text) -> tuple[str, str]:
    """A scenario text quoted in French and in English."""
    return quoted(text.get("fr"), "fr"), quoted(text.get("en"), "en")


def joined(reasons: list[Words], separator: str = "; ") -> Words:
    """Several reasons in one sentence (French puts a space before the semicolon)."""
    return Words(
        (" " + separator).join(r.fr for r in reasons), separator.join(r.en for r in reasons)
    )


# --- the clock -------------------------------------------------------------------------------

_CLOCK = {
    "ready": ("prête (avant le DEBEX)", "ready"),
    "running": ("en marche", "running"),
    "paused": ("en pause", "paused"),
    "finished": ("arrêtée (après la FINEX)", "finished"),
}


def already_started() -> Words:
    return Words("l'exercice a déjà commencé (DEBEX)", "the exercise has already started (DEBEX)")


def cannot_pause(state: str) -> Words:
    fr, en = _CLOCK.get(state, (state, state))
    return Words(
        f"l'horloge ne peut pas être mise en pause : elle est {fr}",
        f"the clock cannot be paused: it is {en}",
    )


def cannot_resume(state: str) -> Words:
    fr, en = _CLOCK.get(state, (state, state))
    return Words(
        f"l'horloge ne peut pas repartir : elle est {fr}",
        f"the clock cannot resume: it is {en}",
    )


def speed_not_whole(speed: object) -> Words:
    return Words(
        f"la vitesse est un nombre entier, pas {speed!r}",
        f"the speed must be a whole number, not {speed!r}",
    )


def speed_out_of_range(speed: int, lowest: int, highest: int) -> Words:
    return Words(
        f"la vitesse va de x{lowest} à x{highest}, pas x{speed}",
        f"the speed must be between x{lowest} and x{highest}, not x{speed}",
    )


def real_time_not_whole(value: object) -> Words:
    return Words(
        f"le temps réel se compte en millisecondes entières, pas {value!r}",
        f"real time must be whole milliseconds, not {value!r}",
    )


def real_time_backwards() -> Words:
    return Words("le temps réel ne revient pas en arrière", "real time cannot go backwards")


def no_inject_after(when: str) -> Words:
    return Words(
        f"aucun stimulus n'est programmé après {when} (les stimuli de réserve et ceux qui "
        "attendent une condition n'ont pas encore d'heure)",
        f"no inject is scheduled after {when} "
        "(reserve injects and injects waiting for a condition have no time yet)",
    )


def not_started(what: Words) -> Words:
    return Words(
        f"l'exercice n'a pas commencé : {what.fr} doit attendre le DEBEX",
        f"the exercise has not started: {what.en} must come after DEBEX",
    )


THIS = Words("cette action", "this")
A_DECISION = Words("une décision", "a decision")


def over(when: str) -> Words:
    return Words(
        f"l'exercice est terminé (FINEX à {when}) ; on ne peut plus ajouter que des "
        "observations et des notes",
        f"the exercise is over (FINEX at {when}); only observations and notes can still be added",
    )


def unreadable_time(text: str) -> Words:
    """A game time typed in the console that cannot be read."""
    return Words(
        f"« {text} » n'est pas une heure de jeu : écrivez-la comme J+1 10:30, H+2 ou 2h30",
        f"“{text}” is not a game time: write it like J+1 10:30, H+2 or 2h30",
    )


def not_a_game_time(t: object) -> Words:
    return Words(
        f"une heure de jeu est un nombre entier de secondes, pas {t!r}",
        f"a game time is a whole number of seconds, not {t!r}",
    )


def before_debex(when: str, debex: str) -> Words:
    return Words(f"{when} est avant le DEBEX ({debex})", f"{when} is before DEBEX ({debex})")


def before_now(when: str, now: str) -> Words:
    return Words(
        f"{when} est avant l'heure de jeu actuelle, {now} ; le temps du jeu ne fait qu'avancer",
        f"{when} is before the current game time {now}; game time only moves forward",
    )


# --- the chronogramme ------------------------------------------------------------------------

_INJECT_STATUS = {
    "scheduled": ("programmé", "scheduled"),
    "conditional": ("en attente de sa condition", "conditional"),
    "reserve": ("en réserve", "reserve"),
    "delivered": ("déjà envoyé", "delivered"),
    "skipped": ("écarté", "skipped"),
    "expired": ("expiré", "expired"),
}


def no_inject(inject_id: str) -> Words:
    return Words(
        f"aucun stimulus « {inject_id} » dans le scénario",
        f"no inject '{inject_id}' in the scenario",
    )


def already_delivered(title: Text, when: str) -> Words:
    fr, en = _both(title)
    return Words(
        f"le stimulus {fr} a déjà été envoyé à {when} ; pour l'envoyer à nouveau, "
        "utilisez la relance",
        f"the inject {en} was already delivered at {when}; use Resend to send it again",
    )


def not_delivered_yet(title: Text, status: str) -> Words:
    fr, en = _both(title)
    status_fr, status_en = _INJECT_STATUS.get(status, (status, status))
    return Words(
        f"le stimulus {fr} ne peut pas être relancé : il n'a pas été envoyé ({status_fr})",
        f"the inject {en} cannot be re-sent: it has not been delivered ({status_en})",
    )


def cannot_skip(title: Text, status: str) -> Words:
    fr, en = _both(title)
    status_fr, status_en = _INJECT_STATUS.get(status, (status, status))
    return Words(
        f"le stimulus {fr} ne peut pas être écarté : il est {status_fr}",
        f"the inject {en} cannot be skipped: it is {status_en}",
    )


def delivered_cannot_retime(title: Text) -> Words:
    fr, en = _both(title)
    return Words(
        f"le stimulus {fr} a déjà été envoyé ; son heure ne peut plus changer",
        f"the inject {en} was already delivered; it cannot be re-timed",
    )


def no_channel(channel: str, known: str) -> Words:
    return Words(
        f"aucun canal « {channel} » (canaux : {known})",
        f"no channel '{channel}' (channels: {known})",
    )


# --- decisions, reactions, notes -------------------------------------------------------------


def id_or_text() -> Words:
    return Words(
        "une décision est soit une décision du scénario, soit un texte libre, pas les deux",
        "a decision is either a catalogue id or a free text, not both",
    )


FREE_TEXT_DECISION = Words("une décision en texte libre", "a free-text decision")
A_NOTE = Words("une note", "a note")


def needs_text(what: Words) -> Words:
    return Words(f"{what.fr} doit avoir un texte", f"{what.en} needs some text")


def no_decision(decision_id: str, known: str) -> Words:
    return Words(
        f"aucune décision « {decision_id} » dans le scénario (connues : {known})",
        f"no decision '{decision_id}' in the scenario (known: {known})",
    )


def decision_not_now(label: Text, unmet: list[Words]) -> Words:
    fr, en = _both(label)
    why = joined(unmet)
    return Words(
        f"la décision {fr} ne peut pas être prise maintenant : {why.fr}",
        f"the decision {en} cannot be taken now: {why.en}",
    )


_RESTORE_FR = {
    "online-backups": "il est chiffré et ses sauvegardes étaient en ligne, chiffrées avec lui ; "
    "seule une sauvegarde hors ligne peut le remettre en service",
    "no-backup": "il est chiffré et n'a pas de sauvegarde ; il faut le reconstruire entièrement",
    "backup-failed": "sa sauvegarde non testée a déjà échoué à la restauration",
}
_RESTORE_EN = {
    "online-backups": "it is encrypted and its backups were online, encrypted with it; "
    "only an offline backup can bring it back",
    "no-backup": "it is encrypted and has no backup; it must be rebuilt from scratch",
    "backup-failed": "its untested backup already failed to restore",
}


def restore_refused(label: Text, node: Text, reason: str) -> Words:
    """A decision whose restore cannot start (``reason``: a key of the engine's
    RESTORE_REFUSALS), naming the node as the players know it."""
    fr, en = _both(label)
    name_fr, name_en = _both(node)
    return Words(
        f"la décision {fr} ne peut pas restaurer {name_fr} : {_RESTORE_FR[reason]}",
        f"the decision {en} cannot restore {name_en}: {_RESTORE_EN[reason]}",
    )


def simulation_refuses(label: Text, detail: str) -> Words:
    """Any other refusal of the engine (an unknown id, a time gone by), which a scenario
    that passed its checks does not meet: its detail stays in the engine's English."""
    fr, en = _both(label)
    return Words(
        f"la simulation refuse la décision {fr} : {detail}",
        f"the simulation refuses the decision {en}: {detail}",
    )


def no_player_role(role: str, roles: str) -> Words:
    return Words(
        f"aucun rôle « {role} » dans la cellule de crise (rôles : {roles})",
        f"no role '{role}' in the crisis cell (roles: {roles})",
    )


def no_role(role: str, roles: str) -> Words:
    return Words(f"aucun rôle « {role} » (rôles : {roles})", f"no role '{role}' (roles: {roles})")


def not_a_mark(status: object) -> Words:
    return Words(
        f"« {status} » n'est ni observed, ni partial, ni missed",
        f"'{status}' is not observed, partial or missed",
    )


def no_reaction(reaction_id: str) -> Words:
    return Words(
        f"aucune réaction attendue « {reaction_id} » dans le scénario",
        f"no expected reaction '{reaction_id}' in the scenario",
    )


def reaction_not_expected_yet(reaction: Text, inject_title: Text) -> Words:
    reaction_fr, reaction_en = _both(reaction)
    title_fr, title_en = _both(inject_title)
    return Words(
        f"la réaction {reaction_fr} n'est pas encore attendue : son stimulus {title_fr} "
        "n'a pas été envoyé",
        f"the reaction {reaction_en} is not expected yet: its inject {title_en} "
        "has not been delivered",
    )


def no_note(note_id: str, known: str) -> Words:
    return Words(
        f"aucune note « {note_id} » dans la main courante (notes : {known})",
        f"no note '{note_id}' in the log (notes: {known})",
    )


# --- a decision's preconditions --------------------------------------------------------------

# A node's state as a label (the names the console's legend uses).
_STATES = {
    "operational": ("en service", "working"),
    "degraded": ("dégradé", "degraded"),
    "down": ("hors service", "down"),
    "compromised": ("compromis", "compromised"),
    "encrypted": ("chiffré", "encrypted"),
    "isolated": ("isolé", "isolated"),
    "restoring": ("en restauration", "being restored"),
    "paper": ("sur papier", "on paper"),
}


def needs_decision_first(label: Text) -> Words:
    fr, en = _both(label)
    return Words(f"il faut d'abord la décision {fr}", f"it needs the decision {en} first")


def cannot_follow(label: Text) -> Words:
    fr, en = _both(label)
    return Words(
        f"elle est incompatible avec la décision {fr}, déjà prise",
        f"it cannot follow the decision {en}",
    )


def needs_state(name: Text, wanted: str, current: str) -> Words:
    node_fr, node_en = _both(name)
    wanted_fr, wanted_en = _STATES.get(wanted, (wanted, wanted))
    current_fr, current_en = _STATES.get(current, (current, current))
    return Words(
        f"{node_fr} doit être à l'état « {wanted_fr} » (état actuel : « {current_fr} »)",
        f"it needs {node_en} to be {wanted_en} (it is {current_en})",
    )


def not_before(when: str) -> Words:
    return Words(f"pas avant {when}", f"it cannot be taken before {when}")
