// Over 600 lines: one executable per unit (the Deadlines page and its model), a scenario per function on the
// demo office: filters, sorting, export to iCalendar, opening a case at its field, empty states.

#include "UiFixture.h"
#include "ui/CaseListModel.h"
#include "ui/DeadlineListModel.h"
#include "ui/DeadlinesPage.h"
#include "ui/ListSupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace rekrutt;
using namespace rekrutt::testing;
using namespace Qt::StringLiterals;

/**
 * The Deadlines page: one row per open deadline of every case, overdue first, the 30- and 90-day
 * views, the days-left text, and the calendar file it exports.
 */
class TestDeadlines : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void passesTheModelTester();
    void listsEveryOpenDeadline();
    void overdueComeFirst();
    void ordersLikeAPlainSort_data();
    void ordersLikeAPlainSort();
    void ranges_data();
    void ranges();
    void daysLeftText_data();
    void daysLeftText();
    void exportsWhatIsShown_data();
    void exportsWhatIsShown();
    void exportReportsAnError();
    void doubleClickOpensTheCase();
    void filtersByUnitTypeAndText();
    void doubleClickOpensWhereTheDeadlineIsDone();
    void emptyStatesSayWhy();
    void aPageBehindAnotherTabLoadsWhenShown();

private:
    QList<CaseSummary> m_sample;
};

namespace {

const QDate today(2025, 10, 28);

/** The content lines of an iCalendar file with folds undone; `ok` false on a line not ended by CRLF or too long. */
QList<QByteArray> contentLines(const QByteArray& ics, bool* ok)
{
    *ok = ics.endsWith("\r\n");
    QList<QByteArray> lines;
    QList<QByteArray> physical = ics.split('\n');
    physical.removeLast(); // after the last CRLF
    for (QByteArray line : std::as_const(physical)) {
        if (!line.endsWith('\r') || line.size() - 1 > 75)
            *ok = false;
        line.chop(1);
        if (line.startsWith(' ') && !lines.isEmpty())
            lines.last() += line.mid(1);
        else
            lines.append(line);
    }
    return lines;
}

} // namespace

void TestDeadlines::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_sample = {
        summary(1, u"Nilsen"_s, u"Kari"_s)
            .type(PositionType::PhdFellow)
            .unit(u"Department of Physics"_s)
            .deadline(today.addDays(-40), u"PROJECT_PLAN"_s, today)
            .deadline(today.addDays(30), u"CAREER_PLAN"_s, today)
            .deadline(today.addDays(91), u"ADMISSION_AGREEMENT"_s, today),
        summary(2, u"Åsen"_s, u"Ola"_s)
            .type(PositionType::Postdoc)
            .unit(u"Department of Chemistry, Biotechnology and Food Science"_s)
            .deadline(today.addDays(-1), u"CONTRACT"_s, today)
            .deadline(today, u"EMPLOYEE_INTERVIEW"_s, today)
            .deadline(today.addDays(90), u"CAREER_PLAN_EVALUATION"_s, today),
        summary(3, u"Berg"_s, u"Anne"_s)
            .type(PositionType::Resident)
            .unit(u"Clinic of Surgery; Section A"_s)
            .deadline(today.addDays(31), u"EMPLOYEE_INTERVIEW"_s, today)
            .deadline(today.addDays(400), u"CAREER_PLAN_EVALUATION"_s, today),
        summary(4, u"Lie"_s, u"Nora"_s), // no open deadlines
    };
}

void TestDeadlines::passesTheModelTester()
{
    DeadlineListModel model;
    DeadlineFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCases(m_sample, today);
    proxy.sort(DeadlineListModel::DueColumn);
    for (const auto range : {DeadlineFilterProxy::Range::Overdue, DeadlineFilterProxy::Range::Next30Days,
                             DeadlineFilterProxy::Range::Next90Days, DeadlineFilterProxy::Range::All})
        proxy.setRange(range);
    for (int column = 0; column < DeadlineListModel::ColumnCount; ++column) {
        proxy.sort(column, Qt::AscendingOrder);
        proxy.sort(column, Qt::DescendingOrder);
    }
    model.setCases(m_sample.mid(1), today);
    model.setPalette(QPalette(Qt::black, QColor(30, 30, 30)));
    model.setCases({}, today);
    QCOMPARE(proxy.rowCount(), 0);
}

void TestDeadlines::listsEveryOpenDeadline()
{
    DeadlineListModel model;
    model.setCases(m_sample, today);
    QCOMPARE(model.rowCount(), 8);
    int found = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.entry(row).key == u"CAREER_PLAN"_s)
            found = row;
    }
    QVERIFY(found >= 0);
    auto cell = [&](int column, int role = Qt::DisplayRole) { return model.index(found, column).data(role); };
    QCOMPARE(cell(DeadlineListModel::DueColumn).toString(),
             QLocale().toString(today.addDays(30), QLocale::ShortFormat));
    QCOMPARE(cell(DeadlineListModel::DaysLeftColumn).toString(), DeadlineListModel::daysLeftText(30));
    QCOMPARE(cell(DeadlineListModel::DaysLeftColumn, DeadlineListModel::SortRole).toInt(), 30);
    QCOMPARE(cell(DeadlineListModel::DeadlineColumn).toString(),
             QCoreApplication::translate("Rules", deadlineLabel(DeadlineId::CareerPlan)));
    QCOMPARE(cell(DeadlineListModel::RuleColumn).toString(), u"CP-REQUIRED, § 3.1"_s);
    QCOMPARE(cell(DeadlineListModel::CaseColumn).toString(), u"Nilsen, Kari"_s);
    QCOMPARE(cell(DeadlineListModel::TypeColumn).toString(), CaseListModel::typeLabel(PositionType::PhdFellow));
    QCOMPARE(cell(DeadlineListModel::UnitColumn).toString(), u"Department of Physics"_s);
    QCOMPARE(cell(DeadlineListModel::UnitColumn, DeadlineListModel::CaseIdRole).toLongLong(), 1);
    QCOMPARE(cell(0, DeadlineListModel::DeadlineKeyRole).toString(), u"CAREER_PLAN"_s);
    QVERIFY(cell(DeadlineListModel::RuleColumn, Qt::ToolTipRole).toString().contains(u"CP-REQUIRED"_s));
    for (int column = 0; column < DeadlineListModel::ColumnCount; ++column)
        QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
}

void TestDeadlines::overdueComeFirst()
{
    DeadlineListModel model;
    DeadlineFilterProxy proxy;
    proxy.setSourceModel(&model);
    model.setCases(m_sample, today);
    proxy.sort(DeadlineListModel::DueColumn, Qt::AscendingOrder);
    QList<int> days;
    for (int row = 0; row < proxy.rowCount(); ++row)
        days << proxy.index(row, 0).data(DeadlineListModel::DaysLeftRole).toInt();
    QCOMPARE(days, (QList<int> {-40, -1, 0, 30, 31, 90, 91, 400}));
    // Overdue rows are marked: red from the palette, and an icon.
    const QModelIndex first = proxy.index(0, DeadlineListModel::DueColumn);
    QVERIFY(first.data(Qt::ForegroundRole).value<QColor>().isValid());
    QVERIFY(!first.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(proxy.index(3, DeadlineListModel::DueColumn).data(Qt::DecorationRole).isNull());

    // Sorting by the unit keeps the deadlines of a unit in date order.
    proxy.sort(DeadlineListModel::UnitColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, DeadlineListModel::UnitColumn).data().toString(), u"Clinic of Surgery; Section A"_s);
    QCOMPARE(proxy.index(0, 0).data(DeadlineListModel::DaysLeftRole).toInt(), 31);
    QCOMPARE(proxy.index(1, 0).data(DeadlineListModel::DaysLeftRole).toInt(), 400);
    proxy.sort(DeadlineListModel::UnitColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, DeadlineListModel::UnitColumn).data().toString(), u"Department of Physics"_s);
    QCOMPARE(proxy.index(0, 0).data(DeadlineListModel::DaysLeftRole).toInt(), -40);
}

namespace {

/** Deadlines with ties: the same name and dates in two cases, names that differ in case or accent only. */
QList<CaseSummary> tiedSample()
{
    return {
        summary(11, u"Nilsen"_s, u"Kari"_s)
            .type(PositionType::PhdFellow)
            .unit(u"Department of Physics"_s)
            .deadline(today.addDays(-40), u"PROJECT_PLAN"_s, today)
            .deadline(today.addDays(30), u"CAREER_PLAN"_s, today),
        summary(12, u"Nilsen"_s, u"Kari"_s)
            .type(PositionType::Postdoc)
            .unit(u"Department of Chemistry"_s)
            .deadline(today.addDays(-40), u"CONTRACT"_s, today)
            .deadline(today.addDays(30), u"CAREER_PLAN"_s, today),
        summary(13, u"nilsen"_s, u"Kari"_s)
            .type(PositionType::Resident)
            .deadline(today.addDays(-40), u"PROJECT_PLAN"_s, today),
        summary(14, u"Åsen"_s, u"Ola"_s)
            .type(PositionType::Postdoc)
            .unit(u"Department of Physics"_s)
            .deadline(today.addDays(-1), u"CONTRACT"_s, today)
            .deadline(today.addDays(30), u"EMPLOYEE_INTERVIEW"_s, today),
        summary(15, u"Aasen"_s, u"Ola"_s)
            .type(PositionType::ResearchAssistant)
            .unit(u"department of physics"_s)
            .deadline(today.addDays(-1), u"CONTRACT"_s, today),
        summary(16, u"Berg"_s, u"Anne"_s)
            .type(PositionType::PhdFellow)
            .unit(u"Department of Chemistry"_s)
            .deadline(today, u"EMPLOYEE_INTERVIEW"_s, today)
            .deadline(today, u"ADMISSION_AGREEMENT"_s, today)
            .deadline(today.addDays(400), u"CAREER_PLAN_EVALUATION"_s, today),
        summary(17, u"Øvre"_s, u"Per"_s)
            .type(PositionType::MscaPostdoc)
            .unit(u"Department of Physics"_s)
            .deadline(today.addDays(-40), u"ADMISSION_APPLICATION"_s, today)
            .deadline(today.addDays(90), u"CAREER_PLAN"_s, today),
        summary(18, u"Zeta"_s, QString())
            .type(PositionType::PhdFellow)
            .unit(u"Department of Physics"_s)
            .deadline(today.addDays(30), u"SOMETHING_NEW"_s, today),
        summary(19, u"Lie"_s, u"Nora"_s), // no open deadlines
    };
}

/** -1, 0 or 1 as the list compares two sort values: dates and numbers by value, text by the list collation. */
int compareValues(const QVariant& left, const QVariant& right)
{
    if (left.typeId() == QMetaType::QDate)
        return left.toDate() < right.toDate() ? -1 : left.toDate() > right.toDate() ? 1 : 0;
    if (left.typeId() == QMetaType::Int)
        return left.toInt() < right.toInt() ? -1 : left.toInt() > right.toInt() ? 1 : 0;
    return compareForLists(left.toString(), right.toString());
}

} // namespace

void TestDeadlines::ordersLikeAPlainSort_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<DeadlineFilterProxy::Range>("range");
    const char* const columns[] = {"due date", "days left", "deadline", "rule", "name", "position", "unit"};
    for (int column = 0; column < DeadlineListModel::ColumnCount; ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            QTest::addRow("sorted by %s, %s, ties by due date, name and case", columns[column],
                          order == Qt::AscendingOrder ? "ascending" : "descending")
                << column << order << DeadlineFilterProxy::Range::All;
        }
    }
    QTest::newRow("overdue only, by due date")
        << int(DeadlineListModel::DueColumn) << Qt::AscendingOrder << DeadlineFilterProxy::Range::Overdue;
    QTest::newRow("the next 30 days by name, descending")
        << int(DeadlineListModel::CaseColumn) << Qt::DescendingOrder << DeadlineFilterProxy::Range::Next30Days;
    QTest::newRow("the next 90 days by unit")
        << int(DeadlineListModel::UnitColumn) << Qt::AscendingOrder << DeadlineFilterProxy::Range::Next90Days;
}

void TestDeadlines::ordersLikeAPlainSort()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(DeadlineFilterProxy::Range, range);
    const QList<CaseSummary> cases = tiedSample();

    // The reference: every open deadline in the order of the cases, sorted by the column's value, the
    // earlier deadline first, then the name in the locale's collation (then in code points), then the
    // order of the cases, as a plain stable sort does it.
    struct Expected
    {
        qint64 caseId;
        QString key;
        QDate due;
        QString name;
        QVariant value;
    };
    DeadlineListModel model;
    model.setCases(cases, today);
    QList<Expected> expected;
    for (const CaseSummary& s : cases) {
        for (const auto& [due, key] : s.openDeadlineList()) {
            if (!DeadlineFilterProxy::inRange(range, int(today.daysTo(due))))
                continue;
            QVariant value;
            for (int row = 0; row < model.rowCount(); ++row) {
                if (model.entry(row).caseId == s.id && model.entry(row).key == key)
                    value = model.index(row, column).data(DeadlineListModel::SortRole);
            }
            QVERIFY(value.isValid());
            expected.append({s.id, key, due, listName(s.familyName, s.givenName), value});
        }
    }
    std::stable_sort(expected.begin(), expected.end(), [order](const Expected& l, const Expected& r) {
        const int byValue = compareValues(l.value, r.value);
        if (byValue != 0)
            return order == Qt::AscendingOrder ? byValue < 0 : byValue > 0;
        if (l.due != r.due)
            return l.due < r.due;
        const int byName = compareForLists(l.name, r.name);
        if (byName != 0)
            return byName < 0;
        return l.name < r.name;
    });
    QStringList want;
    for (const Expected& e : std::as_const(expected))
        want << u"%1 %2"_s.arg(e.caseId).arg(e.key);

    auto shown = [](const QAbstractItemModel& proxy) {
        QStringList rows;
        for (int row = 0; row < proxy.rowCount(); ++row) {
            const QModelIndex index = proxy.index(row, 0);
            rows << u"%1 %2"_s.arg(index.data(DeadlineListModel::CaseIdRole).toLongLong())
                        .arg(index.data(DeadlineListModel::DeadlineKeyRole).toString());
        }
        return rows;
    };
    // Sorted before the cases come (as the page's view does), after, and again after a reset.
    DeadlineListModel sorted;
    DeadlineFilterProxy proxy;
    proxy.setSourceModel(&sorted);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(column, order);
    proxy.setRange(range);
    sorted.setCases(cases, today);
    QCOMPARE(shown(proxy), want);
    proxy.sort(DeadlineListModel::DueColumn, Qt::AscendingOrder);
    proxy.sort(column, order);
    QCOMPARE(shown(proxy), want);
    sorted.setCases(cases, today);
    QCOMPARE(shown(proxy), want);
    QCOMPARE(sorted.sortColumn(), column);
    QCOMPARE(sorted.sortOrder(), order);
}

void TestDeadlines::ranges_data()
{
    QTest::addColumn<DeadlineFilterProxy::Range>("range");
    QTest::addColumn<QList<int>>("days");
    QTest::newRow("all open deadlines") << DeadlineFilterProxy::Range::All
                                        << QList<int> {-40, -1, 0, 30, 31, 90, 91, 400};
    QTest::newRow("overdue only") << DeadlineFilterProxy::Range::Overdue << QList<int> {-40, -1};
    QTest::newRow("the next 30 days, overdue included, the 30th day too")
        << DeadlineFilterProxy::Range::Next30Days << QList<int> {-40, -1, 0, 30};
    QTest::newRow("the next 90 days, overdue included, the 90th day too")
        << DeadlineFilterProxy::Range::Next90Days << QList<int> {-40, -1, 0, 30, 31, 90};
}

void TestDeadlines::ranges()
{
    QFETCH(DeadlineFilterProxy::Range, range);
    QFETCH(QList<int>, days);
    DeadlineListModel model;
    DeadlineFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(DeadlineListModel::DueColumn);
    model.setCases(m_sample, today);
    proxy.setRange(range);
    QList<int> shown;
    for (int row = 0; row < proxy.rowCount(); ++row)
        shown << proxy.index(row, 0).data(DeadlineListModel::DaysLeftRole).toInt();
    QCOMPARE(shown, days);
}

void TestDeadlines::daysLeftText_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<QString>("text");
    QTest::newRow("three days overdue") << -3 << DeadlineListModel::tr("%n day(s) overdue", nullptr, 3);
    QTest::newRow("one day overdue") << -1 << DeadlineListModel::tr("%n day(s) overdue", nullptr, 1);
    QTest::newRow("due today") << 0 << DeadlineListModel::tr("due today");
    QTest::newRow("tomorrow") << 1 << DeadlineListModel::tr("in %n day(s)", nullptr, 1);
    QTest::newRow("in twelve days") << 12 << DeadlineListModel::tr("in %n day(s)", nullptr, 12);
}

void TestDeadlines::daysLeftText()
{
    QFETCH(int, days);
    QFETCH(QString, text);
    QCOMPARE(DeadlineListModel::daysLeftText(days), text);
    if (days != 0) {
        QVERIFY(text.contains(QString::number(std::abs(days))));
        QCOMPARE(text.contains(u"overdue"_s), days < 0);
    }
}

void TestDeadlines::exportsWhatIsShown_data()
{
    QTest::addColumn<int>("range");
    QTest::newRow("all open deadlines") << 0;
    QTest::newRow("overdue") << 1;
    QTest::newRow("overdue and the next 90 days") << 3;
}

void TestDeadlines::exportsWhatIsShown()
{
    QFETCH(int, range);
    UiWorkspace fixture;
    QString error;
    QVERIFY2(fixture.open(today, &error), qPrintable(error));
    QVERIFY2(fixture.importDemoOffice(&error), qPrintable(error));
    DeadlinesPage page(fixture.workspace());
    QVERIFY(page.model()->rowCount() > 0);
    page.rangeFilter()->setCurrentIndex(range);
    const int shown = page.proxy()->rowCount();
    QVERIFY(shown > 0);
    QCOMPARE(page.exportButton()->isEnabled(), true);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"deadlines.ics"_s);
    QVERIFY2(page.exportCalendar(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray ics = file.readAll();
    bool wellFormed = false;
    const QList<QByteArray> lines = contentLines(ics, &wellFormed);
    QVERIFY2(wellFormed, "every line ends with CRLF and has at most 75 octets");
    QCOMPARE(lines.first(), QByteArray("BEGIN:VCALENDAR"));
    QCOMPARE(lines.last(), QByteArray("END:VCALENDAR"));
    QVERIFY(lines.contains("VERSION:2.0"));
    QVERIFY(lines.contains("PRODID:-//Rekrutt//Rekrutt 0.1//EN"));
    QVERIFY(lines.contains("CALSCALE:GREGORIAN"));
    QCOMPARE(lines.count("BEGIN:VEVENT"), shown);
    QCOMPARE(lines.count("END:VEVENT"), shown);

    // One event per row, in the order shown, with a UID that names the case, the deadline and the day.
    QList<QByteArray> uids;
    QList<QByteArray> starts;
    for (const QByteArray& line : lines) {
        if (line.startsWith("UID:"))
            uids << line.mid(4);
        if (line.startsWith("DTSTART;VALUE=DATE:"))
            starts << line.mid(19);
        // TEXT values have their commas, semicolons and line breaks escaped.
        if (line.startsWith("SUMMARY:") || line.startsWith("DESCRIPTION:")) {
            const QByteArray value = line.mid(line.indexOf(':') + 1);
            for (qsizetype i = 0; i < value.size(); ++i) {
                if (value.at(i) == ',' || value.at(i) == ';')
                    QVERIFY2(i > 0 && value.at(i - 1) == '\\', value.constData());
            }
        }
    }
    QCOMPARE(uids.size(), shown);
    QCOMPARE(QSet<QByteArray>(uids.cbegin(), uids.cend()).size(), shown);
    for (int row = 0; row < shown; ++row) {
        const QModelIndex index = page.proxy()->index(row, 0);
        const QDate due = index.data(DeadlineListModel::SortRole).toDate();
        const QByteArray expected
            = u"case-%1-%2-%3@rekrutt"_s.arg(index.data(DeadlineListModel::CaseIdRole).toLongLong())
                  .arg(index.data(DeadlineListModel::DeadlineKeyRole).toString(), due.toString(u"yyyyMMdd"_s))
                  .toUtf8();
        QCOMPARE(uids.at(row), expected);
        QCOMPARE(starts.at(row), due.toString(u"yyyyMMdd"_s).toUtf8());
    }
    // A description holds the rule, and its line break is escaped.
    QVERIFY(ics.contains("DESCRIPTION:Rule "));
    QVERIFY(ics.contains("\\n"));

    // Exporting again gives the same events (only the time stamp may differ).
    QVERIFY2(page.exportCalendar(path, &error), qPrintable(error));
    QFile again(path);
    QVERIFY(again.open(QIODevice::ReadOnly));
    bool ok = false;
    QList<QByteArray> second = contentLines(again.readAll(), &ok);
    QList<QByteArray> first = lines;
    auto dropStamp = [](QList<QByteArray>& list) {
        list.removeIf([](const QByteArray& line) { return line.startsWith("DTSTAMP:"); });
    };
    dropStamp(first);
    dropStamp(second);
    QCOMPARE(second, first);
}

void TestDeadlines::exportReportsAnError()
{
    UiWorkspace fixture;
    QString error;
    QVERIFY2(fixture.open(today, &error), qPrintable(error));
    QVERIFY2(fixture.importDemoOffice(&error), qPrintable(error));
    DeadlinesPage page(fixture.workspace());
    QTemporaryDir dir;
    QVERIFY(!page.exportCalendar(dir.filePath(u"missing/folder/x.ics"_s), &error));
    QVERIFY2(error.contains(u"x.ics"_s), qPrintable(error));
}

void TestDeadlines::doubleClickOpensTheCase()
{
    UiWorkspace fixture;
    QString error;
    QVERIFY2(fixture.open(today, &error), qPrintable(error));
    QVERIFY2(fixture.importDemoOffice(&error), qPrintable(error));
    DeadlinesPage page(fixture.workspace());
    page.resize(1100, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy open(&page, &DeadlinesPage::openCaseRequested);
    const QModelIndex index = page.proxy()->index(1, DeadlineListModel::CaseColumn);
    const QPoint at = page.view()->visualRect(index).center();
    QTest::mouseClick(page.view()->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(page.view()->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.takeFirst().at(0).toLongLong(), index.data(DeadlineListModel::CaseIdRole).toLongLong());
    QTest::keyClick(page.view(), Qt::Key_Return);
    QCOMPARE(open.size(), 1);
    // Sorted by due date by default, overdue first.
    QCOMPARE(page.view()->horizontalHeader()->sortIndicatorSection(), int(DeadlineListModel::DueColumn));
    for (int row = 1; row < page.proxy()->rowCount(); ++row)
        QVERIFY(page.proxy()->index(row - 1, 0).data(DeadlineListModel::DaysLeftRole).toInt()
                <= page.proxy()->index(row, 0).data(DeadlineListModel::DaysLeftRole).toInt());
}

void TestDeadlines::filtersByUnitTypeAndText()
{
    UiWorkspace fixture;
    QString error;
    QVERIFY2(fixture.open(today, &error), qPrintable(error));
    QVERIFY2(fixture.importDemoOffice(&error), qPrintable(error));
    DeadlinesPage page(fixture.workspace());
    const int total = page.proxy()->rowCount();
    QVERIFY(total > 10);
    auto shown = [&page] {
        QList<DeadlineListModel::Entry> entries;
        for (int row = 0; row < page.proxy()->rowCount(); ++row)
            entries.append(page.model()->entry(page.proxy()->mapToSource(page.proxy()->index(row, 0)).row()));
        return entries;
    };

    // The unit combo lists every unit of the cases; choosing one shows its deadlines only.
    QVERIFY(page.unitFilter()->count() > 2);
    const QString unit = page.unitFilter()->itemData(1).toString();
    QVERIFY(!unit.isEmpty());
    int ofUnit = 0;
    for (int row = 0; row < page.model()->rowCount(); ++row)
        ofUnit += page.model()->entry(row).unit == unit ? 1 : 0;
    page.unitFilter()->setCurrentIndex(1);
    QCOMPARE(page.proxy()->rowCount(), ofUnit);
    for (const auto& e : shown())
        QCOMPARE(e.unit, unit);
    QVERIFY2(page.summaryLabel()->text().startsWith(u"Showing %1 of"_s.arg(ofUnit)),
             qPrintable(page.summaryLabel()->text()));

    // A position type narrows it further.
    page.unitFilter()->setCurrentIndex(0);
    page.typeFilter()->setCurrentIndex(page.typeFilter()->findData(int(PositionType::Postdoc)));
    QVERIFY(page.proxy()->rowCount() > 0);
    QVERIFY(page.proxy()->rowCount() < total);
    for (const auto& e : shown())
        QCOMPARE(e.type, PositionType::Postdoc);

    // Typed text: every word must occur in the name, unit, type or deadline.
    page.typeFilter()->setCurrentIndex(0);
    const DeadlineListModel::Entry first = page.model()->entry(0);
    QTest::keyClicks(page.searchEdit(), first.familyName + u' ' + first.label.left(6).toUpper());
    QVERIFY(page.proxy()->rowCount() > 0);
    for (const auto& e : shown()) {
        QVERIFY(e.name.contains(first.familyName, Qt::CaseInsensitive));
        QVERIFY(e.label.contains(first.label.left(6), Qt::CaseInsensitive)
                || e.unit.contains(first.label.left(6), Qt::CaseInsensitive));
    }
    page.searchEdit()->clear();
    QTest::keyClicks(page.searchEdit(), u"zzzz-nobody"_s);
    QCOMPARE(page.proxy()->rowCount(), 0);
    QCOMPARE(page.placeholderText(), u"No open deadline matches the search and the filters."_s);
    page.searchEdit()->clear();
    QCOMPARE(page.proxy()->rowCount(), total);
}

void TestDeadlines::doubleClickOpensWhereTheDeadlineIsDone()
{
    UiWorkspace fixture;
    QString error;
    QVERIFY2(fixture.open(today, &error), qPrintable(error));
    QVERIFY2(fixture.importDemoOffice(&error), qPrintable(error));
    DeadlinesPage page(fixture.workspace());
    page.resize(1100, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy open(&page, &DeadlinesPage::openCaseRequested);
    QTest::keyClicks(page.searchEdit(), deadlineLabelText(u"CAREER_PLAN"));
    QVERIFY(page.proxy()->rowCount() > 0);
    const QModelIndex index = page.proxy()->index(0, DeadlineListModel::DeadlineColumn);
    QCOMPARE(index.data(DeadlineListModel::DeadlineKeyRole).toString(), u"CAREER_PLAN"_s);
    const QPoint at = page.view()->visualRect(index).center();
    QTest::mouseClick(page.view()->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(page.view()->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(open.size(), 1);
    const QList<QVariant> arguments = open.takeFirst();
    QCOMPARE(arguments.at(0).toLongLong(), index.data(DeadlineListModel::CaseIdRole).toLongLong());
    QCOMPARE(arguments.at(1).toString(), u"milestones.careerPlan"_s);
}

void TestDeadlines::emptyStatesSayWhy()
{
    Workspace closed;
    DeadlinesPage none(&closed);
    QVERIFY2(none.placeholderText().contains(u"No database open"_s), qPrintable(none.placeholderText()));
    QVERIFY(!none.exportButton()->isEnabled());

    UiWorkspace fixture;
    QString error;
    QVERIFY2(fixture.open(today, &error), qPrintable(error));
    DeadlinesPage page(fixture.workspace());
    QVERIFY2(page.placeholderText().startsWith(u"No cases yet"_s), qPrintable(page.placeholderText()));
    QVERIFY(!page.exportButton()->isEnabled());
    QVERIFY2(fixture.importDemoOffice(&error), qPrintable(error));
    QVERIFY(page.placeholderText().isEmpty());
    QVERIFY(page.exportButton()->isEnabled());
    QVERIFY(!page.summaryLabel()->text().isEmpty());
    // A range with nothing in it says so, and nothing can be exported.
    DeadlineListModel& model = *page.model();
    model.setCases({summary(9, u"Lie"_s, u"Nora"_s).deadline(today.addDays(200), u"CAREER_PLAN"_s, today)}, today);
    page.rangeFilter()->setCurrentIndex(page.rangeFilter()->findData(int(DeadlineFilterProxy::Range::Overdue)));
    QVERIFY2(!page.placeholderText().isEmpty(), "an empty range has a message");
    QVERIFY(!page.exportButton()->isEnabled());
}

void TestDeadlines::aPageBehindAnotherTabLoadsWhenShown()
{
    UiWorkspace fixture;
    QString error;
    QVERIFY2(fixture.open(today, &error), qPrintable(error));
    QTabWidget tabs;
    auto* front = new QWidget;
    auto* page = new DeadlinesPage(fixture.workspace());
    tabs.addTab(front, u"Cases"_s);
    tabs.addTab(page, u"Deadlines"_s);
    tabs.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tabs));

    // Behind the front tab, the page leaves the new cases for later...
    QVERIFY2(fixture.importDemoOffice(&error), qPrintable(error));
    QCOMPARE(page->model()->rowCount(), 0);
    // ...and reads them when it is shown, before it is painted.
    tabs.setCurrentWidget(page);
    QVERIFY(page->model()->rowCount() > 0);
    QVERIFY(page->placeholderText().isEmpty());
    QVERIFY(!page->summaryLabel()->text().isEmpty());

    // Shown, it follows the workspace at once.
    const int rows = page->model()->rowCount();
    fixture.workspace()->close();
    QCOMPARE(page->model()->rowCount(), 0);
    QVERIFY(rows > 0);
}

QTEST_MAIN(TestDeadlines)
#include "TestDeadlines.moc"
