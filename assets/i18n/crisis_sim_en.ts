<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Access</name>
    <message>
        <location filename="../../crisis_sim/gui/players_models.py" line="54"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/players_models.py" line="55"/>
        <source>Disrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/players_models.py" line="56"/>
        <source>Reduced service (paper)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/players_models.py" line="57"/>
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
    <name>Channel</name>
    <message>
        <location filename="../../crisis_sim/gui/players_models.py" line="63"/>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/players_models.py" line="64"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/players_models.py" line="65"/>
        <source>Text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/players_models.py" line="66"/>
        <source>Press</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/players_models.py" line="67"/>
        <source>Social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/players_models.py" line="68"/>
        <source>At the front desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/players_models.py" line="69"/>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/players_models.py" line="70"/>
        <source>Radio / TV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/players_models.py" line="71"/>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/players_models.py" line="72"/>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrisisLogModel</name>
    <message>
        <location filename="../../crisis_sim/gui/log_model.py" line="52"/>
        <source>Game time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/log_model.py" line="53"/>
        <source>Real time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/log_model.py" line="54"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/log_model.py" line="55"/>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/log_model.py" line="63"/>
        <source>Animation team only: not shown to the players</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/log_model.py" line="76"/>
        <source> (edited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/log_model.py" line="80"/>
        <source>Animation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/log_model.py" line="82"/>
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
        <location filename="../../crisis_sim/gui/debrief_view.py" line="335"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_view.py" line="335"/>
        <location filename="../../crisis_sim/gui/debrief_view.py" line="484"/>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_view.py" line="346"/>
        <source>from the simulation of the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_view.py" line="365"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_view.py" line="365"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_view.py" line="378"/>
        <source>New action: say what is to be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_view.py" line="390"/>
        <source>Action plan saved in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_view.py" line="393"/>
        <location filename="../../crisis_sim/gui/debrief_view.py" line="485"/>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_view.py" line="413"/>
        <source>Export the debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_view.py" line="422"/>
        <location filename="../../crisis_sim/gui/debrief_view.py" line="446"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_view.py" line="431"/>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_view.py" line="437"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_view.py" line="441"/>
        <source>Written: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_view.py" line="445"/>
        <source>The export failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_view.py" line="449"/>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_view.py" line="471"/>
        <source>ended (FINEX) at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_view.py" line="471"/>
        <source>stopped at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_view.py" line="474"/>
        <source>Debrief — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_view.py" line="476"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — exercise %2. Session file: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_view.py" line="482"/>
        <source>Findings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_view.py" line="486"/>
        <source>Add an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_view.py" line="487"/>
        <source>Remove the selected action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_view.py" line="489"/>
        <source>Double-click a cell to edit it; every change is saved at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_view.py" line="493"/>
        <source>Saved action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_view.py" line="493"/>
        <source>Draft action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_view.py" line="495"/>
        <source>Export in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_view.py" line="502"/>
        <source>Crisis log (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_view.py" line="506"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_view.py" line="535"/>
        <source>Debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/debrief_view.py" line="538"/>
        <source>This session is not saved to a file, so it cannot be debriefed. Open the console on a scenario to record a session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionsModel</name>
    <message>
        <location filename="../../crisis_sim/gui/decisions_model.py" line="69"/>
        <source>%1 (taken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/decisions_model.py" line="71"/>
        <source>Not now: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionsPanel</name>
    <message>
        <location filename="../../crisis_sim/gui/session_panels.py" line="190"/>
        <source>The role that takes the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/session_panels.py" line="191"/>
        <source>Take the selected decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/session_panels.py" line="192"/>
        <source>Another decision, in the cell&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/session_panels.py" line="193"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Describe</name>
    <message>
        <location filename="../../crisis_sim/gui/describe.py" line="60"/>
        <source>depends on “%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/describe.py" line="77"/>
        <source>compromised by the attack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/describe.py" line="78"/>
        <source>encrypted by the attack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/describe.py" line="79"/>
        <source>knocked out by the attack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/describe.py" line="80"/>
        <source>damaged by the attack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/describe.py" line="81"/>
        <source>data stolen by the attack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/describe.py" line="82"/>
        <source>hit by the attack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/describe.py" line="89"/>
        <source>isolated by the decision “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/describe.py" line="91"/>
        <source>shut down by the decision “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/describe.py" line="93"/>
        <source>being restored (decision “%1”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/describe.py" line="95"/>
        <source>changed by the decision “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/describe.py" line="102"/>
        <source>kept going on paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/describe.py" line="106"/>
        <source>kept going on paper: “%1”, %2 % of normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/describe.py" line="114"/>
        <source>restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/describe.py" line="115"/>
        <source>the backup had never been tested and failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/describe.py" line="118"/>
        <source>failure added by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/describe.py" line="119"/>
        <source>repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/describe.py" line="130"/>
        <source>Why: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/describe.py" line="137"/>
        <source>Its computer system: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/describe.py" line="149"/>
        <source>%1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/describe.py" line="159"/>
        <source>Root cause: “%1” %2, since %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/describe.py" line="169"/>
        <source>The attacker has a foothold here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/describe.py" line="171"/>
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
        <location filename="../../crisis_sim/gui/graph_view.py" line="140"/>
        <source>Click a node to see what it needs and what needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crisis_sim/gui/graph_view.py" line="142"/>
        <source>needs %n node(s)</source>
        <translation>
            <numerusform>needs %n node</numerusform>
            <numerusform>needs %n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crisis_sim/gui/graph_view.py" line="143"/>
        <source>needed by %n node(s)</source>
        <translation>
            <numerusform>needed by %n node</numerusform>
            <numerusform>needed by %n nodes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/graph_view.py" line="145"/>
        <source>“%1”: %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/graph_view.py" line="153"/>
        <source>Zoom in (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/graph_view.py" line="155"/>
        <source>Zoom out (−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/graph_view.py" line="156"/>
        <source>Whole graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/graph_view.py" line="157"/>
        <source>Show the whole graph (0)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InjectStatus</name>
    <message>
        <location filename="../../crisis_sim/gui/injects_model.py" line="30"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/injects_model.py" line="31"/>
        <source>Waits for its condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/injects_model.py" line="32"/>
        <source>In reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/injects_model.py" line="33"/>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/injects_model.py" line="34"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/injects_model.py" line="35"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InjectsModel</name>
    <message>
        <location filename="../../crisis_sim/gui/injects_model.py" line="91"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/injects_model.py" line="92"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/injects_model.py" line="93"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/injects_model.py" line="94"/>
        <source>Inject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/injects_model.py" line="95"/>
        <source>Expected reactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/injects_model.py" line="132"/>
        <source>%1 until %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InjectsPanel</name>
    <message>
        <location filename="../../crisis_sim/gui/session_panels.py" line="131"/>
        <source>New game time, e.g. J+1 10:30 or H+2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/session_panels.py" line="133"/>
        <source>Re-time the inject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/session_panels.py" line="145"/>
        <source>Deliver now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/session_panels.py" line="146"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/session_panels.py" line="147"/>
        <source>Re-time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/session_panels.py" line="148"/>
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
        <location filename="../../crisis_sim/gui/session_panels.py" line="233"/>
        <source>A note or an observation for the log (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/session_panels.py" line="234"/>
        <source>Add to the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/session_panels.py" line="235"/>
        <source>Animation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../crisis_sim/gui/main_window.py" line="114"/>
        <source>End the exercise now (FINEX)? The clock stops for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="193"/>
        <location filename="../../crisis_sim/gui/main_window.py" line="115"/>
        <source>FINEX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/main_window.py" line="197"/>
        <source>real time %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/main_window.py" line="224"/>
        <source>%1 — facilitator&apos;s console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_layout.py" line="92"/>
        <location filename="../../crisis_sim/gui/console_menus.py" line="180"/>
        <source>Public services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_layout.py" line="93"/>
        <source>Service levels over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_layout.py" line="94"/>
        <location filename="../../crisis_sim/gui/console_menus.py" line="177"/>
        <source>Chronogramme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_layout.py" line="95"/>
        <location filename="../../crisis_sim/gui/console_menus.py" line="178"/>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_layout.py" line="96"/>
        <location filename="../../crisis_sim/gui/console_menus.py" line="179"/>
        <source>Crisis log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_layout.py" line="97"/>
        <location filename="../../crisis_sim/gui/console_menus.py" line="181"/>
        <source>Expected reactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="174"/>
        <source>Next inject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="163"/>
        <source>Move the clock to the next planned inject and deliver it (Ctrl+J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="175"/>
        <source>Write a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="150"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="151"/>
        <source>&amp;Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="152"/>
        <source>&amp;Go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="153"/>
        <source>&amp;Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="156"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="176"/>
        <source>Service graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="182"/>
        <source>Larger text (console)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="183"/>
        <source>Smaller text (console)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="184"/>
        <source>Normal text size (console)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="185"/>
        <source>Larger text (players&apos; screen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="186"/>
        <source>Smaller text (players&apos; screen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="187"/>
        <source>Normal text size (players&apos; screen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="188"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="154"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="155"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="189"/>
        <source>Players&apos; screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="190"/>
        <source>Reset the layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="191"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="192"/>
        <source>&amp;Debrief…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/main_window.py" line="227"/>
        <source>Game speed: game time per real second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/main_window.py" line="228"/>
        <source>Game time (J+day and time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/console_menus.py" line="167"/>
        <source>End the exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/main_window.py" line="229"/>
        <source>Real time since the session opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/main_window.py" line="238"/>
        <source>Start (DEBEX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/main_window.py" line="239"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/main_window.py" line="240"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/main_window.py" line="241"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/main_window.py" line="246"/>
        <source>Pause or resume the game clock (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/main_window.py" line="260"/>
        <source>The exercise is under way. Close the console anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/main_window.py" line="261"/>
        <source>Close the console</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayersScreen</name>
    <message>
        <location filename="../../crisis_sim/gui/players_screen.py" line="206"/>
        <source>Crisis cell — players&apos; screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/players_screen.py" line="207"/>
        <source>Public services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/players_screen.py" line="208"/>
        <source>Messages received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/players_screen.py" line="209"/>
        <source>No message yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../crisis_sim/gui/dialogs.py" line="36"/>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/dialogs.py" line="38"/>
        <source>whole file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/dialogs.py" line="41"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/dialogs.py" line="43"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/dialogs.py" line="47"/>
        <source>hint: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../crisis_sim/gui/dialogs.py" line="54"/>
        <source>This scenario cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/dialogs.py" line="57"/>
        <source>%1 has problems to fix before it can be played:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/dialogs.py" line="62"/>
        <source>(no details)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReactionStatus</name>
    <message>
        <location filename="../../crisis_sim/gui/injects_model.py" line="41"/>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/injects_model.py" line="42"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/injects_model.py" line="43"/>
        <source>late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/injects_model.py" line="44"/>
        <source>observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/injects_model.py" line="45"/>
        <source>partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/injects_model.py" line="46"/>
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
        <location filename="../../crisis_sim/gui/session_panels.py" line="272"/>
        <source>What was seen (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/session_panels.py" line="273"/>
        <source>Observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/session_panels.py" line="274"/>
        <source>Partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/session_panels.py" line="275"/>
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
    <name>Resume</name>
    <message>
        <location filename="../../crisis_sim/gui/app.py" line="76"/>
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
        <location filename="../../crisis_sim/gui/levels_chart.py" line="109"/>
        <source>Height of each strip: share of normal service. Dashed line: now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crisis_sim/gui/levels_chart.py" line="120"/>
        <source>and %n more (see the board)</source>
        <translation>
            <numerusform>and %n more (see the board)</numerusform>
            <numerusform>and %n more (see the board)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServicesModel</name>
    <message>
        <location filename="../../crisis_sim/gui/services_model.py" line="73"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/services_model.py" line="74"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/services_model.py" line="75"/>
        <source>Time down / tolerable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/services_model.py" line="76"/>
        <source>People affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/services_model.py" line="77"/>
        <source>Paper mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/services_model.py" line="117"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/services_model.py" line="140"/>
        <source>Down longer than its maximum tolerable downtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/services_model.py" line="142"/>
        <source>Public service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crisis_sim/gui/services_model.py" line="142"/>
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
</TS>
