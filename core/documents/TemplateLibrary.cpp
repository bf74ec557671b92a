#include "core/documents/TemplateLibrary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace rekrutt {

QStringList TemplateLibrary::searchPath(const QString& databasePath)
{
    QStringList folders;
    if (!databasePath.isEmpty())
        folders.append(QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("templates")));
    // The generic data folder, not AppDataLocation: the desktop application and rekrutt-cli have
    // different application names, and an office's templates must print the same in both.
    const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (!data.isEmpty())
        folders.append(QDir(data).filePath(QStringLiteral("Rekrutt/templates")));
    return folders;
}

TemplateLibrary::TemplateLibrary(QStringList overrideFolders)
    : m_folders(std::move(overrideFolders))
{ }

std::optional<QString> TemplateLibrary::read(const QString& fileName, QString* origin, QString* error) const
{
    QStringList candidates;
    for (const QString& folder : m_folders)
        candidates.append(QDir(folder).filePath(fileName));
    candidates.append(builtInFolder() + u'/' + fileName);
    for (const QString& path : std::as_const(candidates)) {
        QFile file(path);
        if (!file.exists())
            continue;
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = tr("Cannot read the template %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
            return std::nullopt;
        }
        if (origin)
            *origin = path;
        return QString::fromUtf8(file.readAll());
    }
    if (error)
        *error = tr("There is no template %1.").arg(fileName);
    return std::nullopt;
}

} // namespace rekrutt
