#include "ui/vacancies/LetterActions.h"

#include "ui/MessageBox.h"
#include "ui/PrintActions.h"
#include "ui/Workspace.h"
#include "ui/editor/CaseDocument.h"
#include "ui/editor/ListEditor.h"
#include "ui/render/DocumentRenderer.h"
#include "ui/vacancies/LetterDetailsDialog.h"
#include "ui/vacancies/VacancyEditor.h"
#include "ui/vacancies/VacancyForms.h"

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QPainter>
#include <QPrinter>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace rekrutt {

namespace {

QString kindLabel(LetterKind kind)
{
    return QCoreApplication::translate("Documents", letterLabel(kind));
}

QString nameOf(const Applicant& a)
{
    return a.name.trimmed().isEmpty() ? LetterActions::tr("Applicant %1").arg(a.id) : a.name.simplified();
}

} // namespace

LetterActions::LetterActions(Workspace* workspace, VacancyEditor* editor, PrintActions* print)
    : QObject(editor)
    , m_workspace(workspace)
    , m_editor(editor)
    , m_printActions(print)
{
    ListEditor* list = editor->applicantsForm()->applicantList();
    m_button = list->addActionButton(tr("&Letters"));
    m_button->setObjectName(u"lettersButton"_s);
    m_button->setToolTip(tr("Letters to the applicants selected (Shift or Ctrl selects several), the extended "
                            "applicant list and the recommendation, in the language of the Documents menu"));
    m_menu = new QMenu(m_button);
    m_menu->setObjectName(u"LettersMenu"_s);
    m_menu->setToolTipsVisible(true);
    m_button->setMenu(m_menu);

    for (LetterKind kind : allLetterKinds) {
        if (kind == LetterKind::ApplicantList)
            m_menu->addSeparator();
        QMenu* sub = m_menu->addMenu(kindLabel(kind));
        sub->setToolTipsVisible(true);
        m_menus.insert(int(kind), sub);
        QAction* preview = sub->addAction(tr("Print preview…"), this, [this, kind] { this->preview(kind); });
        preview->setObjectName(u"letter-print-"_s + letterKey(kind));
        m_print.insert(int(kind), preview);
        QAction* pdf = sub->addAction(tr("Export PDF…"), this, [this, kind] { exportPdf(kind); });
        pdf->setObjectName(u"letter-export-"_s + letterKey(kind));
        m_export.insert(int(kind), pdf);
    }

    connect(m_menu, &QMenu::aboutToShow, this, &LetterActions::updateActions);
    connect(list->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LetterActions::updateActions);
    connect(editor, &EditorTab::titleChanged, this, &LetterActions::updateActions);
    updateActions();
}

Language LetterActions::language() const
{
    return m_printActions ? m_printActions->documentLanguage() : m_workspace->language();
}

QStringList LetterActions::selectedApplicants() const
{
    return m_editor->applicantsForm()->selectedApplicantIds();
}

LetterInput LetterActions::inputFor(const QString& applicantId, const LetterDetails& details) const
{
    const QDate today = m_workspace->today();
    LetterInput input = m_workspace->run(tr("Reading the letter's values…"), [&](OfficeService& office) {
        return office.letterInput(m_editor->current(), today);
    });
    input.applicantId = applicantId;
    input.signer = m_workspace->userName();
    input.signerRole = m_workspace->role();
    input.details = details;
    return input;
}

LetterActions::Batch LetterActions::letters(LetterKind kind, const QStringList& applicantIds,
                                            const LetterDetails& details, bool build) const
{
    Batch batch;
    const Language lang = language();
    const StoredVacancy stored = m_editor->current();
    const Vacancy& v = stored.data;
    if (!isPerApplicant(kind)) {
        if (!build)
            return batch;
        QString error;
        if (std::optional<Document> document = LetterBuilder::build(kind, inputFor({}, details), lang, &error)) {
            batch.letters.append(std::move(*document));
            batch.fileNames.append(LetterBuilder::suggestedFileName(kind, lang, stored.id, nullptr));
        } else {
            batch.failures.append(error);
        }
        return batch;
    }
    for (const QString& id : applicantIds) {
        const Applicant* applicant = findApplicant(v, id);
        if (!applicant)
            continue;
        if (const QString why = LetterBuilder::refusal(kind, v, applicant); !why.isEmpty()) {
            batch.skipped.append(tr("%1: %2").arg(nameOf(*applicant), why));
            continue;
        }
        batch.recipients.append(nameOf(*applicant));
        batch.recipientIds.append(id);
        if (!build)
            continue;
        const int count = LetterBuilder::letterCount(kind, *applicant);
        for (int part = 0; part < count; ++part) {
            LetterInput input = inputFor(id, details);
            input.refereeIndex = LetterBuilder::refereeOf(kind, *applicant, part);
            QString error;
            std::optional<Document> document = LetterBuilder::build(kind, input, lang, &error);
            if (!document) {
                batch.failures.append(tr("%1: %2").arg(nameOf(*applicant), error));
                continue;
            }
            batch.letters.append(std::move(*document));
            batch.fileNames.append(LetterBuilder::suggestedFileName(kind, lang, stored.id, applicant, part));
        }
    }
    return batch;
}

QStringList LetterActions::exportLetters(LetterKind kind, const QStringList& applicantIds, const QString& folder,
                                         const LetterDetails& details, QStringList* skipped, QStringList* failures)
{
    Batch batch = letters(kind, applicantIds, details);
    QStringList written;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    for (qsizetype i = 0; i < batch.letters.size(); ++i) {
        const QString path = QDir(folder).filePath(batch.fileNames.at(i));
        QString error;
        if (DocumentRenderer::renderPdf(batch.letters.at(i), path, &error))
            written.append(path);
        else
            batch.failures.append(error);
    }
    QApplication::restoreOverrideCursor();
    if (skipped)
        *skipped = batch.skipped;
    if (failures)
        *failures = batch.failures;
    return written;
}

void LetterActions::updateActions()
{
    const Vacancy v = m_editor->current().data;
    const QStringList selected = selectedApplicants();
    for (LetterKind kind : allLetterKinds) {
        QString why = LetterBuilder::refusal(kind, v, nullptr);
        bool enabled = why.isEmpty();
        if (enabled && isPerApplicant(kind)) {
            const Batch planned = letters(kind, selected, {}, false);
            enabled = !planned.recipients.isEmpty();
            if (selected.isEmpty())
                why = tr("Select the applicants in the list first (Shift or Ctrl selects several).");
            else if (!enabled)
                why = planned.skipped.join(u'\n');
            else if (!planned.skipped.isEmpty())
                why = tr("For %n of the applicants selected; left out:", nullptr, int(planned.recipients.size()))
                    + u'\n' + planned.skipped.join(u'\n');
        }
        QMenu* sub = m_menus.value(int(kind));
        sub->menuAction()->setEnabled(enabled);
        sub->menuAction()->setToolTip(why);
        for (QAction* action : {m_print.value(int(kind)), m_export.value(int(kind))}) {
            action->setEnabled(enabled);
            action->setToolTip(why);
        }
    }
}

bool LetterActions::confirm(LetterKind kind, const Batch& planned, LetterDetails* details)
{
    details->answerBy = LetterBuilder::defaultAnswerBy(kind, m_workspace->today());
    if (!LetterDetailsDialog::asksDetails(kind) && planned.skipped.isEmpty())
        return true;
    LetterDetailsDialog dialog(kind, planned.recipients, planned.skipped, *details, m_editor);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (LetterDetailsDialog::asksDetails(kind))
        *details = dialog.details();
    return true;
}

void LetterActions::preview(LetterKind kind)
{
    const QStringList selected = selectedApplicants();
    const Batch planned = letters(kind, selected, {}, false);
    if (isPerApplicant(kind) && planned.recipients.isEmpty()) {
        MessageBox::information(m_editor, kindLabel(kind),
                                tr("No letter to write:") + u'\n' + planned.skipped.join(u'\n'));
        return;
    }
    LetterDetails details;
    if (!confirm(kind, planned, &details))
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Batch batch = letters(kind, selected, details);
    QApplication::restoreOverrideCursor();
    if (!batch.failures.isEmpty()) {
        MessageBox::warning(m_editor, kindLabel(kind),
                            tr("%n letter(s) cannot be made.", nullptr, int(batch.failures.size())),
                            batch.failures.join(u'\n'));
    }
    if (batch.letters.isEmpty())
        return;
    const QString title = batch.letters.size() == 1
        ? batch.letters.first().page.title
        : tr("%1, %n letter(s)", nullptr, int(batch.letters.size())).arg(kindLabel(kind));
    // One print job: each letter starts on a page of its own and has its own page numbers.
    PrintActions::showPreview(m_editor, title, [&batch](QPrinter* printer) {
        QPainter painter;
        if (!painter.begin(printer))
            return;
        bool first = true;
        for (const Document& letter : batch.letters) {
            DocumentRenderer::render(painter, printer, letter.html, letter.page, !first);
            first = false;
        }
        painter.end();
    });
}

void LetterActions::exportPdf(LetterKind kind)
{
    const QStringList selected = selectedApplicants();
    const Batch planned = letters(kind, selected, {}, false);
    if (isPerApplicant(kind) && planned.recipients.isEmpty()) {
        MessageBox::information(m_editor, kindLabel(kind),
                                tr("No letter to write:") + u'\n' + planned.skipped.join(u'\n'));
        return;
    }
    LetterDetails details;
    if (!confirm(kind, planned, &details))
        return;
    const Batch batch = letters(kind, selected, details);
    if (batch.letters.isEmpty()) {
        MessageBox::warning(m_editor, kindLabel(kind), tr("No letter can be made."), batch.failures.join(u'\n'));
        return;
    }
    QStringList written;
    QStringList failures = batch.failures;
    QString folder;
    if (batch.letters.size() == 1) {
        // One letter: a file of its own name, where the user puts it.
        const QString suggested = QDir(PrintActions::lastFolder()).filePath(batch.fileNames.first());
        const QString path = QFileDialog::getSaveFileName(m_editor, tr("Export PDF: %1").arg(kindLabel(kind)),
                                                          suggested, tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return;
        folder = QFileInfo(path).absolutePath();
        QString error;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        if (DocumentRenderer::renderPdf(batch.letters.first(), path, &error))
            written.append(path);
        else
            failures.append(error);
        QApplication::restoreOverrideCursor();
    } else {
        folder = QFileDialog::getExistingDirectory(
            m_editor, tr("Export %n letter(s) to the folder", nullptr, int(batch.letters.size())),
            PrintActions::lastFolder());
        if (folder.isEmpty())
            return;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        for (qsizetype i = 0; i < batch.letters.size(); ++i) {
            QString error;
            const QString path = QDir(folder).filePath(batch.fileNames.at(i));
            if (DocumentRenderer::renderPdf(batch.letters.at(i), path, &error))
                written.append(path);
            else
                failures.append(error);
        }
        QApplication::restoreOverrideCursor();
    }
    PrintActions::rememberFolder(folder);
    const QString report
        = tr("Wrote %n PDF file(s) to %1.", nullptr, int(written.size())).arg(QDir::toNativeSeparators(folder));
    if (!failures.isEmpty())
        MessageBox::warning(m_editor, kindLabel(kind), report, failures.join(u'\n'));
    else if (auto* window = qobject_cast<QMainWindow*>(m_editor->window()))
        window->statusBar()->showMessage(report, 8000);
    // The letters that tell the outcome: the day they go out is the day the applicants were told, when they are
    // sent now (asked, since a PDF may wait).
    if (!written.isEmpty() && failures.isEmpty() && tellsTheOutcome(kind) && !batch.recipientIds.isEmpty()
        && MessageBox::question(m_editor, kindLabel(kind),
                                tr("Send the letters today? Then %1 is recorded as the day %n applicant(s) were told "
                                   "the outcome (Told the outcome; those with a day already keep theirs).",
                                   nullptr, int(batch.recipientIds.size()))
                                    .arg(QLocale().toString(m_workspace->today(), QLocale::LongFormat)),
                                {MessageBox::Yes, MessageBox::No}, MessageBox::No)
            == MessageBox::Yes)
        recordInformed(batch.recipientIds);
}

bool LetterActions::tellsTheOutcome(LetterKind kind)
{
    return kind == LetterKind::Rejection || kind == LetterKind::RankingNotice || kind == LetterKind::Offer
        || kind == LetterKind::Readvertisement;
}

int LetterActions::recordInformed(const QStringList& applicantIds)
{
    const QDate today = m_workspace->today();
    int recorded = 0;
    m_editor->document()->edit(
        u"recruitment.applicants"_s, tr("Record the day told"),
        [&](Case& c) {
            if (!c.recruitment)
                return;
            for (Applicant& a : c.recruitment->applicants) {
                if (applicantIds.contains(a.id) && !a.informed.isValid()) {
                    a.informed = today;
                    ++recorded;
                }
            }
        },
        false);
    return recorded;
}

} // namespace rekrutt
