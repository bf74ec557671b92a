<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AdminCommand</name>
    <message>
        <source>Creates the office&apos;s schema in an empty database, or brings it up to date, and the
group roles DATABASE_hr_officer, DATABASE_head_of_department and DATABASE_dean with
what each may do. Run it as the login that owns the database (it needs CREATEROLE),
after each upgrade of Rekrutt too. Users are added with add-user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office in %1 is at schema %2; its roles %3, %4 and %5 have their privileges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the office&apos;s units, one per line: unit and faculty, separated by a tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes a unit that no user is head of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a unit (a department, as cases and vacancies name it) to a faculty, or
moves it to another. HR officers and deans see the cases of their
faculty&apos;s units, a head of department those of their unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit, as cases name it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The faculty it belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--unit is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--unit and --faculty are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the office&apos;s users, one per line: login, name, role, and the unit of a head of
department or the faculty of an HR officer or a dean, separated by tabs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registers a login as a user of the office: creates the login when it does not exist
(without a password: set one with psql&apos;s \password, docs/deployment.md), makes it a
member of its role&apos;s group only, and records its name, role and place. Adding a
user again changes their entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login they connect with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their name, as decisions are signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hr_officer, head_of_department or dean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A head of department&apos;s unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An HR officer&apos;s or a dean&apos;s faculty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--login, --name and --role are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role: &apos;%1&apos; is none of hr_officer, head_of_department and dean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a head of department is given --unit, not --faculty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an HR officer or a dean is given --faculty, not --unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) works in the office as %3 for %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes a login out of the office: their entry and group membership go, so that they
see nothing; the login and what the audit trail records of them stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login to take out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--login is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints who the server says is connected: login, name, role and place, separated by
tabs, or the login and &quot;administrator&quot;, or the login alone when the office does
not know it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setup|units|set-unit|remove-unit|users|add-user|remove-user|whoami --db DATABASE [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  setup        Create the office&apos;s schema and roles, or bring them up to date
  units        List the units and their faculties
  set-unit     Add a unit to a faculty, or move it
  remove-unit  Remove a unit no one is head of
  users        List the users, their roles and places
  add-user     Register a login as an HR officer, a head of department or a dean
  remove-user  Take a login out of the office
  whoami       Who the server says is connected

Run &apos;%1 SUBCOMMAND --help&apos; for the options of one; docs/deployment.md tells the
whole setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a subcommand (setup, users, add-user...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicantCsvReader</name>
    <message>
        <source>text after the closing quote of a quoted field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote inside a field that does not start with one (write it as &quot;&quot; inside a quoted field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quoted field that starts on this line is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text has %1 characters; at most %2 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text contains the control character U+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range: must be from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than %1 bytes, the most an applicant file may have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty: expected a header line naming the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;; allowed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column appears more than once in the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 applicants; at most %1 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line has %1 fields; the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false (or yes, no, ja, nei, 1, 0), found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is already used on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CV gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-Western immigrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the byte 0x%1 is not a character in Windows-1252</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the given name and the family name are both empty; every applicant needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header has no column &quot;name&quot; (nor &quot;givenName&quot; or &quot;familyName&quot;); every applicant needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header has %1 columns; at most %2 can be mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column is mapped to &quot;%1&quot;, which is no applicant field; allowed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column is mapped to the field &quot;%1&quot;, as column %2 is already; a field takes one column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column is mapped to the name, nor to the given name or family name; every applicant needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality of residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemption from the public list requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee&apos;s note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicantErasure</name>
    <message>
        <source>Cannot list the applicants due for erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot erase the applicants&apos; data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was erased: the audit trail has a problem that must be looked into first (rekrutt-cli verify): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was erased: applicant %1 of vacancy %2 is no longer due for erasure (changed or erased meanwhile); list them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>Cannot write the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the history of case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the triggers of the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trigger %1 that keeps the audit trail append-only is missing: entries can be changed or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trigger %1 that keeps the audit trail append-only is disabled: entries can be changed or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit trail entry %1 (case %2, %3.%4, written %5 by %6) does not follow from the entry before it: it, or the one before it, was changed, inserted or removed after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit trail has %1 more broken links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot link the entries of the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the history of vacancy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot erase values of the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseReader</name>
    <message>
        <source>expected a text in quotes, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range: must be from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date of the form YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the year must be from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date in the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown value %1; allowed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before %2 %3: the end must not come before the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;; allowed here: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object { ... }, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list [ ... ], found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is already used by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 original lecture hours is more than the %2 hours worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required field is missing: a case file starts with &quot;format&quot;: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported format %1; expected &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the input is empty: expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1 at line %2, column %3 (offset %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object { ... } at the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field appears more than once in the same object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text has %1 characters; at most %2 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list has %1 entries; at most %2 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the input is larger than %1 bytes, the most a case file may have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>objects and lists are nested more than %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a control character stands unescaped in a text; JSON writes it as \u0001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number as JSON writes it (such as 12, -0.5 or 1e3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the byte order mark (EF BB BF) stands twice at the start; a file has it once at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 leave is a right and has no status; only temporary_position, fellowship_abroad and other leave is decided by the dean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case has no mentor, so nothing can be recorded of one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <source>Cannot look up %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the case of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the case of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the evaluation of case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case %1 in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the earlier appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the other cases of the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the list of cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store a new person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the recruitment of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the recruitment of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the recruitment of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the appointments from the vacancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the person %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read vacancy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no vacancy %1 in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the evaluation of vacancy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot look up the persons of the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s lists are not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cannot read %n case(s)</source>
        <translation>
            <numerusform>Cannot read %n case</numerusform>
            <numerusform>Cannot read %n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cannot store the evaluation of %n case(s)</source>
        <translation>
            <numerusform>Cannot store the evaluation of %n case</numerusform>
            <numerusform>Cannot store the evaluation of %n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseTransaction</name>
    <message>
        <source>Cannot delete case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the recruitment of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the recruitment of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 was changed through another of their appointments while this one was being made. Nothing was saved: make it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vacancy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the vacancy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseValidation</name>
    <message>
        <source>Family name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months at other institutions is %1: it must be from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of the appointment is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length is %1 months: it must be from %2 to %3 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty is %1 %: it must be from %2 % to %3 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier appointment %1: Start is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier appointment %1: End is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier appointment %1: End (%2) is before Start (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave %1: From is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave %1: To is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave %1: To (%2) is before From (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave %1: Percent is %2: it must be from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension %1: Days is %2: it must be from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norwegian credits completed is %1: it must be from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty work %1: To (%2) is before From (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty work %1: Hours is %2: it must be from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty work %1: Original lectures is %2: it must be from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty work %1: Original lectures (%2 hours) are more than Hours (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobility grant %1: Amount is NOK %2: it must be from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant %1: References is %2: it must be from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant %1: Rank is %2: it must be from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FTE is %1 %: it must be from %2 % to %3 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours per week is %1: it must be from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier appointment %1: FTE is %2 %: it must be from %3 % to %4 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant %1: the ID %2 is that of applicant %3 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee member %1: the ID %2 is that of committee member %3 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant %1: the e-mail address %2 is not one: it needs a name, &quot;@&quot; and a domain, as in kari@example.no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant %1: Year of birth is %2: it must be from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant %1 has withdrawn the application and cannot be ranked: clear the rank or the withdrawal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant %1, reference %2: the referee&apos;s name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee member %1 is in neither the assessment committee nor the recruitment group: tick one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee member %1: a conflict with %2 is resolved, but none with %2 is declared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure %1: the goal is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure %1: what will be done is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course %1: its name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course %1: Credits is %2: it must be from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norwegian credits completed is %1, but the Norwegian courses passed give %2: record the credits with the courses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update %1 of the plan: the date is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update %1 of the plan: what was agreed is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor meeting %1: the date is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor meeting %1: Hours is %2: it must be from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseWriter</name>
    <message>
        <source>Cannot write the case file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date to take as today when deciding which deadlines are overdue (default: the system date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the messages in nb (Norwegian Bokmål) or en (English) (default: from the locale).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case file to evaluate; - reads standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no case file given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one case file, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--today: &apos;%1&apos; is not a calendar date of the form YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang: &apos;%1&apos; is not a language Rekrutt speaks; use nb or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluates the case in %1 (format rekrutt-case/1), or case ID of the case database, and prints
the period, the deadlines, the findings and an explanation as one JSON document (format
rekrutt-result/1). A stored case is evaluated with what the database knows besides it: the
person&apos;s other appointments and the working hours of an FTE year.

Exit status: 0 evaluated, no error finding; 1 evaluated, at least one error finding;
2 the input could not be evaluated (standard error says why).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate a case of this case database instead of a file: a SQLite file, or postgresql://user@host:port/dbname. Needs --case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id of the case in the database given by --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [--today YYYY-MM-DD] [--lang nb|en] %2
   or: %1 [--today YYYY-MM-DD] [--lang nb|en] --db DATABASE --case ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either a case file or --db and --case, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--case needs --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db needs --case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--case: &apos;%1&apos; is not a case id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Evaluate a case file against the rules and print the result as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos; for more information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [options] COMMAND [command options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the help of a command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;%1 COMMAND --help&apos; for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rekrutt computes the fixed-term periods of recruitment positions and checks the rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to run (see Commands).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>help takes one command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a document of a stored case (contract, career plan...) to a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty case database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store case files in a database, all of them or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the cases of a database with their end dates and findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a database consistently while it may be in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that a database is sound and its stored results are current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a database with a realistic demo office of about 60 cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the institution register of a database, or replace it from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write cases of a database as case files, or the whole office to one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the vacancies of a database, or import applicants into one from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List, or erase, the applicants whose retention period after the decision has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a letter of a vacancy (acknowledgement, rejection, offer...) or its applicant list to a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a shared office on PostgreSQL and keep its units and users</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: check that the file exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Rekrutt database (it is not an SQLite database file). It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is locked by another program. Close it there and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). It was left untouched; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This installation cannot reach PostgreSQL: the Qt PostgreSQL driver is missing (install libqt6sql6-psql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Rekrutt (schema %2; this program knows up to %3). Use the newer Rekrutt; the database was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot keep a copy of %1 before updating it; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the setting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is busy in another program; try again in a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the backup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a Rekrutt case database. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an empty file (0 bytes), not a Rekrutt database. It was left untouched; if it held cases, restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is on a read-only disk: it can be read there (list, export, check), not changed. The file is intact; copy it to a writable folder to work on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk that holds %1 is full: nothing can be written to the database until there is free space. Nothing was changed; the file is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login %1 may not read the shared office %2: its administrator has not added it, or has taken it out (rekrutt-cli admin add-user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot check who owns the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is at schema %2 and this Rekrutt needs schema %3. Only its administrator may bring it up to date (rekrutt-cli admin setup); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your role in the shared office may not do this (the server refused to change %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case or vacancy would belong to a unit you do not work for, and the server refused it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server does not offer TLS, which the chosen TLS mode requires; choose another mode, or ask the office&apos;s IT to turn TLS on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not accept the password of this login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s certificate could not be checked (the CA certificate belongs in ~/.postgresql/root.crt, and the address must be the name in the certificate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no database server answers at that address and port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to the server was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1 again: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server wants this login&apos;s password: type it when Rekrutt asks (the connection dialog, the terminal), or keep it in ~/.pgpass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled, as you asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the columns of the tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has no column %1 in its table %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseCommands</name>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates an empty case database (a SQLite file, readable by you only), or brings an existing one up to
this version of Rekrutt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: schema %2, ready.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case files (format rekrutt-case/1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no case file given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s) into %1.
</source>
        <translation>
            <numerusform>Imported %n case into %1.
</numerusform>
            <numerusform>Imported %n cases into %1.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the case with this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder to write to (created when missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--case: &apos;%1&apos; is not a case id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n case file(s) to %1.
</source>
        <translation>
            <numerusform>Wrote %n case file to %1.
</numerusform>
            <numerusform>Wrote %n case files to %1.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Lists every case: id, name, type, start, computed end, next deadline and the number of errors and
warnings. With --json, an array of objects with the keys id, familyName, givenName, type, start, end,
nextDeadline, errors and warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only cases whose name, unit or type contains this text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date that decides which deadlines are missed (default: the system date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write JSON for scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a consistent copy of the database to a new SQLite file, also while others work in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new file (must not exist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema %1, expected %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1: the stored result is out of date (end %2, now %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n case(s) checked, %2.
</source>
        <translation>
            <numerusform>%1: %n case checked, %2.
</numerusform>
            <numerusform>%1: %n cases checked, %2.
</numerusform>
        </translation>
    </message>
    <message>
        <source>no problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>Creates a database holding a realistic demo office: about 60 cases of every type, with leave,
extensions and recruitment, dated around today. Refuses a database that holds cases already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the demo around this day (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n case(s) already; the demo goes into a new database.</source>
        <translation>
            <numerusform>%1 holds %n case already; the demo goes into a new database.</numerusform>
            <numerusform>%1 holds %n cases already; the demo goes into a new database.</numerusform>
        </translation>
    </message>
    <message>
        <source>demo office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case database: a file, or postgresql://user@host:port/dbname, with ?sslmode=verify-full or another libpq sslmode if wanted (the password from PGPASSWORD or ~/.pgpass, never in the address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the database: the file&apos;s integrity and foreign keys (SQLite), the schema version, the audit
trail (its hash chain unbroken, its triggers in place), that every case loads and that its stored result
equals a fresh evaluation. Exit status 0 when all is well, 1 when a problem was found, 2 when the
database could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n institution(s) the institution register did not know, each as an institution of its own: %1. If one is another name of a registered institution, make it one (rekrutt-cli institutions).
</source>
        <translation>
            <numerusform>Added %n institution the institution register did not know, as an institution of its own: %1. If it is another name of a registered institution, make it one (rekrutt-cli institutions).</numerusform>
            <numerusform>Added %n institutions the institution register did not know, each as an institution of its own: %1. If one is another name of a registered institution, make it one (rekrutt-cli institutions).</numerusform>
        </translation>
    </message>
    <message>
        <source>Reads every case file and stores them all in one transaction: either every case is stored, or none
is and the first problem is named. With --office, stores a whole office exported by &apos;export
--office&apos;, keeping its people, vacancies and appointments linked as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An office file (format rekrutt-office/1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either case files or --office, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The institution register is the office file&apos;s (%n institution(s)).
</source>
        <translation>
            <numerusform>The institution register is the office file&apos;s (%n institution).
</numerusform>
            <numerusform>The institution register is the office file&apos;s (%n institutions).
</numerusform>
        </translation>
    </message>
    <message>
        <source>The database holds cases already: its institution register was kept, not the file&apos;s.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n appointment(s) into %1.
</source>
        <translation>
            <numerusform>Imported %n appointment into %1.
</numerusform>
            <numerusform>Imported %n appointments into %1.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the office to %1: %2 appointment(s), %3 person(s), %4 vacancy(ies).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes cases as case files (format rekrutt-case/1), one file per case named ID-family-given.case.json.
With --office, writes the whole office to one file (format rekrutt-office/1): its people, vacancies and
appointments linked by id, what was decided and signed, and the institution register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--office writes every case to one file: give it without --out and --case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the demo office in %1: %2 cases and %3 vacancies.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the vacancy %1 has no appointment yet and is not in the office file; it stays in the database.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the titles and steps of %1 vacancies are not in the office file; they stay in the database.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a calendar date of the form YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>No database given: name a file or a postgresql://user@host:port/dbname address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL address of the form postgresql://user@host:port/dbname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a password: others could read it in the process list and the shell&apos;s history. Leave it out; give it in PGPASSWORD or ~/.pgpass, or type it when Rekrutt asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the parameter “%2” is not understood; only sslmode may be given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sslmode “%2” is not one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>A date is required here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>This is not a date. Type day, month and year, such as 14.03.1996, 14031996 or 1996-03-14.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year %1 is not between %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no month %1: months go from 1 to 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>There is no day %1 in that month: it has %n day(s).</source>
        <translation>
            <numerusform>There is no day %1 in that month: it has %n day.</numerusform>
            <numerusform>There is no day %1 in that month: it has %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not the name of a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the year with four digits, or two.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Decisions</name>
    <message>
        <source>An extension that was approved or rejected can be changed or removed only in the role that decided it (§ 1.1, § 7): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a dean may approve or reject an extension (§ 1.1, § 7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A leave that was approved or rejected can be changed or removed only in the role that decided it (§ 1.1, § 7.3): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a dean may approve or reject leave for a temporary position, a fellowship abroad or other leave (LEAVE-DECISION, § 7.3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a dean may record or withdraw the appointment decision (§ 1.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the head of department may sign the ranking (§ 6).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentBuilder</name>
    <message>
        <source>The case has no extension number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAFT – not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft. The case breaks these rules, and this document is not valid until they are put right:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentRenderer</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the document could not be laid out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Employment contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Career plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan for duty work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgement of application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation to interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request for references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice of place in the ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice of re-advertisement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer of employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended applicant list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Enums</name>
    <message>
        <source>Postdoctoral fellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MSCA postdoctoral fellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postdoctoral fellow on tenure-track terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctoral research fellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrated PhD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dual-competence programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NTNU guidelines of 2 January 2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulations of 2006 (transitional rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sick leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parental leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other statutory leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contractual leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave for a temporary position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave for a fellowship abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other leave (no extension)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elected office or committee work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DION/SiN board member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DION/SiN board chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NTNU Board fee converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unforeseen obstacle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension after health-related absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Increased duty work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norwegian language training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research infrastructure and training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language or pedagogy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissemination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications or conferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinical work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Innovation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elected office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HR officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announcement adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed for applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviews and references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-advertised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found not to apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Educational competence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience outside the institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research stay abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postdoc programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another department of the faculty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another faculty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department or supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postdoc asked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <source>Only a user in the role %1 sets how long applicants are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicants are kept for %1 months: it must be from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a user in the role %1 erases applicants&apos; data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · logged in as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking signed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking signed by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking signature by %1 withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking signature by %1 on %2 withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision by %1 withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision by %1 on %2 withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decided by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decided by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision recorded by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IcsWriter</name>
    <message>
        <source>Cannot write the calendar file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstitutionStore</name>
    <message>
        <source>Cannot read the institutions of the cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add %1 to the institution register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the institution register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The institution register was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the institution register</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is used by %n case(s) or earlier appointment(s). Keep it as a name or an alias of the institution it denotes.</source>
        <translation>
            <numerusform>&quot;%1&quot; is used by %n case or earlier appointment. Keep it as a name or an alias of the institution it denotes.</numerusform>
            <numerusform>&quot;%1&quot; is used by %n cases or earlier appointments. Keep it as a name or an alias of the institution it denotes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Institutions</name>
    <message>
        <source>Row %1 has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; (row %2) needs a full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given twice to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a name of both %2 and %3: one text can name one institution only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstitutionsCommand</name>
    <message>
        <source># Institution register: name, short name, other names; separated by tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: larger than %2 MiB; not an institution register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: the first field, the institution&apos;s full name, is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the institution register that one period per institution (ONCE) and the research assistant&apos;s
total (RA-TOTAL) compare institutions by: one institution per line, its name, short name and other
names separated by tabs. With --replace, stores the register in FILE (the same format, - for
standard input) in place of the database&apos;s, or names what keeps it from being stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register to store, as printed (- for standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stored the institution register of %1: %n institution(s).
</source>
        <translation>
            <numerusform>Stored the institution register of %1: %n institution.</numerusform>
            <numerusform>Stored the institution register of %1: %n institutions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterBuilder</name>
    <message>
        <source>The applicants are told their place once the head of department has signed the recommendation (§ 6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The position is advertised again only when no applicant is qualified or the recruitment is ended to re-advertise it (ANN-READVERTISE, § 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offer is written once the dean has decided whom to appoint (§ 6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vacancy has no applicants yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No applicant is ranked yet (§ 6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has withdrawn the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not invited to an interview: tick “Invited” first (§ 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References are checked for the applicants invited to an interview (§ 5); %1 is not invited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the applicants interviewed are told their place (§ 6); %1 was not interviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the applicant appointed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An applicant not found qualified is told once the committee&apos;s assessment is done (the interviews have begun); %1 is not assessed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is ranked: a rejection waits until the offer is accepted, since the position may go to the next in the ranking if it is declined (§ 6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is qualified: a rejection waits for the appointment decision (§ 6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offer goes to the applicant appointed, not to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vacancy has no applicant “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterCommand</name>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the letter %1 of a vacancy in the case database to a PDF file: A4, with the institution&apos;s
name in the header, the addressee, the date, the vacancy&apos;s reference and a signature.
%1 is one of: %2.
applicant-list and recommendation are documents of the whole vacancy; every other letter goes to
one applicant (--applicant, or else the first applicant the letter is meant for).

The templates are those built into Rekrutt unless a folder &quot;templates&quot; next to the database
file holds a file of the same name (see resources/templates/README.md).

Exit status: 0 written; 1 written, but the letter makes no sense for the applicant or the vacancy
(standard error says why) or the recommendation is a draft; 2 nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of the vacancy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant the letter goes to or is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference-request: the applicant&apos;s referee it goes to, numbered from 1 as recorded (default: the first; with none recorded, the letter goes to &quot;the referee&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write: a PDF, or the filled-in HTML when the name ends in .html.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the letter in nb (Norwegian Bokmål) or en (English) (default: from the locale).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the letter (default: the system date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who signs for the office, as HR officer (default: a space to sign).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invitation: the time of the interview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invitation: where the interview is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date to answer by (default: a week from the letter&apos;s date, two weeks for an offer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offer: the salary as the office states it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no letter given; use one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one letter, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a letter; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--vacancy: &apos;%1&apos; is not a vacancy number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang: &apos;%1&apos; is not a language Rekrutt speaks; use nb or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--today: &apos;%1&apos; is not a calendar date of the form YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--answer-by: &apos;%1&apos; is not a calendar date of the form YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--interview: &apos;%1&apos; is not a time of the form &quot;YYYY-MM-DD HH:MM&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--referee: %1 has no referee number &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is written, but the letter makes no sense here: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is a draft, not valid until these are put right:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vacancy %1 has no applicant &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vacancy %1 has no applicants.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Cannot record the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update the database to schema %1; it stays at schema %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot take a snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the backup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeFileFormat</name>
    <message>
        <source>the file is larger than %1 MiB, the most an office file may be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an office file is a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a time such as 2026-12-06T10:00:00.000Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no appointment names person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no appointment names vacancy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field (expected one of: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number of 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the id of %2[%3] already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the id of another appointment already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no person %1 in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no vacancy %1 in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a record of its own: name it by %1Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list with one entry for each of the case&apos;s %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the office file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open it: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeSecurity</name>
    <message>
        <source>Cannot set up the shared office&apos;s security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read who is connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set up the office&apos;s roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the office&apos;s units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unit needs a name and the faculty it belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit %1 cannot be removed: %2 is its head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office has no unit %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the office&apos;s users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user needs the login they connect with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user %1 needs a name: it is written on the decisions they make.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A head of department is head of a unit the office knows; %1 is not one (rekrutt-cli admin units).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An HR officer or a dean works for a faculty that has units in the office; %1 has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no faculty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office has no user %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a SQLite file, one person&apos;s: only a shared office on PostgreSQL has users and roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set up the shared office&apos;s notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set up the shared office&apos;s audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set up the shared office&apos;s career records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeService</name>
    <message>
        <source>The case of %1 was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case of %1 was deleted by someone else after you opened it. Your copy is still open: save it as a new case or export it to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case of %1 was changed by %2 at %3 after you opened it. Nothing was saved, and your changes are still here: reopen the case to see theirs, or export yours to a file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused to save the case of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case of %1 was changed by %2 after you opened it; it was not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case of %1 was deleted by someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an HR officer keeps the institution register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the evaluation of the cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recruitment of %1 was changed through another appointment from the same vacancy after you opened this case. Nothing was saved, and your changes are still here: reopen the case to see the recruitment as it is now, or export yours to a file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case of %1 has no saved recruitment to appoint from: record the recruitment and save the case first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is recorded of %1 as a person (name, qualifications, earlier appointments) was changed through another of their appointments after you opened this case. Nothing was saved, and your changes are still here: reopen the case to see the person as they are now, or export yours to a file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recruitment of %1 was removed or replaced after you opened the case: reopen it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vacancy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the evaluation of the vacancies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deleted by someone else after you opened it. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 after you opened it. Nothing was saved, and your changes are still here: reopen the vacancy to see theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not saved: the appointment was decided on the ranking as it stands, so its committee, ranks and reasons can no longer be changed (§ 6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by someone else after you opened it. Nothing was saved, and your changes are still here: reopen the vacancy to see theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused to save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract is signed with the appointment it makes: sign it from the vacancy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by %2 after you opened it. No step was taken: look at it as it is now first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot go to “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by %2 after you opened it. The contract was not recorded: look at the vacancy as it is now first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment of %1 was not made: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case of %1 was not saved: the appointment was decided on the ranking of its vacancy as it stands, so the committee, ranks and reasons can no longer be changed (§ 6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vacancy of %1 is run on the Vacancies tab: an appointment from it is made there, from the dean&apos;s decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not saved: its announcement was adopted for this kind of position; to announce another, advertise it again (§ 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not saved: the announcement was published as it stands, so its dates and where it was announced can no longer be changed; to change them, advertise it again (§ 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by someone else while the step was taken. No step was taken: look at it as it is now first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by someone else while the contract was recorded. Nothing was saved: look at the vacancy as it is now first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract was not recorded: the day it was signed is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract was not recorded: it cannot be signed on %1, which is after today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract was not recorded: it cannot be signed on %1, before the appointment was decided on %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintCommand</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the document %1 of a case in the case database to a PDF file: A4, with the institution&apos;s
name in the header and page numbers in the footer, filled from the case and its computed period.
%1 is one of: %2.

The templates are those built into Rekrutt unless a folder &quot;templates&quot; next to the database
file holds a file of the same name (see resources/templates/README.md).

Exit status: 0 written; 2 nothing was written (standard error says why).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case database: a file, or postgresql://user@host:port/dbname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATABASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write: a PDF, or the filled-in HTML when the name ends in .html.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the document in nb (Norwegian Bokmål) or en (English) (default: from the locale).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the document, which also decides which deadlines and duty work are past (default: the system date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For extension-decision: the extension decided, numbered from 1 as the case lists them, or &apos;leave&apos; for the extension for leave (default: the last extension, or leave when there is none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no document given; use one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one document, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a document; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--case: &apos;%1&apos; is not a case number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang: &apos;%1&apos; is not a language Rekrutt speaks; use nb or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--today: &apos;%1&apos; is not a calendar date of the form YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--extension: &apos;%1&apos; is neither a number from 1 nor &apos;leave&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is a draft, not valid until these are put right:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurgeCommand</name>
    <message>
        <source>Lists the applicants who were not appointed and whose retention period after the decision has
ended (the database&apos;s setting, 6 months unless the office chose otherwise), one per line:
vacancy, applicant id, name, decided, due, separated by tabs. Without --dry-run, erases them
from every table, the audit trail included, which keeps a tombstone of what was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List them and erase nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the retention period to this day (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n applicant(s) due for erasure (kept %1 months after the decision); nothing erased.</source>
        <translation>
            <numerusform>%n applicant due for erasure (kept %1 months after the decision); nothing erased.</numerusform>
            <numerusform>%n applicants due for erasure (kept %1 months after the decision); nothing erased.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erased %n applicant(s) and the values of %1 audit entries; the audit trail records the erasure.</source>
        <translation>
            <numerusform>Erased %n applicant and the values of %1 audit entries; the audit trail records the erasure.</numerusform>
            <numerusform>Erased %n applicants and the values of %1 audit entries; the audit trail records the erasure.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowBatch</name>
    <message>
        <source>Cannot number the new rows of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>No proficiency in a Scandinavian language at level A2 is documented: the career plan must hold Norwegian training of at least 15 credits, completed before the end of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postdoctoral fellow lacks educational competence and the career plan has no measure to acquire it (teaching tasks and the basic pedagogical course).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2 to %3 falls in the last 12 months before the end (%4); duty work should be done earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative work from %1 to %2 is not duty work in itself; check that it belongs in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty work: %1 hours credited of %2 hours contracted (balance %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract must state how the time is split between research and duty work: enter the duty percentage (0 is allowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postdoctoral fellow must be offered a mentor from another academic environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mentor %1 is from the fellow&apos;s own research group; the mentor should come from another academic environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mobility grant for %1 is NOK %2; at most NOK 50,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment contract signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project description and progress plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Career plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application for admission to the doctoral programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed agreement on admission to the doctoral programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual employee interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation of the career plan at the end of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 at %3 %: gives no extension (LEAVE-EXT, § 7.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 at %3 %: %4 day(s) inside the period count; the days outside it do not (LEAVE-EXT, %5)</source>
        <translation>%1 %2 at %3 %: weighted days inside the period: %4; the days outside it do not count (LEAVE-EXT, %5)</translation>
    </message>
    <message>
        <source>%1 %2 at %3 %: weighs %4 day(s) (LEAVE-EXT, %5)</source>
        <translation>%1 %2 at %3 %: weighted days: %4 (LEAVE-EXT, %5)</translation>
    </message>
    <message>
        <source>Where leaves overlap, a day weighs at most 100 % (C-LEAVE, § 7.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Leave weighs %1 day(s) in all, rounded up once to %n day(s) of extension (C-LEAVE, § 7.1)</source>
        <translation>
            <numerusform>Weighted leave days in all: %1, rounded up once to %n day of extension (C-LEAVE, § 7.1)</numerusform>
            <numerusform>Weighted leave days in all: %1, rounded up once to %n days of extension (C-LEAVE, § 7.1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pass %1: leave up to %2 gives %n day(s), so the end moves to %3 (C-FIXPOINT, § 7.1)</source>
        <translation>
            <numerusform>Pass %1: leave up to %2 gives %n day, so the end moves to %3 (C-FIXPOINT, § 7.1)</numerusform>
            <numerusform>Pass %1: leave up to %2 gives %n days, so the end moves to %3 (C-FIXPOINT, § 7.1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 + %n month(s) - 1 day = %2 (C-END, %3)</source>
        <translation>
            <numerusform>%1 + %n month - 1 day = %2 (C-END, %3)</numerusform>
            <numerusform>%1 + %n months - 1 day = %2 (C-END, %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 + %n month(s) has no such day, so the period ends on the month&apos;s last day, %2 (C-END, %3)</source>
        <translation>
            <numerusform>%1 + %n month has no such day, so the period ends on the month&apos;s last day, %2 (C-END, %3)</numerusform>
            <numerusform>%1 + %n months has no such day, so the period ends on the month&apos;s last day, %2 (C-END, %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n day(s) approved (C-GRANTS, %2)</source>
        <translation>
            <numerusform>%1: %n day approved (C-GRANTS, %2)</numerusform>
            <numerusform>%1: %n days approved (C-GRANTS, %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n day(s) proposed, not counted until approved (C-GRANTS, %2)</source>
        <translation>
            <numerusform>%1: %n day proposed, not counted until approved (C-GRANTS, %2)</numerusform>
            <numerusform>%1: %n days proposed, not counted until approved (C-GRANTS, %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n day(s) rejected, not counted (C-GRANTS, %2)</source>
        <translation>
            <numerusform>%1: %n day rejected, not counted (C-GRANTS, %2)</numerusform>
            <numerusform>%1: %n days rejected, not counted (C-GRANTS, %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>End: %1 + %n day(s) of leave and extension = %2 (C-FIXPOINT, § 7)</source>
        <translation>
            <numerusform>End: %1 + %n day of leave and extension = %2 (C-FIXPOINT, § 7)</numerusform>
            <numerusform>End: %1 + %n days of leave and extension = %2 (C-FIXPOINT, § 7)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Maximum time frame: %1 FTE months at %2 % FTE is %n month(s), to %3 (C-FRAME, § 7.4, %4)</source>
        <translation>
            <numerusform>Maximum time frame: %1 FTE months at %2 % FTE is %n month, to %3 (C-FRAME, § 7.4, %4)</numerusform>
            <numerusform>Maximum time frame: %1 FTE months at %2 % FTE is %n months, to %3 (C-FRAME, § 7.4, %4)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Frame end: plus %n day(s) of leave and extension (not duty work or Norwegian training) = %1 (C-FRAME, § 7.4)</source>
        <translation>
            <numerusform>Frame end: plus %n day of leave and extension (not duty work or Norwegian training) = %1 (C-FRAME, § 7.4)</numerusform>
            <numerusform>Frame end: plus %n days of leave and extension (not duty work or Norwegian training) = %1 (C-FRAME, § 7.4)</numerusform>
        </translation>
    </message>
    <message>
        <source>No maximum time frame applies to %1 (C-FRAME, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A postdoctoral fellow on tenure-track terms is governed by the regulations on tenure-track positions: length, time frame and one-period rule are not checked here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A postdoctoral period must be %1 to 48 FTE months; this one is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An MSCA postdoctoral period must be 36 to 48 FTE months; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A doctoral research fellow may not be employed below 50 %; this position is %1 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 36 FTE months must be doctoral work; after duty work this period has %1. Lengthen the period or reduce the duty work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A doctoral fellowship must be 36 to 48 FTE months; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A resident period must be 24 to 48 months; this one is %n.</source>
        <translation>
            <numerusform>A resident period must be 24 to 48 months; this one is %n month.</numerusform>
            <numerusform>A resident period must be 24 to 48 months; this one is %n months.</numerusform>
        </translation>
    </message>
    <message>
        <source>A resident may have duty work only when the period is longer than 24 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A research assistant may be employed for at most 24 months; this is %n.</source>
        <translation>
            <numerusform>A research assistant may be employed for at most 24 months; this appointment is %n month.</numerusform>
            <numerusform>A research assistant may be employed for at most 24 months; this appointment is %n months.</numerusform>
        </translation>
    </message>
    <message>
        <source>With earlier appointments at %1, the time as research assistant comes to %2 FTE months; at most 24 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person with a doctoral degree or an earlier doctoral fellowship may not be employed as research assistant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under 15 hours a week (%1): no recommendation, assessment, offer or signed contract is required, and those checks are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier period as %1 at %2 (%3 to %4): no one may have more than one such period at the same institution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A postdoctoral fellow must hold a doctoral degree, and no degree date is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The doctoral degree (%1) is dated after the start (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months at other institutions, less than a year, and the career plan has no measure that gives experience from outside (a stay abroad, say).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period is %1 FTE months: offer a fourth year if possible (NTNU postdoc policy, item 8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2 to %3 lies wholly or partly outside the period %4 to %5; the days outside are not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) for elected office: more than the standard two weeks needs documentation, and none is recorded.</source>
        <translation>
            <numerusform>%n day for elected office: more than the standard two weeks needs documentation, and none is recorded.</numerusform>
            <numerusform>%n days for elected office: more than the standard two weeks needs documentation, and none is recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 gives %2 days of extension, not %n.</source>
        <translation>
            <numerusform>%1 gives %2 days of extension, not %n day.</numerusform>
            <numerusform>%1 gives %2 days of extension, not %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>The extension after health-related absence is only for doctoral research fellows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a doctoral research fellow without other duty work is extended for Norwegian training; others get the ten weeks credited as hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Norwegian training extends the period by ten weeks (70 days), not %n.</source>
        <translation>
            <numerusform>Norwegian training extends the period by ten weeks (70 days), not %n day.</numerusform>
            <numerusform>Norwegian training extends the period by ten weeks (70 days), not %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extensions after health-related absence come to %n day(s); at most three months (92 days) are allowed.</source>
        <translation>
            <numerusform>Extensions after health-related absence come to %n day; at most three months (92 days) are allowed.</numerusform>
            <numerusform>Extensions after health-related absence come to %n days; at most three months (92 days) are allowed.</numerusform>
        </translation>
    </message>
    <message>
        <source>The period ends %1, after the end of the maximum time frame, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employed under the 2006 regulations; the contract grants the new rights on Norwegian, educational competence and career plans, so they are checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employed under the 2006 regulations: the new rights on Norwegian, educational competence and career plans do not apply, and their checks and deadlines are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The application deadline %1 is %n day(s) after publication (%2); it must be at least 14 days.</source>
        <translation>
            <numerusform>The application deadline %1 is %n day after publication (%2); it must be at least 14 days.</numerusform>
            <numerusform>The application deadline %1 is %n days after publication (%2); it must be at least 14 days.</numerusform>
        </translation>
    </message>
    <message>
        <source>The position must be advertised publicly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No applicant is qualified: the position must be advertised again, and the applicants told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The academic assessment needs two members with associate professor qualifications; the committee has %n.</source>
        <translation>
            <numerusform>The academic assessment needs two members with associate professor qualifications; the committee has %n such member.</numerusform>
            <numerusform>The academic assessment needs two members with associate professor qualifications; the committee has %n such members.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has not declared their impartiality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a conflict of interest with %2, who is interviewed or ranked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applicants with a disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applicants with a gap in their CV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applicants with a non-Western immigrant background</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is ranked with %n reference(s); at least two must be obtained.</source>
        <translation>
            <numerusform>%1 is ranked with %n reference; at least two must be obtained.</numerusform>
            <numerusform>%1 is ranked with %n references; at least two must be obtained.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is ranked without a reason for the ranking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is ranked but was not interviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ranks must run 1, 2, 3 … without gaps or ties; they are %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>With %1 qualified applicants, three should be ranked; %n is ranked.</source>
        <translation>
            <numerusform>With %1 qualified applicants, three should be ranked; %n is ranked.</numerusform>
            <numerusform>With %1 qualified applicants, three should be ranked; %n are ranked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Length of a postdoc period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenure-track terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of an MSCA postdoc period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of a PhD period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part-time PhD fellows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of a resident period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty work for residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of a research assistant period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total time as research assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research assistant with a doctorate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research assistant under 15 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One period per institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctoral degree before a postdoc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience outside NTNU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer of a fourth year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave that extends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave of up to six months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave outside the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension for elected office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension for DION/SiN board work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension after health absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension for Norwegian training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum time frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transitional rule of 2006</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New rights under old terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract before start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application for admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement on admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation of the career plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norwegian training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Educational competence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty work in the last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative duty work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research and duty split in the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor for postdocs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobility grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No qualified applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impartiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviews of protected groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three ranked applicants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons and order of the ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranked applicants interviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: done %2, after its deadline %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: due %2 and not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 at %3 %: proposed; gives no extension until the dean approves it (LEAVE-DECISION, § 7.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 at %3 %: rejected by the dean; gives no extension (LEAVE-DECISION, § 7.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 at %3 %: %4 of its %5 weighed days in the period count; the rest falls on days already full with other leave, or beyond the six months of C-LEAVE-CAP (C-LEAVE, %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave for a temporary position or a fellowship abroad extends by 183 weighed days at most, together (C-LEAVE-CAP, § 7.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part-time student (%1 % FTE): no academic assessment, recommendation, interviews or reference checks are required, and those checks are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2 to %3 is proposed: leave of this kind is decided by the dean, and it does not extend the period until approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave for temporary positions and fellowships abroad weighs %1 days; at most six months (183 days) are allowed, and only 183 extend the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extension after health-related absence, but the case records no sick leave: check that the absence is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extension for Norwegian training is approved, but only %1 of the 15 credits are completed: it is granted for completed training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employed under the 2006 regulations without the new rights in the contract: the extension for Norwegian training is a new right, granted only when the employer so decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 2006 regulations may be used only when the position was announced before 2025-03-01 and decided before 2025-08-01 (announced: %1, decided: %2; the start stands in for a date not recorded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Among qualified %1, at least one must be invited to an interview; none was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research assistant who is a part-time student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave decided by the dean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health extension without sick leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norwegian training extension under old terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier period as %1 at %2 (%3 to %4), in the institution register the same institution as %5: no one may have more than one such period at the same institution.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <source>unknown placeholder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a list or a group, not a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry of %1 is not a group of values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tag opened with %1 is never closed with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid placeholder: use letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{/%1}} closes nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{/%1}} closes the section {{%2}} opened on line %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the section {{%1}} opened here is never closed with {{/%1}}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateLibrary</name>
    <message>
        <source>Cannot read the template %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no template %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vacancies</name>
    <message>
        <source>Only a user in the role %1 takes the step to “%2” (§ 1.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The announcement has no title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the position was published is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The position is to be published on %1, which is after today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application deadline is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications are open until the deadline, %1, has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no applicants to assess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No applicant is qualified: the position must be advertised again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No applicant is ranked for the recommendation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision does not name the applicant appointed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not ranked in the recommendation and cannot be appointed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The head of department has not signed the ranking as it stands; it must be signed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vacancy at the stage “%1” cannot go to “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The position was published on %1, before its announcement was adopted on %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VacancyCommand</name>
    <message>
        <source>Lists the vacancies of a database, one per line: id, stage, deadline, number of applicants and title, separated by tabs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the applicants of a CSV file (the recruitment portal&apos;s export) to vacancy ID. The header
line names the columns; columns whose names Rekrutt knows (Navn, E-post, Søknadsnummer...) are
mapped by themselves, --map gives the others their fields. A bad line is named with its line
number and reason, and nothing is imported unless --skip-bad-lines is given. FILE may be -.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vacancy to add the applicants to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column COLUMN (its header name, or its number from 1) holds FIELD (%1), or - to ignore it. May be repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>utf-8 or windows-1252 (default: found from the file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the good lines and skip the bad ones, naming them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read and check the file, and change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--vacancy takes the number of a vacancy (see &apos;vacancy list&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--encoding: &apos;%1&apos; is neither utf-8 nor windows-1252.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: larger than %2 MiB; not an applicant list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map: &apos;%1&apos; is not COLUMN=FIELD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map: &apos;%1&apos; is no field; the fields are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map: the file has no column &apos;%1&apos;; its columns are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n bad line(s); nothing imported. Correct them, or give --skip-bad-lines to import the other lines.</source>
        <translation>
            <numerusform>%1: %n bad line; nothing imported. Correct it, or give --skip-bad-lines to import the other lines.</numerusform>
            <numerusform>%1: %n bad lines; nothing imported. Correct them, or give --skip-bad-lines to import the other lines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; line(s) %1 skipped</source>
        <translation>
            <numerusform>; line %1 skipped</numerusform>
            <numerusform>; lines %1 skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n applicant(s) would be added to vacancy %2 (%3)%4; nothing changed.
</source>
        <translation>
            <numerusform>%1: %n applicant would be added to vacancy %2 (%3)%4; nothing changed.
</numerusform>
            <numerusform>%1: %n applicants would be added to vacancy %2 (%3)%4; nothing changed.
</numerusform>
        </translation>
    </message>
    <message>
        <source>vacancy %1: nothing imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n applicant(s) added to vacancy %2 (%3)%4.
</source>
        <translation>
            <numerusform>%1: %n applicant added to vacancy %2 (%3)%4.
</numerusform>
            <numerusform>%1: %n applicants added to vacancy %2 (%3)%4.
</numerusform>
        </translation>
    </message>
    <message>
        <source>list|import-applicants --db DATABASE [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  list               List the vacancies of a database
  import-applicants  Add the applicants of a CSV file to a vacancy

Run &apos;%1 SUBCOMMAND --help&apos; for the options of one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give list or import-applicants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos;: give list or import-applicants.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VacancyRepository</name>
    <message>
        <source>Cannot read the list of vacancies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the appointments of vacancy %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaitDialog</name>
    <message>
        <source>Please wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: waiting for the database to stop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) so far</source>
        <translation>
            <numerusform>%n second so far</numerusform>
            <numerusform>%n seconds so far</numerusform>
        </translation>
    </message>
    <message>
        <source>Stops the work (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Worklist</name>
    <message>
        <source>Cannot read the extensions waiting for a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the rankings waiting for a signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the overdue deadlines and the cases with errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the leave waiting for a decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Case management for fixed-term recruitment positions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this case database: a file, or postgresql://user@host:port/dbname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this language: nb (Norwegian Bokmål) or en (English).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save pictures of the main screens into this folder, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --screenshots: take this date as today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--today takes a date written YYYY-MM-DD, and only with --screenshots: Rekrutt otherwise takes the system date as today.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rekrutt::ApplicantImportDialog</name>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Applicants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(detected: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Field of each column, above the first rows of the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s first rows; on the left, each row&apos;s line in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separator: semicolon (;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separator: comma (,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field of column %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Skip the %n bad line(s)</source>
        <translation>
            <numerusform>&amp;Skip the bad line</numerusform>
            <numerusform>&amp;Skip the %n bad lines</numerusform>
        </translation>
    </message>
    <message>
        <source>P&amp;roblems: the file cannot be imported as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;roblems: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>P&amp;roblems: %n bad line(s)</source>
        <translation>
            <numerusform>P&amp;roblems: %n bad line</numerusform>
            <numerusform>P&amp;roblems: %n bad lines</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing will be imported until the %n bad line(s) are fixed in the file or skipped.</source>
        <translation>
            <numerusform>Nothing will be imported until the bad line is fixed in the file or skipped.</numerusform>
            <numerusform>Nothing will be imported until the %n bad lines are fixed in the file or skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no applicants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every line is bad: nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n applicant(s) will be imported.</source>
        <translation>
            <numerusform>%n applicant will be imported.</numerusform>
            <numerusform>%n applicants will be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad line(s) skipped: %1.</source>
        <translation>
            <numerusform>%n bad line skipped: %1.</numerusform>
            <numerusform>%n bad lines skipped: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rekrutt::ApplicantsModel</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short key for the applicant, unique in the case (a1, a2...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With no qualified applicant the position must be advertised again (ANN-READVERTISE, § 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CV gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-Western</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every ranked applicant must have been interviewed (RANK-INTERVIEWED, § 5, § 6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 for the first choice; ranks run 1, 2, 3… without gaps or ties (RANK-REASON, § 6). Empty: not ranked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every ranked applicant needs a reason (RANK-REASON, § 6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If a qualified applicant declares this, at least one qualified applicant who declares it must be invited to an interview (INT-GROUPS, § 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited to an interview; the applicant may decline. Ticking Interviewed ticks this too (INT-GROUPS, § 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown on the public applicant list (Freedom of Information Act § 25)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee&apos;s note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The committee&apos;s note on the qualification: what it rests on, or why the applicant is not qualified (§ 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every ranked applicant needs at least two references (REF-TWO, § 6). With the references listed one by one below, this is the number taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant withdrew the application: not ranked, not appointed, not sent letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Told the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the applicant was told the outcome: the place in the ranking, a rejection or the offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the letters go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality of residence. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of birth (the public list shows the age)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked to be left out of the public applicant list (Freedom of Information Act § 25); the extended applicant list marks it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rekrutt::AppointDialog</name>
    <message>
        <source>Appoint Another Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (ranked %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not ranked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone not on the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new appointment comes from the same vacancy: its announcement, committee and applicants are shared, not copied. It is saved at once and opened, in the position this case was announced for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Applicant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ppoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract si&amp;gned on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contract is recorded once it is signed: %1 is after today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract cannot be signed before the appointment was decided on %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rekrutt::AppointmentForm</name>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not stated in the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of recruitment position decides which rules apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department or unit; pick a known one or type a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (by the dates, TRANS-2006)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which rules govern the case. Automatic: the regulations of 2006 when announced before 1 March 2025 and decided before 1 August 2025, otherwise the guidelines of 2025 (TRANS-2006, § 8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period and extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period in months before leave and extensions. PhD: 36–48 FTE months with 36 of doctoral work (LEN-PHD, § 2.4.1); postdoc: 36–48 (LEN-PD, § 2.1.1); resident: 24–48 (LEN-RES, § 2.5); research assistant: at most 24 (LEN-RA, § 2.6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;FTE:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of a full-time position. A PhD fellow may not be below 50 % (PHD-PARTTIME, § 6.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of duty work; the contract must state the split between research and duty work (CON-DISTRIBUTION, § 6.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h/week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hours per week:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research assistants paid by the hour only: the FTE share is hours ÷ 37.5 (C-FTE); under 15 hours needs no recommendation, assessment or contract (RA-PARTTIME, § 2.6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Com&amp;bined with studies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A research assistant combined with studies may be announced internally only (ANN-PUBLIC, § 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents and research assistants linked to a project need a project plan within three months (PLAN-3M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New rights &amp;written into the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under the regulations of 2006, the new rights on language, educational competence and career plans apply only when the contract says so (TRANS-RIGHTS, § 8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announcement, decision and contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Announced:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the position was announced; decides the rules with the decision date (TRANS-2006, § 8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;cided:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the dean&apos;s decision to appoint (TRANS-2006, § 8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract si&amp;gned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract must be signed before the start (CON-BEFORE-START)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record appointment decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty share not stated in the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract does not state the split between research and duty work: an error for PhD and postdoc positions (CON-DISTRIBUTION, § 6.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change duty share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty share not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty share stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records your decision to appoint, dated today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a dean may record the appointment decision (§ 1.1). Choose your role under Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not hourly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duty:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lin&amp;ked to a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record appoint&amp;ment decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ty&amp;pe:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;art:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;TE:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dut&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours per wee&amp;k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to a pro&amp;ject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ann&amp;ounced:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ecided:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One period per institution (ONCE, § 2.1.1, § 2.4.1, § 2.5), compared by the institution register: any name, short name or other name of one institution there is that institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the institution register: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the institution register: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the institution register: it is added as an institution of its own when the case is saved. Pick a name from the list if it is one the register knows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rekrutt::CareerForm</name>
    <message>
        <source>Career</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Career plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Norwegian training in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without Scandinavian at A2, the plan must hold Norwegian training of at least 15 credits, done before the end (CP-LANG, § 2.1.2, § 2.4.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norwegian &amp;credits completed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At 15 credits the training counts as ten weeks of duty work (C-HOURS, § 7.4) unless it was taken as a Norwegian training extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure for &amp;educational competence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A postdoc without educational competence needs a measure for it (CP-EDU, § 2.1.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure for experience &amp;outside NTNU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A postdoc with less than 12 months elsewhere needs a measure for it (PD-EXTERNAL, § 2.1.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add duty work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove duty work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No duty work recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teaching, supervision and other duty work done (§ 3.2), counted against the hours of the contract (§ 3.3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracted duty: %1 hours · credited: %2 hours (C-HOURS, DUTY-BALANCE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norwegian &amp;training in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Norwegian credits completed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals and measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goals or measures written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The career goals agreed with the fellow and the measures to reach them, each with who sees it through (§ 3.1). Norwegian training and educational competence belong here when they are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add co&amp;urse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No courses recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norwegian and educational competence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses taken toward Norwegian (at least 15 credits before the end, § 2.1.2, § 2.4.2) and toward educational competence (§ 2.1.2). The Norwegian courses passed make the credits completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add u&amp;pdate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has not been updated yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is followed up and updated at the annual employee interview (§ 1.1, § 3.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the plan reached, evaluated at the end of the period (CP-END, § 3.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credits of the Norwegian courses passed, below; change them there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rekrutt::CareerMeasuresModel</name>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The career goal the measure serves (§ 3.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be done to reach the goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norwegian training and educational competence belong in the plan when they are needed (§ 3.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who sees the measure through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty while the measure is not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rekrutt::CaseDocument</name>
    <message>
        <source>%1 (the ranking&apos;s signature is withdrawn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the person&apos;s earlier appointments…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rekrutt::CaseEditor</name>
    <message>
        <source>Sections of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) in this section</source>
        <translation>
            <numerusform>%n finding in this section</numerusform>
            <numerusform>%n findings in this section</numerusform>
        </translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields to correct before saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct these fields first; nothing was saved:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Before the case can be saved:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case of %1 has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rekrutt::CaseHeader</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nominal end %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame end %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) proposed</source>
        <translation>
            <numerusform>%n day proposed</numerusform>
            <numerusform>%n days proposed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message>
        <source>no errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>no warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n leave(s) awaiting the dean</source>
        <translation>
            <numerusform>%n leave awaiting the dean</numerusform>
            <numerusform>%n leaves awaiting the dean</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rekrutt::CaseListModel</name>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends within 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>next deadline: date · what</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, case %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominal end %1, extended to %2 by leave and extensions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time frame ends %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open deadlines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, due %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s) missed.</source>
        <translation>
            <numerusform>%n deadline missed.</numerusform>
            <numerusform>%n deadlines missed.</numerusform>
        </translation>
    </message>
    <message>
        <source>No errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s); the first: %1</source>
        <translation>
            <numerusform>%n error: %1</numerusform>
            <numerusform>%n errors; the first: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s), of which %1 for missed deadlines.</source>
        <translation>
            <numerusform>%n warning (%1 for a missed deadline).</numerusform>
            <numerusform>%n warnings, of which %1 for missed deadlines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n warning.</numerusform>
            <numerusform>%n warnings.</numerusform>
        </translation>
    </message>
    <message>
        <source>No open deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, due %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the period as computed, with leave and approved extensions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the appointment stands today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earliest deadline not yet met; overdue ones are marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings that break a rule of the guidelines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings to look at, missed deadlines included.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rekrutt::CaseListPage</name>
    <message>
        <source>Needs &amp;attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, unit, type…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the cases whose name, unit, position or case number contain every word typed (%1). Esc clears the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only cases that need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only cases with errors or missed deadlines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of cases shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n case(s)</source>
        <translation>
            <numerusform>Showing %1 of %n case</numerusform>
            <numerusform>Showing %1 of %n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>cases shown · selected</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message>
        <source>No database open: create one with File ▸ New database (%1) or open one with File ▸ Open database (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cases could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases yet: create one with Case ▸ New case (%1) or import case files with File ▸ Import case files (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case matches the search and the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search and the filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rekrutt::CaseTableModel</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 of %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a decision</source>
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
</context>
<context>
    <name>rekrutt::CommitteeModel</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short key for the member, unique in the case (c1, c2...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assoc. prof. level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least two members at associate professor level or above (ASM-COMMITTEE, § 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impartiality declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every member declares impartiality (ASM-IMPARTIAL, § 1, § 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ids of applicants the member is partial to, separated by commas (a1, a3). A conflict with a ranked or interviewed applicant is an error (ASM-IMPARTIAL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committee member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member of the academic assessment committee; two at associate professor level are needed (ASM-COMMITTEE, § 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruitment group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member of the recruitment group that interviews: normally the position&apos;s immediate manager, staff of the academic community and HR (§ 5). A committee member may be in it too</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rekrutt::CompetenceCoursesModel</name>
    <message>
        <source>Toward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norwegian: at least 15 credits before the end without Scandinavian at A2 (CP-LANG, § 2.1.2, § 2.4.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECTS credits of the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty while the course is under way; the Norwegian courses passed make the credits completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>course</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rekrutt::ConflictsModel</name>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared in the member&apos;s “Conflicts with”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: the conflict stands, and is an error once the applicant is interviewed or ranked (ASM-IMPARTIAL). Found not to apply: the member is not disqualified. Member replaced: the member is disqualified and takes no further part; add the member who replaces them (§ 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tie declared and what was decided of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rekrutt::DatabaseActions</name>
    <message>
        <source>Rekrutt case files (*.case.json *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rekrutt databases (*.rekrutt *.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to shared database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import case files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export case to file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cases</source>
        <comment>the suggested file name of a new database</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already. Rekrutt never overwrites a file: choose a new name, or open it with Open database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import case files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported, because a file could not be read:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s).</source>
        <translation>
            <numerusform>Imported %n case.</numerusform>
            <numerusform>Imported %n cases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The files name %n institution(s) that the institution register did not know: %1. Each was added as an institution of its own. If one is another name of an institution already in the register, make it one in Settings ▸ Institution register, so that one period per institution (ONCE) and the research assistant&apos;s total (RA-TOTAL) see them as one.</source>
        <translation>
            <numerusform>The files name %n institution that the institution register did not know: %1. It was added as an institution of its own. If it is another name of an institution already in the register, make it one in Settings ▸ Institution register, so that one period per institution (ONCE) and the research assistant&apos;s total (RA-TOTAL) see them as one.</numerusform>
            <numerusform>The files name %n institutions that the institution register did not know: %1. Each was added as an institution of its own. If one is another name of an institution already in the register, make it one in Settings ▸ Institution register, so that one period per institution (ONCE) and the research assistant&apos;s total (RA-TOTAL) see them as one.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export case to file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rekrutt office files (*.office.json *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;whole office…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export whole office to one fi&amp;le…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores a whole office exported from another database, with its people, vacancies and appointments linked as they were</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes every case of this database to one office file, to move the office to another database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported, because the office file could not be read:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n appointment(s).</source>
        <translation>
            <numerusform>Imported %n appointment.</numerusform>
            <numerusform>Imported %n appointments.</numerusform>
        </translation>
    </message>
    <message>
        <source>The institution register is now the office file&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database held cases already, so its institution register was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the institution register, each as an institution of its own: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export office</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n appointment(s) to %1</source>
        <translation>
            <numerusform>Exported %n appointment to %1</numerusform>
            <numerusform>Exported %n appointments to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This database holds %n case(s) already. The office file&apos;s appointments will be added beside them, not merged with them: importing an office twice gives every appointment twice. Import it?</source>
        <translation>
            <numerusform>This database holds %n case already. The office file&apos;s appointments will be added beside it, not merged with it: importing an office twice gives every appointment twice. Import it?</numerusform>
            <numerusform>This database holds %n cases already. The office file&apos;s appointments will be added beside them, not merged with them: importing an office twice gives every appointment twice. Import it?</numerusform>
        </translation>
    </message>
    <message>
        <source>The office file holds the vacancies as the recruitment of their appointments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n vacancy(ies) with no appointment yet are not in it: %1.</source>
        <translation>
            <numerusform>%n vacancy with no appointment yet is not in it: %1.</numerusform>
            <numerusform>%n vacancies with no appointment yet are not in it: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of %n other vacancy(ies), the title and the steps taken are not in it.</source>
        <translation>
            <numerusform>Of %n other vacancy, the title and the steps taken are not in it.</numerusform>
            <numerusform>Of %n other vacancies, the title and the steps taken are not in it.</numerusform>
        </translation>
    </message>
    <message>
        <source>They stay in this database; back it up (File ▸ Back up database) to keep them with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the vacancies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rekrutt::DateEdit</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the date (no date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear %1 (no date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the date as 14.03.1996, 14031996 or 1996-03-14, or pick it in the calendar (Alt+Down). Up and Down change the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the date in a calendar (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick %1 in a calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rekrutt::DeadlineListModel</name>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>rule, section</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>given name, family name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>calendar: deadline – person</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 (%2 of the guidelines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rekrutt case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, case %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule the deadline comes from, and its section of the guidelines.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rekrutt::DeadlinesPage</name>
    <message>
        <source>&amp;Export calendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which deadlines to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All open deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue and next 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue and next 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the deadlines shown as a calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the deadlines shown as an iCalendar file (.ics) for Outlook, Google Calendar or Apple Calendar. Exporting again updates the same events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of deadlines shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open deadline(s)</source>
        <translation>
            <numerusform>%n open deadline</numerusform>
            <numerusform>%n open deadlines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n open deadline(s)</source>
        <translation>
            <numerusform>Showing %1 of %n open deadline</numerusform>
            <numerusform>Showing %1 of %n open deadlines</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>deadlines shown · overdue</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>No database open: create one with File ▸ New database (%1) or open one with File ▸ Open database (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cases could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases yet: create one with Case ▸ New case (%1) or import case files with File ▸ Import case files (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open deadlines: every deadline of every case has been met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deadlines fall due in this period, and nothing is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rekrutt deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n deadline(s) to %1.</source>
        <translation>
            <numerusform>Exported %n deadline to %1.</numerusform>
            <numerusform>Exported %n deadlines to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sh&amp;ow:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, unit, type, deadline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;nit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open deadline matches the search and the filters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rekrutt::DeadlinesPanel</name>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done late, on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: due %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rekrutt::DepartmentTimeline</name>
    <message>
        <source>Postdoc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MSCA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenure track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PhD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Int. PhD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dual comp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res. assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) in %1 unit(s), from %2 to %3</source>
        <translation>
            <numerusform>%n case from %2 to %3 (units: %1)</numerusform>
            <numerusform>%n cases from %2 to %3 (units: %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n case(s) shown</source>
        <translation>
            <numerusform>%1: %n case shown</numerusform>
            <numerusform>%1: %n cases shown</numerusform>
        </translation>
    </message>
    <message>
        <source>No unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>overdue by %n day</numerusform>
            <numerusform>overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 due %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2 (nominal end %3 + %n day(s))</source>
        <translation>
            <numerusform>%1 – %2 (nominal end %3 + %n day)</numerusform>
            <numerusform>%1 – %2 (nominal end %3 + %n days)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No period yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Frame end %1: the end lies %n day(s) after it</source>
        <translation>
            <numerusform>Frame end %1: the end lies %n day after it</numerusform>
            <numerusform>Frame end %1: the end lies %n days after it</numerusform>
        </translation>
    </message>
    <message>
        <source>Frame end %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next deadline: %1, %2 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next deadline: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed deadline(s)</source>
        <translation>
            <numerusform>%n missed deadline</numerusform>
            <numerusform>%n missed deadlines</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rekrutt::DepartmentTimelinePage</name>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show ended and future cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without this, the chart shows the cases that end at most three months before today and start at most twelve months after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominal period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case database is open.

Open or create one from the File menu to see its cases on a time line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cases could not be read.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no cases yet.

Import case files or create a new case from the File and Case menus: every appointment then appears here as a bar from its start to its end, with its deadlines, beside the other cases of its unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case %1 is active: none ends after %2 and starts before %3.

Tick “Show ended and future cases” to see them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End after frame end</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rekrutt::DutyWorkModel</name>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PhD-type: no duty work in the last 12 months before the end (DUTY-LAST-YEAR, § 3.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kinds of duty work of § 3.2; administrative work is flagged (DUTY-ADMIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked hours (C-HOURS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original lectures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours of original lectures among them: 50 % extra credit for PhD-type cases (§ 3.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duty work</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rekrutt::ElsewhereNotice</name>
    <message>
        <source>Changed by another user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this notice; your changes stay as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deleted this case at %2. What you see here is no longer stored; saving it will be refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deleted this vacancy at %2. What you see here is no longer stored; saving it will be refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved this case at %2. Your changes here are kept: saving them checks them against theirs, and nothing of theirs is overwritten. Close the case and open it again to see what they changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved this vacancy at %2. Your changes here are kept: saving them checks them against theirs, and nothing of theirs is overwritten. Close the vacancy and open it again to see what they changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rekrutt::ErasureDialog</name>
    <message>
        <source>Sa&amp;ve period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase the ticked…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicants due for erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicants who were not appointed are kept for a period after the vacancy was decided (or re-advertised or cancelled), then erased from every table and from the audit trail, which records that they were. The applicant appointed is kept with the appointment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep applicants for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicants cannot be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No applicant is due: every one not appointed is within %n month(s) of the decision.</source>
        <translation>
            <numerusform>No applicant is due: every one not appointed is within %n month of the decision.</numerusform>
            <numerusform>No applicant is due: every one not appointed is within %n months of the decision.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n applicant(s) kept longer than %1 months after the decision:</source>
        <translation>
            <numerusform>%n applicant kept longer than %1 months after the decision:</numerusform>
            <numerusform>%n applicants kept longer than %1 months after the decision:</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a user in the role %1 erases applicants&apos; data and sets how long they are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Erase the %n ticked…</source>
        <translation>
            <numerusform>&amp;Erase the %n ticked…</numerusform>
            <numerusform>&amp;Erase the %n ticked…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase the personal data of %n applicant(s) from every table and from the audit trail? This cannot be undone; the audit trail records that it was done, and by whom.</source>
        <translation>
            <numerusform>Erase the personal data of %n applicant from every table and from the audit trail? This cannot be undone; the audit trail records that it was done, and by whom.</numerusform>
            <numerusform>Erase the personal data of %n applicants from every table and from the audit trail? This cannot be undone; the audit trail records that it was done, and by whom.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was erased: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Erased %n applicant(s); the values of %1 audit entries were erased with them.</source>
        <translation>
            <numerusform>Erased %n applicant; the values of %1 audit entries were erased with it.</numerusform>
            <numerusform>Erased %n applicants; the values of %1 audit entries were erased with them.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the applicants due…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving how long applicants are kept…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasing the applicants&apos; data…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rekrutt::ExplanationPanel</name>
    <message>
        <source>Computed period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the end date is computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominal end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>+ %n day(s)</source>
        <translation>
            <numerusform>+ %n day</numerusform>
            <numerusform>+ %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Approved extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed, not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no frame applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctoral work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 FTE months</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rekrutt::ExtensionsForm</name>
    <message>
        <source>Extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Propose extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No extensions. Press Insert or &quot;Propose extension&quot; to propose one; a dean then approves or rejects it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the selected extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the selected extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extensions for elected office, DION/SiN board work, unforeseen obstacles, health (§ 7.1, § 7.2), duty work beyond the contract and Norwegian training (§ 7.4). The office proposes; only approved extensions move the end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve extension %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject extension %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a dean may approve or reject extensions (§ 1.1, § 7). Choose your role under Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the selected extension: it then moves the end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved: %1 · proposed, awaiting a decision: %2 (C-GRANTS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rekrutt::ExtensionsModel</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the extension is given (§ 7.1, § 7.2, § 7.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole days. DION/SiN: 14 as member, 28 as chair (EXT-DION, § 7.2); Norwegian training: 70 (EXT-NORWEGIAN, § 7.4); health: at most 92 in all (EXT-HEALTH, § 7.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only approved extensions move the end date (C-GRANTS). Only a dean approves or rejects: select the row and use Approve or Reject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office has documents that justify more than the standard days (EXT-ELECTED, § 7.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded when a dean approves or rejects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This extension was %1 by %2. Only the %3 may change or remove it (§ 1.1, § 7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2. Change the decision? The change is recorded with your name and the time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rekrutt::FindingsPanel</name>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a finding or press Enter to go to the field concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings: the case follows every rule checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to go to the field on the page &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rekrutt::FormBinder</name>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rekrutt::GrantsModel</name>
    <message>
        <source>Host institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (NOK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most NOK 50,000 (MOB-GRANT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobility grant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rekrutt::HelpBrowser</name>
    <message>
        <source>Rekrutt help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topic shown before (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topic shown after (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Rekrutt help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help on this dialog (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rekrutt::HistoryModel</name>
    <message>
        <source>Counted by ONCE (§ 2.1.1, § 2.4.1, § 2.5), RA-TOTAL and RA-DEGREE (§ 2.6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FTE %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of a full-time position, in per cent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>earlier appointment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rekrutt::HistoryPanel</name>
    <message>
        <source>History of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is not saved yet: its history begins when it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n save(s), newest first.</source>
        <translation>
            <numerusform>%n save, newest first.</numerusform>
            <numerusform>%n saves, newest first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rekrutt::IdentityDialog</name>
    <message>
        <source>Who is working?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rekrutt writes your name and role beside every change you make. Only a dean may approve extensions, leave for a stay abroad or a temporary position, and appointments; only a head of department may sign a ranking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are connected to the shared office %1 as %2. Its administrator registered this login as %3 for %4: the server writes your login beside every change you make and accepts only the decisions of that role, so it cannot be chosen here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rekrutt::InstitutionDialog</name>
    <message>
        <source>&amp;Add institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case names its institution as it was written. The register says which names are one institution: one period per institution (ONCE, § 2.1.1, § 2.4.1, § 2.5) and the research assistant&apos;s total (RA-TOTAL, § 2.6) compare by it, ignoring letter case and spacing. Make two names one institution by moving one to the other&apos;s other names. A college merged into another institution is not one of its names unless you make it so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an HR officer changes the register; you see it as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other names (separated by ;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any name, short name or other name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many cases and earlier appointments name the institution by one of its names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the institution register…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rekrutt::InterviewsModel</name>
    <message>
        <source>Interview held on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An employee interview every year, with the career plan as its basis (CP-ANNUAL, § 3.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employee interview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rekrutt::Labels</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rekrutt::LeavesForm</name>
    <message>
        <source>Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No leave recorded. Press Insert or &quot;Add leave&quot; to record one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension from leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the selected leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the selected leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the selected leave: it then extends the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a dean may approve or reject leave for a temporary position, a fellowship abroad or other leave (LEAVE-DECISION, § 7.3). Choose your role under Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve leave %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject leave %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sick leave, parental and care leave, other statutory and contractual leave (§ 7.1) extend the period, weighed by their percentage day by day. Leave for a temporary position or a fellowship abroad (§ 7.3) is decided by the dean and extends once approved, by six months at most together. &quot;Other leave&quot; never extends it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Leave extends the period by %n day(s) (C-LEAVE, C-LEAVE-CAP, C-FIXPOINT).</source>
        <translation>
            <numerusform>Leave extends the period by %n day (C-LEAVE, C-LEAVE-CAP, C-FIXPOINT).</numerusform>
            <numerusform>Leave extends the period by %n days (C-LEAVE, C-LEAVE-CAP, C-FIXPOINT).</numerusform>
        </translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rekrutt::LeavesModel</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every kind but &quot;other&quot; extends the period, weighed per day (LEAVE-EXT, C-LEAVE, § 7.1, § 7.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day of absence (both ends count, C-DATE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day of absence (both ends count, C-DATE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of full working time the leave covers: graded sick leave at 40 % is 40</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar days from the first to the last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave for a temporary position, a fellowship abroad and other leave is decided by the dean; it extends only once approved (LEAVE-DECISION, § 7.3). Statutory leave and sickness are rights: no decision. A dean selects the row and uses Approve or Reject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded when a dean approves or rejects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The days this leave counts: its days inside the period times its percent (C-LEAVE, § 7.1), less what falls on days already full with other leave (a day weighs at most 100 %) or beyond six months of leave for a temporary position or a fellowship abroad (C-LEAVE-CAP, § 7.3). The column adds up to the case&apos;s leave extension, which is rounded up once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This leave was %1 by %2. Only the %3 may change or remove it (LEAVE-DECISION, § 7.3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2. Change the decision? The change is recorded with your name and the time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rekrutt::LetterActions</name>
    <message>
        <source>Applicant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters to the applicants selected (Shift or Ctrl selects several), the extended applicant list and the recommendation, in the language of the Documents menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the applicants in the list first (Shift or Ctrl selects several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>For %n of the applicants selected; left out:</source>
        <translation>
            <numerusform>For %n of the applicants selected; left out:</numerusform>
            <numerusform>For %n of the applicants selected; left out:</numerusform>
        </translation>
    </message>
    <message>
        <source>No letter to write:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) cannot be made.</source>
        <translation>
            <numerusform>%n letter cannot be made.</numerusform>
            <numerusform>%n letters cannot be made.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n letter(s)</source>
        <translation>
            <numerusform>%1, %n letter</numerusform>
            <numerusform>%1, %n letters</numerusform>
        </translation>
    </message>
    <message>
        <source>No letter can be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Export %n letter(s) to the folder</source>
        <translation>
            <numerusform>Export %n letter to the folder</numerusform>
            <numerusform>Export %n letters to the folder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n PDF file(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n PDF file to %1.</numerusform>
            <numerusform>Wrote %n PDF files to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send the letters today? Then %1 is recorded as the day %n applicant(s) were told the outcome (Told the outcome; those with a day already keep theirs).</source>
        <translation>
            <numerusform>Send the letter today? Then %1 is recorded as the day %n applicant was told the outcome (Told the outcome; one with a day already keeps it).</numerusform>
            <numerusform>Send the letters today? Then %1 is recorded as the day %n applicants were told the outcome (Told the outcome; those with a day already keep theirs).</numerusform>
        </translation>
    </message>
    <message>
        <source>Record the day told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the letter&apos;s values…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rekrutt::LetterDetailsDialog</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of the vacancy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 to %n applicant(s): %2.</source>
        <translation>
            <numerusform>%1 to %n applicant: %2.</numerusform>
            <numerusform>%1 to %n applicants: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out of the applicants selected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A room and building, an address, or a video link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answer by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reply by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salary grade 54 (NOK 532 200 a year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Salary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A time or place left empty is written as to be agreed with the case officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An offer without a salary is marked in red, to be filled in before it is sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rekrutt::ListEditor</name>
    <message>
        <source>Adds a row (Insert in the table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1? Undo (Ctrl+Z) brings it back until the case is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the selected row after asking (Delete in the table)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rekrutt::MainWindow</name>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open selected cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department &amp;timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Rekrutt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was updated to this version of Rekrutt; a copy of the old file is kept at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a case database first (File menu).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the case of %1? Its history stays in the audit trail, but the case itself cannot be restored except from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Rekrutt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rekrutt %1

Case management for fixed-term recruitment positions: doctoral research fellows, postdoctoral fellows, residents and research assistants. Computes every period and deadline by the institution&apos;s guidelines for recruitment positions, and explains each result by the section it comes from.

Built with Qt %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>No database open: create one or open a file from the File menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No name and role: choose them to edit (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help on this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Waiting for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacancies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;vacancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vacancies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open vacancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New vacancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicants due for &amp;erasure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the shared office %1 the HR officers add and delete cases and vacancies; as %2 you edit those of your unit or faculty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the shared office is lost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the shared office again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rekrutt::MentorGrantsForm</name>
    <message>
        <source>Mentor and grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A postdoc needs a mentor from another academic environment (PD-MENTOR, § 6.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the &amp;same research group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mentor must come from another academic environment (PD-MENTOR, § 6.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobility grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mobility grants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants of the postdoc programme for stays elsewhere; at most NOK 50,000 each (MOB-GRANT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;In the same research group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dec&amp;lined on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Works in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postdoc &amp;knew the mentor before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assi&amp;gned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First mee&amp;ting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the mentor works, seen from the postdoc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting that starts the mentoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add m&amp;eeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meetings recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor declined on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the postdoc declined the mentor offered (§ 6.2); leave empty otherwise. PD-MENTOR still reports a postdoc without a mentor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s), %1 hours in all</source>
        <translation>
            <numerusform>%n meeting, %1 hours in all</numerusform>
            <numerusform>%n meetings, %1 hours in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rekrutt::MentorMeetingsModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mentor meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hours the meeting took; the programme reports them per year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rekrutt::MilestonesForm</name>
    <message>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans and agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within three months of the start (PLAN-3M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Career plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within three months of the start (CP-REQUIRED, § 3.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Admission applied for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application for admission to the PhD programme within three months (PHD-ADM-3M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admission a&amp;greement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admission agreement within six months (PHD-ADM-6M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supervisor agreement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove i&amp;nterview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No employee interviews recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One every year, with the career plan as its basis (CP-ANNUAL, § 3.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not required for this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An interview was due by %1 and is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next interview due by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1 · done late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1 · done ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1 · overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;reer plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;upervisor agreement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The career plan evaluated at the end of the period (CP-END, § 3.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Career plan evalua&amp;ted on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rekrutt::PasswordDialog</name>
    <message>
        <source>Password for the shared office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the password of %1 for %2. Type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server of %1 asks for the password of %2. Rekrutt uses it for this connection only and never stores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rekrutt::PersonForm</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Together with the names, finds the person&apos;s other cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Doctoral degree:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the doctoral degree. A postdoc needs it by the start (PD-DEGREE, § 2.1); a research assistant may not have one (RA-DEGREE, § 2.6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Months at other institutions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research experience outside NTNU; a postdoc with less than 12 months needs a measure in the career plan (PD-EXTERNAL, § 2.1.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scandinavian language at level A2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without it, the career plan must hold Norwegian training (CP-LANG, § 2.1.2, § 2.4.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Educational competence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without it, a postdoc&apos;s career plan needs a measure for it (CP-EDU, § 2.1.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add earlier appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove earlier appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier appointments recorded. Appointments stored in this database are found by name and birth date and need not be repeated here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier fixed-term appointments of the person, at any institution: one period per institution (ONCE), at most 24 months as research assistant (RA-TOTAL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;octoral degree:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scandinavian &amp;language at level A2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rekrutt::PlanUpdatesModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normally the day of the employee interview (§ 3.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status of the plan and what changes in it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rekrutt::PostgresDialog</name>
    <message>
        <source>Connect to a shared case database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An office that shares its cases keeps them on a PostgreSQL server. The password is used for this connection only and is never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the server offers (encrypted when it can be)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted when the server insists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted when the server can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always encrypted, server not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always encrypted, certificate checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always encrypted, certificate and server name checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rekrutt::PrintActions</name>
    <message>
        <source>&amp;Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print for the &amp;selected cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF for the selected &amp;cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document &amp;language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution &amp;logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove the institution logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a case first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1. %2: %n day(s), %3</source>
        <translation>
            <numerusform>%1. %2: %n day, %3</numerusform>
            <numerusform>%1. %2: %n days, %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The extension for leave: %n day(s)</source>
        <translation>
            <numerusform>The extension for leave: %n day</numerusform>
            <numerusform>The extension for leave: %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Extension decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extension the decision is about:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document cannot be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exporting %1 for %n case(s)…</source>
        <translation>
            <numerusform>Exporting %1 for %n case…</numerusform>
            <numerusform>Exporting %1 for %n cases…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Export %1 for %n case(s) to the folder</source>
        <translation>
            <numerusform>Export %1 for %n case to the folder</numerusform>
            <numerusform>Export %1 for %n cases to the folder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) could not be written.</source>
        <translation>
            <numerusform>%n document could not be written.</numerusform>
            <numerusform>%n documents could not be written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n PDF file(s) to %1</source>
        <translation>
            <numerusform>Wrote %n PDF file to %1</numerusform>
            <numerusform>Wrote %n PDF files to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Print %1 for %n case(s)</source>
        <translation>
            <numerusform>Print %1 for %n case</numerusform>
            <numerusform>Print %1 for %n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>The printer cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Printing %1 for %n case(s)…</source>
        <translation>
            <numerusform>Printing %1 for %n case…</numerusform>
            <numerusform>Printing %1 for %n cases…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) could not be printed.</source>
        <translation>
            <numerusform>%n document could not be printed.</numerusform>
            <numerusform>%n documents could not be printed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Institution logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an image Rekrutt can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo is printed in the header of every document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the document&apos;s values…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rekrutt::RecruitmentForm</name>
    <message>
        <source>Recruitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application &amp;deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announced p&amp;ublicly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announced &amp;internally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove m&amp;ember</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No committee members recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least two members at associate professor level (ASM-COMMITTEE); every member declares impartiality and names the applicants they are partial to (ASM-IMPARTIAL, § 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No applicants recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicants and ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank the qualified applicants 1, 2, 3… with a reason each; every ranked applicant is interviewed and has two references (§ 5, § 6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ranking is not signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking signed by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs the ranking of the applicants in your name, now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the head of department may sign the ranking (§ 6). Choose your role under Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove applican&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the recruitment that &amp;led to this appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add applica&amp;nt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the case with its recruitment first: the new appointment comes from the vacancy as stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save or undo your changes first: the new appointment shares the recruitment as stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appoints another applicant of this vacancy to an appointment of their own, for a second position from the same announcement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appoint Another Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w appointment from this vacancy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New appointment from this vacancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the vacancy&apos;s applicants…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rekrutt::RefereesModel</name>
    <message>
        <source>Referee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who gives the reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail or telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the reference was taken; empty while it is only asked for. The applicant&apos;s count of references is the number taken (REF-TWO, § 6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rekrutt::SectionForm</name>
    <message>
        <source>&amp;Announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicati&amp;on deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 14 days after publication (ANN-DEADLINE, § 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions are announced publicly, except a research assistant combined with studies, for whom an internal announcement suffices (ANN-PUBLIC, § 4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rekrutt::SettingsActions</name>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name and role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Institution…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution &amp;register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The institution&apos;s name, printed in the header of every document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The institution register was saved, and the cases it touches were evaluated again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the institution register as new institutions: %1. If one is another name of an institution already there, make it one in Settings ▸ Institution register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rekrutt shows the new language when it starts again. Restart Rekrutt now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rekrutt could not start again by itself. Start it again to see the new language.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rekrutt::TimelineWidget</name>
    <message>
        <source>Timeline of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period is shown here once the start date and the length are filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Extension from leave: %n day(s)</source>
        <translation>
            <numerusform>Extension from leave: %n day</numerusform>
            <numerusform>Extension from leave: %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n day(s), approved</source>
        <translation>
            <numerusform>%1: %n day, approved</numerusform>
            <numerusform>%1: %n days, approved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n day(s), proposed (not yet decided; the end does not include it)</source>
        <translation>
            <numerusform>%1: %n day, proposed (not yet decided; the end does not include it)</numerusform>
            <numerusform>%1: %n days, proposed (not yet decided; the end does not include it)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n day(s), rejected</source>
        <translation>
            <numerusform>%1: %n day, rejected</numerusform>
            <numerusform>%1: %n days, rejected</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 – %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Gives no extension (LEAVE-EXT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>done %1, %n day(s) late</source>
        <translation>
            <numerusform>done %1, %n day late</numerusform>
            <numerusform>done %1, %n days late</numerusform>
        </translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>overdue by %n day</numerusform>
            <numerusform>overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 due %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today %1 →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Today %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame end %1: the end may not lie after it (C-FRAME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The end lies %n day(s) after the frame end (EXT-FRAME).</source>
        <translation>
            <numerusform>The end lies %n day after the frame end (EXT-FRAME).</numerusform>
            <numerusform>The end lies %n days after the frame end (EXT-FRAME).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>End %1 (nominal %2 + %n day(s))</source>
        <translation>
            <numerusform>End %1 (nominal %2 + %n day)</numerusform>
            <numerusform>End %1 (nominal %2 + %n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Leave: +%n day(s)</source>
        <translation>
            <numerusform>Leave: +%n day</numerusform>
            <numerusform>Leave: +%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Granted extensions: +%n day(s)</source>
        <translation>
            <numerusform>Granted extensions: +%n day</numerusform>
            <numerusform>Granted extensions: +%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>End %1 (no extension)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Proposed, not yet decided: %n day(s)</source>
        <translation>
            <numerusform>Proposed, not yet decided: %n day</numerusform>
            <numerusform>Proposed, not yet decided: %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nominal period %1 – %2 (%n month(s))</source>
        <translation>
            <numerusform>Nominal period %1 – %2 (%n month)</numerusform>
            <numerusform>Nominal period %1 – %2 (%n months)</numerusform>
        </translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominal period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part-time leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave without extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>nominal end %1, extended by %n day(s)</source>
        <translation>
            <numerusform>nominal end %1, extended by %n day</numerusform>
            <numerusform>nominal end %1, extended by %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>no extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame end %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n leave(s)</source>
        <translation>
            <numerusform>%n leave</numerusform>
            <numerusform>%n leaves</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open deadline(s)</source>
        <translation>
            <numerusform>%n open deadline</numerusform>
            <numerusform>%n open deadlines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed: gives no extension until the dean approves it (LEAVE-DECISION).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected by the dean: gives no extension (LEAVE-DECISION).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rekrutt::VacanciesPage</name>
    <message>
        <source>&amp;New vacancy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search title, unit, position, stage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search vacancies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of vacancies shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacancies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vacancies cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n vacancy(ies)</source>
        <translation>
            <numerusform>%n vacancy</numerusform>
            <numerusform>%n vacancies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n vacancy(ies)</source>
        <translation>
            <numerusform>%1 of %n vacancy</numerusform>
            <numerusform>%1 of %n vacancies</numerusform>
        </translation>
    </message>
    <message>
        <source>Open or create a case database (File menu) to see its vacancies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vacancies yet. Start one with New vacancy: a draft announcement, then its steps to the contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vacancy matches the search and the stage chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a vacancy with a draft of its announcement (Case ▸ New vacancy, %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rekrutt::VacancyAnnouncementForm</name>
    <message>
        <source>Position and announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postdoctoral fellow in condensed matter physics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the office and the announcement name the position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position t&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pla&amp;nned start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the appointment is meant to start; it may be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period announced, in months: PhD 36–48 (LEN-PHD, § 2.4.1), postdoc 36–48 (LEN-PD, § 2.1.1), resident 24–48 (LEN-RES, § 2.5), research assistant at most 24 (LEN-RA, § 2.6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of duty &amp;work:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of duty work the position carries (CON-DISTRIBUTION, § 6.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h/week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not hourly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours per wee&amp;k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research assistants paid by the hour only; under 15 hours needs no assessment (RA-PARTTIME, § 2.6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Com&amp;bined with studies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A research assistant combined with studies may be announced internally only (ANN-PUBLIC, § 4) and is not ranked (RA-STUDENT, § 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to a pro&amp;ject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project plan is due within three months (PLAN-3M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announced publ&amp;icly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announced inte&amp;rnally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FT&amp;E:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rekrutt::VacancyApplicantsForm</name>
    <message>
        <source>Applicants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add applica&amp;nt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove applican&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No applicants recorded: add them one by one or import the portal&apos;s export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the applicants of the recruitment portal&apos;s export (CSV, UTF-8 or Windows-1252, comma or semicolon), after a preview where each column is given its field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show applicants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All applicants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited to an interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank the qualified applicants 1, 2, 3… with a reason each; every ranked applicant is interviewed and has two references (§ 5, § 6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import applicants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant lists (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MiB; an applicant list may be at most %3 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n applicant(s) from %1</source>
        <translation>
            <numerusform>Import %n applicant from %1</numerusform>
            <numerusform>Import %n applicants from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not told the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;referee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove r&amp;eferee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References of the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applicant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References: select an applicant above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n applicant(s): %1 qualified, %2 invited, %3 interviewed, %4 ranked, %5 withdrawn</source>
        <translation>
            <numerusform>%n applicant: %1 qualified, %2 invited, %3 interviewed, %4 ranked, %5 withdrawn</numerusform>
            <numerusform>%n applicants: %1 qualified, %2 invited, %3 interviewed, %4 ranked, %5 withdrawn</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rekrutt::VacancyCommitteeForm</name>
    <message>
        <source>Committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove m&amp;ember</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No committee members recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment committee and recruitment group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove conf&amp;lict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts of the member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflict declared: the member&apos;s “Conflicts with” names the applicants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least two members of the committee at associate professor level (ASM-COMMITTEE); the recruitment group normally has the immediate manager, academic staff and HR. Every member declares impartiality and names the applicants they are partial to; each conflict is then resolved: found not to apply, or the member replaced (ASM-IMPARTIAL, § 1, § 5). The interviews cannot begin before the committee is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts: select a member above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts of %1 (replaced: takes no further part):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts of %1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rekrutt::VacancyEditor</name>
    <message>
        <source>Offer declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-advertise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel vacancy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant appointed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointed applicant declined the offer: back to the signed recommendation, and the dean decides again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End this recruitment and advertise the position again; the applicants must be told (ANN-READVERTISE, § 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position and announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
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
        <source>Findings (part E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New vacancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacancy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vacancy %1 has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the vacancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacancy not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vacancy cannot be saved as it is: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · appointed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recruitment has ended: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt: sign the contract…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the draft to start its steps (Ctrl+S).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1, a step for the %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be taken yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the recruitment to %1 and advertise the position again? The applicants must be told (§ 4). This step cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the vacancy %1? Its record and applicants stay until they are erased; no step can follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open vacancy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rekrutt::VacancyListModel</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open for applications until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>No findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rekrutt::WorklistModel</name>
    <message numerus="yes">
        <source>Decide on a proposed extension (%1, %n day(s))</source>
        <translation>
            <numerusform>Decide on a proposed extension (%1, %n day)</numerusform>
            <numerusform>Decide on a proposed extension (%1, %n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sign the recommendation ranking of %n applicant(s)</source>
        <translation>
            <numerusform>Sign the recommendation ranking of %n applicant</numerusform>
            <numerusform>Sign the recommendation ranking of %n applicants</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Fix %n error(s), the first %1</source>
        <translation>
            <numerusform>Fix %n error, the first %1</numerusform>
            <numerusform>Fix %n errors, the first %1</numerusform>
        </translation>
    </message>
    <message>
        <source>due %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since or due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Decide on proposed leave (%1, %n day(s))</source>
        <translation>
            <numerusform>Decide on proposed leave (%1, %n day)</numerusform>
            <numerusform>Decide on proposed leave (%1, %n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rekrutt::WorklistPage</name>
    <message>
        <source>Waiting for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Waiting for %1 as %2: %n item(s)</source>
        <translation>
            <numerusform>Waiting for %1 as %2: %n item</numerusform>
            <numerusform>Waiting for %1 as %2: %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose your name and role with Settings ▸ Name and role (%1): this page then lists what waits for that role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database open: create one with File ▸ New database (%1) or open one with File ▸ Open database (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worklist could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recommendation ranking waits for your signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is overdue and no case has errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No extension or leave waits for your decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the worklist…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rekrutt::Workspace</name>
    <message>
        <source>Nothing was saved: choose your name and role first (Settings ▸ Name and role), so that the case&apos;s history can say who made the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared office %1 does not know the login %2. Ask its administrator to add you (rekrutt-cli admin add-user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the shared office %1 was lost, and connecting again failed: %2 What you changed is still here; try again once the server answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the shared office %1 was lost, and Rekrutt has connected again. Nothing of what failed was kept, and what you changed is still here: do it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1 again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the case list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cancelled opening the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the appointment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cancelled the save: nothing was saved, and what you changed is still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the vacancy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cancelled opening the vacancy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the vacancies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the vacancy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking the step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cancelled the step: the vacancy is where it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing the contract…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Importing %n case(s)…</source>
        <translation>
            <numerusform>Importing %n case…</numerusform>
            <numerusform>Importing %n cases…</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing the office…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the whole office…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the setting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the institution register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the institution register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rekrutt::timeline::LegendWidget</name>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
