<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ExportCards</name>
    <message>
        <source>{number} · ANIMATION TEAM — do not hand to players</source>
        <translation>{number} · ANIMATION — ne pas remettre aux joueurs</translation>
    </message>
    <message>
        <source>{number} · PLAYERS</source>
        <translation>{number} · JOUEURS</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Pièces jointes&#xa0;:</translation>
    </message>
    <message>
        <source>Game time:</source>
        <translation>Heure de jeu&#xa0;:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Canal&#xa0;:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De&#xa0;:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>À&#xa0;:</translation>
    </message>
    <message>
        <source>Played when:</source>
        <translation>Déclenchement&#xa0;:</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Réserve</translation>
    </message>
    <message>
        <source>Conditional</source>
        <translation>Conditionnel</translation>
    </message>
    <message>
        <source>Expected reaction</source>
        <translation>Réaction attendue</translation>
    </message>
    <message>
        <source>No reaction expected: context only.</source>
        <translation>Aucune réaction attendue&#xa0;: mise en contexte.</translation>
    </message>
    <message>
        <source>Delivered at:</source>
        <translation>Joué à&#xa0;:</translation>
    </message>
    <message>
        <source>Re-sent by:</source>
        <translation>Relancé par&#xa0;:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Délai&#xa0;:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rôles&#xa0;:</translation>
    </message>
    <message>
        <source>Recommendations:</source>
        <translation>Recommandations&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ExportDay</name>
    <message>
        <source>Crisis contact directory</source>
        <translation>Annuaire de crise</translation>
    </message>
    <message>
        <source>Keep this directory printed: on the day, e-mail and shared files may be gone. Give two ways to reach each person, one of them outside the town hall&apos;s network (mobile phone, personal address). Update it, and every printed copy, after each change of person or number.</source>
        <translation>Gardez cet annuaire imprimé&#xa0;: le jour venu, la messagerie et les fichiers partagés peuvent avoir disparu. Donnez deux moyens de joindre chaque personne, dont un hors du réseau de la mairie (portable, adresse personnelle). Mettez-le à jour, ainsi que chaque exemplaire imprimé, à chaque changement de personne ou de numéro.</translation>
    </message>
    <message>
        <source>Last updated on:</source>
        <translation>Mis à jour le&#xa0;:</translation>
    </message>
    <message>
        <source>Crisis cell</source>
        <translation>Cellule de crise</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Outside contacts</source>
        <translation>Contacts extérieurs</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>Autre téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>holder</source>
        <translation>titulaire</translation>
    </message>
    <message>
        <source>deputy</source>
        <translation>suppléant</translation>
    </message>
    <message>
        <source>in the exercise: {names}</source>
        <translation>dans l&apos;exercice&#xa0;: {names}</translation>
    </message>
    <message>
        <source>ANSSI — CERT-FR</source>
        <translation>ANSSI — CERT-FR</translation>
    </message>
    <message>
        <source>Regional CSIRT</source>
        <translation>CSIRT régional</translation>
    </message>
    <message>
        <source>Cybermalveillance.gouv.fr</source>
        <translation>Cybermalveillance.gouv.fr</translation>
    </message>
    <message>
        <source>Police or gendarmerie</source>
        <translation>Police ou gendarmerie</translation>
    </message>
    <message>
        <source>Public prosecutor</source>
        <translation>Procureur de la République</translation>
    </message>
    <message>
        <source>CNIL</source>
        <translation>CNIL</translation>
    </message>
    <message>
        <source>Cyber insurer</source>
        <translation>Assureur cyber</translation>
    </message>
    <message>
        <source>IT providers and software vendors</source>
        <translation>Prestataires informatiques et éditeurs</translation>
    </message>
    <message>
        <source>Prefecture and other authorities</source>
        <translation>Préfecture et autres autorités</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>Sheets for the day the computers are down. They were prepared from the exercise scenario {title}: complete them with your own names, numbers and places, print them, and keep copies where the crisis cell meets, with the mayor and with the DGS.</source>
        <translation>Des fiches pour le jour où les ordinateurs sont à l&apos;arrêt. Elles sont tirées du scénario d&apos;exercice {title}&#xa0;: complétez-les avec vos noms, numéros et lieux, imprimez-les et gardez-en des exemplaires là où se réunit la cellule de crise, chez le maire et chez le DGS.</translation>
    </message>
    <message>
        <source>Paper kit — the day of a real crisis</source>
        <translation>Kit papier — le jour d&apos;une vraie crise</translation>
    </message>
    <message>
        <source>Check them at least once a year and after every change of staff, provider or telephone number (ANSSI-EXE-F11).</source>
        <translation>Vérifiez-les au moins une fois par an et à chaque changement de personne, de prestataire ou de numéro (ANSSI-EXE-F11).</translation>
    </message>
    <message>
        <source>Last checked on:</source>
        <translation>Vérifié le&#xa0;:</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>Par&#xa0;:</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Paper fallback procedures</source>
        <translation>Procédures dégradées sur papier</translation>
    </message>
    <message>
        <source>One sheet per public service and business function, the most critical first: how it keeps going on paper, what to have ready, and who is in charge.</source>
        <translation>Une fiche par service public et par fonction, les plus critiques d&apos;abord&#xa0;: comment continuer sur papier, quoi tenir prêt, qui en a la charge.</translation>
    </message>
    <message>
        <source>This scenario names no public service.</source>
        <translation>Ce scénario ne nomme aucun service public.</translation>
    </message>
    <message>
        <source>No paper fallback is written for this service yet. Write it down here:</source>
        <translation>Aucune procédure papier n&apos;est encore écrite pour ce service. Écrivez-la ici&#xa0;:</translation>
    </message>
    <message>
        <source>Person in charge:</source>
        <translation>Responsable&#xa0;:</translation>
    </message>
    <message>
        <source>Deputy:</source>
        <translation>Suppléant&#xa0;:</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non fixée</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Criticité</translation>
    </message>
    <message>
        <source>Maximum tolerable downtime</source>
        <translation>Interruption maximale admissible</translation>
    </message>
    <message>
        <source>People served</source>
        <translation>Personnes servies</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Paper procedure: {name}</source>
        <translation>Procédure papier&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No — prepare it</source>
        <translation>Non — à préparer</translation>
    </message>
    <message>
        <source>As soon as the service is lost</source>
        <translation>Dès la perte du service</translation>
    </message>
    <message>
        <source>On the crisis cell&apos;s decision</source>
        <translation>Sur décision de la cellule de crise</translation>
    </message>
    <message>
        <source>What</source>
        <translation>En quoi elle consiste</translation>
    </message>
    <message>
        <source>Prepared before the crisis</source>
        <translation>Préparée avant la crise</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Déclenchement</translation>
    </message>
    <message>
        <source>Time to set up</source>
        <translation>Délai de mise en place</translation>
    </message>
    <message>
        <source>Service kept</source>
        <translation>Service maintenu</translation>
    </message>
    <message>
        <source>{percent}% of normal</source>
        <translation>{percent}&#xa0;% du service normal</translation>
    </message>
    <message>
        <source>Extra agents needed</source>
        <translation>Agents supplémentaires</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>{delay} when prepared</source>
        <translation>{delay} si elle est préparée</translation>
    </message>
    <message>
        <source>impossible without preparation</source>
        <translation>impossible sans préparation</translation>
    </message>
    <message>
        <source>{delay} otherwise</source>
        <translation>{delay} sinon</translation>
    </message>
    <message>
        <source>{prepared}; {unprepared}</source>
        <translation>{prepared}&#xa0;; {unprepared}</translation>
    </message>
    <message>
        <source>Pre-printed forms — how many:</source>
        <translation>Formulaires pré-imprimés — combien&#xa0;:</translation>
    </message>
    <message>
        <source>Paper registers or logbooks</source>
        <translation>Registres ou cahiers papier</translation>
    </message>
    <message>
        <source>This procedure, printed — kept at:</source>
        <translation>Cette procédure, imprimée — rangée à&#xa0;:</translation>
    </message>
    <message>
        <source>The printed crisis directory</source>
        <translation>L&apos;annuaire de crise imprimé</translation>
    </message>
    <message>
        <source>Pens, stamps, envelopes, a working fax or phone line</source>
        <translation>Stylos, tampons, enveloppes, un fax ou une ligne téléphonique qui marche</translation>
    </message>
    <message>
        <source>Agents who know the procedure:</source>
        <translation>Agents qui connaissent la procédure&#xa0;:</translation>
    </message>
    <message>
        <source>To have ready</source>
        <translation>À tenir prêt</translation>
    </message>
    <message>
        <source>Cut the affected machines off the network (cable, Wi-Fi) without switching them off: their memory holds evidence.</source>
        <translation>Isoler du réseau les machines touchées (câble, Wi-Fi) sans les éteindre&#xa0;: leur mémoire contient des preuves.</translation>
    </message>
    <message>
        <source>Alert the mayor and the DGS, and call the crisis cell together with the printed directory.</source>
        <translation>Alerter le maire et le DGS, et réunir la cellule de crise avec l&apos;annuaire imprimé.</translation>
    </message>
    <message>
        <source>Open the main courante (crisis log): every fact, call and decision with its time.</source>
        <translation>Ouvrir la main courante&#xa0;: chaque fait, appel et décision avec son heure.</translation>
    </message>
    <message>
        <source>Qualify the incident and call ANSSI (CERT-FR) or the regional CSIRT.</source>
        <translation>Qualifier l&apos;incident et appeler l&apos;ANSSI (CERT-FR) ou le CSIRT régional.</translation>
    </message>
    <message>
        <source>Ask Cybermalveillance.gouv.fr for help in finding assistance.</source>
        <translation>Solliciter Cybermalveillance.gouv.fr pour trouver de l&apos;assistance.</translation>
    </message>
    <message>
        <source>Protect the backups: disconnect them and check they are intact before any restore.</source>
        <translation>Protéger les sauvegardes&#xa0;: les déconnecter et vérifier qu&apos;elles sont intactes avant toute restauration.</translation>
    </message>
    <message>
        <source>Do not pay the ransom and do not answer the attackers.</source>
        <translation>Ne pas payer la rançon et ne pas répondre aux attaquants.</translation>
    </message>
    <message>
        <source>File a complaint with the police, the gendarmerie or the prosecutor.</source>
        <translation>Porter plainte auprès de la police, de la gendarmerie ou du procureur.</translation>
    </message>
    <message>
        <source>If personal data may be affected, notify the CNIL within 72 hours of becoming aware of it.</source>
        <translation>Si des données personnelles peuvent être touchées, notifier la CNIL dans les 72&#xa0;heures suivant la prise de connaissance.</translation>
    </message>
    <message>
        <source>Move the essential services to their paper procedures (sheets in this kit).</source>
        <translation>Basculer les services essentiels sur leurs procédures papier (fiches de ce kit).</translation>
    </message>
    <message>
        <source>Inform the agents, then residents and press: facts only, through a channel that still works.</source>
        <translation>Informer les agents, puis les habitants et la presse&#xa0;: des faits, par un canal qui fonctionne encore.</translation>
    </message>
    <message>
        <source>First-hour checklist</source>
        <translation>Liste de la première heure</translation>
    </message>
    <message>
        <source>Action, and where it comes from</source>
        <translation>Action, et d&apos;où elle vient</translation>
    </message>
    <message>
        <source>Time, who</source>
        <translation>Heure, qui</translation>
    </message>
    <message>
        <source>Tick each action as it is done and write the time and who did it. Keep this sheet with the main courante.</source>
        <translation>Cochez chaque action faite, avec l&apos;heure et qui l&apos;a faite. Gardez cette feuille avec la main courante.</translation>
    </message>
    <message>
        <source>The titles above are short paraphrases: read the source for the authoritative text.</source>
        <translation>Les intitulés ci-dessus sont de courtes reformulations&#xa0;: seul le texte de la source fait foi.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
</context>
<context>
    <name>ExportDocument</name>
    <message>
        <source>Page {page} / {total}</source>
        <translation>Page {page} / {total}</translation>
    </message>
    <message>
        <source>{organisation} — crisis documents, keep printed</source>
        <translation>{organisation} — documents de crise, à garder imprimés</translation>
    </message>
    <message>
        <source>Paper kit for the exercise</source>
        <translation>Kit papier de l&apos;exercice</translation>
    </message>
    <message>
        <source>Paper kit for the day of a crisis</source>
        <translation>Kit papier pour le jour de la crise</translation>
    </message>
    <message>
        <source>Paper kits</source>
        <translation>Kits papier</translation>
    </message>
</context>
<context>
    <name>ExportExercise</name>
    <message>
        <source>Organisation:</source>
        <translation>Organisme&#xa0;:</translation>
    </message>
    <message>
        <source>Start of play (DEBEX):</source>
        <translation>Début de l&apos;exercice (DEBEX)&#xa0;:</translation>
    </message>
    <message>
        <source>End of play (FINEX):</source>
        <translation>Fin de l&apos;exercice (FINEX)&#xa0;:</translation>
    </message>
    <message>
        <source>Stimuli:</source>
        <translation>Stimuli&#xa0;:</translation>
    </message>
    <message>
        <source>Animation team copy of the cards: one card per stimulus, with the expected reactions. Cut along the dashed lines; never show these cards to players.</source>
        <translation>Cartes, exemplaire de l&apos;animation&#xa0;: une carte par stimulus, avec les réactions attendues. Découpez le long des pointillés&#xa0;; ne montrez jamais ces cartes aux joueurs.</translation>
    </message>
    <message>
        <source>Players&apos; copy of the cards: hand each card to its addressee at the time shown; for a conditional or reserve stimulus, write the time when you hand it over.</source>
        <translation>Cartes, exemplaire des joueurs&#xa0;: remettez chaque carte à son destinataire à l&apos;heure indiquée&#xa0;; pour un stimulus conditionnel ou de réserve, notez l&apos;heure au moment de le remettre.</translation>
    </message>
    <message>
        <source>Chronogramme: the facilitator&apos;s sheet, to tick each stimulus as it is played.</source>
        <translation>Chronogramme&#xa0;: la feuille de l&apos;animateur, pour cocher chaque stimulus joué.</translation>
    </message>
    <message>
        <source>Observer grid: print one copy for each observer.</source>
        <translation>Grille d&apos;observation&#xa0;: un exemplaire par observateur.</translation>
    </message>
    <message>
        <source>Paper kit — running the exercise</source>
        <translation>Kit papier — conduite de l&apos;exercice</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>How to use this kit</source>
        <translation>Mode d&apos;emploi</translation>
    </message>
    <message>
        <source>Printing: A4, black and white, at actual size (no “fit to page”), single-sided for the cards so that they can be cut apart.</source>
        <translation>Impression&#xa0;: A4, noir et blanc, taille réelle (sans «&#xa0;ajuster à la page&#xa0;»), recto seul pour les cartes afin de pouvoir les découper.</translation>
    </message>
    <message>
        <source>Inject cards — animation team copy</source>
        <translation>Cartes stimuli — exemplaire de l&apos;animation</translation>
    </message>
    <message>
        <source>This copy shows the expected reactions, their deadlines and the recommendations they map to. Keep it within the animation team. If an expected reaction does not come, re-send the stimulus through another channel rather than record a failure.</source>
        <translation>Cet exemplaire montre les réactions attendues, leurs délais et les recommandations associées. Il reste dans la cellule d&apos;animation. Si une réaction attendue ne vient pas, relancez le stimulus par un autre canal plutôt que de noter un échec.</translation>
    </message>
    <message>
        <source>Inject cards — players&apos; copy</source>
        <translation>Cartes stimuli — exemplaire des joueurs</translation>
    </message>
    <message>
        <source>This copy holds only what the players receive: no expected reaction. Hand each card to its addressee through the channel shown.</source>
        <translation>Cet exemplaire ne contient que ce que reçoivent les joueurs&#xa0;: aucune réaction attendue. Remettez chaque carte à son destinataire par le canal indiqué.</translation>
    </message>
    <message>
        <source>Two cards per sheet: cut along the dashed line marked with scissors.</source>
        <translation>Deux cartes par feuille&#xa0;: découpez le long des pointillés marqués de ciseaux.</translation>
    </message>
    <message>
        <source>{count} cards.</source>
        <translation>{count} cartes.</translation>
    </message>
    <message>
        <source>This scenario has no stimulus.</source>
        <translation>Ce scénario n&apos;a aucun stimulus.</translation>
    </message>
    <message>
        <source>Chronogramme — facilitator&apos;s sheet</source>
        <translation>Chronogramme — feuille de l&apos;animateur</translation>
    </message>
    <message>
        <source>Tick each stimulus when it is played and note the time. Re-timing is normal: often only about 70 % of the planned stimuli get played. Never show the expected reactions to players.</source>
        <translation>Cochez chaque stimulus joué et notez l&apos;heure. Décaler est normal&#xa0;: souvent 70&#xa0;% environ des stimuli prévus sont joués. Ne montrez jamais les réactions attendues aux joueurs.</translation>
    </message>
    <message>
        <source>Game time</source>
        <translation>Heure de jeu</translation>
    </message>
    <message>
        <source>Conditional and reserve stimuli</source>
        <translation>Stimuli conditionnels et de réserve</translation>
    </message>
    <message>
        <source>Played when</source>
        <translation>Déclenchement</translation>
    </message>
    <message>
        <source>A conditional stimulus is played when its condition is met; a reserve stimulus when the exercise director decides to.</source>
        <translation>Un stimulus conditionnel est joué quand sa condition est remplie&#xa0;; un stimulus de réserve, quand le directeur d&apos;exercice le décide.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Stimulus</source>
        <translation>Stimulus</translation>
    </message>
    <message>
        <source>Expected reaction</source>
        <translation>Réaction attendue</translation>
    </message>
    <message>
        <source>Played</source>
        <translation>Joué</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Réserve</translation>
    </message>
    <message>
        <source>surprise</source>
        <translation>surprise</translation>
    </message>
    <message>
        <source>Observer grid</source>
        <translation>Grille d&apos;observation</translation>
    </message>
    <message>
        <source>Observers watch and never intervene. For each objective, note what went well and what could improve, with the game time. Players speak first at the hot debrief; observers after them (ANSSI-EXE-F08).</source>
        <translation>Les observateurs regardent et n&apos;interviennent jamais. Pour chaque objectif, notez ce qui a bien marché et ce qui peut progresser, avec l&apos;heure de jeu. Au RETEX à chaud, les joueurs parlent d&apos;abord&#xa0;; les observateurs ensuite (ANSSI-EXE-F08).</translation>
    </message>
    <message>
        <source>Observer:</source>
        <translation>Observateur&#xa0;:</translation>
    </message>
    <message>
        <source>Observing:</source>
        <translation>Observe&#xa0;:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <source>This scenario sets no objective.</source>
        <translation>Ce scénario ne fixe aucun objectif.</translation>
    </message>
    <message>
        <source>Free notes</source>
        <translation>Notes libres</translation>
    </message>
    <message>
        <source>Objective {index} — {title}</source>
        <translation>Objectif {index} — {title}</translation>
    </message>
    <message>
        <source>Evidence expected:</source>
        <translation>Éléments attendus&#xa0;:</translation>
    </message>
    <message>
        <source>Recommendations:</source>
        <translation>Recommandations&#xa0;:</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Points forts</translation>
    </message>
    <message>
        <source>Improvement points</source>
        <translation>Axes de progrès</translation>
    </message>
    <message>
        <source>Game time observed</source>
        <translation>Heure de jeu observée</translation>
    </message>
    <message>
        <source>Decision {decision} taken</source>
        <translation>Décision {decision} prise</translation>
    </message>
    <message>
        <source>Paper fallback {fallback} in use</source>
        <translation>Mode dégradé {fallback} en service</translation>
    </message>
    <message>
        <source>by {time}</source>
        <translation>avant {time}</translation>
    </message>
    <message>
        <source>Reaction to {number} {stimulus}: {reaction}</source>
        <translation>Réaction à {number} {stimulus}&#xa0;: {reaction}</translation>
    </message>
    <message>
        <source>Reaction {reaction}</source>
        <translation>Réaction {reaction}</translation>
    </message>
</context>
<context>
    <name>ExportLabels</name>
    <message>
        <source>“{text}”</source>
        <translation>«&#xa0;{text}&#xa0;»</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>Presse</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Réseaux sociaux</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Au guichet</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Radio, TV</source>
        <translation>Radio, télévision</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>operational</source>
        <translation>opérationnel</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>dégradé</translation>
    </message>
    <message>
        <source>down</source>
        <translation>à l&apos;arrêt</translation>
    </message>
    <message>
        <source>compromised</source>
        <translation>compromis</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>chiffré</translation>
    </message>
    <message>
        <source>isolated</source>
        <translation>isolé</translation>
    </message>
    <message>
        <source>being restored</source>
        <translation>en restauration</translation>
    </message>
    <message>
        <source>running on paper</source>
        <translation>en mode papier</translation>
    </message>
    <message>
        <source>vital</source>
        <translation>vitale</translation>
    </message>
    <message>
        <source>high</source>
        <translation>haute</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>Public service</source>
        <translation>Service public</translation>
    </message>
    <message>
        <source>Business function</source>
        <translation>Fonction interne</translation>
    </message>
    <message>
        <source>Reserve: the exercise director plays it by hand.</source>
        <translation>Réserve&#xa0;: le directeur d&apos;exercice le déclenche à la main.</translation>
    </message>
    <message>
        <source>Lapses at {time} if not played by then.</source>
        <translation>Caduc à {time} s&apos;il n&apos;a pas été joué.</translation>
    </message>
    <message>
        <source>When {node} has been {state} for {duration}.</source>
        <translation>Quand {node} est {state} depuis {duration}.</translation>
    </message>
    <message>
        <source>When {node} becomes {state}.</source>
        <translation>Quand {node} devient {state}.</translation>
    </message>
    <message>
        <source>{delay} after the stimulus {stimulus} was played.</source>
        <translation>{delay} après le stimulus {stimulus}.</translation>
    </message>
    <message>
        <source>As soon as the stimulus {stimulus} was played.</source>
        <translation>Dès que le stimulus {stimulus} a été joué.</translation>
    </message>
    <message>
        <source>If the decision {decision} has not been taken by {time}.</source>
        <translation>Si la décision {decision} n&apos;est pas prise à {time}.</translation>
    </message>
    <message>
        <source>If the decision {decision} is taken by {time}.</source>
        <translation>Si la décision {decision} est prise avant {time}.</translation>
    </message>
    <message>
        <source>As soon as the decision {decision} is taken.</source>
        <translation>Dès que la décision {decision} est prise.</translation>
    </message>
    <message>
        <source>within {duration} of delivery</source>
        <translation>sous {duration} après remise</translation>
    </message>
    <message>
        <source>within {duration} (by {time})</source>
        <translation>sous {duration} (avant {time})</translation>
    </message>
</context>
<context>
    <name>ExportLog</name>
    <message>
        <source>Entry</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Game time</source>
        <translation>Heure de jeu</translation>
    </message>
    <message>
        <source>Seconds since DEBEX</source>
        <translation>Secondes depuis la DEBEX</translation>
    </message>
    <message>
        <source>Real time</source>
        <translation>Temps réel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Seen by</source>
        <translation>Visible par</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>animation team</source>
        <translation>cellule d&apos;animation</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
</context>
<context>
    <name>ExportReport</name>
    <message>
        <source>Exercise debrief report</source>
        <translation>Rapport de retour d&apos;expérience de l&apos;exercice</translation>
    </message>
    <message>
        <source>Every event in this report was simulated for a crisis exercise; none of it happened for real.</source>
        <translation>Tous les événements de ce rapport ont été simulés pour un exercice de crise&#xa0;; aucun n&apos;a eu lieu réellement.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>(stopped before FINEX)</source>
        <translation>(arrêté avant la FINEX)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Collectivité</translation>
    </message>
    <message>
        <source>Start of play (DEBEX)</source>
        <translation>Début du jeu (DEBEX)</translation>
    </message>
    <message>
        <source>End of play (FINEX)</source>
        <translation>Fin du jeu (FINEX)</translation>
    </message>
    <message>
        <source>Game time played</source>
        <translation>Temps de jeu simulé</translation>
    </message>
    <message>
        <source>Chronology: planned and played</source>
        <translation>Déroulé&#xa0;: prévu et joué</translation>
    </message>
    <message>
        <source>{delivered} of the {planned} planned stimuli were played. Re-timing and re-sending are normal: the animation team adapts the chronogramme to the players.</source>
        <translation>{delivered} des {planned} stimuli prévus ont été joués. Reprogrammer et relancer est normal&#xa0;: la cellule d&apos;animation adapte le chronogramme aux joueurs.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Played</source>
        <translation>Joué</translation>
    </message>
    <message>
        <source>Stimulus</source>
        <translation>Stimulus</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Game time</source>
        <translation>Heure de jeu</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Pratique</translation>
    </message>
    <message>
        <source>Stimuli</source>
        <translation>Stimuli</translation>
    </message>
    <message>
        <source>Decisions of the crisis cell</source>
        <translation>Décisions de la cellule de crise</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>reserve</source>
        <translation>réserve</translation>
    </message>
    <message>
        <source>on condition</source>
        <translation>sur condition</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>à la main</translation>
    </message>
    <message>
        <source>re-timed to {time}</source>
        <translation>reprogrammé à {time}</translation>
    </message>
    <message>
        <source>re-sent at {time} ({channel})</source>
        <translation>relancé à {time} ({channel})</translation>
    </message>
    <message>
        <source>Public services over time</source>
        <translation>Les services au fil du temps</translation>
    </message>
    <message>
        <source>working</source>
        <translation>fonctionne</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>dégradé</translation>
    </message>
    <message>
        <source>on paper</source>
        <translation>sur papier</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>maximum tolerable downtime reached</source>
        <translation>durée d&apos;interruption tolérable atteinte</translation>
    </message>
    <message>
        <source>Each line is a public service or business function, the most critical first; time runs from left to right, from DEBEX to the end of play.</source>
        <translation>Chaque ligne est un service à la population ou une fonction interne, les plus critiques d&apos;abord&#xa0;; le temps va de gauche à droite, de la DEBEX à la fin du jeu.</translation>
    </message>
    <message>
        <source>still stopped</source>
        <translation>toujours arrêté</translation>
    </message>
    <message>
        <source>working or on paper</source>
        <translation>fonctionne ou sur papier</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Longest stop</source>
        <translation>Plus long arrêt</translation>
    </message>
    <message>
        <source>Tolerable</source>
        <translation>Tolérable</translation>
    </message>
    <message>
        <source>At the end of play</source>
        <translation>À la fin du jeu</translation>
    </message>
    <message>
        <source>Stops</source>
        <translation>Arrêts</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Each finding comes with what shows it (crisis-log entries and game times) and the recommendations it maps to, each with the reason.</source>
        <translation>Chaque constat indique ce qui l&apos;établit (lignes de la main courante, heures de jeu) et les recommandations auxquelles il renvoie, chacune avec sa raison.</translation>
    </message>
    <message>
        <source>What must improve</source>
        <translation>Ce qui doit progresser</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Ce qui a bien fonctionné</translation>
    </message>
    <message>
        <source>game time {times}</source>
        <translation>heure de jeu {times}</translation>
    </message>
    <message>
        <source>crisis log {entries}</source>
        <translation>main courante {entries}</translation>
    </message>
    <message>
        <source>Evidence: </source>
        <translation>Preuves&#xa0;: </translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Gathered from the findings without duplicates, and ranked by how many findings call for each and how serious they are. Titles are short paraphrases: read the source for the authoritative text.</source>
        <translation>Rassemblées depuis les constats, sans doublon, et classées selon le nombre et la gravité des constats qui les appellent. Les titres sont de courtes reformulations&#xa0;: le texte qui fait foi est dans la source.</translation>
    </message>
    <message>
        <source>{count} finding(s), the most serious: {severity}.</source>
        <translation>{count} constat(s), le plus grave&#xa0;: {severity}.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <source>The plan as edited and saved with the session.</source>
        <translation>Le plan tel qu&apos;il a été modifié et enregistré avec la session.</translation>
    </message>
    <message>
        <source>A draft drawn from the top recommendations: edit it in the console, give each action one owner and a date, then export the report again.</source>
        <translation>Un projet tiré des premières recommandations&#xa0;: modifiez-le dans la console, donnez à chaque action un responsable et une échéance, puis exportez de nouveau le rapport.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>No action yet.</source>
        <translation>Aucune action pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Hot debrief guide</source>
        <translation>Guide du RETEX à chaud</translation>
    </message>
    <message>
        <source>Right after FINEX, about one hour. The players speak first, theme by theme; the observers speak after them; nobody is blamed, the facts are what count.</source>
        <translation>Juste après la FINEX, environ une heure. Les joueurs parlent d&apos;abord, thème par thème&#xa0;; les observateurs ensuite&#xa0;; on ne cherche pas de coupable, seuls les faits comptent.</translation>
    </message>
    <message>
        <source>{number}. {title} — {minutes} min</source>
        <translation>{number}. {title} — {minutes} min</translation>
    </message>
    <message>
        <source>Who speaks: </source>
        <translation>Qui parle&#xa0;: </translation>
    </message>
    <message>
        <source>Cold debrief questionnaire</source>
        <translation>Questionnaire du RETEX à froid</translation>
    </message>
    <message>
        <source>To fill in by each player a few days to a month after the exercise: tick one box per statement, then answer the open questions.</source>
        <translation>À remplir par chaque joueur quelques jours à un mois après l&apos;exercice&#xa0;: cochez une case par affirmation, puis répondez aux questions ouvertes.</translation>
    </message>
    <message>
        <source>Name and role: </source>
        <translation>Nom et rôle&#xa0;: </translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Important</translation>
    </message>
    <message>
        <source>To improve</source>
        <translation>À améliorer</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Point fort</translation>
    </message>
    <message>
        <source>played</source>
        <translation>joué</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>not sent (condition not met)</source>
        <translation>non envoyé (condition non remplie)</translation>
    </message>
    <message>
        <source>not played</source>
        <translation>non joué</translation>
    </message>
    <message>
        <source>in the players&apos; own words</source>
        <translation>formulée par les joueurs</translation>
    </message>
    <message>
        <source>good practice</source>
        <translation>bonne pratique</translation>
    </message>
    <message>
        <source>to avoid</source>
        <translation>à éviter</translation>
    </message>
    <message>
        <source>a choice</source>
        <translation>un choix</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>à faire</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>abandonné</translation>
    </message>
    <message>
        <source>{role} (suggested)</source>
        <translation>{role} (proposé)</translation>
    </message>
    <message>
        <source>to be named</source>
        <translation>à désigner</translation>
    </message>
    <message>
        <source>within {days} days</source>
        <translation>sous {days} jours</translation>
    </message>
    <message>
        <source>At a glance — for elected officials</source>
        <translation>L&apos;essentiel — pour les élus</translation>
    </message>
    <message>
        <source>Nothing stood out.</source>
        <translation>Rien de marquant.</translation>
    </message>
    <message>
        <source>First actions</source>
        <translation>Premières actions</translation>
    </message>
    <message>
        <source>The pages that follow give the details: how the exercise went, the services over time, each finding with its evidence, the recommendations with their sources, and the whole action plan.</source>
        <translation>Les pages suivantes donnent le détail&#xa0;: le déroulé de l&apos;exercice, les services au fil du temps, chaque constat avec ses preuves, les recommandations avec leurs sources et le plan d&apos;action complet.</translation>
    </message>
    <message>
        <source>On {date}, the crisis cell ({organisation}) rehearsed a cyber attack: “{title}”. The exercise covered {duration} of simulated time; the cell took {decisions} decisions.</source>
        <translation>Le {date}, la cellule de crise ({organisation}) s&apos;est entraînée à faire face à une cyberattaque&#xa0;: «&#xa0;{title}&#xa0;». L&apos;exercice a couvert {duration} de temps simulé&#xa0;; la cellule a pris {decisions} décisions.</translation>
    </message>
    <message>
        <source>public services and functions stopped at some point</source>
        <translation>services et fonctions arrêtés à un moment</translation>
    </message>
    <message>
        <source>longest stop: {service}</source>
        <translation>plus long arrêt&#xa0;: {service}</translation>
    </message>
    <message>
        <source>expected reactions seen by the observers</source>
        <translation>réactions attendues constatées par les observateurs</translation>
    </message>
    <message>
        <source>exercise objectives fully met</source>
        <translation>objectifs de l&apos;exercice pleinement atteints</translation>
    </message>
</context>
</TS>
