#pragma once

#include "core/interchange/DemoOffice.h"
#include "core/office/OfficeService.h"
#include "ui/Workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>
#include <memory>

namespace rekrutt::testing {

/** A Workspace on a fresh SQLite file in a temporary folder; with the demo office (61 cases) on request. */
class UiWorkspace
{
public:
    /** Opens (creates) the database; `today` fixes the date the lists are read for. */
    bool open(QDate today, QString* error)
    {
        if (!m_dir.isValid()) {
            *error = QStringLiteral("no temporary folder");
            return false;
        }
        m_workspace = std::make_unique<Workspace>();
        m_workspace->setToday(today);
        DatabaseLocation location;
        location.path = m_dir.filePath(QStringLiteral("cases.rekrutt"));
        return m_workspace->open(location, Database::OpenMode::Create, error);
    }

    /** Imports demoOffice(today) and tells the pages. */
    bool importDemoOffice(QString* error)
    {
        const Actor actor {QStringLiteral("tester"), QStringLiteral("hr_officer")};
        QList<qint64> ids;
        const QDate today = m_workspace->today();
        if (!m_workspace->run({}, [&](OfficeService& office) {
                return office.importCases(demoOffice(today), actor, QStringLiteral("demo"), &ids, error);
            }))
            return false;
        m_workspace->refresh();
        return true;
    }

    Workspace* workspace() const { return m_workspace.get(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
};

/** A CaseSummary written the way a test reads: summary(1, "Nilsen", "Kari").type(...).unit(...)... */
class SummaryBuilder
{
public:
    SummaryBuilder(qint64 id, const QString& familyName, const QString& givenName)
    {
        m_s.id = id;
        m_s.personId = id;
        m_s.familyName = familyName;
        m_s.givenName = givenName;
        m_s.institution = QStringLiteral("NTNU");
        m_s.start = QDate(2024, 8, 1);
        m_s.nominalEnd = m_s.end = QDate(2028, 7, 31);
    }
    SummaryBuilder& type(PositionType type)
    {
        m_s.type = type;
        return *this;
    }
    SummaryBuilder& unit(const QString& unit)
    {
        m_s.unit = unit;
        return *this;
    }
    SummaryBuilder& period(QDate start, QDate end)
    {
        m_s.start = start;
        m_s.nominalEnd = m_s.end = end;
        return *this;
    }
    SummaryBuilder& findings(int errors, int warnings, const QString& firstError = {})
    {
        m_s.errors = errors;
        m_s.warnings = warnings;
        m_s.firstError = firstError;
        return *this;
    }
    /** Adds an open deadline; the earliest becomes the next one, the missed ones are counted. */
    SummaryBuilder& deadline(QDate due, const QString& key, QDate today)
    {
        QList<std::pair<QDate, QString>> list = m_s.openDeadlineList();
        list.append({due, key});
        std::sort(list.begin(), list.end());
        QStringList items;
        m_s.missedDeadlines = 0;
        for (const auto& [date, k] : list) {
            items << date.toString(Qt::ISODate) + u':' + k;
            if (date < today)
                ++m_s.missedDeadlines;
        }
        m_s.openDeadlines = items.join(u',');
        m_s.nextDeadline = list.first().first;
        m_s.nextDeadlineId = list.first().second;
        return *this;
    }
    operator CaseSummary() const { return m_s; }

private:
    CaseSummary m_s;
};

inline SummaryBuilder summary(qint64 id, const QString& familyName, const QString& givenName)
{
    return SummaryBuilder(id, familyName, givenName);
}

/**
 * Calls `handle` with the modal dialog of type T once it is shown. Polled, so that it finds the dialog
 * whenever exec() starts; gives up after five seconds. The returned flag tells whether it was found.
 */
template <typename T> inline std::shared_ptr<bool> whenShown(std::function<void(T*)> handle)
{
    auto found = std::make_shared<bool>(false);
    auto* timer = new QTimer;
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    QObject::connect(timer, &QTimer::timeout, timer, [timer, handle, found, clock] {
        if (auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            *found = true;
            handle(dialog);
        } else if (clock->elapsed() > 5000) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start(10);
    return found;
}

} // namespace rekrutt::testing
