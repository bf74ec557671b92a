#include "ui/editor/Labels.h"

#include "core/domain/Role.h"

#include <QCoreApplication>
#include <QLocale>

namespace rekrutt {

QString withoutMnemonic(const QString& text)
{
    QString plain = text;
    for (qsizetype i = 0; i < plain.size(); ++i) {
        if (plain.at(i) == u'&')
            plain.remove(i, 1); // "&&" keeps one ampersand: the loop steps over it
    }
    return plain;
}

QString decisionRecord(const QString& by, const QString& roleKey, const QDateTime& at, Language language)
{
    if (by.isEmpty())
        return {};
    const auto role = roleFromKey(roleKey);
    const QString who = role ? QCoreApplication::translate("rekrutt::Labels", "%1 (%2)")
                                   .arg(by, translate(language, "Enums", roleLabel(*role)))
                             : by;
    return at.isValid() ? QCoreApplication::translate("rekrutt::Labels", "%1, %2")
                              .arg(who, QLocale().toString(at.toLocalTime(), QLocale::ShortFormat))
                        : who;
}

} // namespace rekrutt
