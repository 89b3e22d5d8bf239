"""What to do about a recommendation, in plain words, and who would usually carry it.

Each text is an action a town hall can schedule, not the guidance itself. Ids without a text
of their own get a general one built from the catalogue's title. The owner is a kind of role
(``RoleKind``); the draft plan names the scenario's role of that kind.
"""

from __future__ import annotations

from crisis_sim.core.catalogue import load_catalogue
from crisis_sim.core.exercise.wording import Words
from crisis_sim.core.scenario.model_meta import RoleKind

# id: (French action, English action, owner's kind of role)
ACTIONS: dict[str, tuple[str, str, RoleKind]] = {
    "ANSSI-CRISE-CONTINUITY": (
        "Écrire, imprimer et tester un plan de continuité qui suppose la perte totale de "
        "l'informatique, service par service, avec un moyen de communication de secours.",
        "Write, print and test a continuity plan that assumes all IT is lost, service by "
        "service, with a fallback way to communicate.",
        RoleKind.DGS,
    ),
    "ANSSI-EXE-F11": (
        "Préparer et ranger en lieu sûr les formulaires, registres et annuaires papier des "
        "services essentiels ; les vérifier une fois par an.",
        "Prepare and store safely the paper forms, registers and directories of essential "
        "services; check them once a year.",
        RoleKind.DGS,
    ),
    "ANSSI-COM-GUIDE": (
        "Préparer la communication de crise : messages types pour habitants, agents et "
        "presse, porte-parole désigné, canaux qui marchent sans informatique.",
        "Prepare crisis communication: template messages for residents, staff and press, a "
        "named spokesperson, channels that work without IT.",
        RoleKind.COMMUNICATION,
    ),
    "ANSSI-CRISE-GUIDE": (
        "Écrire l'organisation de la cellule de crise (qui, où, comment l'alerter) et "
        "l'entraîner une fois par an.",
        "Write down how the crisis cell works (who, where, how it is alerted) and rehearse it "
        "once a year.",
        RoleKind.DGS,
    ),
    "CERTFR-2025-RFX-006": (
        "Rédiger la procédure d'isolement d'urgence du réseau (qui décide, quels liens "
        "couper) et l'essayer avec l'équipe informatique.",
        "Write the emergency network isolation procedure (who decides, which links to cut) "
        "and try it with the IT team.",
        RoleKind.SECURITY,
    ),
    "CERTFR-2024-RFX-001": (
        "Imprimer la fiche réflexe rançongiciel du CERT-FR et former l'astreinte à qualifier "
        "une alerte et à l'escalader.",
        "Print the CERT-FR ransomware first-response sheet and train on-call staff to qualify "
        "an alert and escalate it.",
        RoleKind.SECURITY,
    ),
    "ANSSI-RANSOM-NO-RANSOM": (
        "Faire adopter par l'exécutif une position écrite : la collectivité ne paie pas de "
        "rançon ; la faire connaître à la cellule de crise.",
        "Have the executive adopt a written position that the authority does not pay ransoms; "
        "make it known to the crisis cell.",
        RoleKind.ELECTED,
    ),
    "ANSSI-RANSOM-STANDBY": (
        "Consigne écrite pour l'astreinte : isoler du réseau, ne pas éteindre, photographier "
        "les écrans, garder les journaux.",
        "Written instruction for on-call staff: isolate from the network, do not switch off, "
        "photograph screens, keep the logs.",
        RoleKind.SECURITY,
    ),
    "ANSSI-RANSOM-BACKUPS": (
        "Garder une copie des sauvegardes hors ligne et faire un essai de restauration "
        "complète au moins une fois par an.",
        "Keep a copy of the backups offline and run a full restore test at least once a year.",
        RoleKind.IT,
    ),
    "ANSSI-HYG-37": (
        "Revoir la politique de sauvegarde des serveurs critiques : fréquence, copie hors "
        "ligne, durée de restauration mesurée.",
        "Review the backup policy for critical servers: frequency, offline copy, measured "
        "restore time.",
        RoleKind.IT,
    ),
    "ANSSI-RANSOM-COMPLAINT": (
        "Préparer un modèle de plainte et le contact du commissariat ou de la gendarmerie, "
        "pour porter plainte le jour même.",
        "Prepare a complaint template and the police or gendarmerie contact, to file a "
        "complaint the same day.",
        RoleKind.LEGAL,
    ),
    "LEGAL-COMPLAINT": (
        "Désigner qui porte plainte au nom de la collectivité et avec quelles pièces.",
        "Name who files a complaint for the authority, and with which documents.",
        RoleKind.LEGAL,
    ),
    "GDPR-ART-33": (
        "Préparer avec le délégué à la protection des données la notification à la CNIL en "
        "72 heures (modèle, informations à réunir).",
        "Prepare with the data protection officer the 72-hour notification to the CNIL "
        "(template, facts to gather).",
        RoleKind.LEGAL,
    ),
    "ANSSI-HYG-40": (
        "Écrire la procédure de gestion d'incident : qui alerter, dans quel ordre, de jour "
        "comme de nuit.",
        "Write the incident-handling procedure: whom to alert, in what order, day and night.",
        RoleKind.SECURITY,
    ),
    "ANSSI-HYG-36": (
        "Conserver les journaux des équipements clés, hors de portée d'un attaquant, assez "
        "longtemps pour une enquête.",
        "Keep the logs of key components out of an attacker's reach, long enough for an "
        "investigation.",
        RoleKind.IT,
    ),
    "ANSSI-CRISE-F01": (
        "Tenir à jour la liste des services et des équipements dont ils dépendent, avec un "
        "exemplaire imprimé.",
        "Keep an up-to-date list of services and the components they depend on, with a "
        "printed copy.",
        RoleKind.IT,
    ),
    "ANSSI-HYG-04": (
        "Tenir à jour la carte du réseau et des serveurs sensibles, avec un exemplaire papier.",
        "Keep the map of the network and sensitive servers up to date, with a paper copy.",
        RoleKind.IT,
    ),
    "ANSSI-HYG-19": (
        "Cloisonner le réseau pour qu'une attaque ne puisse pas tout atteindre d'un coup.",
        "Segment the network so that one attack cannot reach everything at once.",
        RoleKind.IT,
    ),
    "ANSSI-HYG-03": (
        "Encadrer les accès des prestataires et éditeurs : contrats, accès distants limités "
        "dans le temps et tracés.",
        "Control providers' and vendors' access: contracts, remote access limited in time "
        "and logged.",
        RoleKind.IT,
    ),
    "ANSSI-PG-078": (
        "Imposer l'authentification multifacteur aux comptes d'administration et aux comptes "
        "publics de la collectivité.",
        "Require multi-factor authentication for admin accounts and the authority's public "
        "accounts.",
        RoleKind.SECURITY,
    ),
    "CYBERMALVEILLANCE-ASSIST": (
        "Noter dans l'annuaire de crise comment joindre Cybermalveillance.gouv.fr et le CSIRT "
        "régional.",
        "Write in the crisis directory how to reach Cybermalveillance.gouv.fr and the "
        "regional CSIRT.",
        RoleKind.SECURITY,
    ),
    "ANSSI-RANSOM-AWARENESS": (
        "Sensibiliser les agents et les élus au rançongiciel et aux bons réflexes.",
        "Make staff and elected officials aware of ransomware and the right reflexes.",
        RoleKind.HR,
    ),
}


def action_text(rec_id: str) -> Words:
    """The action for a recommendation, in plain words."""
    if rec_id in ACTIONS:
        fr, en, _ = ACTIONS[rec_id]
        return Words(fr, en)
    title = load_catalogue().get(rec_id).title
    return Words(
        f"Mettre en œuvre : {title.fr.rstrip('.')} ; désigner un pilote et fixer les étapes.",
        f"Put into practice: {title.en.rstrip('.')}; name a lead and set the steps.",
    )


def owner_kind(rec_id: str) -> RoleKind:
    if rec_id in ACTIONS:
        return ACTIONS[rec_id][2]
    if rec_id.startswith(("ANSSI-HYG", "ANSSI-BP", "CERTFR", "ANSSI-PG")):
        return RoleKind.IT
    if rec_id.startswith(("GDPR", "LEGAL")):
        return RoleKind.LEGAL
    return RoleKind.DGS
