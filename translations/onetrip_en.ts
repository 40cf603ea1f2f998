<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ApplicantPane</name>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Applicant is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add&amp;ress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legal representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;tact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies through an a&amp;gent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorisation covers collecting the result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Auth</name>
    <message>
        <source>The password could not be protected (out of memory). Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading or writing staff users in the store failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A login name is required and cannot contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must have at least 4 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user with the login %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong login name or password. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store gives user %1 the role &quot;%2&quot;, which this version of OneTrip does not know. Ask the administrator to correct this user in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user %1 in this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarJson</name>
    <message>
        <source>Unknown field; check its spelling (see docs/calendar-format.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be a list of texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write dates as YYYY-MM-DD, e.g. 2026-10-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be a list of dates (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be an object with the notice&apos;s title, number and date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be a list of holidays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be an object with the holiday&apos;s name and days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at character %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file must contain one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a OneTrip working-day calendar: &quot;format&quot; must be &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format version %1 is not supported; this program reads version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be an object with one entry per year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year; use four digits, e.g. &quot;2026&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be an object with the year&apos;s source and dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file says %1 has %2 working days, but its dates give %3. Check the lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains no calendar years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file. Check that it exists and is readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1. Check that the folder exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarRepository</name>
    <message>
        <source>Reading or writing the working-day calendar failed; nothing was changed. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no calendar year to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is given more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar has %1 problem(s); nothing was imported. The first: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored working-day calendar for %1 is damaged. Ask a supervisor to import the %1 holiday notice again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored working-day calendar is damaged. Ask a supervisor to import the calendar again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shipped working-day calendar %1 cannot be used. Reinstall OneTrip or import a calendar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarYear</name>
    <message>
        <source>%1 is not a plausible calendar year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title of the State Council notice is missing; it is the calendar&apos;s legal source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in %2; list it under the year it falls in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a Saturday or Sunday, which is off anyway; only holidays falling on Monday to Friday belong in this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 falls on Monday to Friday, which is a working day anyway; only Saturdays and Sundays worked belong in this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed both as a weekday off day and as a make-up workday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holiday has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holiday lists no days off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too far from %2 to belong to this year&apos;s notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a weekday off day of this holiday but is missing from weekdayOffDays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed as a day off and as a make-up workday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a make-up workday of this holiday but is missing from makeupWorkdays.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseChooserDialog</name>
    <message>
        <source>Choose the case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDocumentsDialog</name>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trips:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Documents issued:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the selected document and print it (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reprint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint the selected document on any printer (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected document as a PDF file (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;submission…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant brought the corrections: check them in the intake page (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop the clock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hearing, inspection, testing, expert review …: the time limit stops and its due date moves (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the c&amp;lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stopped step is over: the time limit runs again from today (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to the &amp;department…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>分转: the department that decides the case, and its due day there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the d&amp;ecision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>准予 with the certificate number, or 不予许可 with the decision number and reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hand out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一口出: to the applicant or an authorised agent at the window (their ID checked), or by express</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show full &amp;ID…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the full ID number here; who looked, when and why is kept with the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visits and ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;rating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record how the applicant rated the selected visit (好差评)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the 回访, the 整改 or the rater&apos;s view of the selected visit&apos;s 差评</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide &amp;appeal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervisor upholds or refuses an appeal (申诉) against the selected visit&apos;s rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material &amp;checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>代办 (&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Give to an agent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant delegates the case to one of the hall’s agents (代办委托书)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hand over materials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the materials changing hands, from whoever holds them now (材料交接单)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay &amp;step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what the agent did at a department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reassign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervisor gives the case to another agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End the 代办…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The materials and the result are back with the applicant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseGenerator</name>
    <message>
        <source>The catalog has no usable guide %1: load the shipped catalog first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a number of cases, 1 to 99 terminals and a period whose end is not before its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period %1 to %2 has no working day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseLookup</name>
    <message>
        <source>Type or scan a case number (like JNLX-20261123-T01-00042) or the number of a notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is neither a case number (like JNLX-20261123-T01-00042) nor a document number (the case number and a code, like JNLX-20261123-T01-00042-GZ1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cases</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-service kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the applicant&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant&apos;s ID number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant&apos;s credit code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the agent&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent&apos;s ID number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agent needs an authorisation (授权委托书): describe the one presented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant could not be looked up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant could not be saved; nothing was changed. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative Licensing Law of the People&apos;s Republic of China, Article 32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case history could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case change could not be recorded; nothing was saved. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 of terminal %2 (case %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: events %2 to %3 are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not follow the event before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case could not be read from the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case could not be saved; nothing was changed. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 was changed meanwhile (at another window?). Open it again and repeat the check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal has no hall and terminal code yet: set them up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intake names no service item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide of %1 has no stored version; open the item from the catalog and check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clerk is logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case %1 in this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 belongs to another applicant (ID %2). Check the ID number, or start a new intake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The materials of case %1 were already received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 was checked against other guide versions; reopen it from its number to check it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice did not list %1. Holding the applicant to it is a second notice (二次告知): a supervisor must approve it with their login, password and a written reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second notice needs a written reason from the supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a supervisor: only a supervisor can approve a second notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notice or acceptance was given within five working days of receipt (by %1): the application counts as accepted from %2 (Administrative Licensing Law, Art. 32).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a case number (like JNLX-20261123-T01-00042).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no document %1 in this store. Check the number printed under the QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cases could not be counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the reason for this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted with deferral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case that is &quot;%1&quot; cannot become &quot;%2&quot;. Possible next: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall settings could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall code &quot;%1&quot; is not valid: use 2 to 12 capital letters or digits, as assigned by the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the hall&apos;s name as printed on documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal code &quot;%1&quot; is not valid: use 1 to 4 capital letters or digits (e.g. T01), unique in the hall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall settings could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store already has cases numbered with hall %1 and terminal %2; the codes cannot change. Name, address and phone can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case number could be taken; nothing was saved. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal %1 wrote %2 events; events %3 to %2 are missing (deleted from the end of the log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case change %1 cannot be applied: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it belongs to another case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it follows version %1 of the case, which is at version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visit %1 follows visit %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it changes a case that is &quot;%1&quot;, but the case is &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it flags another applicant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case change from the server could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal is registered with the central server as terminal %2 of hall %1; the codes cannot change. Name, address and phone can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is &quot;%2&quot;: only an accepted case&apos;s time limit can be stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 has no time limit that could be stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time limit of case %1 is stopped already (since %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time limit of case %1 cannot stop on %2: not before the acceptance or the end of the last stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter why the time limit stops (at most %1 characters): it is printed in the case&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time limit of case %1 is not stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time limit of case %1 cannot run again on %2, before it stopped (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 cannot stop or restart a case&apos;s time limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 容缺 cases falling due could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 容缺 supplement was due by %1 and was not brought: the case ends and the applicant may not use 容缺 again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a case number, the applicant&apos;s ID number or credit code, or a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither a valid resident ID (%2) nor a valid credit code (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cases could not be searched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: at most %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is &quot;%2&quot;: only an accepted case is sent to the deciding department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the department the case is sent to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 cannot be sent on %2, before it was accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department&apos;s due day must be today or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department&apos;s due day (%1) is after the case&apos;s own (%2): the applicant was promised %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 容缺 materials of case %1 are still outstanding (due %2): record them before the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is &quot;%2&quot;: only an accepted case is decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the number of the certificate or licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the number of the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 cannot be decided on %2, before it was accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refusal states its reason: it is printed on the decision with the applicant&apos;s rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is &quot;%2&quot;: only a decided case is handed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 cannot be handed out on %2, before its decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the collector&apos;s ID before handing out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address the result is sent to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the express company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the waybill number: 6 to 40 letters, digits or hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collector&apos;s ID %1 is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID %1 is not that of the %2 of case %3: the result is not handed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant of case %1 is an organisation: its result is collected by an agent whose authorisation covers collecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 has no agent: only the applicant collects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorisation of %1 (%2) does not cover collecting the result: the applicant collects, or brings an authorisation that does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 does not route, decide or hand out cases at the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case that is &quot;%1&quot; cannot become &quot;%2&quot;: the case is finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected at the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by express mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not brought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials received for %1 (visit 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant came again (visit %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Materials checked: %n deficiency(ies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The deferred materials checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second notice approved by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant flagged: a 容缺 commitment was not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync conflict settled: the change made again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync conflict settled: the change discarded — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit stopped on %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit runs again from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to %1, due there by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved, certificate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused (decision %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed out at the window to %1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by %1, waybill %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a 差评 and only a 差评 has a follow-up due day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case has no agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 does not record ratings or their follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An appeal is decided by a supervisor, not recorded as a follow-up step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor decides an appeal against a rating (a %1 may not).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 may not see full ID numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the full ID number is needed: the reason is kept with the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 has no agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit %1 rated: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(follow-up due by %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating of visit %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(satisfied: closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not satisfied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal against the rating of visit %1 upheld: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal against the rating of visit %1 refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent&apos;s full ID number shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant&apos;s full ID number shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 does not record this step of a 代办.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is not an agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is not carried by you (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>代办: carried by %1 for the applicant, committed by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Materials handed from %1 to %2: %n copy(ies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>代办 at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>代办 given to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>代办 ended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 does not issue this document.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Zero trips (零跑腿)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One trip at most (只跑一次)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We run for you (你不用跑我来跑)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the spot (即办件)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within the promised limit (承诺件)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint handling (联办件)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickup at the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Express mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronic licence / download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly reconstructed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconstructed, for testing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original and copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original or copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper or electronic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required in some situations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by a government department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by an intermediary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obtained by data sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogBrowserWidget</name>
    <message>
        <source>Search: name, code, pinyin (gtgs) or material — Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only items of this department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only items with this handling form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Situations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogImporter</name>
    <message>
        <source>Item %1 is neither in this file nor in the store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogJson</name>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: fill in this field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected %1, found %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown value &quot;%1&quot;. Expected one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is %1 characters long; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a space or a control character; codes and ids must not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range: expected a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries of this list must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;. Check the spelling; the fields allowed here are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &quot;%1&quot;, found &quot;%2&quot;: this is not a OneTrip catalog file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format version %1 is not supported: this program reads version %2. Use a newer OneTrip, or export the catalog again in version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file must hold one JSON object ({ ... }) with &quot;format&quot;, &quot;items&quot; and &quot;bundles&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains no items and no bundles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; is already used by %2; every item and bundle needs its own code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a bundle; a bundle can only contain items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2. Check the path and the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is already used by %2; ids must be unique here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A situation needs at least 2 options to choose from; found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of this situation&apos;s options (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List at least one option of the situation for which the material applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The situation &quot;%1&quot; is named twice; list all its options in one condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This guide has no situation &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The situation &quot;%1&quot; has no option &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a secondary material (&quot;main&quot;: false) may be deferrable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A situational material needs &quot;appliesWhen&quot;: the situation answers for which it is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;appliesWhen&quot; is only allowed when &quot;requirement&quot; is &quot;situational&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An alias must differ from the item&apos;s own code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bundle needs at least 2 items; found %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogRepository</name>
    <message>
        <source>Reading or writing the catalog in the store failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle %1 names item %2, which is neither in the file nor in the store. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %2 of the guide for item %1 is not in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 is not in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored guide for item %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored bundle %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle %1 is not in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-thing bundle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistPane</name>
    <message>
        <source>&amp;Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Defect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintFollowUpDialog</name>
    <message>
        <source>差评 follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What was done:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who was contacted and what they said; what was put right</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Changes made at this terminal that the central server refused, or that another window overtook. They are kept in the case history and left out of the case until you settle them: make them again on the case as it now stands, or discard them with a reason. Both are recorded on the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open conflicts: every change of this terminal reached the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for discarding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make again on the case as it stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard with the reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectServerDialog</name>
    <message>
        <source>Connect to the central server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal works on its own. Connected, it sends every case saved here to the hall&apos;s central server and receives the cases of the other windows; it keeps working when the network is down. The cases and numbers already here are kept and sent. Ask the hall&apos;s administrator for the server&apos;s address and, for a server with its own certificate, the CA file or the certificate fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://sync.example.gov.cn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: a PEM file, when the server&apos;s certificate is the hall&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate &amp;fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: SHA-256, 64 hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your password on the central server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsultationLog</name>
    <message>
        <source>Counting the consultation in the store failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditCode</name>
    <message>
        <source>No credit code was entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters; %1 were entered. Check for a missing or extra character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 is a lower-case letter. Type the credit code in capital letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 (%2) cannot appear in a credit code: only digits and capital letters other than I, O, S, V and Z are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters 3 to 8 of a credit code are the region code and must be digits, but character %1 is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check character (the last one) does not match: for these first 17 characters it must be %1. The code was probably mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters 9 to 17 (the organisation code) do not check: character 17 must be %1. The code was probably mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The store %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the store %1. Check that the folder exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 was written by a newer version of OneTrip (schema %2; this program knows up to %3). Install the newer version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a OneTrip store or is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot switch the store to WAL mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integrity check could not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup to %1 failed. Check the free space and that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database operation failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is busy or read-only; the change was not saved. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving failed; nothing was changed. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s schema version cannot be read; the file may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 was written by a newer version of OneTrip (schema %2; this program knows up to %3). Install the newer version; the store was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the store to schema %1 failed; it was left at schema %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store file %1 is damaged (or is not a OneTrip store) and cannot be used. Nothing was changed. To put your latest backup back, close OneTrip on this computer and run:
onetripctl --store &quot;%1&quot; db restore BACKUP
where BACKUP is a file written by onetripctl db backup. The command keeps the damaged file beside the store (see &quot;Backup and restore&quot; in docs/storage.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A setting could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A setting could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <source>Hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bidding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraisal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction after acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warning window must be 0 to 30 working days, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warning share must be 0 to 100 percent of the limit, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline warning settings could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline warning settings could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Record the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approved (准予)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refused (不予许可)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>The shipped working-day calendar %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shipped catalog %1 has problems; the demo cannot start. The first: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <source>Cases in progress by light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Falling due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worklists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentRenderer</name>
    <message>
        <source>The document template %1 is missing. Reinstall OneTrip or report this to the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferral acceptance notice and commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment in lieu of certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation material list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-out receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termination notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy authorisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy completion report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsPane</name>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideDocument</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handling form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legal time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promised time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>situations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: published service guide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly reconstructed: some values were rebuilt from the law for testing, not read from an official guide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconstructed for testing: this is not an official service guide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconstructed values: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main / secondary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original / copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(reconstructed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to obtain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defer: may be brought later under a signed commitment (容缺). Pledge: a signed commitment may replace it (告知承诺). Shared: the government obtains it by data sharing; it is not asked for (免提交).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(usual answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also requires: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This catalog entry has no published guide yet: its materials are not in the catalog. Ask the department before accepting an application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery of the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application materials (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle (一件事) · code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items in this bundle (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application materials, each asked for once (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situations: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HallSetupDialog</name>
    <message>
        <source>Hall and terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up this terminal once. The hall&apos;s name, address and phone are printed on every document; the hall code and this terminal&apos;s code make up the case numbers (e.g. JNLX-20261123-T01-00042), which stay unique without a network. Ask your supervisor for both codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2–12 capital letters or digits, e.g. JNLX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &amp;terminal&apos;s code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–4 capital letters or digits, e.g. T01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo: a sample hall is filled in. Press Enter to use it, or type this hall&apos;s real codes and details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandOutDialog</name>
    <message>
        <source>Hand out the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected at the &amp;window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Collector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their &amp;ID number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type or scan the ID card they show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by &amp;express mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;arrier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Waybill number:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Hand over materials (材料交接单)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. originals checked and returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpServer</name>
    <message>
        <source>The server could not open a network socket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address %1 is already in use: another program, or another copy of the server, is listening there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address %1 does not belong to this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1 needs more privileges; use a port above 1023.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not listen on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listening address &quot;%1&quot; is not an IPv4 or IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS needs both a certificate and its private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server options are out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTTPS server could not start: check that the certificate and key are valid PEM and belong together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTTP server could not start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityNumber</name>
    <message>
        <source>resident ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obtained by data sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced by commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsigned or unsealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unclear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept with deferral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time correction notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decline needs the reason and where the applicant should go instead (the competent organ or channel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decline needs the reason for declining.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decline needs where the applicant should go instead (the competent organ or channel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you disagree with this decision, you may apply for administrative reconsideration within 60 days of receiving it, or bring an administrative lawsuit before a people&apos;s court within 6 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to obtain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring this material.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed or not sealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unclear or illegible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the required form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not match the application or the other materials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defective.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring one that is still valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have it signed, and sealed where required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring a clear, legible one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring it as required: %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring %1 copies in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct it so that it matches the application and the other materials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct it as noted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough copies: %1 received, %2 required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Bring %n more copies.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The guide does not list this material as obtainable by data sharing; the applicant must provide it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide does not allow a commitment in place of this material.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This material is required and cannot be marked not applicable; if the applicant&apos;s situation differs, change the situation answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not provided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A main material (主审要件) cannot be deferred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide does not allow deferring this material (容缺).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not provided; the guide allows it to be brought later under a signed commitment (容缺).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deferral (容缺): main materials are not complete: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deferral (容缺): the guide does not allow deferring %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deferral (容缺): %1 is an on-the-spot item (即办件).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deferral (容缺): the applicant is flagged for a past false commitment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deferral (容缺): the applicant has not signed the commitment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deferral (容缺): no time limit is published, so no supplement period can be set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deferral (容缺): the time limit is 0 working days (done on the spot), so no supplement period can be set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No deferral (容缺): set a supplement period of 1 to %n working days.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No deferral (容缺): the supplement period of %1 working days exceeds the time limit of %2 working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check of %1 was ignored: no such material applies to this application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was checked twice; the last check counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The check is not finished: %n material(s) not checked yet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Say what is wrong with &quot;%1&quot; (defect).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write in the note what is wrong with &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check found deficiencies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not possible for this intake.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeJson</name>
    <message>
        <source>Expected &quot;latest&quot; or a guide version number (1, 2, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bundle pins each item&apos;s guide: give an object such as {&quot;JN-SG01&quot;: 3}, or &quot;latest&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A defect is given only with the state &quot;defective&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required with the state &quot;defective&quot;: say what is wrong (expired, unsigned, unclear, wrong-form, not-enough-copies, data-mismatch, other).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file must hold one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &quot;%1&quot; or nothing, found &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one of &quot;item&quot; (an item code) and &quot;bundle&quot; (a bundle code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an item of this application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such situation question. The questions are: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown answer &quot;%1&quot;. Expected one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a bundle, name the item too: &quot;ITEMCODE/%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a material of this application&apos;s guides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is checked twice; give one entry per material.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>OneTrip — Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OneTrip — service hall window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo users (password: demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a demo user to fill in the login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>OneTrip — Service hall window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages (Ctrl+1 …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pre&amp;view of the guide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print the guide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export the guide as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language and settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About OneTrip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or scan a case number or a notice number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hall and terminal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to the central server…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintOutput</name>
    <message>
        <source>%1 could not be printed: the printer reported an error. Check that it is switched on, connected and has paper, then print again. Nothing has been lost: the document can be reprinted from the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be printed: no printer is available. Install or connect a printer, or save the document as PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written to %1. Check that the folder exists and that you may write there, then export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintService</name>
    <message>
        <source>document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromisedDeadline</name>
    <message>
        <source>Accepted today (%1): done on the spot (即办件).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted today (%1): due on %2, %3 working days (promised limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted today (%1): due on %2, %3 working days (legal limit; no promised limit is published).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide publishes no time limit: ask the deciding department before promising a date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Proxy</name>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is not carried by an agent (代办).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 代办 of case %1 ended on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is &quot;%2&quot;: there is nothing left to carry for the applicant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is carried by %2 already; a supervisor may give it to another agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the agent who carries the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the applicant delegates: submission, corrections or pickup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant&apos;s phone is needed: the agent reaches them by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent&apos;s commitment date is today or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The materials of case %1 are with %2 now: a handover starts from whoever holds them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A handover goes to someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case&apos;s agent gives or takes the materials in every handover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is carried by %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the department&apos;s window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 代办委托书 does not delegate submitting materials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the materials handed over, with their copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each material handed over has a name and 1 to 99 copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the department of this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down what was done there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is carried by that agent already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the case goes to another agent: the reason is kept with the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The materials of case %1 are with %2: the 代办 ends when they are back with the applicant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum up what the agent did: it is kept with the case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProxyNoteDialog</name>
    <message>
        <source>代办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What was done:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProxyTakeDialog</name>
    <message>
        <source>Give the case to an agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick&amp;up of the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant&apos;s &amp;phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number the agent calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Committed by:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <source>Record the rating of a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rating:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Efficiency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attitude:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy of &amp;guidance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the applicant said, in their words (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ratings</name>
    <message numerus="yes">
        <source>Case %1 has no visit %2 to rate (it has %n visit(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Visit %1 of case %2 is rated already: one rating per visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sub-rating is 1 to 5 stars, or not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visit is rated after it, not before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit %1 of case %2 has no rating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a 不满意 or 非常不满意 rating is followed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This follow-up is closed: the rater was satisfied with the fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This rating was set aside on appeal: there is nothing to follow up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the appeal is upheld or refused: the reason is kept with the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down what was done: it is kept with the rating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follow-up step comes after the rating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clerk who was rated does not make the return visit: a colleague or the supervisor asks the rater.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the return visit first: the fix answers what the rater said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clerk who was rated does not record the rater&apos;s view of the fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the rectification first: the rater is asked about a fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up setting for 差评 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 差评 follow-up has 5, 7 or 15 working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up setting could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rater&apos;s view of the fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal upheld: not counted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResidentId</name>
    <message>
        <source>No ID number was entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resident ID number has 18 characters; %1 were entered. Check for a missing or extra digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first 17 characters of a resident ID number are digits, but character %1 is not a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last character of a resident ID number is a digit or the letter X; this one ends in something else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number starts with %1, which is not the code of a province. Check the first digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters 7 to 14 should be the birth date, but %1 is not a real date. Check the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date in the number (%1) is in the future. Check the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check character (the last one) does not match: for these first 17 digits it must be %1. The number was probably mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevealIdDialog</name>
    <message>
        <source>Show the full ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteDialog</name>
    <message>
        <source>Send to the deciding department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due &amp;there by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. on-site inspection requested</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <source>The database address %1 is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names no file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use postgresql://user@host:port/name or sqlite:///path/file.db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names no database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s database is not available; try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the server&apos;s database to schema %1 failed; it was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s database was written by a newer onetrip-server (schema %1; this program knows up to %2). Install the newer version; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only staff of a hall may pull its changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the terminal you signed in on may push its own events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal %1: the server recorded %2 events but holds %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hall needs a code (2 to 12 capital letters or digits) and a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall %1 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A login is 2 to 32 small letters, digits, dots, dashes or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member of staff needs a name (at most 64 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every member of staff but an administrator belongs to a hall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall %1 is not known to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password needs at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login %1 is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member of staff has the login %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s user data is damaged; ask the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor of hall %1 or an administrator may register its terminals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a terminal code (1 to 4 capital letters or digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall %1 is not known to the server; an administrator adds it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal code %1 is already registered in hall %2. Its case numbers would collide; ask the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing at this address; the API is under /api/v1/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 %2 in this API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send login and password as text (and terminal as hall, code and key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send refreshToken as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after and limit must be whole numbers (after ≥ 0, limit ≥ 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send hall (and code, to keep a terminal&apos;s own code) as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use GET or POST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator may add halls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send code and name (and address, phone) as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator manages staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send login, name, role (clerk, agent, supervisor, admin), hall, counter and password as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name, role, hall, counter and password are text; active is true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login or the password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many sign-in attempts from this address; wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is locked after repeated wrong passwords until %1 (UTC); ask a supervisor or wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is disabled; ask the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal (%1 %2) is not registered with the server for your hall; register it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in was ended (its token was used twice); sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in expired; renew it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database given: use --database URL or database = URL in the configuration file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onetrip-server: unknown command %1; see --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS certificate and key must both be given and readable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is at schema %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: onetrip-server hall add CODE NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: onetrip-server user add LOGIN ROLE NAME [--hall CODE] [--counter C] | user passwd LOGIN (password on standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1 changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a role: use clerk, agent, supervisor or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok, %1 events from %2 terminal(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listen must be ADDRESS:PORT, such as 0.0.0.0:8443, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log-level must be debug, info, warning or error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language must be zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown setting %1 (see onetrip-server --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: expected key = value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s copy of a case cannot be read; ask the administrator to run onetrip-server audit verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 of this terminal differs from the one it sent before. Was the terminal&apos;s store restored from a backup? Do not record cases on it; ask the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another change with the same id was received before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a member of staff of hall %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) may not record this change (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number %1 does not belong to terminal %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is not known to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 belongs to another hall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 was changed meanwhile at terminal %2 (now at version %3); this change was made on an older state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is not assigned to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal %1 %2 is not registered with the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 of this terminal does not match its hash; it was changed after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server holds this terminal&apos;s events up to %1; send from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 does not continue this terminal&apos;s history as the server holds it. Was the store restored from a backup? Ask the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator publishes the catalog and the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publications are catalog or calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has %1 problem(s); nothing was published: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after must be a whole number ≥ 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published %1 as %2 version %3; terminals take it at their next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onetrip-server — OneTrip&apos;s sync server (API under /api/v1, docs/api.md)

Usage:
  onetrip-server [OPTIONS] [serve]            serve until SIGTERM (finishes requests in flight)
  onetrip-server [OPTIONS] migrate            bring the database schema up to date and exit
  onetrip-server [OPTIONS] hall add CODE NAME
  onetrip-server [OPTIONS] user add LOGIN ROLE NAME [--hall CODE] [--counter C]
                                              password on standard input; ROLE is clerk,
                                              agent, supervisor or admin
  onetrip-server [OPTIONS] user passwd LOGIN  new password on standard input
  onetrip-server [OPTIONS] audit verify       check every terminal&apos;s hash chain
  onetrip-server [OPTIONS] publish catalog|calendar FILE
                                              publish a catalog or working-day calendar
                                              file to every terminal
  onetrip-server --help | --version

Options (also as &quot;key = value&quot; lines in the file given with --config):
  --config FILE          read settings from FILE first
  --database URL         postgresql://user:password@host:port/name or sqlite:///path/file.db
  --listen ADDR:PORT     where to listen (default 127.0.0.1:8443; port 0 picks a free one)
  --tls-cert FILE        PEM certificate (with --tls-key: HTTPS)
  --tls-key FILE         PEM private key
  --threads N            worker threads (default 8)
  --access-minutes N     lifetime of access tokens (default 15)
  --max-body-mib N       largest request body (default 8)
  --login-attempts-per-minute N
                         sign-ins from one address per minute (default 60)
  --log-level LEVEL      debug, info, warning or error (default info)
  --language LANG        zh_CN (default) or en, for messages to terminals

Exit status: 0 done, 1 failed, 2 bad usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text must not contain the character U+0000 or unpaired surrogates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in has ended (signed out, or the password or the account was changed); sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in has expired or the account is disabled; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The push could not be checked; send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) may not issue this document (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interface switches at once, without restarting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShellPage</name>
    <message>
        <source>The intake of %1 is not confirmed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service items and their guides (%1); F2 starts an intake of the selected item, Shift+F2 a consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check an applicant&apos;s materials and decide (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the situation questions and print the tailored material list, without opening a case (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the central server refused or another window overtook: make them again or discard them (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s queue, the worklists&apos; counts, the lights and what falls due (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall&apos;s cases by list, filtered and sorted; Enter opens the selected case (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupOptions</name>
    <message>
        <source>Usage: onetrip [--store FILE] [--demo] [--lang zh_CN|en]

  --store FILE   the embedded store (default: %1)
  --demo         load the demo catalog, calendar and users (password &quot;demo&quot;)
  --lang LANG    the interface language for this run: zh_CN or en
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language %1: use zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StopClockDialog</name>
    <message>
        <source>Stop the time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The law does not count the time of these steps against the time limit (《行政许可法》 Art. 45). From today until the clock is restarted, the case&apos;s due date moves with every working day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. on-site expert review of the premises, notified on …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>applicant kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 of terminal %2/%3 (%4, case %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event payload version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>material state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>defect reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store holds an unknown %1 &quot;%2&quot; (%3). It was changed outside OneTrip or by a newer version; nothing was changed. Restore a backup or install the newer version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind of stopped time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hand-out method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind of follow-up step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appeal decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whose ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holder of the materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handover of a 代办 document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handling form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreOpener</name>
    <message>
        <source>OneTrip was updated: the cases on this terminal are being brought to the new version. On a large store this takes a few minutes, once. Nothing needs doing; please do not close the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OneTrip was not closed properly last time: the store is being checked before use. On a large store this takes a few minutes. Nothing needs doing; please do not close the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisorApprovalDialog</name>
    <message>
        <source>Second notice: supervisor&apos;s approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These deficiencies were not listed on the correction notice. Asking for them now is a second notice (二次告知): it needs a supervisor&apos;s login and password and a written reason, and it is logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor&apos;s &amp;login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why these deficiencies were not on the notice (Ctrl+Enter approves)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>The server does not take this terminal&apos;s events; ask the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server registered this terminal in another hall (%1); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 did not show the certificate this terminal trusts; nothing was sent. Ask the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 cannot be reached (%2). Work goes on here; it is sent when the network is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 has a problem (HTTP %2); it is tried again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store has no hall yet: set up the hall and terminal first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal is registered with %1; it syncs with that server only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync state of this terminal could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal&apos;s registration could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync state could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sync conflict could not be recorded; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case could not be brought up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered for a change this terminal did not send; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a change that does not match its hash; nothing was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 was changed at terminal %2 by %3 at %4 before this change reached the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a change to case %1 that follows one this terminal does not have; nothing was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change from the server could not be applied to case %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync data is not valid: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1 to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may hold at most %1 entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a time such as 2026-12-01T09:30:00.000+08:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a UUID or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a SHA-256 in hexadecimal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has an invalid hall or terminal code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be empty exactly for a case&apos;s first event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is larger than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is not valid JSON: %1 at byte %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was written by another terminal than the one pushing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must follow the event before it in sequence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;applied&quot; or &quot;rejected&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the changes are discarded: the reason is kept with the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor may settle sync conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 has no open sync conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change cannot be made again on case %1 as it now stands: %2 Discard it instead, with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in cannot be kept in this computer&apos;s keychain (%1); the password is asked at every start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal is not connected to a central server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s %1 (version %2) cannot be taken on this terminal: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not begin with a byte order mark (U+FEFF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds a text that begins with a byte order mark (U+FEFF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync data is not valid: a text begins with a byte order mark (U+FEFF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal&apos;s store could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate fingerprint must be a SHA-256: 64 hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate could be read from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the terminal&apos;s store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server certificate fingerprint kept in this store is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, such as https://sync.example.gov.cn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use https:// for a server on another machine: passwords and case data must not travel unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal is registered with %1 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate settings could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPasswordDialog</name>
    <message>
        <source>Sign in to the central server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until you sign in again, this terminal keeps working and keeps what you save; it is sent once you have signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateRenderer</name>
    <message>
        <source>A document template is broken (%1). Reinstall OneTrip or report this to the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerdictPane</name>
    <message>
        <source>Acceptance with deferral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment &amp;signed by the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;upplement within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reas&amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept with deferral (F10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction notice (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline (F12)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerdictSummary</name>
    <message numerus="yes">
        <source>Check not finished: %n material(s) still to check</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Recommended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deficiencies (%1), all listed on a correction notice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every material is in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deferred materials due on %1 (%n working day(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A deferral may grant at most %n working day(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A correction notice must be given within five working days of receipt (by %1, Art. 32 of the Administrative Licensing Law).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkdayCalendar</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make-up workday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No working-day calendar is loaded for %1: the date was computed with plain weekdays and may be wrong. Ask a supervisor to import the %1 holiday notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No working-day calendar is loaded for %1: the working days were counted as plain weekdays and the count may be wrong. Ask a supervisor to import the %1 holiday notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No working-day calendar is loaded for %1: the day was judged by its weekday alone and may be wrong. Ask a supervisor to import the %1 holiday notice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorklistPage</name>
    <message>
        <source>Worklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clerk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terminal code, e.g. T01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Worklists</name>
    <message>
        <source>The case deadlines could not be counted for the worklists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My cases today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferred materials due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminated and withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worklist could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the deciding department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for hand-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>差评 to follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My 代办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>代办 in progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onetrip::gui::ApplicantPane</name>
    <message>
        <source>&amp;Credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning applicant: details filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This applicant broke a commitment before: no acceptance with deferral.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onetrip::gui::Application</name>
    <message>
        <source>The folder for the store %1 cannot be created. Check the path and your permissions, or choose another with --store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OneTrip cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onetrip::gui::CaseCheckModel</name>
    <message>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onetrip::gui::CaseChooserDialog</name>
    <message numerus="yes">
        <source>%n case(s) found for “%1”. Check the applicant with the ID shown before opening.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the newest %n are listed: type more of the name or the full ID number to narrow them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onetrip::gui::CaseDocumentsDialog</name>
    <message>
        <source>Choose a document of the case first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

The case is saved; print the document again from here when the printer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— agent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deferred materials due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice due by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n trip(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n correction notice(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second notice(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n working day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>clock stopped since %1; due at the earliest on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: due %2 · &lt;span style=&quot;color:%3&quot;&gt;● %4&lt;/span&gt; · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) not counted (stopped)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sent on %1 to %2, due there by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused on %1 (decision %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved on %1, certificate %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed out on %1 at the window to %2 %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent on %1 by %2, waybill %3, to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>efficiency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2★</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(satisfied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not satisfied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(upheld)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not carried by an agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried by %1 since %2 (%3); the applicant&apos;s phone %4; committed by %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The materials are with: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · reassigned from %2 to %3 by %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onetrip::gui::CaseHitModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onetrip::gui::CaseTimelineModel</name>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(in a sync conflict: not part of the case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onetrip::gui::CaseVisitModel</name>
    <message>
        <source>%1 · due %2 · ● %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left with the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>差评 follow-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onetrip::gui::CatalogBrowserWidget</name>
    <message>
        <source>All departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All handling forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog is empty: import a catalog file (onetripctl catalog import).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item matches “%1”. Try fewer characters, pinyin initials such as gtgs, or all departments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item of this department has this handling form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The best %1 matches are shown: type more to narrow the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 catalog entries. Type to search; ↓ and Enter open a guide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 found. ↓ and Enter open a guide; Esc comes back here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Materials (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Situations (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type in the search box to find an item, press ↓ to go to the results and Enter to open its guide here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle (一件事):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onetrip::gui::CatalogSearchModel</name>
    <message>
        <source>Bundle (一件事) · %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onetrip::gui::ChecklistModel</name>
    <message>
        <source>How to obtain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed on the correction notice: check it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (re-check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main / secondary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferrable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original / copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onetrip::gui::ChecklistPane</name>
    <message>
        <source>Other defect: write what is wrong in the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: %1 · 0 not checked · N note · F2 copies received</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onetrip::gui::ClockIndexKeeper</name>
    <message numerus="yes">
        <source>Counting the deadlines of the open cases again (a new holiday calendar or warning setting, or many changes synchronised): %n case(s) counted so far. Until it ends a list may miss a case or hold one that has left it; each case&apos;s light is already counted anew.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onetrip::gui::ComplaintFollowUpDialog</name>
    <message>
        <source>Case %1, visit %2 rated %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(follow-up due by %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide an appeal against the rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the rating is (or is not) wrong: what the recording, the log or the applicant shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appeal is &amp;upheld: the rating no longer counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rater is &amp;satisfied with the fix (closes the follow-up)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onetrip::gui::ConflictListModel</name>
    <message>
        <source>new case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>material check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second notice approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applicant flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made (when, by)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it did not go through</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onetrip::gui::ConflictsPage</name>
    <message>
        <source>Conflict not settled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onetrip::gui::ConnectServerDialog</name>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting already; wait for the server&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password on the central server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1 and registering this terminal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onetrip::gui::ConsultationPage</name>
    <message>
        <source>A consultation opens no case. Leave consultation mode to receive the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an intake from the catalog first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an item or a bundle first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Consultation: %n material(s) to bring</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Answer the questions, then print the list for the applicant (Ctrl+P) or save it as PDF (Ctrl+S). No case is opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onetrip::gui::DecisionDialog</name>
    <message>
        <source>The deciding department&apos;s decision on case %1, as its letter or certificate says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onetrip::gui::DeskPage</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on the next working day (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal is not set up yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standalone: this terminal keeps its cases in its own store and is not connected to a central server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Server %1 · %n change(s) waiting to be sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>last synchronised %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to settle</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>My 代办 by commitment date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onetrip::gui::DocumentsPane</name>
    <message>
        <source>There is no document to print yet: confirm an outcome first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is saved; print the document again when the printer is ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onetrip::gui::EntryPage</name>
    <message>
        <source>The item has no guide to check against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No intake. Start one from the catalog (an item or a bundle).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onetrip::gui::HallSetupDialog</name>
    <message>
        <source>Enter the hall&apos;s address: it is printed on every document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the hall&apos;s phone number: it is printed on every document.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onetrip::gui::HandOutDialog</name>
    <message>
        <source>Case %1 (%2), %3: compare the ID card with the name and number below before handing out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent: %1 (%2) — may not collect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onetrip::gui::HandoverDialog</name>
    <message>
        <source>Case %1: the materials change hands; both sides check the list and the copies.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onetrip::gui::HandoverModel</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassigned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onetrip::gui::IntakePage</name>
    <message>
        <source>Not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an intake from the catalog first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This intake is saved as case %1. Start a new intake from the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal has no hall and terminal code yet: set them up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not possible for this intake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice did not list %1. A second notice needs a supervisor&apos;s approval; the case was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 saved. F5 preview, Ctrl+P print, Ctrl+S save as PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is %2: there is nothing to check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 (%2), visit %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onetrip::gui::LoginDialog</name>
    <message>
        <source>Store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your login and your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking with the central server …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onetrip::gui::MainWindow</name>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an item first: there is no guide to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedded store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items in the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About OneTrip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OneTrip %1 — 一次办成

The window clerk&apos;s desktop for government service halls: service guides, intake, one-time correction notices and receipts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall is not set up: the catalog works, intake waits for Settings › Hall and terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the hall and this terminal first: case numbers and documents need them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intake in progress was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the hall and this terminal first (Settings › Hall and terminal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 reopened: check the materials listed on the notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · terminal %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall %1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake needs the hall and this terminal: Settings › Hall and terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case number opens the case and its documents; the number of a correction notice reopens the case for the resubmission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation list given (consultation %1 today): the applicant can come once, with everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall settings cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

The hall and terminal settings of this store cannot be read, so intake and case numbers are not available. The first-run setup is not offered: it could replace a saved hall. Restart OneTrip; if this stays, check the store with onetripctl db check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page %1 is not available to the role %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Start another and discard it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Close OneTrip and discard it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 change(s) in conflict: a supervisor settles them (Sync conflicts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standalone terminal: kept on this computer only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 change(s) waiting to be sent to the central server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent: the central server has every change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the central server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor or an administrator connects a terminal to the central server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the hall and terminal first (Settings › Hall and terminal): the server registers this terminal in its hall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal is connected to the central server already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the central server as terminal %1; the cases of this terminal are being sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice window (Art. 32)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>容缺 supplement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time limit of case %1 is stopped (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time limit of case %1 runs again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>容缺 cases not ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n 容缺 case(s) ended: the supplement was not brought by its date (%1).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>容缺 cases ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case found for “%1”. Check the spelling, or type the case number or the full ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case or notice number, name or ID — type or scan (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 sent to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1: %2 recorded; ready for hand-out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 handed out: print the hand-out receipt for signature (Ctrl+P).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1, visit %2 rated %3: the follow-up is due by %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1, visit %2 rated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1, visit %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1: the full ID number is shown; the reveal is kept with the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents open their cases by number or from 我的代办.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is not carried by you: an agent opens only their own 代办.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1: recorded; carried by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is carried by %2: print the 代办委托书 for the applicant and the agent to sign (Ctrl+P).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1: the materials are with %2 now; print the 材料交接单 for both sides to sign (Ctrl+P).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1: the 代办 ended; print the 代办办结单 for the applicant to sign (Ctrl+P).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>代办 commitment date (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onetrip::gui::MaterialTableModel</name>
    <message>
        <source>(reconstructed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to obtain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original / copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main / secondary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferrable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to obtain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main materials (主审要件) must be complete to accept; secondary ones may be deferred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>容缺: may be brought later under a signed commitment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>告知承诺: a signed commitment may replace this certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>免提交: the government obtains it by data sharing; do not ask for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The items of the bundle that need this material.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onetrip::gui::ProxyNoteDialog</name>
    <message>
        <source>Relay step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1: what the agent did at a department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. submitted the materials, the window accepted them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the case to another agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 goes to another agent; materials the present agent holds pass to the new one in the chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the 代办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1: the materials and the result are back with the applicant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onetrip::gui::ProxyTakeDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is carried for the applicant by the agent below, for what the applicant delegates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onetrip::gui::RatingDialog</name>
    <message>
        <source>Case %1, visit %2: how the applicant rated it. 不满意 and 非常不满意 open a follow-up (回访, 整改, the rater&apos;s view).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onetrip::gui::RevealIdDialog</name>
    <message>
        <source>The full number is shown only in this view of case %1, and who looked, when and why is kept with the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the applicant&apos;s identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return visit for a rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A department asks for the number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onetrip::gui::RouteDialog</name>
    <message>
        <source>Case %1 goes to the department that decides it, due there by the day below: at the latest the case&apos;s own due day, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 goes to the department that decides it, due there by the day below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onetrip::gui::SearchResultDelegate</name>
    <message>
        <source>Bundle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onetrip::gui::SituationTreeModel</name>
    <message>
        <source>%1 (usual answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no further material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question / answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials this answer requires</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onetrip::gui::StopClockDialog</name>
    <message>
        <source>Stop the time limit of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop the clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter why the time limit stops: it is kept in the case&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onetrip::gui::SupervisorApprovalDialog</name>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the supervisor&apos;s login and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reason for the second notice: it is logged with the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a supervisor: only a supervisor may approve a second notice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onetrip::gui::SyncPasswordDialog</name>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central server did not take this terminal&apos;s sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onetrip::gui::SyncStatusLabel</name>
    <message>
        <source>Standalone (no central server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal is not registered with a central server: its cases stay on this computer. A supervisor connects it with onetripctl sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are sent to the central server in the background; work goes on while the network is down.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onetrip::gui::VerdictPane</name>
    <message>
        <source>Saved: case %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> working days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onetrip::gui::WorklistListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onetrip::gui::WorklistModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>● %1 · %n working day(s) late</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>● %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>● %1 · %n working day(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The time limit of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the 容缺 materials were promised for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day for a correction notice (Art. 32)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day for the 差评&apos;s follow-up (回访, 整改, the rater&apos;s view)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the agent committed to finish the 代办 by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onetrip::gui::WorklistPage</name>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the first %n shown; scroll for more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>due %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onetripctl</name>
    <message>
        <source>Usage: onetripctl calendar import FILE
       onetripctl calendar show YEAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 problem(s); nothing was imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded the working-day calendar for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3 working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced the calendar stored before for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year; give four digits, e.g. 2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store has no working-day calendar; using the shipped calendar %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No working-day calendar is loaded for %1. Ask a supervisor to import the %1 holiday notice (onetripctl calendar import FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working-day calendar %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holidays:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, 1 day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 to %3, %4 days off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make-up workdays: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekday off days (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make-up workdays (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 problem(s) found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: valid — %2 item(s), %3 bundle(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2 new item(s), %3 with a new guide version, %4 unchanged, %5 bundle(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 item(s) and %2 bundle(s) to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: onetripctl catalog validate|import|export FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown catalog action %1: use validate, import or export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ok (schema %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: onetripctl deadline YYYY-MM-DD N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD, e.g. 2026-09-30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of working days; give a whole number from 0 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: onetripctl demo init</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo store ready at %1: %2 catalog item(s); users clerk01, agent01, super01 (password &quot;demo&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: onetripctl id check [--kind resident|credit-code] VALUE...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;; use resident or credit-code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one value to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as resident ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role %1: use clerk, agent, supervisor or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 (%2) created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 has no published material list: its intake cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more problem(s) after the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case history of %1 was tampered with. Keep this file for investigation and restore the latest backup to work on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok, %1 events from %2 terminal(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: onetripctl [--store FILE] audit verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cases rebuilt ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuilt %1 case(s) from %2 event(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 problem(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the store itself, not a backup of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 cannot be used: it is damaged or is not a OneTrip store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 cannot be checked, so it was not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is damaged too (%2 problem(s)); try an older backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a OneTrip store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 was written by a newer version of OneTrip (schema %2; this program knows up to %3). Restore it with that version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of the backup cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store cannot be kept aside as %1. Check the free space and that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be moved aside; is OneTrip still running?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be copied to %1: %2. The store file is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored store %1 does not pass its check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 passed its integrity check (schema %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous store file was kept as %1; nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was copied to %1. The store now holds what it held when the backup was made; enter again what was done after that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: onetripctl db check | db backup FILE | db restore BACKUP | db rebuild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how many cases: --cases N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate needs the demo users (clerk01, super01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cases (%2 s) ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1 case(s) over %2 working day(s) in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: onetripctl [--store FILE] [--lang zh_CN|en] intake check FILE.json|- [--date YYYY-MM-DD]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check not finished: %1 material(s) still to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date takes a day as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang takes zh_CN or en, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: onetripctl hall show | hall set HALL TERMINAL NAME [--address TEXT] [--phone TEXT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store has no hall yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall %1, terminal %2 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered as terminal %1 of hall %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1 changes (%2 refused), received %3. Waiting: %4. Conflicts: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: onetripctl conflicts list | conflicts reapply CASE --user LOGIN | conflicts discard CASE --user LOGIN --reason TEXT (the password is read from standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes to case %1 were made again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes to case %1 were discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: onetripctl user add LOGIN clerk|agent|supervisor|admin NAME | user passwd LOGIN | user role LOGIN ROLE | user disable LOGIN | user enable LOGIN | user list (passwords are read from standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: onetripctl sync --server URL --user LOGIN [--ca FILE] [--pin SHA256] [--retry-for SECONDS] (the password is read from standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retrying in %1 ms: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took %1 catalog and %2 calendar file(s) published by the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… more cases match: type more of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: onetripctl [--store FILE] case show NUMBER | case find TEXT (a case number or its start, an ID number or credit code, a name or its start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: onetripctl [--store FILE] generate --cases N [--seed S] [--from YYYY-MM-DD --to YYYY-MM-DD] [--terminals K] [--intake-only]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines of %1 case(s) counted for the worklists (%2 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: onetripctl settings show | settings set warning-days N | settings set warning-percent N | settings set follow-up-days 5|7|15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 set to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: onetripctl [--store FILE] [--data-dir DIR] [--lang zh_CN|en] COMMAND ...

Commands:
  catalog validate FILE       check a catalog file and list every problem
  catalog import FILE         import a catalog file (all or nothing)
  catalog export FILE         write the store&apos;s current catalog to FILE
  db check                    run the store&apos;s integrity check
  db backup FILE              write a consistent copy of the store
  db restore BACKUP           check a backup and put it in the store&apos;s place
                              (the old file is kept as STORE.damaged-DATE)
  db rebuild                  rebuild every case table from the event log
  audit verify                check the hash chain of the case history
  case show NUMBER            one case with its events and documents (JSON)
  case find TEXT              cases by number, ID number, credit code or name
  id check [--kind resident|credit-code] VALUE...
                              check resident ID numbers or credit codes
  deadline YYYY-MM-DD N       the date N working days after a date
  calendar import FILE        validate and load working-day calendar years
  calendar show YEAR          list a year&apos;s holidays and make-up workdays
  user add LOGIN ROLE NAME    create a staff user (password from stdin)
  user passwd|disable|enable LOGIN | user role LOGIN ROLE | user list
                              manage a standalone terminal&apos;s staff
  demo init                   load the shipped catalog, calendar and demo users
  intake check FILE.json|- [--date YYYY-MM-DD]
                              check an intake and print the verdict as JSON
  generate --cases N [--seed S] [--from DATE --to DATE] [--terminals K]
           [--intake-only]    fill the store with realistic cases of every kind
                              (accepted ones then routed, decided, handed out
                              and rated, some carried by an agent; not with
                              --intake-only)
  settings show | settings set warning-days N | warning-percent N |
           follow-up-days 5|7|15
                              the deadline lights&apos; warning window and the
                              working days of a 差评 follow-up
  hall show | hall set HALL TERMINAL NAME [--address A] [--phone P]
                              this store&apos;s hall and terminal codes
  sync --server URL --user LOGIN [--ca FILE] [--pin SHA256]
       [--retry-for SECONDS]  one sync with the server (password from stdin;
                              the first registers this terminal; network
                              errors are retried for up to SECONDS)
  conflicts list | reapply CASE --user LOGIN | discard CASE --user LOGIN
            --reason TEXT     a supervisor settles this terminal&apos;s sync conflicts

Global options may come before or after the command. Messages are in Chinese
unless --lang en (or $ONETRIP_LANG=en) is given.
The store defaults to %1 (or $ONETRIP_STORE).
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
