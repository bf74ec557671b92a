// Alt+letter reaches one thing in each window, in both languages: the test walks every visible
// widget of the main window at its default size (its menu bar, the tab shown, each page of a case
// editor) and of the dialogs, and fails on a letter that two of them claim. On the same walk, every
// column header shown must fit its column: a header cut off in one language is found here.

#include "core/domain/Role.h"
#include "ui/IdentityDialog.h"
#include "ui/MainWindow.h"
#include "ui/PostgresDialog.h"
#include "ui/Workspace.h"
#include "ui/editor/CaseEditor.h"
#include "ui/vacancies/VacancyEditor.h"

#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <map>
#include <memory>

using namespace Qt::StringLiterals;
using namespace rekrutt;

namespace {

/** The letter after a lone '&' in `text` (lower case), or a null QChar. */
QChar mnemonicOf(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

/** Who claims each letter among the widgets of `window` that can be seen now, and its menu bar. */
std::map<QChar, QStringList> claims(QWidget* window)
{
    std::map<QChar, QStringList> letters;
    const auto claim = [&](const QString& text, const QString& what) {
        if (const QChar letter = mnemonicOf(text); !letter.isNull())
            letters[letter].append(what + u" “"_s + text + u'”');
    };
    if (auto* main = qobject_cast<QMainWindow*>(window)) {
        for (QAction* menu : main->menuBar()->actions())
            claim(menu->text(), u"menu"_s);
    }
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (!w->isVisible() || w->window() != window)
            continue;
        if (auto* label = qobject_cast<QLabel*>(w); label && label->buddy())
            claim(label->text(), u"label"_s);
        // A disabled button counts too: it is enabled for another role or another row (Approve for a dean), and
        // its letter must not clash then.
        else if (auto* button = qobject_cast<QAbstractButton*>(w))
            claim(button->text(), u"button"_s);
        else if (auto* group = qobject_cast<QGroupBox*>(w))
            claim(group->title(), u"group"_s);
        else if (auto* bar = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < bar->count(); ++i)
                claim(bar->tabText(i), u"tab"_s);
        }
    }
    return letters;
}

/** The column headers of `window` shown narrower than their text, as "Leave: “Weighed” 40 px of 52". */
QStringList cutHeaders(QWidget* window, const QString& where)
{
    QStringList found;
    for (QHeaderView* header : window->findChildren<QHeaderView*>()) {
        if (!header->isVisible() || header->orientation() != Qt::Horizontal || !header->model())
            continue;
        for (int section = 0; section < header->count(); ++section) {
            if (header->isSectionHidden(section))
                continue;
            const QString text = header->model()->headerData(section, Qt::Horizontal).toString();
            // The text and a little of the frame's margin on either side.
            const int needed = header->fontMetrics().horizontalAdvance(text) + 4;
            if (header->sectionSize(section) < needed) {
                found.append(u"%1: “%2” %3 px of %4"_s.arg(where, text).arg(header->sectionSize(section)).arg(needed));
            }
        }
    }
    return found;
}

/**
 * The labels of `window` whose Alt+letter does not take the focus to their field, as
 * "Person: “&Birth date:”". Alt+letter must land in the buddy or in the widget it hands focus to.
 */
QStringList unreachedFields(QWidget* window, const QString& where)
{
    QStringList found;
    for (QLabel* label : window->findChildren<QLabel*>()) {
        const QChar letter = mnemonicOf(label->text());
        if (!label->isVisible() || !label->buddy() || letter.isNull() || !label->buddy()->isEnabled())
            continue;
        QWidget* field = label->buddy();
        while (field->focusProxy())
            field = field->focusProxy();
        window->setFocus();
        QTest::keyClick(window, Qt::Key(letter.toUpper().unicode()), Qt::AltModifier);
        if (QApplication::focusWidget() != field)
            found.append(where + u": “"_s + label->text() + u'”');
    }
    return found;
}

/** The letters claimed twice, as "f: menu “&File”, label “&Family name:”". */
QStringList clashes(QWidget* window, const QString& where)
{
    QStringList found;
    for (const auto& [letter, owners] : claims(window)) {
        if (owners.size() > 1)
            found.append(where + u": "_s + letter + u": "_s + owners.join(u", "_s));
    }
    return found;
}

} // namespace

class TestMnemonics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Settings of this test only, never the user's.
        for (QSettings::Format format : {QSettings::NativeFormat, QSettings::IniFormat}) {
            QSettings::setPath(format, QSettings::UserScope, m_dir.filePath(u"settings"_s));
            QSettings::setPath(format, QSettings::SystemScope, m_dir.filePath(u"system"_s));
        }
    }

    void eachLetterReachesOneThing_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << u"en"_s;
        QTest::newRow("Bokmål") << u"nb"_s;
    }

    void eachLetterReachesOneThing()
    {
        QFETCH(QString, language);
        QLocale::setDefault(QLocale(language == u"nb"_s ? u"nb_NO"_s : u"en_GB"_s));
        QTranslator translator;
        QVERIFY(translator.load(u":/i18n/rekrutt_"_s + language));
        QApplication::installTranslator(&translator);

        Workspace workspace;
        workspace.setLanguage(language == u"nb"_s ? Language::Bokmal : Language::English);
        workspace.setUser(u"Hanne Hansen"_s, Role::HrOfficer);
        MainWindow window(&workspace);
        window.resize(1280, 800); // the size of a first start (MainWindow)
        DatabaseLocation location;
        location.path = m_dir.filePath(u"cases-%1.rekrutt"_s.arg(language));
        QVERIFY(window.openDatabase(location, Database::OpenMode::Create));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        QStringList found;
        QStringList cut;
        QStringList unreached;
        for (int tab = 0; tab < window.tabs()->count(); ++tab) {
            window.tabs()->setCurrentIndex(tab);
            found += clashes(&window, window.tabs()->tabText(tab));
            cut += cutHeaders(&window, window.tabs()->tabText(tab));
        }
        CaseEditor* editor = window.newCase();
        QVERIFY(editor);
        auto* sections = editor->findChild<QListWidget*>();
        QVERIFY(sections && sections->count() >= 8);
        for (int page = 0; page < sections->count(); ++page) {
            sections->setCurrentRow(page);
            QCoreApplication::processEvents();
            found += clashes(&window, sections->item(page)->text());
            cut += cutHeaders(&window, sections->item(page)->text());
            unreached += unreachedFields(&window, sections->item(page)->text());
        }

        // A vacancy's pages, with the bar of its steps above them.
        VacancyEditor* vacancy = window.newVacancy();
        QVERIFY(vacancy);
        for (int page = 0; page < vacancy->pages()->count(); ++page) {
            vacancy->pages()->setCurrentIndex(page);
            QCoreApplication::processEvents();
            const QString where = u"vacancy: "_s + vacancy->pages()->tabText(page);
            found += clashes(&window, where);
            cut += cutHeaders(&window, where);
            unreached += unreachedFields(&window, where);
        }

        IdentityDialog identity(&window);
        identity.show();
        found += clashes(&identity, u"identity dialog"_s);
        PostgresDialog postgres(&window);
        postgres.show();
        found += clashes(&postgres, u"PostgreSQL dialog"_s);

        QApplication::removeTranslator(&translator);
        QVERIFY2(found.isEmpty(), qPrintable(u"\n"_s + found.join(u'\n')));
        QVERIFY2(unreached.isEmpty(), qPrintable(u"Alt+letter does not reach:\n"_s + unreached.join(u'\n')));
        QVERIFY2(cut.isEmpty(), qPrintable(u"column headers cut off:\n"_s + cut.join(u'\n')));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestMnemonics)
#include "TestMnemonics.moc"
