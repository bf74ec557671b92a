#pragma once

#include "core/documents/DocumentBuilder.h"
#include "core/documents/DocumentKind.h"
#include "core/domain/Enums.h"
#include "core/rules/Evaluator.h"
#include "tests/common/CaseBuilder.h"

#include <QDate>
#include <QList>
#include <QRegularExpression>
#include <QString>

namespace rekrutt::testing {

/** The text of `html` as a reader sees it: no tags, entities resolved, no-break spaces as spaces. */
inline QString plainText(const QString& html)
{
    static const QRegularExpression head(QStringLiteral("<head>.*</head>"),
                                         QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    QString text = html;
    text.remove(head).replace(tag, QStringLiteral(" "));
    text.replace(QStringLiteral("&#160;"), QStringLiteral(" ")).replace(QStringLiteral("&#173;"), QString());
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<")).replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    text.replace(QStringLiteral("&quot;"), QStringLiteral("\"")).replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    text.replace(QChar(0x00a0), u' ');
    return text.simplified();
}

/** "Bokmål" or "English", for the names of data rows. */
inline QString languageName(Language language)
{
    return language == Language::Bokmal ? QStringLiteral("Bokmål") : QStringLiteral("English");
}

/** Every position type, in the order of the case format. */
inline QList<PositionType> allPositionTypes()
{
    QList<PositionType> types;
    for (std::size_t i = 0; i < enumKeys<PositionType>().size(); ++i)
        types.append(static_cast<PositionType>(i));
    return types;
}

/** The date the document tests print on. */
inline QDate documentToday()
{
    return QDate(2026, 11, 23);
}

/**
 * A clean case of `type` (CaseBuilder) with something in every part a document prints: a person whose
 * name needs more than ASCII, two weeks of sick leave and an approved extension of 14 days (so that the
 * end moves 28 days past the nominal end), career-enhancing work with original lectures, an employee
 * interview and a recruitment with three ranked applicants.
 */
inline Case documentCase(PositionType type)
{
    return CaseBuilder::of(type)
        .leave(LeaveKind::Sickness, "2026-01-05", "2026-01-18", 100)
        .extension(ExtensionKind::ElectedOffice, 14)
        .dutyWork(DutyCategory::Teaching, "2025-09-01", "2026-06-30", 120, 20)
        .employeeInterview("2026-07-20")
        .projectLinked()
        .withRecruitment()
        .with([](Case& c) {
            c.person.givenName = QStringLiteral("Åse Marit");
            c.person.familyName = QStringLiteral("Ødegård-Lien");
            c.appointment.unit = QStringLiteral("Department of Physics");
        })
        .build();
}

/** The input for documentCase(type), evaluated as of documentToday(), deciding the first extension. */
inline DocumentInput documentInput(PositionType type)
{
    DocumentInput input;
    input.data = documentCase(type);
    EvaluationContext context;
    context.today = documentToday();
    input.evaluation = Evaluator::evaluate(input.data, context);
    input.caseId = 42;
    input.institution = QStringLiteral("NTNU");
    input.today = documentToday();
    input.extensionIndex = 0;
    return input;
}

/**
 * The computed date a document of `kind` must print: the contract states the end in the contract,
 * the extension decision the new end, the recommendation the start, every other document the end
 * with every extension.
 */
inline QDate documentKeyDate(DocumentKind kind, const Evaluation& evaluation)
{
    switch (kind) {
    case DocumentKind::Contract:
        return evaluation.period.nominalEnd;
    case DocumentKind::Recommendation:
        return evaluation.period.start;
    case DocumentKind::ExtensionDecision:
    case DocumentKind::CareerPlan:
    case DocumentKind::DutyPlan:
    case DocumentKind::PeriodStatement:
        break;
    }
    return evaluation.period.end;
}

/**
 * Legal references a document of `kind` for `type` must print (as text, with plain spaces), in
 * `language`.
 */
inline QStringList documentLegalReferences(DocumentKind kind, PositionType type, Language language)
{
    const bool nb = language == Language::Bokmal;
    switch (kind) {
    case DocumentKind::Contract: {
        QStringList references {QStringLiteral("(sal.) § 9"), QStringLiteral("6.1")};
        if (type == PositionType::TenureTrackPostdoc) {
            references.append(nb ? QStringLiteral("innstegsstilling") : QStringLiteral("tenure-track positions"));
            return references;
        }
        references.append(QStringLiteral("uhl.) § 7-6"));
        references.append(QStringLiteral("§§ 3-16, 3-17"));
        const QString section = type == PositionType::Postdoc || type == PositionType::MscaPostdoc
            ? QStringLiteral("3-18")
            : type == PositionType::Resident          ? QStringLiteral("3-20")
            : type == PositionType::ResearchAssistant ? QStringLiteral("3-21")
            : type == PositionType::DualCompetence    ? QStringLiteral("3-22")
                                                      : QStringLiteral("3-19");
        references.append(section);
        if (isPhdType(type))
            references.append(QStringLiteral("6.3"));
        return references;
    }
    case DocumentKind::CareerPlan:
        return {QStringLiteral("3.1"), QStringLiteral("3.3")};
    case DocumentKind::DutyPlan:
        return isPhdType(type) ? QStringList {QStringLiteral("3.3"), QStringLiteral("2.4.1")}
                               : QStringList {QStringLiteral("3.3")};
    case DocumentKind::Recommendation:
        return {QStringLiteral("fvl. §§ 6–8"), nb ? QStringLiteral("§§ 4 og 4a") : QStringLiteral("§§ 4 and 4a")};
    case DocumentKind::ExtensionDecision:
        return {QStringLiteral("uhl.) § 7-6"), QStringLiteral("§ 3-17"), QStringLiteral("7.2")};
    case DocumentKind::PeriodStatement:
        return {QStringLiteral("uhl. § 7-6"),
                nb ? QStringLiteral("§§ 3-16 og 3-17") : QStringLiteral("§§ 3-16 and 3-17"),
                QStringLiteral("sal. § 9")};
    }
    return {};
}

} // namespace rekrutt::testing
