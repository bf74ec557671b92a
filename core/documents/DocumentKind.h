#pragma once

#include <QString>

#include <array>
#include <optional>

namespace rekrutt {

/** The documents Rekrutt prints from a case (issue #5), each in Bokmål and English. */
enum class DocumentKind {
    Contract, ///< Employment contract for a fixed-term recruitment position (§ 6.1, § 6.3).
    CareerPlan, ///< Career-plan form (§ 3.1).
    DutyPlan, ///< Plan for career-enhancing work (§ 3.3).
    Recommendation, ///< The head of department's recommendation (§ 6).
    ExtensionDecision, ///< The dean's decision on one extension (§ 7).
    PeriodStatement, ///< The end date and how it was computed, for the personnel file.
};

/** Every kind, in the order menus and the CLI list them. */
inline constexpr std::array allDocumentKinds {DocumentKind::Contract,          DocumentKind::CareerPlan,
                                              DocumentKind::DutyPlan,          DocumentKind::Recommendation,
                                              DocumentKind::ExtensionDecision, DocumentKind::PeriodStatement};

/** "contract", "career-plan", "duty-plan", "recommendation", "extension-decision", "period-statement". */
QString documentKey(DocumentKind kind);

/** The kind whose key is `key`, or nullopt. */
std::optional<DocumentKind> documentKindFromKey(QStringView key);

/** Every key joined with ", " (for usage errors). */
QString documentKeyList();

/**
 * The name of the document for menus and dialogs, in English, marked for translation in the
 * "Documents" context: show it with `QCoreApplication::translate("Documents", documentLabel(kind))`.
 * (The title printed on the document itself comes from its template.)
 */
const char* documentLabel(DocumentKind kind);

} // namespace rekrutt
