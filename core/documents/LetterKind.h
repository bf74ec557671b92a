#pragma once

#include <QString>

#include <array>
#include <optional>

namespace rekrutt {

/**
 * The letters and lists Rekrutt writes from a vacancy (issue 12, item 4), each in Bokmål and English. Most go to
 * one applicant (isPerApplicant()); the extended applicant list and the recommendation are the vacancy's.
 */
enum class LetterKind {
    Acknowledgement, ///< The application is received (§ 4, § 5).
    Invitation, ///< Invitation to an interview (§ 5).
    ReferenceRequest, ///< To a referee about the applicant (§ 5, § 6: two references).
    RankingNotice, ///< The applicant's place in the recommendation and the right of access (§ 6, fvl. § 18).
    Rejection, ///< Not qualified, or not appointed.
    Readvertisement, ///< No one qualified or the recruitment ended: the position is advertised again (§ 4).
    Offer, ///< Offer of employment to the applicant the dean appointed (§ 6, § 6.1).
    ApplicantList, ///< The extended applicant list, with the exemptions from the public list (offl. § 25).
    Recommendation, ///< The head of department's recommendation: DocumentKind::Recommendation of the vacancy.
};

/** Every kind, in the order of the recruitment (and of the menus and the CLI). */
inline constexpr std::array allLetterKinds {
    LetterKind::Acknowledgement, LetterKind::Invitation,    LetterKind::ReferenceRequest,
    LetterKind::RankingNotice,   LetterKind::Rejection,     LetterKind::Readvertisement,
    LetterKind::Offer,           LetterKind::ApplicantList, LetterKind::Recommendation,
};

/**
 * "acknowledgement", "invitation", "reference-request", "ranking-notice", "rejection", "readvertisement", "offer",
 * "applicant-list", "recommendation": the key of the CLI, of the file names and of the templates
 * (`<key>.<lang>.html`).
 */
QString letterKey(LetterKind kind);

/** The kind whose key is `key`, or nullopt. */
std::optional<LetterKind> letterKindFromKey(QStringView key);

/** Every key joined with ", " (for usage errors). */
QString letterKeyList();

/**
 * The name of the letter for menus and dialogs, in English, marked for translation in the "Documents" context: show
 * it with `QCoreApplication::translate("Documents", letterLabel(kind))`.
 */
const char* letterLabel(LetterKind kind);

/** Whether one letter goes to each applicant (else the kind is one document of the whole vacancy). */
constexpr bool isPerApplicant(LetterKind kind)
{
    return kind != LetterKind::ApplicantList && kind != LetterKind::Recommendation;
}

} // namespace rekrutt
