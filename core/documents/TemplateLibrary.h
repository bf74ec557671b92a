#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace rekrutt {

/**
 * Finds the files of the document templates: a file of the same name in one of the override
 * folders wins over the one built into the program (":/templates/").
 *
 * The usual override folders (searchPath()) are a folder "templates" next to the database file, so
 * that one office's templates travel with its database, and "templates" in the user's data folder.
 * resources/templates/README.md explains both to the office.
 */
class TemplateLibrary
{
    Q_DECLARE_TR_FUNCTIONS(TemplateLibrary)

public:
    /** The folder of the built-in templates. */
    static QString builtInFolder() { return QStringLiteral(":/templates"); }

    /**
     * The override folders for a database at `databasePath` (empty for none, or a PostgreSQL
     * database): `<folder of the database>/templates`, then `Rekrutt/templates` in the user's data
     * folder (`~/.local/share/Rekrutt/templates` on Linux), the same for the application and the CLI.
     */
    static QStringList searchPath(const QString& databasePath);

    /** Searches `overrideFolders` (in order) before the built-in templates. */
    explicit TemplateLibrary(QStringList overrideFolders = {});

    /**
     * The text of the template file `fileName` ("contract.nb.html", "document.css"), read as UTF-8;
     * `origin` receives the path it came from. Nullopt with `error` when no folder has it or it cannot be read.
     */
    std::optional<QString> read(const QString& fileName, QString* origin, QString* error) const;

    const QStringList& overrideFolders() const { return m_folders; }

private:
    QStringList m_folders;
};

} // namespace rekrutt
