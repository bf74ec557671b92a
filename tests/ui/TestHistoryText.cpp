// The history of a case in words (ui/editor/HistoryText): every kind of record named as the editor names
// it, fields by the editor's labels, values as the editor shows them, decisions and signatures as
// sentences, one card per save, in English and in Bokmål.

#include "core/domain/CaseFields.h"
#include "core/domain/CaseValidation.h"
#include "core/storage/AuditTrail.h"
#include "tests/common/CaseBuilder.h"
#include "ui/editor/HistoryText.h"

#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace rekrutt;
using rekrutt::testing::CaseBuilder;

namespace {

const QDateTime savedAt(QDate(2026, 11, 23), QTime(22, 8));
const QDateTime decidedAt(QDate(2026, 11, 23), QTime(22, 7, 25));

QLocale localeOf(Language language)
{
    return language == Language::Bokmal ? QLocale(QLocale::NorwegianBokmal, QLocale::Norway)
                                        : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

/** The entries one save writes when it turns `before` into `after`, as OfficeService::save() writes them. */
QList<AuditEntry> save(const Case& before, const Case& after, const QDateTime& at = savedAt,
                       const QString& user = u"Dina Dekan (root)"_s, const QString& role = u"dean"_s)
{
    QList<AuditEntry> entries = AuditTrail::diff(before, after);
    for (AuditEntry& entry : entries) {
        entry.at = at;
        entry.user = user;
        entry.role = role;
        entry.caseId = 1;
    }
    return entries;
}

AuditEntry entry(const QString& record, const QString& field, const QString& oldValue, const QString& newValue,
                 const QDateTime& at = savedAt, const QString& user = u"Hanne Hansen (hanne)"_s,
                 const QString& role = u"hr_officer"_s)
{
    return AuditEntry {0, at, user, role, 1, record, field, oldValue, newValue};
}

/** A PhD case with something in every part of it, for changes to start from. */
Case fullCase()
{
    Case c = CaseBuilder::phd()
                 .history(PositionType::ResearchAssistant, "NTNU", "2024-01-01", "2024-06-30", 40)
                 .leave(LeaveKind::Sickness, "2026-01-05", "2026-01-18", 100)
                 .leave(LeaveKind::Care, "2026-03-02", "2026-03-06", 100)
                 .extension(ExtensionKind::ElectedOffice, 14, DecisionStatus::Proposed)
                 .dutyWork(DutyCategory::Teaching, "2025-09-01", "2026-06-30", 180, 20)
                 .mobilityGrant(45000)
                 .build();
    Recruitment recruitment;
    recruitment.announcement = Announcement {QDate(2025, 2, 10), QDate(2025, 3, 1), false, true};
    recruitment.committee = {{u"c1"_s, u"Per Lie"_s, true, true, {}}};
    recruitment.applicants = {{u"a1"_s, u"Kari Nilsen"_s, true, false, false, false, true, true, 2, 2, u"Strongest"_s}};
    recruitment.rankingSignedBy = u"Hanne Hode"_s;
    recruitment.rankingSignedAt = QDateTime(QDate(2026, 11, 20), QTime(10, 0));
    c.recruitment = recruitment;
    c.mobilityGrants.first().host = u"EPFL"_s;
    return c;
}

using Change = std::function<void(Case&)>;

} // namespace

class TestHistoryText : public QObject
{
    Q_OBJECT

private:
    /** One row per language: what a save of `change` to fullCase() reads like. */
    static void addChange(const char* name, const Change& change, const QString& english, const QString& bokmal)
    {
        Case after = fullCase();
        change(after);
        QTest::addRow("%s (en)", name) << fullCase() << after << Language::English << english;
        QTest::addRow("%s (nb)", name) << fullCase() << after << Language::Bokmal << bokmal;
    }

private slots:
    /** The one definition of each field (caseFields()) and the history's labels agree: none is shown raw. */
    void namesEveryFieldOfTheCaseByItsLabel()
    {
        for (const CaseField& field : caseFields()) {
            if (field.type == FieldType::Presence)
                continue;
            QVERIFY2(HistoryText::namesField(QString::fromLatin1(field.path)), field.path);
        }
        QVERIFY(!HistoryText::namesField(u"appointment.noSuchField"_s));
    }

    void readsOneSave_data()
    {
        QTest::addColumn<Case>("before");
        QTest::addColumn<Case>("after");
        QTest::addColumn<Language>("language");
        QTest::addColumn<QString>("expected");

        addChange(
            "approving an extension names the dean and the time of the decision",
            [](Case& c) {
                Extension& e = c.extensions.first();
                e.status = DecisionStatus::Approved;
                e.decidedBy = u"Dina Dekan"_s;
                e.decidedRole = u"dean"_s;
                e.decidedAt = decidedAt;
            },
            u"Extension 1 (Elected office or committee work): status Proposed → Approved; decided by Dina Dekan on "
            "23/11/2026 22:07"_s,
            u"Forlengelse 1 (Tillitsverv eller utvalgsarbeid): status Foreslått → Innvilget; avgjort av Dina Dekan, "
            "23.11.2026 22:07"_s);
        addChange(
            "a decision by someone other than a dean names the role",
            [](Case& c) {
                Extension& e = c.extensions.first();
                e.status = DecisionStatus::Rejected;
                e.decidedBy = u"Hanne Hode"_s;
                e.decidedRole = u"head_of_department"_s;
                e.decidedAt = decidedAt;
            },
            u"Extension 1 (Elected office or committee work): status Proposed → Rejected; decided by Hanne Hode "
            "(head of department) on 23/11/2026 22:07"_s,
            u"Forlengelse 1 (Tillitsverv eller utvalgsarbeid): status Foreslått → Avslått; avgjort av Hanne Hode "
            "(instituttleder), 23.11.2026 22:07"_s);
        addChange(
            "signing the ranking reads as a sentence",
            [](Case& c) {
                c.recruitment->rankingSignedBy = u"Hedda Head"_s;
                c.recruitment->rankingSignedAt = decidedAt;
            },
            u"Ranking signed by Hedda Head on 23/11/2026 22:07"_s,
            u"Rangeringen signert av Hedda Head, 23.11.2026 22:07"_s);
        addChange(
            "changing the ranking withdraws its signature",
            [](Case& c) {
                c.recruitment->applicants.first().rank = 1;
                c.recruitment->rankingSignedBy.clear();
                c.recruitment->rankingSignedAt = {};
            },
            u"Applicant a1 (Kari Nilsen): rank 2 → 1\nRanking signature by Hanne Hode on 20/11/2026 10:00 withdrawn"_s,
            u"Søker a1 (Kari Nilsen): rangering 2 → 1\nSignaturen til Hanne Hode på rangeringen (20.11.2026 10:00) er "
            "trukket tilbake"_s);
        addChange(
            "dates read in the locale's format", [](Case& c) { c.person.birthDate = QDate(1991, 4, 13); },
            u"Person: birth date 12/04/1991 → 13/04/1991"_s, u"Person: fødselsdato 12.04.1991 → 13.04.1991"_s);
        addChange(
            "a date set where there was none reads as empty before",
            [](Case& c) { c.person.doctoralDegreeDate = QDate(2029, 6, 1); },
            u"Person: doctoral degree (empty) → 01/06/2029"_s, u"Person: doktorgrad (tomt) → 01.06.2029"_s);
        addChange(
            "a yes-or-no field reads yes or no", [](Case& c) { c.person.scandinavianA2 = false; },
            u"Person: Scandinavian language at level A2 yes → no"_s,
            u"Person: norsk, svensk eller dansk på nivå A2 ja → nei"_s);
        addChange(
            "numbers read with the locale's decimal mark and the field's unit",
            [](Case& c) { c.person.monthsAtOtherInstitutions = 12.5; },
            u"Person: months at other institutions 0 months → 12.5 months"_s,
            u"Person: måneder ved andre institusjoner 0 måneder → 12,5 måneder"_s);
        addChange(
            "large amounts read with the locale's thousands separator",
            [](Case& c) { c.mobilityGrants.first().amountNok = 50000; },
            u"Mobility grant 1 (EPFL): amount (NOK) 45,000 → 50,000"_s,
            u"Mobilitetsstipend 1 (EPFL): beløp (kr) 45\u00a0000 → 50\u00a0000"_s);
        addChange(
            "the rules of the case read by their name",
            [](Case& c) {
                c.ruleSet = RuleSet::Ntnu2025;
                c.institution = u"UiB"_s;
            },
            u"Case: rules automatic (by the dates, TRANS-2006) → NTNU guidelines of 2 January 2025; institution "
            "NTNU → UiB"_s,
            u"Sak: regelverk automatisk (etter datoene, TRANS-2006) → NTNUs retningslinjer av 2. januar 2025; "
            "institusjon NTNU → UiB"_s);
        addChange(
            "the appointment's type and its duty share",
            [](Case& c) {
                c.appointment.type = PositionType::IntegratedPhd;
                c.appointment.dutyPercent.reset();
            },
            u"Appointment: type Doctoral research fellow → Integrated PhD; duty 25 % → not stated in the contract"_s,
            u"Tilsetting: stillingstype Stipendiat → Integrert ph.d.; karrierefremmende arbeid 25 % → ikke angitt i "
            "arbeidsavtalen"_s);
        addChange(
            "the appointment decision names the dean",
            [](Case& c) {
                c.appointment.decisionDate = QDate(2025, 6, 2);
                c.appointment.decidedBy = u"Dina Dekan"_s;
            },
            u"Appointment: decided (empty) → 02/06/2025; decision recorded by Dina Dekan"_s,
            u"Tilsetting: vedtatt (tomt) → 02.06.2025; vedtaket registrert av Dina Dekan"_s);
        addChange(
            "an earlier appointment is numbered and named by its position",
            [](Case& c) { c.person.history.first().ftePercent = 50; },
            u"Earlier appointment 1 (Research assistant): FTE 40 % → 50 %"_s,
            u"Tidligere tilsetting 1 (Vitenskapelig assistent): stillingsprosent 40 % → 50 %"_s);
        addChange(
            "a leave is named by its kind after the save",
            [](Case& c) {
                c.leaves.first().kind = LeaveKind::Parental;
                c.leaves.first().percent = 50;
            },
            u"Leave 1 (Parental leave): kind Sick leave → Parental leave; percent 100 → 50"_s,
            u"Permisjon 1 (Foreldrepermisjon): type Sykefravær → Foreldrepermisjon; prosent 100 → 50"_s);
        addChange(
            "a field filled in on a leave that was there already does not add the leave",
            [](Case& c) { c.leaves.first().to = QDate(2026, 1, 25); },
            u"Leave 1 (Sick leave): to 18/01/2026 → 25/01/2026"_s,
            u"Permisjon 1 (Sykefravær): til 18.01.2026 → 25.01.2026"_s);
        addChange(
            "a leave removed lists what it held", [](Case& c) { c.leaves.removeLast(); },
            u"Leave 2 (Care leave) removed: from 02/03/2026; to 06/03/2026; percent 100"_s,
            u"Permisjon 2 (Omsorgspermisjon) fjernet: fra 02.03.2026; til 06.03.2026; prosent 100"_s);
        addChange(
            "an extension added lists what it holds",
            [](Case& c) {
                c.extensions.append(
                    {ExtensionKind::UnforeseenObstacle, 30, DecisionStatus::Proposed, true, {}, {}, {}});
            },
            u"Extension 2 (Unforeseen obstacle) added: days 30; status Proposed; documented yes"_s,
            u"Forlengelse 2 (Uforutsett hindring) lagt til: dager 30; status Foreslått; dokumentert ja"_s);
        addChange(
            "milestones are dates", [](Case& c) { c.milestones.projectPlan = QDate(2025, 10, 1); },
            u"Milestones: project plan (empty) → 01/10/2025"_s,
            u"Milepæler: prosjektbeskrivelse og fremdriftsplan (tomt) → 01.10.2025"_s);
        addChange(
            "an employee interview is numbered",
            [](Case& c) { c.milestones.employeeInterviews.append(QDate(2026, 8, 20)); },
            u"Employee interview 1 added: 20/08/2026"_s, u"Medarbeidersamtale 1 lagt til: 20.08.2026"_s);
        addChange(
            "the career plan keeps the capital of Norwegian in English",
            [](Case& c) {
                c.careerPlan.norwegianTraining = true;
                c.careerPlan.norwegianCreditsCompleted = 15;
            },
            u"Career plan: Norwegian training in the plan no → yes; Norwegian credits completed 0 credits → 15 "
            "credits"_s,
            u"Karriereplan: norskopplæring i planen nei → ja; fullførte studiepoeng i norsk 0 studiepoeng → 15 "
            "studiepoeng"_s);
        addChange(
            "duty work is numbered and named by its category",
            [](Case& c) { c.dutyWork.first().category = DutyCategory::Supervision; },
            u"Duty work 1 (Supervision): category Teaching → Supervision"_s,
            u"Karrierefremmende arbeid 1 (Veiledning): kategori Undervisning → Veiledning"_s);
        addChange(
            "a mentor added leaves out what is not ticked",
            [](Case& c) {
                c.mentor = Mentor {u"Ola Berg"_s, u"Department of Chemistry"_s, false};
            },
            u"Mentor added: name Ola Berg; unit Department of Chemistry"_s,
            u"Mentor lagt til: navn Ola Berg; enhet Department of Chemistry"_s);
        addChange(
            "a mobility grant's direction reads by its label",
            [](Case& c) { c.mobilityGrants.first().direction = GrantDirection::Inbound; },
            u"Mobility grant 1 (EPFL): direction Outbound → Inbound"_s,
            u"Mobilitetsstipend 1 (EPFL): retning Utgående → Innkommende"_s);
        addChange(
            "the announcement", [](Case& c) { c.recruitment->announcement->isPublic = true; },
            u"Announcement: announced publicly no → yes"_s, u"Utlysning: lyst ut offentlig nei → ja"_s);
        addChange(
            "a committee member's conflicts read as the whole list",
            [](Case& c) {
                c.recruitment->committee.first().conflictsWith = {u"a1"_s, u"a3"_s};
            },
            u"Committee member c1 (Per Lie): conflicts with (empty) → a1, a3"_s,
            u"Komitémedlem c1 (Per Lie): inhabil overfor (tomt) → a1, a3"_s);
        addChange(
            "an applicant added is named and lists what it holds",
            [](Case& c) {
                c.recruitment->applicants.append(
                    {u"a2"_s, u"Ola Nordmann"_s, true, false, true, false, false, false, 2, std::nullopt, {}});
            },
            u"Applicant a2 (Ola Nordmann) added: qualified yes; references 2; CV gap yes"_s,
            u"Søker a2 (Ola Nordmann) lagt til: kvalifisert ja; referanser 2; hull i CV ja"_s);
    }

    void readsOneSave()
    {
        QFETCH(Case, before);
        QFETCH(Case, after);
        QFETCH(Language, language);
        QFETCH(QString, expected);
        const QList<HistoryCard> cards = HistoryText(language, localeOf(language)).cards(save(before, after), after);
        QCOMPARE(cards.size(), 1);
        QCOMPARE(cards.first().text(), expected);
    }

    void headingNamesTheUserAndRole_data()
    {
        QTest::addColumn<Language>("language");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("heading");
        QTest::addColumn<QString>("details");
        QTest::newRow("the dean, with the login kept for the tooltip (en)")
            << Language::English << u"Dina Dekan (root)"_s << u"dean"_s << u"23/11/2026 22:08 · Dina Dekan (dean)"_s
            << u"23/11/2026 22:08 · Dina Dekan (dean) · logged in as root"_s;
        QTest::newRow("the dean, with the login kept for the tooltip (nb)")
            << Language::Bokmal << u"Dina Dekan (root)"_s << u"dean"_s << u"23.11.2026 22:08 · Dina Dekan (dekan)"_s
            << u"23.11.2026 22:08 · Dina Dekan (dekan) · logget inn som root"_s;
        QTest::newRow("a user who gave no name is the login alone")
            << Language::English << u"hanne"_s << u"hr_officer"_s << u"23/11/2026 22:08 · hanne (HR officer)"_s
            << u"23/11/2026 22:08 · hanne (HR officer)"_s;
        QTest::newRow("a role the program does not know reads as stored")
            << Language::English << u"Per (per)"_s << u"auditor"_s << u"23/11/2026 22:08 · Per (auditor)"_s
            << u"23/11/2026 22:08 · Per (auditor) · logged in as per"_s;
    }

    void headingNamesTheUserAndRole()
    {
        QFETCH(Language, language);
        QFETCH(QString, user);
        QFETCH(QString, role);
        QFETCH(QString, heading);
        QFETCH(QString, details);
        const QList<HistoryCard> cards
            = HistoryText(language, localeOf(language))
                  .cards({entry(u"person"_s, u"givenName"_s, u"Kari"_s, u"Karin"_s, savedAt, user, role)}, fullCase());
        QCOMPARE(cards.size(), 1);
        QCOMPARE(cards.first().heading, heading);
        QCOMPARE(cards.first().details, details);
    }

    void groupsEachSaveIntoOneCardNewestFirst()
    {
        const Case created = fullCase();
        Case edited = created;
        edited.person.givenName = u"Karin"_s;
        edited.leaves.first().percent = 50;
        edited.leaves.first().to = QDate(2026, 1, 25);
        edited.milestones.employeeInterviews.append(QDate(2026, 8, 20));
        Case decided = edited;
        decided.extensions.first().status = DecisionStatus::Approved;
        decided.extensions.first().decidedBy = u"Dina Dekan"_s;
        decided.extensions.first().decidedRole = u"dean"_s;
        decided.extensions.first().decidedAt = decidedAt;

        const QDateTime first(QDate(2026, 11, 20), QTime(9, 0));
        const QDateTime second(QDate(2026, 11, 21), QTime(14, 30));
        QList<AuditEntry> trail {entry(u"case"_s, u"created"_s, {}, u"Kari Nilsen"_s, first)};
        trail += save(created, edited, second, u"Hanne Hansen (hanne)"_s, u"hr_officer"_s);
        trail += save(edited, decided);

        const QList<HistoryCard> cards
            = HistoryText(Language::English, localeOf(Language::English)).cards(trail, decided);
        QCOMPARE(cards.size(), 3);
        QCOMPARE(cards.at(0).at, savedAt);
        QCOMPARE(cards.at(0).lines,
                 QStringList {u"Extension 1 (Elected office or committee work): status Proposed → Approved; decided by "
                              "Dina Dekan on 23/11/2026 22:07"_s});
        QCOMPARE(cards.at(1).heading, u"21/11/2026 14:30 · Hanne Hansen (HR officer)"_s);
        QCOMPARE(cards.at(1).lines,
                 (QStringList {u"Person: given name Kari → Karin"_s,
                               u"Leave 1 (Sick leave): to 18/01/2026 → 25/01/2026; percent 100 → 50"_s,
                               u"Employee interview 1 added: 20/08/2026"_s}));
        QCOMPARE(cards.at(2).lines, QStringList {u"Case created: Kari Nilsen"_s});
    }

    void namesRecordsFromTheCaseAsItWasThen()
    {
        // The leave was a sick leave when its end moved, and became a care leave later: each card names it as it
        // was after its own save.
        Case first = fullCase();
        Case second = first;
        second.leaves.first().to = QDate(2026, 1, 25);
        Case third = second;
        third.leaves.first().kind = LeaveKind::Care;
        QList<AuditEntry> trail = save(first, second, QDateTime(QDate(2026, 11, 21), QTime(9, 0)));
        trail += save(second, third);
        const QList<HistoryCard> cards
            = HistoryText(Language::English, localeOf(Language::English)).cards(trail, third);
        QCOMPARE(cards.size(), 2);
        QCOMPARE(cards.at(0).text(), u"Leave 1 (Care leave): kind Sick leave → Care leave"_s);
        QCOMPARE(cards.at(1).text(), u"Leave 1 (Sick leave): to 18/01/2026 → 25/01/2026"_s);
    }

    /**
     * Applicants and committee members are named by their ids, so that removing the first of many is one
     * applicant removed; entries written before that, by position, still read.
     */
    void applicantsAreNamedByTheirIds()
    {
        Case many = fullCase();
        many.recruitment->applicants.clear();
        for (int i = 1; i <= 200; ++i) {
            many.recruitment->applicants.append(
                {u"a%1"_s.arg(i), u"Applicant Number %1"_s.arg(i), true, false, false, false, false, false, 1, {}, {}});
        }
        Case fewer = many;
        fewer.recruitment->applicants.removeFirst();
        const QList<AuditEntry> removed = save(many, fewer);
        QVERIFY(!removed.isEmpty());
        for (const AuditEntry& entry : removed) {
            QCOMPARE(entry.record, u"recruitment.applicants[a1]"_s);
            QVERIFY(entry.newValue.isEmpty());
        }
        const HistoryText history(Language::English, localeOf(Language::English));
        QVERIFY2(
            history.cards(removed, fewer).first().text().startsWith(u"Applicant a1 (Applicant Number 1) removed"_s),
            qPrintable(history.cards(removed, fewer).first().text()));

        Case moreReferences = fewer;
        moreReferences.recruitment->applicants[15].references = 2; // a17
        const QList<AuditEntry> changed = save(fewer, moreReferences);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().record, u"recruitment.applicants[a17]"_s);
        QCOMPARE(history.cards(changed, moreReferences).first().text(),
                 u"Applicant a17 (Applicant Number 17): references 1 → 2"_s);

        // Two applicants with one id cannot be told apart by it: the case is not saved that way (validateCase()).
        Case twice = fewer;
        twice.recruitment->applicants[1].id = u"a2"_s;
        const QList<InputProblem> problems = validateCase(twice);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().field, u"recruitment.applicants[1].id"_s);
        QCOMPARE(problems.first().message.render(Language::English),
                 u"Applicant 2: the ID a2 is that of applicant 1 already."_s);

        // An entry of a trail written before ids, by position.
        const QList<AuditEntry> old {entry(u"recruitment.applicants[0]"_s, u"rank"_s, u"2"_s, u"1"_s)};
        QCOMPARE(history.cards(old, fullCase()).first().text(), u"Applicant 1: rank 2 → 1"_s);
    }

    void aTimeRewrittenInUtcIsNotAChange()
    {
        // Trails written before AuditTrail kept times in UTC hold the same moment twice, once in each zone.
        const QString local = decidedAt.toString(Qt::ISODate);
        const QString utc = decidedAt.toUTC().toString(Qt::ISODate);
        QVERIFY(local != utc);
        const QDateTime later = savedAt.addSecs(60);
        const QList<AuditEntry> trail {
            entry(u"extensions[0]"_s, u"decidedAt"_s, local, utc),
            entry(u"recruitment"_s, u"rankingSignedAt"_s, local, utc),
            entry(u"extensions[0]"_s, u"decidedAt"_s, local, utc, later),
            entry(u"person"_s, u"givenName"_s, u"Kari"_s, u"Karin"_s, later),
        };
        const QList<HistoryCard> cards
            = HistoryText(Language::English, localeOf(Language::English)).cards(trail, fullCase());
        QCOMPARE(cards.size(), 1);
        QCOMPARE(cards.first().text(), u"Person: given name Kari → Karin"_s);
    }

    void caseEventsReadAsWhatHappened_data()
    {
        QTest::addColumn<Language>("language");
        QTest::addColumn<AuditEntry>("event");
        QTest::addColumn<QString>("expected");
        QTest::newRow("a case created is named by its person")
            << Language::English << entry(u"case"_s, u"created"_s, {}, u"Kari Nilsen"_s)
            << u"Case created: Kari Nilsen"_s;
        QTest::newRow("a case created without a name yet")
            << Language::English << entry(u"case"_s, u"created"_s, {}, u" "_s) << u"Case created"_s;
        QTest::newRow("a case imported names its file")
            << Language::English << entry(u"case"_s, u"imported"_s, {}, u"cases.json"_s)
            << u"Case imported from cases.json"_s;
        QTest::newRow("a case imported names its file in Bokmål")
            << Language::Bokmal << entry(u"case"_s, u"imported"_s, {}, u"cases.json"_s)
            << u"Sak importert fra cases.json"_s;
        QTest::newRow("a case deleted") << Language::Bokmal << entry(u"case"_s, u"deleted"_s, u"Kari Nilsen"_s, {})
                                        << u"Sak slettet: Kari Nilsen"_s;
    }

    void caseEventsReadAsWhatHappened()
    {
        QFETCH(Language, language);
        QFETCH(AuditEntry, event);
        QFETCH(QString, expected);
        const QList<HistoryCard> cards = HistoryText(language, localeOf(language)).cards({event}, fullCase());
        QCOMPARE(cards.size(), 1);
        QCOMPARE(cards.first().text(), expected);
    }

    void showsWhatItDoesNotKnowAsStored_data()
    {
        QTest::addColumn<AuditEntry>("unknown");
        QTest::addColumn<QString>("expected");
        QTest::newRow("an unknown field of a known record keeps its key")
            << entry(u"person"_s, u"orcid"_s, {}, u"0000-0001"_s) << u"Person: orcid (empty) → 0000-0001"_s;
        QTest::newRow("an unknown record keeps its path")
            << entry(u"grants[0]"_s, u"sum"_s, u"1"_s, u"2"_s) << u"grants[0]: sum 1 → 2"_s;
        QTest::newRow("an unknown enumeration key reads as stored")
            << entry(u"leaves[0]"_s, u"kind"_s, u"sickness"_s, u"sabbatical"_s)
            << u"Leave 1 (sabbatical): kind Sick leave → sabbatical"_s;
    }

    void showsWhatItDoesNotKnowAsStored()
    {
        QFETCH(AuditEntry, unknown);
        QFETCH(QString, expected);
        const QList<HistoryCard> cards
            = HistoryText(Language::English, localeOf(Language::English)).cards({unknown}, fullCase());
        QCOMPARE(cards.size(), 1);
        QCOMPARE(cards.first().text(), expected);
    }
};

QTEST_GUILESS_MAIN(TestHistoryText)
#include "TestHistoryText.moc"
