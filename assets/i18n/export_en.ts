<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ExportCards</name>
    <message>
        <source>{number} · ANIMATION TEAM — do not hand to players</source>
        <translation>{number} · ANIMATION TEAM — do not hand to players</translation>
    </message>
    <message>
        <source>{number} · PLAYERS</source>
        <translation>{number} · PLAYERS</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Attachments:</translation>
    </message>
    <message>
        <source>Game time:</source>
        <translation>Game time:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Played when:</source>
        <translation>Played when:</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Reserve</translation>
    </message>
    <message>
        <source>Conditional</source>
        <translation>Conditional</translation>
    </message>
    <message>
        <source>Expected reaction</source>
        <translation>Expected reaction</translation>
    </message>
    <message>
        <source>No reaction expected: context only.</source>
        <translation>No reaction expected: context only.</translation>
    </message>
    <message>
        <source>Delivered at:</source>
        <translation>Delivered at:</translation>
    </message>
    <message>
        <source>Re-sent by:</source>
        <translation>Re-sent by:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Roles:</translation>
    </message>
    <message>
        <source>Recommendations:</source>
        <translation>Recommendations:</translation>
    </message>
</context>
<context>
    <name>ExportDay</name>
    <message>
        <source>Crisis contact directory</source>
        <translation>Crisis contact directory</translation>
    </message>
    <message>
        <source>Keep this directory printed: on the day, e-mail and shared files may be gone. Give two ways to reach each person, one of them outside the town hall&apos;s network (mobile phone, personal address). Update it, and every printed copy, after each change of person or number.</source>
        <translation>Keep this directory printed: on the day, e-mail and shared files may be gone. Give two ways to reach each person, one of them outside the town hall&apos;s network (mobile phone, personal address). Update it, and every printed copy, after each change of person or number.</translation>
    </message>
    <message>
        <source>Last updated on:</source>
        <translation>Last updated on:</translation>
    </message>
    <message>
        <source>Crisis cell</source>
        <translation>Crisis cell</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Outside contacts</source>
        <translation>Outside contacts</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>Other phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>holder</source>
        <translation>holder</translation>
    </message>
    <message>
        <source>deputy</source>
        <translation>deputy</translation>
    </message>
    <message>
        <source>in the exercise: {names}</source>
        <translation>in the exercise: {names}</translation>
    </message>
    <message>
        <source>ANSSI — CERT-FR</source>
        <translation>ANSSI — CERT-FR</translation>
    </message>
    <message>
        <source>Regional CSIRT</source>
        <translation>Regional CSIRT</translation>
    </message>
    <message>
        <source>Cybermalveillance.gouv.fr</source>
        <translation>Cybermalveillance.gouv.fr</translation>
    </message>
    <message>
        <source>Police or gendarmerie</source>
        <translation>Police or gendarmerie</translation>
    </message>
    <message>
        <source>Public prosecutor</source>
        <translation>Public prosecutor</translation>
    </message>
    <message>
        <source>CNIL</source>
        <translation>CNIL</translation>
    </message>
    <message>
        <source>Cyber insurer</source>
        <translation>Cyber insurer</translation>
    </message>
    <message>
        <source>IT providers and software vendors</source>
        <translation>IT providers and software vendors</translation>
    </message>
    <message>
        <source>Prefecture and other authorities</source>
        <translation>Prefecture and other authorities</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Sheets for the day the computers are down. They were prepared from the exercise scenario {title}: complete them with your own names, numbers and places, print them, and keep copies where the crisis cell meets, with the mayor and with the DGS.</source>
        <translation>Sheets for the day the computers are down. They were prepared from the exercise scenario {title}: complete them with your own names, numbers and places, print them, and keep copies where the crisis cell meets, with the mayor and with the DGS.</translation>
    </message>
    <message>
        <source>Paper kit — the day of a real crisis</source>
        <translation>Paper kit — the day of a real crisis</translation>
    </message>
    <message>
        <source>Check them at least once a year and after every change of staff, provider or telephone number (ANSSI-EXE-F11).</source>
        <translation>Check them at least once a year and after every change of staff, provider or telephone number (ANSSI-EXE-F11).</translation>
    </message>
    <message>
        <source>Last checked on:</source>
        <translation>Last checked on:</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>By:</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Paper fallback procedures</source>
        <translation>Paper fallback procedures</translation>
    </message>
    <message>
        <source>One sheet per public service and business function, the most critical first: how it keeps going on paper, what to have ready, and who is in charge.</source>
        <translation>One sheet per public service and business function, the most critical first: how it keeps going on paper, what to have ready, and who is in charge.</translation>
    </message>
    <message>
        <source>This scenario names no public service.</source>
        <translation>This scenario names no public service.</translation>
    </message>
    <message>
        <source>No paper fallback is written for this service yet. Write it down here:</source>
        <translation>No paper fallback is written for this service yet. Write it down here:</translation>
    </message>
    <message>
        <source>Person in charge:</source>
        <translation>Person in charge:</translation>
    </message>
    <message>
        <source>Deputy:</source>
        <translation>Deputy:</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Criticality</translation>
    </message>
    <message>
        <source>Maximum tolerable downtime</source>
        <translation>Maximum tolerable downtime</translation>
    </message>
    <message>
        <source>People served</source>
        <translation>People served</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Paper procedure: {name}</source>
        <translation>Paper procedure: {name}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No — prepare it</source>
        <translation>No — prepare it</translation>
    </message>
    <message>
        <source>As soon as the service is lost</source>
        <translation>As soon as the service is lost</translation>
    </message>
    <message>
        <source>On the crisis cell&apos;s decision</source>
        <translation>On the crisis cell&apos;s decision</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Prepared before the crisis</source>
        <translation>Prepared before the crisis</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Time to set up</source>
        <translation>Time to set up</translation>
    </message>
    <message>
        <source>Service kept</source>
        <translation>Service kept</translation>
    </message>
    <message>
        <source>{percent}% of normal</source>
        <translation>{percent}% of normal</translation>
    </message>
    <message>
        <source>Extra agents needed</source>
        <translation>Extra agents needed</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <source>{delay} when prepared</source>
        <translation>{delay} when prepared</translation>
    </message>
    <message>
        <source>impossible without preparation</source>
        <translation>impossible without preparation</translation>
    </message>
    <message>
        <source>{delay} otherwise</source>
        <translation>{delay} otherwise</translation>
    </message>
    <message>
        <source>{prepared}; {unprepared}</source>
        <translation>{prepared}; {unprepared}</translation>
    </message>
    <message>
        <source>Pre-printed forms — how many:</source>
        <translation>Pre-printed forms — how many:</translation>
    </message>
    <message>
        <source>Paper registers or logbooks</source>
        <translation>Paper registers or logbooks</translation>
    </message>
    <message>
        <source>This procedure, printed — kept at:</source>
        <translation>This procedure, printed — kept at:</translation>
    </message>
    <message>
        <source>The printed crisis directory</source>
        <translation>The printed crisis directory</translation>
    </message>
    <message>
        <source>Pens, stamps, envelopes, a working fax or phone line</source>
        <translation>Pens, stamps, envelopes, a working fax or phone line</translation>
    </message>
    <message>
        <source>Agents who know the procedure:</source>
        <translation>Agents who know the procedure:</translation>
    </message>
    <message>
        <source>To have ready</source>
        <translation>To have ready</translation>
    </message>
    <message>
        <source>Cut the affected machines off the network (cable, Wi-Fi) without switching them off: their memory holds evidence.</source>
        <translation>Cut the affected machines off the network (cable, Wi-Fi) without switching them off: their memory holds evidence.</translation>
    </message>
    <message>
        <source>Alert the mayor and the DGS, and call the crisis cell together with the printed directory.</source>
        <translation>Alert the mayor and the DGS, and call the crisis cell together with the printed directory.</translation>
    </message>
    <message>
        <source>Open the main courante (crisis log): every fact, call and decision with its time.</source>
        <translation>Open the main courante (crisis log): every fact, call and decision with its time.</translation>
    </message>
    <message>
        <source>Qualify the incident and call ANSSI (CERT-FR) or the regional CSIRT.</source>
        <translation>Qualify the incident and call ANSSI (CERT-FR) or the regional CSIRT.</translation>
    </message>
    <message>
        <source>Ask Cybermalveillance.gouv.fr for help in finding assistance.</source>
        <translation>Ask Cybermalveillance.gouv.fr for help in finding assistance.</translation>
    </message>
    <message>
        <source>Protect the backups: disconnect them and check they are intact before any restore.</source>
        <translation>Protect the backups: disconnect them and check they are intact before any restore.</translation>
    </message>
    <message>
        <source>Do not pay the ransom and do not answer the attackers.</source>
        <translation>Do not pay the ransom and do not answer the attackers.</translation>
    </message>
    <message>
        <source>File a complaint with the police, the gendarmerie or the prosecutor.</source>
        <translation>File a complaint with the police, the gendarmerie or the prosecutor.</translation>
    </message>
    <message>
        <source>If personal data may be affected, notify the CNIL within 72 hours of becoming aware of it.</source>
        <translation>If personal data may be affected, notify the CNIL within 72 hours of becoming aware of it.</translation>
    </message>
    <message>
        <source>Move the essential services to their paper procedures (sheets in this kit).</source>
        <translation>Move the essential services to their paper procedures (sheets in this kit).</translation>
    </message>
    <message>
        <source>Inform the agents, then residents and press: facts only, through a channel that still works.</source>
        <translation>Inform the agents, then residents and press: facts only, through a channel that still works.</translation>
    </message>
    <message>
        <source>First-hour checklist</source>
        <translation>First-hour checklist</translation>
    </message>
    <message>
        <source>Action, and where it comes from</source>
        <translation>Action, and where it comes from</translation>
    </message>
    <message>
        <source>Time, who</source>
        <translation>Time, who</translation>
    </message>
    <message>
        <source>Tick each action as it is done and write the time and who did it. Keep this sheet with the main courante.</source>
        <translation>Tick each action as it is done and write the time and who did it. Keep this sheet with the main courante.</translation>
    </message>
    <message>
        <source>The titles above are short paraphrases: read the source for the authoritative text.</source>
        <translation>The titles above are short paraphrases: read the source for the authoritative text.</translation>
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
        <translation>{organisation} — crisis documents, keep printed</translation>
    </message>
    <message>
        <source>Paper kit for the exercise</source>
        <translation>Paper kit for the exercise</translation>
    </message>
    <message>
        <source>Paper kit for the day of a crisis</source>
        <translation>Paper kit for the day of a crisis</translation>
    </message>
    <message>
        <source>Paper kits</source>
        <translation>Paper kits</translation>
    </message>
</context>
<context>
    <name>ExportExercise</name>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Start of play (DEBEX):</source>
        <translation>Start of play (DEBEX):</translation>
    </message>
    <message>
        <source>End of play (FINEX):</source>
        <translation>End of play (FINEX):</translation>
    </message>
    <message>
        <source>Stimuli:</source>
        <translation>Stimuli:</translation>
    </message>
    <message>
        <source>Animation team copy of the cards: one card per stimulus, with the expected reactions. Cut along the dashed lines; never show these cards to players.</source>
        <translation>Animation team copy of the cards: one card per stimulus, with the expected reactions. Cut along the dashed lines; never show these cards to players.</translation>
    </message>
    <message>
        <source>Players&apos; copy of the cards: hand each card to its addressee at the time shown; for a conditional or reserve stimulus, write the time when you hand it over.</source>
        <translation>Players&apos; copy of the cards: hand each card to its addressee at the time shown; for a conditional or reserve stimulus, write the time when you hand it over.</translation>
    </message>
    <message>
        <source>Chronogramme: the facilitator&apos;s sheet, to tick each stimulus as it is played.</source>
        <translation>Chronogramme: the facilitator&apos;s sheet, to tick each stimulus as it is played.</translation>
    </message>
    <message>
        <source>Observer grid: print one copy for each observer.</source>
        <translation>Observer grid: print one copy for each observer.</translation>
    </message>
    <message>
        <source>Paper kit — running the exercise</source>
        <translation>Paper kit — running the exercise</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>How to use this kit</source>
        <translation>How to use this kit</translation>
    </message>
    <message>
        <source>Printing: A4, black and white, at actual size (no “fit to page”), single-sided for the cards so that they can be cut apart.</source>
        <translation>Printing: A4, black and white, at actual size (no “fit to page”), single-sided for the cards so that they can be cut apart.</translation>
    </message>
    <message>
        <source>Inject cards — animation team copy</source>
        <translation>Inject cards — animation team copy</translation>
    </message>
    <message>
        <source>This copy shows the expected reactions, their deadlines and the recommendations they map to. Keep it within the animation team. If an expected reaction does not come, re-send the stimulus through another channel rather than record a failure.</source>
        <translation>This copy shows the expected reactions, their deadlines and the recommendations they map to. Keep it within the animation team. If an expected reaction does not come, re-send the stimulus through another channel rather than record a failure.</translation>
    </message>
    <message>
        <source>Inject cards — players&apos; copy</source>
        <translation>Inject cards — players&apos; copy</translation>
    </message>
    <message>
        <source>This copy holds only what the players receive: no expected reaction. Hand each card to its addressee through the channel shown.</source>
        <translation>This copy holds only what the players receive: no expected reaction. Hand each card to its addressee through the channel shown.</translation>
    </message>
    <message>
        <source>Two cards per sheet: cut along the dashed line marked with scissors.</source>
        <translation>Two cards per sheet: cut along the dashed line marked with scissors.</translation>
    </message>
    <message>
        <source>{count} cards.</source>
        <translation>{count} cards.</translation>
    </message>
    <message>
        <source>This scenario has no stimulus.</source>
        <translation>This scenario has no stimulus.</translation>
    </message>
    <message>
        <source>Chronogramme — facilitator&apos;s sheet</source>
        <translation>Chronogramme — facilitator&apos;s sheet</translation>
    </message>
    <message>
        <source>Tick each stimulus when it is played and note the time. Re-timing is normal: often only about 70 % of the planned stimuli get played. Never show the expected reactions to players.</source>
        <translation>Tick each stimulus when it is played and note the time. Re-timing is normal: often only about 70 % of the planned stimuli get played. Never show the expected reactions to players.</translation>
    </message>
    <message>
        <source>Game time</source>
        <translation>Game time</translation>
    </message>
    <message>
        <source>Conditional and reserve stimuli</source>
        <translation>Conditional and reserve stimuli</translation>
    </message>
    <message>
        <source>Played when</source>
        <translation>Played when</translation>
    </message>
    <message>
        <source>A conditional stimulus is played when its condition is met; a reserve stimulus when the exercise director decides to.</source>
        <translation>A conditional stimulus is played when its condition is met; a reserve stimulus when the exercise director decides to.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Stimulus</source>
        <translation>Stimulus</translation>
    </message>
    <message>
        <source>Expected reaction</source>
        <translation>Expected reaction</translation>
    </message>
    <message>
        <source>Played</source>
        <translation>Played</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Reserve</translation>
    </message>
    <message>
        <source>surprise</source>
        <translation>surprise</translation>
    </message>
    <message>
        <source>Observer grid</source>
        <translation>Observer grid</translation>
    </message>
    <message>
        <source>Observers watch and never intervene. For each objective, note what went well and what could improve, with the game time. Players speak first at the hot debrief; observers after them (ANSSI-EXE-F08).</source>
        <translation>Observers watch and never intervene. For each objective, note what went well and what could improve, with the game time. Players speak first at the hot debrief; observers after them (ANSSI-EXE-F08).</translation>
    </message>
    <message>
        <source>Observer:</source>
        <translation>Observer:</translation>
    </message>
    <message>
        <source>Observing:</source>
        <translation>Observing:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>This scenario sets no objective.</source>
        <translation>This scenario sets no objective.</translation>
    </message>
    <message>
        <source>Free notes</source>
        <translation>Free notes</translation>
    </message>
    <message>
        <source>Objective {index} — {title}</source>
        <translation>Objective {index} — {title}</translation>
    </message>
    <message>
        <source>Evidence expected:</source>
        <translation>Evidence expected:</translation>
    </message>
    <message>
        <source>Recommendations:</source>
        <translation>Recommendations:</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Strengths</translation>
    </message>
    <message>
        <source>Improvement points</source>
        <translation>Improvement points</translation>
    </message>
    <message>
        <source>Game time observed</source>
        <translation>Game time observed</translation>
    </message>
    <message>
        <source>Decision {decision} taken</source>
        <translation>Decision {decision} taken</translation>
    </message>
    <message>
        <source>Paper fallback {fallback} in use</source>
        <translation>Paper fallback {fallback} in use</translation>
    </message>
    <message>
        <source>by {time}</source>
        <translation>by {time}</translation>
    </message>
    <message>
        <source>Reaction to {number} {stimulus}: {reaction}</source>
        <translation>Reaction to {number} {stimulus}: {reaction}</translation>
    </message>
    <message>
        <source>Reaction {reaction}</source>
        <translation>Reaction {reaction}</translation>
    </message>
</context>
<context>
    <name>ExportLabels</name>
    <message>
        <source>“{text}”</source>
        <translation>“{text}”</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Text message</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>Press</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Social media</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Radio, TV</source>
        <translation>Radio, TV</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>operational</source>
        <translation>operational</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>degraded</translation>
    </message>
    <message>
        <source>down</source>
        <translation>down</translation>
    </message>
    <message>
        <source>compromised</source>
        <translation>compromised</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>encrypted</translation>
    </message>
    <message>
        <source>isolated</source>
        <translation>isolated</translation>
    </message>
    <message>
        <source>being restored</source>
        <translation>being restored</translation>
    </message>
    <message>
        <source>running on paper</source>
        <translation>running on paper</translation>
    </message>
    <message>
        <source>vital</source>
        <translation>vital</translation>
    </message>
    <message>
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>medium</translation>
    </message>
    <message>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <source>Public service</source>
        <translation>Public service</translation>
    </message>
    <message>
        <source>Business function</source>
        <translation>Business function</translation>
    </message>
    <message>
        <source>Reserve: the exercise director plays it by hand.</source>
        <translation>Reserve: the exercise director plays it by hand.</translation>
    </message>
    <message>
        <source>Lapses at {time} if not played by then.</source>
        <translation>Lapses at {time} if not played by then.</translation>
    </message>
    <message>
        <source>When {node} has been {state} for {duration}.</source>
        <translation>When {node} has been {state} for {duration}.</translation>
    </message>
    <message>
        <source>When {node} becomes {state}.</source>
        <translation>When {node} becomes {state}.</translation>
    </message>
    <message>
        <source>{delay} after the stimulus {stimulus} was played.</source>
        <translation>{delay} after the stimulus {stimulus} was played.</translation>
    </message>
    <message>
        <source>As soon as the stimulus {stimulus} was played.</source>
        <translation>As soon as the stimulus {stimulus} was played.</translation>
    </message>
    <message>
        <source>If the decision {decision} has not been taken by {time}.</source>
        <translation>If the decision {decision} has not been taken by {time}.</translation>
    </message>
    <message>
        <source>If the decision {decision} is taken by {time}.</source>
        <translation>If the decision {decision} is taken by {time}.</translation>
    </message>
    <message>
        <source>As soon as the decision {decision} is taken.</source>
        <translation>As soon as the decision {decision} is taken.</translation>
    </message>
    <message>
        <source>within {duration} of delivery</source>
        <translation>within {duration} of delivery</translation>
    </message>
    <message>
        <source>within {duration} (by {time})</source>
        <translation>within {duration} (by {time})</translation>
    </message>
</context>
<context>
    <name>ExportLog</name>
    <message>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>Game time</source>
        <translation>Game time</translation>
    </message>
    <message>
        <source>Seconds since DEBEX</source>
        <translation>Seconds since DEBEX</translation>
    </message>
    <message>
        <source>Real time</source>
        <translation>Real time</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Seen by</source>
        <translation>Seen by</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Edited</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>everyone</translation>
    </message>
    <message>
        <source>animation team</source>
        <translation>animation team</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
</context>
<context>
    <name>ExportReport</name>
    <message>
        <source>Exercise debrief report</source>
        <translation>Exercise debrief report</translation>
    </message>
    <message>
        <source>Every event in this report was simulated for a crisis exercise; none of it happened for real.</source>
        <translation>Every event in this report was simulated for a crisis exercise; none of it happened for real.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>(stopped before FINEX)</source>
        <translation>(stopped before FINEX)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Start of play (DEBEX)</source>
        <translation>Start of play (DEBEX)</translation>
    </message>
    <message>
        <source>End of play (FINEX)</source>
        <translation>End of play (FINEX)</translation>
    </message>
    <message>
        <source>Game time played</source>
        <translation>Game time played</translation>
    </message>
    <message>
        <source>Chronology: planned and played</source>
        <translation>Chronology: planned and played</translation>
    </message>
    <message>
        <source>{delivered} of the {planned} planned stimuli were played. Re-timing and re-sending are normal: the animation team adapts the chronogramme to the players.</source>
        <translation>{delivered} of the {planned} planned stimuli were played. Re-timing and re-sending are normal: the animation team adapts the chronogramme to the players.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Played</source>
        <translation>Played</translation>
    </message>
    <message>
        <source>Stimulus</source>
        <translation>Stimulus</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Game time</source>
        <translation>Game time</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Practice</translation>
    </message>
    <message>
        <source>Stimuli</source>
        <translation>Stimuli</translation>
    </message>
    <message>
        <source>Decisions of the crisis cell</source>
        <translation>Decisions of the crisis cell</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>reserve</source>
        <translation>reserve</translation>
    </message>
    <message>
        <source>on condition</source>
        <translation>on condition</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>by hand</translation>
    </message>
    <message>
        <source>re-timed to {time}</source>
        <translation>re-timed to {time}</translation>
    </message>
    <message>
        <source>re-sent at {time} ({channel})</source>
        <translation>re-sent at {time} ({channel})</translation>
    </message>
    <message>
        <source>Public services over time</source>
        <translation>Public services over time</translation>
    </message>
    <message>
        <source>working</source>
        <translation>working</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>degraded</translation>
    </message>
    <message>
        <source>on paper</source>
        <translation>on paper</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>maximum tolerable downtime reached</source>
        <translation>maximum tolerable downtime reached</translation>
    </message>
    <message>
        <source>Each line is a public service or business function, the most critical first; time runs from left to right, from DEBEX to the end of play.</source>
        <translation>Each line is a public service or business function, the most critical first; time runs from left to right, from DEBEX to the end of play.</translation>
    </message>
    <message>
        <source>still stopped</source>
        <translation>still stopped</translation>
    </message>
    <message>
        <source>working or on paper</source>
        <translation>working or on paper</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Longest stop</source>
        <translation>Longest stop</translation>
    </message>
    <message>
        <source>Tolerable</source>
        <translation>Tolerable</translation>
    </message>
    <message>
        <source>At the end of play</source>
        <translation>At the end of play</translation>
    </message>
    <message>
        <source>Stops</source>
        <translation>Stops</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Each finding comes with what shows it (crisis-log entries and game times) and the recommendations it maps to, each with the reason.</source>
        <translation>Each finding comes with what shows it (crisis-log entries and game times) and the recommendations it maps to, each with the reason.</translation>
    </message>
    <message>
        <source>What must improve</source>
        <translation>What must improve</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>What went well</translation>
    </message>
    <message>
        <source>game time {times}</source>
        <translation>game time {times}</translation>
    </message>
    <message>
        <source>crisis log {entries}</source>
        <translation>crisis log {entries}</translation>
    </message>
    <message>
        <source>Evidence: </source>
        <translation>Evidence: </translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <source>Gathered from the findings without duplicates, and ranked by how many findings call for each and how serious they are. Titles are short paraphrases: read the source for the authoritative text.</source>
        <translation>Gathered from the findings without duplicates, and ranked by how many findings call for each and how serious they are. Titles are short paraphrases: read the source for the authoritative text.</translation>
    </message>
    <message>
        <source>{count} finding(s), the most serious: {severity}.</source>
        <translation>{count} finding(s), the most serious: {severity}.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>The plan as edited and saved with the session.</source>
        <translation>The plan as edited and saved with the session.</translation>
    </message>
    <message>
        <source>A draft drawn from the top recommendations: edit it in the console, give each action one owner and a date, then export the report again.</source>
        <translation>A draft drawn from the top recommendations: edit it in the console, give each action one owner and a date, then export the report again.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No action yet.</source>
        <translation>No action yet.</translation>
    </message>
    <message>
        <source>Hot debrief guide</source>
        <translation>Hot debrief guide</translation>
    </message>
    <message>
        <source>Right after FINEX, about one hour. The players speak first, theme by theme; the observers speak after them; nobody is blamed, the facts are what count.</source>
        <translation>Right after FINEX, about one hour. The players speak first, theme by theme; the observers speak after them; nobody is blamed, the facts are what count.</translation>
    </message>
    <message>
        <source>{number}. {title} — {minutes} min</source>
        <translation>{number}. {title} — {minutes} min</translation>
    </message>
    <message>
        <source>Who speaks: </source>
        <translation>Who speaks: </translation>
    </message>
    <message>
        <source>Cold debrief questionnaire</source>
        <translation>Cold debrief questionnaire</translation>
    </message>
    <message>
        <source>To fill in by each player a few days to a month after the exercise: tick one box per statement, then answer the open questions.</source>
        <translation>To fill in by each player a few days to a month after the exercise: tick one box per statement, then answer the open questions.</translation>
    </message>
    <message>
        <source>Name and role: </source>
        <translation>Name and role: </translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Statement</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Major</translation>
    </message>
    <message>
        <source>To improve</source>
        <translation>To improve</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Strength</translation>
    </message>
    <message>
        <source>played</source>
        <translation>played</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>not sent (condition not met)</source>
        <translation>not sent (condition not met)</translation>
    </message>
    <message>
        <source>not played</source>
        <translation>not played</translation>
    </message>
    <message>
        <source>in the players&apos; own words</source>
        <translation>in the players&apos; own words</translation>
    </message>
    <message>
        <source>good practice</source>
        <translation>good practice</translation>
    </message>
    <message>
        <source>to avoid</source>
        <translation>to avoid</translation>
    </message>
    <message>
        <source>a choice</source>
        <translation>a choice</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>to do</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>dropped</translation>
    </message>
    <message>
        <source>{role} (suggested)</source>
        <translation>{role} (suggested)</translation>
    </message>
    <message>
        <source>to be named</source>
        <translation>to be named</translation>
    </message>
    <message>
        <source>within {days} days</source>
        <translation>within {days} days</translation>
    </message>
    <message>
        <source>At a glance — for elected officials</source>
        <translation>At a glance — for elected officials</translation>
    </message>
    <message>
        <source>Nothing stood out.</source>
        <translation>Nothing stood out.</translation>
    </message>
    <message>
        <source>First actions</source>
        <translation>First actions</translation>
    </message>
    <message>
        <source>The pages that follow give the details: how the exercise went, the services over time, each finding with its evidence, the recommendations with their sources, and the whole action plan.</source>
        <translation>The pages that follow give the details: how the exercise went, the services over time, each finding with its evidence, the recommendations with their sources, and the whole action plan.</translation>
    </message>
    <message>
        <source>On {date}, the crisis cell ({organisation}) rehearsed a cyber attack: “{title}”. The exercise covered {duration} of simulated time; the cell took {decisions} decisions.</source>
        <translation>On {date}, the crisis cell ({organisation}) rehearsed a cyber attack: “{title}”. The exercise covered {duration} of simulated time; the cell took {decisions} decisions.</translation>
    </message>
    <message>
        <source>public services and functions stopped at some point</source>
        <translation>public services and functions stopped at some point</translation>
    </message>
    <message>
        <source>longest stop: {service}</source>
        <translation>longest stop: {service}</translation>
    </message>
    <message>
        <source>expected reactions seen by the observers</source>
        <translation>expected reactions seen by the observers</translation>
    </message>
    <message>
        <source>exercise objectives fully met</source>
        <translation>exercise objectives fully met</translation>
    </message>
</context>
</TS>
