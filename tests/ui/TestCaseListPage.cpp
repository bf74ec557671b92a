#include "UiFixture.h"
#include "ui/CaseFilterProxy.h"
#include "ui/CaseListModel.h"
#include "ui/CaseListPage.h"
#include "ui/DeadlinesPage.h"
#include "ui/ListSupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTableView>
#include <QTest>

using namespace rekrutt;
using namespace rekrutt::testing;
using namespace Qt::StringLiterals;

/**
 * The Cases page on a real database: the demo office's 61 cases, search as you type, the
 * filters, the count, the help shown instead of an empty table, keyboard and mouse, and a reload
 * that keeps what the user had selected and how the list was sorted.
 */
class TestCaseListPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void withoutADatabaseItSaysWhatToDo();
    void anEmptyDatabaseSaysHowToAddCases();
    void showsTheDemoOffice();
    void searchFiltersAsYouType();
    void escapeClearsTheSearchAndCtrlFFocusesIt();
    void combosAndCheckboxFilter();
    void noMatchOffersToClearTheFilters();
    void doubleClickAndEnterOpenTheCase();
    void reloadKeepsSelectionAndSort();
    void everyControlHasAnAccessibleName();
    void screenshots();

private:
    /** Today for the demo office. */
    const QDate m_today {2025, 10, 28};
};

namespace {

QList<qint64> idsShown(const QAbstractItemModel& model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(CaseListModel::CaseIdRole).toLongLong();
    return ids;
}

} // namespace

void TestCaseListPage::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestCaseListPage::withoutADatabaseItSaysWhatToDo()
{
    Workspace workspace;
    CaseListPage page(&workspace);
    QCOMPARE(page.model()->rowCount(), 0);
    QVERIFY2(page.placeholderText().contains(u"No database open"_s), qPrintable(page.placeholderText()));
    QVERIFY(page.countLabel()->text().isEmpty());
}

void TestCaseListPage::anEmptyDatabaseSaysHowToAddCases()
{
    UiWorkspace fixture;
    QString error;
    QVERIFY2(fixture.open(m_today, &error), qPrintable(error));
    CaseListPage page(fixture.workspace());
    page.resize(1000, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY2(page.placeholderText().startsWith(u"No cases yet"_s), qPrintable(page.placeholderText()));
    QVERIFY(page.placeholderText().contains(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    auto* placeholder = page.view()->viewport()->findChild<QLabel*>(u"placeholder"_s);
    QVERIFY(placeholder);
    QVERIFY(placeholder->isVisible());
    QVERIFY(page.view()->viewport()->rect().contains(placeholder->geometry().center()));

    QVERIFY2(fixture.importDemoOffice(&error), qPrintable(error));
    QVERIFY(page.placeholderText().isEmpty());
    QVERIFY(!placeholder->isVisible());
}

void TestCaseListPage::showsTheDemoOffice()
{
    UiWorkspace fixture;
    QString error;
    QVERIFY2(fixture.open(m_today, &error), qPrintable(error));
    QVERIFY2(fixture.importDemoOffice(&error), qPrintable(error));
    CaseListPage page(fixture.workspace());
    QCOMPARE(page.model()->rowCount(), 61);
    QCOMPARE(page.proxy()->rowCount(), 61);
    QVERIFY2(page.countLabel()->text().contains(u"61"_s), qPrintable(page.countLabel()->text()));
    QVERIFY(!page.countLabel()->text().contains(u"Showing"_s));
    // Sorted by name, and the header says so.
    QCOMPARE(page.view()->horizontalHeader()->sortIndicatorSection(), int(CaseListModel::NameColumn));
    QCOMPARE(page.model()->sortColumn(), int(CaseListModel::NameColumn));
    QStringList names;
    for (int row = 0; row < page.proxy()->rowCount(); ++row)
        names << page.proxy()->index(row, CaseListModel::NameColumn).data().toString();
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end(),
              [](const QString& a, const QString& b) { return compareForLists(a, b) < 0; });
    QCOMPARE(names, sorted);
    QVERIFY(page.view()->verticalHeader()->isHidden());
    QCOMPARE(page.view()->selectionBehavior(), QAbstractItemView::SelectRows);
    QCOMPARE(page.view()->selectionMode(), QAbstractItemView::ExtendedSelection);
    QVERIFY(page.view()->alternatingRowColors());
    QVERIFY(page.unitFilter()->count() > 2);
}

void TestCaseListPage::searchFiltersAsYouType()
{
    UiWorkspace fixture;
    QString error;
    QVERIFY2(fixture.open(m_today, &error), qPrintable(error));
    QVERIFY2(fixture.importDemoOffice(&error), qPrintable(error));
    CaseListPage page(fixture.workspace());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    // Search for the family name of the first case shown, typed letter by letter.
    const QString name = page.proxy()->index(0, CaseListModel::NameColumn).data().toString();
    const QString family = name.section(u',', 0, 0);
    QTest::keyClicks(page.searchField(), family.left(4).toUpper());
    QVERIFY(page.proxy()->rowCount() >= 1);
    QVERIFY(page.proxy()->rowCount() < 61);
    for (int row = 0; row < page.proxy()->rowCount(); ++row)
        QVERIFY(page.proxy()
                    ->index(row, 0)
                    .data(CaseListModel::SearchTextRole)
                    .toString()
                    .contains(family.left(4).toCaseFolded()));
    const QString count = page.countLabel()->text();
    QVERIFY2(count.contains(u"Showing"_s) && count.contains(QString::number(page.proxy()->rowCount()))
                 && count.contains(u"61"_s),
             qPrintable(count));
    // A unit's words find its cases.
    page.searchField()->clear();
    QTest::keyClicks(page.searchField(), u"department"_s);
    QVERIFY(page.proxy()->rowCount() > 0);
}

void TestCaseListPage::escapeClearsTheSearchAndCtrlFFocusesIt()
{
    UiWorkspace fixture;
    QString error;
    QVERIFY2(fixture.open(m_today, &error), qPrintable(error));
    QVERIFY2(fixture.importDemoOffice(&error), qPrintable(error));
    CaseListPage page(fixture.workspace());
    page.show();
    QApplication::setActiveWindow(&page);
    QVERIFY(QTest::qWaitForWindowActive(&page));

    page.view()->setFocus();
    QTRY_VERIFY(page.view()->hasFocus());
    QTest::keyClick(page.view(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(page.searchField()->hasFocus());
    QTest::keyClicks(page.searchField(), u"zzzz"_s);
    QCOMPARE(page.proxy()->rowCount(), 0);
    QTest::keyClick(page.searchField(), Qt::Key_Escape);
    QVERIFY(page.searchField()->text().isEmpty());
    QCOMPARE(page.proxy()->rowCount(), 61);
    // Down goes from the search field into the list.
    QTest::keyClick(page.searchField(), Qt::Key_Down);
    QTRY_VERIFY(page.view()->hasFocus());
    QCOMPARE(page.view()->currentIndex().row(), 0);
}

void TestCaseListPage::combosAndCheckboxFilter()
{
    UiWorkspace fixture;
    QString error;
    QVERIFY2(fixture.open(m_today, &error), qPrintable(error));
    QVERIFY2(fixture.importDemoOffice(&error), qPrintable(error));
    CaseListPage page(fixture.workspace());
    const QAbstractItemModel& shown = *page.proxy();

    page.typeFilter()->setCurrentIndex(page.typeFilter()->findData(int(PositionType::Postdoc)));
    QVERIFY(shown.rowCount() > 0);
    for (int row = 0; row < shown.rowCount(); ++row)
        QCOMPARE(shown.index(row, 0).data(CaseListModel::TypeRole).toInt(), int(PositionType::Postdoc));
    page.typeFilter()->setCurrentIndex(0);

    const QString unit = page.unitFilter()->itemText(1);
    page.unitFilter()->setCurrentIndex(1);
    QVERIFY(shown.rowCount() > 0);
    for (int row = 0; row < shown.rowCount(); ++row)
        QCOMPARE(shown.index(row, 0).data(CaseListModel::UnitRole).toString(), unit);
    page.unitFilter()->setCurrentIndex(0);

    page.statusFilter()->setCurrentIndex(page.statusFilter()->findData(int(CaseStatus::Ended)));
    QVERIFY(shown.rowCount() > 0);
    for (int row = 0; row < shown.rowCount(); ++row)
        QCOMPARE(shown.index(row, 0).data(CaseListModel::StatusRole).toInt(), int(CaseStatus::Ended));
    page.statusFilter()->setCurrentIndex(0);

    page.attentionFilter()->setChecked(true);
    QVERIFY2(shown.rowCount() > 0 && shown.rowCount() < 61, "the demo office has some cases that need attention");
    for (int row = 0; row < shown.rowCount(); ++row) {
        const qint64 id = shown.index(row, 0).data(CaseListModel::CaseIdRole).toLongLong();
        const CaseSummary& s = page.model()->summary(page.model()->rowOfCase(id));
        QVERIFY(s.errors > 0 || s.missedDeadlines > 0);
    }
    page.attentionFilter()->setChecked(false);
    QCOMPARE(shown.rowCount(), 61);
}

void TestCaseListPage::noMatchOffersToClearTheFilters()
{
    UiWorkspace fixture;
    QString error;
    QVERIFY2(fixture.open(m_today, &error), qPrintable(error));
    QVERIFY2(fixture.importDemoOffice(&error), qPrintable(error));
    CaseListPage page(fixture.workspace());
    page.attentionFilter()->setChecked(true);
    page.searchField()->setText(u"no such person"_s);
    QCOMPARE(page.proxy()->rowCount(), 0);
    QVERIFY2(page.placeholderText().contains(u"href"_s), qPrintable(page.placeholderText()));
    auto* placeholder = page.view()->viewport()->findChild<QLabel*>(u"placeholder"_s);
    QVERIFY(placeholder);
    emit placeholder->linkActivated(u"clear"_s);
    QCOMPARE(page.proxy()->rowCount(), 61);
    QVERIFY(page.searchField()->text().isEmpty());
    QVERIFY(!page.attentionFilter()->isChecked());
    QVERIFY(page.placeholderText().isEmpty());
}

void TestCaseListPage::doubleClickAndEnterOpenTheCase()
{
    UiWorkspace fixture;
    QString error;
    QVERIFY2(fixture.open(m_today, &error), qPrintable(error));
    QVERIFY2(fixture.importDemoOffice(&error), qPrintable(error));
    CaseListPage page(fixture.workspace());
    page.resize(1100, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy open(&page, &CaseListPage::openCaseRequested);

    const QModelIndex third = page.proxy()->index(2, CaseListModel::UnitColumn);
    const qint64 id = third.data(CaseListModel::CaseIdRole).toLongLong();
    const QPoint at = page.view()->visualRect(third).center();
    QTest::mouseClick(page.view()->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(page.view()->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.takeFirst().at(0).toLongLong(), id);

    QCOMPARE(page.selectedCaseIds(), QList<qint64> {id});
    QTest::keyClick(page.view(), Qt::Key_Return);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.takeFirst().at(0).toLongLong(), id);

    // Enter on several selected cases opens each.
    QSignalSpy selection(&page, &CaseListPage::selectionChanged);
    QTest::keyClick(page.view(), Qt::Key_Down, Qt::ShiftModifier);
    QVERIFY(selection.size() >= 1);
    QCOMPARE(page.selectedCaseIds().size(), 2);
    QTest::keyClick(page.view(), Qt::Key_Enter, Qt::KeypadModifier);
    QCOMPARE(open.size(), 2);
}

void TestCaseListPage::reloadKeepsSelectionAndSort()
{
    UiWorkspace fixture;
    QString error;
    QVERIFY2(fixture.open(m_today, &error), qPrintable(error));
    QVERIFY2(fixture.importDemoOffice(&error), qPrintable(error));
    CaseListPage page(fixture.workspace());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    // Sort by end date, latest first, by clicking the header twice.
    QHeaderView* header = page.view()->horizontalHeader();
    const QPoint endHeader(header->sectionViewportPosition(CaseListModel::EndColumn)
                               + header->sectionSize(CaseListModel::EndColumn) / 2,
                           header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, endHeader);
    if (header->sortIndicatorOrder() != Qt::DescendingOrder)
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, endHeader);
    QCOMPARE(header->sortIndicatorSection(), int(CaseListModel::EndColumn));
    QCOMPARE(page.model()->sortColumn(), int(CaseListModel::EndColumn));
    QCOMPARE(page.model()->sortOrder(), Qt::DescendingOrder);
    for (int row = 1; row < page.proxy()->rowCount(); ++row) {
        const QDate before
            = page.proxy()->index(row - 1, CaseListModel::EndColumn).data(CaseListModel::SortRole).toDate();
        const QDate after = page.proxy()->index(row, CaseListModel::EndColumn).data(CaseListModel::SortRole).toDate();
        QVERIFY(!after.isValid() || before >= after);
    }

    const QList<qint64> chosen {page.proxy()->index(4, 0).data(CaseListModel::CaseIdRole).toLongLong(),
                                page.proxy()->index(9, 0).data(CaseListModel::CaseIdRole).toLongLong()};
    page.selectCases(chosen);
    QCOMPARE(page.selectedCaseIds(), chosen);
    const QList<qint64> order = idsShown(*page.proxy());

    QSignalSpy selection(&page, &CaseListPage::selectionChanged);
    fixture.workspace()->refresh();
    QCOMPARE(page.selectedCaseIds(), chosen);
    QCOMPARE(page.view()->currentIndex().data(CaseListModel::CaseIdRole).toLongLong(), chosen.first());
    QCOMPARE(idsShown(*page.proxy()), order);
    QCOMPARE(header->sortIndicatorSection(), int(CaseListModel::EndColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);

    // Also through a filter that keeps one of them.
    page.searchField()->setText(page.proxy()->index(4, CaseListModel::NameColumn).data().toString());
    fixture.workspace()->refresh();
    QCOMPARE(page.selectedCaseIds(), QList<qint64> {chosen.first()});
}

void TestCaseListPage::everyControlHasAnAccessibleName()
{
    Workspace workspace;
    CaseListPage page(&workspace);
    for (QWidget* widget : page.findChildren<QWidget*>()) {
        if (qobject_cast<QLineEdit*>(widget) || qobject_cast<QComboBox*>(widget) || qobject_cast<QCheckBox*>(widget)
            || qobject_cast<QTableView*>(widget)) {
            if (widget->parentWidget() && qobject_cast<QComboBox*>(widget->parentWidget()))
                continue;
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        }
    }
    QVERIFY(!page.countLabel()->accessibleName().isEmpty());
    // The tab order runs from the search field through the filters to the table.
    QCOMPARE(page.searchField()->nextInFocusChain(), page.typeFilter());
    QWidget* next = page.attentionFilter()->nextInFocusChain();
    while (next && next->focusPolicy() == Qt::NoFocus)
        next = next->nextInFocusChain();
    QCOMPARE(next, page.view());
}

void TestCaseListPage::screenshots()
{
    // Pictures of both pages for a person to look at: REKRUTT_SCREENSHOTS=/tmp/shots TestCaseListPage screenshots
    const QString folder = qEnvironmentVariable("REKRUTT_SCREENSHOTS");
    if (folder.isEmpty())
        QSKIP("Set REKRUTT_SCREENSHOTS to a folder to save screenshots of the pages.");
    QDir().mkpath(folder);
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));

    UiWorkspace fixture;
    QString error;
    QVERIFY2(fixture.open(m_today, &error), qPrintable(error));
    auto save = [&](QWidget& widget, const QString& name) {
        widget.resize(1280, 720);
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        QCoreApplication::processEvents();
        QVERIFY(widget.grab().save(folder + u'/' + name + u".png"_s));
    };
    {
        CaseListPage empty(fixture.workspace());
        save(empty, u"cases-empty"_s);
    }
    QVERIFY2(fixture.importDemoOffice(&error), qPrintable(error));

    const QPalette light = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(45, 45, 48));
    dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
    dark.setColor(QPalette::Base, QColor(30, 30, 32));
    dark.setColor(QPalette::AlternateBase, QColor(40, 40, 44));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    dark.setColor(QPalette::Button, QColor(55, 55, 58));
    dark.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    dark.setColor(QPalette::Highlight, QColor(42, 130, 218));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
    dark.setColor(QPalette::ToolTipBase, QColor(55, 55, 58));
    dark.setColor(QPalette::ToolTipText, QColor(230, 230, 230));

    for (const auto& [suffix, palette] : {std::pair {u""_s, light}, std::pair {u"-dark"_s, dark}}) {
        QApplication::setPalette(palette);
        CaseListPage cases(fixture.workspace());
        cases.selectCases({cases.proxy()->index(2, 0).data(CaseListModel::CaseIdRole).toLongLong()});
        save(cases, u"cases"_s + suffix);
        cases.attentionFilter()->setChecked(true);
        save(cases, u"cases-attention"_s + suffix);
        cases.searchField()->setText(u"nobody by this name"_s);
        save(cases, u"cases-nomatch"_s + suffix);
        DeadlinesPage deadlines(fixture.workspace());
        save(deadlines, u"deadlines"_s + suffix);
    }
    QApplication::setPalette(light);
}

QTEST_MAIN(TestCaseListPage)
#include "TestCaseListPage.moc"
