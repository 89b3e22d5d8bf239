"""The crisis log's sentences, in French and English, built from the scenario's own texts.

A main courante is written in short factual lines: who, what, through which channel, why.
Sentences avoid French adjectives after names (agreement would need the gender of every
node name) by naming the event instead: « chiffrement de … », « isolement de … ».
"""

from __future__ import annotations

from crisis_sim.core.exercise.words import Words, quoted, same
from crisis_sim.core.exercise.world import Link, NodeRecord, NodeStatus
from crisis_sim.core.scenario.fields import Text
from crisis_sim.core.scenario.model import Scenario
from crisis_sim.core.scenario.model_injects import Channel, Inject

__all__ = ["Wording", "Words", "quoted", "same"]  # Words and same: kept importable from here


# Channel: (French noun, French "by" phrase, English noun, English "by" phrase).
_CHANNELS = {
    Channel.PHONE: ("Appel téléphonique", "par téléphone", "Phone call", "by phone"),
    Channel.EMAIL: ("Courriel", "par courriel", "E-mail", "by e-mail"),
    Channel.SMS: ("SMS", "par SMS", "Text message", "by text message"),
    Channel.PRESS: ("Article de presse", "par la presse", "Press article", "through the press"),
    Channel.SOCIAL_MEDIA: (
        "Message sur les réseaux sociaux",
        "sur les réseaux sociaux",
        "Social media post",
        "on social media",
    ),
    Channel.WALK_IN: ("Visite à l'accueil", "à l'accueil", "Walk-in visit", "at the front desk"),
    Channel.FAX: ("Télécopie", "par télécopie", "Fax", "by fax"),
    Channel.RADIO_TV: (
        "Radio ou télévision",
        "à la radio ou à la télévision",
        "Radio or TV",
        "on radio or TV",
    ),
    Channel.IN_PERSON: ("Échange en personne", "en personne", "In person", "in person"),
    Channel.LETTER: ("Courrier", "par courrier", "Letter", "by letter"),
}

_STATUS = {
    NodeStatus.OPERATIONAL: ("rétabli", "back to normal"),
    NodeStatus.DEGRADED: ("dégradé", "degraded"),
    NodeStatus.DOWN: ("interrompu", "down"),
    NodeStatus.COMPROMISED: ("compromis, fonctionne encore", "compromised, still working"),
    NodeStatus.ENCRYPTED: ("chiffré", "encrypted"),
    NodeStatus.ISOLATED: ("isolé du réseau", "isolated from the network"),
    NodeStatus.RESTORING: ("en cours de restauration", "being restored"),
}

# What happened to the node at the root of a chain of causes, as a noun phrase.
_ATTACK_ORIGIN = {
    NodeStatus.ENCRYPTED: ("chiffrement de {n} par l'attaque", "{n} encrypted by the attack"),
    NodeStatus.DOWN: ("mise hors service de {n} par l'attaque", "{n} disabled by the attack"),
    NodeStatus.DEGRADED: ("dégradation de {n} par l'attaque", "{n} degraded by the attack"),
    NodeStatus.COMPROMISED: ("compromission de {n}", "{n} compromised"),
}
_DECISION_ORIGIN = {
    NodeStatus.ISOLATED: ("isolement de {n}", "{n} isolated"),
    NodeStatus.DOWN: ("arrêt de {n}", "{n} shut down"),
    NodeStatus.RESTORING: ("restauration de {n} en cours", "{n} being restored"),
}

# The animation team's parties, which are not in the scenario (log.ANIMATION, log.SIMULATION,
# rules.FACILITATOR_ROLES): named as the console's log names them (log_model.py), or the
# debrief and the exports would show their ids ("observateur") to the elected officials.
_FACILITATORS = {
    "animation": Text(fr="Animation", en="Animation"),
    "simulation": Text(fr="Simulation", en="Simulation"),
    "direx": Text(fr="DIREX", en="Exercise director"),
    "observateur": Text(fr="Observateur", en="Observer"),
}

_MARKS = {
    "observed": ("observée", "observed"),
    "partial": ("partiellement observée", "partly observed"),
    "missed": ("non observée", "missed"),
}


class Wording:
    """Names from the scenario, and the sentence of each kind of log entry."""

    def __init__(self, scenario: Scenario) -> None:
        self.scenario = scenario
        self._who: dict[str, Text] = dict(_FACILITATORS)  # a scenario's own names come first
        self._who.update({p.id: p.name for p in scenario.personas})
        self._who.update({r.id: r.name for r in scenario.roles})

    def who(self, party: str, lang: str) -> str:
        name = self._who.get(party)
        return name.get(lang) if name else party

    def _parties(self, parties: tuple[str, ...], lang: str) -> str:
        return ", ".join(self.who(p, lang) for p in parties)

    def _node(self, node_id: str, lang: str) -> str:
        node = self.scenario.node_by_id.get(node_id)
        return node.name.get(lang) if node else node_id

    def _decision(self, decision_id: str, lang: str) -> str:
        decision = self.scenario.decision_by_id.get(decision_id)
        return decision.label.get(lang) if decision else decision_id

    # --- clock ------------------------------------------------------------------------------

    @staticmethod
    def debex() -> Words:
        return Words("DEBEX — début de l'exercice.", "DEBEX — the exercise starts.")

    @staticmethod
    def finex() -> Words:
        return Words("FINEX — fin de l'exercice.", "FINEX — the exercise ends.")

    # --- chronogramme -----------------------------------------------------------------------

    def delivery(self, inject: Inject, channel: Channel, resend: bool) -> Words:
        noun_fr, by_fr, noun_en, by_en = _CHANNELS[channel]
        head_fr = f"Relance {by_fr}" if resend else noun_fr
        head_en = f"Re-sent {by_en}" if resend else noun_en
        return Words(
            f"{head_fr} — {self.who(inject.sender, 'fr')} → {self._parties(inject.to, 'fr')}"
            f" : {quoted(inject.title.get('fr'), 'fr')}.",
            f"{head_en} — {self.who(inject.sender, 'en')} → {self._parties(inject.to, 'en')}"
            f": {quoted(inject.title.get('en'), 'en')}.",
        )

    @staticmethod
    def skipped(inject: Inject) -> Words:
        return Words(
            f"Stimulus {quoted(inject.title.get('fr'), 'fr')} retiré du jeu par l'animation.",
            f"Inject {quoted(inject.title.get('en'), 'en')} withdrawn by the animation team.",
        )

    @staticmethod
    def retimed(inject: Inject, when: str) -> Words:
        return Words(
            f"Stimulus {quoted(inject.title.get('fr'), 'fr')} reprogrammé à {when}.",
            f"Inject {quoted(inject.title.get('en'), 'en')} re-timed to {when}.",
        )

    @staticmethod
    def expired(inject: Inject) -> Words:
        return Words(
            f"Stimulus {quoted(inject.title.get('fr'), 'fr')} non déclenché : "
            "sa condition n'a pas été remplie à temps.",
            f"Inject {quoted(inject.title.get('en'), 'en')} not sent: "
            "its condition was not met in time.",
        )

    # --- decisions and observations ---------------------------------------------------------

    def decision(self, role: str, decision_id: str | None, text: str | None) -> Words:
        what_fr = self._decision(decision_id, "fr") if decision_id else text or ""
        what_en = self._decision(decision_id, "en") if decision_id else text or ""
        return Words(
            f"Décision — {self.who(role, 'fr')} : {what_fr}.",
            f"Decision — {self.who(role, 'en')}: {what_en}.",
        )

    def observation(
        self,
        reaction: Text,
        mark: str,
        late: bool,
        comment: str,
        decision: str | None,
        anticipated: bool = False,
    ) -> Words:
        fr, en = _MARKS[mark]
        if decision is not None:
            fr += f", décision « {self._decision(decision, 'fr')} »"
            en += f", decision “{self._decision(decision, 'en')}”"
        if anticipated:
            fr, en = fr + " (anticipée)", en + " (taken in advance)"
        elif late:
            fr, en = fr + " (en retard)", en + " (late)"
        comment = comment.strip().rstrip(".")
        tail = f" — {comment}" if comment else ""
        return Words(
            f"Observation — réaction attendue « {reaction.get('fr')} » : {fr}{tail}.",
            f"Observation — expected reaction “{reaction.get('en')}”: {en}{tail}.",
        )

    # --- public services --------------------------------------------------------------------

    def service_change(
        self, node_id: str, record: NodeRecord, chain: list[Link], *, current: bool = False
    ) -> Words:
        """A service's new state and why; ``current`` describes a state rather than a change."""
        name_fr, name_en = self._node(node_id, "fr"), self._node(node_id, "en")
        if record.status is NodeStatus.PAPER:
            return self._on_paper(name_fr, name_en, record)
        status_fr, status_en = _STATUS[record.status]
        if current and record.status is NodeStatus.OPERATIONAL:
            status_fr, status_en = "fonctionne normalement", "working normally"
        origin = (
            self._origin(chain[-1])
            if chain and record.status is not NodeStatus.OPERATIONAL
            else None
        )
        if origin is None:
            return Words(f"{name_fr} : {status_fr}.", f"{name_en}: {status_en}.")
        return Words(
            f"{name_fr} : {status_fr} — cause : {origin.fr}.",
            f"{name_en}: {status_en} — cause: {origin.en}.",
        )

    def _on_paper(self, name_fr: str, name_en: str, record: NodeRecord) -> Words:
        fallback = self.scenario.fallback_by_id.get(record.cause.ref if record.cause else "")
        label_fr = fallback.name.get("fr") if fallback else "procédure papier"
        label_en = fallback.name.get("en") if fallback else "paper procedure"
        share = round(record.capacity * 100)
        return Words(
            f"{name_fr} : passage en mode dégradé papier ({label_fr}, {share} % de l'activité).",
            f"{name_en}: now running on paper ({label_en}, {share} % of normal service).",
        )

    def _origin(self, root: Link) -> Words | None:
        """Why the root node of a chain is not working, as a short phrase."""
        cause = root.cause
        if cause is None:
            return None
        fr_name, en_name = f"« {self._node(root.node, 'fr')} »", self._node(root.node, "en")
        pattern = None
        if cause.kind == "attack":
            pattern = _ATTACK_ORIGIN.get(root.status)
        elif cause.kind == "decision":
            pattern = _DECISION_ORIGIN.get(root.status)
            if pattern is not None and cause.ref:
                label = Words(self._decision(cause.ref, "fr"), self._decision(cause.ref, "en"))
                pattern = (
                    pattern[0] + f" (décision « {label.fr} »)",
                    pattern[1] + f" (decision “{label.en}”)",
                )
        elif cause.kind == "restore":
            pattern = (
                "échec de la restauration de {n} (sauvegarde inutilisable)",
                "restore of {n} failed (unusable backup)",
            )
        elif cause.kind == "failure":
            pattern = ("panne de {n}", "{n} failed")
        if pattern is None:
            return Words(cause.detail, cause.detail)
        return Words(pattern[0].format(n=fr_name), pattern[1].format(n=en_name))
