#pragma once

#include "core/rules/Evaluation.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace rekrutt {

/**
 * How the rules computed the period: the dates and day counts, and one line per step of the
 * computation, each citing its section.
 */
class ExplanationPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ExplanationPanel(QWidget* parent = nullptr);

    void setEvaluation(const Evaluation& evaluation, Language language);

    /** The explanation lines as shown. */
    QStringList lines() const;

private:
    QLabel* m_period;
    QListWidget* m_lines;
};

} // namespace rekrutt
