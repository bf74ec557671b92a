#pragma once

#include "core/interchange/ApplicantCsvReader.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace rekrutt {

/**
 * Importing the applicants of a vacancy from a CSV file such as the recruitment portal's export
 * (docs/applicant-csv.md): shows the encoding (detected, or chosen), the separator and the first rows, with a field
 * chosen for each column above it; then the problems of reading with that mapping, and how many applicants Import
 * takes. When there are bad lines, Import waits until the user ticks the box that skips them. The mapping is
 * remembered for the header (QSettings group "applicantImport") and restored for the next file with the same header.
 */
class ApplicantImportDialog : public QDialog
{
    Q_OBJECT

public:
    /** Previews `data`, the bytes of the file `fileName` (shown only), with its remembered or guessed mapping. */
    ApplicantImportDialog(const QByteArray& data, const QString& fileName, QWidget* parent = nullptr);

    /** The applicants Import takes: those of every line, or of the good lines once the bad ones are skipped. */
    QList<Applicant> applicants() const;
    /** The bad lines that Import skips on purpose; empty unless the skip box is ticked. */
    QList<int> skippedLines() const;
    /** The field each column is mapped to now. */
    CsvMapping mapping() const { return m_mapping; }
    /** The file read with the current encoding and mapping. */
    const ApplicantCsvResult& reading() const { return m_result; }

    /**
     * The key, in the group "applicantImport", of the mapping remembered for a file whose header has `headerNames`:
     * the names joined by ',' (with '%', ',', '/' and '\' written as %25, %2C, %2F and %5C).
     */
    static QString settingsKey(const QStringList& headerNames);

    // The widgets, for tests.
    QComboBox* encodingBox() const { return m_encoding; }
    /** The field chosen for the 0-based `column`, above it in the preview; nullptr beyond the header. */
    QComboBox* fieldBox(int column) const { return m_fieldBoxes.value(column); }
    QTableWidget* previewTable() const { return m_table; }
    QTreeWidget* problemList() const { return m_problems; }
    QCheckBox* skipBox() const { return m_skip; }
    QLabel* encodingLabel() const { return m_detected; }
    QLabel* summaryLabel() const { return m_summary; }
    QPushButton* importButton() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    CsvEncoding encoding() const;
    void encodingChosen();
    void buildFieldBoxes();
    void fillPreview();
    void fitColumnToField(int column);
    void placeFieldBoxes();
    void showColumn(int column);
    void fieldChosen(int column);
    void reread();
    void updateState();
    void showProblemLine();
    CsvMapping rememberedMapping() const;
    void remember() const;

    QByteArray m_data;
    ApplicantCsvPreview m_preview;
    /** The settings key of the header as first read (detected encoding): the same file next time finds it. */
    QString m_settingsKey;
    CsvMapping m_mapping;
    ApplicantCsvResult m_result;
    /** The bad lines the skip box was ticked for: another set unticks it. */
    QList<int> m_tickedFor;

    QComboBox* m_encoding;
    QLabel* m_detected;
    QLabel* m_separator;
    QLabel* m_fieldsLabel;
    QWidget* m_fieldRow;
    QWidget* m_fieldClip;
    QList<QComboBox*> m_fieldBoxes;
    QTableWidget* m_table;
    QLabel* m_problemsLabel;
    QTreeWidget* m_problems;
    QCheckBox* m_skip;
    QLabel* m_summary;
    QDialogButtonBox* m_buttons;
};

} // namespace rekrutt
