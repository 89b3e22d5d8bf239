<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Access</name>
    <message>
        <location filename="../../crisis_sim/gui/players_models.py" line="60"/>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/players_models.py" line="61"/>
        <source>Disrupted</source>
        <translation>Service perturbé</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/players_models.py" line="62"/>
        <source>Reduced service (paper)</source>
        <translation>Service réduit (papier)</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/players_models.py" line="63"/>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
</context>
<context>
    <name>ActionPlanModel</name>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="206"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="207"/>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="208"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="209"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="210"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crisis_sim/gui/debrief_models.py" line="238"/>
        <source>within %n day(s)</source>
        <translation>
            <numerusform>sous %n jour</numerusform>
            <numerusform>sous %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="247"/>
        <source>%1 (suggested)</source>
        <translation>%1 (proposé)</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="248"/>
        <source>to be named</source>
        <translation>à désigner</translation>
    </message>
</context>
<context>
    <name>AnalysisModels</name>
    <message>
        <location filename="../../crisis_sim/gui/analysis_models.py" line="37"/>
        <source>vital</source>
        <translation>vitale</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_models.py" line="38"/>
        <source>high</source>
        <translation>élevée</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_models.py" line="39"/>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_models.py" line="40"/>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_models.py" line="76"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
</context>
<context>
    <name>AnalysisView</name>
    <message>
        <location filename="../../crisis_sim/gui/analysis_view.py" line="159"/>
        <source>Analysing the graph…</source>
        <translation>Analyse du graphe en cours…</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_view.py" line="165"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_view.py" line="176"/>
        <source>Ranking the nodes: %v of %m</source>
        <translation>Classement des nœuds&#xa0;: %v sur %m</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_view.py" line="177"/>
        <source>Planning the restoration: %v of %m</source>
        <translation>Plan de restauration&#xa0;: %v sur %m</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_view.py" line="181"/>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_view.py" line="184"/>
        <source>The analysis failed.</source>
        <translation>L’analyse a échoué.</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_view.py" line="185"/>
        <source>Analysis failed</source>
        <translation>Échec de l’analyse</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_view.py" line="188"/>
        <source>Analysis cancelled: no results.</source>
        <translation>Analyse annulée&#xa0;: aucun résultat.</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_view.py" line="219"/>
        <source>Single points of failure (%1)</source>
        <translation>Points de défaillance uniques (%1)</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_view.py" line="221"/>
        <source>Restoration order</source>
        <translation>Ordre de restauration</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_view.py" line="222"/>
        <source>Services back</source>
        <translation>Retour des services</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_view.py" line="237"/>
        <source>%1 nodes, %2 business functions and public services. %3 single points of failure: the loss of any one alone stops a service.</source>
        <translation>%1 nœuds, %2 fonctions métier et services publics. %3 points de défaillance uniques&#xa0;: la perte d’un seul d’entre eux arrête un service.</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_view.py" line="248"/>
        <source>Restoration after the attack, from %1, with %2 IT staff: done at %3.</source>
        <translation>Restauration après l’attaque, à partir de %1, avec %2 agents informatiques&#xa0;: terminée à %3.</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_view.py" line="259"/>
        <source>Cannot be restored (must be rebuilt, or waits for one that must): %1</source>
        <translation>Impossible à restaurer (à reconstruire, ou en attente d’un nœud à reconstruire)&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_view.py" line="266"/>
        <source>Analyses — %1</source>
        <translation>Analyses — %1</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_view.py" line="267"/>
        <source>IT &amp;staff restoring in parallel:</source>
        <translation>&amp;Agents informatiques restaurant en parallèle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_view.py" line="268"/>
        <source>&amp;Analyse again</source>
        <translation>A&amp;nalyser à nouveau</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_view.py" line="269"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <location filename="../../crisis_sim/gui/players_models.py" line="69"/>
        <source>Phone call</source>
        <translation>Appel téléphonique</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/players_models.py" line="70"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/players_models.py" line="71"/>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/players_models.py" line="72"/>
        <source>Press</source>
        <translation>Presse</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/players_models.py" line="73"/>
        <source>Social media</source>
        <translation>Réseaux sociaux</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/players_models.py" line="74"/>
        <source>At the front desk</source>
        <translation>À l’accueil</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/players_models.py" line="75"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/players_models.py" line="76"/>
        <source>Radio / TV</source>
        <translation>Radio / TV</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/players_models.py" line="77"/>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/players_models.py" line="78"/>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
</context>
<context>
    <name>CrisisLogModel</name>
    <message>
        <location filename="../../crisis_sim/gui/log_model.py" line="53"/>
        <source>Game time</source>
        <translation>Heure du jeu</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/log_model.py" line="54"/>
        <source>Real time</source>
        <translation>Temps réel</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/log_model.py" line="55"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/log_model.py" line="56"/>
        <source>Entry</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/log_model.py" line="64"/>
        <source>Animation team only: not shown to the players</source>
        <translation>Réservé à l’équipe d’animation&#xa0;: jamais montré aux joueurs</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/log_model.py" line="77"/>
        <source> (edited)</source>
        <translation> (modifiée)</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/log_model.py" line="81"/>
        <source>Animation</source>
        <translation>Animation</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/log_model.py" line="83"/>
        <source>Simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/log_model.py" line="87"/>
        <source>Exercise director</source>
        <translation>DIREX</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/log_model.py" line="89"/>
        <source>Observer</source>
        <translation>Observateur</translation>
    </message>
</context>
<context>
    <name>DebriefLabels</name>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="49"/>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="50"/>
        <source>Major</source>
        <translation>Majeur</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="51"/>
        <source>To improve</source>
        <translation>À améliorer</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="52"/>
        <source>Strength</source>
        <translation>Point fort</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="59"/>
        <source>Reaction missed</source>
        <translation>Réaction manquée</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="60"/>
        <source>Reaction late</source>
        <translation>Réaction tardive</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="61"/>
        <source>Reaction partly done</source>
        <translation>Réaction partielle</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="62"/>
        <source>Silence towards the public</source>
        <translation>Silence envers le public</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="63"/>
        <source>Service down too long</source>
        <translation>Service arrêté trop longtemps</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="64"/>
        <source>Paper fallback used</source>
        <translation>Mode dégradé papier utilisé</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="65"/>
        <source>Paper fallback late</source>
        <translation>Mode dégradé papier tardif</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="66"/>
        <source>Paper fallback not prepared</source>
        <translation>Mode dégradé papier non préparé</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="67"/>
        <source>Paper fallback not used</source>
        <translation>Mode dégradé papier non utilisé</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="68"/>
        <source>Single point of failure</source>
        <translation>Point unique de défaillance</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="69"/>
        <source>Path of the attack</source>
        <translation>Chemin de l&apos;attaque</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="70"/>
        <source>Decision to avoid</source>
        <translation>Décision à éviter</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="71"/>
        <source>Ransom paid</source>
        <translation>Rançon payée</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="72"/>
        <source>Evidence lost</source>
        <translation>Preuves perdues</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="73"/>
        <source>Good decision</source>
        <translation>Bonne décision</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="74"/>
        <source>Objective met</source>
        <translation>Objectif atteint</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="75"/>
        <source>Objective partly met</source>
        <translation>Objectif partiellement atteint</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="76"/>
        <source>Objective not met</source>
        <translation>Objectif non atteint</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="82"/>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="83"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="84"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="85"/>
        <source>Dropped</source>
        <translation>Abandonnée</translation>
    </message>
</context>
<context>
    <name>DebriefView</name>
    <message>
        <location filename="../../crisis_sim/gui/debrief_details.py" line="25"/>
        <source>Evidence</source>
        <translation>Éléments observés</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_details.py" line="26"/>
        <location filename="../../crisis_sim/gui/debrief_view.py" line="191"/>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_details.py" line="55"/>
        <source>from the simulation of the scenario</source>
        <translation>d&apos;après la simulation du scénario</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_details.py" line="67"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_details.py" line="68"/>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_plan.py" line="43"/>
        <source>New action: say what is to be done</source>
        <translation>Nouvelle action : dire ce qu&apos;il faut faire</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_plan.py" line="56"/>
        <source>Action plan saved in %1</source>
        <translation>Plan d&apos;action enregistré dans %1</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_view.py" line="150"/>
        <location filename="../../crisis_sim/gui/debrief_view.py" line="192"/>
        <source>Action plan</source>
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_view.py" line="161"/>
        <source>Export the debrief</source>
        <translation>Exporter le retour d&apos;expérience</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_view.py" line="169"/>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_export.py" line="178"/>
        <source>Exporting %1…</source>
        <translation>Export de %1…</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_export.py" line="191"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_export.py" line="194"/>
        <source>Written: %1 (%2)</source>
        <translation>Écrit : %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_export.py" line="198"/>
        <source>The export failed.</source>
        <translation>L&apos;export a échoué.</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_export.py" line="203"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export annulé ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_view.py" line="178"/>
        <source>ended (FINEX) at %1</source>
        <translation>terminé (FINEX) à %1</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_view.py" line="178"/>
        <source>stopped at %1</source>
        <translation>arrêté à %1</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_view.py" line="181"/>
        <source>Debrief — %1</source>
        <translation>Retour d&apos;expérience — %1</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_view.py" line="183"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — exercise %2. Session file: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — exercice %2. Fichier de session : %3</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_view.py" line="189"/>
        <source>Findings (%1)</source>
        <translation>Constats (%1)</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_plan.py" line="60"/>
        <source>Add an action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_plan.py" line="61"/>
        <source>Remove the selected action</source>
        <translation>Supprimer l&apos;action choisie</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_plan.py" line="63"/>
        <source>Double-click a cell to edit it; every change is saved at once.</source>
        <translation>Double-cliquer sur une case pour la modifier ; chaque modification est enregistrée aussitôt.</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_plan.py" line="68"/>
        <source>Saved action plan</source>
        <translation>Plan d&apos;action enregistré</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_plan.py" line="69"/>
        <source>Draft action plan</source>
        <translation>Projet de plan d&apos;action</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_export.py" line="222"/>
        <source>Export in</source>
        <translation>Exporter en</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_export.py" line="229"/>
        <source>Crisis log (CSV)</source>
        <translation>Main courante (CSV)</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_export.py" line="233"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_view.py" line="221"/>
        <source>Debrief</source>
        <translation>Retour d&apos;expérience</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_view.py" line="224"/>
        <source>This session is not saved to a file, so it cannot be debriefed. Open the console on a scenario to record a session.</source>
        <translation>Cette session n&apos;est pas enregistrée dans un fichier : pas de retour d&apos;expérience possible. Ouvrez la console sur un scénario pour enregistrer une session.</translation>
    </message>
</context>
<context>
    <name>DecisionsModel</name>
    <message>
        <location filename="../../crisis_sim/gui/decisions_model.py" line="87"/>
        <source>%1 (taken)</source>
        <translation>%1 (prise)</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/decisions_model.py" line="65"/>
        <source>Not now: %1</source>
        <translation>Pas maintenant&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DecisionsPanel</name>
    <message>
        <location filename="../../crisis_sim/gui/session_panels.py" line="255"/>
        <source>The role that takes the decision</source>
        <translation>Le rôle qui prend la décision</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/session_panels.py" line="256"/>
        <source>Take the selected decision</source>
        <translation>Prendre la décision choisie</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/session_panels.py" line="257"/>
        <source>Another decision, in the cell&apos;s words</source>
        <translation>Une autre décision, dans les mots de la cellule</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/session_panels.py" line="258"/>
        <source>Record</source>
        <translation>Consigner</translation>
    </message>
</context>
<context>
    <name>Describe</name>
    <message>
        <location filename="../../crisis_sim/gui/describe.py" line="70"/>
        <source>depends on “%1” (%2)</source>
        <translation>dépend de «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/describe.py" line="87"/>
        <source>compromised by the attack</source>
        <translation>compromis par l’attaque</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/describe.py" line="88"/>
        <source>encrypted by the attack</source>
        <translation>chiffré par l’attaque</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/describe.py" line="89"/>
        <source>knocked out by the attack</source>
        <translation>mis hors service par l’attaque</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/describe.py" line="90"/>
        <source>damaged by the attack</source>
        <translation>endommagé par l’attaque</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/describe.py" line="91"/>
        <source>data stolen by the attack</source>
        <translation>données volées par l’attaque</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/describe.py" line="92"/>
        <source>hit by the attack</source>
        <translation>touché par l’attaque</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/describe.py" line="99"/>
        <source>isolated by the decision “%1”</source>
        <translation>isolé par la décision «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/describe.py" line="101"/>
        <source>shut down by the decision “%1”</source>
        <translation>arrêté par la décision «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/describe.py" line="103"/>
        <source>being restored (decision “%1”)</source>
        <translation>en cours de restauration (décision «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/describe.py" line="105"/>
        <source>changed by the decision “%1”</source>
        <translation>modifié par la décision «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/describe.py" line="112"/>
        <source>kept going on paper</source>
        <translation>maintenu sur papier</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/describe.py" line="116"/>
        <source>kept going on paper: “%1”, %2 % of normal</source>
        <translation>maintenu sur papier&#xa0;: «&#xa0;%1&#xa0;», %2&#xa0;% de l’activité normale</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/describe.py" line="124"/>
        <source>restored</source>
        <translation>restauré</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/describe.py" line="125"/>
        <source>the backup had never been tested and failed</source>
        <translation>la sauvegarde n’avait jamais été testée et a échoué</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/describe.py" line="128"/>
        <source>failure added by hand</source>
        <translation>panne ajoutée à la main</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/describe.py" line="129"/>
        <source>repaired</source>
        <translation>réparé</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/describe.py" line="140"/>
        <source>Why: %1</source>
        <translation>Pourquoi&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/describe.py" line="147"/>
        <source>Its computer system: %1</source>
        <translation>Son informatique&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/describe.py" line="159"/>
        <source>%1 since %2</source>
        <translation>%1 depuis %2</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/describe.py" line="169"/>
        <source>Root cause: “%1” %2, since %3</source>
        <translation>Cause première&#xa0;: «&#xa0;%1&#xa0;» %2, depuis %3</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/describe.py" line="179"/>
        <source>The attacker has a foothold here.</source>
        <translation>L’attaquant a pris pied ici.</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/describe.py" line="181"/>
        <source>Data has been stolen from here.</source>
        <translation>Des données ont été volées ici.</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="108"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="108"/>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="108"/>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
</context>
<context>
    <name>GraphPanel</name>
    <message>
        <location filename="../../crisis_sim/gui/graph_view.py" line="229"/>
        <source>Click a node to see what it needs and what needs it.</source>
        <translation>Cliquez sur un élément pour voir ce dont il a besoin et ce qui en dépend.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crisis_sim/gui/graph_view.py" line="231"/>
        <source>needs %n node(s)</source>
        <translation>
            <numerusform>a besoin de %n élément</numerusform>
            <numerusform>a besoin de %n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crisis_sim/gui/graph_view.py" line="232"/>
        <source>needed by %n node(s)</source>
        <translation>
            <numerusform>nécessaire à %n élément</numerusform>
            <numerusform>nécessaire à %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/graph_view.py" line="234"/>
        <source>“%1”: %2, %3.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2, %3.</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/graph_view.py" line="242"/>
        <source>Zoom in (+)</source>
        <translation>Zoomer (+)</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/graph_view.py" line="244"/>
        <source>Zoom out (−)</source>
        <translation>Dézoomer (−)</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/graph_view.py" line="245"/>
        <source>Whole graph</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/graph_view.py" line="246"/>
        <source>Show the whole graph (0)</source>
        <translation>Afficher tout le graphe (0)</translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message>
        <location filename="../../crisis_sim/gui/graph_view.py" line="52"/>
        <source>Infrastructure and network</source>
        <translation>Infrastructure et réseau</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/graph_view.py" line="53"/>
        <source>Servers and workstations</source>
        <translation>Serveurs et postes de travail</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/graph_view.py" line="54"/>
        <source>Applications</source>
        <translation>Logiciels</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/graph_view.py" line="55"/>
        <source>Business functions</source>
        <translation>Fonctions métier</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/graph_view.py" line="56"/>
        <source>Public services</source>
        <translation>Services publics</translation>
    </message>
</context>
<context>
    <name>InjectStatus</name>
    <message>
        <location filename="../../crisis_sim/gui/injects_model.py" line="42"/>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/injects_model.py" line="43"/>
        <source>Waits for its condition</source>
        <translation>Attend sa condition</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/injects_model.py" line="44"/>
        <source>In reserve</source>
        <translation>En réserve</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/injects_model.py" line="45"/>
        <source>Delivered</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/injects_model.py" line="46"/>
        <source>Skipped</source>
        <translation>Écarté</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/injects_model.py" line="47"/>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
</context>
<context>
    <name>InjectsModel</name>
    <message>
        <location filename="../../crisis_sim/gui/injects_model.py" line="135"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/injects_model.py" line="136"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/injects_model.py" line="137"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/injects_model.py" line="138"/>
        <source>Inject</source>
        <translation>Stimulus</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/injects_model.py" line="139"/>
        <source>Expected reactions</source>
        <translation>Réactions attendues</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/injects_model.py" line="130"/>
        <location filename="../../crisis_sim/gui/injects_model.py" line="186"/>
        <source>%1 until %2</source>
        <translation>%1 jusqu’à %2</translation>
    </message>
</context>
<context>
    <name>InjectsPanel</name>
    <message>
        <location filename="../../crisis_sim/gui/session_panels.py" line="181"/>
        <source>New game time, e.g. J+1 10:30 or H+2:</source>
        <translation>Nouvelle heure de jeu, par exemple J+1 10:30 ou H+2&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/session_panels.py" line="183"/>
        <source>Re-time the inject</source>
        <translation>Changer l’heure du stimulus</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/session_panels.py" line="195"/>
        <source>Deliver now</source>
        <translation>Envoyer maintenant</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/session_panels.py" line="196"/>
        <source>Skip</source>
        <translation>Écarter</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/session_panels.py" line="197"/>
        <source>Re-time…</source>
        <translation>Changer l’heure…</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/session_panels.py" line="198"/>
        <source>Re-send via</source>
        <translation>Renvoyer par</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../crisis_sim/gui/legend.py" line="52"/>
        <source>needs</source>
        <translation>a besoin de</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/legend.py" line="53"/>
        <source>works better with</source>
        <translation>fonctionne mieux avec</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/legend.py" line="54"/>
        <source>what the selected node needs</source>
        <translation>ce dont l’élément choisi a besoin</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/legend.py" line="55"/>
        <source>what needs it</source>
        <translation>ce qui en dépend</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <location filename="../../crisis_sim/gui/session_panels.py" line="310"/>
        <source>A note or an observation for the log (Ctrl+N)</source>
        <translation>Une note ou une observation pour la main courante (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/session_panels.py" line="311"/>
        <source>Add to the log</source>
        <translation>Inscrire à la main courante</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/session_panels.py" line="312"/>
        <source>Animation</source>
        <translation>Animation</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../crisis_sim/gui/main_window.py" line="121"/>
        <source>End the exercise now (FINEX)? The clock stops for good.</source>
        <translation>Terminer l’exercice maintenant (FINEX)&#xa0;? L’horloge s’arrêtera définitivement.</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="202"/>
        <location filename="../../crisis_sim/gui/main_window.py" line="122"/>
        <source>FINEX</source>
        <translation>FINEX</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/main_window.py" line="216"/>
        <source>real time %1</source>
        <translation>temps réel %1</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/main_window.py" line="243"/>
        <source>%1 — facilitator&apos;s console</source>
        <translation>%1 — console d’animation</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_layout.py" line="94"/>
        <location filename="../../crisis_sim/gui/console_menus.py" line="189"/>
        <source>Public services</source>
        <translation>Services publics</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_layout.py" line="95"/>
        <source>Service levels over time</source>
        <translation>Niveaux de service dans le temps</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_layout.py" line="96"/>
        <location filename="../../crisis_sim/gui/console_menus.py" line="186"/>
        <source>Chronogramme</source>
        <translation>Chronogramme</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_layout.py" line="97"/>
        <location filename="../../crisis_sim/gui/console_menus.py" line="187"/>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_layout.py" line="98"/>
        <location filename="../../crisis_sim/gui/console_menus.py" line="188"/>
        <source>Crisis log</source>
        <translation>Main courante</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_layout.py" line="99"/>
        <location filename="../../crisis_sim/gui/console_menus.py" line="190"/>
        <source>Expected reactions</source>
        <translation>Réactions attendues</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="183"/>
        <source>Next inject</source>
        <translation>Stimulus suivant</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="166"/>
        <source>Move the clock to the next planned inject and deliver it (Ctrl+J)</source>
        <translation>Avancer l’horloge jusqu’au prochain stimulus prévu et l’envoyer (Ctrl+J)</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="184"/>
        <source>Write a note</source>
        <translation>Écrire une note</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="152"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="153"/>
        <source>&amp;Exercise</source>
        <translation>&amp;Exercice</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="154"/>
        <source>&amp;Simulation</source>
        <translation>&amp;Simulation</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="155"/>
        <source>&amp;Go to</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="156"/>
        <source>&amp;Text size</source>
        <translation>&amp;Taille du texte</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="159"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="172"/>
        <source>Single points of failure and the restoration plan after the attack (Ctrl+Shift+A)</source>
        <translation>Points de défaillance uniques et plan de restauration après l’attaque (Ctrl+Maj+A)</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="185"/>
        <source>Service graph</source>
        <translation>Graphe des services</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="191"/>
        <source>Larger text (console)</source>
        <translation>Texte plus grand (console)</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="192"/>
        <source>Smaller text (console)</source>
        <translation>Texte plus petit (console)</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="193"/>
        <source>Normal text size (console)</source>
        <translation>Taille normale du texte (console)</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="194"/>
        <source>Larger text (players&apos; screen)</source>
        <translation>Texte plus grand (écran des joueurs)</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="195"/>
        <source>Smaller text (players&apos; screen)</source>
        <translation>Texte plus petit (écran des joueurs)</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="196"/>
        <source>Normal text size (players&apos; screen)</source>
        <translation>Taille normale du texte (écran des joueurs)</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="197"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="203"/>
        <source>&amp;Analyse the graph…</source>
        <translation>&amp;Analyser le graphe…</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="157"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="158"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="198"/>
        <source>Players&apos; screen</source>
        <translation>Écran des joueurs</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="199"/>
        <source>Reset the layout</source>
        <translation>Rétablir la disposition</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="200"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="201"/>
        <source>&amp;Debrief…</source>
        <translation>&amp;Retour d&apos;expérience…</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/main_window.py" line="246"/>
        <source>Game speed: game time per real second</source>
        <translation>Vitesse du jeu&#xa0;: temps de jeu par seconde réelle</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/main_window.py" line="247"/>
        <source>Game time (J+day and time)</source>
        <translation>Heure du jeu (J+jour et heure)</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="170"/>
        <source>End the exercise</source>
        <translation>Terminer l’exercice</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/main_window.py" line="248"/>
        <source>Real time since the session opened</source>
        <translation>Temps réel écoulé depuis l’ouverture de la session</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/main_window.py" line="264"/>
        <source>Start (DEBEX)</source>
        <translation>Démarrer (DEBEX)</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/main_window.py" line="265"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/main_window.py" line="266"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/main_window.py" line="267"/>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/main_window.py" line="272"/>
        <source>Pause or resume the game clock (Space)</source>
        <translation>Mettre en pause ou relancer l’horloge du jeu (Espace)</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/main_window.py" line="286"/>
        <source>The exercise is under way. Close the console anyway?</source>
        <translation>L’exercice est en cours. Fermer quand même la console&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/main_window.py" line="287"/>
        <source>Close the console</source>
        <translation>Fermer la console</translation>
    </message>
</context>
<context>
    <name>PlayersScreen</name>
    <message>
        <location filename="../../crisis_sim/gui/players_screen.py" line="248"/>
        <source>Crisis cell — players&apos; screen</source>
        <translation>Cellule de crise — écran des joueurs</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/players_screen.py" line="249"/>
        <source>Public services</source>
        <translation>Services publics</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/players_screen.py" line="250"/>
        <source>Messages received</source>
        <translation>Messages reçus</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/players_screen.py" line="251"/>
        <source>No message yet.</source>
        <translation>Aucun message pour l’instant.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../crisis_sim/gui/dialogs.py" line="39"/>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/dialogs.py" line="41"/>
        <source>whole file</source>
        <translation>tout le fichier</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/dialogs.py" line="44"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/dialogs.py" line="46"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/dialogs.py" line="48"/>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/dialogs.py" line="51"/>
        <source>hint: %1</source>
        <translation>conseil&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../crisis_sim/gui/dialogs.py" line="58"/>
        <source>This scenario cannot be opened</source>
        <translation>Ce scénario ne peut pas être ouvert</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/dialogs.py" line="61"/>
        <source>%1 has problems to fix before it can be played:</source>
        <translation>%1 contient des problèmes à corriger avant de pouvoir être joué&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/dialogs.py" line="66"/>
        <source>(no details)</source>
        <translation>(aucun détail)</translation>
    </message>
</context>
<context>
    <name>ReactionStatus</name>
    <message>
        <location filename="../../crisis_sim/gui/injects_model.py" line="53"/>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/injects_model.py" line="54"/>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/injects_model.py" line="55"/>
        <source>late</source>
        <translation>en retard</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/injects_model.py" line="56"/>
        <source>observed</source>
        <translation>observée</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/injects_model.py" line="57"/>
        <source>partial</source>
        <translation>partielle</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/injects_model.py" line="58"/>
        <source>missed</source>
        <translation>manquée</translation>
    </message>
</context>
<context>
    <name>ReactionsModel</name>
    <message>
        <location filename="../../crisis_sim/gui/reactions_model.py" line="57"/>
        <source>Expected reaction</source>
        <translation>Réaction attendue</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/reactions_model.py" line="58"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/reactions_model.py" line="59"/>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/reactions_model.py" line="60"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>ReactionsPanel</name>
    <message>
        <location filename="../../crisis_sim/gui/session_panels.py" line="350"/>
        <source>What was seen (optional)</source>
        <translation>Ce qui a été vu (facultatif)</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/session_panels.py" line="351"/>
        <source>Observed</source>
        <translation>Observée</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/session_panels.py" line="352"/>
        <source>Partial</source>
        <translation>Partielle</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/session_panels.py" line="353"/>
        <source>Missed</source>
        <translation>Manquée</translation>
    </message>
</context>
<context>
    <name>RecommendationsModel</name>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="147"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="148"/>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="149"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="150"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="151"/>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
</context>
<context>
    <name>RestorationStepsModel</name>
    <message>
        <location filename="../../crisis_sim/gui/analysis_models.py" line="166"/>
        <source>#</source>
        <translation>n°</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_models.py" line="167"/>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_models.py" line="168"/>
        <source>Back at</source>
        <translation>Rétabli à</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_models.py" line="169"/>
        <source>IT staff member</source>
        <translation>Agent informatique</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_models.py" line="170"/>
        <source>What is restored</source>
        <translation>Ce qui est restauré</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_models.py" line="171"/>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_models.py" line="195"/>
        <source>started before what it needs was back (they wait on it)</source>
        <translation>commencé avant le retour de ce dont il dépend (qui l’attend à son tour)</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_models.py" line="197"/>
        <source>waited for “%1”</source>
        <translation>a attendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_models.py" line="199"/>
        <source>ready at %1 after “%2”, staff busy</source>
        <translation>prêt à %1 après «&#xa0;%2&#xa0;», agents occupés</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_models.py" line="202"/>
        <source>ready at %1, staff busy</source>
        <translation>prêt à %1, agents occupés</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_models.py" line="204"/>
        <source>untested backup: the restore may fail</source>
        <translation>sauvegarde non testée&#xa0;: la restauration peut échouer</translation>
    </message>
</context>
<context>
    <name>Resume</name>
    <message>
        <location filename="../../crisis_sim/gui/app.py" line="80"/>
        <source>Resume the exercise?</source>
        <translation>Reprendre l’exercice&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/resume.py" line="39"/>
        <source>An exercise on this scenario stopped before FINEX (last saved %1). Resume it where it stopped?</source>
        <translation>Un exercice sur ce scénario s’est arrêté avant la FINEX (dernier enregistrement&#xa0;: %1). Le reprendre là où il s’est arrêté&#xa0;?</translation>
    </message>
</context>
<context>
    <name>ServiceLevelsChart</name>
    <message>
        <location filename="../../crisis_sim/gui/levels_chart.py" line="131"/>
        <source>Height of each strip: share of normal service. Dashed line: now.</source>
        <translation>Hauteur de chaque bande&#xa0;: part du service normal. Pointillés&#xa0;: maintenant.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crisis_sim/gui/levels_chart.py" line="144"/>
        <source>and %n more (see the board)</source>
        <translation>
            <numerusform>et %n autre (voir le tableau)</numerusform>
            <numerusform>et %n autres (voir le tableau)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceReturnsModel</name>
    <message>
        <location filename="../../crisis_sim/gui/analysis_models.py" line="224"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_models.py" line="225"/>
        <source>Criticality</source>
        <translation>Criticité</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_models.py" line="226"/>
        <source>Residents served</source>
        <translation>Habitants servis</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_models.py" line="227"/>
        <source>Serves again at</source>
        <translation>Rendu de nouveau à</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_models.py" line="228"/>
        <source>Fully back at</source>
        <translation>Pleinement rétabli à</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_models.py" line="229"/>
        <source>Tolerable downtime</source>
        <translation>Interruption tolérable</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_models.py" line="230"/>
        <source>Passed at</source>
        <translation>Dépassée à</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_models.py" line="238"/>
        <source>Still down when its maximum tolerable downtime ran out</source>
        <translation>Toujours arrêté quand sa durée maximale d’interruption tolérable a expiré</translation>
    </message>
</context>
<context>
    <name>ServicesModel</name>
    <message>
        <location filename="../../crisis_sim/gui/services_model.py" line="111"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/services_model.py" line="112"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/services_model.py" line="113"/>
        <source>Time down / tolerable</source>
        <translation>Durée d’arrêt / tolérable</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/services_model.py" line="114"/>
        <source>People affected</source>
        <translation>Personnes touchées</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/services_model.py" line="115"/>
        <source>Paper mode</source>
        <translation>Mode papier</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/services_board.py" line="114"/>
        <location filename="../../crisis_sim/gui/services_model.py" line="155"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/services_model.py" line="179"/>
        <source>Down longer than its maximum tolerable downtime</source>
        <translation>À l’arrêt plus longtemps que sa durée maximale d’interruption admissible (DMIA)</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/services_model.py" line="181"/>
        <source>Public service</source>
        <translation>Service public</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/services_model.py" line="181"/>
        <source>Internal function</source>
        <translation>Fonction interne</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../crisis_sim/gui/keyboard.py" line="47"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/keyboard.py" line="50"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/keyboard.py" line="50"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../crisis_sim/gui/state_style.py" line="60"/>
        <source>Working</source>
        <translation>En service</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/state_style.py" line="61"/>
        <source>Compromised</source>
        <translation>Compromis</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/state_style.py" line="62"/>
        <source>Degraded</source>
        <translation>Dégradé</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/state_style.py" line="63"/>
        <source>On paper</source>
        <translation>Sur papier</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/state_style.py" line="64"/>
        <source>Down</source>
        <translation>Hors service</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/state_style.py" line="65"/>
        <source>Encrypted</source>
        <translation>Chiffré</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/state_style.py" line="66"/>
        <source>Isolated</source>
        <translation>Isolé</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/state_style.py" line="67"/>
        <source>Restoring</source>
        <translation>En restauration</translation>
    </message>
</context>
<context>
    <name>WeakPointsModel</name>
    <message>
        <location filename="../../crisis_sim/gui/analysis_models.py" line="96"/>
        <source>#</source>
        <translation>n°</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_models.py" line="97"/>
        <source>If this fails</source>
        <translation>Si ceci tombe en panne</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_models.py" line="98"/>
        <source>Services stopped</source>
        <translation>Services arrêtés</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_models.py" line="99"/>
        <source>Residents affected</source>
        <translation>Habitants touchés</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_models.py" line="100"/>
        <source>First stop after</source>
        <translation>Premier arrêt après</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_models.py" line="101"/>
        <source>Services hit</source>
        <translation>Services touchés</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_models.py" line="132"/>
        <source>%1 more</source>
        <translation>%1 de plus</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_models.py" line="138"/>
        <source>at once</source>
        <translation>aussitôt</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_models.py" line="144"/>
        <source>stopped after %1</source>
        <translation>arrêté après %1</translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_models.py" line="144"/>
        <source>degraded after %1</source>
        <translation>dégradé après %1</translation>
    </message>
</context>
</TS>
