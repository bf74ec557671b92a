#include "ui/Screenshots.h"

#include "ui/CaseEditor.h"
#include "ui/CaseListPage.h"
#include "ui/DeadlinesPage.h"
#include "ui/DepartmentTimelinePage.h"
#include "ui/MainWindow.h"
#include "ui/Workspace.h"

#include <QApplication>
#include <QDir>
#include <QTabWidget>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace rekrutt {

namespace {

bool save(MainWindow& window, const QDir& folder, const QString& name, Language language)
{
    // Let layouts settle and every pending paint happen before the picture is taken.
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    const QString path = folder.filePath(name + u'-' + languageCode(language) + u".png"_s);
    const bool saved = window.grab().save(path);
    std::fprintf(saved ? stdout : stderr, "%s %s\n", saved ? "wrote" : "cannot write", qPrintable(path));
    return saved;
}

/** A doctoral fellowship with leave and an extension: the case a new HR officer looks at first. */
qint64 showcaseCase(Workspace& workspace)
{
    qint64 fallback = 0;
    for (const CaseSummary& summary : workspace.summaries()) {
        if (fallback == 0)
            fallback = summary.id;
        if (summary.type != PositionType::PhdFellow)
            continue;
        QString error;
        const auto stored = workspace.load(summary.id, &error);
        if (stored && !stored->data.leaves.isEmpty() && !stored->data.extensions.isEmpty())
            return summary.id;
    }
    return fallback;
}

} // namespace

bool saveScreenshots(MainWindow& window, Workspace& workspace, const QString& folder, Language language)
{
    QDir dir(folder);
    if (!dir.mkpath(u"."_s))
        return false;
    bool ok = true;
    window.tabs()->setCurrentWidget(window.caseListPage());
    ok &= save(window, dir, u"cases"_s, language);
    window.tabs()->setCurrentWidget(window.deadlinesPage());
    ok &= save(window, dir, u"deadlines"_s, language);
    window.tabs()->setCurrentWidget(window.timelinePage());
    ok &= save(window, dir, u"department-timeline"_s, language);
    if (const qint64 id = showcaseCase(workspace); id != 0 && window.openCase(id))
        ok &= save(window, dir, u"case-editor"_s, language);
    return ok;
}

} // namespace rekrutt
