#pragma once

#include "core/documents/LetterBuilder.h"

#include <QHash>
#include <QObject>
#include <QStringList>

class QAction;
class QMenu;
class QPushButton;

namespace rekrutt {

class PrintActions;
class VacancyEditor;
class Workspace;

/**
 * The letters of the vacancy open in `editor` (issue 12, item 4): a Letters button on its applicants page whose menu
 * has one entry per letter (LetterKind), each with Print preview… and Export PDF…. A letter to applicants goes to
 * those selected in the list: one print job with every letter on pages of its own, or one PDF per applicant into a
 * folder (one file for a single applicant). Applicants the letter makes no sense for (LetterBuilder::refusal(),
 * an applicant who withdrew among them) are left out and named; an entry that makes no sense for any of them is
 * disabled with the reason as its tooltip. Letters are written in the language of the Documents menu, from the
 * vacancy as edited, saved or not.
 */
class LetterActions : public QObject
{
    Q_OBJECT

public:
    /** Adds the Letters button to `editor`'s applicants page; `print` gives the language of the documents. */
    LetterActions(Workspace* workspace, VacancyEditor* editor, PrintActions* print);

    QPushButton* button() const { return m_button; }
    QMenu* menu() const { return m_menu; }
    /** The menu's actions of `kind` (object names "letter-print-<key>" and "letter-export-<key>"). */
    QAction* printAction(LetterKind kind) const { return m_print.value(int(kind)); }
    QAction* exportAction(LetterKind kind) const { return m_export.value(int(kind)); }

    /** The language the letters are written in: the Documents menu's. */
    Language language() const;
    /** The ids of the applicants selected in the list, in its order. */
    QStringList selectedApplicants() const;

    /** The letters of a print or an export, with the applicants left out. */
    struct Batch
    {
        QList<Document> letters;
        /** The file name of each letter (LetterBuilder::suggestedFileName()). */
        QStringList fileNames;
        /** Whom the letters go to (or are about), one name per applicant. */
        QStringList recipients;
        /** Their ids, in the same order. */
        QStringList recipientIds;
        /** One line per applicant left out, with the reason: "Kari Nilsen: …". */
        QStringList skipped;
        /** One line per letter that could not be made (a broken template). */
        QStringList failures;
    };

    /**
     * The letters of `kind` to the applicants `applicantIds` (ignored for the vacancy's own documents) with
     * `details`, from the vacancy as edited; with `build` false only whom they go to and who is left out.
     */
    Batch letters(LetterKind kind, const QStringList& applicantIds, const LetterDetails& details,
                  bool build = true) const;

    /**
     * Writes the letters of `kind` to `applicantIds` as PDF files into `folder` (named by
     * LetterBuilder::suggestedFileName()); returns the files written. `skipped` and `failures` as in Batch.
     */
    QStringList exportLetters(LetterKind kind, const QStringList& applicantIds, const QString& folder,
                              const LetterDetails& details, QStringList* skipped, QStringList* failures);

    /** Whether `kind` tells the applicant the outcome: a rejection, the place in the ranking, the offer,
     * re-advertising. */
    static bool tellsTheOutcome(LetterKind kind);
    /**
     * Records today as the day the applicants `applicantIds` were told the outcome (`Applicant::informed`), for those
     * with no day yet, as one undoable edit of the vacancy; returns how many were recorded.
     */
    int recordInformed(const QStringList& applicantIds);

    /** Enables each entry that makes sense for the vacancy and the applicants selected, with why not as tooltip. */
    void updateActions();

private:
    LetterInput inputFor(const QString& applicantId, const LetterDetails& details) const;
    /** Asks for the details and confirms who is left out, when there is anything to ask or tell. */
    bool confirm(LetterKind kind, const Batch& planned, LetterDetails* details);
    void preview(LetterKind kind);
    void exportPdf(LetterKind kind);

    Workspace* m_workspace;
    VacancyEditor* m_editor;
    PrintActions* m_printActions;
    QPushButton* m_button;
    QMenu* m_menu;
    /** By int(LetterKind). */
    QHash<int, QMenu*> m_menus;
    QHash<int, QAction*> m_print;
    QHash<int, QAction*> m_export;
};

} // namespace rekrutt
