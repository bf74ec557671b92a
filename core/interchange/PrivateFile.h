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

/**
 * Writes `data` to `path` atomically and privately (openPrivate()): the file is replaced whole or left as it was.
 * On failure returns false with the system's reason in `reason`.
 */
inline bool writePrivateFile(const QString& path, const QByteArray& data, QString* reason)
{
    QSaveFile file(path);
    bool written = openPrivate(file) && file.write(data) == data.size();
    if (!written) {
        *reason = file.errorString();
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *reason = file.errorString();
        return false;
    }
    return true;
}

} // namespace rekrutt
