#include "core/documents/DocumentKind.h"

#include <QtGlobal>

namespace rekrutt {

namespace {
struct KindInfo
{
    const char* key;
    const char* label;
};

constexpr std::array<KindInfo, allDocumentKinds.size()> kindTable {{
    {"contract", QT_TRANSLATE_NOOP("Documents", "Employment contract")},
    {"career-plan", QT_TRANSLATE_NOOP("Documents", "Career plan")},
    {"duty-plan", QT_TRANSLATE_NOOP("Documents", "Plan for duty work")},
    {"recommendation", QT_TRANSLATE_NOOP("Documents", "Recommendation")},
    {"extension-decision", QT_TRANSLATE_NOOP("Documents", "Extension decision")},
    {"period-statement", QT_TRANSLATE_NOOP("Documents", "Period statement")},
}};

const KindInfo& info(DocumentKind kind)
{
    return kindTable[static_cast<std::size_t>(kind)];
}
} // namespace

QString documentKey(DocumentKind kind)
{
    return QString::fromLatin1(info(kind).key);
}

std::optional<DocumentKind> documentKindFromKey(QStringView key)
{
    for (DocumentKind kind : allDocumentKinds) {
        if (key == QLatin1StringView(info(kind).key))
            return kind;
    }
    return std::nullopt;
}

QString documentKeyList()
{
    QString list;
    for (DocumentKind kind : allDocumentKinds) {
        if (!list.isEmpty())
            list += QLatin1StringView(", ");
        list += QLatin1StringView(info(kind).key);
    }
    return list;
}

const char* documentLabel(DocumentKind kind)
{
    return info(kind).label;
}

} // namespace rekrutt
