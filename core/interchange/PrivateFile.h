#pragma once

#include <QSaveFile>

namespace rekrutt {

/**
 * Opens `file` for writing, readable and writable by its owner only (0600), as the database is: case
 * files, calendars and printed documents hold the same personal data. The permissions are set on the
 * temporary file before anything is written, so no reader ever sees the data with wider ones.
 */
inline bool openPrivate(QSaveFile& file)
{
    return file.open(QIODevice::WriteOnly) && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace rekrutt
