#include "ui/editor/Labels.h"

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

} // namespace rekrutt
