#pragma once

#include <QFrame>

class QLabel;

namespace rekrutt {

struct OfficeChange;

/**
 * The bar an editor shows when another user of a shared office changed or deleted the record it holds: who, when,
 * and what becomes of the changes made here (the conflict check on saving stays). Hidden until told, dismissed with
 * its button.
 */
class ElsewhereNotice : public QFrame
{
    Q_OBJECT

public:
    enum class Record { Case, Vacancy };

    ElsewhereNotice(Record record, QWidget* parent = nullptr);

    /** Shows `change`, made at `time` (the local time it arrived). */
    void showChange(const OfficeChange& change, const QTime& time);

private:
    Record m_record;
    QLabel* m_text;
};

} // namespace rekrutt
