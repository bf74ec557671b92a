<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>AdminCommand</name>
    <message>
        <source>Creates the office&apos;s schema in an empty database, or brings it up to date, and the
group roles DATABASE_hr_officer, DATABASE_head_of_department and DATABASE_dean with
what each may do. Run it as the login that owns the database (it needs CREATEROLE),
after each upgrade of Rekrutt too. Users are added with add-user.</source>
        <translation>Oppretter kontorets skjema i en tom database, eller oppdaterer det, og gruppe-
rollene DATABASE_hr_officer, DATABASE_head_of_department og DATABASE_dean med det
hver av dem kan gjøre. Kjør den som innloggingen som eier databasen (den trenger
CREATEROLE), også etter hver oppgradering av Rekrutt. Brukere legges til med add-user.</translation>
    </message>
    <message>
        <source>The office in %1 is at schema %2; its roles %3, %4 and %5 have their privileges.</source>
        <translation>Kontoret i %1 har skjema %2; rollene %3, %4 og %5 har sine rettigheter.</translation>
    </message>
    <message>
        <source>Lists the office&apos;s units, one per line: unit and faculty, separated by a tab.</source>
        <translation>Lister kontorets enheter, én per linje: enhet og fakultet, skilt med tabulator.</translation>
    </message>
    <message>
        <source>Removes a unit that no user is head of.</source>
        <translation>Fjerner en enhet som ingen bruker er leder for.</translation>
    </message>
    <message>
        <source>Adds a unit (a department, as cases and vacancies name it) to a faculty, or
moves it to another. HR officers and deans see the cases of their
faculty&apos;s units, a head of department those of their unit.</source>
        <translation>Legger en enhet (et institutt, slik saker og stillinger kaller det) til et fakultet,
eller flytter den til et annet. HR-rådgivere og dekaner ser sakene til sitt
fakultets enheter, en instituttleder sakene til sin enhet.</translation>
    </message>
    <message>
        <source>The unit, as cases name it.</source>
        <translation>Enheten, slik sakene kaller den.</translation>
    </message>
    <message>
        <source>The faculty it belongs to.</source>
        <translation>Fakultetet den hører til.</translation>
    </message>
    <message>
        <source>--unit is required.</source>
        <translation>--unit må oppgis.</translation>
    </message>
    <message>
        <source>--unit and --faculty are required.</source>
        <translation>--unit og --faculty må oppgis.</translation>
    </message>
    <message>
        <source>Lists the office&apos;s users, one per line: login, name, role, and the unit of a head of
department or the faculty of an HR officer or a dean, separated by tabs.</source>
        <translation>Lister kontorets brukere, én per linje: innlogging, navn, rolle, og enheten til en
instituttleder eller fakultetet til en HR-rådgiver eller dekan, skilt med tabulator.</translation>
    </message>
    <message>
        <source>Registers a login as a user of the office: creates the login when it does not exist
(without a password: set one with psql&apos;s \password, docs/deployment.md), makes it a
member of its role&apos;s group only, and records its name, role and place. Adding a
user again changes their entry.</source>
        <translation>Registrerer en innlogging som bruker av kontoret: oppretter innloggingen når den ikke
finnes (uten passord: sett et med psqls \password, docs/deployment.md), gjør den til
medlem av bare sin rolles gruppe, og lagrer navn, rolle og sted. Å legge til en
bruker på nytt endrer oppføringen.</translation>
    </message>
    <message>
        <source>The login they connect with.</source>
        <translation>Innloggingen de kobler til med.</translation>
    </message>
    <message>
        <source>Their name, as decisions are signed.</source>
        <translation>Navnet, slik vedtak signeres.</translation>
    </message>
    <message>
        <source>hr_officer, head_of_department or dean.</source>
        <translation>hr_officer, head_of_department eller dean.</translation>
    </message>
    <message>
        <source>A head of department&apos;s unit.</source>
        <translation>En instituttleders enhet.</translation>
    </message>
    <message>
        <source>An HR officer&apos;s or a dean&apos;s faculty.</source>
        <translation>En HR-rådgivers eller dekans fakultet.</translation>
    </message>
    <message>
        <source>--login, --name and --role are required.</source>
        <translation>--login, --name og --role må oppgis.</translation>
    </message>
    <message>
        <source>--role: &apos;%1&apos; is none of hr_officer, head_of_department and dean.</source>
        <translation>--role: «%1» er ingen av hr_officer, head_of_department og dean.</translation>
    </message>
    <message>
        <source>a head of department is given --unit, not --faculty.</source>
        <translation>en instituttleder får --unit, ikke --faculty.</translation>
    </message>
    <message>
        <source>an HR officer or a dean is given --faculty, not --unit.</source>
        <translation>en HR-rådgiver eller dekan får --faculty, ikke --unit.</translation>
    </message>
    <message>
        <source>%1 (%2) works in the office as %3 for %4.</source>
        <translation>%1 (%2) arbeider i kontoret som %3 for %4.</translation>
    </message>
    <message>
        <source>Takes a login out of the office: their entry and group membership go, so that they
see nothing; the login and what the audit trail records of them stay.</source>
        <translation>Tar en innlogging ut av kontoret: oppføringen og gruppemedlemskapet forsvinner, så
de ser ingenting; innloggingen og det revisjonssporet har om dem, blir stående.</translation>
    </message>
    <message>
        <source>The login to take out.</source>
        <translation>Innloggingen som skal tas ut.</translation>
    </message>
    <message>
        <source>--login is required.</source>
        <translation>--login må oppgis.</translation>
    </message>
    <message>
        <source>Prints who the server says is connected: login, name, role and place, separated by
tabs, or the login and &quot;administrator&quot;, or the login alone when the office does
not know it.</source>
        <translation>Skriver hvem tjeneren sier er koblet til: innlogging, navn, rolle og sted, skilt med
tabulator, eller innloggingen og «administrator», eller bare innloggingen når kontoret
ikke kjenner den.</translation>
    </message>
    <message>
        <source>setup|units|set-unit|remove-unit|users|add-user|remove-user|whoami --db DATABASE [options]</source>
        <translation>setup|units|set-unit|remove-unit|users|add-user|remove-user|whoami --db DATABASE [valg]</translation>
    </message>
    <message>
        <source>Usage: %1 %2</source>
        <translation>Bruk: %1 %2</translation>
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
        <translation>  setup        Opprett kontorets skjema og roller, eller oppdater dem
  units        List enhetene og fakultetene deres
  set-unit     Legg en enhet til et fakultet, eller flytt den
  remove-unit  Fjern en enhet ingen er leder for
  users        List brukerne, rollene og stedene deres
  add-user     Registrer en innlogging som HR-rådgiver, instituttleder eller dekan
  remove-user  Ta en innlogging ut av kontoret
  whoami       Hvem tjeneren sier er koblet til

Kjør «%1 UNDERKOMMANDO --help» for valgene til én; docs/deployment.md beskriver
hele oppsettet.</translation>
    </message>
    <message>
        <source>give a subcommand (setup, users, add-user...).</source>
        <translation>oppgi en underkommando (setup, users, add-user ...).</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos;.</source>
        <translation>ukjent underkommando «%1».</translation>
    </message>
</context>
<context>
    <name>ApplicantCsvReader</name>
    <message>
        <source>text after the closing quote of a quoted field</source>
        <translation>tekst etter det avsluttende anførselstegnet i et felt i anførselstegn</translation>
    </message>
    <message>
        <source>a quote inside a field that does not start with one (write it as &quot;&quot; inside a quoted field)</source>
        <translation>et anførselstegn inne i et felt som ikke begynner med ett (skriv det som &quot;&quot; inne i et felt i anførselstegn)</translation>
    </message>
    <message>
        <source>the quoted field that starts on this line is never closed</source>
        <translation>feltet i anførselstegn som begynner på denne linjen, blir aldri avsluttet</translation>
    </message>
    <message>
        <source>not valid UTF-8 text</source>
        <translation>ikke gyldig UTF-8-tekst</translation>
    </message>
    <message>
        <source>the text has %1 characters; at most %2 are allowed</source>
        <translation>teksten har %1 tegn; høyst %2 er tillatt</translation>
    </message>
    <message>
        <source>the text contains the control character U+%1</source>
        <translation>teksten inneholder kontrolltegnet U+%1</translation>
    </message>
    <message>
        <source>expected a whole number, found &quot;%1&quot;</source>
        <translation>ventet et helt tall, fant «%1»</translation>
    </message>
    <message>
        <source>%1 is out of range: must be from %2 to %3</source>
        <translation>%1 er utenfor gyldig område: må være fra %2 til %3</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>linje %1</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>kolonne %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 bytes, the most an applicant file may have</source>
        <translation>filen er større enn %1 byte, det meste en søkerfil kan ha</translation>
    </message>
    <message>
        <source>the file is empty: expected a header line naming the columns</source>
        <translation>filen er tom: ventet en overskriftslinje som navngir kolonnene</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;; allowed: %2</source>
        <translation>ukjent kolonne «%1»; tillatt: %2</translation>
    </message>
    <message>
        <source>the column appears more than once in the header</source>
        <translation>kolonnen står mer enn én gang i overskriftslinjen</translation>
    </message>
    <message>
        <source>more than %1 applicants; at most %1 are allowed</source>
        <translation>mer enn %1 søkere; høyst %1 er tillatt</translation>
    </message>
    <message>
        <source>the line has %1 fields; the header has %2</source>
        <translation>linjen har %1 felt; overskriftslinjen har %2</translation>
    </message>
    <message>
        <source>expected true or false (or yes, no, ja, nei, 1, 0), found &quot;%1&quot;</source>
        <translation>ventet true eller false (eller yes, no, ja, nei, 1, 0), fant «%1»</translation>
    </message>
    <message>
        <source>the name must not be empty</source>
        <translation>navnet kan ikke være tomt</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is already used on line %2</source>
        <translation>id-en «%1» er allerede brukt på linje %2</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>kan ikke åpne filen: %1</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Etternavn</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Kvalifisert</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Funksjonsnedsettelse</translation>
    </message>
    <message>
        <source>CV gap</source>
        <translation>Hull i CV</translation>
    </message>
    <message>
        <source>Non-Western immigrant</source>
        <translation>Ikke-vestlig innvandrer</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invitert</translation>
    </message>
    <message>
        <source>Interviewed</source>
        <translation>Intervjuet</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referanser</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rangering</translation>
    </message>
    <message>
        <source>Reason for rank</source>
        <translation>Begrunnelse for rangering</translation>
    </message>
    <message>
        <source>the byte 0x%1 is not a character in Windows-1252</source>
        <translation>byten 0x%1 er ikke et tegn i Windows-1252</translation>
    </message>
    <message>
        <source>the given name and the family name are both empty; every applicant needs a name</source>
        <translation>både fornavn og etternavn er tomme; hver søker må ha et navn</translation>
    </message>
    <message>
        <source>the header has no column &quot;name&quot; (nor &quot;givenName&quot; or &quot;familyName&quot;); every applicant needs a name</source>
        <translation>overskriften har ingen kolonne «name» (og heller ikke «givenName» eller «familyName»); hver søker må ha et navn</translation>
    </message>
    <message>
        <source>the header has %1 columns; at most %2 can be mapped</source>
        <translation>overskriften har %1 kolonner; høyst %2 kan knyttes til felt</translation>
    </message>
    <message>
        <source>the column is mapped to &quot;%1&quot;, which is no applicant field; allowed: %2</source>
        <translation>kolonnen er knyttet til «%1», som ikke er et søkerfelt; tillatt: %2</translation>
    </message>
    <message>
        <source>the column is mapped to the field &quot;%1&quot;, as column %2 is already; a field takes one column</source>
        <translation>kolonnen er knyttet til feltet «%1», som kolonne %2 allerede er; et felt tar én kolonne</translation>
    </message>
    <message>
        <source>no column is mapped to the name, nor to the given name or family name; every applicant needs a name</source>
        <translation>ingen kolonne er knyttet til navnet, fornavnet eller etternavnet; hver søker må ha et navn</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Finn selv</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation>«%1» er ikke en e-postadresse</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <source>Municipality of residence</source>
        <translation>Bostedskommune</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Fødselsår</translation>
    </message>
    <message>
        <source>Exemption from the public list requested</source>
        <translation>Ber om unntak fra offentlig søkerliste</translation>
    </message>
    <message>
        <source>Committee&apos;s note</source>
        <translation>Komiteens merknad</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Trukket</translation>
    </message>
</context>
<context>
    <name>ApplicantErasure</name>
    <message>
        <source>Cannot list the applicants due for erasure</source>
        <translation>Kan ikke liste søkerne som skal slettes</translation>
    </message>
    <message>
        <source>Cannot erase the applicants&apos; data</source>
        <translation>Kan ikke slette søkernes opplysninger</translation>
    </message>
    <message>
        <source>Nothing was erased: the audit trail has a problem that must be looked into first (rekrutt-cli verify): %1</source>
        <translation>Ingenting ble slettet: endringsloggen har et problem som må undersøkes først (rekrutt-cli verify): %1</translation>
    </message>
    <message>
        <source>Nothing was erased: applicant %1 of vacancy %2 is no longer due for erasure (changed or erased meanwhile); list them again.</source>
        <translation>Ingenting ble slettet: søker %1 til stilling %2 skal ikke lenger slettes (endret eller slettet i mellomtiden); list dem på nytt.</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>Cannot write the audit trail</source>
        <translation>Kan ikke skrive til endringsloggen</translation>
    </message>
    <message>
        <source>Cannot read the history of case %1</source>
        <translation>Kan ikke lese historikken for sak %1</translation>
    </message>
    <message>
        <source>Cannot read the triggers of the audit trail</source>
        <translation>Kan ikke lese utløserne (triggere) for endringsloggen</translation>
    </message>
    <message>
        <source>the trigger %1 that keeps the audit trail append-only is missing: entries can be changed or removed.</source>
        <translation>utløseren %1 som hindrer at endringsloggen endres, mangler: oppføringer kan endres eller fjernes.</translation>
    </message>
    <message>
        <source>the trigger %1 that keeps the audit trail append-only is disabled: entries can be changed or removed.</source>
        <translation>utløseren %1 som hindrer at endringsloggen endres, er slått av: oppføringer kan endres eller fjernes.</translation>
    </message>
    <message>
        <source>Cannot read the audit trail</source>
        <translation>Kan ikke lese endringsloggen</translation>
    </message>
    <message>
        <source>the audit trail entry %1 (case %2, %3.%4, written %5 by %6) does not follow from the entry before it: it, or the one before it, was changed, inserted or removed after it was written.</source>
        <translation>oppføring %1 i endringsloggen (sak %2, %3.%4, skrevet %5 av %6) henger ikke sammen med oppføringen før: den, eller den før, ble endret, satt inn eller fjernet etter at den ble skrevet.</translation>
    </message>
    <message>
        <source>the audit trail has %1 more broken links.</source>
        <translation>endringsloggen har %1 brudd til i kjeden.</translation>
    </message>
    <message>
        <source>Cannot link the entries of the audit trail</source>
        <translation>Kan ikke kjede sammen oppføringene i endringsloggen</translation>
    </message>
    <message>
        <source>Cannot read the history of vacancy %1</source>
        <translation>Kan ikke lese historikken til stilling %1</translation>
    </message>
    <message>
        <source>Cannot erase values of the audit trail</source>
        <translation>Kan ikke slette verdier i endringsloggen</translation>
    </message>
</context>
<context>
    <name>CaseReader</name>
    <message>
        <source>expected a text in quotes, found %1</source>
        <translation>forventet en tekst i anførselstegn, fant %1</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>forventet true eller false, fant %1</translation>
    </message>
    <message>
        <source>%1 is out of range: must be from %2 to %3</source>
        <translation>%1 er utenfor tillatt område: må være fra %2 til %3</translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation>forventet et tall, fant %1</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>forventet et heltall, fant %1</translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD, found %1</source>
        <translation>forventet en dato på formen ÅÅÅÅ-MM-DD, fant %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date of the form YYYY-MM-DD</source>
        <translation>«%1» er ikke en dato på formen ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>%1: the year must be from %2 to %3</source>
        <translation>%1: året må være fra %2 til %3</translation>
    </message>
    <message>
        <source>%1 is not a date in the calendar</source>
        <translation>%1 er ikke en gyldig kalenderdato</translation>
    </message>
    <message>
        <source>unknown value %1; allowed: %2</source>
        <translation>ukjent verdi %1; tillatte verdier: %2</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>obligatorisk felt mangler</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>kan ikke være tomt</translation>
    </message>
    <message>
        <source>%1 is before %2 %3: the end must not come before the start</source>
        <translation>%1 er før %2 %3: sluttdatoen kan ikke ligge før startdatoen</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>ukjent felt «%1»; mente du «%2»?</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;; allowed here: %2</source>
        <translation>ukjent felt «%1»; tillatte felt her: %2</translation>
    </message>
    <message>
        <source>expected an object { ... }, found %1</source>
        <translation>forventet et objekt { ... }, fant %1</translation>
    </message>
    <message>
        <source>expected a list [ ... ], found %1</source>
        <translation>forventet en liste [ ... ], fant %1</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is already used by %2</source>
        <translation>ID-en «%1» er allerede brukt av %2</translation>
    </message>
    <message>
        <source>%1 original lecture hours is more than the %2 hours worked</source>
        <translation>%1 timer originalforelesning er mer enn de %2 timene som er arbeidet</translation>
    </message>
    <message>
        <source>required field is missing: a case file starts with &quot;format&quot;: &quot;%1&quot;</source>
        <translation>obligatorisk felt mangler: en saksfil begynner med &quot;format&quot;: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unsupported format %1; expected &quot;%2&quot;</source>
        <translation>formatet %1 støttes ikke; forventet &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the input is empty: expected a JSON object</source>
        <translation>inndataene er tomme: forventet et JSON-objekt</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at line %2, column %3 (offset %4)</source>
        <translation>ugyldig JSON: %1 på linje %2, kolonne %3 (posisjon %4)</translation>
    </message>
    <message>
        <source>expected a JSON object { ... } at the top level</source>
        <translation>forventet et JSON-objekt { ... } på øverste nivå</translation>
    </message>
    <message>
        <source>the field appears more than once in the same object</source>
        <translation>feltet forekommer mer enn én gang i samme objekt</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>standard inndata</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>kan ikke åpne filen: %1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>kan ikke lese filen: %1</translation>
    </message>
    <message>
        <source>the text has %1 characters; at most %2 are allowed</source>
        <translation>teksten har %1 tegn; høyst %2 er tillatt</translation>
    </message>
    <message>
        <source>the list has %1 entries; at most %2 are allowed</source>
        <translation>listen har %1 oppføringer; høyst %2 er tillatt</translation>
    </message>
    <message>
        <source>the input is larger than %1 bytes, the most a case file may have</source>
        <translation>inndataene er større enn %1 byte, det meste en saksfil kan ha</translation>
    </message>
    <message>
        <source>objects and lists are nested more than %1 levels deep</source>
        <translation>objekter og lister er nøstet mer enn %1 nivåer dypt</translation>
    </message>
    <message>
        <source>a control character stands unescaped in a text; JSON writes it as \u0001</source>
        <translation>et kontrolltegn står uten escape i en tekst; JSON skriver det som \u0001</translation>
    </message>
    <message>
        <source>not a number as JSON writes it (such as 12, -0.5 or 1e3)</source>
        <translation>ikke et tall slik JSON skriver det (som 12, -0.5 eller 1e3)</translation>
    </message>
    <message>
        <source>the byte order mark (EF BB BF) stands twice at the start; a file has it once at most</source>
        <translation>byte order mark (EF BB BF) står to ganger i starten; en fil har det høyst én gang</translation>
    </message>
    <message>
        <source>a %1 leave is a right and has no status; only temporary_position, fellowship_abroad and other leave is decided by the dean</source>
        <translation>permisjon av typen %1 er en rettighet og har ingen status; bare temporary_position, fellowship_abroad og other avgjøres av dekanen</translation>
    </message>
    <message>
        <source>the case has no mentor, so nothing can be recorded of one</source>
        <translation>saken har ingen mentor, så ingenting kan registreres om en</translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <source>Cannot look up %1 %2</source>
        <translation>Kan ikke slå opp %1 %2</translation>
    </message>
    <message>
        <source>Cannot store %1 %2</source>
        <translation>Kan ikke lagre %1 %2</translation>
    </message>
    <message>
        <source>Cannot store the case of %1</source>
        <translation>Kan ikke opprette saken til %1</translation>
    </message>
    <message>
        <source>Cannot save the case of %1</source>
        <translation>Kan ikke lagre saken til %1</translation>
    </message>
    <message>
        <source>Cannot store the evaluation of case %1</source>
        <translation>Kan ikke lagre kontrollresultatet for sak %1</translation>
    </message>
    <message>
        <source>Cannot read case %1</source>
        <translation>Kan ikke lese sak %1</translation>
    </message>
    <message>
        <source>There is no case %1 in the database.</source>
        <translation>Sak %1 finnes ikke i databasen.</translation>
    </message>
    <message>
        <source>Cannot read the earlier appointments</source>
        <translation>Kan ikke lese tidligere tilsettinger</translation>
    </message>
    <message>
        <source>Cannot read the other cases of the person</source>
        <translation>Kan ikke lese personens andre saker</translation>
    </message>
    <message>
        <source>Cannot read the list of cases</source>
        <translation>Kan ikke lese sakslisten</translation>
    </message>
    <message>
        <source>Cannot store a new person</source>
        <translation>Kan ikke lagre en ny person</translation>
    </message>
    <message>
        <source>Cannot store the recruitment of %1</source>
        <translation>Kan ikke lagre rekrutteringen til %1</translation>
    </message>
    <message>
        <source>Cannot save the recruitment of %1</source>
        <translation>Kan ikke lagre rekrutteringen til %1</translation>
    </message>
    <message>
        <source>Cannot remove the recruitment of %1</source>
        <translation>Kan ikke fjerne rekrutteringen til %1</translation>
    </message>
    <message>
        <source>Cannot read the appointments from the vacancy</source>
        <translation>Kan ikke lese tilsettingene fra stillingen</translation>
    </message>
    <message>
        <source>Cannot read the person %1 %2</source>
        <translation>Kan ikke lese personen %1 %2</translation>
    </message>
    <message>
        <source>Cannot read person %1</source>
        <translation>Kan ikke lese person %1</translation>
    </message>
    <message>
        <source>Cannot read vacancy %1</source>
        <translation>Kan ikke lese stilling %1</translation>
    </message>
    <message>
        <source>There is no vacancy %1 in the database.</source>
        <translation>Det finnes ingen stilling %1 i databasen.</translation>
    </message>
    <message>
        <source>Cannot store the evaluation of vacancy %1</source>
        <translation>Kan ikke lagre vurderingen av stilling %1</translation>
    </message>
    <message>
        <source>Cannot look up the persons of the import</source>
        <translation>Kan ikke slå opp personene i importen</translation>
    </message>
    <message>
        <source>the server&apos;s lists are not JSON</source>
        <translation>listene fra tjeneren er ikke JSON</translation>
    </message>
    <message numerus="yes">
        <source>Cannot read %n case(s)</source>
        <translation>
            <numerusform>Kan ikke lese %n sak</numerusform>
            <numerusform>Kan ikke lese %n saker</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cannot store the evaluation of %n case(s)</source>
        <translation>
            <numerusform>Kan ikke lagre vurderingen av %n sak</numerusform>
            <numerusform>Kan ikke lagre vurderingen av %n saker</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseTransaction</name>
    <message>
        <source>Cannot delete case %1</source>
        <translation>Kan ikke slette sak %1</translation>
    </message>
    <message>
        <source>Cannot store the recruitment of %1</source>
        <translation>Kan ikke lagre rekrutteringen til %1</translation>
    </message>
    <message>
        <source>Cannot save the recruitment of %1</source>
        <translation>Kan ikke lagre rekrutteringen til %1</translation>
    </message>
    <message>
        <source>%1 %2 was changed through another of their appointments while this one was being made. Nothing was saved: make it again.</source>
        <translation>%1 %2 ble endret gjennom en annen av personens tilsettinger mens denne ble laget. Ingenting ble lagret: lag den på nytt.</translation>
    </message>
    <message>
        <source>vacancy %1</source>
        <translation>stilling %1</translation>
    </message>
    <message>
        <source>Cannot store the vacancy %1</source>
        <translation>Kan ikke lagre stillingen %1</translation>
    </message>
    <message>
        <source>Cannot save %1</source>
        <translation>Kan ikke lagre %1</translation>
    </message>
</context>
<context>
    <name>CaseValidation</name>
    <message>
        <source>Family name is required.</source>
        <translation>Etternavn må fylles ut.</translation>
    </message>
    <message>
        <source>Given name is required.</source>
        <translation>Fornavn må fylles ut.</translation>
    </message>
    <message>
        <source>Months at other institutions is %1: it must be from %2 to %3.</source>
        <translation>Måneder ved andre institusjoner er %1: det må være fra %2 til %3.</translation>
    </message>
    <message>
        <source>Start of the appointment is required.</source>
        <translation>Start på tilsettingen må fylles ut.</translation>
    </message>
    <message>
        <source>Length is %1 months: it must be from %2 to %3 months.</source>
        <translation>Lengde er %1 måneder: den må være fra %2 til %3 måneder.</translation>
    </message>
    <message>
        <source>Duty is %1 %: it must be from %2 % to %3 %.</source>
        <translation>Karrierefremmende arbeid er %1 %: det må være fra %2 % til %3 %.</translation>
    </message>
    <message>
        <source>Earlier appointment %1: Start is required.</source>
        <translation>Tidligere tilsetting %1: Start må fylles ut.</translation>
    </message>
    <message>
        <source>Earlier appointment %1: End is required.</source>
        <translation>Tidligere tilsetting %1: Slutt må fylles ut.</translation>
    </message>
    <message>
        <source>Earlier appointment %1: End (%2) is before Start (%3).</source>
        <translation>Tidligere tilsetting %1: Slutt (%2) er før Start (%3).</translation>
    </message>
    <message>
        <source>Leave %1: From is required.</source>
        <translation>Permisjon %1: Fra må fylles ut.</translation>
    </message>
    <message>
        <source>Leave %1: To is required.</source>
        <translation>Permisjon %1: Til må fylles ut.</translation>
    </message>
    <message>
        <source>Leave %1: To (%2) is before From (%3).</source>
        <translation>Permisjon %1: Til (%2) er før Fra (%3).</translation>
    </message>
    <message>
        <source>Leave %1: Percent is %2: it must be from %3 to %4.</source>
        <translation>Permisjon %1: Prosent er %2: den må være fra %3 til %4.</translation>
    </message>
    <message>
        <source>Extension %1: Days is %2: it must be from %3 to %4.</source>
        <translation>Forlengelse %1: Dager er %2: det må være fra %3 til %4.</translation>
    </message>
    <message>
        <source>Norwegian credits completed is %1: it must be from %2 to %3.</source>
        <translation>Fullførte studiepoeng i norsk er %1: det må være fra %2 til %3.</translation>
    </message>
    <message>
        <source>Duty work %1: To (%2) is before From (%3).</source>
        <translation>Karrierefremmende arbeid %1: Til (%2) er før Fra (%3).</translation>
    </message>
    <message>
        <source>Duty work %1: Hours is %2: it must be from %3 to %4.</source>
        <translation>Karrierefremmende arbeid %1: Timer er %2: det må være fra %3 til %4.</translation>
    </message>
    <message>
        <source>Duty work %1: Original lectures is %2: it must be from %3 to %4.</source>
        <translation>Karrierefremmende arbeid %1: Originalforelesninger er %2: det må være fra %3 til %4.</translation>
    </message>
    <message>
        <source>Duty work %1: Original lectures (%2 hours) are more than Hours (%3).</source>
        <translation>Karrierefremmende arbeid %1: Originalforelesninger (%2 timer) er flere enn Timer (%3).</translation>
    </message>
    <message>
        <source>Mobility grant %1: Amount is NOK %2: it must be from %3 to %4.</source>
        <translation>Mobilitetsstipend %1: Beløp er %2 kr: det må være fra %3 til %4.</translation>
    </message>
    <message>
        <source>Applicant %1: References is %2: it must be from %3 to %4.</source>
        <translation>Søker %1: Referanser er %2: det må være fra %3 til %4.</translation>
    </message>
    <message>
        <source>Applicant %1: Rank is %2: it must be from %3 to %4.</source>
        <translation>Søker %1: Rangering er %2: den må være fra %3 til %4.</translation>
    </message>
    <message>
        <source>FTE is %1 %: it must be from %2 % to %3 %.</source>
        <translation>Stillingsprosent er %1 %: den må være fra %2 % til %3 %.</translation>
    </message>
    <message>
        <source>Hours per week is %1: it must be from %2 to %3.</source>
        <translation>Timer per uke er %1: det må være fra %2 til %3.</translation>
    </message>
    <message>
        <source>Earlier appointment %1: FTE is %2 %: it must be from %3 % to %4 %.</source>
        <translation>Tidligere tilsetting %1: stillingsprosent er %2 %: den må være fra %3 % til %4 %.</translation>
    </message>
    <message>
        <source>Applicant %1: the ID %2 is that of applicant %3 already.</source>
        <translation>Søker %1: ID-en %2 tilhører allerede søker %3.</translation>
    </message>
    <message>
        <source>Committee member %1: the ID %2 is that of committee member %3 already.</source>
        <translation>Komitémedlem %1: ID-en %2 tilhører allerede komitémedlem %3.</translation>
    </message>
    <message>
        <source>Applicant %1: the e-mail address %2 is not one: it needs a name, &quot;@&quot; and a domain, as in kari@example.no.</source>
        <translation>Søker %1: e-postadressen %2 er ikke gyldig: den må ha et navn, «@» og et domene, som i kari@example.no.</translation>
    </message>
    <message>
        <source>Applicant %1: Year of birth is %2: it must be from %3 to %4.</source>
        <translation>Søker %1: Fødselsår er %2: det må være fra %3 til %4.</translation>
    </message>
    <message>
        <source>Applicant %1 has withdrawn the application and cannot be ranked: clear the rank or the withdrawal.</source>
        <translation>Søker %1 har trukket søknaden og kan ikke rangeres: fjern rangeringen eller tilbaketrekkingen.</translation>
    </message>
    <message>
        <source>Applicant %1, reference %2: the referee&apos;s name is required.</source>
        <translation>Søker %1, referanse %2: navnet på referansen må fylles ut.</translation>
    </message>
    <message>
        <source>Committee member %1 is in neither the assessment committee nor the recruitment group: tick one.</source>
        <translation>Komitémedlem %1 er verken i bedømmelseskomiteen eller rekrutteringsgruppen: kryss av for én.</translation>
    </message>
    <message>
        <source>Committee member %1: a conflict with %2 is resolved, but none with %2 is declared.</source>
        <translation>Komitémedlem %1: en interessekonflikt med %2 er avgjort, men ingen med %2 er meldt.</translation>
    </message>
    <message>
        <source>Measure %1: the goal is required.</source>
        <translation>Tiltak %1: målet må fylles ut.</translation>
    </message>
    <message>
        <source>Measure %1: what will be done is required.</source>
        <translation>Tiltak %1: hva som skal gjøres må fylles ut.</translation>
    </message>
    <message>
        <source>Course %1: its name is required.</source>
        <translation>Emne %1: navnet må fylles ut.</translation>
    </message>
    <message>
        <source>Course %1: Credits is %2: it must be from %3 to %4.</source>
        <translation>Emne %1: Studiepoeng er %2: det må være fra %3 til %4.</translation>
    </message>
    <message>
        <source>Norwegian credits completed is %1, but the Norwegian courses passed give %2: record the credits with the courses.</source>
        <translation>Fullførte studiepoeng i norsk er %1, men de beståtte norskemnene gir %2: registrer studiepoengene med emnene.</translation>
    </message>
    <message>
        <source>Update %1 of the plan: the date is required.</source>
        <translation>Oppdatering %1 av planen: datoen må fylles ut.</translation>
    </message>
    <message>
        <source>Update %1 of the plan: what was agreed is required.</source>
        <translation>Oppdatering %1 av planen: hva som ble avtalt må fylles ut.</translation>
    </message>
    <message>
        <source>Mentor meeting %1: the date is required.</source>
        <translation>Mentormøte %1: datoen må fylles ut.</translation>
    </message>
    <message>
        <source>Mentor meeting %1: Hours is %2: it must be from %3 to %4.</source>
        <translation>Mentormøte %1: Timer er %2: det må være fra %3 til %4.</translation>
    </message>
</context>
<context>
    <name>CaseWriter</name>
    <message>
        <source>Cannot write the case file %1: %2</source>
        <translation>Kan ikke skrive saksfilen %1: %2</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Vis denne hjelpen og avslutt.</translation>
    </message>
    <message>
        <source>The date to take as today when deciding which deadlines are overdue (default: the system date).</source>
        <translation>Datoen som skal regnes som dagens dato når det avgjøres hvilke frister som er oversittet (standard: systemdatoen).</translation>
    </message>
    <message>
        <source>Write the messages in nb (Norwegian Bokmål) or en (English) (default: from the locale).</source>
        <translation>Skriv meldingene på nb (norsk bokmål) eller en (engelsk) (standard: etter språkinnstillingen).</translation>
    </message>
    <message>
        <source>The case file to evaluate; - reads standard input.</source>
        <translation>Saksfilen som skal kontrolleres; - leser fra standard inndata.</translation>
    </message>
    <message>
        <source>no case file given.</source>
        <translation>ingen saksfil er oppgitt.</translation>
    </message>
    <message>
        <source>give one case file, not %1.</source>
        <translation>oppgi én saksfil, ikke %1.</translation>
    </message>
    <message>
        <source>--today: &apos;%1&apos; is not a calendar date of the form YYYY-MM-DD.</source>
        <translation>--today: «%1» er ikke en gyldig dato på formen ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>--lang: &apos;%1&apos; is not a language Rekrutt speaks; use nb or en.</source>
        <translation>--lang: «%1» er ikke et språk Rekrutt kan; bruk nb eller en.</translation>
    </message>
    <message>
        <source>Evaluates the case in %1 (format rekrutt-case/1), or case ID of the case database, and prints
the period, the deadlines, the findings and an explanation as one JSON document (format
rekrutt-result/1). A stored case is evaluated with what the database knows besides it: the
person&apos;s other appointments and the working hours of an FTE year.

Exit status: 0 evaluated, no error finding; 1 evaluated, at least one error finding;
2 the input could not be evaluated (standard error says why).</source>
        <translation>Kontrollerer saken i %1 (formatet rekrutt-case/1), eller sak ID i saksdatabasen, og skriver ut
perioden, fristene, funnene og en forklaring som ett JSON-dokument (formatet rekrutt-result/1).
En lagret sak kontrolleres med det databasen ellers vet: personens andre tilsettinger og
arbeidstimene i et årsverk.

Avslutningsstatus: 0 kontrollert, ingen funn av typen feil;
1 kontrollert, minst ett funn av typen feil;
2 inndataene kunne ikke kontrolleres (årsaken skrives til standard feilutgang).</translation>
    </message>
    <message>
        <source>Evaluate a case of this case database instead of a file: a SQLite file, or postgresql://user@host:port/dbname. Needs --case.</source>
        <translation>Kontroller en sak i denne saksdatabasen i stedet for en fil: en SQLite-fil eller postgresql://user@host:port/dbname. Krever --case.</translation>
    </message>
    <message>
        <source>The id of the case in the database given by --db.</source>
        <translation>ID-en til saken i databasen som er oppgitt med --db.</translation>
    </message>
    <message>
        <source>%1 [--today YYYY-MM-DD] [--lang nb|en] %2
   or: %1 [--today YYYY-MM-DD] [--lang nb|en] --db DATABASE --case ID</source>
        <translation>%1 [--today YYYY-MM-DD] [--lang nb|en] %2
 eller: %1 [--today YYYY-MM-DD] [--lang nb|en] --db DATABASE --case ID</translation>
    </message>
    <message>
        <source>give either a case file or --db and --case, not both.</source>
        <translation>oppgi enten en saksfil eller --db og --case, ikke begge.</translation>
    </message>
    <message>
        <source>--case needs --db.</source>
        <translation>--case krever --db.</translation>
    </message>
    <message>
        <source>--db needs --case.</source>
        <translation>--db krever --case.</translation>
    </message>
    <message>
        <source>--case: &apos;%1&apos; is not a case id.</source>
        <translation>--case: «%1» er ikke en saks-ID.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Evaluate a case file against the rules and print the result as JSON</source>
        <translation>Kontroller en saksfil mot reglene og skriv ut resultatet som JSON</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos; for more information.</source>
        <translation>Kjør «%1 --help» for mer informasjon.</translation>
    </message>
    <message>
        <source>%1 [options] COMMAND [command options]</source>
        <translation>%1 [valg] COMMAND [kommandovalg]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Kommandoer:</translation>
    </message>
    <message>
        <source>Show the help of a command</source>
        <translation>Vis hjelpen for en kommando</translation>
    </message>
    <message>
        <source>Run &apos;%1 COMMAND --help&apos; for the options of a command.</source>
        <translation>Kjør «%1 COMMAND --help» for å se valgene til en kommando.</translation>
    </message>
    <message>
        <source>Rekrutt computes the fixed-term periods of recruitment positions and checks the rules.</source>
        <translation>Rekrutt beregner tilsettingsperioden for rekrutteringsstillinger og kontrollerer at reglene er fulgt.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Vis denne hjelpen og avslutt.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Vis versjonsnummeret og avslutt.</translation>
    </message>
    <message>
        <source>The command to run (see Commands).</source>
        <translation>Kommandoen som skal kjøres (se Kommandoer).</translation>
    </message>
    <message>
        <source>no command given.</source>
        <translation>ingen kommando er oppgitt.</translation>
    </message>
    <message>
        <source>help takes one command.</source>
        <translation>help tar bare én kommando.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>ukjent kommando «%1».</translation>
    </message>
    <message>
        <source>Print a document of a stored case (contract, career plan...) to a PDF file</source>
        <translation>Skriv ut et dokument fra en lagret sak (arbeidsavtale, karriereplan …) til en PDF-fil</translation>
    </message>
    <message>
        <source>Create an empty case database</source>
        <translation>Opprett en tom saksdatabase</translation>
    </message>
    <message>
        <source>Store case files in a database, all of them or none</source>
        <translation>Lagre saksfiler i en database, enten alle eller ingen</translation>
    </message>
    <message>
        <source>List the cases of a database with their end dates and findings</source>
        <translation>List opp sakene i en database med sluttdatoer og funn</translation>
    </message>
    <message>
        <source>Copy a database consistently while it may be in use</source>
        <translation>Ta en konsistent kopi av en database, også mens den er i bruk</translation>
    </message>
    <message>
        <source>Check that a database is sound and its stored results are current</source>
        <translation>Kontroller at en database er feilfri og at de lagrede resultatene er oppdaterte</translation>
    </message>
    <message>
        <source>Create a database with a realistic demo office of about 60 cases</source>
        <translation>Opprett en database med et realistisk demokontor på rundt 60 saker</translation>
    </message>
    <message>
        <source>Print the institution register of a database, or replace it from a file</source>
        <translation>Skriv ut institusjonsregisteret til en database, eller erstatt det fra en fil</translation>
    </message>
    <message>
        <source>Write cases of a database as case files, or the whole office to one file</source>
        <translation>Skriv saker fra en database som saksfiler, eller hele kontoret til én fil</translation>
    </message>
    <message>
        <source>List the vacancies of a database, or import applicants into one from a CSV file</source>
        <translation>List stillingene i en database, eller importer søkere til en av dem fra en CSV-fil</translation>
    </message>
    <message>
        <source>List, or erase, the applicants whose retention period after the decision has ended</source>
        <translation>List, eller slett, søkerne der lagringstiden etter vedtaket er ute</translation>
    </message>
    <message>
        <source>Write a letter of a vacancy (acknowledgement, rejection, offer...) or its applicant list to a PDF file</source>
        <translation>Skriv et brev for en stilling (bekreftelse, avslag, tilbud ...) eller søkerlisten til en PDF-fil</translation>
    </message>
    <message>
        <source>Set up a shared office on PostgreSQL and keep its units and users</source>
        <translation>Sett opp et delt kontor på PostgreSQL og hold enhetene og brukerne</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>Databasen %1 finnes ikke.</translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2</source>
        <translation>Kan ikke opprette databasen %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: check that the file exists and that you may read it.</source>
        <translation>Kan ikke lese %1: kontroller at filen finnes, og at du har lesetilgang til den.</translation>
    </message>
    <message>
        <source>%1 is not a Rekrutt database (it is not an SQLite database file). It was left untouched.</source>
        <translation>%1 er ikke en Rekrutt-database (filen er ikke en SQLite-database). Filen er ikke endret.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Kan ikke åpne databasen %1: %2</translation>
    </message>
    <message>
        <source>The database %1 is locked by another program. Close it there and try again.</source>
        <translation>Databasen %1 er låst av et annet program. Lukk den der, og prøv igjen.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). It was left untouched; restore it from a backup.</source>
        <translation>Databasen %1 er skadet (%2). Den er ikke endret; gjenopprett den fra en sikkerhetskopi.</translation>
    </message>
    <message>
        <source>Cannot prepare the database %1: %2</source>
        <translation>Kan ikke klargjøre databasen %1: %2</translation>
    </message>
    <message>
        <source>This installation cannot reach PostgreSQL: the Qt PostgreSQL driver is missing (install libqt6sql6-psql).</source>
        <translation>Denne installasjonen kan ikke koble til PostgreSQL: Qt-driveren for PostgreSQL mangler (installer libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Kan ikke koble til %1: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the connection</source>
        <translation>Kan ikke klargjøre tilkoblingen</translation>
    </message>
    <message>
        <source>Cannot read the schema version</source>
        <translation>Kan ikke lese skjemaversjonen</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Rekrutt (schema %2; this program knows up to %3). Use the newer Rekrutt; the database was left untouched.</source>
        <translation>%1 er laget med en nyere versjon av Rekrutt (skjema %2; dette programmet kjenner skjema til og med %3). Bruk den nyere versjonen av Rekrutt; databasen er ikke endret.</translation>
    </message>
    <message>
        <source>Cannot keep a copy of %1 before updating it; nothing was changed</source>
        <translation>Kan ikke ta en kopi av %1 før oppdateringen; ingenting er endret</translation>
    </message>
    <message>
        <source>Cannot save the setting %1</source>
        <translation>Kan ikke lagre innstillingen %1</translation>
    </message>
    <message>
        <source>the database is busy in another program; try again in a moment</source>
        <translation>databasen er opptatt i et annet program; prøv igjen om litt</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disken er full</translation>
    </message>
    <message>
        <source>the database is read-only</source>
        <translation>databasen er skrivebeskyttet</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file for the backup.</source>
        <translation>%1 finnes allerede; velg en ny fil for sikkerhetskopien.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1</source>
        <translation>Kan ikke skrive sikkerhetskopien %1</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a Rekrutt case database. It was left untouched.</source>
        <translation>%1 er en database fra et annet program, ikke en saksdatabase for Rekrutt. Den er ikke endret.</translation>
    </message>
    <message>
        <source>%1 is an empty file (0 bytes), not a Rekrutt database. It was left untouched; if it held cases, restore it from a backup.</source>
        <translation>%1 er en tom fil (0 byte), ikke en Rekrutt-database. Den ble ikke endret; hvis den hadde saker, kan du hente den tilbake fra en sikkerhetskopi.</translation>
    </message>
    <message>
        <source>The database %1 is on a read-only disk: it can be read there (list, export, check), not changed. The file is intact; copy it to a writable folder to work on it.</source>
        <translation>Databasen %1 ligger på en skrivebeskyttet disk: den kan leses der (list, export, check), men ikke endres. Filen er uskadd; kopier den til en mappe du kan skrive i for å arbeide med den.</translation>
    </message>
    <message>
        <source>The disk that holds %1 is full: nothing can be written to the database until there is free space. Nothing was changed; the file is intact.</source>
        <translation>Disken som har %1, er full: ingenting kan skrives til databasen før det er ledig plass. Ingenting ble endret; filen er uskadd.</translation>
    </message>
    <message>
        <source>%1 could not run.</source>
        <translation>%1 kunne ikke kjøres.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The login %1 may not read the shared office %2: its administrator has not added it, or has taken it out (rekrutt-cli admin add-user).</source>
        <translation>Innloggingen %1 får ikke lese det delte kontoret %2: administratoren har ikke lagt den til, eller har tatt den ut (rekrutt-cli admin add-user).</translation>
    </message>
    <message>
        <source>Cannot check who owns the database</source>
        <translation>Kan ikke sjekke hvem som eier databasen</translation>
    </message>
    <message>
        <source>The database %1 is at schema %2 and this Rekrutt needs schema %3. Only its administrator may bring it up to date (rekrutt-cli admin setup); nothing was changed.</source>
        <translation>Databasen %1 har skjema %2, og denne Rekrutt trenger skjema %3. Bare administratoren kan oppdatere den (rekrutt-cli admin setup); ingenting ble endret.</translation>
    </message>
    <message>
        <source>your role in the shared office may not do this (the server refused to change %1)</source>
        <translation>rollen din i det delte kontoret kan ikke gjøre dette (tjeneren nektet å endre %1)</translation>
    </message>
    <message>
        <source>the case or vacancy would belong to a unit you do not work for, and the server refused it</source>
        <translation>saken eller stillingen ville høre til en enhet du ikke arbeider for, og tjeneren nektet det</translation>
    </message>
    <message>
        <source>the server does not offer TLS, which the chosen TLS mode requires; choose another mode, or ask the office&apos;s IT to turn TLS on</source>
        <translation>tjeneren tilbyr ikke TLS, som den valgte TLS-modusen krever; velg en annen modus, eller be kontorets IT om å slå på TLS</translation>
    </message>
    <message>
        <source>the server did not accept the password of this login</source>
        <translation>tjeneren godtok ikke passordet til denne innloggingen</translation>
    </message>
    <message>
        <source>the server&apos;s certificate could not be checked (the CA certificate belongs in ~/.postgresql/root.crt, and the address must be the name in the certificate)</source>
        <translation>tjenerens sertifikat kunne ikke kontrolleres (CA-sertifikatet skal ligge i ~/.postgresql/root.crt, og adressen må være navnet i sertifikatet)</translation>
    </message>
    <message>
        <source>no database server answers at that address and port</source>
        <translation>ingen databasetjener svarer på den adressen og porten</translation>
    </message>
    <message>
        <source>the connection to the server was lost</source>
        <translation>forbindelsen til tjeneren ble brutt</translation>
    </message>
    <message>
        <source>Cannot connect to %1 again: %2</source>
        <translation>Kan ikke koble til %1 igjen: %2</translation>
    </message>
    <message>
        <source>the server wants this login&apos;s password: type it when Rekrutt asks (the connection dialog, the terminal), or keep it in ~/.pgpass</source>
        <translation>tjeneren vil ha passordet til denne innloggingen: skriv det inn når Rekrutt spør (tilkoblingsdialogen, terminalen), eller legg det i ~/.pgpass</translation>
    </message>
    <message>
        <source>cancelled, as you asked</source>
        <translation>avbrutt, slik du ba om</translation>
    </message>
    <message>
        <source>Cannot write to the database</source>
        <translation>Kan ikke skrive til databasen</translation>
    </message>
    <message>
        <source>Cannot read the columns of the tables</source>
        <translation>Kan ikke lese kolonnene i tabellene</translation>
    </message>
    <message>
        <source>The database has no column %1 in its table %2.</source>
        <translation>Databasen har ingen kolonne %1 i tabellen %2.</translation>
    </message>
</context>
<context>
    <name>DatabaseCommands</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Vis denne hjelpen og avslutt.</translation>
    </message>
    <message>
        <source>--db is required.</source>
        <translation>--db må oppgis.</translation>
    </message>
    <message>
        <source>Creates an empty case database (a SQLite file, readable by you only), or brings an existing one up to
this version of Rekrutt.</source>
        <translation>Oppretter en tom saksdatabase (en SQLite-fil som bare du kan lese), eller oppdaterer en eksisterende database
til denne versjonen av Rekrutt.</translation>
    </message>
    <message>
        <source>%1: schema %2, ready.
</source>
        <translation>%1: skjema %2, klar.
</translation>
    </message>
    <message>
        <source>Case files (format rekrutt-case/1).</source>
        <translation>Saksfiler (formatet rekrutt-case/1).</translation>
    </message>
    <message>
        <source>no case file given.</source>
        <translation>ingen saksfil er oppgitt.</translation>
    </message>
    <message>
        <source>nothing was imported: %1</source>
        <translation>ingenting ble importert: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fil</numerusform>
            <numerusform>%n filer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s) into %1.
</source>
        <translation>
            <numerusform>Importerte %n sak til %1.
</numerusform>
            <numerusform>Importerte %n saker til %1.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the case with this id.</source>
        <translation>Bare saken med denne ID-en.</translation>
    </message>
    <message>
        <source>The folder to write to (created when missing).</source>
        <translation>Mappen det skal skrives til (opprettes hvis den mangler).</translation>
    </message>
    <message>
        <source>--out is required.</source>
        <translation>--out må oppgis.</translation>
    </message>
    <message>
        <source>--case: &apos;%1&apos; is not a case id.</source>
        <translation>--case: «%1» er ikke en saks-ID.</translation>
    </message>
    <message>
        <source>cannot create the folder %1.</source>
        <translation>kan ikke opprette mappen %1.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n case file(s) to %1.
</source>
        <translation>
            <numerusform>Skrev %n saksfil til %1.
</numerusform>
            <numerusform>Skrev %n saksfiler til %1.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Lists every case: id, name, type, start, computed end, next deadline and the number of errors and
warnings. With --json, an array of objects with the keys id, familyName, givenName, type, start, end,
nextDeadline, errors and warnings.</source>
        <translation>Lister opp alle saker: ID, navn, type, start, beregnet slutt, neste frist og antall feil og
advarsler. Med --json: en liste med objekter med nøklene id, familyName, givenName, type, start, end,
nextDeadline, errors og warnings.</translation>
    </message>
    <message>
        <source>Only cases whose name, unit or type contains this text.</source>
        <translation>Bare saker der navn, enhet eller type inneholder denne teksten.</translation>
    </message>
    <message>
        <source>The date that decides which deadlines are missed (default: the system date).</source>
        <translation>Datoen som avgjør hvilke frister som er oversittet (standard: systemdatoen).</translation>
    </message>
    <message>
        <source>Write JSON for scripts.</source>
        <translation>Skriv JSON for skript.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slutt</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Neste frist</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Feil</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advarsler</translation>
    </message>
    <message>
        <source>Writes a consistent copy of the database to a new SQLite file, also while others work in it.</source>
        <translation>Skriver en konsistent kopi av databasen til en ny SQLite-fil, også mens andre arbeider i den.</translation>
    </message>
    <message>
        <source>The new file (must not exist).</source>
        <translation>Den nye filen (kan ikke finnes fra før).</translation>
    </message>
    <message>
        <source>--to is required.</source>
        <translation>--to må oppgis.</translation>
    </message>
    <message>
        <source>Backup written to %1.
</source>
        <translation>Sikkerhetskopien er skrevet til %1.
</translation>
    </message>
    <message>
        <source>schema %1, expected %2.</source>
        <translation>skjema %1, forventet %2.</translation>
    </message>
    <message>
        <source>case %1: the stored result is out of date (end %2, now %3).</source>
        <translation>sak %1: det lagrede resultatet er utdatert (slutt %2, nå %3).</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n case(s) checked, %2.
</source>
        <translation>
            <numerusform>%1: %n sak kontrollert, %2.
</numerusform>
            <numerusform>%1: %n saker kontrollert, %2.
</numerusform>
        </translation>
    </message>
    <message>
        <source>no problems</source>
        <translation>ingen problemer</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problemer</numerusform>
        </translation>
    </message>
    <message>
        <source>Creates a database holding a realistic demo office: about 60 cases of every type, with leave,
extensions and recruitment, dated around today. Refuses a database that holds cases already.</source>
        <translation>Oppretter en database med et realistisk demokontor: rundt 60 saker av alle typer, med permisjoner,
forlengelser og rekruttering, datert rundt dagens dato. Avviser en database som allerede har saker.</translation>
    </message>
    <message>
        <source>Date the demo around this day (default: today).</source>
        <translation>Dater demoen rundt denne dagen (standard: i dag).</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n case(s) already; the demo goes into a new database.</source>
        <translation>
            <numerusform>%1 har allerede %n sak; demoen må legges i en ny database.</numerusform>
            <numerusform>%1 har allerede %n saker; demoen må legges i en ny database.</numerusform>
        </translation>
    </message>
    <message>
        <source>demo office</source>
        <translation>demokontor</translation>
    </message>
    <message>
        <source>The case database: a file, or postgresql://user@host:port/dbname, with ?sslmode=verify-full or another libpq sslmode if wanted (the password from PGPASSWORD or ~/.pgpass, never in the address).</source>
        <translation>Saksdatabasen: en fil, eller postgresql://bruker@vert:port/dbnavn, med ?sslmode=verify-full eller en annen sslmode fra libpq om ønskelig (passordet fra PGPASSWORD eller ~/.pgpass, aldri i adressen).</translation>
    </message>
    <message>
        <source>Checks the database: the file&apos;s integrity and foreign keys (SQLite), the schema version, the audit
trail (its hash chain unbroken, its triggers in place), that every case loads and that its stored result
equals a fresh evaluation. Exit status 0 when all is well, 1 when a problem was found, 2 when the
database could not be opened.</source>
        <translation>Kontrollerer databasen: filens integritet og fremmednøkler (SQLite), skjemaversjonen, endringsloggen
(hashkjeden uten brudd, utløserne på plass), at hver sak lar seg laste og at det lagrede resultatet er lik
en ny vurdering. Avslutningsstatus 0 når alt er i orden, 1 når et problem ble funnet, 2 når databasen ikke
kunne åpnes.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n institution(s) the institution register did not know, each as an institution of its own: %1. If one is another name of a registered institution, make it one (rekrutt-cli institutions).
</source>
        <translation>
            <numerusform>La til %n institusjon som institusjonsregisteret ikke kjente, som en egen institusjon: %1. Er den et annet navn på en registrert institusjon, gjør dem til én (rekrutt-cli institutions).</numerusform>
            <numerusform>La til %n institusjoner som institusjonsregisteret ikke kjente, hver som en egen institusjon: %1. Er en av dem et annet navn på en registrert institusjon, gjør dem til én (rekrutt-cli institutions).</numerusform>
        </translation>
    </message>
    <message>
        <source>Reads every case file and stores them all in one transaction: either every case is stored, or none
is and the first problem is named. With --office, stores a whole office exported by &apos;export
--office&apos;, keeping its people, vacancies and appointments linked as they were.</source>
        <translation>Leser alle saksfilene og lagrer dem i én transaksjon: enten lagres alle sakene, eller ingen,
og det første problemet nevnes. Med --office lagres et helt kontor eksportert med «export
--office», med personer, stillinger og ansettelser knyttet sammen slik de var.</translation>
    </message>
    <message>
        <source>An office file (format rekrutt-office/1).</source>
        <translation>En kontorfil (format rekrutt-office/1).</translation>
    </message>
    <message>
        <source>give either case files or --office, not both.</source>
        <translation>gi enten saksfiler eller --office, ikke begge.</translation>
    </message>
    <message numerus="yes">
        <source>The institution register is the office file&apos;s (%n institution(s)).
</source>
        <translation>
            <numerusform>Institusjonsregisteret er kontorfilens (%n institusjon).
</numerusform>
            <numerusform>Institusjonsregisteret er kontorfilens (%n institusjoner).
</numerusform>
        </translation>
    </message>
    <message>
        <source>The database holds cases already: its institution register was kept, not the file&apos;s.
</source>
        <translation>Databasen har saker fra før: institusjonsregisteret dens ble beholdt, ikke filens.
</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n appointment(s) into %1.
</source>
        <translation>
            <numerusform>Importerte %n ansettelse til %1.
</numerusform>
            <numerusform>Importerte %n ansettelser til %1.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the office to %1: %2 appointment(s), %3 person(s), %4 vacancy(ies).
</source>
        <translation>Skrev kontoret til %1: %2 ansettelse(r), %3 person(er), %4 stilling(er).
</translation>
    </message>
    <message>
        <source>Writes cases as case files (format rekrutt-case/1), one file per case named ID-family-given.case.json.
With --office, writes the whole office to one file (format rekrutt-office/1): its people, vacancies and
appointments linked by id, what was decided and signed, and the institution register.</source>
        <translation>Skriver saker som saksfiler (format rekrutt-case/1), én fil per sak med navnet ID-etternavn-fornavn.case.json.
Med --office skrives hele kontoret til én fil (format rekrutt-office/1): personer, stillinger og
ansettelser knyttet sammen med id, det som er vedtatt og signert, og institusjonsregisteret.</translation>
    </message>
    <message>
        <source>The office file to write.</source>
        <translation>Kontorfilen som skal skrives.</translation>
    </message>
    <message>
        <source>--office writes every case to one file: give it without --out and --case.</source>
        <translation>--office skriver alle saker til én fil: gi det uten --out og --case.</translation>
    </message>
    <message>
        <source>Created the demo office in %1: %2 cases and %3 vacancies.
</source>
        <translation>Opprettet demokontoret i %1: %2 saker og %3 stillinger.
</translation>
    </message>
    <message>
        <source>warning: the vacancy %1 has no appointment yet and is not in the office file; it stays in the database.
</source>
        <translation>advarsel: stillingen %1 har ingen tilsetting ennå og er ikke med i kontorfilen; den blir liggende i databasen.
</translation>
    </message>
    <message>
        <source>warning: the titles and steps of %1 vacancies are not in the office file; they stay in the database.
</source>
        <translation>advarsel: titlene og stegene til %1 stillinger er ikke med i kontorfilen; de blir liggende i databasen.
</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a calendar date of the form YYYY-MM-DD.</source>
        <translation>--%1: &apos;%2&apos; er ikke en kalenderdato på formen ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passord for %1: </translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>No database given: name a file or a postgresql://user@host:port/dbname address.</source>
        <translation>Ingen database er oppgitt: oppgi en fil eller en adresse på formen postgresql://user@host:port/dbname.</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL address of the form postgresql://user@host:port/dbname.</source>
        <translation>%1 er ikke en PostgreSQL-adresse på formen postgresql://user@host:port/dbname.</translation>
    </message>
    <message>
        <source>%1 holds a password: others could read it in the process list and the shell&apos;s history. Leave it out; give it in PGPASSWORD or ~/.pgpass, or type it when Rekrutt asks.</source>
        <translation>%1 inneholder et passord: andre kan lese det i prosesslisten og i skallets historikk. Ta det ut; oppgi det i PGPASSWORD eller ~/.pgpass, eller skriv det når Rekrutt spør.</translation>
    </message>
    <message>
        <source>%1: the parameter “%2” is not understood; only sslmode may be given.</source>
        <translation>%1: parameteren «%2» forstås ikke; bare sslmode kan oppgis.</translation>
    </message>
    <message>
        <source>%1: sslmode “%2” is not one of %3.</source>
        <translation>%1: sslmode «%2» er ikke en av %3.</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>A date is required here.</source>
        <translation>Her må det stå en dato.</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>This is not a date. Type day, month and year, such as 14.03.1996, 14031996 or 1996-03-14.</source>
        <translation>Dette er ikke en dato. Skriv dag, måned og år, for eksempel 14.03.1996, 14031996 eller 1996-03-14.</translation>
    </message>
    <message>
        <source>The year %1 is not between %2 and %3.</source>
        <translation>Året %1 er ikke mellom %2 og %3.</translation>
    </message>
    <message>
        <source>There is no month %1: months go from 1 to 12.</source>
        <translation>Det finnes ingen måned %1: månedene går fra 1 til 12.</translation>
    </message>
    <message numerus="yes">
        <source>There is no day %1 in that month: it has %n day(s).</source>
        <translation>
            <numerusform>Det finnes ingen dag %1 i den måneden: den har %n dag.</numerusform>
            <numerusform>Det finnes ingen dag %1 i den måneden: den har %n dager.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not the name of a month.</source>
        <translation>«%1» er ikke navnet på en måned.</translation>
    </message>
    <message>
        <source>Type the year with four digits, or two.</source>
        <translation>Skriv året med fire sifre, eller to.</translation>
    </message>
</context>
<context>
    <name>Decisions</name>
    <message>
        <source>An extension that was approved or rejected can be changed or removed only in the role that decided it (§ 1.1, § 7): %1.</source>
        <translation>En forlengelse som er innvilget eller avslått, kan bare endres eller fjernes i rollen som avgjorde den (§ 1.1, § 7): %1.</translation>
    </message>
    <message>
        <source>Only a dean may approve or reject an extension (§ 1.1, § 7).</source>
        <translation>Bare en dekan kan innvilge eller avslå en forlengelse (§ 1.1, § 7).</translation>
    </message>
    <message>
        <source>A leave that was approved or rejected can be changed or removed only in the role that decided it (§ 1.1, § 7.3): %1.</source>
        <translation>En permisjon som er innvilget eller avslått, kan bare endres eller fjernes i rollen som avgjorde den (§ 1.1, § 7.3): %1.</translation>
    </message>
    <message>
        <source>Only a dean may approve or reject leave for a temporary position, a fellowship abroad or other leave (LEAVE-DECISION, § 7.3).</source>
        <translation>Bare dekanen kan innvilge eller avslå permisjon for midlertidig stilling, utenlandsopphold eller annen permisjon (LEAVE-DECISION, § 7.3).</translation>
    </message>
    <message>
        <source>Only a dean may record or withdraw the appointment decision (§ 1.1).</source>
        <translation>Bare dekanen kan registrere eller trekke tilbake tilsettingsvedtaket (§ 1.1).</translation>
    </message>
    <message>
        <source>Only the head of department may sign the ranking (§ 6).</source>
        <translation>Bare instituttlederen kan signere rangeringen (§ 6).</translation>
    </message>
</context>
<context>
    <name>DocumentBuilder</name>
    <message>
        <source>The case has no extension number %1.</source>
        <translation>Saken har ingen forlengelse nummer %1.</translation>
    </message>
    <message>
        <source>DRAFT – not valid: %1</source>
        <translation>UTKAST – ikke gyldig: %1</translation>
    </message>
    <message>
        <source>Draft. The case breaks these rules, and this document is not valid until they are put right:</source>
        <translation>Utkast. Saken bryter disse reglene, og dokumentet er ikke gyldig før de er rettet:</translation>
    </message>
</context>
<context>
    <name>DocumentRenderer</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the document could not be laid out.</source>
        <translation>Kan ikke skrive %1: dokumentet kunne ikke settes opp.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Employment contract</source>
        <translation>Arbeidsavtale</translation>
    </message>
    <message>
        <source>Career plan</source>
        <translation>Karriereplan</translation>
    </message>
    <message>
        <source>Plan for duty work</source>
        <translation>Plan for karrierefremmende arbeid</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Innstilling</translation>
    </message>
    <message>
        <source>Extension decision</source>
        <translation>Vedtak om forlengelse</translation>
    </message>
    <message>
        <source>Period statement</source>
        <translation>Beregning av tilsettingsperioden</translation>
    </message>
    <message>
        <source>Acknowledgement of application</source>
        <translation>Bekreftelse på mottatt søknad</translation>
    </message>
    <message>
        <source>Invitation to interview</source>
        <translation>Innkalling til intervju</translation>
    </message>
    <message>
        <source>Request for references</source>
        <translation>Forespørsel om referanse</translation>
    </message>
    <message>
        <source>Notice of place in the ranking</source>
        <translation>Melding om plass i innstillingen</translation>
    </message>
    <message>
        <source>Rejection</source>
        <translation>Avslag</translation>
    </message>
    <message>
        <source>Notice of re-advertisement</source>
        <translation>Melding om ny utlysning</translation>
    </message>
    <message>
        <source>Offer of employment</source>
        <translation>Tilbud om tilsetting</translation>
    </message>
    <message>
        <source>Extended applicant list</source>
        <translation>Utvidet søkerliste</translation>
    </message>
</context>
<context>
    <name>Enums</name>
    <message>
        <source>Postdoctoral fellow</source>
        <translation>Postdoktor</translation>
    </message>
    <message>
        <source>MSCA postdoctoral fellow</source>
        <translation>MSCA-postdoktor</translation>
    </message>
    <message>
        <source>Postdoctoral fellow on tenure-track terms</source>
        <translation>Postdoktor på innstegsvilkår</translation>
    </message>
    <message>
        <source>Doctoral research fellow</source>
        <translation>Stipendiat</translation>
    </message>
    <message>
        <source>Integrated PhD</source>
        <translation>Integrert ph.d.</translation>
    </message>
    <message>
        <source>Dual-competence programme</source>
        <translation>Dobbeltkompetanseutdanning</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Spesialistkandidat</translation>
    </message>
    <message>
        <source>Research assistant</source>
        <translation>Vitenskapelig assistent</translation>
    </message>
    <message>
        <source>NTNU guidelines of 2 January 2025</source>
        <translation>NTNUs retningslinjer av 2. januar 2025</translation>
    </message>
    <message>
        <source>Regulations of 2006 (transitional rule)</source>
        <translation>Forskriften fra 2006 (overgangsordning)</translation>
    </message>
    <message>
        <source>Sick leave</source>
        <translation>Sykefravær</translation>
    </message>
    <message>
        <source>Parental leave</source>
        <translation>Foreldrepermisjon</translation>
    </message>
    <message>
        <source>Care leave</source>
        <translation>Omsorgspermisjon</translation>
    </message>
    <message>
        <source>Other statutory leave</source>
        <translation>Annen lovfestet permisjon</translation>
    </message>
    <message>
        <source>Contractual leave</source>
        <translation>Avtalefestet permisjon</translation>
    </message>
    <message>
        <source>Leave for a temporary position</source>
        <translation>Permisjon for midlertidig stilling</translation>
    </message>
    <message>
        <source>Leave for a fellowship abroad</source>
        <translation>Permisjon for stipendopphold i utlandet</translation>
    </message>
    <message>
        <source>Other leave (no extension)</source>
        <translation>Annen permisjon (uten forlengelse)</translation>
    </message>
    <message>
        <source>Elected office or committee work</source>
        <translation>Tillitsverv eller utvalgsarbeid</translation>
    </message>
    <message>
        <source>DION/SiN board member</source>
        <translation>Styremedlem i DION/SiN</translation>
    </message>
    <message>
        <source>DION/SiN board chair</source>
        <translation>Styreleder i DION/SiN</translation>
    </message>
    <message>
        <source>NTNU Board fee converted</source>
        <translation>Styrehonorar fra NTNUs styre omgjort til forlengelse</translation>
    </message>
    <message>
        <source>Unforeseen obstacle</source>
        <translation>Uforutsett hindring</translation>
    </message>
    <message>
        <source>Extension after health-related absence</source>
        <translation>Forlengelse etter helserelatert fravær</translation>
    </message>
    <message>
        <source>Increased duty work</source>
        <translation>Økt karrierefremmende arbeid</translation>
    </message>
    <message>
        <source>Norwegian language training</source>
        <translation>Norskopplæring</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Innvilget</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Foreslått</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Avslått</translation>
    </message>
    <message>
        <source>Teaching</source>
        <translation>Undervisning</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Veiledning</translation>
    </message>
    <message>
        <source>Examination</source>
        <translation>Eksamensarbeid</translation>
    </message>
    <message>
        <source>Research infrastructure and training</source>
        <translation>Forskningsinfrastruktur og opplæring</translation>
    </message>
    <message>
        <source>Language or pedagogy</source>
        <translation>Språkopplæring eller pedagogikk</translation>
    </message>
    <message>
        <source>Dissemination</source>
        <translation>Formidling</translation>
    </message>
    <message>
        <source>Applications or conferences</source>
        <translation>Søknader eller konferanser</translation>
    </message>
    <message>
        <source>Clinical work</source>
        <translation>Klinisk arbeid</translation>
    </message>
    <message>
        <source>Research projects</source>
        <translation>Forskningsprosjekter</translation>
    </message>
    <message>
        <source>Innovation</source>
        <translation>Innovasjon</translation>
    </message>
    <message>
        <source>Internship</source>
        <translation>Hospitering</translation>
    </message>
    <message>
        <source>Elected office</source>
        <translation>Tillitsverv</translation>
    </message>
    <message>
        <source>Administrative work</source>
        <translation>Administrativt arbeid</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Utgående</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Innkommende</translation>
    </message>
    <message>
        <source>HR officer</source>
        <translation>HR-rådgiver</translation>
    </message>
    <message>
        <source>Head of department</source>
        <translation>Instituttleder</translation>
    </message>
    <message>
        <source>Dean</source>
        <translation>Dekan</translation>
    </message>
    <message>
        <source>Draft announcement</source>
        <translation>Utkast til utlysning</translation>
    </message>
    <message>
        <source>Announcement adopted</source>
        <translation>Utlysning vedtatt</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Utlyst</translation>
    </message>
    <message>
        <source>Closed for applications</source>
        <translation>Søknadsfristen er ute</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>Interviews and references</source>
        <translation>Intervjuer og referanser</translation>
    </message>
    <message>
        <source>Recommendation signed</source>
        <translation>Innstilling signert</translation>
    </message>
    <message>
        <source>Appointment decided</source>
        <translation>Tilsetting vedtatt</translation>
    </message>
    <message>
        <source>Offer accepted</source>
        <translation>Tilbud akseptert</translation>
    </message>
    <message>
        <source>Contract signed</source>
        <translation>Kontrakt signert</translation>
    </message>
    <message>
        <source>Re-advertised</source>
        <translation>Utlyst på nytt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avlyst</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpen</translation>
    </message>
    <message>
        <source>Found not to apply</source>
        <translation>Ikke inhabil</translation>
    </message>
    <message>
        <source>Member replaced</source>
        <translation>Medlem erstattet</translation>
    </message>
    <message>
        <source>Educational competence</source>
        <translation>Utdanningsfaglig kompetanse</translation>
    </message>
    <message>
        <source>Experience outside the institution</source>
        <translation>Erfaring utenfor institusjonen</translation>
    </message>
    <message>
        <source>Research stay abroad</source>
        <translation>Forskningsopphold i utlandet</translation>
    </message>
    <message>
        <source>Writing applications</source>
        <translation>Søknadsskriving</translation>
    </message>
    <message>
        <source>Research management</source>
        <translation>Forskningsledelse</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <source>The fellow</source>
        <translation>Stipendiaten</translation>
    </message>
    <message>
        <source>The supervisor</source>
        <translation>Veilederen</translation>
    </message>
    <message>
        <source>The department</source>
        <translation>Instituttet</translation>
    </message>
    <message>
        <source>The postdoc programme</source>
        <translation>Postdoktorprogrammet</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>Norsk</translation>
    </message>
    <message>
        <source>Same department</source>
        <translation>Samme institutt</translation>
    </message>
    <message>
        <source>Another department of the faculty</source>
        <translation>Et annet institutt på fakultetet</translation>
    </message>
    <message>
        <source>Another faculty</source>
        <translation>Et annet fakultet</translation>
    </message>
    <message>
        <source>Outside the institution</source>
        <translation>Utenfor institusjonen</translation>
    </message>
    <message>
        <source>The department or supervisor</source>
        <translation>Instituttet eller veilederen</translation>
    </message>
    <message>
        <source>The postdoc asked</source>
        <translation>Postdoktoren spurte selv</translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <source>Only a user in the role %1 sets how long applicants are kept.</source>
        <translation>Bare en bruker i rollen %1 bestemmer hvor lenge søkere lagres.</translation>
    </message>
    <message>
        <source>Applicants are kept for %1 months: it must be from %2 to %3.</source>
        <translation>Søkere lagres i %1 måneder: det må være fra %2 til %3.</translation>
    </message>
    <message>
        <source>Only a user in the role %1 erases applicants&apos; data.</source>
        <translation>Bare en bruker i rollen %1 sletter søkeres opplysninger.</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <source>Case</source>
        <translation>Sak</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · logged in as %2</source>
        <translation>%1 · logget inn som %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tomt)</translation>
    </message>
    <message>
        <source>Case created</source>
        <translation>Sak opprettet</translation>
    </message>
    <message>
        <source>Case created: %1</source>
        <translation>Sak opprettet: %1</translation>
    </message>
    <message>
        <source>Case imported</source>
        <translation>Sak importert</translation>
    </message>
    <message>
        <source>Case imported from %1</source>
        <translation>Sak importert fra %1</translation>
    </message>
    <message>
        <source>Case deleted</source>
        <translation>Sak slettet</translation>
    </message>
    <message>
        <source>Case deleted: %1</source>
        <translation>Sak slettet: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Ranking signed by %1</source>
        <translation>Rangeringen signert av %1</translation>
    </message>
    <message>
        <source>Ranking signed by %1 on %2</source>
        <translation>Rangeringen signert av %1, %2</translation>
    </message>
    <message>
        <source>Ranking signature by %1 withdrawn</source>
        <translation>Signaturen til %1 på rangeringen er trukket tilbake</translation>
    </message>
    <message>
        <source>Ranking signature by %1 on %2 withdrawn</source>
        <translation>Signaturen til %1 på rangeringen (%2) er trukket tilbake</translation>
    </message>
    <message>
        <source>decision by %1 withdrawn</source>
        <translation>avgjørelsen til %1 er trukket tilbake</translation>
    </message>
    <message>
        <source>decision by %1 on %2 withdrawn</source>
        <translation>avgjørelsen til %1 (%2) er trukket tilbake</translation>
    </message>
    <message>
        <source>decided by %1</source>
        <translation>avgjort av %1</translation>
    </message>
    <message>
        <source>decided by %1 on %2</source>
        <translation>avgjort av %1, %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>decision recorded by %1</source>
        <translation>vedtaket registrert av %1</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 lagt til</translation>
    </message>
    <message>
        <source>%1 added: %2</source>
        <translation>%1 lagt til: %2</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 fjernet</translation>
    </message>
    <message>
        <source>%1 removed: %2</source>
        <translation>%1 fjernet: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>IcsWriter</name>
    <message>
        <source>Cannot write the calendar file %1: %2</source>
        <translation>Kan ikke skrive kalenderfilen %1: %2</translation>
    </message>
</context>
<context>
    <name>InstitutionStore</name>
    <message>
        <source>Cannot read the institutions of the cases</source>
        <translation>Kan ikke lese institusjonene i sakene</translation>
    </message>
    <message>
        <source>Cannot add %1 to the institution register</source>
        <translation>Kan ikke legge %1 til i institusjonsregisteret</translation>
    </message>
    <message>
        <source>Cannot read the institution register</source>
        <translation>Kan ikke lese institusjonsregisteret</translation>
    </message>
    <message>
        <source>The institution register was not saved: %1</source>
        <translation>Institusjonsregisteret ble ikke lagret: %1</translation>
    </message>
    <message>
        <source>Cannot save the institution register</source>
        <translation>Kan ikke lagre institusjonsregisteret</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is used by %n case(s) or earlier appointment(s). Keep it as a name or an alias of the institution it denotes.</source>
        <translation>
            <numerusform>«%1» brukes av %n sak eller tidligere ansettelse. Behold det som navn eller alias for institusjonen det betegner.</numerusform>
            <numerusform>«%1» brukes av %n saker eller tidligere ansettelser. Behold det som navn eller alias for institusjonen det betegner.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Institutions</name>
    <message>
        <source>Row %1 has no name.</source>
        <translation>Rad %1 har ikke noe navn.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (row %2) needs a full name.</source>
        <translation>«%1» (rad %2) må ha et fullt navn.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given twice to %2.</source>
        <translation>«%1» er gitt to ganger til %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a name of both %2 and %3: one text can name one institution only.</source>
        <translation>«%1» er navn på både %2 og %3: én tekst kan bare være navn på én institusjon.</translation>
    </message>
</context>
<context>
    <name>InstitutionsCommand</name>
    <message>
        <source># Institution register: name, short name, other names; separated by tabs</source>
        <translation># Institusjonsregister: navn, kortnavn, andre navn; skilt med tabulator</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kan ikke leses: %2</translation>
    </message>
    <message>
        <source>%1: larger than %2 MiB; not an institution register</source>
        <translation>%1: større enn %2 MiB; ikke et institusjonsregister</translation>
    </message>
    <message>
        <source>%1: not UTF-8 text</source>
        <translation>%1: ikke UTF-8-tekst</translation>
    </message>
    <message>
        <source>%1, line %2: the first field, the institution&apos;s full name, is empty</source>
        <translation>%1, linje %2: det første feltet, institusjonens fulle navn, er tomt</translation>
    </message>
    <message>
        <source>Prints the institution register that one period per institution (ONCE) and the research assistant&apos;s
total (RA-TOTAL) compare institutions by: one institution per line, its name, short name and other
names separated by tabs. With --replace, stores the register in FILE (the same format, - for
standard input) in place of the database&apos;s, or names what keeps it from being stored.</source>
        <translation>Skriver ut institusjonsregisteret som én periode per institusjon (ONCE) og vitenskapelig assistents
samlede tid (RA-TOTAL) sammenligner institusjoner etter: én institusjon per linje, med navn, kortnavn og
andre navn skilt med tabulator. Med --replace lagres registeret i FIL (samme format, - for
standard inn) i stedet for databasens, eller det sies hva som hindrer at det lagres.</translation>
    </message>
    <message>
        <source>The register to store, as printed (- for standard input).</source>
        <translation>Registeret som skal lagres, slik det skrives ut (- for standard inn).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>uventet argument «%1».</translation>
    </message>
    <message>
        <source>nothing was changed: %1</source>
        <translation>ingenting ble endret: %1</translation>
    </message>
    <message numerus="yes">
        <source>Stored the institution register of %1: %n institution(s).
</source>
        <translation>
            <numerusform>Lagret institusjonsregisteret i %1: %n institusjon.</numerusform>
            <numerusform>Lagret institusjonsregisteret i %1: %n institusjoner.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterBuilder</name>
    <message>
        <source>The applicants are told their place once the head of department has signed the recommendation (§ 6).</source>
        <translation>Søkerne får vite plassen sin når instituttlederen har signert innstillingen (§ 6).</translation>
    </message>
    <message>
        <source>The position is advertised again only when no applicant is qualified or the recruitment is ended to re-advertise it (ANN-READVERTISE, § 4).</source>
        <translation>Stillingen lyses ut på nytt bare når ingen søker er kvalifisert eller rekrutteringen er avsluttet for ny utlysning (ANN-READVERTISE, § 4).</translation>
    </message>
    <message>
        <source>The offer is written once the dean has decided whom to appoint (§ 6).</source>
        <translation>Tilbudet skrives når dekanen har vedtatt hvem som tilsettes (§ 6).</translation>
    </message>
    <message>
        <source>The vacancy has no applicants yet.</source>
        <translation>Stillingen har ingen søkere ennå.</translation>
    </message>
    <message>
        <source>No applicant is ranked yet (§ 6).</source>
        <translation>Ingen søker er innstilt ennå (§ 6).</translation>
    </message>
    <message>
        <source>The applicant</source>
        <translation>Søkeren</translation>
    </message>
    <message>
        <source>%1 has withdrawn the application.</source>
        <translation>%1 har trukket søknaden.</translation>
    </message>
    <message>
        <source>%1 is not invited to an interview: tick “Invited” first (§ 5).</source>
        <translation>%1 er ikke invitert til intervju: kryss av for «Invitert» først (§ 5).</translation>
    </message>
    <message>
        <source>References are checked for the applicants invited to an interview (§ 5); %1 is not invited.</source>
        <translation>Referanser innhentes for søkerne som er invitert til intervju (§ 5); %1 er ikke invitert.</translation>
    </message>
    <message>
        <source>Only the applicants interviewed are told their place (§ 6); %1 was not interviewed.</source>
        <translation>Bare søkerne som er intervjuet, får vite plassen sin (§ 6); %1 ble ikke intervjuet.</translation>
    </message>
    <message>
        <source>%1 is the applicant appointed.</source>
        <translation>%1 er søkeren som er tilsatt.</translation>
    </message>
    <message>
        <source>An applicant not found qualified is told once the committee&apos;s assessment is done (the interviews have begun); %1 is not assessed yet.</source>
        <translation>En søker som ikke er funnet kvalifisert, får beskjed når komiteens vurdering er ferdig (intervjuene er begynt); %1 er ikke vurdert ennå.</translation>
    </message>
    <message>
        <source>%1 is ranked: a rejection waits until the offer is accepted, since the position may go to the next in the ranking if it is declined (§ 6).</source>
        <translation>%1 er innstilt: et avslag venter til tilbudet er akseptert, siden stillingen kan gå til den neste i innstillingen om det avslås (§ 6).</translation>
    </message>
    <message>
        <source>%1 is qualified: a rejection waits for the appointment decision (§ 6).</source>
        <translation>%1 er kvalifisert: et avslag venter på tilsettingsvedtaket (§ 6).</translation>
    </message>
    <message>
        <source>The offer goes to the applicant appointed, not to %1.</source>
        <translation>Tilbudet går til søkeren som er tilsatt, ikke til %1.</translation>
    </message>
    <message>
        <source>The vacancy has no applicant “%1”.</source>
        <translation>Stillingen har ingen søker «%1».</translation>
    </message>
</context>
<context>
    <name>LetterCommand</name>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
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
        <translation>Skriver brevet %1 for en stilling i saksdatabasen til en PDF-fil: A4, med institusjonens navn
i topptekst, mottaker, dato, stillingens referanse og underskrift.
%1 er en av: %2.
applicant-list og recommendation gjelder hele stillingen; alle andre brev går til én søker
(--applicant, ellers den første søkeren brevet er ment for).

Malene er de som er bygd inn i Rekrutt, med mindre en mappe «templates» ved siden av
databasefilen har en fil med samme navn (se resources/templates/README.md).

Avslutningsstatus: 0 skrevet; 1 skrevet, men brevet gir ikke mening for søkeren eller stillingen
(standard feil sier hvorfor) eller innstillingen er et utkast; 2 ingenting ble skrevet.</translation>
    </message>
    <message>
        <source>The number of the vacancy.</source>
        <translation>Nummeret til stillingen.</translation>
    </message>
    <message>
        <source>The applicant the letter goes to or is about.</source>
        <translation>Søkeren brevet går til eller gjelder.</translation>
    </message>
    <message>
        <source>reference-request: the applicant&apos;s referee it goes to, numbered from 1 as recorded (default: the first; with none recorded, the letter goes to &quot;the referee&quot;).</source>
        <translation>reference-request: søkerens referanse brevet går til, nummerert fra 1 slik de er registrert (standard: den første; er ingen registrert, går brevet til «referansen»).</translation>
    </message>
    <message>
        <source>The file to write: a PDF, or the filled-in HTML when the name ends in .html.</source>
        <translation>Filen som skal skrives: en PDF, eller den utfylte HTML-en når navnet slutter på .html.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Write the letter in nb (Norwegian Bokmål) or en (English) (default: from the locale).</source>
        <translation>Skriv brevet på nb (bokmål) eller en (engelsk) (standard: fra språkinnstillingen).</translation>
    </message>
    <message>
        <source>The date of the letter (default: the system date).</source>
        <translation>Datoen på brevet (standard: systemdatoen).</translation>
    </message>
    <message>
        <source>Who signs for the office, as HR officer (default: a space to sign).</source>
        <translation>Hvem som signerer for kontoret, som HR-rådgiver (standard: plass til signatur).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>invitation: the time of the interview.</source>
        <translation>invitation: tidspunktet for intervjuet.</translation>
    </message>
    <message>
        <source>invitation: where the interview is.</source>
        <translation>invitation: hvor intervjuet holdes.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>The date to answer by (default: a week from the letter&apos;s date, two weeks for an offer).</source>
        <translation>Svarfristen (standard: en uke etter brevets dato, to uker for et tilbud).</translation>
    </message>
    <message>
        <source>offer: the salary as the office states it.</source>
        <translation>offer: lønnen slik kontoret oppgir den.</translation>
    </message>
    <message>
        <source>The letter to write.</source>
        <translation>Brevet som skal skrives.</translation>
    </message>
    <message>
        <source>no letter given; use one of: %1.</source>
        <translation>ingen brev oppgitt; bruk en av: %1.</translation>
    </message>
    <message>
        <source>give one letter, not %1.</source>
        <translation>oppgi ett brev, ikke %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a letter; use one of: %2.</source>
        <translation>&apos;%1&apos; er ikke et brev; bruk en av: %2.</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 må oppgis.</translation>
    </message>
    <message>
        <source>--vacancy: &apos;%1&apos; is not a vacancy number.</source>
        <translation>--vacancy: &apos;%1&apos; er ikke et stillingsnummer.</translation>
    </message>
    <message>
        <source>--lang: &apos;%1&apos; is not a language Rekrutt speaks; use nb or en.</source>
        <translation>--lang: &apos;%1&apos; er ikke et språk Rekrutt kan; bruk nb eller en.</translation>
    </message>
    <message>
        <source>--today: &apos;%1&apos; is not a calendar date of the form YYYY-MM-DD.</source>
        <translation>--today: &apos;%1&apos; er ikke en kalenderdato på formen ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>--answer-by: &apos;%1&apos; is not a calendar date of the form YYYY-MM-DD.</source>
        <translation>--answer-by: &apos;%1&apos; er ikke en kalenderdato på formen ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>--interview: &apos;%1&apos; is not a time of the form &quot;YYYY-MM-DD HH:MM&quot;.</source>
        <translation>--interview: &apos;%1&apos; er ikke et tidspunkt på formen «ÅÅÅÅ-MM-DD TT:MM».</translation>
    </message>
    <message>
        <source>--referee: %1 has no referee number &apos;%2&apos;.</source>
        <translation>--referee: %1 har ingen referanse nummer &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>%1: %2 is written, but the letter makes no sense here: %3</source>
        <translation>%1: %2 er skrevet, men brevet gir ikke mening her: %3</translation>
    </message>
    <message>
        <source>%1: %2 is a draft, not valid until these are put right:</source>
        <translation>%1: %2 er et utkast, ikke gyldig før dette er rettet:</translation>
    </message>
    <message>
        <source>vacancy %1 has no applicant &apos;%2&apos;.</source>
        <translation>stilling %1 har ingen søker &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>vacancy %1 has no applicants.</source>
        <translation>stilling %1 har ingen søkere.</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Forkast endringene</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nei</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Prøv igjen</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Cannot record the schema version</source>
        <translation>Kan ikke registrere skjemaversjonen</translation>
    </message>
    <message>
        <source>Cannot update the database to schema %1; it stays at schema %2</source>
        <translation>Kan ikke oppdatere databasen til skjema %1; den blir værende på skjema %2</translation>
    </message>
    <message>
        <source>Cannot take a snapshot</source>
        <translation>Kan ikke ta et øyeblikksbilde av databasen</translation>
    </message>
    <message>
        <source>Cannot write the backup %1</source>
        <translation>Kan ikke skrive sikkerhetskopien %1</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Kan ikke lese %1</translation>
    </message>
</context>
<context>
    <name>OfficeFileFormat</name>
    <message>
        <source>the file is larger than %1 MiB, the most an office file may be</source>
        <translation>filen er større enn %1 MiB, det meste en kontorfil kan være</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>ugyldig JSON ved byte %1: %2</translation>
    </message>
    <message>
        <source>an office file is a JSON object</source>
        <translation>en kontorfil er et JSON-objekt</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation>må være «%1»</translation>
    </message>
    <message>
        <source>must be a time such as 2026-12-06T10:00:00.000Z</source>
        <translation>må være et tidspunkt som 2026-12-06T10:00:00.000Z</translation>
    </message>
    <message>
        <source>no appointment names person %1</source>
        <translation>ingen ansettelse viser til person %1</translation>
    </message>
    <message>
        <source>no appointment names vacancy %1</source>
        <translation>ingen ansettelse viser til stilling %1</translation>
    </message>
    <message>
        <source>unknown field (expected one of: %1)</source>
        <translation>ukjent felt (ventet ett av: %1)</translation>
    </message>
    <message>
        <source>must be a whole number of 1 or more</source>
        <translation>må være et heltall på 1 eller mer</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>må være en liste</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>må være et objekt</translation>
    </message>
    <message>
        <source>must be a name</source>
        <translation>må være et navn</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>må være en tekst</translation>
    </message>
    <message>
        <source>%1 is the id of %2[%3] already</source>
        <translation>%1 er allerede id-en til %2[%3]</translation>
    </message>
    <message>
        <source>%1 is the id of another appointment already</source>
        <translation>%1 er allerede id-en til en annen ansettelse</translation>
    </message>
    <message>
        <source>there is no person %1 in the file</source>
        <translation>det finnes ingen person %1 i filen</translation>
    </message>
    <message>
        <source>there is no vacancy %1 in the file</source>
        <translation>det finnes ingen stilling %1 i filen</translation>
    </message>
    <message>
        <source>is a record of its own: name it by %1Id</source>
        <translation>er en egen post: vis til den med %1Id</translation>
    </message>
    <message>
        <source>must be a list with one entry for each of the case&apos;s %1 (%2)</source>
        <translation>må være en liste med én oppføring for hver av sakens %1 (%2)</translation>
    </message>
    <message>
        <source>Cannot write the office file %1: %2</source>
        <translation>Kan ikke skrive kontorfilen %1: %2</translation>
    </message>
    <message>
        <source>cannot open it: %1</source>
        <translation>kan ikke åpne den: %1</translation>
    </message>
</context>
<context>
    <name>OfficeSecurity</name>
    <message>
        <source>Cannot set up the shared office&apos;s security</source>
        <translation>Kan ikke sette opp sikkerheten til det delte kontoret</translation>
    </message>
    <message>
        <source>Cannot read who is connected</source>
        <translation>Kan ikke lese hvem som er koblet til</translation>
    </message>
    <message>
        <source>Cannot set up the office&apos;s roles</source>
        <translation>Kan ikke sette opp kontorets roller</translation>
    </message>
    <message>
        <source>Cannot read the office&apos;s units</source>
        <translation>Kan ikke lese kontorets enheter</translation>
    </message>
    <message>
        <source>A unit needs a name and the faculty it belongs to.</source>
        <translation>En enhet trenger et navn og fakultetet den hører til.</translation>
    </message>
    <message>
        <source>Cannot record the unit %1</source>
        <translation>Kan ikke lagre enheten %1</translation>
    </message>
    <message>
        <source>Cannot remove the unit %1</source>
        <translation>Kan ikke fjerne enheten %1</translation>
    </message>
    <message>
        <source>The unit %1 cannot be removed: %2 is its head.</source>
        <translation>Enheten %1 kan ikke fjernes: %2 er leder for den.</translation>
    </message>
    <message>
        <source>The office has no unit %1.</source>
        <translation>Kontoret har ingen enhet %1.</translation>
    </message>
    <message>
        <source>Cannot read the office&apos;s users</source>
        <translation>Kan ikke lese kontorets brukere</translation>
    </message>
    <message>
        <source>A user needs the login they connect with.</source>
        <translation>En bruker trenger innloggingen de kobler til med.</translation>
    </message>
    <message>
        <source>The user %1 needs a name: it is written on the decisions they make.</source>
        <translation>Brukeren %1 trenger et navn: det skrives på vedtakene de fatter.</translation>
    </message>
    <message>
        <source>A head of department is head of a unit the office knows; %1 is not one (rekrutt-cli admin units).</source>
        <translation>En instituttleder leder en enhet kontoret kjenner; %1 er ikke en av dem (rekrutt-cli admin units).</translation>
    </message>
    <message>
        <source>no unit</source>
        <translation>ingen enhet</translation>
    </message>
    <message>
        <source>An HR officer or a dean works for a faculty that has units in the office; %1 has none.</source>
        <translation>En HR-rådgiver eller dekan arbeider for et fakultet som har enheter i kontoret; %1 har ingen.</translation>
    </message>
    <message>
        <source>no faculty</source>
        <translation>intet fakultet</translation>
    </message>
    <message>
        <source>Cannot add the user %1</source>
        <translation>Kan ikke legge til brukeren %1</translation>
    </message>
    <message>
        <source>Cannot remove the user %1</source>
        <translation>Kan ikke fjerne brukeren %1</translation>
    </message>
    <message>
        <source>The office has no user %1.</source>
        <translation>Kontoret har ingen bruker %1.</translation>
    </message>
    <message>
        <source>%1 is a SQLite file, one person&apos;s: only a shared office on PostgreSQL has users and roles.</source>
        <translation>%1 er en SQLite-fil, én persons: bare et delt kontor på PostgreSQL har brukere og roller.</translation>
    </message>
    <message>
        <source>Cannot set up the shared office&apos;s notifications</source>
        <translation>Kan ikke sette opp varslene i det delte kontoret</translation>
    </message>
    <message>
        <source>Cannot set up the shared office&apos;s audit trail</source>
        <translation>Kan ikke sette opp revisjonssporet i det delte kontoret</translation>
    </message>
    <message>
        <source>Cannot set up the shared office&apos;s career records</source>
        <translation>Kan ikke sette opp det delte kontorets karriereopplysninger</translation>
    </message>
</context>
<context>
    <name>OfficeService</name>
    <message>
        <source>The case of %1 was not saved: %2</source>
        <translation>Saken til %1 ble ikke lagret: %2</translation>
    </message>
    <message>
        <source>Cannot save: %1.</source>
        <translation>Kan ikke lagre: %1.</translation>
    </message>
    <message>
        <source>The case of %1 was deleted by someone else after you opened it. Your copy is still open: save it as a new case or export it to a file.</source>
        <translation>Saken til %1 ble slettet av en annen bruker etter at du åpnet den. Kopien din er fortsatt åpen: lagre den som en ny sak, eller eksporter den til en fil.</translation>
    </message>
    <message>
        <source>The case of %1 was changed by %2 at %3 after you opened it. Nothing was saved, and your changes are still here: reopen the case to see theirs, or export yours to a file first.</source>
        <translation>Saken til %1 ble endret av %2 (%3) etter at du åpnet den. Ingenting er lagret, og endringene dine er ikke tapt: åpne saken på nytt for å se de andre endringene, eller eksporter dine egne til en fil først.</translation>
    </message>
    <message>
        <source>The database refused to save the case of %1: %2</source>
        <translation>Databasen avviste lagringen av saken til %1: %2</translation>
    </message>
    <message>
        <source>Cannot import: %1.</source>
        <translation>Kan ikke importere: %1.</translation>
    </message>
    <message>
        <source>The database refused the import: %1</source>
        <translation>Databasen avviste importen: %1</translation>
    </message>
    <message>
        <source>Cannot delete case %1</source>
        <translation>Kan ikke slette sak %1</translation>
    </message>
    <message>
        <source>The case of %1 was changed by %2 after you opened it; it was not deleted.</source>
        <translation>Saken til %1 ble endret av %2 etter at du åpnet den, og er derfor ikke slettet.</translation>
    </message>
    <message>
        <source>The case of %1 was deleted by someone else.</source>
        <translation>Saken til %1 er slettet av noen andre.</translation>
    </message>
    <message>
        <source>Only an HR officer keeps the institution register.</source>
        <translation>Bare en HR-rådgiver fører institusjonsregisteret.</translation>
    </message>
    <message>
        <source>Cannot store the evaluation of the cases</source>
        <translation>Kan ikke lagre kontrollresultatene for sakene</translation>
    </message>
    <message>
        <source>The recruitment of %1 was changed through another appointment from the same vacancy after you opened this case. Nothing was saved, and your changes are still here: reopen the case to see the recruitment as it is now, or export yours to a file first.</source>
        <translation>Rekrutteringen til %1 ble endret gjennom en annen tilsetting fra samme stilling etter at du åpnet denne saken. Ingenting ble lagret, og endringene dine er her fortsatt: åpne saken på nytt for å se rekrutteringen slik den er nå, eller eksporter dine til en fil først.</translation>
    </message>
    <message>
        <source>The case of %1 has no saved recruitment to appoint from: record the recruitment and save the case first.</source>
        <translation>Saken til %1 har ingen lagret rekruttering å tilsette fra: registrer rekrutteringen og lagre saken først.</translation>
    </message>
    <message>
        <source>What is recorded of %1 as a person (name, qualifications, earlier appointments) was changed through another of their appointments after you opened this case. Nothing was saved, and your changes are still here: reopen the case to see the person as they are now, or export yours to a file first.</source>
        <translation>Det som er registrert om %1 som person (navn, kvalifikasjoner, tidligere tilsettinger), ble endret gjennom en annen av personens tilsettinger etter at du åpnet denne saken. Ingenting ble lagret, og endringene dine er her fortsatt: åpne saken på nytt for å se personen slik den er nå, eller eksporter dine til en fil først.</translation>
    </message>
    <message>
        <source>The recruitment of %1 was removed or replaced after you opened the case: reopen it first.</source>
        <translation>Rekrutteringen til %1 ble fjernet eller erstattet etter at du åpnet saken: åpne den på nytt først.</translation>
    </message>
    <message>
        <source>vacancy %1</source>
        <translation>stilling %1</translation>
    </message>
    <message>
        <source>Cannot store the evaluation of the vacancies</source>
        <translation>Kan ikke lagre vurderingen av stillingene</translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation>%1 ble ikke lagret: %2</translation>
    </message>
    <message>
        <source>%1 was deleted by someone else after you opened it. Nothing was saved.</source>
        <translation>%1 ble slettet av noen andre etter at du åpnet den. Ingenting ble lagret.</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 after you opened it. Nothing was saved, and your changes are still here: reopen the vacancy to see theirs.</source>
        <translation>%1 ble endret av %2 %3 etter at du åpnet den. Ingenting ble lagret, og endringene dine er fortsatt her: åpne stillingen på nytt for å se deres.</translation>
    </message>
    <message>
        <source>%1 was not saved: the appointment was decided on the ranking as it stands, so its committee, ranks and reasons can no longer be changed (§ 6).</source>
        <translation>%1 ble ikke lagret: tilsettingen ble vedtatt på grunnlag av rangeringen slik den står, så komiteen, rangeringen og begrunnelsene kan ikke lenger endres (§ 6).</translation>
    </message>
    <message>
        <source>%1 was changed by someone else after you opened it. Nothing was saved, and your changes are still here: reopen the vacancy to see theirs.</source>
        <translation>%1 ble endret av noen andre etter at du åpnet den. Ingenting ble lagret, og endringene dine er fortsatt her: åpne stillingen på nytt for å se deres.</translation>
    </message>
    <message>
        <source>The database refused to save %1: %2</source>
        <translation>Databasen nektet å lagre %1: %2</translation>
    </message>
    <message>
        <source>The contract is signed with the appointment it makes: sign it from the vacancy.</source>
        <translation>Kontrakten signeres sammen med tilsettingen den lager: signer den fra stillingen.</translation>
    </message>
    <message>
        <source>%1 was changed by %2 after you opened it. No step was taken: look at it as it is now first.</source>
        <translation>%1 ble endret av %2 etter at du åpnet den. Ingen steg ble tatt: se på den slik den er nå først.</translation>
    </message>
    <message>
        <source>%1 cannot go to “%2”: %3</source>
        <translation>%1 kan ikke gå til «%2»: %3</translation>
    </message>
    <message>
        <source>%1 was changed by %2 after you opened it. The contract was not recorded: look at the vacancy as it is now first.</source>
        <translation>%1 ble endret av %2 etter at du åpnet den. Kontrakten ble ikke registrert: se på stillingen slik den er nå først.</translation>
    </message>
    <message>
        <source>The appointment of %1 was not made: %2</source>
        <translation>Tilsettingen av %1 ble ikke gjort: %2</translation>
    </message>
    <message>
        <source>The case of %1 was not saved: the appointment was decided on the ranking of its vacancy as it stands, so the committee, ranks and reasons can no longer be changed (§ 6).</source>
        <translation>Saken til %1 ble ikke lagret: tilsettingen ble vedtatt på grunnlag av stillingens rangering slik den står, så komiteen, rangeringen og begrunnelsene kan ikke lenger endres (§ 6).</translation>
    </message>
    <message>
        <source>The vacancy of %1 is run on the Vacancies tab: an appointment from it is made there, from the dean&apos;s decision.</source>
        <translation>Stillingen til %1 følges opp i fanen Stillinger: en tilsetting fra den gjøres der, ut fra dekanens vedtak.</translation>
    </message>
    <message>
        <source>%1 was not saved: its announcement was adopted for this kind of position; to announce another, advertise it again (§ 4).</source>
        <translation>%1 ble ikke lagret: utlysningen ble vedtatt for denne typen stilling; for å lyse ut en annen, lys ut på nytt (§ 4).</translation>
    </message>
    <message>
        <source>%1 was not saved: the announcement was published as it stands, so its dates and where it was announced can no longer be changed; to change them, advertise it again (§ 4).</source>
        <translation>%1 ble ikke lagret: utlysningen ble publisert slik den står, så datoene og hvor den ble utlyst kan ikke lenger endres; for å endre dem, lys ut på nytt (§ 4).</translation>
    </message>
    <message>
        <source>%1 was changed by someone else while the step was taken. No step was taken: look at it as it is now first.</source>
        <translation>%1 ble endret av noen andre mens steget ble tatt. Ingen steg ble tatt: se på den slik den er nå først.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else while the contract was recorded. Nothing was saved: look at the vacancy as it is now first.</source>
        <translation>%1 ble endret av noen andre mens kontrakten ble registrert. Ingenting ble lagret: se på stillingen slik den er nå først.</translation>
    </message>
    <message>
        <source>The contract was not recorded: the day it was signed is required.</source>
        <translation>Kontrakten ble ikke registrert: dagen den ble signert, må fylles ut.</translation>
    </message>
    <message>
        <source>The contract was not recorded: it cannot be signed on %1, which is after today.</source>
        <translation>Kontrakten ble ikke registrert: den kan ikke være signert %1, som er etter i dag.</translation>
    </message>
    <message>
        <source>The contract was not recorded: it cannot be signed on %1, before the appointment was decided on %2.</source>
        <translation>Kontrakten ble ikke registrert: den kan ikke være signert %1, før tilsettingen ble vedtatt %2.</translation>
    </message>
</context>
<context>
    <name>PrintCommand</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>DOKUMENT</translation>
    </message>
    <message>
        <source>Prints the document %1 of a case in the case database to a PDF file: A4, with the institution&apos;s
name in the header and page numbers in the footer, filled from the case and its computed period.
%1 is one of: %2.

The templates are those built into Rekrutt unless a folder &quot;templates&quot; next to the database
file holds a file of the same name (see resources/templates/README.md).

Exit status: 0 written; 2 nothing was written (standard error says why).</source>
        <translation>Skriver ut dokumentet %1 for en sak i saksdatabasen til en PDF-fil: A4, med institusjonens navn
i toppteksten og sidenummer i bunnteksten, fylt ut fra saken og den beregnede perioden.
%1 er en av: %2.

Malene er de som er bygd inn i Rekrutt, med mindre en mappe «templates» ved siden av
databasefilen har en fil med samme navn (se resources/templates/README.md).

Avslutningsstatus: 0 skrevet; 2 ingenting ble skrevet (årsaken skrives til standard feilutgang).</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Vis denne hjelpen og avslutt.</translation>
    </message>
    <message>
        <source>The case database: a file, or postgresql://user@host:port/dbname.</source>
        <translation>Saksdatabasen: en fil eller postgresql://user@host:port/dbname.</translation>
    </message>
    <message>
        <source>DATABASE</source>
        <translation>DATABASE</translation>
    </message>
    <message>
        <source>The number of the case.</source>
        <translation>Saksnummeret.</translation>
    </message>
    <message>
        <source>The file to write: a PDF, or the filled-in HTML when the name ends in .html.</source>
        <translation>Filen som skal skrives: en PDF, eller den utfylte HTML-en når navnet slutter på .html.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>Write the document in nb (Norwegian Bokmål) or en (English) (default: from the locale).</source>
        <translation>Skriv dokumentet på nb (norsk bokmål) eller en (engelsk) (standard: etter språkinnstillingen).</translation>
    </message>
    <message>
        <source>The date of the document, which also decides which deadlines and duty work are past (default: the system date).</source>
        <translation>Datoen på dokumentet, som også avgjør hvilke frister og hvilket karrierefremmende arbeid som er passert (standard: systemdatoen).</translation>
    </message>
    <message>
        <source>For extension-decision: the extension decided, numbered from 1 as the case lists them, or &apos;leave&apos; for the extension for leave (default: the last extension, or leave when there is none).</source>
        <translation>For extension-decision: forlengelsen vedtaket gjelder, nummerert fra 1 i den rekkefølgen saken viser dem, eller «leave» for forlengelsen for permisjon (standard: den siste forlengelsen, eller leave hvis saken ikke har noen).</translation>
    </message>
    <message>
        <source>The document to print.</source>
        <translation>Dokumentet som skal skrives ut.</translation>
    </message>
    <message>
        <source>no document given; use one of: %1.</source>
        <translation>ingen dokumenttype er oppgitt; bruk en av: %1.</translation>
    </message>
    <message>
        <source>give one document, not %1.</source>
        <translation>oppgi ett dokument, ikke %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a document; use one of: %2.</source>
        <translation>«%1» er ikke et dokument; bruk en av: %2.</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 må oppgis.</translation>
    </message>
    <message>
        <source>--case: &apos;%1&apos; is not a case number.</source>
        <translation>--case: «%1» er ikke et saksnummer.</translation>
    </message>
    <message>
        <source>--lang: &apos;%1&apos; is not a language Rekrutt speaks; use nb or en.</source>
        <translation>--lang: «%1» er ikke et språk Rekrutt kan; bruk nb eller en.</translation>
    </message>
    <message>
        <source>--today: &apos;%1&apos; is not a calendar date of the form YYYY-MM-DD.</source>
        <translation>--today: «%1» er ikke en gyldig dato på formen ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>--extension: &apos;%1&apos; is neither a number from 1 nor &apos;leave&apos;.</source>
        <translation>--extension: «%1» er verken et tall fra og med 1 eller «leave».</translation>
    </message>
    <message>
        <source>%1: %2 is a draft, not valid until these are put right:</source>
        <translation>%1: %2 er et utkast, ikke gyldig før dette er rettet:</translation>
    </message>
</context>
<context>
    <name>PurgeCommand</name>
    <message>
        <source>Lists the applicants who were not appointed and whose retention period after the decision has
ended (the database&apos;s setting, 6 months unless the office chose otherwise), one per line:
vacancy, applicant id, name, decided, due, separated by tabs. Without --dry-run, erases them
from every table, the audit trail included, which keeps a tombstone of what was erased.</source>
        <translation>Lister søkerne som ikke ble tilsatt og der lagringstiden etter vedtaket er ute (databasens
innstilling, 6 måneder om ikke kontoret har valgt noe annet), én per linje: stilling, søker-id,
navn, vedtatt, frist, skilt med tabulator. Uten --dry-run slettes de fra alle tabeller, også
endringsloggen, som beholder et spor av hva som ble slettet.</translation>
    </message>
    <message>
        <source>List them and erase nothing.</source>
        <translation>List dem og slett ingenting.</translation>
    </message>
    <message>
        <source>Count the retention period to this day (default: today).</source>
        <translation>Regn lagringstiden fram til denne dagen (standard: i dag).</translation>
    </message>
    <message numerus="yes">
        <source>%n applicant(s) due for erasure (kept %1 months after the decision); nothing erased.</source>
        <translation>
            <numerusform>%n søker skal slettes (lagres %1 måneder etter vedtaket); ingenting slettet.</numerusform>
            <numerusform>%n søkere skal slettes (lagres %1 måneder etter vedtaket); ingenting slettet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erased %n applicant(s) and the values of %1 audit entries; the audit trail records the erasure.</source>
        <translation>
            <numerusform>Slettet %n søker og verdiene i %1 oppføringer i endringsloggen; endringsloggen registrerer slettingen.</numerusform>
            <numerusform>Slettet %n søkere og verdiene i %1 oppføringer i endringsloggen; endringsloggen registrerer slettingen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>Bruk: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Valg:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumenter:</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Ukjent valg «%1».</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Ukjente valg: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Mangler verdi etter «%1».</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Uventet verdi etter «%1».</translation>
    </message>
</context>
<context>
    <name>RowBatch</name>
    <message>
        <source>Cannot number the new rows of %1</source>
        <translation>Kan ikke nummerere de nye radene i %1</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>No proficiency in a Scandinavian language at level A2 is documented: the career plan must hold Norwegian training of at least 15 credits, completed before the end of the period.</source>
        <translation>Det er ikke dokumentert kunnskaper i norsk, svensk eller dansk på nivå A2: karriereplanen må inneholde norskopplæring tilsvarende minst 15 studiepoeng, fullført før periodens slutt.</translation>
    </message>
    <message>
        <source>The postdoctoral fellow lacks educational competence and the career plan has no measure to acquire it (teaching tasks and the basic pedagogical course).</source>
        <translation>Postdoktoren mangler utdanningsfaglig kompetanse, og karriereplanen har ikke tiltak for å oppnå den (undervisningsoppgaver og universitetspedagogisk basiskompetanse).</translation>
    </message>
    <message>
        <source>%1 from %2 to %3 falls in the last 12 months before the end (%4); duty work should be done earlier.</source>
        <translation>%1 fra %2 til %3 faller i de siste 12 månedene før periodens slutt (%4); karrierefremmende arbeid bør legges tidligere i perioden.</translation>
    </message>
    <message>
        <source>Administrative work from %1 to %2 is not duty work in itself; check that it belongs in the plan.</source>
        <translation>Administrativt arbeid fra %1 til %2 er ikke karrierefremmende arbeid i seg selv; kontroller at det hører hjemme i planen.</translation>
    </message>
    <message>
        <source>Duty work: %1 hours credited of %2 hours contracted (balance %3).</source>
        <translation>Karrierefremmende arbeid: %1 timer godskrevet av %2 avtalte timer (saldo %3).</translation>
    </message>
    <message>
        <source>The contract must state how the time is split between research and duty work: enter the duty percentage (0 is allowed).</source>
        <translation>Arbeidsavtalen må angi fordelingen mellom forskning og karrierefremmende arbeid: fyll inn andelen karrierefremmende arbeid i prosent (0 er tillatt).</translation>
    </message>
    <message>
        <source>The postdoctoral fellow must be offered a mentor from another academic environment.</source>
        <translation>Postdoktoren skal tilbys en mentor fra et annet fagmiljø.</translation>
    </message>
    <message>
        <source>The mentor %1 is from the fellow&apos;s own research group; the mentor should come from another academic environment.</source>
        <translation>Mentoren %1 er fra postdoktorens egen forskningsgruppe; mentoren bør komme fra et annet fagmiljø.</translation>
    </message>
    <message>
        <source>The mobility grant for %1 is NOK %2; at most NOK 50,000.</source>
        <translation>Mobilitetsstipendet for %1 er på kr %2; høyst kr 50&#xa0;000 er tillatt.</translation>
    </message>
    <message>
        <source>Employment contract signed</source>
        <translation>Signert arbeidsavtale</translation>
    </message>
    <message>
        <source>Project description and progress plan</source>
        <translation>Prosjektbeskrivelse og fremdriftsplan</translation>
    </message>
    <message>
        <source>Career plan</source>
        <translation>Karriereplan</translation>
    </message>
    <message>
        <source>Application for admission to the doctoral programme</source>
        <translation>Søknad om opptak til ph.d.-program</translation>
    </message>
    <message>
        <source>Signed agreement on admission to the doctoral programme</source>
        <translation>Signert avtale om opptak til ph.d.-program</translation>
    </message>
    <message>
        <source>Annual employee interview</source>
        <translation>Årlig medarbeidersamtale</translation>
    </message>
    <message>
        <source>Evaluation of the career plan at the end of the period</source>
        <translation>Evaluering av karriereplanen ved periodens slutt</translation>
    </message>
    <message>
        <source>%1 %2 at %3 %: gives no extension (LEAVE-EXT, § 7.1)</source>
        <translation>%1 %2 (%3 %): gir ikke forlengelse (LEAVE-EXT, § 7.1)</translation>
    </message>
    <message>
        <source>%1 %2 at %3 %: %4 day(s) inside the period count; the days outside it do not (LEAVE-EXT, %5)</source>
        <translation>%1 %2 (%3 %): vektet antall dager innenfor perioden er %4; dagene utenfor teller ikke (LEAVE-EXT, %5)</translation>
    </message>
    <message>
        <source>%1 %2 at %3 %: weighs %4 day(s) (LEAVE-EXT, %5)</source>
        <translation>%1 %2 (%3 %): vektet antall dager er %4 (LEAVE-EXT, %5)</translation>
    </message>
    <message>
        <source>Where leaves overlap, a day weighs at most 100 % (C-LEAVE, § 7.1)</source>
        <translation>Der permisjoner overlapper, teller en dag høyst 100 % (C-LEAVE, § 7.1)</translation>
    </message>
    <message numerus="yes">
        <source>Leave weighs %1 day(s) in all, rounded up once to %n day(s) of extension (C-LEAVE, § 7.1)</source>
        <translation>
            <numerusform>Vektet antall permisjonsdager er til sammen %1, rundet opp én gang til %n dags forlengelse (C-LEAVE, § 7.1)</numerusform>
            <numerusform>Vektet antall permisjonsdager er til sammen %1, rundet opp én gang til %n dagers forlengelse (C-LEAVE, § 7.1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pass %1: leave up to %2 gives %n day(s), so the end moves to %3 (C-FIXPOINT, § 7.1)</source>
        <translation>
            <numerusform>Runde %1: permisjon fram til %2 gir %n dag, så sluttdatoen flyttes til %3 (C-FIXPOINT, § 7.1)</numerusform>
            <numerusform>Runde %1: permisjon fram til %2 gir %n dager, så sluttdatoen flyttes til %3 (C-FIXPOINT, § 7.1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 + %n month(s) - 1 day = %2 (C-END, %3)</source>
        <translation>
            <numerusform>%1 + %n måned - 1 dag = %2 (C-END, %3)</numerusform>
            <numerusform>%1 + %n måneder - 1 dag = %2 (C-END, %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 + %n month(s) has no such day, so the period ends on the month&apos;s last day, %2 (C-END, %3)</source>
        <translation>
            <numerusform>%1 + %n måned gir en dato som ikke finnes, så perioden slutter på månedens siste dag, %2 (C-END, %3)</numerusform>
            <numerusform>%1 + %n måneder gir en dato som ikke finnes, så perioden slutter på månedens siste dag, %2 (C-END, %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n day(s) approved (C-GRANTS, %2)</source>
        <translation>
            <numerusform>%1: %n dag innvilget (C-GRANTS, %2)</numerusform>
            <numerusform>%1: %n dager innvilget (C-GRANTS, %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n day(s) proposed, not counted until approved (C-GRANTS, %2)</source>
        <translation>
            <numerusform>%1: %n dag foreslått, telles ikke før den er innvilget (C-GRANTS, %2)</numerusform>
            <numerusform>%1: %n dager foreslått, telles ikke før de er innvilget (C-GRANTS, %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n day(s) rejected, not counted (C-GRANTS, %2)</source>
        <translation>
            <numerusform>%1: %n dag avslått, telles ikke (C-GRANTS, %2)</numerusform>
            <numerusform>%1: %n dager avslått, telles ikke (C-GRANTS, %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>End: %1 + %n day(s) of leave and extension = %2 (C-FIXPOINT, § 7)</source>
        <translation>
            <numerusform>Sluttdato: %1 + %n dag permisjon og forlengelse = %2 (C-FIXPOINT, § 7)</numerusform>
            <numerusform>Sluttdato: %1 + %n dager permisjon og forlengelse = %2 (C-FIXPOINT, § 7)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Maximum time frame: %1 FTE months at %2 % FTE is %n month(s), to %3 (C-FRAME, § 7.4, %4)</source>
        <translation>
            <numerusform>Maksimal tidsramme: %1 månedsverk i %2 % stilling gir %n måned, til og med %3 (C-FRAME, § 7.4, %4)</numerusform>
            <numerusform>Maksimal tidsramme: %1 månedsverk i %2 % stilling gir %n måneder, til og med %3 (C-FRAME, § 7.4, %4)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Frame end: plus %n day(s) of leave and extension (not duty work or Norwegian training) = %1 (C-FRAME, § 7.4)</source>
        <translation>
            <numerusform>Slutt på tidsrammen: pluss %n dag permisjon og forlengelse (ikke for karrierefremmende arbeid eller norskopplæring) = %1 (C-FRAME, § 7.4)</numerusform>
            <numerusform>Slutt på tidsrammen: pluss %n dager permisjon og forlengelse (ikke for karrierefremmende arbeid eller norskopplæring) = %1 (C-FRAME, § 7.4)</numerusform>
        </translation>
    </message>
    <message>
        <source>No maximum time frame applies to %1 (C-FRAME, %2)</source>
        <translation>%1: ingen maksimal tidsramme gjelder (C-FRAME, %2)</translation>
    </message>
    <message>
        <source>A postdoctoral fellow on tenure-track terms is governed by the regulations on tenure-track positions: length, time frame and one-period rule are not checked here.</source>
        <translation>Postdoktor på innstegsvilkår følger forskrift om innstegsstillinger: lengde, tidsramme og regelen om én periode kontrolleres ikke her.</translation>
    </message>
    <message>
        <source>A postdoctoral period must be %1 to 48 FTE months; this one is %2.</source>
        <translation>En postdoktorperiode skal være fra %1 til 48 månedsverk; denne er på %2.</translation>
    </message>
    <message>
        <source>An MSCA postdoctoral period must be 36 to 48 FTE months; this one is %1.</source>
        <translation>En MSCA-postdoktorperiode skal være fra 36 til 48 månedsverk; denne er på %1.</translation>
    </message>
    <message>
        <source>A doctoral research fellow may not be employed below 50 %; this position is %1 %.</source>
        <translation>En stipendiat kan ikke tilsettes i lavere stillingsandel enn 50 %; denne stillingen er på %1 %.</translation>
    </message>
    <message>
        <source>At least 36 FTE months must be doctoral work; after duty work this period has %1. Lengthen the period or reduce the duty work.</source>
        <translation>Minst 36 månedsverk skal gå til doktorgradsarbeid; etter fradrag for karrierefremmende arbeid har denne perioden %1. Forleng perioden eller reduser det karrierefremmende arbeidet.</translation>
    </message>
    <message>
        <source>A doctoral fellowship must be 36 to 48 FTE months; this one is %1.</source>
        <translation>En stipendiatperiode skal være fra 36 til 48 månedsverk; denne er på %1.</translation>
    </message>
    <message numerus="yes">
        <source>A resident period must be 24 to 48 months; this one is %n.</source>
        <translation>
            <numerusform>En spesialistkandidatperiode skal være fra 24 til 48 måneder; denne er på %n måned.</numerusform>
            <numerusform>En spesialistkandidatperiode skal være fra 24 til 48 måneder; denne er på %n måneder.</numerusform>
        </translation>
    </message>
    <message>
        <source>A resident may have duty work only when the period is longer than 24 months.</source>
        <translation>En spesialistkandidat kan bare ha karrierefremmende arbeid når perioden er lengre enn 24 måneder.</translation>
    </message>
    <message numerus="yes">
        <source>A research assistant may be employed for at most 24 months; this is %n.</source>
        <translation>
            <numerusform>En vitenskapelig assistent kan tilsettes for høyst 24 måneder; denne tilsettingen er på %n måned.</numerusform>
            <numerusform>En vitenskapelig assistent kan tilsettes for høyst 24 måneder; denne tilsettingen er på %n måneder.</numerusform>
        </translation>
    </message>
    <message>
        <source>With earlier appointments at %1, the time as research assistant comes to %2 FTE months; at most 24 are allowed.</source>
        <translation>Med tidligere tilsettinger ved %1 blir samlet tid som vitenskapelig assistent %2 månedsverk; høyst 24 er tillatt.</translation>
    </message>
    <message>
        <source>A person with a doctoral degree or an earlier doctoral fellowship may not be employed as research assistant.</source>
        <translation>Personer med doktorgrad eller tidligere tilsetting som stipendiat kan ikke tilsettes som vitenskapelig assistent.</translation>
    </message>
    <message>
        <source>Under 15 hours a week (%1): no recommendation, assessment, offer or signed contract is required, and those checks are left out.</source>
        <translation>Under 15 timer per uke (%1): det kreves ikke innstilling, sakkyndig vurdering, tilbud eller signert arbeidsavtale, og disse kontrollene er utelatt.</translation>
    </message>
    <message>
        <source>An earlier period as %1 at %2 (%3 to %4): no one may have more than one such period at the same institution.</source>
        <translation>Tidligere periode ved %2 (%1, %3 til %4): ingen kan tilsettes for mer enn én slik periode ved samme institusjon.</translation>
    </message>
    <message>
        <source>A postdoctoral fellow must hold a doctoral degree, and no degree date is recorded.</source>
        <translation>En postdoktor må ha doktorgrad, og det er ikke registrert noen dato for doktorgraden.</translation>
    </message>
    <message>
        <source>The doctoral degree (%1) is dated after the start (%2).</source>
        <translation>Doktorgraden (%1) er datert etter tiltredelsen (%2).</translation>
    </message>
    <message>
        <source>%1 months at other institutions, less than a year, and the career plan has no measure that gives experience from outside (a stay abroad, say).</source>
        <translation>%1 måneder ved andre institusjoner, som er under ett år, og karriereplanen har ikke tiltak som gir erfaring fra fagmiljøer utenfor NTNU (for eksempel et utenlandsopphold).</translation>
    </message>
    <message>
        <source>The period is %1 FTE months: offer a fourth year if possible (NTNU postdoc policy, item 8).</source>
        <translation>Perioden er på %1 månedsverk: tilby et fjerde år hvis det er mulig (NTNUs postdoktorpolicy, punkt 8).</translation>
    </message>
    <message>
        <source>%1 from %2 to %3 lies wholly or partly outside the period %4 to %5; the days outside are not counted.</source>
        <translation>%1 fra %2 til %3 ligger helt eller delvis utenfor perioden %4 til %5; dagene utenfor perioden telles ikke.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) for elected office: more than the standard two weeks needs documentation, and none is recorded.</source>
        <translation>
            <numerusform>%n dag for tillitsverv: mer enn de vanlige to ukene krever dokumentasjon, og det er ikke registrert noen.</numerusform>
            <numerusform>%n dager for tillitsverv: mer enn de vanlige to ukene krever dokumentasjon, og det er ikke registrert noen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 gives %2 days of extension, not %n.</source>
        <translation>
            <numerusform>%1 gir %2 dagers forlengelse, ikke %n dag.</numerusform>
            <numerusform>%1 gir %2 dagers forlengelse, ikke %n dager.</numerusform>
        </translation>
    </message>
    <message>
        <source>The extension after health-related absence is only for doctoral research fellows.</source>
        <translation>Forlengelse etter helserelatert fravær gjelder bare for stipendiater.</translation>
    </message>
    <message>
        <source>Only a doctoral research fellow without other duty work is extended for Norwegian training; others get the ten weeks credited as hours.</source>
        <translation>Bare stipendiater uten annet karrierefremmende arbeid får perioden forlenget for norskopplæring; andre får de ti ukene godskrevet i timeregnskapet.</translation>
    </message>
    <message numerus="yes">
        <source>Norwegian training extends the period by ten weeks (70 days), not %n.</source>
        <translation>
            <numerusform>Norskopplæring forlenger perioden med ti uker (70 dager), ikke %n dag.</numerusform>
            <numerusform>Norskopplæring forlenger perioden med ti uker (70 dager), ikke %n dager.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extensions after health-related absence come to %n day(s); at most three months (92 days) are allowed.</source>
        <translation>
            <numerusform>Forlengelse etter helserelatert fravær utgjør %n dag; høyst tre måneder (92 dager) er tillatt.</numerusform>
            <numerusform>Forlengelse etter helserelatert fravær utgjør %n dager; høyst tre måneder (92 dager) er tillatt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The period ends %1, after the end of the maximum time frame, %2.</source>
        <translation>Perioden slutter %1, etter at maksimal tidsramme er nådd %2.</translation>
    </message>
    <message>
        <source>Employed under the 2006 regulations; the contract grants the new rights on Norwegian, educational competence and career plans, so they are checked.</source>
        <translation>Tilsatt etter forskriften fra 2006; arbeidsavtalen gir de nye rettighetene til norskopplæring, utdanningsfaglig kompetanse og karriereplan, og de kontrolleres derfor.</translation>
    </message>
    <message>
        <source>Employed under the 2006 regulations: the new rights on Norwegian, educational competence and career plans do not apply, and their checks and deadlines are left out.</source>
        <translation>Tilsatt etter forskriften fra 2006: de nye rettighetene til norskopplæring, utdanningsfaglig kompetanse og karriereplan gjelder ikke, og kontrollene og fristene for dem er utelatt.</translation>
    </message>
    <message numerus="yes">
        <source>The application deadline %1 is %n day(s) after publication (%2); it must be at least 14 days.</source>
        <translation>
            <numerusform>Søknadsfristen %1 er %n dag etter utlysningen (%2); fristen må være minst 14 dager.</numerusform>
            <numerusform>Søknadsfristen %1 er %n dager etter utlysningen (%2); fristen må være minst 14 dager.</numerusform>
        </translation>
    </message>
    <message>
        <source>The position must be advertised publicly.</source>
        <translation>Stillingen må lyses ut offentlig.</translation>
    </message>
    <message>
        <source>No applicant is qualified: the position must be advertised again, and the applicants told.</source>
        <translation>Ingen søkere er kvalifisert: stillingen må lyses ut på nytt, og søkerne skal varsles.</translation>
    </message>
    <message numerus="yes">
        <source>The academic assessment needs two members with associate professor qualifications; the committee has %n.</source>
        <translation>
            <numerusform>Den sakkyndige vurderingen krever to medlemmer med førsteamanuensiskompetanse; komiteen har %n slikt medlem.</numerusform>
            <numerusform>Den sakkyndige vurderingen krever to medlemmer med førsteamanuensiskompetanse; komiteen har %n slike medlemmer.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has not declared their impartiality.</source>
        <translation>%1 har ikke levert habilitetserklæring.</translation>
    </message>
    <message>
        <source>%1 has a conflict of interest with %2, who is interviewed or ranked.</source>
        <translation>%1 er inhabil overfor %2, som er intervjuet eller rangert.</translation>
    </message>
    <message>
        <source>applicants with a disability</source>
        <translation>søkere med funksjonsnedsettelse</translation>
    </message>
    <message>
        <source>applicants with a gap in their CV</source>
        <translation>søkere med hull i CV-en</translation>
    </message>
    <message>
        <source>applicants with a non-Western immigrant background</source>
        <translation>søkere med ikke-vestlig innvandrerbakgrunn</translation>
    </message>
    <message numerus="yes">
        <source>%1 is ranked with %n reference(s); at least two must be obtained.</source>
        <translation>
            <numerusform>%1 er rangert med %n referanse; minst to må innhentes.</numerusform>
            <numerusform>%1 er rangert med %n referanser; minst to må innhentes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is ranked without a reason for the ranking.</source>
        <translation>%1 er rangert uten begrunnelse for rangeringen.</translation>
    </message>
    <message>
        <source>%1 is ranked but was not interviewed.</source>
        <translation>%1 er rangert, men er ikke intervjuet.</translation>
    </message>
    <message>
        <source>The ranks must run 1, 2, 3 … without gaps or ties; they are %1.</source>
        <translation>Rangeringen må gå 1, 2, 3 … uten hull og uten delte plasser; den er nå %1.</translation>
    </message>
    <message numerus="yes">
        <source>With %1 qualified applicants, three should be ranked; %n is ranked.</source>
        <translation>
            <numerusform>Med %1 kvalifiserte søkere bør tre rangeres; %n er rangert.</numerusform>
            <numerusform>Med %1 kvalifiserte søkere bør tre rangeres; %n er rangert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Length of a postdoc period</source>
        <translation>Lengde på postdoktorperioden</translation>
    </message>
    <message>
        <source>Tenure-track terms</source>
        <translation>Innstegsvilkår</translation>
    </message>
    <message>
        <source>Length of an MSCA postdoc period</source>
        <translation>Lengde på MSCA-postdoktorperioden</translation>
    </message>
    <message>
        <source>Length of a PhD period</source>
        <translation>Lengde på stipendiatperioden</translation>
    </message>
    <message>
        <source>Part-time PhD fellows</source>
        <translation>Stipendiat i deltidsstilling</translation>
    </message>
    <message>
        <source>Length of a resident period</source>
        <translation>Lengde på spesialistkandidatperioden</translation>
    </message>
    <message>
        <source>Duty work for residents</source>
        <translation>Karrierefremmende arbeid for spesialistkandidater</translation>
    </message>
    <message>
        <source>Length of a research assistant period</source>
        <translation>Lengde på perioden som vitenskapelig assistent</translation>
    </message>
    <message>
        <source>Total time as research assistant</source>
        <translation>Samlet tid som vitenskapelig assistent</translation>
    </message>
    <message>
        <source>Research assistant with a doctorate</source>
        <translation>Vitenskapelig assistent med doktorgrad</translation>
    </message>
    <message>
        <source>Research assistant under 15 hours</source>
        <translation>Vitenskapelig assistent under 15 timer per uke</translation>
    </message>
    <message>
        <source>One period per institution</source>
        <translation>Én periode per institusjon</translation>
    </message>
    <message>
        <source>Doctoral degree before a postdoc</source>
        <translation>Doktorgrad før postdoktorstilling</translation>
    </message>
    <message>
        <source>Experience outside NTNU</source>
        <translation>Erfaring utenfor NTNU</translation>
    </message>
    <message>
        <source>Offer of a fourth year</source>
        <translation>Tilbud om et fjerde år</translation>
    </message>
    <message>
        <source>Leave that extends</source>
        <translation>Permisjon som gir forlengelse</translation>
    </message>
    <message>
        <source>Leave of up to six months</source>
        <translation>Permisjon inntil seks måneder</translation>
    </message>
    <message>
        <source>Leave outside the period</source>
        <translation>Permisjon utenfor perioden</translation>
    </message>
    <message>
        <source>Extension for elected office</source>
        <translation>Forlengelse for tillitsverv</translation>
    </message>
    <message>
        <source>Extension for DION/SiN board work</source>
        <translation>Forlengelse for styreverv i DION/SiN</translation>
    </message>
    <message>
        <source>Extension after health absence</source>
        <translation>Forlengelse etter helserelatert fravær</translation>
    </message>
    <message>
        <source>Extension for Norwegian training</source>
        <translation>Forlengelse for norskopplæring</translation>
    </message>
    <message>
        <source>Maximum time frame</source>
        <translation>Maksimal tidsramme</translation>
    </message>
    <message>
        <source>Transitional rule of 2006</source>
        <translation>Overgangsordning for forskriften fra 2006</translation>
    </message>
    <message>
        <source>New rights under old terms</source>
        <translation>Nye rettigheter ved tilsetting på gamle vilkår</translation>
    </message>
    <message>
        <source>Contract before start</source>
        <translation>Arbeidsavtale før tiltredelse</translation>
    </message>
    <message>
        <source>Application for admission</source>
        <translation>Søknad om opptak</translation>
    </message>
    <message>
        <source>Agreement on admission</source>
        <translation>Opptaksavtale</translation>
    </message>
    <message>
        <source>Evaluation of the career plan</source>
        <translation>Evaluering av karriereplanen</translation>
    </message>
    <message>
        <source>Deadline missed</source>
        <translation>Frist oversittet</translation>
    </message>
    <message>
        <source>Norwegian training</source>
        <translation>Norskopplæring</translation>
    </message>
    <message>
        <source>Educational competence</source>
        <translation>Utdanningsfaglig kompetanse</translation>
    </message>
    <message>
        <source>Duty work in the last year</source>
        <translation>Karrierefremmende arbeid det siste året</translation>
    </message>
    <message>
        <source>Administrative duty work</source>
        <translation>Administrativt arbeid som karrierefremmende arbeid</translation>
    </message>
    <message>
        <source>Time account</source>
        <translation>Timeregnskap</translation>
    </message>
    <message>
        <source>Research and duty split in the contract</source>
        <translation>Fordeling av arbeidstid i arbeidsavtalen</translation>
    </message>
    <message>
        <source>Mentor for postdocs</source>
        <translation>Mentor for postdoktorer</translation>
    </message>
    <message>
        <source>Mobility grant</source>
        <translation>Mobilitetsstipend</translation>
    </message>
    <message>
        <source>Application deadline</source>
        <translation>Søknadsfrist</translation>
    </message>
    <message>
        <source>Public announcement</source>
        <translation>Offentlig utlysning</translation>
    </message>
    <message>
        <source>No qualified applicant</source>
        <translation>Ingen kvalifiserte søkere</translation>
    </message>
    <message>
        <source>Assessment committee</source>
        <translation>Sakkyndig komité</translation>
    </message>
    <message>
        <source>Impartiality</source>
        <translation>Habilitet</translation>
    </message>
    <message>
        <source>Interviews of protected groups</source>
        <translation>Intervju av søkere fra særskilte grupper</translation>
    </message>
    <message>
        <source>Two references</source>
        <translation>To referanser</translation>
    </message>
    <message>
        <source>Three ranked applicants</source>
        <translation>Tre rangerte søkere</translation>
    </message>
    <message>
        <source>Reasons and order of the ranking</source>
        <translation>Begrunnelse og rekkefølge i rangeringen</translation>
    </message>
    <message>
        <source>Ranked applicants interviewed</source>
        <translation>Rangerte søkere er intervjuet</translation>
    </message>
    <message>
        <source>%1: done %2, after its deadline %3.</source>
        <translation>%1: gjort %2, etter fristen %3.</translation>
    </message>
    <message>
        <source>%1: due %2 and not recorded.</source>
        <translation>%1: frist %2 og ikke registrert.</translation>
    </message>
    <message>
        <source>%1 %2 at %3 %: proposed; gives no extension until the dean approves it (LEAVE-DECISION, § 7.3)</source>
        <translation>%1 %2 på %3 %: foreslått; gir ingen forlengelse før dekanen innvilger den (LEAVE-DECISION, § 7.3)</translation>
    </message>
    <message>
        <source>%1 %2 at %3 %: rejected by the dean; gives no extension (LEAVE-DECISION, § 7.3)</source>
        <translation>%1 %2 på %3 %: avslått av dekanen; gir ingen forlengelse (LEAVE-DECISION, § 7.3)</translation>
    </message>
    <message>
        <source>%1 %2 at %3 %: %4 of its %5 weighed days in the period count; the rest falls on days already full with other leave, or beyond the six months of C-LEAVE-CAP (C-LEAVE, %6)</source>
        <translation>%1 %2 på %3 %: %4 av de %5 vektede dagene i perioden teller; resten faller på dager som allerede er fulle med annen permisjon, eller utover de seks månedene i C-LEAVE-CAP (C-LEAVE, %6)</translation>
    </message>
    <message>
        <source>Leave for a temporary position or a fellowship abroad extends by 183 weighed days at most, together (C-LEAVE-CAP, § 7.3)</source>
        <translation>Permisjon for midlertidig stilling eller utenlandsopphold forlenger med høyst 183 vektede dager til sammen (C-LEAVE-CAP, § 7.3)</translation>
    </message>
    <message>
        <source>A part-time student (%1 % FTE): no academic assessment, recommendation, interviews or reference checks are required, and those checks are left out.</source>
        <translation>Deltidsstudent (%1 % stilling): faglig vurdering, innstilling, intervju og referansesjekk kreves ikke, og de kontrollene utelates.</translation>
    </message>
    <message>
        <source>%1 from %2 to %3 is proposed: leave of this kind is decided by the dean, and it does not extend the period until approved.</source>
        <translation>%1 fra %2 til %3 er foreslått: permisjon av denne typen avgjøres av dekanen, og den forlenger ikke perioden før den er innvilget.</translation>
    </message>
    <message>
        <source>Leave for temporary positions and fellowships abroad weighs %1 days; at most six months (183 days) are allowed, and only 183 extend the period.</source>
        <translation>Permisjon for midlertidige stillinger og utenlandsopphold veier %1 dager; høyst seks måneder (183 dager) er tillatt, og bare 183 forlenger perioden.</translation>
    </message>
    <message>
        <source>An extension after health-related absence, but the case records no sick leave: check that the absence is recorded.</source>
        <translation>En forlengelse etter helserelatert fravær, men saken har ingen sykefravær registrert: kontroller at fraværet er registrert.</translation>
    </message>
    <message>
        <source>The extension for Norwegian training is approved, but only %1 of the 15 credits are completed: it is granted for completed training.</source>
        <translation>Forlengelsen for norskopplæring er innvilget, men bare %1 av de 15 studiepoengene er fullført: den gis for fullført opplæring.</translation>
    </message>
    <message>
        <source>Employed under the 2006 regulations without the new rights in the contract: the extension for Norwegian training is a new right, granted only when the employer so decides.</source>
        <translation>Tilsatt etter forskriften fra 2006 uten de nye rettighetene i kontrakten: forlengelsen for norskopplæring er en ny rettighet, som bare gis når arbeidsgiver bestemmer det.</translation>
    </message>
    <message>
        <source>The 2006 regulations may be used only when the position was announced before 2025-03-01 and decided before 2025-08-01 (announced: %1, decided: %2; the start stands in for a date not recorded).</source>
        <translation>Forskriften fra 2006 kan bare brukes når stillingen ble lyst ut før 2025-03-01 og tilsettingen vedtatt før 2025-08-01 (utlyst: %1, vedtatt: %2; startdatoen brukes der en dato ikke er registrert).</translation>
    </message>
    <message>
        <source>Among qualified %1, at least one must be invited to an interview; none was.</source>
        <translation>Blant kvalifiserte %1 må minst én inviteres til intervju; ingen ble det.</translation>
    </message>
    <message>
        <source>Research assistant who is a part-time student</source>
        <translation>Vitenskapelig assistent som er deltidsstudent</translation>
    </message>
    <message>
        <source>Leave decided by the dean</source>
        <translation>Permisjon som dekanen avgjør</translation>
    </message>
    <message>
        <source>Health extension without sick leave</source>
        <translation>Helseforlengelse uten sykefravær</translation>
    </message>
    <message>
        <source>Norwegian training extension under old terms</source>
        <translation>Forlengelse for norskopplæring etter gamle vilkår</translation>
    </message>
    <message>
        <source>An earlier period as %1 at %2 (%3 to %4), in the institution register the same institution as %5: no one may have more than one such period at the same institution.</source>
        <translation>Tidligere periode ved %2 (%1, %3 til %4), i institusjonsregisteret samme institusjon som %5: ingen kan tilsettes for mer enn én slik periode ved samme institusjon.</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>Error</source>
        <translation>Feil</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informasjon</translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <source>unknown placeholder %1</source>
        <translation>ukjent plassholder %1</translation>
    </message>
    <message>
        <source>%1 is a list or a group, not a text</source>
        <translation>%1 er en liste eller en gruppe, ikke en tekst</translation>
    </message>
    <message>
        <source>%1 is not a list</source>
        <translation>%1 er ikke en liste</translation>
    </message>
    <message>
        <source>an entry of %1 is not a group of values</source>
        <translation>et element i %1 er ikke en gruppe verdier</translation>
    </message>
    <message>
        <source>a tag opened with %1 is never closed with %2</source>
        <translation>en tagg som åpnes med %1, lukkes aldri med %2</translation>
    </message>
    <message>
        <source>%1 is not a valid placeholder: use letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;</source>
        <translation>%1 er ikke en gyldig plassholder: bruk bokstaver, sifre, «_», «-» og «.»</translation>
    </message>
    <message>
        <source>{{/%1}} closes nothing</source>
        <translation>{{/%1}} lukker ingenting</translation>
    </message>
    <message>
        <source>{{/%1}} closes the section {{%2}} opened on line %3</source>
        <translation>{{/%1}} lukker seksjonen {{%2}}, som ble åpnet på linje %3</translation>
    </message>
    <message>
        <source>the section {{%1}} opened here is never closed with {{/%1}}</source>
        <translation>seksjonen {{%1}} som åpnes her, lukkes aldri med {{/%1}}</translation>
    </message>
</context>
<context>
    <name>TemplateLibrary</name>
    <message>
        <source>Cannot read the template %1: %2</source>
        <translation>Kan ikke lese malen %1: %2</translation>
    </message>
    <message>
        <source>There is no template %1.</source>
        <translation>Malen %1 finnes ikke.</translation>
    </message>
</context>
<context>
    <name>Vacancies</name>
    <message>
        <source>Only a user in the role %1 takes the step to “%2” (§ 1.1).</source>
        <translation>Bare en bruker i rollen %1 tar steget til «%2» (§ 1.1).</translation>
    </message>
    <message>
        <source>The announcement has no title.</source>
        <translation>Utlysningen har ingen tittel.</translation>
    </message>
    <message>
        <source>The date the position was published is not recorded.</source>
        <translation>Datoen stillingen ble utlyst, er ikke registrert.</translation>
    </message>
    <message>
        <source>The position is to be published on %1, which is after today.</source>
        <translation>Stillingen skal utlyses %1, som er etter i dag.</translation>
    </message>
    <message>
        <source>The application deadline is not recorded.</source>
        <translation>Søknadsfristen er ikke registrert.</translation>
    </message>
    <message>
        <source>Applications are open until the deadline, %1, has passed.</source>
        <translation>Søknader tas imot til fristen, %1, er passert.</translation>
    </message>
    <message>
        <source>There are no applicants to assess.</source>
        <translation>Det er ingen søkere å vurdere.</translation>
    </message>
    <message>
        <source>No applicant is qualified: the position must be advertised again.</source>
        <translation>Ingen søker er kvalifisert: stillingen må lyses ut på nytt.</translation>
    </message>
    <message>
        <source>No applicant is ranked for the recommendation.</source>
        <translation>Ingen søker er rangert i innstillingen.</translation>
    </message>
    <message>
        <source>The decision does not name the applicant appointed.</source>
        <translation>Vedtaket sier ikke hvilken søker som tilsettes.</translation>
    </message>
    <message>
        <source>%1 is not ranked in the recommendation and cannot be appointed.</source>
        <translation>%1 er ikke rangert i innstillingen og kan ikke tilsettes.</translation>
    </message>
    <message>
        <source>The head of department has not signed the ranking as it stands; it must be signed again.</source>
        <translation>Instituttlederen har ikke signert rangeringen slik den står; den må signeres på nytt.</translation>
    </message>
    <message>
        <source>A vacancy at the stage “%1” cannot go to “%2”.</source>
        <translation>En stilling på trinnet «%1» kan ikke gå til «%2».</translation>
    </message>
    <message>
        <source>The position was published on %1, before its announcement was adopted on %2.</source>
        <translation>Stillingen ble utlyst %1, før utlysningen ble vedtatt %2.</translation>
    </message>
</context>
<context>
    <name>VacancyCommand</name>
    <message>
        <source>Lists the vacancies of a database, one per line: id, stage, deadline, number of applicants and title, separated by tabs.</source>
        <translation>Lister stillingene i en database, én per linje: id, trinn, frist, antall søkere og tittel, skilt med tabulator.</translation>
    </message>
    <message>
        <source>Adds the applicants of a CSV file (the recruitment portal&apos;s export) to vacancy ID. The header
line names the columns; columns whose names Rekrutt knows (Navn, E-post, Søknadsnummer...) are
mapped by themselves, --map gives the others their fields. A bad line is named with its line
number and reason, and nothing is imported unless --skip-bad-lines is given. FILE may be -.</source>
        <translation>Legger søkerne i en CSV-fil (rekrutteringsportalens eksport) til stilling ID. Overskriftslinjen
navngir kolonnene; kolonner med navn Rekrutt kjenner (Navn, E-post, Søknadsnummer ...) knyttes
til felt av seg selv, --map gir de andre sine felt. En feilaktig linje nevnes med linjenummer og
årsak, og ingenting importeres uten --skip-bad-lines. FILE kan være -.</translation>
    </message>
    <message>
        <source>The vacancy to add the applicants to.</source>
        <translation>Stillingen søkerne skal legges til.</translation>
    </message>
    <message>
        <source>Column COLUMN (its header name, or its number from 1) holds FIELD (%1), or - to ignore it. May be repeated.</source>
        <translation>Kolonne COLUMN (navnet i overskriften, eller nummeret fra 1) inneholder FIELD (%1), eller - for å ikke bruke den. Kan gjentas.</translation>
    </message>
    <message>
        <source>utf-8 or windows-1252 (default: found from the file).</source>
        <translation>utf-8 eller windows-1252 (standard: finnes ut fra filen).</translation>
    </message>
    <message>
        <source>Import the good lines and skip the bad ones, naming them.</source>
        <translation>Importer de gode linjene og hopp over de feilaktige, med navn.</translation>
    </message>
    <message>
        <source>Read and check the file, and change nothing.</source>
        <translation>Les og kontroller filen, og endre ingenting.</translation>
    </message>
    <message>
        <source>The CSV file.</source>
        <translation>CSV-filen.</translation>
    </message>
    <message>
        <source>give one CSV file.</source>
        <translation>oppgi én CSV-fil.</translation>
    </message>
    <message>
        <source>--vacancy takes the number of a vacancy (see &apos;vacancy list&apos;).</source>
        <translation>--vacancy tar nummeret til en stilling (se &apos;vacancy list&apos;).</translation>
    </message>
    <message>
        <source>--encoding: &apos;%1&apos; is neither utf-8 nor windows-1252.</source>
        <translation>--encoding: &apos;%1&apos; er verken utf-8 eller windows-1252.</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kan ikke leses: %2</translation>
    </message>
    <message>
        <source>%1: larger than %2 MiB; not an applicant list</source>
        <translation>%1: større enn %2 MiB; ikke en søkerliste</translation>
    </message>
    <message>
        <source>--map: &apos;%1&apos; is not COLUMN=FIELD.</source>
        <translation>--map: &apos;%1&apos; er ikke COLUMN=FIELD.</translation>
    </message>
    <message>
        <source>--map: &apos;%1&apos; is no field; the fields are %2.</source>
        <translation>--map: &apos;%1&apos; er ikke et felt; feltene er %2.</translation>
    </message>
    <message>
        <source>--map: the file has no column &apos;%1&apos;; its columns are %2.</source>
        <translation>--map: filen har ingen kolonne &apos;%1&apos;; kolonnene er %2.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>standard inn</translation>
    </message>
    <message>
        <source>%1: nothing imported.</source>
        <translation>%1: ingenting importert.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n bad line(s); nothing imported. Correct them, or give --skip-bad-lines to import the other lines.</source>
        <translation>
            <numerusform>%1: %n feilaktig linje; ingenting importert. Rett den, eller oppgi --skip-bad-lines for å importere de andre linjene.</numerusform>
            <numerusform>%1: %n feilaktige linjer; ingenting importert. Rett dem, eller oppgi --skip-bad-lines for å importere de andre linjene.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; line(s) %1 skipped</source>
        <translation>
            <numerusform>; linje %1 hoppet over</numerusform>
            <numerusform>; linjene %1 hoppet over</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n applicant(s) would be added to vacancy %2 (%3)%4; nothing changed.
</source>
        <translation>
            <numerusform>%1: %n søker ville blitt lagt til stilling %2 (%3)%4; ingenting endret.
</numerusform>
            <numerusform>%1: %n søkere ville blitt lagt til stilling %2 (%3)%4; ingenting endret.
</numerusform>
        </translation>
    </message>
    <message>
        <source>vacancy %1: nothing imported: %2</source>
        <translation>stilling %1: ingenting importert: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n applicant(s) added to vacancy %2 (%3)%4.
</source>
        <translation>
            <numerusform>%1: %n søker lagt til stilling %2 (%3)%4.
</numerusform>
            <numerusform>%1: %n søkere lagt til stilling %2 (%3)%4.
</numerusform>
        </translation>
    </message>
    <message>
        <source>list|import-applicants --db DATABASE [options]</source>
        <translation>list|import-applicants --db DATABASE [valg]</translation>
    </message>
    <message>
        <source>Usage: %1 %2</source>
        <translation>Bruk: %1 %2</translation>
    </message>
    <message>
        <source>  list               List the vacancies of a database
  import-applicants  Add the applicants of a CSV file to a vacancy

Run &apos;%1 SUBCOMMAND --help&apos; for the options of one.</source>
        <translation>  list               List stillingene i en database
  import-applicants  Legg søkerne i en CSV-fil til en stilling

Kjør &apos;%1 SUBCOMMAND --help&apos; for valgene til en av dem.</translation>
    </message>
    <message>
        <source>give list or import-applicants.</source>
        <translation>oppgi list eller import-applicants.</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos;: give list or import-applicants.</source>
        <translation>ukjent underkommando &apos;%1&apos;: oppgi list eller import-applicants.</translation>
    </message>
</context>
<context>
    <name>VacancyRepository</name>
    <message>
        <source>Cannot read the list of vacancies</source>
        <translation>Kan ikke lese listen over stillinger</translation>
    </message>
    <message>
        <source>Cannot read the appointments of vacancy %1</source>
        <translation>Kan ikke lese tilsettingene fra stilling %1</translation>
    </message>
</context>
<context>
    <name>WaitDialog</name>
    <message>
        <source>Please wait</source>
        <translation>Vent litt</translation>
    </message>
    <message>
        <source>Cancelling: waiting for the database to stop…</source>
        <translation>Avbryter: venter på at databasen stopper…</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) so far</source>
        <translation>
            <numerusform>%n sekund så langt</numerusform>
            <numerusform>%n sekunder så langt</numerusform>
        </translation>
    </message>
    <message>
        <source>Stops the work (Esc)</source>
        <translation>Stopper arbeidet (Esc)</translation>
    </message>
</context>
<context>
    <name>Worklist</name>
    <message>
        <source>Cannot read the extensions waiting for a decision</source>
        <translation>Kan ikke lese forlengelsene som venter på vedtak</translation>
    </message>
    <message>
        <source>Cannot read the rankings waiting for a signature</source>
        <translation>Kan ikke lese innstillingene som venter på signatur</translation>
    </message>
    <message>
        <source>Cannot read the overdue deadlines and the cases with errors</source>
        <translation>Kan ikke lese forfalte frister og saker med feil</translation>
    </message>
    <message>
        <source>Cannot read the leave waiting for a decision</source>
        <translation>Kan ikke lese permisjonene som venter på avgjørelse</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Case management for fixed-term recruitment positions.</source>
        <translation>Saksbehandling for midlertidige rekrutteringsstillinger.</translation>
    </message>
    <message>
        <source>Open this case database: a file, or postgresql://user@host:port/dbname.</source>
        <translation>Åpne denne saksdatabasen: en fil eller postgresql://user@host:port/dbname.</translation>
    </message>
    <message>
        <source>database</source>
        <translation>database</translation>
    </message>
    <message>
        <source>Use this language: nb (Norwegian Bokmål) or en (English).</source>
        <translation>Bruk dette språket: nb (norsk bokmål) eller en (engelsk).</translation>
    </message>
    <message>
        <source>Save pictures of the main screens into this folder, then quit.</source>
        <translation>Lagre bilder av hovedskjermbildene i denne mappen, og avslutt.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>mappe</translation>
    </message>
    <message>
        <source>With --screenshots: take this date as today.</source>
        <translation>Med --screenshots: bruk denne datoen som dagens dato.</translation>
    </message>
    <message>
        <source>--today takes a date written YYYY-MM-DD, and only with --screenshots: Rekrutt otherwise takes the system date as today.</source>
        <translation>--today tar en dato skrevet ÅÅÅÅ-MM-DD, og bare sammen med --screenshots: ellers bruker Rekrutt systemets dato som dagens dato.</translation>
    </message>
</context>
<context>
    <name>rekrutt::ApplicantImportDialog</name>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n til</numerusform>
            <numerusform>%n til</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Applicants</source>
        <translation>Importer søkere</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fil: %1</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Koding:</translation>
    </message>
    <message>
        <source>(detected: %1)</source>
        <translation>(funnet: %1)</translation>
    </message>
    <message>
        <source>&amp;Field of each column, above the first rows of the file:</source>
        <translation>&amp;Felt for hver kolonne, over de første radene i filen:</translation>
    </message>
    <message>
        <source>The file&apos;s first rows; on the left, each row&apos;s line in the file</source>
        <translation>Filens første rader; til venstre hver rads linje i filen</translation>
    </message>
    <message>
        <source>Preview of the file</source>
        <translation>Forhåndsvisning av filen</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolonne</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemer</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ikke bruk</translation>
    </message>
    <message>
        <source>Separator: semicolon (;)</source>
        <translation>Skilletegn: semikolon (;)</translation>
    </message>
    <message>
        <source>Separator: comma (,)</source>
        <translation>Skilletegn: komma (,)</translation>
    </message>
    <message>
        <source>Field of column %1 (%2)</source>
        <translation>Felt for kolonne %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Skip the %n bad line(s)</source>
        <translation>
            <numerusform>&amp;Hopp over den feilaktige linjen</numerusform>
            <numerusform>&amp;Hopp over de %n feilaktige linjene</numerusform>
        </translation>
    </message>
    <message>
        <source>P&amp;roblems: the file cannot be imported as it is</source>
        <translation>P&amp;roblemer: filen kan ikke importeres slik den er</translation>
    </message>
    <message>
        <source>P&amp;roblems: none</source>
        <translation>P&amp;roblemer: ingen</translation>
    </message>
    <message numerus="yes">
        <source>P&amp;roblems: %n bad line(s)</source>
        <translation>
            <numerusform>P&amp;roblemer: %n feilaktig linje</numerusform>
            <numerusform>P&amp;roblemer: %n feilaktige linjer</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be imported: %1</source>
        <translation>Ingenting kan importeres: %1</translation>
    </message>
    <message numerus="yes">
        <source>Nothing will be imported until the %n bad line(s) are fixed in the file or skipped.</source>
        <translation>
            <numerusform>Ingenting importeres før den feilaktige linjen er rettet i filen eller hoppet over.</numerusform>
            <numerusform>Ingenting importeres før de %n feilaktige linjene er rettet i filen eller hoppet over.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no applicants.</source>
        <translation>Filen inneholder ingen søkere.</translation>
    </message>
    <message>
        <source>Every line is bad: nothing to import.</source>
        <translation>Alle linjene er feilaktige: ingenting å importere.</translation>
    </message>
    <message numerus="yes">
        <source>%n applicant(s) will be imported.</source>
        <translation>
            <numerusform>%n søker blir importert.</numerusform>
            <numerusform>%n søkere blir importert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad line(s) skipped: %1.</source>
        <translation>
            <numerusform>%n feilaktig linje hoppet over: %1.</numerusform>
            <numerusform>%n feilaktige linjer hoppet over: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rekrutt::ApplicantsModel</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>A short key for the applicant, unique in the case (a1, a2...)</source>
        <translation>En kort nøkkel for søkeren, unik i saken (a1, a2 …)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Kvalifisert</translation>
    </message>
    <message>
        <source>With no qualified applicant the position must be advertised again (ANN-READVERTISE, § 4)</source>
        <translation>Uten kvalifiserte søkere må stillingen lyses ut på nytt (ANN-READVERTISE, § 4)</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Funksjonsnedsettelse</translation>
    </message>
    <message>
        <source>CV gap</source>
        <translation>Hull i CV</translation>
    </message>
    <message>
        <source>Non-Western</source>
        <translation>Ikke-vestlig</translation>
    </message>
    <message>
        <source>Interviewed</source>
        <translation>Intervjuet</translation>
    </message>
    <message>
        <source>Every ranked applicant must have been interviewed (RANK-INTERVIEWED, § 5, § 6)</source>
        <translation>Alle rangerte søkere må være intervjuet (RANK-INTERVIEWED, § 5, § 6)</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referanser</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rangering</translation>
    </message>
    <message>
        <source>1 for the first choice; ranks run 1, 2, 3… without gaps or ties (RANK-REASON, § 6). Empty: not ranked</source>
        <translation>1 for førstevalget; rangeringen går 1, 2, 3 … uten hull eller delte plasser (RANK-REASON, § 6). Tomt: ikke rangert</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Reason for rank</source>
        <translation>Begrunnelse for rangering</translation>
    </message>
    <message>
        <source>Every ranked applicant needs a reason (RANK-REASON, § 6)</source>
        <translation>Alle rangerte søkere må ha en begrunnelse (RANK-REASON, § 6)</translation>
    </message>
    <message>
        <source>applicant</source>
        <translation>søker</translation>
    </message>
    <message>
        <source>If a qualified applicant declares this, at least one qualified applicant who declares it must be invited to an interview (INT-GROUPS, § 5)</source>
        <translation>Hvis en kvalifisert søker oppgir dette, må minst én kvalifisert søker som oppgir det, inviteres til intervju (INT-GROUPS, § 5)</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invitert</translation>
    </message>
    <message>
        <source>Invited to an interview; the applicant may decline. Ticking Interviewed ticks this too (INT-GROUPS, § 5)</source>
        <translation>Invitert til intervju; søkeren kan takke nei. Krysser du av for Intervjuet, krysses også denne av (INT-GROUPS, § 5)</translation>
    </message>
    <message>
        <source>Shown on the public applicant list (Freedom of Information Act § 25)</source>
        <translation>Vises på den offentlige søkerlisten (offentleglova § 25)</translation>
    </message>
    <message>
        <source>Committee&apos;s note</source>
        <translation>Komiteens merknad</translation>
    </message>
    <message>
        <source>The committee&apos;s note on the qualification: what it rests on, or why the applicant is not qualified (§ 5)</source>
        <translation>Komiteens merknad om kvalifikasjonen: hva den bygger på, eller hvorfor søkeren ikke er kvalifisert (§ 5)</translation>
    </message>
    <message>
        <source>Every ranked applicant needs at least two references (REF-TWO, § 6). With the references listed one by one below, this is the number taken</source>
        <translation>Hver rangerte søker trenger minst to referanser (REF-TWO, § 6). Når referansene er ført opp én og én nedenfor, er dette antallet som er innhentet</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Trukket</translation>
    </message>
    <message>
        <source>The applicant withdrew the application: not ranked, not appointed, not sent letters</source>
        <translation>Søkeren trakk søknaden: rangeres ikke, tilsettes ikke, får ikke brev</translation>
    </message>
    <message>
        <source>Told the outcome</source>
        <translation>Informert om utfall</translation>
    </message>
    <message>
        <source>The day the applicant was told the outcome: the place in the ranking, a rejection or the offer</source>
        <translation>Dagen søkeren fikk vite utfallet: plassen i rangeringen, et avslag eller tilbudet</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Where the letters go</source>
        <translation>Hit går brevene</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>Bosted</translation>
    </message>
    <message>
        <source>Municipality of residence. %1</source>
        <translation>Bostedskommune. %1</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Født</translation>
    </message>
    <message>
        <source>Year of birth (the public list shows the age)</source>
        <translation>Fødselsår (den offentlige listen viser alderen)</translation>
    </message>
    <message>
        <source>Exemption</source>
        <translation>Unntak</translation>
    </message>
    <message>
        <source>Asked to be left out of the public applicant list (Freedom of Information Act § 25); the extended applicant list marks it</source>
        <translation>Har bedt om å bli unntatt fra den offentlige søkerlisten (offentleglova § 25); den utvidede søkerlisten markerer det</translation>
    </message>
</context>
<context>
    <name>rekrutt::AppointDialog</name>
    <message>
        <source>Appoint Another Applicant</source>
        <translation>Tilsett en annen søker</translation>
    </message>
    <message>
        <source>%1 (ranked %2)</source>
        <translation>%1 (rangert som nr. %2)</translation>
    </message>
    <message>
        <source>%1 (not ranked)</source>
        <translation>%1 (ikke rangert)</translation>
    </message>
    <message>
        <source>Someone not on the list</source>
        <translation>En som ikke står på listen</translation>
    </message>
    <message>
        <source>The new appointment comes from the same vacancy: its announcement, committee and applicants are shared, not copied. It is saved at once and opened, in the position this case was announced for.</source>
        <translation>Den nye tilsettingen kommer fra samme stilling: utlysningen, komiteen og søkerne deles, de kopieres ikke. Den lagres med en gang og åpnes, i stillingen denne saken ble lyst ut for.</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fødselsdato</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>&amp;Applicant:</source>
        <translation>Sø&amp;ker:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>F&amp;ornavn:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Etternavn:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>F&amp;ødselsdato:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>A&amp;ppoint</source>
        <translation>T&amp;ilsett</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signert</translation>
    </message>
    <message>
        <source>Contract si&amp;gned on:</source>
        <translation>Kontrakt si&amp;gnert:</translation>
    </message>
    <message>
        <source>A contract is recorded once it is signed: %1 is after today.</source>
        <translation>En kontrakt registreres når den er signert: %1 er etter i dag.</translation>
    </message>
    <message>
        <source>The contract cannot be signed before the appointment was decided on %1.</source>
        <translation>Kontrakten kan ikke være signert før tilsettingen ble vedtatt %1.</translation>
    </message>
</context>
<context>
    <name>rekrutt::AppointmentForm</name>
    <message>
        <source>Appointment</source>
        <translation>Tilsetting</translation>
    </message>
    <message>
        <source>&amp;Not stated in the contract</source>
        <translation>Ikke angitt i arbeidsavtalen</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>Stillings&amp;type:</translation>
    </message>
    <message>
        <source>The kind of recruitment position decides which rules apply</source>
        <translation>Typen rekrutteringsstilling avgjør hvilke regler som gjelder</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Enhet:</translation>
    </message>
    <message>
        <source>The department or unit; pick a known one or type a new one</source>
        <translation>Instituttet eller enheten; velg en kjent enhet eller skriv inn en ny</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>Institus&amp;jon:</translation>
    </message>
    <message>
        <source>Automatic (by the dates, TRANS-2006)</source>
        <translation>Automatisk (etter datoene, TRANS-2006)</translation>
    </message>
    <message>
        <source>&amp;Rules:</source>
        <translation>&amp;Regelverk:</translation>
    </message>
    <message>
        <source>Which rules govern the case. Automatic: the regulations of 2006 when announced before 1 March 2025 and decided before 1 August 2025, otherwise the guidelines of 2025 (TRANS-2006, § 8)</source>
        <translation>Hvilket regelverk saken følger. Automatisk: forskriften fra 2006 når stillingen ble lyst ut før 1. mars 2025 og vedtaket ble fattet før 1. august 2025, ellers retningslinjene fra 2025 (TRANS-2006, § 8)</translation>
    </message>
    <message>
        <source>Change rules</source>
        <translation>Endre regelverk</translation>
    </message>
    <message>
        <source>Period and extent</source>
        <translation>Periode og omfang</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> måneder</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Lengde:</translation>
    </message>
    <message>
        <source>The period in months before leave and extensions. PhD: 36–48 FTE months with 36 of doctoral work (LEN-PHD, § 2.4.1); postdoc: 36–48 (LEN-PD, § 2.1.1); resident: 24–48 (LEN-RES, § 2.5); research assistant: at most 24 (LEN-RA, § 2.6)</source>
        <translation>Perioden i måneder før permisjoner og forlengelser. Stipendiat: 36–48 månedsverk, hvorav 36 til doktorgradsarbeid (LEN-PHD, § 2.4.1); postdoktor: 36–48 (LEN-PD, § 2.1.1); spesialistkandidat: 24–48 (LEN-RES, § 2.5); vitenskapelig assistent: høyst 24 (LEN-RA, § 2.6)</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>&amp;FTE:</source>
        <translation>Stillings&amp;prosent:</translation>
    </message>
    <message>
        <source>Share of a full-time position. A PhD fellow may not be below 50 % (PHD-PARTTIME, § 6.3)</source>
        <translation>Andel av full stilling. En stipendiat kan ikke ha lavere stillingsandel enn 50 % (PHD-PARTTIME, § 6.3)</translation>
    </message>
    <message>
        <source>Share of duty work; the contract must state the split between research and duty work (CON-DISTRIBUTION, § 6.1)</source>
        <translation>Andelen karrierefremmende arbeid; arbeidsavtalen må angi fordelingen mellom forskning og karrierefremmende arbeid (CON-DISTRIBUTION, § 6.1)</translation>
    </message>
    <message>
        <source> h/week</source>
        <translation> t/uke</translation>
    </message>
    <message>
        <source>&amp;Hours per week:</source>
        <translation>Timer per &amp;uke:</translation>
    </message>
    <message>
        <source>Research assistants paid by the hour only: the FTE share is hours ÷ 37.5 (C-FTE); under 15 hours needs no recommendation, assessment or contract (RA-PARTTIME, § 2.6)</source>
        <translation>Bare for timelønnede vitenskapelige assistenter: stillingsandelen er timer ÷ 37,5 (C-FTE); under 15 timer per uke krever ikke innstilling, sakkyndig vurdering eller arbeidsavtale (RA-PARTTIME, § 2.6)</translation>
    </message>
    <message>
        <source>Com&amp;bined with studies</source>
        <translation>Kom&amp;binert med studier</translation>
    </message>
    <message>
        <source>A research assistant combined with studies may be announced internally only (ANN-PUBLIC, § 4)</source>
        <translation>For vitenskapelig assistent kombinert med studier er intern utlysning nok (ANN-PUBLIC, § 4)</translation>
    </message>
    <message>
        <source>Residents and research assistants linked to a project need a project plan within three months (PLAN-3M)</source>
        <translation>Spesialistkandidater og vitenskapelige assistenter som er knyttet til et prosjekt, må ha prosjektbeskrivelse og fremdriftsplan innen tre måneder (PLAN-3M)</translation>
    </message>
    <message>
        <source>New rights &amp;written into the contract</source>
        <translation>Nye rettigheter skrevet inn i arbeidsavtalen</translation>
    </message>
    <message>
        <source>Under the regulations of 2006, the new rights on language, educational competence and career plans apply only when the contract says so (TRANS-RIGHTS, § 8)</source>
        <translation>Etter forskriften fra 2006 gjelder de nye rettighetene til norskopplæring, utdanningsfaglig kompetanse og karriereplan bare når arbeidsavtalen sier det (TRANS-RIGHTS, § 8)</translation>
    </message>
    <message>
        <source>Announcement, decision and contract</source>
        <translation>Utlysning, vedtak og arbeidsavtale</translation>
    </message>
    <message>
        <source>&amp;Announced:</source>
        <translation>Utl&amp;yst:</translation>
    </message>
    <message>
        <source>The date the position was announced; decides the rules with the decision date (TRANS-2006, § 8)</source>
        <translation>Datoen stillingen ble lyst ut; avgjør sammen med vedtaksdatoen hvilket regelverk som gjelder (TRANS-2006, § 8)</translation>
    </message>
    <message>
        <source>De&amp;cided:</source>
        <translation>&amp;Vedtatt:</translation>
    </message>
    <message>
        <source>The date of the dean&apos;s decision to appoint (TRANS-2006, § 8)</source>
        <translation>Datoen for dekanens tilsettingsvedtak (TRANS-2006, § 8)</translation>
    </message>
    <message>
        <source>Contract si&amp;gned:</source>
        <translation>Arbeidsavtale si&amp;gnert:</translation>
    </message>
    <message>
        <source>The contract must be signed before the start (CON-BEFORE-START)</source>
        <translation>Arbeidsavtalen må være signert før tiltredelse (CON-BEFORE-START)</translation>
    </message>
    <message>
        <source>Decided by:</source>
        <translation>Vedtatt av:</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Vedtatt av</translation>
    </message>
    <message>
        <source>Record appointment decision</source>
        <translation>Registrer tilsettingsvedtak</translation>
    </message>
    <message>
        <source>Duty share not stated in the contract</source>
        <translation>Andelen karrierefremmende arbeid er ikke angitt i arbeidsavtalen</translation>
    </message>
    <message>
        <source>The contract does not state the split between research and duty work: an error for PhD and postdoc positions (CON-DISTRIBUTION, § 6.1)</source>
        <translation>Arbeidsavtalen angir ikke fordelingen mellom forskning og karrierefremmende arbeid: en feil for stipendiat- og postdoktorstillinger (CON-DISTRIBUTION, § 6.1)</translation>
    </message>
    <message>
        <source>Change duty share</source>
        <translation>Endre andelen karrierefremmende arbeid</translation>
    </message>
    <message>
        <source>Duty share not stated</source>
        <translation>Andelen karrierefremmende arbeid er ikke angitt</translation>
    </message>
    <message>
        <source>Duty share stated</source>
        <translation>Andelen karrierefremmende arbeid er angitt</translation>
    </message>
    <message>
        <source>No decision recorded</source>
        <translation>Ingen vedtak er registrert</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Records your decision to appoint, dated today</source>
        <translation>Registrerer tilsettingsvedtaket ditt med dagens dato</translation>
    </message>
    <message>
        <source>Only a dean may record the appointment decision (§ 1.1). Choose your role under Settings.</source>
        <translation>Bare dekanen kan registrere tilsettingsvedtaket (§ 1.1). Velg rollen din under Innstillinger.</translation>
    </message>
    <message>
        <source>Not hourly</source>
        <translation>Ikke timelønnet</translation>
    </message>
    <message>
        <source>&amp;Duty:</source>
        <translation>&amp;Karrierefremmende arbeid:</translation>
    </message>
    <message>
        <source>Lin&amp;ked to a project</source>
        <translation>Knyttet til et pr&amp;osjekt</translation>
    </message>
    <message>
        <source>Record appoint&amp;ment decision</source>
        <translation>Registrer tilsettingsvedta&amp;k</translation>
    </message>
    <message>
        <source>Ty&amp;pe:</source>
        <translation>Stilli&amp;ngstype:</translation>
    </message>
    <message>
        <source>St&amp;art:</source>
        <translation>S&amp;tart:</translation>
    </message>
    <message>
        <source>F&amp;TE:</source>
        <translation>Stillings&amp;prosent:</translation>
    </message>
    <message>
        <source>Dut&amp;y:</source>
        <translation>Karrierefre&amp;mmende arbeid:</translation>
    </message>
    <message>
        <source>Hours per wee&amp;k:</source>
        <translation>Timer per &amp;uke:</translation>
    </message>
    <message>
        <source>Linked to a pro&amp;ject</source>
        <translation>Knyttet til et pr&amp;osjekt</translation>
    </message>
    <message>
        <source>Ann&amp;ounced:</source>
        <translation>Utl&amp;yst:</translation>
    </message>
    <message>
        <source>D&amp;ecided:</source>
        <translation>Vedt&amp;att:</translation>
    </message>
    <message>
        <source>One period per institution (ONCE, § 2.1.1, § 2.4.1, § 2.5), compared by the institution register: any name, short name or other name of one institution there is that institution</source>
        <translation>Én periode per institusjon (ONCE, § 2.1.1, § 2.4.1, § 2.5), sammenlignet etter institusjonsregisteret: ethvert navn, kortnavn eller annet navn på en institusjon der er den institusjonen</translation>
    </message>
    <message>
        <source>In the institution register: %1</source>
        <translation>I institusjonsregisteret: %1</translation>
    </message>
    <message>
        <source>In the institution register: %1 (%2)</source>
        <translation>I institusjonsregisteret: %1 (%2)</translation>
    </message>
    <message>
        <source>Not in the institution register: it is added as an institution of its own when the case is saved. Pick a name from the list if it is one the register knows.</source>
        <translation>Ikke i institusjonsregisteret: den legges til som en egen institusjon når saken lagres. Velg et navn fra listen hvis det er en registeret kjenner.</translation>
    </message>
</context>
<context>
    <name>rekrutt::CareerForm</name>
    <message>
        <source>Career</source>
        <translation>Karriere</translation>
    </message>
    <message>
        <source>Career plan</source>
        <translation>Karriereplan</translation>
    </message>
    <message>
        <source>&amp;Norwegian training in the plan</source>
        <translation>&amp;Norskopplæring i planen</translation>
    </message>
    <message>
        <source>Without Scandinavian at A2, the plan must hold Norwegian training of at least 15 credits, done before the end (CP-LANG, § 2.1.2, § 2.4.2)</source>
        <translation>Uten norsk, svensk eller dansk på nivå A2 må planen inneholde norskopplæring på minst 15 studiepoeng, fullført før periodens slutt (CP-LANG, § 2.1.2, § 2.4.2)</translation>
    </message>
    <message>
        <source> credits</source>
        <translation> studiepoeng</translation>
    </message>
    <message>
        <source>Norwegian &amp;credits completed:</source>
        <translation>Fullførte &amp;studiepoeng i norsk:</translation>
    </message>
    <message>
        <source>At 15 credits the training counts as ten weeks of duty work (C-HOURS, § 7.4) unless it was taken as a Norwegian training extension</source>
        <translation>Med 15 studiepoeng godskrives opplæringen med ti uker karrierefremmende arbeid (C-HOURS, § 7.4), med mindre den er tatt ut som forlengelse for norskopplæring</translation>
    </message>
    <message>
        <source>Measure for &amp;educational competence</source>
        <translation>Tiltak for &amp;utdanningsfaglig kompetanse</translation>
    </message>
    <message>
        <source>A postdoc without educational competence needs a measure for it (CP-EDU, § 2.1.2)</source>
        <translation>En postdoktor uten utdanningsfaglig kompetanse trenger et tiltak for å oppnå den (CP-EDU, § 2.1.2)</translation>
    </message>
    <message>
        <source>Measure for experience &amp;outside NTNU</source>
        <translation>Tiltak for &amp;erfaring utenfor NTNU</translation>
    </message>
    <message>
        <source>A postdoc with less than 12 months elsewhere needs a measure for it (PD-EXTERNAL, § 2.1.1)</source>
        <translation>En postdoktor med under 12 måneder ved andre institusjoner trenger et tiltak for dette (PD-EXTERNAL, § 2.1.1)</translation>
    </message>
    <message>
        <source>Duty work</source>
        <translation>Karrierefremmende arbeid</translation>
    </message>
    <message>
        <source>&amp;Add duty work</source>
        <translation>&amp;Legg til karrierefremmende arbeid</translation>
    </message>
    <message>
        <source>&amp;Remove duty work</source>
        <translation>F&amp;jern karrierefremmende arbeid</translation>
    </message>
    <message>
        <source>No duty work recorded.</source>
        <translation>Det er ikke registrert karrierefremmende arbeid.</translation>
    </message>
    <message>
        <source>Teaching, supervision and other duty work done (§ 3.2), counted against the hours of the contract (§ 3.3).</source>
        <translation>Undervisning, veiledning og annet karrierefremmende arbeid som er utført (§ 3.2), regnet mot timene i arbeidsavtalen (§ 3.3).</translation>
    </message>
    <message>
        <source>Contracted duty: %1 hours · credited: %2 hours (C-HOURS, DUTY-BALANCE)</source>
        <translation>Avtalt karrierefremmende arbeid: %1 timer · godskrevet: %2 timer (C-HOURS, DUTY-BALANCE)</translation>
    </message>
    <message>
        <source>Norwegian &amp;training in the plan</source>
        <translation>&amp;Norskopplæring i planen</translation>
    </message>
    <message>
        <source>&amp;Norwegian credits completed:</source>
        <translation>Fullf&amp;ørte studiepoeng i norsk:</translation>
    </message>
    <message>
        <source>Add &amp;measure</source>
        <translation>Legg til &amp;tiltak</translation>
    </message>
    <message>
        <source>Remove measure</source>
        <translation>Fjern tiltak</translation>
    </message>
    <message>
        <source>Goals and measures</source>
        <translation>Mål og tiltak</translation>
    </message>
    <message>
        <source>No goals or measures written yet.</source>
        <translation>Ingen mål eller tiltak skrevet ennå.</translation>
    </message>
    <message>
        <source>The career goals agreed with the fellow and the measures to reach them, each with who sees it through (§ 3.1). Norwegian training and educational competence belong here when they are needed.</source>
        <translation>Karrieremålene avtalt med stipendiaten og tiltakene for å nå dem, hvert med hvem som følger det opp (§ 3.1). Norskopplæring og utdanningsfaglig kompetanse hører hjemme her når de trengs.</translation>
    </message>
    <message>
        <source>Add co&amp;urse</source>
        <translation>Legg til e&amp;mne</translation>
    </message>
    <message>
        <source>Remove course</source>
        <translation>Fjern emne</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Emner</translation>
    </message>
    <message>
        <source>No courses recorded.</source>
        <translation>Ingen emner registrert.</translation>
    </message>
    <message>
        <source>Norwegian and educational competence</source>
        <translation>Norsk og utdanningsfaglig kompetanse</translation>
    </message>
    <message>
        <source>Courses taken toward Norwegian (at least 15 credits before the end, § 2.1.2, § 2.4.2) and toward educational competence (§ 2.1.2). The Norwegian courses passed make the credits completed.</source>
        <translation>Emner tatt mot norsk (minst 15 studiepoeng før slutten, § 2.1.2, § 2.4.2) og mot utdanningsfaglig kompetanse (§ 2.1.2). De beståtte norskemnene gir de fullførte studiepoengene.</translation>
    </message>
    <message>
        <source>Add u&amp;pdate</source>
        <translation>Legg til &amp;oppdatering</translation>
    </message>
    <message>
        <source>Remove update</source>
        <translation>Fjern oppdatering</translation>
    </message>
    <message>
        <source>Updates of the plan</source>
        <translation>Oppdateringer av planen</translation>
    </message>
    <message>
        <source>The plan has not been updated yet.</source>
        <translation>Planen er ikke oppdatert ennå.</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Oppdateringer</translation>
    </message>
    <message>
        <source>The plan is followed up and updated at the annual employee interview (§ 1.1, § 3.1).</source>
        <translation>Planen følges opp og oppdateres i den årlige medarbeidersamtalen (§ 1.1, § 3.1).</translation>
    </message>
    <message>
        <source>Evaluation at the end</source>
        <translation>Evaluering ved slutten</translation>
    </message>
    <message>
        <source>What the plan reached, evaluated at the end of the period (CP-END, § 3.1)</source>
        <translation>Hva planen oppnådde, evaluert ved slutten av perioden (CP-END, § 3.1)</translation>
    </message>
    <message>
        <source>The credits of the Norwegian courses passed, below; change them there</source>
        <translation>Studiepoengene fra de beståtte norskemnene nedenfor; endre dem der</translation>
    </message>
</context>
<context>
    <name>rekrutt::CareerMeasuresModel</name>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>The career goal the measure serves (§ 3.1)</source>
        <translation>Karrieremålet tiltaket tjener (§ 3.1)</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>What will be done to reach the goal</source>
        <translation>Hva som skal gjøres for å nå målet</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Norwegian training and educational competence belong in the plan when they are needed (§ 3.1)</source>
        <translation>Norskopplæring og utdanningsfaglig kompetanse skal stå i planen når de trengs (§ 3.1)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>Who sees the measure through</source>
        <translation>Hvem som følger opp tiltaket</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Utført</translation>
    </message>
    <message>
        <source>Empty while the measure is not done</source>
        <translation>Tomt så lenge tiltaket ikke er utført</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>tiltak</translation>
    </message>
</context>
<context>
    <name>rekrutt::CaseDocument</name>
    <message>
        <source>%1 (the ranking&apos;s signature is withdrawn)</source>
        <translation>%1 (signaturen på rangeringen er trukket tilbake)</translation>
    </message>
    <message>
        <source>Edit title</source>
        <translation>Endre tittel</translation>
    </message>
    <message>
        <source>Reading the person&apos;s earlier appointments…</source>
        <translation>Leser personens tidligere tilsettinger…</translation>
    </message>
</context>
<context>
    <name>rekrutt::CaseEditor</name>
    <message>
        <source>Sections of the case</source>
        <translation>Delene av saken</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Ny sak</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Cannot save the case</source>
        <translation>Kan ikke lagre saken</translation>
    </message>
    <message>
        <source>No case database is open.</source>
        <translation>Ingen saksdatabase er åpen.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) in this section</source>
        <translation>
            <numerusform>%n funn i denne delen</numerusform>
            <numerusform>%n funn i denne delen</numerusform>
        </translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Forklaring</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Frister</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historikk</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Funn</translation>
    </message>
    <message>
        <source>Case not saved</source>
        <translation>Saken er ikke lagret</translation>
    </message>
    <message>
        <source>Fields to correct before saving</source>
        <translation>Felter som må rettes før lagring</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Ikke endret</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Correct these fields first; nothing was saved:

%1</source>
        <translation>Rett disse feltene først; ingenting ble lagret:

%1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>og %n til</numerusform>
            <numerusform>og %n til</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Before the case can be saved:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Før saken kan lagres:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>The case of %1 has changes that are not saved.</source>
        <translation>Saken til %1 har endringer som ikke er lagret.</translation>
    </message>
</context>
<context>
    <name>rekrutt::CaseHeader</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Funn</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Ny sak</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 → &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1 → &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>nominal end %1</source>
        <translation>opprinnelig slutt %1</translation>
    </message>
    <message>
        <source>frame end %1</source>
        <translation>tidsrammens slutt %1</translation>
    </message>
    <message>
        <source>no frame</source>
        <translation>ingen tidsramme</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) proposed</source>
        <translation>
            <numerusform>%n dag foreslått</numerusform>
            <numerusform>%n dager foreslått</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n feil</numerusform>
            <numerusform>%n feil</numerusform>
        </translation>
    </message>
    <message>
        <source>no errors</source>
        <translation>ingen feil</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advarsel</numerusform>
            <numerusform>%n advarsler</numerusform>
        </translation>
    </message>
    <message>
        <source>no warnings</source>
        <translation>ingen advarsler</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n merknad</numerusform>
            <numerusform>%n merknader</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n leave(s) awaiting the dean</source>
        <translation>
            <numerusform>%n permisjon venter på dekanen</numerusform>
            <numerusform>%n permisjoner venter på dekanen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rekrutt::CaseListModel</name>
    <message>
        <source>Not started</source>
        <translation>Ikke tiltrådt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Ends within 6 months</source>
        <translation>Slutter innen 6 måneder</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Avsluttet</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>next deadline: date · what</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 %2, case %3</source>
        <translation>%1 %2, sak %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Nominal end %1, extended to %2 by leave and extensions.</source>
        <translation>Opprinnelig slutt %1, forlenget til %2 på grunn av permisjoner og forlengelser.</translation>
    </message>
    <message>
        <source>The time frame ends %1.</source>
        <translation>Den maksimale tidsrammen slutter %1.</translation>
    </message>
    <message>
        <source>Starts %1.</source>
        <translation>Starter %1.</translation>
    </message>
    <message>
        <source>Ended %1.</source>
        <translation>Sluttet %1.</translation>
    </message>
    <message>
        <source>Ends %1.</source>
        <translation>Slutter %1.</translation>
    </message>
    <message>
        <source>No open deadlines.</source>
        <translation>Ingen åpne frister.</translation>
    </message>
    <message>
        <source>%1, due %2 (%3).</source>
        <translation>%1, frist %2 (%3).</translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s) missed.</source>
        <translation>
            <numerusform>%n frist er oversittet.</numerusform>
            <numerusform>%n frister er oversittet.</numerusform>
        </translation>
    </message>
    <message>
        <source>No errors.</source>
        <translation>Ingen feil.</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s); the first: %1</source>
        <translation>
            <numerusform>%n feil: %1</numerusform>
            <numerusform>%n feil; den første: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>Ingen advarsler.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s), of which %1 for missed deadlines.</source>
        <translation>
            <numerusform>%n advarsel (%1 for oversittet frist).</numerusform>
            <numerusform>%n advarsler, %1 av dem for oversittede frister.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n advarsel.</numerusform>
            <numerusform>%n advarsler.</numerusform>
        </translation>
    </message>
    <message>
        <source>No open deadlines</source>
        <translation>Ingen åpne frister</translation>
    </message>
    <message>
        <source>%1, due %2, %3</source>
        <translation>%1, frist %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n feil</numerusform>
            <numerusform>%n feil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advarsel</numerusform>
            <numerusform>%n advarsler</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slutt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Neste frist</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Feil</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advarsler</translation>
    </message>
    <message>
        <source>The end of the period as computed, with leave and approved extensions.</source>
        <translation>Beregnet slutt på perioden, med permisjoner og innvilgede forlengelser.</translation>
    </message>
    <message>
        <source>Where the appointment stands today.</source>
        <translation>Status for tilsettingen i dag.</translation>
    </message>
    <message>
        <source>The earliest deadline not yet met; overdue ones are marked.</source>
        <translation>Den første fristen som ikke er oppfylt; oversittede frister er markert.</translation>
    </message>
    <message>
        <source>Findings that break a rule of the guidelines.</source>
        <translation>Funn som bryter en regel i retningslinjene.</translation>
    </message>
    <message>
        <source>Findings to look at, missed deadlines included.</source>
        <translation>Funn som bør sjekkes, også oversittede frister.</translation>
    </message>
</context>
<context>
    <name>rekrutt::CaseListPage</name>
    <message>
        <source>Needs &amp;attention</source>
        <translation>Trenger &amp;oppfølging</translation>
    </message>
    <message>
        <source>Search name, unit, type…</source>
        <translation>Søk etter navn, enhet, stilling…</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Søk i sakene</translation>
    </message>
    <message>
        <source>Shows the cases whose name, unit, position or case number contain every word typed (%1). Esc clears the search.</source>
        <translation>Viser sakene der navn, enhet, stilling eller saksnummer inneholder alle ordene du skriver (%1). Esc tømmer søket.</translation>
    </message>
    <message>
        <source>Position filter</source>
        <translation>Filter for stilling</translation>
    </message>
    <message>
        <source>All positions</source>
        <translation>Alle stillinger</translation>
    </message>
    <message>
        <source>Unit filter</source>
        <translation>Filter for enhet</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Alle enheter</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filter for status</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alle statuser</translation>
    </message>
    <message>
        <source>Only cases that need attention</source>
        <translation>Bare saker som trenger oppfølging</translation>
    </message>
    <message>
        <source>Only cases with errors or missed deadlines.</source>
        <translation>Bare saker med feil eller oversittede frister.</translation>
    </message>
    <message>
        <source>Number of cases shown</source>
        <translation>Antall saker som vises</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Saker</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>Sti&amp;lling:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Enhet:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n sak</numerusform>
            <numerusform>%n saker</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n case(s)</source>
        <translation>
            <numerusform>Viser %1 av %n sak</numerusform>
            <numerusform>Viser %1 av %n saker</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>cases shown · selected</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n valgt</numerusform>
            <numerusform>%n valgt</numerusform>
        </translation>
    </message>
    <message>
        <source>No database open: create one with File ▸ New database (%1) or open one with File ▸ Open database (%2).</source>
        <translation>Ingen database er åpen: opprett en med Fil ▸ Ny database (%1), eller åpne en med Fil ▸ Åpne database (%2).</translation>
    </message>
    <message>
        <source>The cases could not be read: %1</source>
        <translation>Kunne ikke lese sakene: %1</translation>
    </message>
    <message>
        <source>No cases yet: create one with Case ▸ New case (%1) or import case files with File ▸ Import case files (%2).</source>
        <translation>Ingen saker ennå: opprett en med Sak ▸ Ny sak (%1), eller importer saksfiler med Fil ▸ Importer saksfiler (%2).</translation>
    </message>
    <message>
        <source>No case matches the search and the filters.</source>
        <translation>Ingen saker passer med søket og filtrene.</translation>
    </message>
    <message>
        <source>Clear the search and the filters</source>
        <translation>Tøm søket og filtrene</translation>
    </message>
</context>
<context>
    <name>rekrutt::CaseTableModel</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nei</translation>
    </message>
    <message>
        <source>Change %1 of %2 %3</source>
        <translation>Endre «%1» for %2 %3</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Legg til %1</translation>
    </message>
    <message>
        <source>Remove %1 %2</source>
        <translation>Fjern %1 %2</translation>
    </message>
    <message>
        <source>Change a decision</source>
        <translation>Endre en avgjørelse</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>rekrutt::CommitteeModel</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>A short key for the member, unique in the case (c1, c2...)</source>
        <translation>En kort nøkkel for medlemmet, unik i saken (c1, c2 …)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Assoc. prof. level</source>
        <translation>Førsteamanuensisnivå</translation>
    </message>
    <message>
        <source>At least two members at associate professor level or above (ASM-COMMITTEE, § 5)</source>
        <translation>Minst to medlemmer med førsteamanuensiskompetanse eller høyere (ASM-COMMITTEE, § 5)</translation>
    </message>
    <message>
        <source>Impartiality declared</source>
        <translation>Habilitet erklært</translation>
    </message>
    <message>
        <source>Every member declares impartiality (ASM-IMPARTIAL, § 1, § 5)</source>
        <translation>Alle medlemmer skal levere habilitetserklæring (ASM-IMPARTIAL, § 1, § 5)</translation>
    </message>
    <message>
        <source>Conflicts with</source>
        <translation>Inhabil overfor</translation>
    </message>
    <message>
        <source>The ids of applicants the member is partial to, separated by commas (a1, a3). A conflict with a ranked or interviewed applicant is an error (ASM-IMPARTIAL)</source>
        <translation>ID-ene til søkerne medlemmet er inhabilt overfor, skilt med komma (a1, a3). Inhabilitet overfor en rangert eller intervjuet søker er en feil (ASM-IMPARTIAL)</translation>
    </message>
    <message>
        <source>committee member</source>
        <translation>komitémedlem</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Komité</translation>
    </message>
    <message>
        <source>A member of the academic assessment committee; two at associate professor level are needed (ASM-COMMITTEE, § 5)</source>
        <translation>Medlem av den faglige bedømmelseskomiteen; to på førsteamanuensisnivå trengs (ASM-COMMITTEE, § 5)</translation>
    </message>
    <message>
        <source>Recruitment group</source>
        <translation>Rekrutteringsgruppe</translation>
    </message>
    <message>
        <source>A member of the recruitment group that interviews: normally the position&apos;s immediate manager, staff of the academic community and HR (§ 5). A committee member may be in it too</source>
        <translation>Medlem av rekrutteringsgruppen som intervjuer: normalt stillingens nærmeste leder, ansatte fra fagmiljøet og HR (§ 5). Et komitémedlem kan også være med</translation>
    </message>
</context>
<context>
    <name>rekrutt::CompetenceCoursesModel</name>
    <message>
        <source>Toward</source>
        <translation>Mot</translation>
    </message>
    <message>
        <source>Norwegian: at least 15 credits before the end without Scandinavian at A2 (CP-LANG, § 2.1.2, § 2.4.2)</source>
        <translation>Norsk: minst 15 studiepoeng før slutten uten skandinavisk på A2 (CP-LANG, § 2.1.2, § 2.4.2)</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Emne</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Studiepoeng</translation>
    </message>
    <message>
        <source>ECTS credits of the course</source>
        <translation>Emnets studiepoeng (ECTS)</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestått</translation>
    </message>
    <message>
        <source>Empty while the course is under way; the Norwegian courses passed make the credits completed</source>
        <translation>Tomt mens emnet pågår; de beståtte norskemnene gir de fullførte studiepoengene</translation>
    </message>
    <message>
        <source>course</source>
        <translation>emne</translation>
    </message>
</context>
<context>
    <name>rekrutt::ConflictsModel</name>
    <message>
        <source>Applicant</source>
        <translation>Søker</translation>
    </message>
    <message>
        <source>Declared in the member&apos;s “Conflicts with”</source>
        <translation>Meldt i medlemmets «Inhabil overfor»</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Avgjørelse</translation>
    </message>
    <message>
        <source>Open: the conflict stands, and is an error once the applicant is interviewed or ranked (ASM-IMPARTIAL). Found not to apply: the member is not disqualified. Member replaced: the member is disqualified and takes no further part; add the member who replaces them (§ 1)</source>
        <translation>Åpen: konflikten står ved lag, og er en feil når søkeren er intervjuet eller rangert (ASM-IMPARTIAL). Ikke inhabil: medlemmet er ikke inhabilt. Medlem erstattet: medlemmet er inhabilt og deltar ikke videre; legg til medlemmet som erstatter det (§ 1)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <source>The tie declared and what was decided of it</source>
        <translation>Tilknytningen som er meldt, og hva som ble avgjort</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>Avgjort</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>konflikt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>rekrutt::DatabaseActions</name>
    <message>
        <source>Rekrutt case files (*.case.json *.json)</source>
        <translation>Rekrutt-saksfiler (*.case.json *.json)</translation>
    </message>
    <message>
        <source>Rekrutt databases (*.rekrutt *.sqlite *.db);;All files (*)</source>
        <translation>Rekrutt-databaser (*.rekrutt *.sqlite *.db);;Alle filer (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Ny database…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Åpne database…</translation>
    </message>
    <message>
        <source>&amp;Connect to shared database…</source>
        <translation>&amp;Koble til delt database…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Sist &amp;brukte</translation>
    </message>
    <message>
        <source>&amp;Import case files…</source>
        <translation>&amp;Importer saksfiler…</translation>
    </message>
    <message>
        <source>&amp;Export case to file…</source>
        <translation>&amp;Eksporter sak til fil…</translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation>&amp;Sikkerhetskopier databasen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Kan ikke åpne databasen</translation>
    </message>
    <message>
        <source>New case database</source>
        <translation>Ny saksdatabase</translation>
    </message>
    <message>
        <source>cases</source>
        <comment>the suggested file name of a new database</comment>
        <translation>saker</translation>
    </message>
    <message>
        <source>%1 exists already. Rekrutt never overwrites a file: choose a new name, or open it with Open database.</source>
        <translation>%1 finnes allerede. Rekrutt overskriver aldri en fil: velg et nytt navn, eller åpne filen med Åpne database.</translation>
    </message>
    <message>
        <source>Open case database</source>
        <translation>Åpne saksdatabase</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>Ingen nylig brukte databaser</translation>
    </message>
    <message>
        <source>Import case files</source>
        <translation>Importer saksfiler</translation>
    </message>
    <message>
        <source>Nothing was imported, because a file could not be read:
%1</source>
        <translation>Ingenting ble importert fordi en fil ikke kunne leses:
%1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fil</numerusform>
            <numerusform>%n filer</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Ingenting ble importert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s).</source>
        <translation>
            <numerusform>%n sak ble importert.</numerusform>
            <numerusform>%n saker ble importert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The files name %n institution(s) that the institution register did not know: %1. Each was added as an institution of its own. If one is another name of an institution already in the register, make it one in Settings ▸ Institution register, so that one period per institution (ONCE) and the research assistant&apos;s total (RA-TOTAL) see them as one.</source>
        <translation>
            <numerusform>Filene nevner %n institusjon som institusjonsregisteret ikke kjente: %1. Den ble lagt til som en egen institusjon. Er den et annet navn på en institusjon som alt står i registeret, gjør dem til én under Innstillinger ▸ Institusjonsregister, slik at én periode per institusjon (ONCE) og vitenskapelig assistents samlede tid (RA-TOTAL) ser dem som én.</numerusform>
            <numerusform>Filene nevner %n institusjoner som institusjonsregisteret ikke kjente: %1. Hver ble lagt til som en egen institusjon. Er en av dem et annet navn på en institusjon som alt står i registeret, gjør dem til én under Innstillinger ▸ Institusjonsregister, slik at én periode per institusjon (ONCE) og vitenskapelig assistents samlede tid (RA-TOTAL) ser dem som én.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export case to file</source>
        <translation>Eksporter sak til fil</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Eksportert til %1</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>Sikkerhetskopier databasen</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Sikkerhetskopien er lagret som %1</translation>
    </message>
    <message>
        <source>Rekrutt office files (*.office.json *.json)</source>
        <translation>Rekrutt-kontorfiler (*.office.json *.json)</translation>
    </message>
    <message>
        <source>Import &amp;whole office…</source>
        <translation>Importer &amp;hele kontoret…</translation>
    </message>
    <message>
        <source>Export whole office to one fi&amp;le…</source>
        <translation>Eksporter hele kontoret til én &amp;fil…</translation>
    </message>
    <message>
        <source>Stores a whole office exported from another database, with its people, vacancies and appointments linked as they were</source>
        <translation>Lagrer et helt kontor eksportert fra en annen database, med personer, stillinger og ansettelser knyttet sammen slik de var</translation>
    </message>
    <message>
        <source>Writes every case of this database to one office file, to move the office to another database</source>
        <translation>Skriver alle sakene i denne databasen til én kontorfil, for å flytte kontoret til en annen database</translation>
    </message>
    <message>
        <source>Import office</source>
        <translation>Importer kontoret</translation>
    </message>
    <message>
        <source>Nothing was imported, because the office file could not be read:
%1</source>
        <translation>Ingenting ble importert, fordi kontorfilen ikke kunne leses:
%1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n appointment(s).</source>
        <translation>
            <numerusform>Importerte %n ansettelse.</numerusform>
            <numerusform>Importerte %n ansettelser.</numerusform>
        </translation>
    </message>
    <message>
        <source>The institution register is now the office file&apos;s.</source>
        <translation>Institusjonsregisteret er nå kontorfilens.</translation>
    </message>
    <message>
        <source>This database held cases already, so its institution register was kept.</source>
        <translation>Databasen hadde saker fra før, så institusjonsregisteret dens ble beholdt.</translation>
    </message>
    <message>
        <source>Added to the institution register, each as an institution of its own: %1.</source>
        <translation>Lagt til i institusjonsregisteret, hver som en egen institusjon: %1.</translation>
    </message>
    <message>
        <source>Export office</source>
        <translation>Eksporter kontoret</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n appointment(s) to %1</source>
        <translation>
            <numerusform>Eksporterte %n ansettelse til %1</numerusform>
            <numerusform>Eksporterte %n ansettelser til %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This database holds %n case(s) already. The office file&apos;s appointments will be added beside them, not merged with them: importing an office twice gives every appointment twice. Import it?</source>
        <translation>
            <numerusform>Denne databasen har allerede %n sak. Kontorfilens ansettelser legges til ved siden av den, ikke slått sammen med den: å importere et kontor to ganger gir hver ansettelse to ganger. Vil du importere?</numerusform>
            <numerusform>Denne databasen har allerede %n saker. Kontorfilens ansettelser legges til ved siden av dem, ikke slått sammen med dem: å importere et kontor to ganger gir hver ansettelse to ganger. Vil du importere?</numerusform>
        </translation>
    </message>
    <message>
        <source>The office file holds the vacancies as the recruitment of their appointments.</source>
        <translation>Kontorfilen har stillingene som rekrutteringen til tilsettingene sine.</translation>
    </message>
    <message numerus="yes">
        <source>%n vacancy(ies) with no appointment yet are not in it: %1.</source>
        <translation>
            <numerusform>%n stilling uten tilsetting ennå er ikke med: %1.</numerusform>
            <numerusform>%n stillinger uten tilsetting ennå er ikke med: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of %n other vacancy(ies), the title and the steps taken are not in it.</source>
        <translation>
            <numerusform>For %n annen stilling er tittelen og stegene som er tatt, ikke med.</numerusform>
            <numerusform>For %n andre stillinger er tittelen og stegene som er tatt, ikke med.</numerusform>
        </translation>
    </message>
    <message>
        <source>They stay in this database; back it up (File ▸ Back up database) to keep them with it.</source>
        <translation>De blir liggende i denne databasen; ta sikkerhetskopi av den (Fil ▸ Sikkerhetskopier databasen) for å beholde dem.</translation>
    </message>
    <message>
        <source>Reading the vacancies…</source>
        <translation>Leser stillingene…</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Tar sikkerhetskopi av databasen…</translation>
    </message>
</context>
<context>
    <name>rekrutt::DateEdit</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Clear the date (no date)</source>
        <translation>Fjern datoen (ingen dato)</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>Fjern datoen</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Tøm «%1»</translation>
    </message>
    <message>
        <source>Clear %1 (no date)</source>
        <translation>Tøm «%1» (ingen dato)</translation>
    </message>
    <message>
        <source>Type the date as 14.03.1996, 14031996 or 1996-03-14, or pick it in the calendar (Alt+Down). Up and Down change the day.</source>
        <translation>Skriv datoen som 14.03.1996, 14031996 eller 1996-03-14, eller velg den i kalenderen (Alt+Pil ned). Pil opp og Pil ned endrer dagen.</translation>
    </message>
    <message>
        <source>Pick the date in a calendar (Alt+Down)</source>
        <translation>Velg datoen i en kalender (Alt+Pil ned)</translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation>Åpne kalenderen</translation>
    </message>
    <message>
        <source>Pick %1 in a calendar</source>
        <translation>Velg %1 i en kalender</translation>
    </message>
</context>
<context>
    <name>rekrutt::DeadlineListModel</name>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>oversittet med %n dag</numerusform>
            <numerusform>oversittet med %n dager</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>frist i dag</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>om %n dag</numerusform>
            <numerusform>om %n dager</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>rule, section</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>given name, family name</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>calendar: deadline – person</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Rule %1 (%2 of the guidelines)</source>
        <translation>Regel %1 (%2 i retningslinjene)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Rekrutt case %1</source>
        <translation>Rekrutt-sak %1</translation>
    </message>
    <message>
        <source>Due %1 (%2).</source>
        <translation>Frist %1 (%2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %2, case %3</source>
        <translation>%1 %2, sak %3</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fristdato</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Dager igjen</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>The rule the deadline comes from, and its section of the guidelines.</source>
        <translation>Regelen fristen kommer fra, og bestemmelsen i retningslinjene.</translation>
    </message>
</context>
<context>
    <name>rekrutt::DeadlinesPage</name>
    <message>
        <source>&amp;Export calendar (.ics)…</source>
        <translation>&amp;Eksporter kalender (.ics)…</translation>
    </message>
    <message>
        <source>Which deadlines to show</source>
        <translation>Hvilke frister som skal vises</translation>
    </message>
    <message>
        <source>All open deadlines</source>
        <translation>Alle åpne frister</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Oversittede</translation>
    </message>
    <message>
        <source>Overdue and next 30 days</source>
        <translation>Oversittede og neste 30 dager</translation>
    </message>
    <message>
        <source>Overdue and next 90 days</source>
        <translation>Oversittede og neste 90 dager</translation>
    </message>
    <message>
        <source>Export the deadlines shown as a calendar file</source>
        <translation>Eksporter fristene som vises, som en kalenderfil</translation>
    </message>
    <message>
        <source>Saves the deadlines shown as an iCalendar file (.ics) for Outlook, Google Calendar or Apple Calendar. Exporting again updates the same events.</source>
        <translation>Lagrer fristene som vises, som en iCalendar-fil (.ics) for Outlook, Google Kalender eller Apple Kalender. Eksporterer du på nytt, blir de samme hendelsene oppdatert.</translation>
    </message>
    <message>
        <source>Number of deadlines shown</source>
        <translation>Antall frister som vises</translation>
    </message>
    <message>
        <source>Open deadlines</source>
        <translation>Åpne frister</translation>
    </message>
    <message numerus="yes">
        <source>%n open deadline(s)</source>
        <translation>
            <numerusform>%n åpen frist</numerusform>
            <numerusform>%n åpne frister</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n open deadline(s)</source>
        <translation>
            <numerusform>Viser %1 av %n åpen frist</numerusform>
            <numerusform>Viser %1 av %n åpne frister</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>deadlines shown · overdue</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n oversittet</numerusform>
            <numerusform>%n oversittet</numerusform>
        </translation>
    </message>
    <message>
        <source>No database open: create one with File ▸ New database (%1) or open one with File ▸ Open database (%2).</source>
        <translation>Ingen database er åpen: opprett en med Fil ▸ Ny database (%1), eller åpne en med Fil ▸ Åpne database (%2).</translation>
    </message>
    <message>
        <source>The cases could not be read: %1</source>
        <translation>Kunne ikke lese sakene: %1</translation>
    </message>
    <message>
        <source>No cases yet: create one with Case ▸ New case (%1) or import case files with File ▸ Import case files (%2).</source>
        <translation>Ingen saker ennå: opprett en med Sak ▸ Ny sak (%1), eller importer saksfiler med Fil ▸ Importer saksfiler (%2).</translation>
    </message>
    <message>
        <source>No open deadlines: every deadline of every case has been met.</source>
        <translation>Ingen åpne frister: alle frister i alle saker er oppfylt.</translation>
    </message>
    <message>
        <source>Nothing is overdue.</source>
        <translation>Ingen frister er oversittet.</translation>
    </message>
    <message>
        <source>No deadlines fall due in this period, and nothing is overdue.</source>
        <translation>Ingen frister forfaller i denne perioden, og ingen er oversittet.</translation>
    </message>
    <message>
        <source>Rekrutt deadlines</source>
        <translation>Rekrutt-frister</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Eksporter kalender</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>iCalendar-filer (*.ics);;Alle filer (*)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n deadline(s) to %1.</source>
        <translation>
            <numerusform>%n frist er eksportert til %1.</numerusform>
            <numerusform>%n frister er eksportert til %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sh&amp;ow:</source>
        <translation>&amp;Utvalg:</translation>
    </message>
    <message>
        <source>Search name, unit, type, deadline…</source>
        <translation>Søk etter navn, enhet, stilling, frist…</translation>
    </message>
    <message>
        <source>Search deadlines</source>
        <translation>Søk i fristene</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>S&amp;øk:</translation>
    </message>
    <message>
        <source>Position filter</source>
        <translation>Filter for stilling</translation>
    </message>
    <message>
        <source>All positions</source>
        <translation>Alle stillinger</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>Sti&amp;lling:</translation>
    </message>
    <message>
        <source>Unit filter</source>
        <translation>Filter for enhet</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Alle enheter</translation>
    </message>
    <message>
        <source>U&amp;nit:</source>
        <translation>E&amp;nhet:</translation>
    </message>
    <message>
        <source>No open deadline matches the search and the filters.</source>
        <translation>Ingen åpen frist passer med søket og filtrene.</translation>
    </message>
</context>
<context>
    <name>rekrutt::DeadlinesPanel</name>
    <message>
        <source>Deadlines</source>
        <translation>Frister</translation>
    </message>
    <message>
        <source>done late, on %1</source>
        <translation>oppfylt for sent, %1</translation>
    </message>
    <message>
        <source>done on %1</source>
        <translation>oppfylt %1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>oversittet</translation>
    </message>
    <message>
        <source>open</source>
        <translation>åpen</translation>
    </message>
    <message>
        <source>Due %1 · %2</source>
        <translation>Frist %1 · %2</translation>
    </message>
    <message>
        <source>%1: due %2, %3</source>
        <translation>%1: frist %2, %3</translation>
    </message>
</context>
<context>
    <name>rekrutt::DepartmentTimeline</name>
    <message>
        <source>Postdoc</source>
        <translation>Postdoktor</translation>
    </message>
    <message>
        <source>MSCA</source>
        <translation>MSCA</translation>
    </message>
    <message>
        <source>Tenure track</source>
        <translation>Innstegsstilling</translation>
    </message>
    <message>
        <source>PhD</source>
        <translation>Stipendiat</translation>
    </message>
    <message>
        <source>Int. PhD</source>
        <translation>Int. ph.d.</translation>
    </message>
    <message>
        <source>Dual comp.</source>
        <translation>Dobbeltkomp.</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Spes.kand.</translation>
    </message>
    <message>
        <source>Res. assistant</source>
        <translation>Vit.ass.</translation>
    </message>
    <message>
        <source>Department timeline</source>
        <translation>Instituttets tidslinje</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) in %1 unit(s), from %2 to %3</source>
        <translation>
            <numerusform>%n sak fra %2 til %3 (antall enheter: %1)</numerusform>
            <numerusform>%n saker fra %2 til %3 (antall enheter: %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n case(s) shown</source>
        <translation>
            <numerusform>%1: %n sak vises</numerusform>
            <numerusform>%1: %n saker vises</numerusform>
        </translation>
    </message>
    <message>
        <source>No unit</source>
        <translation>Ingen enhet</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>oversittet med %n dag</numerusform>
            <numerusform>oversittet med %n dager</numerusform>
        </translation>
    </message>
    <message>
        <source>open</source>
        <translation>åpen</translation>
    </message>
    <message>
        <source>%1 due %2 — %3</source>
        <translation>%1, frist %2 — %3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2 (nominal end %3 + %n day(s))</source>
        <translation>
            <numerusform>%1 – %2 (opprinnelig slutt %3 + %n dag)</numerusform>
            <numerusform>%1 – %2 (opprinnelig slutt %3 + %n dager)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No period yet</source>
        <translation>Ingen periode ennå</translation>
    </message>
    <message numerus="yes">
        <source>Frame end %1: the end lies %n day(s) after it</source>
        <translation>
            <numerusform>Tidsrammens slutt %1: sluttdatoen ligger %n dag etter</numerusform>
            <numerusform>Tidsrammens slutt %1: sluttdatoen ligger %n dager etter</numerusform>
        </translation>
    </message>
    <message>
        <source>Frame end %1</source>
        <translation>Tidsrammens slutt %1</translation>
    </message>
    <message>
        <source>Next deadline: %1, %2 (overdue)</source>
        <translation>Neste frist: %1, %2 (oversittet)</translation>
    </message>
    <message>
        <source>Next deadline: %1, %2</source>
        <translation>Neste frist: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n feil</numerusform>
            <numerusform>%n feil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed deadline(s)</source>
        <translation>
            <numerusform>%n oversittet frist</numerusform>
            <numerusform>%n oversittede frister</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the case.</source>
        <translation>Dobbeltklikk eller trykk Enter for å åpne saken.</translation>
    </message>
    <message>
        <source>No cases</source>
        <translation>Ingen saker</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n sak</numerusform>
            <numerusform>%n saker</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
</context>
<context>
    <name>rekrutt::DepartmentTimelinePage</name>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Enhet:</translation>
    </message>
    <message>
        <source>Show ended and future cases</source>
        <translation>Vis avsluttede og framtidige saker</translation>
    </message>
    <message>
        <source>Without this, the chart shows the cases that end at most three months before today and start at most twelve months after it.</source>
        <translation>Ellers viser diagrammet bare sakene som sluttet for høyst tre måneder siden eller starter innen tolv måneder fra i dag.</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Alle enheter</translation>
    </message>
    <message>
        <source>Nominal period</source>
        <translation>Opprinnelig periode</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Forlengelse</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Oversittet</translation>
    </message>
    <message>
        <source>No case database is open.

Open or create one from the File menu to see its cases on a time line.</source>
        <translation>Ingen saksdatabase er åpen.

Åpne eller opprett en fra Fil-menyen for å se sakene på en tidslinje.</translation>
    </message>
    <message>
        <source>The cases could not be read.

%1</source>
        <translation>Kunne ikke lese sakene.

%1</translation>
    </message>
    <message>
        <source>There are no cases yet.

Import case files or create a new case from the File and Case menus: every appointment then appears here as a bar from its start to its end, with its deadlines, beside the other cases of its unit.</source>
        <translation>Det er ingen saker ennå.

Importer saksfiler eller opprett en ny sak fra Fil- og Sak-menyene: hver tilsetting vises da her som en stolpe fra start til slutt, med fristene sine, ved siden av de andre sakene i enheten.</translation>
    </message>
    <message>
        <source>No case %1 is active: none ends after %2 and starts before %3.

Tick “Show ended and future cases” to see them all.</source>
        <translation>Ingen sak %1 er aktiv: ingen slutter etter %2 og starter før %3.

Kryss av for «Vis avsluttede og framtidige saker» for å se alle.</translation>
    </message>
    <message>
        <source>in the database</source>
        <translation>i databasen</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>i %1</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Neste frist</translation>
    </message>
    <message>
        <source>End after frame end</source>
        <translation>Sluttdato etter tidsrammen</translation>
    </message>
</context>
<context>
    <name>rekrutt::DutyWorkModel</name>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>PhD-type: no duty work in the last 12 months before the end (DUTY-LAST-YEAR, § 3.3)</source>
        <translation>Stipendiater: ikke karrierefremmende arbeid de siste 12 månedene før periodens slutt (DUTY-LAST-YEAR, § 3.3)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>The kinds of duty work of § 3.2; administrative work is flagged (DUTY-ADMIN)</source>
        <translation>Typene karrierefremmende arbeid i § 3.2; administrativt arbeid blir markert (DUTY-ADMIN)</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Worked hours (C-HOURS)</source>
        <translation>Arbeidede timer (C-HOURS)</translation>
    </message>
    <message>
        <source>Original lectures</source>
        <translation>Originalforelesninger</translation>
    </message>
    <message>
        <source>Hours of original lectures among them: 50 % extra credit for PhD-type cases (§ 3.3)</source>
        <translation>Timer med originalforelesninger av disse: 50 % ekstra uttelling for stipendiater (§ 3.3)</translation>
    </message>
    <message>
        <source>duty work</source>
        <translation>karrierefremmende arbeid</translation>
    </message>
</context>
<context>
    <name>rekrutt::ElsewhereNotice</name>
    <message>
        <source>Changed by another user</source>
        <translation>Endret av en annen bruker</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Skjul</translation>
    </message>
    <message>
        <source>Hide this notice; your changes stay as they are</source>
        <translation>Skjul denne meldingen; endringene dine blir stående som de er</translation>
    </message>
    <message>
        <source>%1 deleted this case at %2. What you see here is no longer stored; saving it will be refused.</source>
        <translation>%1 slettet denne saken kl. %2. Det du ser her, er ikke lenger lagret; lagring vil bli avvist.</translation>
    </message>
    <message>
        <source>%1 deleted this vacancy at %2. What you see here is no longer stored; saving it will be refused.</source>
        <translation>%1 slettet denne stillingen kl. %2. Det du ser her, er ikke lenger lagret; lagring vil bli avvist.</translation>
    </message>
    <message>
        <source>%1 saved this case at %2. Your changes here are kept: saving them checks them against theirs, and nothing of theirs is overwritten. Close the case and open it again to see what they changed.</source>
        <translation>%1 lagret denne saken kl. %2. Endringene dine her beholdes: når du lagrer, kontrolleres de mot deres, og ingenting av deres blir overskrevet. Lukk saken og åpne den igjen for å se hva de endret.</translation>
    </message>
    <message>
        <source>%1 saved this vacancy at %2. Your changes here are kept: saving them checks them against theirs, and nothing of theirs is overwritten. Close the vacancy and open it again to see what they changed.</source>
        <translation>%1 lagret denne stillingen kl. %2. Endringene dine her beholdes: når du lagrer, kontrolleres de mot deres, og ingenting av deres blir overskrevet. Lukk stillingen og åpne den igjen for å se hva de endret.</translation>
    </message>
</context>
<context>
    <name>rekrutt::ErasureDialog</name>
    <message>
        <source>Sa&amp;ve period</source>
        <translation>Lagre &amp;tid</translation>
    </message>
    <message>
        <source>&amp;Erase the ticked…</source>
        <translation>&amp;Slett de avkryssede …</translation>
    </message>
    <message>
        <source>Applicants due for erasure</source>
        <translation>Søkere som skal slettes</translation>
    </message>
    <message>
        <source>Applicants who were not appointed are kept for a period after the vacancy was decided (or re-advertised or cancelled), then erased from every table and from the audit trail, which records that they were. The applicant appointed is kept with the appointment.</source>
        <translation>Søkere som ikke ble tilsatt, lagres en tid etter at stillingen ble vedtatt (eller lyst ut på nytt eller avlyst), og slettes så fra alle tabeller og fra endringsloggen, som registrerer at de ble slettet. Søkeren som ble tilsatt, beholdes med tilsettingen.</translation>
    </message>
    <message>
        <source> months</source>
        <translation> måneder</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>Lagringstid</translation>
    </message>
    <message>
        <source>&amp;Keep applicants for:</source>
        <translation>&amp;Behold søkere i:</translation>
    </message>
    <message>
        <source>after the decision</source>
        <translation>etter vedtaket</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Søker</translation>
    </message>
    <message>
        <source>Vacancy</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Vedtatt</translation>
    </message>
    <message>
        <source>Due since</source>
        <translation>Frist utløpt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>The applicants cannot be listed: %1</source>
        <translation>Søkerne kan ikke listes: %1</translation>
    </message>
    <message numerus="yes">
        <source>No applicant is due: every one not appointed is within %n month(s) of the decision.</source>
        <translation>
            <numerusform>Ingen søker skal slettes: alle som ikke ble tilsatt, er innenfor %n måned etter vedtaket.</numerusform>
            <numerusform>Ingen søker skal slettes: alle som ikke ble tilsatt, er innenfor %n måneder etter vedtaket.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n applicant(s) kept longer than %1 months after the decision:</source>
        <translation>
            <numerusform>%n søker lagret lenger enn %1 måneder etter vedtaket:</numerusform>
            <numerusform>%n søkere lagret lenger enn %1 måneder etter vedtaket:</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a user in the role %1 erases applicants&apos; data and sets how long they are kept.</source>
        <translation>Bare en bruker i rollen %1 sletter søkeres opplysninger og bestemmer hvor lenge de lagres.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Erase the %n ticked…</source>
        <translation>
            <numerusform>&amp;Slett den avkryssede …</numerusform>
            <numerusform>&amp;Slett de %n avkryssede …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase the personal data of %n applicant(s) from every table and from the audit trail? This cannot be undone; the audit trail records that it was done, and by whom.</source>
        <translation>
            <numerusform>Slette personopplysningene til %n søker fra alle tabeller og fra endringsloggen? Dette kan ikke angres; endringsloggen registrerer at det ble gjort, og av hvem.</numerusform>
            <numerusform>Slette personopplysningene til %n søkere fra alle tabeller og fra endringsloggen? Dette kan ikke angres; endringsloggen registrerer at det ble gjort, og av hvem.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was erased: %1</source>
        <translation>Ingenting ble slettet: %1</translation>
    </message>
    <message numerus="yes">
        <source>Erased %n applicant(s); the values of %1 audit entries were erased with them.</source>
        <translation>
            <numerusform>Slettet %n søker; verdiene i %1 oppføringer i endringsloggen ble slettet med den.</numerusform>
            <numerusform>Slettet %n søkere; verdiene i %1 oppføringer i endringsloggen ble slettet med dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Reading the applicants due…</source>
        <translation>Leser søkerne som skal slettes…</translation>
    </message>
    <message>
        <source>Saving how long applicants are kept…</source>
        <translation>Lagrer hvor lenge søkere beholdes…</translation>
    </message>
    <message>
        <source>Erasing the applicants&apos; data…</source>
        <translation>Sletter søkernes opplysninger…</translation>
    </message>
</context>
<context>
    <name>rekrutt::ExplanationPanel</name>
    <message>
        <source>Computed period</source>
        <translation>Beregnet periode</translation>
    </message>
    <message>
        <source>How the end date is computed</source>
        <translation>Slik er sluttdatoen beregnet</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Nominal end</source>
        <translation>Opprinnelig slutt</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Permisjon</translation>
    </message>
    <message numerus="yes">
        <source>+ %n day(s)</source>
        <translation>
            <numerusform>+ %n dag</numerusform>
            <numerusform>+ %n dager</numerusform>
        </translation>
    </message>
    <message>
        <source>Approved extensions</source>
        <translation>Innvilgede forlengelser</translation>
    </message>
    <message>
        <source>Proposed, not counted</source>
        <translation>Foreslått, ikke medregnet</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dager</numerusform>
        </translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slutt</translation>
    </message>
    <message>
        <source>Frame end</source>
        <translation>Tidsrammens slutt</translation>
    </message>
    <message>
        <source>no frame applies</source>
        <translation>ingen tidsramme gjelder</translation>
    </message>
    <message>
        <source>Doctoral work</source>
        <translation>Doktorgradsarbeid</translation>
    </message>
    <message>
        <source>%1 FTE months</source>
        <translation>%1 månedsverk</translation>
    </message>
</context>
<context>
    <name>rekrutt::ExtensionsForm</name>
    <message>
        <source>Extensions</source>
        <translation>Forlengelser</translation>
    </message>
    <message>
        <source>&amp;Propose extension</source>
        <translation>F&amp;oreslå forlengelse</translation>
    </message>
    <message>
        <source>&amp;Remove extension</source>
        <translation>F&amp;jern forlengelse</translation>
    </message>
    <message>
        <source>No extensions. Press Insert or &quot;Propose extension&quot; to propose one; a dean then approves or rejects it.</source>
        <translation>Ingen forlengelser. Trykk Insert eller «Foreslå forlengelse» for å foreslå en; dekanen innvilger eller avslår den.</translation>
    </message>
    <message>
        <source>Approve the selected extension</source>
        <translation>Innvilg den valgte forlengelsen</translation>
    </message>
    <message>
        <source>Reject the selected extension</source>
        <translation>Avslå den valgte forlengelsen</translation>
    </message>
    <message>
        <source>Extensions for elected office, DION/SiN board work, unforeseen obstacles, health (§ 7.1, § 7.2), duty work beyond the contract and Norwegian training (§ 7.4). The office proposes; only approved extensions move the end date.</source>
        <translation>Forlengelse for tillitsverv, styreverv i DION/SiN, uforutsette hindringer, helserelatert fravær (§ 7.1, § 7.2), karrierefremmende arbeid utover arbeidsavtalen og norskopplæring (§ 7.4). HR foreslår; bare innvilgede forlengelser flytter sluttdatoen.</translation>
    </message>
    <message>
        <source>Approve extension %1</source>
        <translation>Innvilg forlengelse %1</translation>
    </message>
    <message>
        <source>Reject extension %1</source>
        <translation>Avslå forlengelse %1</translation>
    </message>
    <message>
        <source>Only a dean may approve or reject extensions (§ 1.1, § 7). Choose your role under Settings.</source>
        <translation>Bare dekanen kan innvilge eller avslå forlengelser (§ 1.1, § 7). Velg rollen din under Innstillinger.</translation>
    </message>
    <message>
        <source>Approve the selected extension: it then moves the end date</source>
        <translation>Innvilg den valgte forlengelsen, slik at sluttdatoen flyttes</translation>
    </message>
    <message>
        <source>Approved: %1 · proposed, awaiting a decision: %2 (C-GRANTS).</source>
        <translation>Innvilget: %1 · foreslått, venter på vedtak: %2 (C-GRANTS).</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dager</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>I&amp;nnvilg</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>&amp;Avslå</translation>
    </message>
</context>
<context>
    <name>rekrutt::ExtensionsModel</name>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Why the extension is given (§ 7.1, § 7.2, § 7.4)</source>
        <translation>Grunnlaget for forlengelsen (§ 7.1, § 7.2, § 7.4)</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dager</translation>
    </message>
    <message>
        <source>Whole days. DION/SiN: 14 as member, 28 as chair (EXT-DION, § 7.2); Norwegian training: 70 (EXT-NORWEGIAN, § 7.4); health: at most 92 in all (EXT-HEALTH, § 7.1)</source>
        <translation>Hele dager. DION/SiN: 14 som styremedlem, 28 som styreleder (EXT-DION, § 7.2); norskopplæring: 70 (EXT-NORWEGIAN, § 7.4); helserelatert fravær: høyst 92 til sammen (EXT-HEALTH, § 7.1)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Only approved extensions move the end date (C-GRANTS). Only a dean approves or rejects: select the row and use Approve or Reject.</source>
        <translation>Bare innvilgede forlengelser flytter sluttdatoen (C-GRANTS). Bare dekanen kan innvilge eller avslå: velg raden og bruk Innvilg eller Avslå.</translation>
    </message>
    <message>
        <source>Documented</source>
        <translation>Dokumentert</translation>
    </message>
    <message>
        <source>The office has documents that justify more than the standard days (EXT-ELECTED, § 7.2)</source>
        <translation>Det foreligger dokumentasjon som begrunner flere dager enn standard (EXT-ELECTED, § 7.2)</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Avgjort av</translation>
    </message>
    <message>
        <source>Recorded when a dean approves or rejects</source>
        <translation>Registreres når dekanen innvilger eller avslår</translation>
    </message>
    <message>
        <source>extension</source>
        <translation>forlengelse</translation>
    </message>
    <message>
        <source>This extension was %1 by %2. Only the %3 may change or remove it (§ 1.1, § 7).</source>
        <translation>Denne forlengelsen ble %1 av %2. Bare %3 kan endre eller fjerne den (§ 1.1, § 7).</translation>
    </message>
    <message>
        <source>%1 is %2. Change the decision? The change is recorded with your name and the time.</source>
        <translation>%1 er %2. Vil du endre avgjørelsen? Endringen registreres med navnet ditt og tidspunktet.</translation>
    </message>
</context>
<context>
    <name>rekrutt::FindingsPanel</name>
    <message>
        <source>Findings</source>
        <translation>Funn</translation>
    </message>
    <message>
        <source>Double-click a finding or press Enter to go to the field concerned</source>
        <translation>Dobbeltklikk på et funn eller trykk Enter for å gå til feltet det gjelder</translation>
    </message>
    <message>
        <source>No findings: the case follows every rule checked.</source>
        <translation>Ingen funn: saken følger alle reglene som er kontrollert.</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Double-click or press Enter to go to the field on the page &quot;%1&quot;.</source>
        <translation>Dobbeltklikk eller trykk Enter for å gå til feltet på siden «%1».</translation>
    </message>
</context>
<context>
    <name>rekrutt::FormBinder</name>
    <message>
        <source>Change %1</source>
        <translation>Endre %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Legg til %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Fjern %1</translation>
    </message>
</context>
<context>
    <name>rekrutt::GrantsModel</name>
    <message>
        <source>Host institution</source>
        <translation>Vertsinstitusjon</translation>
    </message>
    <message>
        <source>Amount (NOK)</source>
        <translation>Beløp (kr)</translation>
    </message>
    <message>
        <source>At most NOK 50,000 (MOB-GRANT)</source>
        <translation>Høyst kr 50&#xa0;000 (MOB-GRANT)</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Retning</translation>
    </message>
    <message>
        <source>mobility grant</source>
        <translation>mobilitetsstipend</translation>
    </message>
</context>
<context>
    <name>rekrutt::HelpBrowser</name>
    <message>
        <source>Rekrutt help</source>
        <translation>Hjelp for Rekrutt</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <source>The topic shown before (%1)</source>
        <translation>Emnet som ble vist før (%1)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Fram</translation>
    </message>
    <message>
        <source>The topic shown after (%1)</source>
        <translation>Emnet som ble vist etter (%1)</translation>
    </message>
    <message>
        <source>Help topics</source>
        <translation>Hjelpeemner</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>Hjelpetekst</translation>
    </message>
    <message>
        <source>%1 — Rekrutt help</source>
        <translation>%1 — Hjelp for Rekrutt</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>Help on this dialog (%1)</source>
        <translation>Hjelp for denne dialogen (%1)</translation>
    </message>
</context>
<context>
    <name>rekrutt::HistoryModel</name>
    <message>
        <source>Counted by ONCE (§ 2.1.1, § 2.4.1, § 2.5), RA-TOTAL and RA-DEGREE (§ 2.6)</source>
        <translation>Brukes av reglene ONCE (§ 2.1.1, § 2.4.1, § 2.5), RA-TOTAL og RA-DEGREE (§ 2.6)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institusjon</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slutt</translation>
    </message>
    <message>
        <source>FTE %</source>
        <translation>Stillingsprosent</translation>
    </message>
    <message>
        <source>Share of a full-time position, in per cent</source>
        <translation>Andel av full stilling, i prosent</translation>
    </message>
    <message>
        <source>earlier appointment</source>
        <translation>tidligere tilsetting</translation>
    </message>
</context>
<context>
    <name>rekrutt::HistoryPanel</name>
    <message>
        <source>History of the case</source>
        <translation>Historikk for saken</translation>
    </message>
    <message>
        <source>The case is not saved yet: its history begins when it is.</source>
        <translation>Saken er ikke lagret ennå: historikken begynner når den blir lagret.</translation>
    </message>
    <message>
        <source>Cannot read the history: %1</source>
        <translation>Kan ikke lese historikken: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n save(s), newest first.</source>
        <translation>
            <numerusform>%n lagring, nyeste først.</numerusform>
            <numerusform>%n lagringer, nyeste først.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Leser historikken…</translation>
    </message>
</context>
<context>
    <name>rekrutt::IdentityDialog</name>
    <message>
        <source>Who is working?</source>
        <translation>Hvem bruker Rekrutt?</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Navnet ditt</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Fornavn og etternavn</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Rollen din</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Rekrutt writes your name and role beside every change you make. Only a dean may approve extensions, leave for a stay abroad or a temporary position, and appointments; only a head of department may sign a ranking.</source>
        <translation>Rekrutt registrerer navnet og rollen din ved hver endring du gjør. Bare dekanen kan innvilge forlengelser, permisjon for utenlandsopphold eller midlertidig stilling og vedta tilsettinger; bare instituttlederen kan signere en rangering.</translation>
    </message>
    <message>
        <source>You are connected to the shared office %1 as %2. Its administrator registered this login as %3 for %4: the server writes your login beside every change you make and accepts only the decisions of that role, so it cannot be chosen here.</source>
        <translation>Du er koblet til det delte kontoret %1 som %2. Administratoren har registrert denne innloggingen som %3 for %4: tjeneren skriver innloggingen din ved hver endring du gjør og godtar bare vedtakene til den rollen, så den kan ikke velges her.</translation>
    </message>
</context>
<context>
    <name>rekrutt::InstitutionDialog</name>
    <message>
        <source>&amp;Add institution</source>
        <translation>&amp;Legg til institusjon</translation>
    </message>
    <message>
        <source>&amp;Remove institution</source>
        <translation>&amp;Fjern institusjon</translation>
    </message>
    <message>
        <source>Institution register</source>
        <translation>Institusjonsregister</translation>
    </message>
    <message>
        <source>A case names its institution as it was written. The register says which names are one institution: one period per institution (ONCE, § 2.1.1, § 2.4.1, § 2.5) and the research assistant&apos;s total (RA-TOTAL, § 2.6) compare by it, ignoring letter case and spacing. Make two names one institution by moving one to the other&apos;s other names. A college merged into another institution is not one of its names unless you make it so.</source>
        <translation>En sak navngir institusjonen slik den ble skrevet. Registeret sier hvilke navn som er én institusjon: én periode per institusjon (ONCE, § 2.1.1, § 2.4.1, § 2.5) og vitenskapelig assistents samlede tid (RA-TOTAL, § 2.6) sammenligner etter det, uten hensyn til store og små bokstaver og mellomrom. Gjør to navn til én institusjon ved å flytte det ene til den andres andre navn. En høgskole som er slått sammen med en annen institusjon, er ikke et av dens navn med mindre du gjør den til det.</translation>
    </message>
    <message>
        <source>Only an HR officer changes the register; you see it as it is.</source>
        <translation>Bare en HR-rådgiver endrer registeret; du ser det slik det er.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Kortnavn</translation>
    </message>
    <message>
        <source>Other names (separated by ;)</source>
        <translation>Andre navn (skilt med ;)</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Institusjoner</translation>
    </message>
    <message>
        <source>Any name, short name or other name</source>
        <translation>Navn, kortnavn eller annet navn</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Søk:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>La&amp;gre</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Lu&amp;kk</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>I bruk</translation>
    </message>
    <message>
        <source>How many cases and earlier appointments name the institution by one of its names</source>
        <translation>Hvor mange saker og tidligere tilsettinger som navngir institusjonen med et av navnene dens</translation>
    </message>
    <message>
        <source>Reading the institution register…</source>
        <translation>Leser institusjonsregisteret…</translation>
    </message>
</context>
<context>
    <name>rekrutt::InterviewsModel</name>
    <message>
        <source>Interview held on</source>
        <translation>Dato for samtalen</translation>
    </message>
    <message>
        <source>An employee interview every year, with the career plan as its basis (CP-ANNUAL, § 3.1)</source>
        <translation>Medarbeidersamtale hvert år, med karriereplanen som grunnlag (CP-ANNUAL, § 3.1)</translation>
    </message>
    <message>
        <source>employee interview</source>
        <translation>medarbeidersamtale</translation>
    </message>
</context>
<context>
    <name>rekrutt::Labels</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>rekrutt::LeavesForm</name>
    <message>
        <source>Leave</source>
        <translation>Permisjon</translation>
    </message>
    <message>
        <source>&amp;Add leave</source>
        <translation>&amp;Legg til permisjon</translation>
    </message>
    <message>
        <source>&amp;Remove leave</source>
        <translation>F&amp;jern permisjon</translation>
    </message>
    <message>
        <source>Leaves</source>
        <translation>Permisjoner</translation>
    </message>
    <message>
        <source>No leave recorded. Press Insert or &quot;Add leave&quot; to record one.</source>
        <translation>Ingen permisjoner er registrert. Trykk Insert eller «Legg til permisjon» for å registrere en.</translation>
    </message>
    <message>
        <source>Extension from leave</source>
        <translation>Forlengelse for permisjon</translation>
    </message>
    <message>
        <source>Approve the selected leave</source>
        <translation>Innvilg den valgte permisjonen</translation>
    </message>
    <message>
        <source>Reject the selected leave</source>
        <translation>Avslå den valgte permisjonen</translation>
    </message>
    <message>
        <source>Approve the selected leave: it then extends the period</source>
        <translation>Innvilg den valgte permisjonen: da forlenger den perioden</translation>
    </message>
    <message>
        <source>Only a dean may approve or reject leave for a temporary position, a fellowship abroad or other leave (LEAVE-DECISION, § 7.3). Choose your role under Settings.</source>
        <translation>Bare dekanen kan innvilge eller avslå permisjon for midlertidig stilling, utenlandsopphold eller annen permisjon (LEAVE-DECISION, § 7.3). Velg rollen din under Innstillinger.</translation>
    </message>
    <message>
        <source>Approve leave %1</source>
        <translation>Innvilg permisjon %1</translation>
    </message>
    <message>
        <source>Reject leave %1</source>
        <translation>Avslå permisjon %1</translation>
    </message>
    <message>
        <source>Sick leave, parental and care leave, other statutory and contractual leave (§ 7.1) extend the period, weighed by their percentage day by day. Leave for a temporary position or a fellowship abroad (§ 7.3) is decided by the dean and extends once approved, by six months at most together. &quot;Other leave&quot; never extends it.</source>
        <translation>Sykefravær, foreldre- og omsorgspermisjon og annen lovfestet og avtalefestet permisjon (§ 7.1) forlenger perioden, vektet etter prosent dag for dag. Permisjon for midlertidig stilling eller utenlandsopphold (§ 7.3) avgjøres av dekanen og forlenger når den er innvilget, med høyst seks måneder til sammen. «Annen permisjon» forlenger aldri.</translation>
    </message>
    <message numerus="yes">
        <source>Leave extends the period by %n day(s) (C-LEAVE, C-LEAVE-CAP, C-FIXPOINT).</source>
        <translation>
            <numerusform>Permisjon forlenger perioden med %n dag (C-LEAVE, C-LEAVE-CAP, C-FIXPOINT).</numerusform>
            <numerusform>Permisjon forlenger perioden med %n dager (C-LEAVE, C-LEAVE-CAP, C-FIXPOINT).</numerusform>
        </translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>Innvil&amp;g</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Avsl&amp;å</translation>
    </message>
</context>
<context>
    <name>rekrutt::LeavesModel</name>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Every kind but &quot;other&quot; extends the period, weighed per day (LEAVE-EXT, C-LEAVE, § 7.1, § 7.3)</source>
        <translation>Alle typer unntatt «Annen permisjon» forlenger perioden, vektet per dag (LEAVE-EXT, C-LEAVE, § 7.1, § 7.3)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>The first day of absence (both ends count, C-DATE)</source>
        <translation>Første fraværsdag (både første og siste dag teller, C-DATE)</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>The last day of absence (both ends count, C-DATE)</source>
        <translation>Siste fraværsdag (både første og siste dag teller, C-DATE)</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Prosent</translation>
    </message>
    <message>
        <source>The share of full working time the leave covers: graded sick leave at 40 % is 40</source>
        <translation>Andelen av full arbeidstid permisjonen gjelder: gradert sykmelding på 40 % føres som 40</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dager</translation>
    </message>
    <message>
        <source>Calendar days from the first to the last day</source>
        <translation>Kalenderdager fra og med første til og med siste dag</translation>
    </message>
    <message>
        <source>leave</source>
        <translation>permisjon</translation>
    </message>
    <message>
        <source>Weighed</source>
        <translation>Vektet</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Avgjørelse</translation>
    </message>
    <message>
        <source>Leave for a temporary position, a fellowship abroad and other leave is decided by the dean; it extends only once approved (LEAVE-DECISION, § 7.3). Statutory leave and sickness are rights: no decision. A dean selects the row and uses Approve or Reject.</source>
        <translation>Permisjon for midlertidig stilling, utenlandsopphold og annen permisjon avgjøres av dekanen; den forlenger bare når den er innvilget (LEAVE-DECISION, § 7.3). Lovfestet permisjon og sykefravær er rettigheter: ingen avgjørelse. Dekanen velger raden og bruker Innvilg eller Avslå.</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Avgjort av</translation>
    </message>
    <message>
        <source>Recorded when a dean approves or rejects</source>
        <translation>Registreres når dekanen innvilger eller avslår</translation>
    </message>
    <message>
        <source>The days this leave counts: its days inside the period times its percent (C-LEAVE, § 7.1), less what falls on days already full with other leave (a day weighs at most 100 %) or beyond six months of leave for a temporary position or a fellowship abroad (C-LEAVE-CAP, § 7.3). The column adds up to the case&apos;s leave extension, which is rounded up once</source>
        <translation>Dagene denne permisjonen teller: dagene i perioden ganger prosenten (C-LEAVE, § 7.1), minus det som faller på dager som allerede er fulle med annen permisjon (en dag veier høyst 100 %) eller utover seks måneder med permisjon for midlertidig stilling eller utenlandsopphold (C-LEAVE-CAP, § 7.3). Kolonnen summerer seg til sakens forlengelse for permisjon, som rundes opp én gang</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>This leave was %1 by %2. Only the %3 may change or remove it (LEAVE-DECISION, § 7.3).</source>
        <translation>Denne permisjonen ble %1 av %2. Bare %3 kan endre eller fjerne den (LEAVE-DECISION, § 7.3).</translation>
    </message>
    <message>
        <source>%1 is %2. Change the decision? The change is recorded with your name and the time.</source>
        <translation>%1 er %2. Endre avgjørelsen? Endringen registreres med navnet ditt og tidspunktet.</translation>
    </message>
</context>
<context>
    <name>rekrutt::LetterActions</name>
    <message>
        <source>Applicant %1</source>
        <translation>Søker %1</translation>
    </message>
    <message>
        <source>&amp;Letters</source>
        <translation>&amp;Brev</translation>
    </message>
    <message>
        <source>Letters to the applicants selected (Shift or Ctrl selects several), the extended applicant list and the recommendation, in the language of the Documents menu</source>
        <translation>Brev til søkerne som er valgt (Shift eller Ctrl velger flere), den utvidede søkerlisten og innstillingen, på språket i Dokumenter-menyen</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Forhåndsvis utskrift …</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Eksporter PDF …</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Select the applicants in the list first (Shift or Ctrl selects several).</source>
        <translation>Velg søkerne i listen først (Shift eller Ctrl velger flere).</translation>
    </message>
    <message numerus="yes">
        <source>For %n of the applicants selected; left out:</source>
        <translation>
            <numerusform>For %n av søkerne som er valgt; utelatt:</numerusform>
            <numerusform>For %n av søkerne som er valgt; utelatt:</numerusform>
        </translation>
    </message>
    <message>
        <source>No letter to write:</source>
        <translation>Ingen brev å skrive:</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) cannot be made.</source>
        <translation>
            <numerusform>%n brev kan ikke lages.</numerusform>
            <numerusform>%n brev kan ikke lages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n letter(s)</source>
        <translation>
            <numerusform>%1, %n brev</numerusform>
            <numerusform>%1, %n brev</numerusform>
        </translation>
    </message>
    <message>
        <source>No letter can be made.</source>
        <translation>Ingen brev kan lages.</translation>
    </message>
    <message>
        <source>Export PDF: %1</source>
        <translation>Eksporter PDF: %1</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Export %n letter(s) to the folder</source>
        <translation>
            <numerusform>Eksporter %n brev til mappen</numerusform>
            <numerusform>Eksporter %n brev til mappen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n PDF file(s) to %1.</source>
        <translation>
            <numerusform>Skrev %n PDF-fil til %1.</numerusform>
            <numerusform>Skrev %n PDF-filer til %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send the letters today? Then %1 is recorded as the day %n applicant(s) were told the outcome (Told the outcome; those with a day already keep theirs).</source>
        <translation>
            <numerusform>Sendes brevene i dag? Da registreres %1 som dagen %n søker fikk vite utfallet (Informert om utfall; de som har en dag fra før, beholder den).</numerusform>
            <numerusform>Sendes brevene i dag? Da registreres %1 som dagen %n søkere fikk vite utfallet (Informert om utfall; de som har en dag fra før, beholder den).</numerusform>
        </translation>
    </message>
    <message>
        <source>Record the day told</source>
        <translation>Registrer dagen søkerne fikk vite utfallet</translation>
    </message>
    <message>
        <source>Reading the letter&apos;s values…</source>
        <translation>Leser verdiene til brevet…</translation>
    </message>
</context>
<context>
    <name>rekrutt::LetterDetailsDialog</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 og %n til</numerusform>
            <numerusform>%1 og %n til</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of the vacancy.</source>
        <translation>%1 for stillingen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %n applicant(s): %2.</source>
        <translation>
            <numerusform>%1 til %n søker: %2.</numerusform>
            <numerusform>%1 til %n søkere: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out of the applicants selected:</source>
        <translation>Utelatt av søkerne som er valgt:</translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation>Intervjudato</translation>
    </message>
    <message>
        <source>Interview &amp;date:</source>
        <translation>Intervju&amp;dato:</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>Klokke&amp;slett:</translation>
    </message>
    <message>
        <source>A room and building, an address, or a video link</source>
        <translation>Et rom og en bygning, en adresse eller en videolenke</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Sted:</translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation>Svarfrist</translation>
    </message>
    <message>
        <source>&amp;Answer by:</source>
        <translation>Svar&amp;frist:</translation>
    </message>
    <message>
        <source>&amp;Confirm by:</source>
        <translation>&amp;Bekreft innen:</translation>
    </message>
    <message>
        <source>&amp;Reply by:</source>
        <translation>S&amp;var innen:</translation>
    </message>
    <message>
        <source>Salary grade 54 (NOK 532 200 a year)</source>
        <translation>Lønnstrinn 54 (kr 532 200 i året)</translation>
    </message>
    <message>
        <source>&amp;Salary:</source>
        <translation>&amp;Lønn:</translation>
    </message>
    <message>
        <source>A time or place left empty is written as to be agreed with the case officer.</source>
        <translation>Et tidspunkt eller sted som står tomt, skrives som etter avtale med saksbehandleren.</translation>
    </message>
    <message>
        <source>An offer without a salary is marked in red, to be filled in before it is sent.</source>
        <translation>Et tilbud uten lønn merkes med rødt og må fylles ut før det sendes.</translation>
    </message>
</context>
<context>
    <name>rekrutt::ListEditor</name>
    <message>
        <source>Adds a row (Insert in the table)</source>
        <translation>Legger til en rad (Insert i tabellen)</translation>
    </message>
    <message>
        <source>Cannot remove</source>
        <translation>Kan ikke fjernes</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Remove %1? Undo (Ctrl+Z) brings it back until the case is closed.</source>
        <translation>Vil du fjerne %1? Angre (Ctrl+Z) henter den tilbake til saken lukkes.</translation>
    </message>
    <message>
        <source>Removes the selected row after asking (Delete in the table)</source>
        <translation>Fjerner den valgte raden etter å ha spurt (Delete i tabellen)</translation>
    </message>
</context>
<context>
    <name>rekrutt::MainWindow</name>
    <message>
        <source>Cases</source>
        <translation>Saker</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Frister</translation>
    </message>
    <message>
        <source>Department timeline</source>
        <translation>Instituttets tidslinje</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Ny sak</translation>
    </message>
    <message>
        <source>&amp;Open selected cases</source>
        <translation>&amp;Åpne valgte saker</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>&amp;Close case</source>
        <translation>Lu&amp;kk sak</translation>
    </message>
    <message>
        <source>&amp;Delete case…</source>
        <translation>&amp;Slett sak…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Saker</translation>
    </message>
    <message>
        <source>&amp;Deadlines</source>
        <translation>&amp;Frister</translation>
    </message>
    <message>
        <source>Department &amp;timeline</source>
        <translation>Instituttets &amp;tidslinje</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <source>&amp;About Rekrutt</source>
        <translation>&amp;Om Rekrutt</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Sak</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Kan ikke åpne databasen</translation>
    </message>
    <message>
        <source>The database was updated to this version of Rekrutt; a copy of the old file is kept at %1</source>
        <translation>Databasen er oppdatert til denne versjonen av Rekrutt; en kopi av den gamle filen er lagret som %1</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Åpne sak</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Ny sak</translation>
    </message>
    <message>
        <source>Open or create a case database first (File menu).</source>
        <translation>Åpne eller opprett en saksdatabase først (Fil-menyen).</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>Slett sak</translation>
    </message>
    <message>
        <source>Delete the case of %1? Its history stays in the audit trail, but the case itself cannot be restored except from a backup.</source>
        <translation>Vil du slette saken til %1? Historikken blir værende i endringsloggen, men selve saken kan bare gjenopprettes fra en sikkerhetskopi.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ulagrede endringer</translation>
    </message>
    <message>
        <source>About Rekrutt</source>
        <translation>Om Rekrutt</translation>
    </message>
    <message>
        <source>Rekrutt %1

Case management for fixed-term recruitment positions: doctoral research fellows, postdoctoral fellows, residents and research assistants. Computes every period and deadline by the institution&apos;s guidelines for recruitment positions, and explains each result by the section it comes from.

Built with Qt %2.</source>
        <translation>Rekrutt %1

Saksbehandling for midlertidige rekrutteringsstillinger: stipendiater, postdoktorer, spesialistkandidater og vitenskapelige assistenter. Beregner alle perioder og frister etter institusjonens retningslinjer for rekrutteringsstillinger, og viser hvilken bestemmelse hvert resultat bygger på.

Laget med Qt %2.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n sak</numerusform>
            <numerusform>%n saker</numerusform>
        </translation>
    </message>
    <message>
        <source>No database open: create one or open a file from the File menu.</source>
        <translation>Ingen database er åpen: opprett en ny, eller åpne en fil fra Fil-menyen.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No name and role: choose them to edit (Ctrl+Shift+R)</source>
        <translation>Navn og rolle mangler: velg dem for å redigere (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>&amp;Help on this page</source>
        <translation>&amp;Hjelp for denne siden</translation>
    </message>
    <message>
        <source>Waiting for me</source>
        <translation>Venter på meg</translation>
    </message>
    <message>
        <source>&amp;Waiting for me</source>
        <translation>&amp;Venter på meg</translation>
    </message>
    <message>
        <source>Vacancies</source>
        <translation>Stillinger</translation>
    </message>
    <message>
        <source>New &amp;vacancy</source>
        <translation>N&amp;y stilling</translation>
    </message>
    <message>
        <source>&amp;Vacancies</source>
        <translation>S&amp;tillinger</translation>
    </message>
    <message>
        <source>Open vacancy</source>
        <translation>Åpne stilling</translation>
    </message>
    <message>
        <source>New vacancy</source>
        <translation>Ny stilling</translation>
    </message>
    <message>
        <source>Applicants due for &amp;erasure…</source>
        <translation>Søkere som skal &amp;slettes …</translation>
    </message>
    <message>
        <source>In the shared office %1 the HR officers add and delete cases and vacancies; as %2 you edit those of your unit or faculty.</source>
        <translation>I det delte kontoret %1 er det HR-rådgiverne som legger til og sletter saker og stillinger; som %2 redigerer du dem ved enheten eller fakultetet ditt.</translation>
    </message>
    <message>
        <source>The connection to the shared office is lost: %1</source>
        <translation>Forbindelsen til det delte kontoret er brutt: %1</translation>
    </message>
    <message>
        <source>Connected to the shared office again</source>
        <translation>Koblet til det delte kontoret igjen</translation>
    </message>
</context>
<context>
    <name>rekrutt::MentorGrantsForm</name>
    <message>
        <source>Mentor and grants</source>
        <translation>Mentor og stipender</translation>
    </message>
    <message>
        <source>&amp;Mentor</source>
        <translation>&amp;Mentor</translation>
    </message>
    <message>
        <source>A postdoc needs a mentor from another academic environment (PD-MENTOR, § 6.2)</source>
        <translation>En postdoktor skal tilbys en mentor fra et annet fagmiljø (PD-MENTOR, § 6.2)</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Enhet:</translation>
    </message>
    <message>
        <source>In the &amp;same research group</source>
        <translation>I &amp;samme forskningsgruppe</translation>
    </message>
    <message>
        <source>The mentor must come from another academic environment (PD-MENTOR, § 6.2)</source>
        <translation>Mentoren bør komme fra et annet fagmiljø (PD-MENTOR, § 6.2)</translation>
    </message>
    <message>
        <source>Mobility grants</source>
        <translation>Mobilitetsstipender</translation>
    </message>
    <message>
        <source>&amp;Add grant</source>
        <translation>&amp;Legg til stipend</translation>
    </message>
    <message>
        <source>&amp;Remove grant</source>
        <translation>F&amp;jern stipend</translation>
    </message>
    <message>
        <source>No mobility grants.</source>
        <translation>Ingen mobilitetsstipender.</translation>
    </message>
    <message>
        <source>Grants of the postdoc programme for stays elsewhere; at most NOK 50,000 each (MOB-GRANT).</source>
        <translation>Stipender fra postdoktorprogrammet til opphold ved andre institusjoner; høyst kr 50&#xa0;000 hver (MOB-GRANT).</translation>
    </message>
    <message>
        <source>&amp;In the same research group</source>
        <translation>I s&amp;amme forskningsgruppe</translation>
    </message>
    <message>
        <source>Dec&amp;lined on:</source>
        <translation>Avsl&amp;ått den:</translation>
    </message>
    <message>
        <source>&amp;Works in:</source>
        <translation>A&amp;rbeider i:</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Ikke registrert</translation>
    </message>
    <message>
        <source>Found &amp;by:</source>
        <translation>F&amp;unnet av:</translation>
    </message>
    <message>
        <source>The postdoc &amp;knew the mentor before</source>
        <translation>Postdoktoren &amp;kjente mentoren fra før</translation>
    </message>
    <message>
        <source>Assi&amp;gned:</source>
        <translation>&amp;Tildelt:</translation>
    </message>
    <message>
        <source>First mee&amp;ting:</source>
        <translation>Første m&amp;øte:</translation>
    </message>
    <message>
        <source>Where the mentor works, seen from the postdoc</source>
        <translation>Hvor mentoren arbeider, sett fra postdoktoren</translation>
    </message>
    <message>
        <source>The meeting that starts the mentoring</source>
        <translation>Møtet som starter mentorordningen</translation>
    </message>
    <message>
        <source>Add m&amp;eeting</source>
        <translation>Re&amp;gistrer møte</translation>
    </message>
    <message>
        <source>Remove meeting</source>
        <translation>Fjern møte</translation>
    </message>
    <message>
        <source>Mentor meetings</source>
        <translation>Mentormøter</translation>
    </message>
    <message>
        <source>No meetings recorded.</source>
        <translation>Ingen møter registrert.</translation>
    </message>
    <message>
        <source>Mentor declined</source>
        <translation>Mentor avslått</translation>
    </message>
    <message>
        <source>Mentor declined on</source>
        <translation>Mentor avslått den</translation>
    </message>
    <message>
        <source>The day the postdoc declined the mentor offered (§ 6.2); leave empty otherwise. PD-MENTOR still reports a postdoc without a mentor.</source>
        <translation>Dagen postdoktoren takket nei til mentoren som ble tilbudt (§ 6.2); ellers tomt. PD-MENTOR melder fortsatt en postdoktor uten mentor.</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s), %1 hours in all</source>
        <translation>
            <numerusform>%n møte, %1 timer i alt</numerusform>
            <numerusform>%n møter, %1 timer i alt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rekrutt::MentorMeetingsModel</name>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>mentor meeting</source>
        <translation>mentormøte</translation>
    </message>
    <message>
        <source>The hours the meeting took; the programme reports them per year</source>
        <translation>Timene møtet tok; programmet rapporterer dem per år</translation>
    </message>
</context>
<context>
    <name>rekrutt::MilestonesForm</name>
    <message>
        <source>Milestones</source>
        <translation>Milepæler</translation>
    </message>
    <message>
        <source>Plans and agreements</source>
        <translation>Planer og avtaler</translation>
    </message>
    <message>
        <source>&amp;Project plan:</source>
        <translation>&amp;Prosjektbeskrivelse og fremdriftsplan:</translation>
    </message>
    <message>
        <source>Within three months of the start (PLAN-3M)</source>
        <translation>Innen tre måneder etter tiltredelse (PLAN-3M)</translation>
    </message>
    <message>
        <source>&amp;Career plan:</source>
        <translation>&amp;Karriereplan:</translation>
    </message>
    <message>
        <source>Within three months of the start (CP-REQUIRED, § 3.1)</source>
        <translation>Innen tre måneder etter tiltredelse (CP-REQUIRED, § 3.1)</translation>
    </message>
    <message>
        <source>&amp;Admission applied for:</source>
        <translation>Søknad &amp;om opptak:</translation>
    </message>
    <message>
        <source>Application for admission to the PhD programme within three months (PHD-ADM-3M)</source>
        <translation>Søknad om opptak til ph.d.-program innen tre måneder (PHD-ADM-3M)</translation>
    </message>
    <message>
        <source>Admission a&amp;greement:</source>
        <translation>Opptaks&amp;avtale:</translation>
    </message>
    <message>
        <source>Admission agreement within six months (PHD-ADM-6M)</source>
        <translation>Signert opptaksavtale innen seks måneder (PHD-ADM-6M)</translation>
    </message>
    <message>
        <source>&amp;Supervisor agreement:</source>
        <translation>&amp;Veilederavtale:</translation>
    </message>
    <message>
        <source>Employee interviews</source>
        <translation>Medarbeidersamtaler</translation>
    </message>
    <message>
        <source>Add &amp;interview</source>
        <translation>&amp;Legg til samtale</translation>
    </message>
    <message>
        <source>Remove i&amp;nterview</source>
        <translation>F&amp;jern samtale</translation>
    </message>
    <message>
        <source>No employee interviews recorded yet.</source>
        <translation>Ingen medarbeidersamtaler er registrert ennå.</translation>
    </message>
    <message>
        <source>One every year, with the career plan as its basis (CP-ANNUAL, § 3.1).</source>
        <translation>Én hvert år, med karriereplanen som grunnlag (CP-ANNUAL, § 3.1).</translation>
    </message>
    <message>
        <source>Not required for this case</source>
        <translation>Ikke påkrevd i denne saken</translation>
    </message>
    <message>
        <source>An interview was due by %1 and is not recorded.</source>
        <translation>En medarbeidersamtale skulle vært holdt innen %1 og er ikke registrert.</translation>
    </message>
    <message>
        <source>Next interview due by %1.</source>
        <translation>Neste medarbeidersamtale skal holdes innen %1.</translation>
    </message>
    <message>
        <source>Due %1 · done late</source>
        <translation>Frist %1 · oppfylt for sent</translation>
    </message>
    <message>
        <source>Due %1 · done ✓</source>
        <translation>Frist %1 · oppfylt ✓</translation>
    </message>
    <message>
        <source>Due %1 · overdue</source>
        <translation>Frist %1 · oversittet</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Frist %1</translation>
    </message>
    <message>
        <source>Ca&amp;reer plan:</source>
        <translation>&amp;Karriereplan:</translation>
    </message>
    <message>
        <source>S&amp;upervisor agreement:</source>
        <translation>V&amp;eilederavtale:</translation>
    </message>
    <message>
        <source>Career plan evalua&amp;ted on:</source>
        <translation>Karriereplan evaluer&amp;t den:</translation>
    </message>
    <message>
        <source>The career plan evaluated at the end of the period (CP-END, § 3.1)</source>
        <translation>Karriereplanen evaluert ved slutten av perioden (CP-END, § 3.1)</translation>
    </message>
</context>
<context>
    <name>rekrutt::PasswordDialog</name>
    <message>
        <source>Password for the shared office</source>
        <translation>Passord for det delte kontoret</translation>
    </message>
    <message>
        <source>The server did not accept the password of %1 for %2. Type it again.</source>
        <translation>Tjeneren godtok ikke passordet til %1 for %2. Skriv det på nytt.</translation>
    </message>
    <message>
        <source>your login</source>
        <translation>innloggingen din</translation>
    </message>
    <message>
        <source>The server of %1 asks for the password of %2. Rekrutt uses it for this connection only and never stores it.</source>
        <translation>Tjeneren for %1 ber om passordet til %2. Rekrutt bruker det bare til denne tilkoblingen og lagrer det aldri.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;ord:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Koble til</translation>
    </message>
</context>
<context>
    <name>rekrutt::PersonForm</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Name and birth</source>
        <translation>Navn og fødselsdato</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Etternavn:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>F&amp;ornavn:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>F&amp;ødselsdato:</translation>
    </message>
    <message>
        <source>Together with the names, finds the person&apos;s other cases</source>
        <translation>Brukes sammen med navnet til å finne personens andre saker</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>Kvalifikasjoner</translation>
    </message>
    <message>
        <source>&amp;Doctoral degree:</source>
        <translation>&amp;Doktorgrad:</translation>
    </message>
    <message>
        <source>The date of the doctoral degree. A postdoc needs it by the start (PD-DEGREE, § 2.1); a research assistant may not have one (RA-DEGREE, § 2.6)</source>
        <translation>Dato for doktorgraden. En postdoktor må ha doktorgrad før tiltredelse (PD-DEGREE, § 2.1); en vitenskapelig assistent kan ikke ha doktorgrad (RA-DEGREE, § 2.6)</translation>
    </message>
    <message>
        <source> months</source>
        <translation> måneder</translation>
    </message>
    <message>
        <source>&amp;Months at other institutions:</source>
        <translation>&amp;Måneder ved andre institusjoner:</translation>
    </message>
    <message>
        <source>Research experience outside NTNU; a postdoc with less than 12 months needs a measure in the career plan (PD-EXTERNAL, § 2.1.1)</source>
        <translation>Forskningserfaring utenfor NTNU; en postdoktor med under 12 måneder trenger et tiltak i karriereplanen (PD-EXTERNAL, § 2.1.1)</translation>
    </message>
    <message>
        <source>&amp;Scandinavian language at level A2</source>
        <translation>&amp;Norsk, svensk eller dansk på nivå A2</translation>
    </message>
    <message>
        <source>Without it, the career plan must hold Norwegian training (CP-LANG, § 2.1.2, § 2.4.2)</source>
        <translation>Uten dette må karriereplanen inneholde norskopplæring (CP-LANG, § 2.1.2, § 2.4.2)</translation>
    </message>
    <message>
        <source>&amp;Educational competence</source>
        <translation>&amp;Utdanningsfaglig kompetanse</translation>
    </message>
    <message>
        <source>Without it, a postdoc&apos;s career plan needs a measure for it (CP-EDU, § 2.1.2)</source>
        <translation>Uten dette må karriereplanen til en postdoktor ha tiltak for å oppnå den (CP-EDU, § 2.1.2)</translation>
    </message>
    <message>
        <source>Earlier appointments</source>
        <translation>Tidligere tilsettinger</translation>
    </message>
    <message>
        <source>&amp;Add earlier appointment</source>
        <translation>&amp;Legg til tidligere tilsetting</translation>
    </message>
    <message>
        <source>&amp;Remove earlier appointment</source>
        <translation>F&amp;jern tidligere tilsetting</translation>
    </message>
    <message>
        <source>No earlier appointments recorded. Appointments stored in this database are found by name and birth date and need not be repeated here.</source>
        <translation>Ingen tidligere tilsettinger er registrert. Tilsettinger som ligger i denne databasen, blir funnet ut fra navn og fødselsdato og trenger ikke føres opp her.</translation>
    </message>
    <message>
        <source>Earlier fixed-term appointments of the person, at any institution: one period per institution (ONCE), at most 24 months as research assistant (RA-TOTAL).</source>
        <translation>Personens tidligere midlertidige tilsettinger, ved alle institusjoner: én periode per institusjon (ONCE), høyst 24 måneder som vitenskapelig assistent (RA-TOTAL).</translation>
    </message>
    <message>
        <source>Family &amp;name:</source>
        <translation>&amp;Etternavn:</translation>
    </message>
    <message>
        <source>D&amp;octoral degree:</source>
        <translation>Do&amp;ktorgrad:</translation>
    </message>
    <message>
        <source>Scandinavian &amp;language at level A2</source>
        <translation>&amp;Norsk, svensk eller dansk på nivå A2</translation>
    </message>
</context>
<context>
    <name>rekrutt::PlanUpdatesModel</name>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation>Hva som ble avtalt</translation>
    </message>
    <message>
        <source>update of the plan</source>
        <translation>oppdatering av planen</translation>
    </message>
    <message>
        <source>Normally the day of the employee interview (§ 3.1)</source>
        <translation>Vanligvis dagen for medarbeidersamtalen (§ 3.1)</translation>
    </message>
    <message>
        <source>The status of the plan and what changes in it</source>
        <translation>Planens status og hva som endres i den</translation>
    </message>
</context>
<context>
    <name>rekrutt::PostgresDialog</name>
    <message>
        <source>Connect to a shared case database</source>
        <translation>Koble til en delt saksdatabase</translation>
    </message>
    <message>
        <source>An office that shares its cases keeps them on a PostgreSQL server. The password is used for this connection only and is never saved.</source>
        <translation>Et kontor som deler sakene sine, har dem på en PostgreSQL-server. Passordet brukes bare til denne tilkoblingen og lagres aldri.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Bruker</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Bruker:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;ord:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Koble til</translation>
    </message>
    <message>
        <source>As the server offers (encrypted when it can be)</source>
        <translation>Slik tjeneren tilbyr (kryptert når det går)</translation>
    </message>
    <message>
        <source>Never encrypted</source>
        <translation>Aldri kryptert</translation>
    </message>
    <message>
        <source>Encrypted when the server insists</source>
        <translation>Kryptert når tjeneren krever det</translation>
    </message>
    <message>
        <source>Encrypted when the server can</source>
        <translation>Kryptert når tjeneren kan</translation>
    </message>
    <message>
        <source>Always encrypted, server not checked</source>
        <translation>Alltid kryptert, tjeneren ikke kontrollert</translation>
    </message>
    <message>
        <source>Always encrypted, certificate checked</source>
        <translation>Alltid kryptert, sertifikatet kontrollert</translation>
    </message>
    <message>
        <source>Always encrypted, certificate and server name checked</source>
        <translation>Alltid kryptert, sertifikat og tjenernavn kontrollert</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
</context>
<context>
    <name>rekrutt::PrintActions</name>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Dokumenter</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Skriv ut</translation>
    </message>
    <message>
        <source>&amp;Export PDF</source>
        <translation>&amp;Eksporter PDF</translation>
    </message>
    <message>
        <source>Print for the &amp;selected cases</source>
        <translation>Skriv ut for &amp;valgte saker</translation>
    </message>
    <message>
        <source>Export PDF for the selected &amp;cases</source>
        <translation>Eksporter PDF for valgte s&amp;aker</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Document &amp;language</source>
        <translation>Språk i &amp;dokumentene</translation>
    </message>
    <message>
        <source>Institution &amp;logo…</source>
        <translation>Institusjons&amp;logo…</translation>
    </message>
    <message>
        <source>&amp;Remove the institution logo</source>
        <translation>&amp;Fjern institusjonslogoen</translation>
    </message>
    <message>
        <source>Open a case first.</source>
        <translation>Åpne en sak først.</translation>
    </message>
    <message numerus="yes">
        <source>%1. %2: %n day(s), %3</source>
        <translation>
            <numerusform>%1. %2: %n dag, %3</numerusform>
            <numerusform>%1. %2: %n dager, %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The extension for leave: %n day(s)</source>
        <translation>
            <numerusform>Forlengelsen for permisjon: %n dag</numerusform>
            <numerusform>Forlengelsen for permisjon: %n dager</numerusform>
        </translation>
    </message>
    <message>
        <source>Extension decision</source>
        <translation>Vedtak om forlengelse</translation>
    </message>
    <message>
        <source>The extension the decision is about:</source>
        <translation>Forlengelsen vedtaket gjelder:</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <source>The document cannot be made: %1</source>
        <translation>Dokumentet kan ikke lages: %1</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>Forhåndsvisning: %1</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Eksporter PDF</translation>
    </message>
    <message>
        <source>Export PDF: %1</source>
        <translation>Eksporter PDF: %1</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Eksportert til %1</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %1 for %n case(s)…</source>
        <translation>
            <numerusform>Eksporterer «%1» for %n sak…</numerusform>
            <numerusform>Eksporterer «%1» for %n saker…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>Sak %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Export %1 for %n case(s) to the folder</source>
        <translation>
            <numerusform>Eksporter «%1» for %n sak til mappen</numerusform>
            <numerusform>Eksporter «%1» for %n saker til mappen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) could not be written.</source>
        <translation>
            <numerusform>%n dokument kunne ikke skrives.</numerusform>
            <numerusform>%n dokumenter kunne ikke skrives.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n PDF file(s) to %1</source>
        <translation>
            <numerusform>Skrev %n PDF-fil til %1</numerusform>
            <numerusform>Skrev %n PDF-filer til %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Print %1 for %n case(s)</source>
        <translation>
            <numerusform>Skriv ut «%1» for %n sak</numerusform>
            <numerusform>Skriv ut «%1» for %n saker</numerusform>
        </translation>
    </message>
    <message>
        <source>The printer cannot be used.</source>
        <translation>Skriveren kan ikke brukes.</translation>
    </message>
    <message numerus="yes">
        <source>Printing %1 for %n case(s)…</source>
        <translation>
            <numerusform>Skriver ut «%1» for %n sak…</numerusform>
            <numerusform>Skriver ut «%1» for %n saker…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) could not be printed.</source>
        <translation>
            <numerusform>%n dokument kunne ikke skrives ut.</numerusform>
            <numerusform>%n dokumenter kunne ikke skrives ut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Institution logo</source>
        <translation>Institusjonslogo</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Bilder (%1)</translation>
    </message>
    <message>
        <source>%1 is not an image Rekrutt can read.</source>
        <translation>%1 er ikke et bilde Rekrutt kan lese.</translation>
    </message>
    <message>
        <source>The logo is printed in the header of every document.</source>
        <translation>Logoen skrives ut i toppteksten på alle dokumenter.</translation>
    </message>
    <message>
        <source>Reading the document&apos;s values…</source>
        <translation>Leser verdiene til dokumentet…</translation>
    </message>
</context>
<context>
    <name>rekrutt::RecruitmentForm</name>
    <message>
        <source>Recruitment</source>
        <translation>Rekruttering</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>Utlysning</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>&amp;Publisert:</translation>
    </message>
    <message>
        <source>Application &amp;deadline:</source>
        <translation>Søknads&amp;frist:</translation>
    </message>
    <message>
        <source>Announced p&amp;ublicly</source>
        <translation>Lyst ut &amp;offentlig</translation>
    </message>
    <message>
        <source>Announced &amp;internally</source>
        <translation>&amp;Lyst ut internt</translation>
    </message>
    <message>
        <source>Add &amp;member</source>
        <translation>Legg til &amp;medlem</translation>
    </message>
    <message>
        <source>Remove m&amp;ember</source>
        <translation>F&amp;jern medlem</translation>
    </message>
    <message>
        <source>Assessment committee</source>
        <translation>Sakkyndig komité</translation>
    </message>
    <message>
        <source>No committee members recorded.</source>
        <translation>Ingen komitémedlemmer er registrert.</translation>
    </message>
    <message>
        <source>At least two members at associate professor level (ASM-COMMITTEE); every member declares impartiality and names the applicants they are partial to (ASM-IMPARTIAL, § 5).</source>
        <translation>Minst to medlemmer med førsteamanuensiskompetanse (ASM-COMMITTEE); alle medlemmer leverer habilitetserklæring og oppgir søkere de er inhabile overfor (ASM-IMPARTIAL, § 5).</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>Søkere</translation>
    </message>
    <message>
        <source>No applicants recorded.</source>
        <translation>Ingen søkere er registrert.</translation>
    </message>
    <message>
        <source>Applicants and ranking</source>
        <translation>Søkere og rangering</translation>
    </message>
    <message>
        <source>Rank the qualified applicants 1, 2, 3… with a reason each; every ranked applicant is interviewed and has two references (§ 5, § 6).</source>
        <translation>Ranger de kvalifiserte søkerne 1, 2, 3 … med begrunnelse for hver; alle rangerte søkere skal være intervjuet og ha to referanser (§ 5, § 6).</translation>
    </message>
    <message>
        <source>Ranking signed by</source>
        <translation>Rangering signert av</translation>
    </message>
    <message>
        <source>Sign ranking</source>
        <translation>Signer rangeringen</translation>
    </message>
    <message>
        <source>The ranking is not signed.</source>
        <translation>Rangeringen er ikke signert.</translation>
    </message>
    <message>
        <source>Ranking signed by %1, %2</source>
        <translation>Rangeringen er signert av %1, %2</translation>
    </message>
    <message>
        <source>Signs the ranking of the applicants in your name, now</source>
        <translation>Signerer rangeringen av søkerne i ditt navn nå</translation>
    </message>
    <message>
        <source>Only the head of department may sign the ranking (§ 6). Choose your role under Settings.</source>
        <translation>Bare instituttlederen kan signere rangeringen (§ 6). Velg rollen din under Innstillinger.</translation>
    </message>
    <message>
        <source>Remove applican&amp;t</source>
        <translation>Fjern sø&amp;ker</translation>
    </message>
    <message>
        <source>Sign &amp;ranking</source>
        <translation>Si&amp;gner rangeringen</translation>
    </message>
    <message>
        <source>Record the recruitment that &amp;led to this appointment</source>
        <translation>&amp;Registrer rekrutteringen som førte til denne tilsettingen</translation>
    </message>
    <message>
        <source>Add applica&amp;nt</source>
        <translation>Legg &amp;til søker</translation>
    </message>
    <message>
        <source>Save the case with its recruitment first: the new appointment comes from the vacancy as stored.</source>
        <translation>Lagre saken med rekrutteringen først: den nye tilsettingen kommer fra stillingen slik den er lagret.</translation>
    </message>
    <message>
        <source>Save or undo your changes first: the new appointment shares the recruitment as stored.</source>
        <translation>Lagre eller angre endringene dine først: den nye tilsettingen deler rekrutteringen slik den er lagret.</translation>
    </message>
    <message>
        <source>Appoints another applicant of this vacancy to an appointment of their own, for a second position from the same announcement.</source>
        <translation>Tilsetter en annen søker til denne stillingen i en egen tilsetting, for en stilling til fra samme utlysning.</translation>
    </message>
    <message>
        <source>Appoint Another Applicant</source>
        <translation>Tilsett en annen søker</translation>
    </message>
    <message>
        <source>Ne&amp;w appointment from this vacancy…</source>
        <translation>N&amp;y tilsetting fra denne stillingen …</translation>
    </message>
    <message>
        <source>New appointment from this vacancy</source>
        <translation>Ny tilsetting fra denne stillingen</translation>
    </message>
    <message>
        <source>Reading the vacancy&apos;s applicants…</source>
        <translation>Leser søkerne til stillingen…</translation>
    </message>
</context>
<context>
    <name>rekrutt::RefereesModel</name>
    <message>
        <source>Referee</source>
        <translation>Referanseperson</translation>
    </message>
    <message>
        <source>Who gives the reference</source>
        <translation>Hvem som gir referansen</translation>
    </message>
    <message>
        <source>E-mail or telephone</source>
        <translation>E-post eller telefon</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Innhentet</translation>
    </message>
    <message>
        <source>The day the reference was taken; empty while it is only asked for. The applicant&apos;s count of references is the number taken (REF-TWO, § 6)</source>
        <translation>Dagen referansen ble innhentet; tom så lenge den bare er bedt om. Søkerens antall referanser er antallet innhentet (REF-TWO, § 6)</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>referanse</translation>
    </message>
</context>
<context>
    <name>rekrutt::SectionForm</name>
    <message>
        <source>&amp;Announcement</source>
        <translation>Utlys&amp;ning</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>Utlysning</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>Pu&amp;blisert:</translation>
    </message>
    <message>
        <source>Applicati&amp;on deadline:</source>
        <translation>S&amp;øknadsfrist:</translation>
    </message>
    <message>
        <source>At least 14 days after publication (ANN-DEADLINE, § 4)</source>
        <translation>Minst 14 dager etter utlysningen (ANN-DEADLINE, § 4)</translation>
    </message>
    <message>
        <source>Positions are announced publicly, except a research assistant combined with studies, for whom an internal announcement suffices (ANN-PUBLIC, § 4)</source>
        <translation>Stillinger lyses ut offentlig, unntatt vitenskapelig assistent kombinert med studier, der intern utlysning er nok (ANN-PUBLIC, § 4)</translation>
    </message>
</context>
<context>
    <name>rekrutt::SettingsActions</name>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Innstillinger</translation>
    </message>
    <message>
        <source>&amp;Name and role…</source>
        <translation>&amp;Navn og rolle…</translation>
    </message>
    <message>
        <source>&amp;Institution…</source>
        <translation>&amp;Institusjon…</translation>
    </message>
    <message>
        <source>Institution &amp;register…</source>
        <translation>Institusjons&amp;register…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>As the &amp;system</source>
        <translation>Som &amp;systemet</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institusjon</translation>
    </message>
    <message>
        <source>The institution&apos;s name, printed in the header of every document:</source>
        <translation>Navnet på institusjonen, som skrives i toppteksten på alle dokumenter:</translation>
    </message>
    <message>
        <source>Institution register</source>
        <translation>Institusjonsregister</translation>
    </message>
    <message>
        <source>The institution register was saved, and the cases it touches were evaluated again.</source>
        <translation>Institusjonsregisteret ble lagret, og sakene det berører, ble vurdert på nytt.</translation>
    </message>
    <message>
        <source>Added to the institution register as new institutions: %1. If one is another name of an institution already there, make it one in Settings ▸ Institution register.</source>
        <translation>Lagt til i institusjonsregisteret som nye institusjoner: %1. Er en av dem et annet navn på en institusjon som alt står der, gjør dem til én under Innstillinger ▸ Institusjonsregister.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Rekrutt shows the new language when it starts again. Restart Rekrutt now?</source>
        <translation>Rekrutt viser det nye språket når programmet starter på nytt. Vil du starte Rekrutt på nytt nå?</translation>
    </message>
    <message>
        <source>Rekrutt could not start again by itself. Start it again to see the new language.</source>
        <translation>Rekrutt kunne ikke starte seg selv på nytt. Start programmet igjen for å se det nye språket.</translation>
    </message>
</context>
<context>
    <name>rekrutt::TimelineWidget</name>
    <message>
        <source>Timeline of the period</source>
        <translation>Tidslinje for perioden</translation>
    </message>
    <message>
        <source>The period is shown here once the start date and the length are filled in.</source>
        <translation>Perioden vises her når startdato og lengde er fylt ut.</translation>
    </message>
    <message>
        <source>No case</source>
        <translation>Ingen sak</translation>
    </message>
    <message numerus="yes">
        <source>Extension from leave: %n day(s)</source>
        <translation>
            <numerusform>Forlengelse for permisjon: %n dag</numerusform>
            <numerusform>Forlengelse for permisjon: %n dager</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n day(s), approved</source>
        <translation>
            <numerusform>%1: %n dag, innvilget</numerusform>
            <numerusform>%1: %n dager, innvilget</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n day(s), proposed (not yet decided; the end does not include it)</source>
        <translation>
            <numerusform>%1: %n dag, foreslått (ikke avgjort; ikke tatt med i sluttdatoen)</numerusform>
            <numerusform>%1: %n dager, foreslått (ikke avgjort; ikke tatt med i sluttdatoen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n day(s), rejected</source>
        <translation>
            <numerusform>%1: %n dag, avslått</numerusform>
            <numerusform>%1: %n dager, avslått</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 – %3, %4</source>
        <translation>%1 %2 – %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dager</numerusform>
        </translation>
    </message>
    <message>
        <source>Gives no extension (LEAVE-EXT).</source>
        <translation>Gir ikke forlengelse (LEAVE-EXT).</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>oppfylt %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>oppfylt</translation>
    </message>
    <message numerus="yes">
        <source>done %1, %n day(s) late</source>
        <translation>
            <numerusform>oppfylt %1, %n dag for sent</numerusform>
            <numerusform>oppfylt %1, %n dager for sent</numerusform>
        </translation>
    </message>
    <message>
        <source>open</source>
        <translation>åpen</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>oversittet med %n dag</numerusform>
            <numerusform>oversittet med %n dager</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 due %2 — %3</source>
        <translation>%1, frist %2 — %3</translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation>I dag %1</translation>
    </message>
    <message>
        <source>Today %1 →</source>
        <translation>I dag %1 →</translation>
    </message>
    <message>
        <source>← Today %1</source>
        <translation>← I dag %1</translation>
    </message>
    <message>
        <source>Frame end %1: the end may not lie after it (C-FRAME)</source>
        <translation>Tidsrammens slutt %1: perioden kan ikke slutte senere (C-FRAME)</translation>
    </message>
    <message numerus="yes">
        <source>The end lies %n day(s) after the frame end (EXT-FRAME).</source>
        <translation>
            <numerusform>Sluttdatoen ligger %n dag etter tidsrammens slutt (EXT-FRAME).</numerusform>
            <numerusform>Sluttdatoen ligger %n dager etter tidsrammens slutt (EXT-FRAME).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>End %1 (nominal %2 + %n day(s))</source>
        <translation>
            <numerusform>Slutt %1 (opprinnelig %2 + %n dag)</numerusform>
            <numerusform>Slutt %1 (opprinnelig %2 + %n dager)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Leave: +%n day(s)</source>
        <translation>
            <numerusform>Permisjon: +%n dag</numerusform>
            <numerusform>Permisjon: +%n dager</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Granted extensions: +%n day(s)</source>
        <translation>
            <numerusform>Innvilgede forlengelser: +%n dag</numerusform>
            <numerusform>Innvilgede forlengelser: +%n dager</numerusform>
        </translation>
    </message>
    <message>
        <source>End %1 (no extension)</source>
        <translation>Slutt %1 (ingen forlengelse)</translation>
    </message>
    <message numerus="yes">
        <source>Proposed, not yet decided: %n day(s)</source>
        <translation>
            <numerusform>Foreslått, ikke avgjort: %n dag</numerusform>
            <numerusform>Foreslått, ikke avgjort: %n dager</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nominal period %1 – %2 (%n month(s))</source>
        <translation>
            <numerusform>Opprinnelig periode %1 – %2 (%n måned)</numerusform>
            <numerusform>Opprinnelig periode %1 – %2 (%n måneder)</numerusform>
        </translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>Start %1</translation>
    </message>
    <message>
        <source>Nominal period</source>
        <translation>Opprinnelig periode</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Forlengelse</translation>
    </message>
    <message>
        <source>Proposed extension</source>
        <translation>Foreslått forlengelse</translation>
    </message>
    <message>
        <source>Rejected extension</source>
        <translation>Avslått forlengelse</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Permisjon</translation>
    </message>
    <message>
        <source>Part-time leave</source>
        <translation>Gradert permisjon</translation>
    </message>
    <message>
        <source>Leave without extension</source>
        <translation>Permisjon uten forlengelse</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Oppfylt</translation>
    </message>
    <message>
        <source>Done late</source>
        <translation>Oppfylt for sent</translation>
    </message>
    <message>
        <source>Open deadline</source>
        <translation>Åpen frist</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Oversittet</translation>
    </message>
    <message>
        <source>Frame end</source>
        <translation>Tidsrammens slutt</translation>
    </message>
    <message>
        <source>Period %1 – %2</source>
        <translation>Periode %1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>nominal end %1, extended by %n day(s)</source>
        <translation>
            <numerusform>opprinnelig slutt %1, forlenget med %n dag</numerusform>
            <numerusform>opprinnelig slutt %1, forlenget med %n dager</numerusform>
        </translation>
    </message>
    <message>
        <source>no extension</source>
        <translation>ingen forlengelse</translation>
    </message>
    <message>
        <source>frame end %1</source>
        <translation>tidsrammens slutt %1</translation>
    </message>
    <message numerus="yes">
        <source>%n leave(s)</source>
        <translation>
            <numerusform>%n permisjon</numerusform>
            <numerusform>%n permisjoner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open deadline(s)</source>
        <translation>
            <numerusform>%n åpen frist</numerusform>
            <numerusform>%n åpne frister</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n oversittet</numerusform>
            <numerusform>%n oversittet</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Proposed: gives no extension until the dean approves it (LEAVE-DECISION).</source>
        <translation>Foreslått: gir ingen forlengelse før dekanen innvilger den (LEAVE-DECISION).</translation>
    </message>
    <message>
        <source>Rejected by the dean: gives no extension (LEAVE-DECISION).</source>
        <translation>Avslått av dekanen: gir ingen forlengelse (LEAVE-DECISION).</translation>
    </message>
</context>
<context>
    <name>rekrutt::VacanciesPage</name>
    <message>
        <source>&amp;New vacancy…</source>
        <translation>&amp;Ny stilling …</translation>
    </message>
    <message>
        <source>Search title, unit, position, stage…</source>
        <translation>Søk i tittel, enhet, stilling, trinn …</translation>
    </message>
    <message>
        <source>Search vacancies</source>
        <translation>Søk i stillinger</translation>
    </message>
    <message>
        <source>Stage filter</source>
        <translation>Trinnfilter</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Alle trinn</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Avsluttet</translation>
    </message>
    <message>
        <source>Number of vacancies shown</source>
        <translation>Antall stillinger som vises</translation>
    </message>
    <message>
        <source>Vacancies</source>
        <translation>Stillinger</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>&amp;Trinn:</translation>
    </message>
    <message>
        <source>The vacancies cannot be read: %1</source>
        <translation>Stillingene kan ikke leses: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n vacancy(ies)</source>
        <translation>
            <numerusform>%n stilling</numerusform>
            <numerusform>%n stillinger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n vacancy(ies)</source>
        <translation>
            <numerusform>%1 av %n stilling</numerusform>
            <numerusform>%1 av %n stillinger</numerusform>
        </translation>
    </message>
    <message>
        <source>Open or create a case database (File menu) to see its vacancies.</source>
        <translation>Åpne eller opprett en saksdatabase (Fil-menyen) for å se stillingene.</translation>
    </message>
    <message>
        <source>No vacancies yet. Start one with New vacancy: a draft announcement, then its steps to the contract.</source>
        <translation>Ingen stillinger ennå. Start en med Ny stilling: et utkast til utlysning, deretter trinnene fram til kontrakten.</translation>
    </message>
    <message>
        <source>No vacancy matches the search and the stage chosen.</source>
        <translation>Ingen stilling passer til søket og trinnet som er valgt.</translation>
    </message>
    <message>
        <source>Start a vacancy with a draft of its announcement (Case ▸ New vacancy, %1)</source>
        <translation>Start en stilling med et utkast til utlysning (Sak ▸ Ny stilling, %1)</translation>
    </message>
</context>
<context>
    <name>rekrutt::VacancyAnnouncementForm</name>
    <message>
        <source>Position and announcement</source>
        <translation>Stilling og utlysning</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <source>Postdoctoral fellow in condensed matter physics</source>
        <translation>Postdoktor i kondenserte fasers fysikk</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tittel:</translation>
    </message>
    <message>
        <source>How the office and the announcement name the position</source>
        <translation>Slik kontoret og utlysningen omtaler stillingen</translation>
    </message>
    <message>
        <source>Position t&amp;ype:</source>
        <translation>Stillingst&amp;ype:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Enhet:</translation>
    </message>
    <message>
        <source>Pla&amp;nned start:</source>
        <translation>Planla&amp;gt start:</translation>
    </message>
    <message>
        <source>When the appointment is meant to start; it may be empty</source>
        <translation>Når tilsettingen er ment å starte; kan stå tomt</translation>
    </message>
    <message>
        <source> months</source>
        <translation> måneder</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Lengde:</translation>
    </message>
    <message>
        <source>The period announced, in months: PhD 36–48 (LEN-PHD, § 2.4.1), postdoc 36–48 (LEN-PD, § 2.1.1), resident 24–48 (LEN-RES, § 2.5), research assistant at most 24 (LEN-RA, § 2.6)</source>
        <translation>Perioden som utlyses, i måneder: ph.d. 36–48 (LEN-PHD, § 2.4.1), postdoktor 36–48 (LEN-PD, § 2.1.1), spesialistkandidat 24–48 (LEN-RES, § 2.5), vitenskapelig assistent høyst 24 (LEN-RA, § 2.6)</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Ikke oppgitt</translation>
    </message>
    <message>
        <source>Share of duty &amp;work:</source>
        <translation>&amp;Andel pliktarbeid:</translation>
    </message>
    <message>
        <source>The share of duty work the position carries (CON-DISTRIBUTION, § 6.1)</source>
        <translation>Andelen pliktarbeid i stillingen (CON-DISTRIBUTION, § 6.1)</translation>
    </message>
    <message>
        <source> h/week</source>
        <translation> t/uke</translation>
    </message>
    <message>
        <source>Not hourly</source>
        <translation>Ikke timelønn</translation>
    </message>
    <message>
        <source>Hours per wee&amp;k:</source>
        <translation>Timer per &amp;uke:</translation>
    </message>
    <message>
        <source>Research assistants paid by the hour only; under 15 hours needs no assessment (RA-PARTTIME, § 2.6)</source>
        <translation>Bare vitenskapelige assistenter med timelønn; under 15 timer trengs ingen vurdering (RA-PARTTIME, § 2.6)</translation>
    </message>
    <message>
        <source>Com&amp;bined with studies</source>
        <translation>Kombinert &amp;med studier</translation>
    </message>
    <message>
        <source>A research assistant combined with studies may be announced internally only (ANN-PUBLIC, § 4) and is not ranked (RA-STUDENT, § 5)</source>
        <translation>En vitenskapelig assistent kombinert med studier kan lyses ut bare internt (ANN-PUBLIC, § 4) og rangeres ikke (RA-STUDENT, § 5)</translation>
    </message>
    <message>
        <source>Linked to a pro&amp;ject</source>
        <translation>Knyttet til et prosje&amp;kt</translation>
    </message>
    <message>
        <source>A project plan is due within three months (PLAN-3M)</source>
        <translation>En prosjektplan skal foreligge innen tre måneder (PLAN-3M)</translation>
    </message>
    <message>
        <source>Announced publ&amp;icly</source>
        <translation>Utlyst &amp;offentlig</translation>
    </message>
    <message>
        <source>Announced inte&amp;rnally</source>
        <translation>Utlyst inte&amp;rnt</translation>
    </message>
    <message>
        <source>FT&amp;E:</source>
        <translation>Stillings&amp;prosent:</translation>
    </message>
</context>
<context>
    <name>rekrutt::VacancyApplicantsForm</name>
    <message>
        <source>Applicants</source>
        <translation>Søkere</translation>
    </message>
    <message>
        <source>Add applica&amp;nt</source>
        <translation>Legg &amp;til søker</translation>
    </message>
    <message>
        <source>Remove applican&amp;t</source>
        <translation>Fjern sø&amp;ker</translation>
    </message>
    <message>
        <source>No applicants recorded: add them one by one or import the portal&apos;s export.</source>
        <translation>Ingen søkere registrert: legg dem til én og én eller importer portalens eksport.</translation>
    </message>
    <message>
        <source>&amp;Import from CSV…</source>
        <translation>Importer fra &amp;CSV …</translation>
    </message>
    <message>
        <source>Adds the applicants of the recruitment portal&apos;s export (CSV, UTF-8 or Windows-1252, comma or semicolon), after a preview where each column is given its field</source>
        <translation>Legger til søkerne fra rekrutteringsportalens eksport (CSV, UTF-8 eller Windows-1252, komma eller semikolon), etter en forhåndsvisning der hver kolonne får sitt felt</translation>
    </message>
    <message>
        <source>Show applicants</source>
        <translation>Vis søkere</translation>
    </message>
    <message>
        <source>All applicants</source>
        <translation>Alle søkere</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Kvalifisert</translation>
    </message>
    <message>
        <source>Not qualified</source>
        <translation>Ikke kvalifisert</translation>
    </message>
    <message>
        <source>Invited to an interview</source>
        <translation>Invitert til intervju</translation>
    </message>
    <message>
        <source>Interviewed</source>
        <translation>Intervjuet</translation>
    </message>
    <message>
        <source>Ranked</source>
        <translation>Rangert</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Utvalg:</translation>
    </message>
    <message>
        <source>Rank the qualified applicants 1, 2, 3… with a reason each; every ranked applicant is interviewed and has two references (§ 5, § 6).</source>
        <translation>Ranger de kvalifiserte søkerne 1, 2, 3 … med en begrunnelse hver; hver rangert søker er intervjuet og har to referanser (§ 5, § 6).</translation>
    </message>
    <message>
        <source>Import applicants</source>
        <translation>Importer søkere</translation>
    </message>
    <message>
        <source>Applicant lists (*.csv *.txt);;All files (*)</source>
        <translation>Søkerlister (*.csv *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <source>%1 is %2 MiB; an applicant list may be at most %3 MiB.</source>
        <translation>%1 er %2 MiB; en søkerliste kan være høyst %3 MiB.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan ikke leses: %2</translation>
    </message>
    <message numerus="yes">
        <source>Import %n applicant(s) from %1</source>
        <translation>
            <numerusform>Importer %n søker fra %1</numerusform>
            <numerusform>Importer %n søkere fra %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Trukket</translation>
    </message>
    <message>
        <source>Not told the outcome</source>
        <translation>Ikke informert om utfall</translation>
    </message>
    <message>
        <source>Add &amp;referee</source>
        <translation>Legg til &amp;referanse</translation>
    </message>
    <message>
        <source>Remove r&amp;eferee</source>
        <translation>Fjern r&amp;eferanse</translation>
    </message>
    <message>
        <source>References of the applicant</source>
        <translation>Søkerens referanser</translation>
    </message>
    <message>
        <source>References of %1:</source>
        <translation>Referanser for %1:</translation>
    </message>
    <message>
        <source>applicant %1</source>
        <translation>søker %1</translation>
    </message>
    <message>
        <source>References: select an applicant above.</source>
        <translation>Referanser: velg en søker ovenfor.</translation>
    </message>
    <message numerus="yes">
        <source>%n applicant(s): %1 qualified, %2 invited, %3 interviewed, %4 ranked, %5 withdrawn</source>
        <translation>
            <numerusform>%n søker: %1 kvalifisert, %2 invitert, %3 intervjuet, %4 rangert, %5 trukket</numerusform>
            <numerusform>%n søkere: %1 kvalifisert, %2 invitert, %3 intervjuet, %4 rangert, %5 trukket</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rekrutt::VacancyCommitteeForm</name>
    <message>
        <source>Committee</source>
        <translation>Komité</translation>
    </message>
    <message>
        <source>Add &amp;member</source>
        <translation>Legg til &amp;medlem</translation>
    </message>
    <message>
        <source>Remove m&amp;ember</source>
        <translation>F&amp;jern medlem</translation>
    </message>
    <message>
        <source>No committee members recorded.</source>
        <translation>Ingen komitémedlemmer registrert.</translation>
    </message>
    <message>
        <source>Assessment committee and recruitment group</source>
        <translation>Bedømmelseskomité og rekrutteringsgruppe</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <source>Remove conf&amp;lict</source>
        <translation>Fjern ko&amp;nflikt</translation>
    </message>
    <message>
        <source>Conflicts of the member</source>
        <translation>Medlemmets interessekonflikter</translation>
    </message>
    <message>
        <source>No conflict declared: the member&apos;s “Conflicts with” names the applicants.</source>
        <translation>Ingen konflikt meldt: medlemmets «Inhabil overfor» navngir søkerne.</translation>
    </message>
    <message>
        <source>At least two members of the committee at associate professor level (ASM-COMMITTEE); the recruitment group normally has the immediate manager, academic staff and HR. Every member declares impartiality and names the applicants they are partial to; each conflict is then resolved: found not to apply, or the member replaced (ASM-IMPARTIAL, § 1, § 5). The interviews cannot begin before the committee is complete.</source>
        <translation>Minst to komitémedlemmer på førsteamanuensisnivå (ASM-COMMITTEE); rekrutteringsgruppen har normalt nærmeste leder, faglig ansatte og HR. Hvert medlem erklærer habilitet og navngir søkerne de er inhabile overfor; hver konflikt avgjøres så: ikke inhabil, eller medlemmet erstattes (ASM-IMPARTIAL, § 1, § 5). Intervjuene kan ikke begynne før komiteen er fullstendig.</translation>
    </message>
    <message>
        <source>Conflicts: select a member above.</source>
        <translation>Interessekonflikter: velg et medlem ovenfor.</translation>
    </message>
    <message>
        <source>member %1</source>
        <translation>medlem %1</translation>
    </message>
    <message>
        <source>Conflicts of %1 (replaced: takes no further part):</source>
        <translation>Interessekonflikter for %1 (erstattet: deltar ikke videre):</translation>
    </message>
    <message>
        <source>Conflicts of %1:</source>
        <translation>Interessekonflikter for %1:</translation>
    </message>
</context>
<context>
    <name>rekrutt::VacancyEditor</name>
    <message>
        <source>Offer declined</source>
        <translation>Tilbud avslått</translation>
    </message>
    <message>
        <source>Re-advertise…</source>
        <translation>Lys ut på nytt …</translation>
    </message>
    <message>
        <source>Cancel vacancy…</source>
        <translation>Avlys stillingen …</translation>
    </message>
    <message>
        <source>Applicant appointed</source>
        <translation>Søker som tilsettes</translation>
    </message>
    <message>
        <source>The appointed applicant declined the offer: back to the signed recommendation, and the dean decides again</source>
        <translation>Søkeren som ble tilsatt, takket nei til tilbudet: tilbake til den signerte innstillingen, og dekanen vedtar på nytt</translation>
    </message>
    <message>
        <source>End this recruitment and advertise the position again; the applicants must be told (ANN-READVERTISE, § 4)</source>
        <translation>Avslutt denne rekrutteringen og lys ut stillingen på nytt; søkerne må få beskjed (ANN-READVERTISE, § 4)</translation>
    </message>
    <message>
        <source>Position and announcement</source>
        <translation>Stilling og utlysning</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Komité</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>Søkere</translation>
    </message>
    <message>
        <source>Steps taken</source>
        <translation>Steg tatt</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Trinn</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>Findings (part E)</source>
        <translation>Funn (del E)</translation>
    </message>
    <message>
        <source>Change refused</source>
        <translation>Endringen ble avvist</translation>
    </message>
    <message>
        <source>New vacancy</source>
        <translation>Ny stilling</translation>
    </message>
    <message>
        <source>Vacancy %1</source>
        <translation>Stilling %1</translation>
    </message>
    <message>
        <source>The vacancy %1 has changes that are not saved.</source>
        <translation>Stillingen %1 har endringer som ikke er lagret.</translation>
    </message>
    <message>
        <source>Cannot save the vacancy</source>
        <translation>Kan ikke lagre stillingen</translation>
    </message>
    <message>
        <source>No case database is open.</source>
        <translation>Ingen saksdatabase er åpen.</translation>
    </message>
    <message>
        <source>Vacancy not saved</source>
        <translation>Stillingen ble ikke lagret</translation>
    </message>
    <message>
        <source>The vacancy cannot be saved as it is: %1</source>
        <translation>Stillingen kan ikke lagres slik den er: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Trinn: %1</translation>
    </message>
    <message>
        <source> · appointed: %1</source>
        <translation> · tilsatt: %1</translation>
    </message>
    <message>
        <source>The recruitment has ended: %1.</source>
        <translation>Rekrutteringen er avsluttet: %1.</translation>
    </message>
    <message>
        <source>Ne&amp;xt: sign the contract…</source>
        <translation>G&amp;å videre: signer kontrakten …</translation>
    </message>
    <message>
        <source>Ne&amp;xt: %1</source>
        <translation>G&amp;å videre: %1</translation>
    </message>
    <message>
        <source>Save the draft to start its steps (Ctrl+S).</source>
        <translation>Lagre utkastet for å starte trinnene (Ctrl+S).</translation>
    </message>
    <message>
        <source>Next: %1, a step for the %2.</source>
        <translation>Neste: %1, et steg for %2.</translation>
    </message>
    <message>
        <source>“%1” cannot be taken yet:</source>
        <translation>«%1» kan ikke tas ennå:</translation>
    </message>
    <message>
        <source>End the recruitment to %1 and advertise the position again? The applicants must be told (§ 4). This step cannot be undone.</source>
        <translation>Avslutte rekrutteringen til %1 og lyse ut stillingen på nytt? Søkerne må få beskjed (§ 4). Dette steget kan ikke angres.</translation>
    </message>
    <message>
        <source>Cancel the vacancy %1? Its record and applicants stay until they are erased; no step can follow.</source>
        <translation>Avlyse stillingen %1? Registreringen og søkerne blir liggende til de slettes; ingen steg kan følge.</translation>
    </message>
    <message>
        <source>Sign the Contract</source>
        <translation>Signer kontrakten</translation>
    </message>
    <message>
        <source>Contract not recorded</source>
        <translation>Kontrakten ble ikke registrert</translation>
    </message>
    <message>
        <source>Open vacancy</source>
        <translation>Åpne stilling</translation>
    </message>
</context>
<context>
    <name>rekrutt::VacancyListModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Open for applications until %1</source>
        <translation>Åpen for søknader til %1</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n feil</numerusform>
            <numerusform>%n feil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advarsel</numerusform>
            <numerusform>%n advarsler</numerusform>
        </translation>
    </message>
    <message>
        <source>No findings</source>
        <translation>Ingen funn</translation>
    </message>
    <message>
        <source>Vacancy</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Trinn</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>Søkere</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Kvalifisert</translation>
    </message>
    <message>
        <source>Interviewed</source>
        <translation>Intervjuet</translation>
    </message>
    <message>
        <source>Ranked</source>
        <translation>Rangert</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Funn</translation>
    </message>
</context>
<context>
    <name>rekrutt::WorklistModel</name>
    <message numerus="yes">
        <source>Decide on a proposed extension (%1, %n day(s))</source>
        <translation>
            <numerusform>Avgjør en foreslått forlengelse (%1, %n dag)</numerusform>
            <numerusform>Avgjør en foreslått forlengelse (%1, %n dager)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sign the recommendation ranking of %n applicant(s)</source>
        <translation>
            <numerusform>Signer innstillingen av %n søker</numerusform>
            <numerusform>Signer innstillingen av %n søkere</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Forfalt: %1</translation>
    </message>
    <message numerus="yes">
        <source>Fix %n error(s), the first %1</source>
        <translation>
            <numerusform>Rett %n feil, den første %1</numerusform>
            <numerusform>Rett %n feil, den første %1</numerusform>
        </translation>
    </message>
    <message>
        <source>due %1, %2</source>
        <translation>frist %1, %2</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>siden %1</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Sak</translation>
    </message>
    <message>
        <source>What waits</source>
        <translation>Hva som venter</translation>
    </message>
    <message>
        <source>Since or due</source>
        <translation>Siden eller frist</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message numerus="yes">
        <source>Decide on proposed leave (%1, %n day(s))</source>
        <translation>
            <numerusform>Avgjør en foreslått permisjon (%1, %n dag)</numerusform>
            <numerusform>Avgjør en foreslått permisjon (%1, %n dager)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rekrutt::WorklistPage</name>
    <message>
        <source>Waiting for me</source>
        <translation>Venter på meg</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for %1 as %2: %n item(s)</source>
        <translation>
            <numerusform>Venter på %1 som %2: %n oppgave</numerusform>
            <numerusform>Venter på %1 som %2: %n oppgaver</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose your name and role with Settings ▸ Name and role (%1): this page then lists what waits for that role.</source>
        <translation>Velg navn og rolle under Innstillinger ▸ Navn og rolle (%1): da viser denne siden hva som venter på den rollen.</translation>
    </message>
    <message>
        <source>No database open: create one with File ▸ New database (%1) or open one with File ▸ Open database (%2).</source>
        <translation>Ingen database er åpen: opprett en med Fil ▸ Ny database (%1), eller åpne en med Fil ▸ Åpne database (%2).</translation>
    </message>
    <message>
        <source>The worklist could not be read: %1</source>
        <translation>Arbeidslisten kunne ikke leses: %1</translation>
    </message>
    <message>
        <source>No recommendation ranking waits for your signature.</source>
        <translation>Ingen innstilling venter på din signatur.</translation>
    </message>
    <message>
        <source>Nothing is overdue and no case has errors.</source>
        <translation>Ingenting er forfalt, og ingen sak har feil.</translation>
    </message>
    <message>
        <source>No extension or leave waits for your decision.</source>
        <translation>Ingen forlengelse eller permisjon venter på din avgjørelse.</translation>
    </message>
    <message>
        <source>Reading the worklist…</source>
        <translation>Leser arbeidslisten…</translation>
    </message>
</context>
<context>
    <name>rekrutt::Workspace</name>
    <message>
        <source>Nothing was saved: choose your name and role first (Settings ▸ Name and role), so that the case&apos;s history can say who made the change.</source>
        <translation>Ingenting ble lagret: velg navn og rolle først (Innstillinger ▸ Navn og rolle), slik at sakens historikk kan vise hvem som gjorde endringen.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Ingen database er åpen.</translation>
    </message>
    <message>
        <source>The shared office %1 does not know the login %2. Ask its administrator to add you (rekrutt-cli admin add-user).</source>
        <translation>Det delte kontoret %1 kjenner ikke innloggingen %2. Be administratoren om å legge deg til (rekrutt-cli admin add-user).</translation>
    </message>
    <message>
        <source>The connection to the shared office %1 was lost, and connecting again failed: %2 What you changed is still here; try again once the server answers.</source>
        <translation>Forbindelsen til det delte kontoret %1 ble brutt, og det lyktes ikke å koble til igjen: %2 Det du har endret, er fortsatt her; prøv igjen når tjeneren svarer.</translation>
    </message>
    <message>
        <source>The connection to the shared office %1 was lost, and Rekrutt has connected again. Nothing of what failed was kept, and what you changed is still here: do it again.</source>
        <translation>Forbindelsen til det delte kontoret %1 ble brutt, og Rekrutt har koblet til igjen. Ingenting av det som mislyktes, ble lagret, og det du har endret, er fortsatt her: gjør det på nytt.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Åpner %1…</translation>
    </message>
    <message>
        <source>Connecting to %1 again…</source>
        <translation>Kobler til %1 igjen…</translation>
    </message>
    <message>
        <source>Reading the case list…</source>
        <translation>Leser sakslisten…</translation>
    </message>
    <message>
        <source>Opening the case…</source>
        <translation>Åpner saken…</translation>
    </message>
    <message>
        <source>You cancelled opening the case.</source>
        <translation>Du avbrøt åpningen av saken.</translation>
    </message>
    <message>
        <source>Making the appointment…</source>
        <translation>Gjør tilsettingen…</translation>
    </message>
    <message>
        <source>You cancelled the save: nothing was saved, and what you changed is still here.</source>
        <translation>Du avbrøt lagringen: ingenting ble lagret, og det du endret, er her fortsatt.</translation>
    </message>
    <message>
        <source>Saving the case…</source>
        <translation>Lagrer saken…</translation>
    </message>
    <message>
        <source>Opening the vacancy…</source>
        <translation>Åpner stillingen…</translation>
    </message>
    <message>
        <source>You cancelled opening the vacancy.</source>
        <translation>Du avbrøt åpningen av stillingen.</translation>
    </message>
    <message>
        <source>Reading the vacancies…</source>
        <translation>Leser stillingene…</translation>
    </message>
    <message>
        <source>Saving the vacancy…</source>
        <translation>Lagrer stillingen…</translation>
    </message>
    <message>
        <source>Taking the step…</source>
        <translation>Tar steget…</translation>
    </message>
    <message>
        <source>You cancelled the step: the vacancy is where it was.</source>
        <translation>Du avbrøt steget: stillingen står der den sto.</translation>
    </message>
    <message>
        <source>Signing the contract…</source>
        <translation>Signerer kontrakten…</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n case(s)…</source>
        <translation>
            <numerusform>Importerer %n sak…</numerusform>
            <numerusform>Importerer %n saker…</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing the office…</source>
        <translation>Importerer kontoret…</translation>
    </message>
    <message>
        <source>Reading the whole office…</source>
        <translation>Leser hele kontoret…</translation>
    </message>
    <message>
        <source>Reading the settings…</source>
        <translation>Leser innstillingene…</translation>
    </message>
    <message>
        <source>Saving the setting…</source>
        <translation>Lagrer innstillingen…</translation>
    </message>
    <message>
        <source>Reading the institution register…</source>
        <translation>Leser institusjonsregisteret…</translation>
    </message>
    <message>
        <source>Deleting the case…</source>
        <translation>Sletter saken…</translation>
    </message>
    <message>
        <source>Saving the institution register…</source>
        <translation>Lagrer institusjonsregisteret…</translation>
    </message>
    <message>
        <source>Closing %1…</source>
        <translation>Lukker %1…</translation>
    </message>
</context>
<context>
    <name>rekrutt::timeline::LegendWidget</name>
    <message>
        <source>Legend</source>
        <translation>Tegnforklaring</translation>
    </message>
</context>
</TS>
