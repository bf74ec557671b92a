#include "core/documents/LetterKind.h"

#include <QtGlobal>

namespace rekrutt {

namespace {
struct KindInfo
{
    const char* key;
    const char* label;
};

constexpr std::array<KindInfo, allLetterKinds.size()> kindTable {{
    {"acknowledgement", QT_TRANSLATE_NOOP("Documents", "Acknowledgement of application")},
    {"invitation", QT_TRANSLATE_NOOP("Documents", "Invitation to interview")},
    {"reference-request", QT_TRANSLATE_NOOP("Documents", "Request for references")},
    {"ranking-notice", QT_TRANSLATE_NOOP("Documents", "Notice of place in the ranking")},
    {"rejection", QT_TRANSLATE_NOOP("Documents", "Rejection")},
    {"readvertisement", QT_TRANSLATE_NOOP("Documents", "Notice of re-advertisement")},
    {"offer", QT_TRANSLATE_NOOP("Documents", "Offer of employment")},
    {"applicant-list", QT_TRANSLATE_NOOP("Documents", "Extended applicant list")},
    {"recommendation", QT_TRANSLATE_NOOP("Documents", "Recommendation")},
}};

const KindInfo& info(LetterKind kind)
{
    return kindTable[static_cast<std::size_t>(kind)];
}
} // namespace

QString letterKey(LetterKind kind)
{
    return QString::fromLatin1(info(kind).key);
}

std::optional<LetterKind> letterKindFromKey(QStringView key)
{
    for (LetterKind kind : allLetterKinds) {
        if (key == QLatin1StringView(info(kind).key))
            return kind;
    }
    return std::nullopt;
}

QString letterKeyList()
{
    QString list;
    for (LetterKind kind : allLetterKinds) {
        if (!list.isEmpty())
            list += QLatin1StringView(", ");
        list += QLatin1StringView(info(kind).key);
    }
    return list;
}

const char* letterLabel(LetterKind kind)
{
    return info(kind).label;
}

} // namespace rekrutt
