// Over 600 lines: one executable per unit (the case timeline and the department timeline widgets), driven
// through their real widgets: what is painted, tooltips, hints, order, mouse and keyboard, scrolling, speed.

#include "core/rules/Evaluator.h"
#include "core/storage/DatabaseLocation.h"
#include "tests/common/CaseBuilder.h"
#include "ui/DepartmentTimeline.h"
#include "ui/DepartmentTimelinePage.h"
#include "ui/ListSupport.h"
#include "ui/TimelineStyle.h"
#include "ui/TimelineWidget.h"
#include "ui/Workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QImage>
#include <QLocale>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <ctime>

using namespace rekrutt;
using rekrutt::testing::CaseBuilder;
using rekrutt::testing::date;

namespace {

QString expectedDate(QDate d)
{
    return QLocale().toString(d, QLocale::ShortFormat);
}

/** A light palette with known colours, so that pixels can be told apart. */
QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Base, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::AlternateBase, QColor(0xf5, 0xf5, 0xf5));
    p.setColor(QPalette::Text, QColor(0x20, 0x20, 0x20));
    p.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    p.setColor(QPalette::Link, QColor(0x20, 0x60, 0xc0));
    return p;
}

CaseSummary summary(qint64 id, const char* family, const char* unit, const char* start, const char* nominalEnd,
                    const char* end, const QString& openDeadlines = {})
{
    CaseSummary s;
    s.id = id;
    s.familyName = QString::fromUtf8(family);
    s.givenName = QStringLiteral("Kari");
    s.unit = QString::fromUtf8(unit);
    s.type = PositionType::PhdFellow;
    s.start = date(start);
    s.nominalEnd = date(nominalEnd);
    s.end = date(end);
    s.frameEnd = s.end;
    s.openDeadlines = openDeadlines;
    const auto open = s.openDeadlineList();
    if (!open.isEmpty()) {
        s.nextDeadline = open.first().first;
        s.nextDeadlineId = open.first().second;
    }
    return s;
}

bool sameColour(QRgb a, const QColor& b, int tolerance = 6)
{
    return std::abs(qRed(a) - b.red()) <= tolerance && std::abs(qGreen(a) - b.green()) <= tolerance
        && std::abs(qBlue(a) - b.blue()) <= tolerance;
}

} // namespace

class TestTimeline : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    // One case.
    void paintsPeriodLeaveAndExtension();
    void toolTipExplainsLeaveDeadlineAndEnd();
    void withoutStartShowsHint();

    // Many cases.
    void showsActiveCasesByDefault();
    void ordersByUnitThenEnd();
    void ordersLikeAPlainSort_data();
    void ordersLikeAPlainSort();
    void doubleClickActivatesRow();
    void keyboardMovesAndActivates();
    void axisStaysOnTopWhileScrolling();
    void paintsTwoThousandRowsQuickly();

    // The page.
    void pageExplainsWhatIsMissingAndFiltersByUnit();
    void aPageBehindAnotherTabLoadsWhenShown();

private:
    /** Worked example 1 (rules.md, part F) with more leave and extensions of every status. */
    static Case richCase()
    {
        return CaseBuilder::phd()
            .start(2025, 8, 1)
            .months(48)
            .duty(25)
            .leave(LeaveKind::Sickness, "2026-01-05", "2026-01-18", 100)
            .leave(LeaveKind::Sickness, "2027-03-01", "2027-05-31", 50)
            .leave(LeaveKind::Other, "2028-02-01", "2028-03-31", 100)
            .extension(ExtensionKind::ElectedOffice, 14)
            .extension(ExtensionKind::UnforeseenObstacle, 60, DecisionStatus::Proposed)
            .extension(ExtensionKind::BoardFee, 20, DecisionStatus::Rejected)
            .careerPlanDone("2025-09-01")
            .build();
    }

    const QDate m_today = QDate(2026, 3, 1);
};

void TestTimeline::initTestCase()
{
    QApplication::setPalette(lightPalette());
}

void TestTimeline::paintsPeriodLeaveAndExtension()
{
    const Case c = richCase();
    const Evaluation evaluation = Evaluator::evaluate(c, {.today = m_today});
    TimelineWidget widget;
    widget.resize(1000, widget.sizeHint().height());
    widget.setCase(c, evaluation, m_today);
    QImage image(widget.size(), QImage::Format_ARGB32);
    widget.render(&image);

    const timeline::Colours colours = timeline::Colours::from(widget.palette());
    const int y = int(widget.barRect().center().y());
    auto pixel = [&](QDate day) {
        const int x = int(std::round((widget.xForDate(day) + widget.xForDate(day.addDays(1))) / 2));
        return image.pixel(x, y);
    };
    const Period& p = evaluation.period;
    QCOMPARE(p.end, date("2029-08-28").addDays(46)); // 14 + 46 days of leave (worked example 1 + 50 % leave)

    // The nominal bar, from start to nominal end, is the bar colour where no leave covers it.
    for (const char* day : {"2025-08-10", "2025-11-20", "2026-12-01", "2029-07-20"})
        QVERIFY2(sameColour(pixel(date(day)), colours.bar), day);
    // Just before the start (between the start date's label and the bar): background.
    QVERIFY(sameColour(image.pixel(int(widget.xForDate(p.start)) - 3, y), colours.background, 2));
    // Leave at 100 % differs from the bar; at 50 % from both; other leave from all three.
    const QRgb full = pixel(date("2026-01-11"));
    const QRgb half = pixel(date("2027-04-10"));
    const QRgb other = pixel(date("2028-02-20"));
    QVERIFY(!sameColour(full, colours.bar, 20));
    QVERIFY(!sameColour(half, colours.bar, 20));
    QVERIFY(full != half);
    QVERIFY(!sameColour(other, colours.bar, 20));
    QVERIFY(!sameColour(other, QColor::fromRgb(full), 20));
    // The extension (nominal end to end) is drawn, lighter than the nominal bar.
    const QRgb extension = pixel(p.nominalEnd.addDays(20));
    QVERIFY(!sameColour(extension, colours.bar, 20));
    QVERIFY(!sameColour(extension, colours.background, 10));
    QVERIFY(qGray(extension) > qGray(colours.bar.rgb()));
    // The proposed 60 days after the end: a pale fill, not the background, not the bar.
    const QRgb proposed = pixel(p.end.addDays(30));
    QVERIFY(!sameColour(proposed, colours.background, 2));
    QVERIFY(!sameColour(proposed, colours.bar, 20));

    // Non-background pixels in the rows of the bar only between start and the proposed end (plus the labels).
    int inside = 0;
    const int x0 = int(widget.xForDate(p.start)) + 1;
    const int x1 = int(widget.xForDate(p.end.addDays(1))) - 1;
    for (int x = x0; x < x1; ++x) {
        if (!sameColour(image.pixel(x, y), colours.background, 2))
            ++inside;
    }
    QCOMPARE(inside, x1 - x0);
}

void TestTimeline::toolTipExplainsLeaveDeadlineAndEnd()
{
    const Case c = richCase();
    const Evaluation evaluation = Evaluator::evaluate(c, {.today = m_today});
    TimelineWidget widget;
    widget.resize(1000, widget.sizeHint().height());
    widget.setCase(c, evaluation, m_today);
    const int y = int(widget.barRect().center().y());
    auto at = [&](QDate day) { return QPoint(int(widget.xForDate(day) + 1), y); };

    const QString leave = widget.toolTipAt(at(date("2026-01-11")));
    QVERIFY2(leave.startsWith(QStringLiteral("Sick leave ") + expectedDate(date("2026-01-05")) + QStringLiteral(" – ")
                              + expectedDate(date("2026-01-18"))),
             qPrintable(leave));
    QVERIFY2(leave.contains(QStringLiteral("100\u00a0%")), qPrintable(leave));
    QVERIFY2(widget.toolTipAt(at(date("2027-04-10"))).contains(QStringLiteral("50\u00a0%")), "graded leave");
    QVERIFY(widget.toolTipAt(at(date("2028-02-20"))).contains(QStringLiteral("no extension")));

    int careerPlan = -1;
    int interview = -1;
    for (int i = 0; i < evaluation.deadlines.size(); ++i) {
        if (evaluation.deadlines[i].id == DeadlineId::CareerPlan)
            careerPlan = i;
        if (evaluation.deadlines[i].id == DeadlineId::EmployeeInterview && interview < 0)
            interview = i;
    }
    QVERIFY(careerPlan >= 0 && interview >= 0);
    const QString done = widget.toolTipAt(widget.deadlinePosition(careerPlan).toPoint());
    QCOMPARE(done,
             QStringLiteral("Career plan due %1 — done %2")
                 .arg(expectedDate(date("2025-11-01")), expectedDate(date("2025-09-01"))));
    const QString open = widget.toolTipAt(widget.deadlinePosition(interview).toPoint());
    QVERIFY2(open.startsWith(QStringLiteral("Annual employee interview due ") + expectedDate(date("2026-08-01"))),
             qPrintable(open));
    QVERIFY2(open.endsWith(QStringLiteral("open")), qPrintable(open));

    const Period& p = evaluation.period;
    const QString end = widget.toolTipAt(at(p.nominalEnd.addDays(10)));
    // Plural forms come from the translation catalogue: compare with the same source text.
    const char* context = "rekrutt::TimelineWidget";
    QVERIFY2(end.startsWith(QCoreApplication::translate(context, "End %1 (nominal %2 + %n day(s))", nullptr, 74)
                                .arg(expectedDate(p.end), expectedDate(p.nominalEnd))),
             qPrintable(end));
    QVERIFY(end.contains(QCoreApplication::translate(context, "Proposed, not yet decided: %n day(s)", nullptr, 60)));
    QVERIFY(widget.toolTipAt(at(date("2025-10-10"))).startsWith(QStringLiteral("Nominal period ")));
    QVERIFY(widget.toolTipAt(QPoint(2, 2)).isEmpty());
    QVERIFY(!widget.accessibleDescription().isEmpty());
}

void TestTimeline::withoutStartShowsHint()
{
    Case c = richCase();
    c.appointment.start = QDate();
    TimelineWidget widget;
    widget.resize(600, widget.sizeHint().height());
    widget.setCase(c, Evaluator::evaluate(c, {.today = m_today}), m_today);
    QVERIFY(std::isnan(widget.xForDate(m_today)));
    QVERIFY(widget.toolTipAt(QPoint(300, 60)).isEmpty());
    QVERIFY(widget.accessibleDescription().contains(QStringLiteral("start date")));
}

void TestTimeline::showsActiveCasesByDefault()
{
    // Today 2026-03-01: active means ending on or after 2025-12-01 and starting on or before 2027-03-01.
    const QList<CaseSummary> cases = {
        summary(1, "Ended", "Physics", "2021-08-01", "2025-07-31", "2025-07-31"),
        summary(2, "Recently ended", "Physics", "2021-12-01", "2025-12-15", "2025-12-15"),
        summary(3, "Running", "Physics", "2024-08-01", "2028-07-31", "2028-08-28"),
        summary(4, "Starting soon", "Chemistry", "2027-02-01", "2031-01-31", "2031-01-31"),
        summary(5, "Far future", "Chemistry", "2027-06-01", "2031-05-31", "2031-05-31"),
        summary(6, "No dates", "Chemistry", nullptr, nullptr, nullptr),
    };
    DepartmentTimeline timeline;
    timeline.resize(900, 400);
    timeline.setCases(cases, m_today);
    QCOMPARE(timeline.rowCount(), 3);
    QCOMPARE(timeline.caseIds(), (QList<qint64> {4, 2, 3}));
    timeline.setShowAll(true);
    QCOMPARE(timeline.rowCount(), 6);
    timeline.setShowAll(false);
    QCOMPARE(timeline.rowCount(), 3);
    QVERIFY(timeline.toolTipAt(timeline.rowRect(1).center()).startsWith(QStringLiteral("Recently ended, Kari")));
}

void TestTimeline::ordersByUnitThenEnd()
{
    const QList<CaseSummary> cases = {
        summary(1, "Berg", "Physics", "2025-01-01", "2028-12-31", "2029-02-10"),
        summary(2, "Aas", "Physics", "2024-01-01", "2027-12-31", "2027-12-31"),
        summary(3, "Dahl", "Biology", "2025-08-01", "2029-07-31", "2029-07-31"),
        summary(4, "Lie", "Biology", "2023-09-01", "2026-08-31", "2026-09-30"),
        summary(5, "Moe", "", "2025-08-01", "2026-07-31", "2026-07-31"),
        summary(6, "Eide", "Physics", "2025-01-01", "2028-12-31", "2029-02-10"),
    };
    DepartmentTimeline timeline;
    timeline.resize(900, 400);
    timeline.setCases(cases, m_today);
    // Biology before Physics, cases without a unit last; by end within a unit, then by name.
    QCOMPARE(timeline.caseIds(), (QList<qint64> {4, 3, 2, 1, 6, 5}));
    // Each unit starts with a heading: rows of different units are further apart than rows of one.
    QCOMPARE(timeline.rowRect(1).top() - timeline.rowRect(0).top(), timeline.rowRect(0).height());
    QVERIFY(timeline.rowRect(2).top() - timeline.rowRect(1).top() > timeline.rowRect(1).height());
}

void TestTimeline::ordersLikeAPlainSort_data()
{
    QTest::addColumn<QList<CaseSummary>>("cases");
    QTest::addColumn<bool>("showAll");
    QTest::newRow("ties on the end date fall back to the family name, then to the id") << QList<CaseSummary> {
        summary(7, "Berg", "Physics", "2025-01-01", "2028-12-31", "2028-12-31"),
        summary(3, "berg", "Physics", "2025-01-01", "2028-12-31", "2028-12-31"),
        summary(5, "Åsen", "Physics", "2025-01-01", "2028-12-31", "2028-12-31"),
        summary(2, "Aasen", "Physics", "2025-01-01", "2028-12-31", "2028-12-31"),
        summary(4, "Berg", "Physics", "2025-01-01", "2028-12-31", "2028-12-31"),
        summary(1, "Zahl", "Physics", "2025-01-01", "2027-12-31", "2027-12-31"),
    } << false;
    QTest::newRow("units in the locale's order, cases without a unit last") << QList<CaseSummary> {
        summary(1, "Moe", "", "2025-08-01", "2026-07-31", "2026-07-31"),
        summary(2, "Lie", "physics", "2025-08-01", "2026-07-31", "2026-07-31"),
        summary(3, "Lie", "Physics", "2025-08-01", "2026-07-31", "2026-07-31"),
        summary(4, "Dahl", "Økonomi", "2025-08-01", "2029-07-31", "2029-07-31"),
        summary(5, "Dahl", "Ålesund clinic", "2025-08-01", "2029-07-31", "2029-07-31"),
        summary(6, "Eide", "Biology", "2023-09-01", "2026-08-31", "2026-09-30"),
        summary(7, "Aas", "", "2024-01-01", "2026-05-31", "2026-05-31"),
    } << false;
    QTest::newRow("shown all, open-ended cases last in their unit") << QList<CaseSummary> {
        summary(1, "Ended", "Physics", "2021-08-01", "2025-07-31", "2025-07-31"),
        summary(2, "No dates", "Physics", nullptr, nullptr, nullptr),
        summary(3, "Far future", "Chemistry", "2027-06-01", "2031-05-31", "2031-05-31"),
        summary(4, "No dates", "Chemistry", nullptr, nullptr, nullptr),
        summary(5, "Running", "Physics", "2024-08-01", "2028-07-31", "2028-08-28"),
        summary(6, "Also no dates", "", nullptr, nullptr, nullptr),
    } << true;
    // Many ties: a few units, names and end dates drawn for 400 cases.
    QList<CaseSummary> drawn;
    const char* const units[] = {"Physics", "physics", "Chemistry", "Økonomi", ""};
    const char* const names[] = {"Berg", "berg", "Åsen", "Aasen", "Nilsen", "Øvre", "Lie"};
    quint32 seed = 20261124;
    auto next = [&seed](quint32 bound) {
        seed = seed * 1664525u + 1013904223u;
        return (seed >> 8) % bound;
    };
    for (qint64 id = 400; id > 0; --id) {
        CaseSummary s = summary(id, names[next(7)], units[next(5)], "2024-08-01", nullptr, nullptr);
        s.end = s.nominalEnd = QDate(2026, 1, 1).addMonths(int(next(12)));
        drawn.append(s);
    }
    QTest::newRow("400 cases drawn from a few units, names and end dates") << drawn << false;
    QTest::newRow("the same, shown all") << drawn << true;
}

void TestTimeline::ordersLikeAPlainSort()
{
    QFETCH(QList<CaseSummary>, cases);
    QFETCH(bool, showAll);
    // Bokmål puts Æ, Ø and Å after Z, and Aa with Å: an order that code points do not give.
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::NorwegianBokmal, QLocale::Norway));
    const auto restore = qScopeGuard([&previous] { QLocale::setDefault(previous); });
    // The reference: a stable sort of the cases shown, comparing the texts themselves.
    QList<CaseSummary> expected;
    for (const CaseSummary& s : std::as_const(cases)) {
        const bool active = s.start.isValid() && s.end.isValid() && s.end >= m_today.addMonths(-3)
            && s.start <= m_today.addMonths(12);
        if (showAll || active)
            expected.append(s);
    }
    std::stable_sort(expected.begin(), expected.end(), [](const CaseSummary& a, const CaseSummary& b) {
        if (a.unit != b.unit) {
            if (a.unit.isEmpty() || b.unit.isEmpty())
                return b.unit.isEmpty();
            const int byUnit = compareForLists(a.unit, b.unit);
            return byUnit != 0 ? byUnit < 0 : a.unit < b.unit;
        }
        if (a.end != b.end) {
            if (!a.end.isValid() || !b.end.isValid())
                return !b.end.isValid();
            return a.end < b.end;
        }
        const int byName = compareForLists(a.familyName, b.familyName);
        if (byName != 0)
            return byName < 0;
        return a.id < b.id;
    });
    QList<qint64> ids;
    for (const CaseSummary& s : std::as_const(expected))
        ids.append(s.id);

    DepartmentTimeline timeline;
    timeline.resize(900, 400);
    timeline.setShowAll(showAll);
    timeline.setCases(cases, m_today);
    QCOMPARE(timeline.caseIds(), ids);
}

void TestTimeline::doubleClickActivatesRow()
{
    const QList<CaseSummary> cases = {
        summary(11, "Aas", "Physics", "2024-01-01", "2027-12-31", "2027-12-31",
                QStringLiteral("2026-02-01:CAREER_PLAN")),
        summary(12, "Berg", "Physics", "2025-01-01", "2028-12-31", "2029-02-10"),
    };
    QScrollArea area;
    auto* timeline = new DepartmentTimeline;
    area.setWidget(timeline);
    area.setWidgetResizable(true);
    area.resize(900, 300);
    timeline->setCases(cases, m_today);
    area.show();
    QVERIFY(QTest::qWaitForWindowExposed(&area));

    QSignalSpy activated(timeline, &DepartmentTimeline::caseActivated);
    QTest::mouseDClick(timeline, Qt::LeftButton, {}, timeline->rowRect(1).center());
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toLongLong(), 12);
    QCOMPARE(timeline->currentCaseId(), 12);

    // The overdue career plan explains itself.
    const double x = timeline->xForDate(date("2026-02-01"));
    const QString tip = timeline->toolTipAt(QPoint(int(x + 1), timeline->rowRect(0).center().y()));
    QVERIFY2(tip.contains(QStringLiteral("Career plan due ") + expectedDate(date("2026-02-01"))
                          + QStringLiteral(" — overdue")),
             qPrintable(tip));
}

void TestTimeline::keyboardMovesAndActivates()
{
    QList<CaseSummary> cases;
    for (int i = 0; i < 30; ++i)
        cases.append(summary(100 + i, "Person", "Physics", "2025-01-01", "2028-12-31",
                             qPrintable(QDate(2027, 1, 1).addDays(i * 10).toString(Qt::ISODate))));
    QScrollArea area;
    auto* timeline = new DepartmentTimeline;
    area.setWidget(timeline);
    area.setWidgetResizable(true);
    area.resize(900, 300);
    timeline->setCases(cases, m_today);
    area.show();
    QVERIFY(QTest::qWaitForWindowExposed(&area));
    timeline->setFocus();
    QApplication::setActiveWindow(&area);
    QTRY_VERIFY(timeline->hasFocus());

    QSignalSpy activated(timeline, &DepartmentTimeline::caseActivated);
    QCOMPARE(timeline->currentRow(), 0); // focus makes the first row current
    QTest::keyClick(timeline, Qt::Key_Down);
    QTest::keyClick(timeline, Qt::Key_Down);
    QCOMPARE(timeline->currentRow(), 2);
    QTest::keyClick(timeline, Qt::Key_Up);
    QCOMPARE(timeline->currentRow(), 1);
    QTest::keyClick(timeline, Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.last().first().toLongLong(), 101);

    // The last row scrolls into view.
    QTest::keyClick(timeline, Qt::Key_End);
    QCOMPARE(timeline->currentRow(), 29);
    QVERIFY(area.verticalScrollBar()->value() > 0);
    const QRect row = timeline->rowRect(29);
    QVERIFY(row.bottom() <= area.verticalScrollBar()->value() + area.viewport()->height());
    QTest::keyClick(timeline, Qt::Key_Enter);
    QCOMPARE(activated.last().first().toLongLong(), 129);
    QTest::keyClick(timeline, Qt::Key_Down);
    QCOMPARE(timeline->currentRow(), 29);
    QTest::keyClick(timeline, Qt::Key_Home);
    QCOMPARE(timeline->currentRow(), 0);
    // The first row is below the axis, not under it.
    QVERIFY(timeline->rowAt(timeline->rowRect(0).center()) == 0);
}

void TestTimeline::axisStaysOnTopWhileScrolling()
{
    QList<CaseSummary> cases;
    for (int i = 0; i < 100; ++i)
        cases.append(summary(i + 1, "Person", "Physics", "2025-01-01", "2028-12-31", "2028-12-31"));
    QScrollArea area;
    auto* timeline = new DepartmentTimeline;
    area.setWidget(timeline);
    area.setWidgetResizable(true);
    area.resize(900, 400);
    timeline->setCases(cases, m_today);
    area.show();
    QVERIFY(QTest::qWaitForWindowExposed(&area));
    QVERIFY(timeline->height() >= 100 * 22);
    area.verticalScrollBar()->setValue(1000);
    // A row scrolled under the axis cannot be hit; the one below the axis can.
    const int top = area.verticalScrollBar()->value();
    const int under = timeline->rowAt(QPoint(300, top + 5));
    QCOMPARE(under, -1);
    const int below = timeline->rowAt(QPoint(300, top + 120));
    QVERIFY(below > 0);
    // Clicking a row that is scrolled into view makes it current without scrolling back to the first.
    QTest::mouseClick(timeline, Qt::LeftButton, {}, QPoint(300, top + 120));
    QCOMPARE(timeline->currentRow(), below);
    QCOMPARE(area.verticalScrollBar()->value(), top);
}

void TestTimeline::paintsTwoThousandRowsQuickly()
{
    QList<CaseSummary> cases;
    const char* units[] = {"Physics", "Chemistry", "Biology", "Mathematical Sciences", "Psychology"};
    for (int i = 0; i < 2000; ++i) {
        const QDate start = m_today.addDays(-1200 + (i * 37) % 1500);
        const QDate nominalEnd = start.addMonths(36 + (i % 3) * 6).addDays(-1);
        const QDate end = nominalEnd.addDays((i % 7) * 9);
        CaseSummary s
            = summary(i + 1, "Person", units[i % 5], "2025-01-01", "2028-12-31", "2028-12-31",
                      QStringLiteral("%1:CAREER_PLAN,%2:EMPLOYEE_INTERVIEW")
                          .arg(start.addMonths(3).toString(Qt::ISODate), start.addMonths(12).toString(Qt::ISODate)));
        s.familyName = QStringLiteral("Person %1").arg(i);
        s.start = start;
        s.nominalEnd = nominalEnd;
        s.end = end;
        s.frameEnd = end.addDays(i % 2 ? 0 : 30);
        cases.append(s);
    }
    QScrollArea area;
    auto* timeline = new DepartmentTimeline;
    area.setWidget(timeline);
    area.setWidgetResizable(true);
    area.resize(1280, 800);
    timeline->setShowAll(true);
    QElapsedTimer load;
    load.start();
    timeline->setCases(cases, m_today);
    const qint64 loadMs = load.elapsed();
    QCOMPARE(timeline->rowCount(), 2000);
    area.show();
    QVERIFY(QTest::qWaitForWindowExposed(&area));
    area.verticalScrollBar()->setValue(area.verticalScrollBar()->maximum() / 2);
    const QRect visible(0, area.verticalScrollBar()->value(), timeline->width(), area.viewport()->height());

    QImage image(visible.size(), QImage::Format_ARGB32_Premultiplied);
    // Processor time, not the wall clock, so that another program on the core cannot fail the test.
    QList<double> times;
    for (int i = 0; i < 7; ++i) {
        const std::clock_t start = std::clock();
        timeline->render(&image, QPoint(), QRegion(visible));
        times.append(1000.0 * double(std::clock() - start) / CLOCKS_PER_SEC);
    }
    std::sort(times.begin(), times.end());
    qInfo("setCases(2000 summaries): %lld ms; painting the visible part (%dx%d): median %.2f ms, worst %.2f ms", loadMs,
          visible.width(), visible.height(), times[times.size() / 2], times.last());
    QVERIFY2(times[times.size() / 2] < 50, "painting the visible rows must take less than 50 ms of processor time");
    // Something was drawn: not all background.
    const QColor background = timeline::Colours::from(timeline->palette()).background;
    int drawn = 0;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            drawn += sameColour(image.pixel(x, y), background, 2) ? 0 : 1;
    }
    QVERIFY(drawn > 1000);
}

void TestTimeline::pageExplainsWhatIsMissingAndFiltersByUnit()
{
    Workspace workspace;
    workspace.setToday(m_today);
    DepartmentTimelinePage page(&workspace);
    QVERIFY(page.message().contains(QStringLiteral("No case database is open")));

    QTemporaryDir dir;
    DatabaseLocation location;
    location.path = dir.filePath(QStringLiteral("timeline.rekrutt"));
    QString error;
    QVERIFY2(workspace.open(location, Database::OpenMode::Create, &error), qPrintable(error));
    QVERIFY(page.message().contains(QStringLiteral("no cases yet")));

    const QList<Case> cases = {
        CaseBuilder::phd().start(2025, 8, 1).build(), CaseBuilder::postdoc().start(2024, 1, 1).build(),
        CaseBuilder::researchAssistant().start(2021, 1, 1).build(), // ended long ago
    };
    QList<Case> inUnits = cases;
    inUnits[1].appointment.unit = QStringLiteral("Department of Chemistry");
    QList<qint64> ids;
    QVERIFY2(workspace.run({},
                           [&](OfficeService& office) {
                               return office.importCases(inUnits,
                                                         Actor {QStringLiteral("test"), QStringLiteral("hr_officer")},
                                                         QStringLiteral("test"), &ids, &error);
                           }),
             qPrintable(error));
    workspace.refresh();
    QVERIFY(page.message().isEmpty());
    QCOMPARE(page.timeline()->rowCount(), 2);
    QCOMPARE(page.unitFilter()->count(), 3); // All units, Chemistry, Physics
    page.unitFilter()->setCurrentIndex(page.unitFilter()->findText(QStringLiteral("Department of Chemistry")));
    QCOMPARE(page.timeline()->caseIds(), (QList<qint64> {ids[1]}));
    page.unitFilter()->setCurrentIndex(page.unitFilter()->findText(QStringLiteral("Department of Physics")));
    QCOMPARE(page.timeline()->rowCount(), 1);
    page.showAllBox()->setChecked(true);
    QCOMPARE(page.timeline()->rowCount(), 2);

    QSignalSpy open(&page, &DepartmentTimelinePage::openCaseRequested);
    emit page.timeline()->caseActivated(ids[0]);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().first().toLongLong(), ids[0]);
}

void TestTimeline::aPageBehindAnotherTabLoadsWhenShown()
{
    Workspace workspace;
    workspace.setToday(m_today);
    QTemporaryDir dir;
    DatabaseLocation location;
    location.path = dir.filePath(QStringLiteral("timeline.rekrutt"));
    QString error;
    QVERIFY2(workspace.open(location, Database::OpenMode::Create, &error), qPrintable(error));
    QTabWidget tabs;
    auto* front = new QWidget;
    auto* page = new DepartmentTimelinePage(&workspace);
    tabs.addTab(front, QStringLiteral("Cases"));
    tabs.addTab(page, QStringLiteral("Department timeline"));
    tabs.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tabs));
    QVERIFY(page->message().contains(QStringLiteral("no cases yet")));

    // Behind the front tab, the page leaves the new cases for later...
    const QList<Case> cases
        = {CaseBuilder::phd().start(2025, 8, 1).build(), CaseBuilder::postdoc().start(2024, 1, 1).build()};
    QVERIFY2(workspace.run({},
                           [&](OfficeService& office) {
                               return office.importCases(cases,
                                                         Actor {QStringLiteral("test"), QStringLiteral("hr_officer")},
                                                         QStringLiteral("test"), nullptr, &error);
                           }),
             qPrintable(error));
    workspace.refresh();
    QCOMPARE(page->timeline()->rowCount(), 0);
    // ...and draws them when it is shown.
    tabs.setCurrentWidget(page);
    QVERIFY(page->message().isEmpty());
    QCOMPARE(page->timeline()->rowCount(), 2);
    QCOMPARE(page->unitFilter()->count(), 2); // All units, Physics

    // Shown, it follows the workspace at once.
    workspace.close();
    QVERIFY(page->message().contains(QStringLiteral("No case database is open")));
}

QTEST_MAIN(TestTimeline)

#include "TestTimeline.moc"
