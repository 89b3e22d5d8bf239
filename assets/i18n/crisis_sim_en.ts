<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Access</name>
    <message>
        <location filename="../../crisis_sim/gui/players_models.py" line="60"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/players_models.py" line="61"/>
        <source>Disrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/players_models.py" line="62"/>
        <source>Reduced service (paper)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/players_models.py" line="63"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionPlanModel</name>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="206"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="207"/>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="208"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="209"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="210"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crisis_sim/gui/debrief_models.py" line="238"/>
        <source>within %n day(s)</source>
        <translation>
            <numerusform>within %n day</numerusform>
            <numerusform>within %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="247"/>
        <source>%1 (suggested)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="248"/>
        <source>to be named</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalysisModels</name>
    <message>
        <location filename="../../crisis_sim/gui/analysis_models.py" line="37"/>
        <source>vital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_models.py" line="38"/>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_models.py" line="39"/>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_models.py" line="40"/>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_models.py" line="76"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalysisView</name>
    <message>
        <location filename="../../crisis_sim/gui/analysis_view.py" line="159"/>
        <source>Analysing the graph…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_view.py" line="165"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_view.py" line="176"/>
        <source>Ranking the nodes: %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_view.py" line="177"/>
        <source>Planning the restoration: %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_view.py" line="181"/>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_view.py" line="184"/>
        <source>The analysis failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_view.py" line="185"/>
        <source>Analysis failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_view.py" line="188"/>
        <source>Analysis cancelled: no results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_view.py" line="219"/>
        <source>Single points of failure (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_view.py" line="221"/>
        <source>Restoration order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_view.py" line="222"/>
        <source>Services back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_view.py" line="237"/>
        <source>%1 nodes, %2 business functions and public services. %3 single points of failure: the loss of any one alone stops a service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_view.py" line="248"/>
        <source>Restoration after the attack, from %1, with %2 IT staff: done at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_view.py" line="259"/>
        <source>Cannot be restored (must be rebuilt, or waits for one that must): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_view.py" line="266"/>
        <source>Analyses — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_view.py" line="267"/>
        <source>IT &amp;staff restoring in parallel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_view.py" line="268"/>
        <source>&amp;Analyse again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_view.py" line="269"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <location filename="../../crisis_sim/gui/players_models.py" line="69"/>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/players_models.py" line="70"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/players_models.py" line="71"/>
        <source>Text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/players_models.py" line="72"/>
        <source>Press</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/players_models.py" line="73"/>
        <source>Social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/players_models.py" line="74"/>
        <source>At the front desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/players_models.py" line="75"/>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/players_models.py" line="76"/>
        <source>Radio / TV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/players_models.py" line="77"/>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/players_models.py" line="78"/>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrisisLogModel</name>
    <message>
        <location filename="../../crisis_sim/gui/log_model.py" line="53"/>
        <source>Game time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/log_model.py" line="54"/>
        <source>Real time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/log_model.py" line="55"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/log_model.py" line="56"/>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/log_model.py" line="64"/>
        <source>Animation team only: not shown to the players</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/log_model.py" line="77"/>
        <source> (edited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/log_model.py" line="81"/>
        <source>Animation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/log_model.py" line="83"/>
        <source>Simulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/log_model.py" line="87"/>
        <source>Exercise director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/log_model.py" line="89"/>
        <source>Observer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DebriefLabels</name>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="49"/>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="50"/>
        <source>Major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="51"/>
        <source>To improve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="52"/>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="59"/>
        <source>Reaction missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="60"/>
        <source>Reaction late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="61"/>
        <source>Reaction partly done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="62"/>
        <source>Silence towards the public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="63"/>
        <source>Service down too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="64"/>
        <source>Paper fallback used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="65"/>
        <source>Paper fallback late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="66"/>
        <source>Paper fallback not prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="67"/>
        <source>Paper fallback not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="68"/>
        <source>Single point of failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="69"/>
        <source>Path of the attack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="70"/>
        <source>Decision to avoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="71"/>
        <source>Ransom paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="72"/>
        <source>Evidence lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="73"/>
        <source>Good decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="74"/>
        <source>Objective met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="75"/>
        <source>Objective partly met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="76"/>
        <source>Objective not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="82"/>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="83"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="84"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="85"/>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DebriefView</name>
    <message>
        <location filename="../../crisis_sim/gui/debrief_details.py" line="25"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_details.py" line="26"/>
        <location filename="../../crisis_sim/gui/debrief_view.py" line="191"/>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_details.py" line="55"/>
        <source>from the simulation of the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_details.py" line="67"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_details.py" line="68"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_plan.py" line="43"/>
        <source>New action: say what is to be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_plan.py" line="56"/>
        <source>Action plan saved in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_view.py" line="150"/>
        <location filename="../../crisis_sim/gui/debrief_view.py" line="192"/>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_view.py" line="161"/>
        <source>Export the debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_view.py" line="169"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_export.py" line="178"/>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_export.py" line="191"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_export.py" line="194"/>
        <source>Written: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_export.py" line="198"/>
        <source>The export failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_export.py" line="203"/>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_view.py" line="178"/>
        <source>ended (FINEX) at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_view.py" line="178"/>
        <source>stopped at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_view.py" line="181"/>
        <source>Debrief — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_view.py" line="183"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — exercise %2. Session file: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_view.py" line="189"/>
        <source>Findings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_plan.py" line="60"/>
        <source>Add an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_plan.py" line="61"/>
        <source>Remove the selected action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_plan.py" line="63"/>
        <source>Double-click a cell to edit it; every change is saved at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_plan.py" line="68"/>
        <source>Saved action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_plan.py" line="69"/>
        <source>Draft action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_export.py" line="222"/>
        <source>Export in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_export.py" line="229"/>
        <source>Crisis log (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_export.py" line="233"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_view.py" line="221"/>
        <source>Debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_view.py" line="224"/>
        <source>This session is not saved to a file, so it cannot be debriefed. Open the console on a scenario to record a session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionsModel</name>
    <message>
        <location filename="../../crisis_sim/gui/decisions_model.py" line="87"/>
        <source>%1 (taken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/decisions_model.py" line="65"/>
        <source>Not now: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionsPanel</name>
    <message>
        <location filename="../../crisis_sim/gui/session_panels.py" line="255"/>
        <source>The role that takes the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/session_panels.py" line="256"/>
        <source>Take the selected decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/session_panels.py" line="257"/>
        <source>Another decision, in the cell&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/session_panels.py" line="258"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Describe</name>
    <message>
        <location filename="../../crisis_sim/gui/describe.py" line="70"/>
        <source>depends on “%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/describe.py" line="87"/>
        <source>compromised by the attack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/describe.py" line="88"/>
        <source>encrypted by the attack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/describe.py" line="89"/>
        <source>knocked out by the attack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/describe.py" line="90"/>
        <source>damaged by the attack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/describe.py" line="91"/>
        <source>data stolen by the attack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/describe.py" line="92"/>
        <source>hit by the attack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/describe.py" line="99"/>
        <source>isolated by the decision “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/describe.py" line="101"/>
        <source>shut down by the decision “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/describe.py" line="103"/>
        <source>being restored (decision “%1”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/describe.py" line="105"/>
        <source>changed by the decision “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/describe.py" line="112"/>
        <source>kept going on paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/describe.py" line="116"/>
        <source>kept going on paper: “%1”, %2 % of normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/describe.py" line="124"/>
        <source>restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/describe.py" line="125"/>
        <source>the backup had never been tested and failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/describe.py" line="128"/>
        <source>failure added by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/describe.py" line="129"/>
        <source>repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/describe.py" line="140"/>
        <source>Why: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/describe.py" line="147"/>
        <source>Its computer system: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/describe.py" line="159"/>
        <source>%1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/describe.py" line="169"/>
        <source>Root cause: “%1” %2, since %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/describe.py" line="179"/>
        <source>The attacker has a foothold here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/describe.py" line="181"/>
        <source>Data has been stolen from here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="108"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="108"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="108"/>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphPanel</name>
    <message>
        <location filename="../../crisis_sim/gui/graph_view.py" line="229"/>
        <source>Click a node to see what it needs and what needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crisis_sim/gui/graph_view.py" line="231"/>
        <source>needs %n node(s)</source>
        <translation>
            <numerusform>needs %n node</numerusform>
            <numerusform>needs %n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crisis_sim/gui/graph_view.py" line="232"/>
        <source>needed by %n node(s)</source>
        <translation>
            <numerusform>needed by %n node</numerusform>
            <numerusform>needed by %n nodes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/graph_view.py" line="234"/>
        <source>“%1”: %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/graph_view.py" line="242"/>
        <source>Zoom in (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/graph_view.py" line="244"/>
        <source>Zoom out (−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/graph_view.py" line="245"/>
        <source>Whole graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/graph_view.py" line="246"/>
        <source>Show the whole graph (0)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message>
        <location filename="../../crisis_sim/gui/graph_view.py" line="52"/>
        <source>Infrastructure and network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/graph_view.py" line="53"/>
        <source>Servers and workstations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/graph_view.py" line="54"/>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/graph_view.py" line="55"/>
        <source>Business functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/graph_view.py" line="56"/>
        <source>Public services</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InjectStatus</name>
    <message>
        <location filename="../../crisis_sim/gui/injects_model.py" line="42"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/injects_model.py" line="43"/>
        <source>Waits for its condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/injects_model.py" line="44"/>
        <source>In reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/injects_model.py" line="45"/>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/injects_model.py" line="46"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/injects_model.py" line="47"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InjectsModel</name>
    <message>
        <location filename="../../crisis_sim/gui/injects_model.py" line="135"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/injects_model.py" line="136"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/injects_model.py" line="137"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/injects_model.py" line="138"/>
        <source>Inject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/injects_model.py" line="139"/>
        <source>Expected reactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/injects_model.py" line="130"/>
        <location filename="../../crisis_sim/gui/injects_model.py" line="186"/>
        <source>%1 until %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InjectsPanel</name>
    <message>
        <location filename="../../crisis_sim/gui/session_panels.py" line="181"/>
        <source>New game time, e.g. J+1 10:30 or H+2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/session_panels.py" line="183"/>
        <source>Re-time the inject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/session_panels.py" line="195"/>
        <source>Deliver now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/session_panels.py" line="196"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/session_panels.py" line="197"/>
        <source>Re-time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/session_panels.py" line="198"/>
        <source>Re-send via</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../crisis_sim/gui/legend.py" line="52"/>
        <source>needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/legend.py" line="53"/>
        <source>works better with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/legend.py" line="54"/>
        <source>what the selected node needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/legend.py" line="55"/>
        <source>what needs it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <location filename="../../crisis_sim/gui/session_panels.py" line="310"/>
        <source>A note or an observation for the log (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/session_panels.py" line="311"/>
        <source>Add to the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/session_panels.py" line="312"/>
        <source>Animation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../crisis_sim/gui/main_window.py" line="121"/>
        <source>End the exercise now (FINEX)? The clock stops for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="202"/>
        <location filename="../../crisis_sim/gui/main_window.py" line="122"/>
        <source>FINEX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/main_window.py" line="216"/>
        <source>real time %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/main_window.py" line="243"/>
        <source>%1 — facilitator&apos;s console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_layout.py" line="94"/>
        <location filename="../../crisis_sim/gui/console_menus.py" line="189"/>
        <source>Public services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_layout.py" line="95"/>
        <source>Service levels over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_layout.py" line="96"/>
        <location filename="../../crisis_sim/gui/console_menus.py" line="186"/>
        <source>Chronogramme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_layout.py" line="97"/>
        <location filename="../../crisis_sim/gui/console_menus.py" line="187"/>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_layout.py" line="98"/>
        <location filename="../../crisis_sim/gui/console_menus.py" line="188"/>
        <source>Crisis log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_layout.py" line="99"/>
        <location filename="../../crisis_sim/gui/console_menus.py" line="190"/>
        <source>Expected reactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="183"/>
        <source>Next inject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="166"/>
        <source>Move the clock to the next planned inject and deliver it (Ctrl+J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="184"/>
        <source>Write a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="152"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="153"/>
        <source>&amp;Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="154"/>
        <source>&amp;Simulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="155"/>
        <source>&amp;Go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="156"/>
        <source>&amp;Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="159"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="172"/>
        <source>Single points of failure and the restoration plan after the attack (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="185"/>
        <source>Service graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="191"/>
        <source>Larger text (console)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="192"/>
        <source>Smaller text (console)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="193"/>
        <source>Normal text size (console)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="194"/>
        <source>Larger text (players&apos; screen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="195"/>
        <source>Smaller text (players&apos; screen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="196"/>
        <source>Normal text size (players&apos; screen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="197"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="203"/>
        <source>&amp;Analyse the graph…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="157"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="158"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="198"/>
        <source>Players&apos; screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="199"/>
        <source>Reset the layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="200"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="201"/>
        <source>&amp;Debrief…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/main_window.py" line="246"/>
        <source>Game speed: game time per real second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/main_window.py" line="247"/>
        <source>Game time (J+day and time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="170"/>
        <source>End the exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/main_window.py" line="248"/>
        <source>Real time since the session opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/main_window.py" line="264"/>
        <source>Start (DEBEX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/main_window.py" line="265"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/main_window.py" line="266"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/main_window.py" line="267"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/main_window.py" line="272"/>
        <source>Pause or resume the game clock (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/main_window.py" line="286"/>
        <source>The exercise is under way. Close the console anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/main_window.py" line="287"/>
        <source>Close the console</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayersScreen</name>
    <message>
        <location filename="../../crisis_sim/gui/players_screen.py" line="248"/>
        <source>Crisis cell — players&apos; screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/players_screen.py" line="249"/>
        <source>Public services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/players_screen.py" line="250"/>
        <source>Messages received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/players_screen.py" line="251"/>
        <source>No message yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../crisis_sim/gui/dialogs.py" line="39"/>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/dialogs.py" line="41"/>
        <source>whole file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/dialogs.py" line="44"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/dialogs.py" line="46"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/dialogs.py" line="48"/>
        <source>%1 — %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/dialogs.py" line="51"/>
        <source>hint: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../crisis_sim/gui/dialogs.py" line="58"/>
        <source>This scenario cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/dialogs.py" line="61"/>
        <source>%1 has problems to fix before it can be played:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/dialogs.py" line="66"/>
        <source>(no details)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReactionStatus</name>
    <message>
        <location filename="../../crisis_sim/gui/injects_model.py" line="53"/>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/injects_model.py" line="54"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/injects_model.py" line="55"/>
        <source>late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/injects_model.py" line="56"/>
        <source>observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/injects_model.py" line="57"/>
        <source>partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/injects_model.py" line="58"/>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReactionsModel</name>
    <message>
        <location filename="../../crisis_sim/gui/reactions_model.py" line="57"/>
        <source>Expected reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/reactions_model.py" line="58"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/reactions_model.py" line="59"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/reactions_model.py" line="60"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReactionsPanel</name>
    <message>
        <location filename="../../crisis_sim/gui/session_panels.py" line="350"/>
        <source>What was seen (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/session_panels.py" line="351"/>
        <source>Observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/session_panels.py" line="352"/>
        <source>Partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/session_panels.py" line="353"/>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecommendationsModel</name>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="147"/>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="148"/>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="149"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="150"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_models.py" line="151"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestorationStepsModel</name>
    <message>
        <location filename="../../crisis_sim/gui/analysis_models.py" line="166"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_models.py" line="167"/>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_models.py" line="168"/>
        <source>Back at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_models.py" line="169"/>
        <source>IT staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_models.py" line="170"/>
        <source>What is restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_models.py" line="171"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_models.py" line="195"/>
        <source>started before what it needs was back (they wait on it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_models.py" line="197"/>
        <source>waited for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_models.py" line="199"/>
        <source>ready at %1 after “%2”, staff busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_models.py" line="202"/>
        <source>ready at %1, staff busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_models.py" line="204"/>
        <source>untested backup: the restore may fail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Resume</name>
    <message>
        <location filename="../../crisis_sim/gui/app.py" line="80"/>
        <source>Resume the exercise?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/resume.py" line="39"/>
        <source>An exercise on this scenario stopped before FINEX (last saved %1). Resume it where it stopped?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceLevelsChart</name>
    <message>
        <location filename="../../crisis_sim/gui/levels_chart.py" line="131"/>
        <source>Height of each strip: share of normal service. Dashed line: now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crisis_sim/gui/levels_chart.py" line="144"/>
        <source>and %n more (see the board)</source>
        <translation>
            <numerusform>and %n more (see the board)</numerusform>
            <numerusform>and %n more (see the board)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceReturnsModel</name>
    <message>
        <location filename="../../crisis_sim/gui/analysis_models.py" line="224"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_models.py" line="225"/>
        <source>Criticality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_models.py" line="226"/>
        <source>Residents served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_models.py" line="227"/>
        <source>Serves again at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_models.py" line="228"/>
        <source>Fully back at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_models.py" line="229"/>
        <source>Tolerable downtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_models.py" line="230"/>
        <source>Passed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_models.py" line="238"/>
        <source>Still down when its maximum tolerable downtime ran out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicesModel</name>
    <message>
        <location filename="../../crisis_sim/gui/services_model.py" line="111"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/services_model.py" line="112"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/services_model.py" line="113"/>
        <source>Time down / tolerable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/services_model.py" line="114"/>
        <source>People affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/services_model.py" line="115"/>
        <source>Paper mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/services_board.py" line="114"/>
        <location filename="../../crisis_sim/gui/services_model.py" line="155"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/services_model.py" line="179"/>
        <source>Down longer than its maximum tolerable downtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/services_model.py" line="181"/>
        <source>Public service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/services_model.py" line="181"/>
        <source>Internal function</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../crisis_sim/gui/keyboard.py" line="47"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/keyboard.py" line="50"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/keyboard.py" line="50"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../crisis_sim/gui/state_style.py" line="60"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/state_style.py" line="61"/>
        <source>Compromised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/state_style.py" line="62"/>
        <source>Degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/state_style.py" line="63"/>
        <source>On paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/state_style.py" line="64"/>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/state_style.py" line="65"/>
        <source>Encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/state_style.py" line="66"/>
        <source>Isolated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/state_style.py" line="67"/>
        <source>Restoring</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeakPointsModel</name>
    <message>
        <location filename="../../crisis_sim/gui/analysis_models.py" line="96"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_models.py" line="97"/>
        <source>If this fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_models.py" line="98"/>
        <source>Services stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_models.py" line="99"/>
        <source>Residents affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_models.py" line="100"/>
        <source>First stop after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_models.py" line="101"/>
        <source>Services hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_models.py" line="132"/>
        <source>%1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_models.py" line="138"/>
        <source>at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_models.py" line="144"/>
        <source>stopped after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/analysis_models.py" line="144"/>
        <source>degraded after %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
