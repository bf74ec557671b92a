// The data protection of OfficeService: how long applicants who were not appointed are kept, and their erasure
// (ApplicantErasure does the work in storage; this adds the role, the clock and the setting).

#include "core/office/OfficeService.h"

#include "core/domain/Role.h"
#include "core/i18n/Message.h"
#include "core/storage/Database.h"

using namespace Qt::StringLiterals;

namespace rekrutt {

namespace {

constexpr int maxRetentionMonths = 120;

} // namespace

int OfficeService::retentionMonths() const
{
    bool ok = false;
    const int months = m_db.setting(QString::fromLatin1(ApplicantErasure::retentionSetting)).toInt(&ok);
    return ok && months >= 1 && months <= maxRetentionMonths ? months : ApplicantErasure::defaultRetentionMonths;
}

bool OfficeService::setRetentionMonths(int months, const Actor& actor, QString* error)
{
    if (roleFromKey(actor.role) != Role::HrOfficer) {
        if (error)
            *error
                = Message("Erasure",
                          QT_TRANSLATE_NOOP("Erasure", "Only a user in the role %1 sets how long applicants are kept."),
                          {Message::Arg("Enums", roleLabel(Role::HrOfficer))})
                      .render(messageLanguage());
        return false;
    }
    if (months < 1 || months > maxRetentionMonths) {
        if (error)
            *error
                = Message("Erasure",
                          QT_TRANSLATE_NOOP("Erasure", "Applicants are kept for %1 months: it must be from %2 to %3."),
                          {QString::number(months), QString::number(1), QString::number(maxRetentionMonths)})
                      .render(messageLanguage());
        return false;
    }
    return m_db.allowWriting(error)
        && m_db.setSetting(QString::fromLatin1(ApplicantErasure::retentionSetting), QString::number(months), error);
}

std::optional<QList<ErasableApplicant>> OfficeService::applicantsDueForErasure(QString* error) const
{
    return ApplicantErasure::due(m_db, m_clock.today(), retentionMonths(), error);
}

std::optional<ErasureResult> OfficeService::eraseApplicants(const QList<ErasableApplicant>& applicants,
                                                            const Actor& actor, QString* error)
{
    if (roleFromKey(actor.role) != Role::HrOfficer) {
        if (error)
            *error = Message("Erasure",
                             QT_TRANSLATE_NOOP("Erasure", "Only a user in the role %1 erases applicants' data."),
                             {Message::Arg("Enums", roleLabel(Role::HrOfficer))})
                         .render(messageLanguage());
        return std::nullopt;
    }
    if (!m_db.allowWriting(error))
        return std::nullopt;
    return ApplicantErasure::erase(m_db, applicants, actor, m_clock.now(), m_clock.today(), retentionMonths(), error);
}

} // namespace rekrutt
