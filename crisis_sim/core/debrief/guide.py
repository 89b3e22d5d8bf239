"""The hot-debrief guide and the cold-debrief questionnaire (ANSSI exercise guide).

Hot debrief, right after FINEX, about an hour: the players speak first, theme by theme, then
the observers, then the exercise director sums up. Cold debrief, days to a month later: each
player fills in a self-assessment questionnaire. Questions drawn from the exercise's own
findings are added to the hot-debrief guide.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from crisis_sim.core.debrief.model import Finding
from crisis_sim.core.exercise.wording import Words

EXERCISE_QUESTIONS = 5


@dataclass(frozen=True)
class Step:
    """One step of the hot debrief: who speaks, for how long, about what."""

    title: Words
    minutes: int
    speakers: Words
    questions: tuple[Words, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "title": self.title.to_json(),
            "minutes": self.minutes,
            "speakers": self.speakers.to_json(),
            "questions": [q.to_json() for q in self.questions],
        }


@dataclass(frozen=True)
class Theme:
    """A theme of the cold-debrief questionnaire: statements to rate, then open questions."""

    title: Words
    statements: tuple[Words, ...]
    open_questions: tuple[Words, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "title": self.title.to_json(),
            "statements": [s.to_json() for s in self.statements],
            "open_questions": [q.to_json() for q in self.open_questions],
        }


W = Words
PLAYERS = W("Les joueurs", "The players")

_THEMES = (
    (
        W("Alerte et mobilisation", "Alert and mobilisation"),
        (
            W(
                "Comment l'alerte vous est-elle parvenue, et à qui l'avez-vous transmise ?",
                "How did the alert reach you, and whom did you pass it to?",
            ),
            W(
                "La cellule de crise s'est-elle réunie assez vite, au bon endroit ?",
                "Did the crisis cell meet quickly enough, in the right place?",
            ),
        ),
    ),
    (
        W("Endiguer et garder les preuves", "Containment and evidence"),
        (
            W(
                "Qui a décidé d'isoler, et sur quelles informations ?",
                "Who decided to isolate, and on what information?",
            ),
            W(
                "Savait-on quoi ne pas faire (éteindre, payer, contacter l'attaquant) ?",
                "Did we know what not to do (switch off, pay, contact the attacker)?",
            ),
        ),
    ),
    (
        W("Continuité des services", "Keeping services going"),
        (
            W(
                "Quels services ont manqué le plus aux habitants ? Pourquoi ?",
                "Which services did residents miss most? Why?",
            ),
            W(
                "Les procédures papier étaient-elles prêtes, connues, utilisables ?",
                "Were the paper procedures ready, known and usable?",
            ),
        ),
    ),
    (
        W("Communication", "Communication"),
        (
            W(
                "Qu'avons-nous dit aux agents, aux habitants, à la presse, et quand ?",
                "What did we tell staff, residents and the press, and when?",
            ),
            W("Qui parlait au nom de la collectivité ?", "Who spoke for the authority?"),
        ),
    ),
    (
        W("Partenaires et obligations", "Partners and obligations"),
        (
            W(
                "Avons-nous joint les bons partenaires (ANSSI, CSIRT, assureur, préfecture) ?",
                "Did we reach the right partners (ANSSI, CSIRT, insurer, prefecture)?",
            ),
            W(
                "Plainte et notification à la CNIL : qui s'en est chargé, dans quels délais ?",
                "Complaint and CNIL notification: who handled them, how fast?",
            ),
        ),
    ),
)


def hot_debrief(findings: list[Finding]) -> tuple[Step, ...]:
    """The hot-debrief guide: players first, then observers, then the director's summary."""
    steps = [
        Step(
            W("Tour de table des joueurs", "Round of the players"),
            10,
            PLAYERS,
            (
                W(
                    "En une phrase : comment avez-vous vécu l'exercice ?",
                    "In one sentence: how did you experience the exercise?",
                ),
                W("Qu'est-ce qui vous a le plus surpris ?", "What surprised you most?"),
            ),
        ),
        *[Step(title, 6, PLAYERS, questions) for title, questions in _THEMES],
    ]
    drawn = exercise_questions(findings)
    if drawn:
        steps.append(
            Step(W("Points de cet exercice", "Points from this exercise"), 10, PLAYERS, drawn)
        )
    steps += [
        Step(
            W("Les observateurs", "The observers"),
            10,
            W("Les observateurs, après les joueurs", "The observers, after the players"),
            (
                W(
                    "Trois points forts constatés, avec l'heure de jeu.",
                    "Three strengths seen, with the game time.",
                ),
                W(
                    "Trois axes de progrès, avec l'heure de jeu.",
                    "Three areas to improve, with the game time.",
                ),
            ),
        ),
        Step(
            W("Synthèse du directeur d'exercice", "The exercise director's summary"),
            5,
            W("Le directeur d'exercice (DIREX)", "The exercise director"),
            (
                W(
                    "Retenir trois enseignements et annoncer la suite : RETEX à froid, "
                    "rapport, plan d'action.",
                    "Keep three lessons and announce what comes next: cold debrief, report, "
                    "action plan.",
                ),
            ),
        ),
    ]
    return tuple(steps)


def exercise_questions(findings: list[Finding]) -> tuple[Words, ...]:
    """One open question per most serious finding, in its own words."""
    serious: list[Finding] = []
    subjects: set[str | None] = set()
    for finding in findings:
        if finding.positive or (finding.subject is not None and finding.subject in subjects):
            continue
        subjects.add(finding.subject)
        serious.append(finding)
    serious = serious[:EXERCISE_QUESTIONS]
    return tuple(
        W(
            f"{f.title.fr} — qu'est-ce qui nous en a empêchés, et que faudrait-il ?",
            f"{f.title.en} — what stood in our way, and what would we need?",
        )
        for f in serious
    )


_SCALE_THEMES = (
    (
        W("Organisation de la cellule", "How the crisis cell worked"),
        (
            W("Je savais quel était mon rôle dans la cellule.", "I knew my role in the cell."),
            W(
                "Les décisions étaient prises et notées clairement.",
                "Decisions were taken and written down clearly.",
            ),
            W("La main courante était tenue et utile.", "The crisis log was kept and useful."),
        ),
        (W("Qu'est-ce qui a ralenti la cellule ?", "What slowed the cell down?"),),
    ),
    (
        W("Outils et documents", "Tools and documents"),
        (
            W(
                "L'annuaire de crise était disponible sans informatique.",
                "The crisis directory was available without IT.",
            ),
            W(
                "Les procédures papier de mon service étaient prêtes.",
                "My service's paper procedures were ready.",
            ),
        ),
        (W("Quel document vous a manqué ?", "Which document did you miss?"),),
    ),
    (
        W("Communication", "Communication"),
        (
            W("Les agents ont été informés à temps.", "Staff were informed in time."),
            W(
                "Les habitants et la presse ont reçu des informations utiles.",
                "Residents and the press got useful information.",
            ),
        ),
        (),
    ),
    (
        W("L'exercice lui-même", "The exercise itself"),
        (
            W(
                "Le scénario était réaliste pour notre collectivité.",
                "The scenario was realistic for our authority.",
            ),
            W(
                "Je me sens mieux préparé(e) qu'avant l'exercice.",
                "I feel better prepared than before the exercise.",
            ),
        ),
        (
            W(
                "Les trois actions que vous feriez en premier.",
                "The three actions you would take first.",
            ),
            W(
                "Ce que vous changeriez au prochain exercice.",
                "What you would change in the next exercise.",
            ),
        ),
    ),
)

SCALE = (
    W("Pas du tout d'accord", "Strongly disagree"),
    W("Plutôt pas d'accord", "Disagree"),
    W("Plutôt d'accord", "Agree"),
    W("Tout à fait d'accord", "Strongly agree"),
)


def questionnaire() -> tuple[Theme, ...]:
    return tuple(Theme(title, s, q) for title, s, q in _SCALE_THEMES)
