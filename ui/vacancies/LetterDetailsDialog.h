#pragma once

#include "core/documents/LetterBuilder.h"

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QLineEdit;
class QTimeEdit;

namespace rekrutt {

class DateEdit;

/**
 * Asked before letters are printed or exported: to whom they go and who is left out (an applicant who withdrew,
 * or one the letter makes no sense for, with the reason), and what the letter needs beyond the vacancy: the time
 * and place of an interview, the date to answer by, an offer's salary. Shown when the letter needs details or an
 * applicant selected is left out.
 */
class LetterDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    /**
     * For `count` letters of `kind` to `recipients` (names), leaving out `skipped` ("Kari Nilsen: has withdrawn the
     * application"), with `suggested` details filled in.
     */
    LetterDetailsDialog(LetterKind kind, const QStringList& recipients, const QStringList& skipped,
                        const LetterDetails& suggested, QWidget* parent = nullptr);

    /** Whether a letter of `kind` asks for details: the invitation, the reference request and the offer. */
    static bool asksDetails(LetterKind kind);

    /** The details as entered. */
    LetterDetails details() const;

    DateEdit* interviewDateEdit() const { return m_interviewDate; }
    QTimeEdit* interviewTimeEdit() const { return m_interviewTime; }
    QLineEdit* placeEdit() const { return m_place; }
    DateEdit* answerByEdit() const { return m_answerBy; }
    QLineEdit* salaryEdit() const { return m_salary; }

private:
    void updateOk();

    LetterKind m_kind;
    DateEdit* m_interviewDate = nullptr;
    QTimeEdit* m_interviewTime = nullptr;
    QLineEdit* m_place = nullptr;
    DateEdit* m_answerBy = nullptr;
    QLineEdit* m_salary = nullptr;
    QDialogButtonBox* m_buttons;
};

} // namespace rekrutt
