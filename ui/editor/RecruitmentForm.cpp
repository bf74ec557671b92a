#include "ui/editor/RecruitmentForm.h"

#include "core/domain/Role.h"
#include "ui/MessageBox.h"
#include "ui/Workspace.h"
#include "ui/editor/ApplicantsModel.h"
#include "ui/editor/AppointDialog.h"
#include "ui/editor/CaseDocument.h"
#include "ui/editor/CommitteeModel.h"
#include "ui/editor/DateEdit.h"
#include "ui/editor/FormBinder.h"
#include "ui/editor/ListEditor.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rekrutt {

namespace {

QGroupBox* listGroup(const QString& title, const QString& note, ListEditor* list, QWidget* parent)
{
    auto* group = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(group);
    auto* label = new QLabel(note, group);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(label);
    layout->addWidget(list, 1);
    list->setParent(group);
    return group;
}

} // namespace

RecruitmentForm::RecruitmentForm(CaseDocument* document, QWidget* parent)
    : SectionForm(document, tr("Recruitment"), parent)
    , m_signedBy(new QLabel)
    , m_sign(new QPushButton(tr("Sign &ranking")))
    , m_appoint(new QPushButton(tr("Ne&w appointment from this vacancy…")))
{
    FormBinder* bind = binder();
    auto* recruitment = new QGroupBox(tr("Record the recruitment that &led to this appointment"), this);
    recruitment->setCheckable(true);
    recruitment->setAccessibleName(tr("Recruitment"));
    bind->group(
        recruitment, u"recruitment"_s, [](const Case& c) { return c.recruitment.has_value(); },
        [](Case& c, bool on) {
            if (on)
                c.recruitment.emplace();
            else
                c.recruitment.reset();
        });

    QGroupBox* announcement
        = createAnnouncementGroup(tr("Announced p&ublicly"), tr("Announced &internally"), recruitment);

    m_committee = new ListEditor(new CommitteeModel(document, this), tr("Add &member"), tr("Remove m&ember"));
    m_committee->view()->setAccessibleName(tr("Assessment committee"));
    m_committee->setPlaceholderText(tr("No committee members recorded."));
    addList(m_committee);
    QGroupBox* committee = listGroup(
        tr("Assessment committee"),
        tr("At least two members at associate professor level (ASM-COMMITTEE); every member declares impartiality "
           "and names the applicants they are partial to (ASM-IMPARTIAL, § 5)."),
        m_committee, recruitment);

    m_applicants = new ListEditor(new ApplicantsModel(document, this), tr("Add applica&nt"), tr("Remove applican&t"));
    m_applicants->view()->setAccessibleName(tr("Applicants"));
    m_applicants->setPlaceholderText(tr("No applicants recorded."));
    addList(m_applicants);
    QGroupBox* applicants = listGroup(
        tr("Applicants and ranking"),
        tr("Rank the qualified applicants 1, 2, 3… with a reason each; every ranked applicant is interviewed and has "
           "two references (§ 5, § 6)."),
        m_applicants, recruitment);

    auto* signature = new QWidget(recruitment);
    auto* signatureLayout = new QHBoxLayout(signature);
    signatureLayout->setContentsMargins(0, 0, 0, 0);
    signatureLayout->addWidget(m_signedBy, 1);
    signatureLayout->addWidget(m_appoint);
    signatureLayout->addWidget(m_sign);
    m_appoint->setAccessibleName(tr("New appointment from this vacancy"));
    m_signedBy->setAccessibleName(tr("Ranking signed by"));
    m_sign->setAccessibleName(tr("Sign ranking"));
    bind->place(u"recruitment.rankingSignedBy"_s, m_sign);
    bind->place(u"recruitment.rankingSignedAt"_s, m_signedBy); // "Ranking signed by %1, %2": the time

    auto* inner = new QVBoxLayout(recruitment);
    inner->addWidget(announcement);
    inner->addWidget(committee, 1);
    inner->addWidget(applicants, 2);
    inner->addWidget(signature);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(recruitment, 1);

    connect(m_sign, &QPushButton::clicked, this, &RecruitmentForm::signRanking);
    connect(document->workspace(), &Workspace::userChanged, this, &RecruitmentForm::updateSignAccess);
    updateSignAccess();
    connect(m_appoint, &QPushButton::clicked, this, &RecruitmentForm::appointAnother);
    connect(document->undoStack(), &QUndoStack::cleanChanged, this, &RecruitmentForm::updateAppointAccess);
    connect(document, &CaseDocument::saved, this, &RecruitmentForm::updateAppointAccess);
    updateAppointAccess();
}

void RecruitmentForm::updateAppointAccess()
{
    const StoredCase& stored = document()->stored();
    const bool saved = stored.id != 0 && stored.vacancyId != 0;
    const bool clean = document()->undoStack()->isClean();
    m_appoint->setEnabled(saved && clean);
    m_appoint->setToolTip(!saved ? tr("Save the case with its recruitment first: the new appointment comes from the "
                                      "vacancy as stored.")
                              : !clean ? tr("Save or undo your changes first: the new appointment shares the "
                                            "recruitment as stored.")
                                       : tr("Appoints another applicant of this vacancy to an appointment of their "
                                            "own, for a second position from the same announcement."));
}

void RecruitmentForm::appointAnother()
{
    const StoredCase& from = document()->stored();
    if (from.id == 0 || from.vacancyId == 0 || !from.data.recruitment || !document()->undoStack()->isClean())
        return;
    Workspace* workspace = document()->workspace();
    QString error;
    // Everyone appointed from the vacancy so far, this case's person among them, is not offered again.
    const std::optional<QList<Person>> appointed
        = workspace->run(tr("Reading the vacancy's applicants…"),
                         [&](OfficeService& office) { return office.appointedFrom(from.vacancyId, &error); });
    if (!appointed) {
        MessageBox::critical(this, tr("Appoint Another Applicant"), error, workspace->errorDetails());
        return;
    }
    AppointDialog dialog(*from.data.recruitment, *appointed, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!workspace->appointFromVacancy(from, dialog.person(), dialog.start(), &error))
        MessageBox::warning(this, tr("Appoint Another Applicant"), error, workspace->errorDetails());
}

void RecruitmentForm::showCase(const Case& c)
{
    if (!c.recruitment || c.recruitment->rankingSignedBy.isEmpty()) {
        m_signedBy->setText(tr("The ranking is not signed."));
    } else {
        m_signedBy->setText(
            tr("Ranking signed by %1, %2")
                .arg(c.recruitment->rankingSignedBy,
                     QLocale().toString(c.recruitment->rankingSignedAt.toLocalTime(), QLocale::ShortFormat)));
    }
}

void RecruitmentForm::updateSignAccess()
{
    const bool allowed = maySignRanking(document()->workspace()->role());
    m_sign->setEnabled(allowed);
    m_sign->setToolTip(allowed ? tr("Signs the ranking of the applicants in your name, now")
                               : tr("Only the head of department may sign the ranking (§ 6). Choose your role under "
                                    "Settings."));
}

void RecruitmentForm::signRanking()
{
    Workspace* workspace = document()->workspace();
    if (!maySignRanking(workspace->role()) || !document()->data().recruitment)
        return;
    const QString who = workspace->userName().isEmpty() ? workspace->actor().user : workspace->userName();
    const QDateTime now = workspace->clock().now().toLocalTime();
    document()->edit(
        u"recruitment.rankingSignedBy"_s, tr("Sign ranking"),
        [&](Case& c) {
            c.recruitment->rankingSignedBy = who;
            c.recruitment->rankingSignedAt = now;
        },
        false);
}

} // namespace rekrutt
