#pragma once

#include "core/rules/Evaluation.h"

#include <QWidget>

class QLabel;

namespace rekrutt {

/**
 * The line above the case: who, in which position, from when to the computed end (and the frame end),
 * under which rules, and how many errors and warnings the rules found.
 */
class CaseHeader : public QWidget
{
    Q_OBJECT

public:
    explicit CaseHeader(QWidget* parent = nullptr);

    void setCase(const Case& c, const Evaluation& evaluation, Language language);

    /** The period line as shown ("01.08.2025 → 28.08.2029 …"), for tests. */
    QString periodText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    QLabel* m_name;
    QLabel* m_position;
    QLabel* m_period;
    QLabel* m_counts;
    int m_errors = 0;
    int m_warnings = 0;
    int m_infos = 0;
    void showCounts();
};

} // namespace rekrutt
