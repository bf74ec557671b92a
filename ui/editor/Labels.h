#pragma once

#include "core/domain/Enums.h"
#include "core/i18n/Message.h"

#include <QDateTime>
#include <QStringList>

namespace rekrutt {

/** The label of `value` in `language` (the "Enums" context). */
template <typename E> QString enumLabel(E value, Language language)
{
    return translate(language, "Enums", labelSource(value));
}

/** The labels of every enumerator of E in `language`, in enumerator order (for combo boxes). */
template <typename E> QStringList enumLabelList(Language language)
{
    QStringList labels;
    for (const char* label : enumLabels<E>())
        labels.append(translate(language, "Enums", label));
    return labels;
}

/** `text` without its mnemonic marker: "&Family name" → "Family name". */
QString withoutMnemonic(const QString& text);

/**
 * Who decided an extension or a leave, for a table cell: "Ada Dean (Dean), 05.12.2026 14:03"; empty when no
 * one has. `roleKey` is the stored role key; the time is shown in local time.
 */
QString decisionRecord(const QString& by, const QString& roleKey, const QDateTime& at, Language language);

} // namespace rekrutt
