#include "ui/editor/ApplicantImportDialog.h"

#include "ui/editor/SeverityStyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rekrutt {

namespace {

/** The settings group of the remembered mappings. */
const QString settingsGroup = u"applicantImport"_s;

/** Rows of the file the preview shows. */
constexpr int previewRows = 20;

/** "7, 12 and 30", at most ten lines and then how many more. */
QString lineList(const QList<int>& lines)
{
    constexpr qsizetype shown = 10;
    QStringList items;
    for (qsizetype i = 0; i < std::min(lines.size(), shown); ++i)
        items.append(QString::number(lines[i]));
    if (lines.size() > shown)
        items.append(ApplicantImportDialog::tr("%n more", nullptr, static_cast<int>(lines.size() - shown)));
    return QLocale().createSeparatedList(items);
}

/** A field of the preview on one line: a line break inside it shows as ↵. */
QString oneLine(const QString& text)
{
    QString shown = text;
    shown.replace(u"\r\n"_s, u"\u21B5"_s).replace(u'\n', u'\u21B5').replace(u'\r', u'\u21B5');
    return shown;
}

} // namespace

ApplicantImportDialog::ApplicantImportDialog(const QByteArray& data, const QString& fileName, QWidget* parent)
    : QDialog(parent)
    , m_data(data)
    , m_encoding(new QComboBox(this))
    , m_detected(new QLabel(this))
    , m_separator(new QLabel(this))
    , m_fieldsLabel(new QLabel(this))
    , m_fieldRow(new QWidget(this))
    , m_fieldClip(new QWidget(m_fieldRow))
    , m_table(new QTableWidget(this))
    , m_problemsLabel(new QLabel(this))
    , m_problems(new QTreeWidget(this))
    , m_skip(new QCheckBox(this))
    , m_summary(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import Applicants"));
    auto* file = new QLabel(tr("File: %1").arg(fileName), this);
    file->setTextFormat(Qt::PlainText);
    file->setTextInteractionFlags(Qt::TextSelectableByMouse);

    for (const CsvEncoding encoding : {CsvEncoding::Detect, CsvEncoding::Utf8, CsvEncoding::Windows1252})
        m_encoding->addItem(ApplicantCsvReader::encodingName(encoding), static_cast<int>(encoding));
    auto* encodingLabel = new QLabel(tr("&Encoding:"), this);
    encodingLabel->setBuddy(m_encoding);
    m_detected->setText(
        tr("(detected: %1)").arg(ApplicantCsvReader::encodingName(ApplicantCsvReader::detectEncoding(data))));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(encodingLabel);
    fileRow->addWidget(m_encoding);
    fileRow->addWidget(m_detected);
    fileRow->addSpacing(fontMetrics().averageCharWidth() * 4);
    fileRow->addWidget(m_separator);
    fileRow->addStretch();

    m_fieldsLabel->setText(tr("&Field of each column, above the first rows of the file:"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->setToolTip(tr("The file's first rows; on the left, each row's line in the file"));
    m_table->setAccessibleName(tr("Preview of the file"));

    m_problemsLabel->setBuddy(m_problems);
    m_problems->setColumnCount(3);
    m_problems->setHeaderLabels({tr("Line"), tr("Column"), tr("Reason")});
    m_problems->setRootIsDecorated(false);
    m_problems->setUniformRowHeights(true);
    m_problems->setAccessibleName(tr("Problems"));
    m_problems->setMaximumHeight(m_problems->fontMetrics().height() * 8);

    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(file);
    layout->addLayout(fileRow);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(m_fieldsLabel);
    auto* preview = new QVBoxLayout;
    preview->setSpacing(2);
    preview->addWidget(m_fieldRow);
    preview->addWidget(m_table, 3);
    layout->addLayout(preview, 3);
    layout->addWidget(m_problemsLabel);
    layout->addWidget(m_problems, 1);
    layout->addWidget(m_skip);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);

    m_preview = ApplicantCsvReader::preview(m_data, CsvEncoding::Detect, previewRows);
    if (!m_preview.headerNames.isEmpty())
        m_settingsKey = settingsKey(m_preview.headerNames);
    m_mapping = rememberedMapping();
    buildFieldBoxes();
    fillPreview();
    reread();

    // Wide enough for the longest reason beside its line; wider, up to most of the screen, to show every column.
    setMinimumWidth(fontMetrics().averageCharWidth() * 110);
    const int columns = m_table->horizontalHeader()->length() + m_table->verticalHeader()->sizeHint().width()
        + m_table->verticalScrollBar()->sizeHint().width() + 2 * m_table->frameWidth();
    const QMargins margins = layout->contentsMargins();
    const int available = screen() ? screen()->availableGeometry().width() * 9 / 10 : minimumWidth();
    resize(std::clamp(columns + margins.left() + margins.right(), minimumWidth(), std::max(minimumWidth(), available)),
           fontMetrics().height() * 40);

    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ApplicantImportDialog::encodingChosen);
    connect(m_skip, &QCheckBox::toggled, this, [this](bool checked) {
        m_tickedFor = checked ? m_result.badLines() : QList<int>();
        updateState();
    });
    connect(m_problems, &QTreeWidget::currentItemChanged, this, &ApplicantImportDialog::showProblemLine);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, &ApplicantImportDialog::placeFieldBoxes);
    connect(m_table->horizontalScrollBar(), &QScrollBar::valueChanged, this, &ApplicantImportDialog::placeFieldBoxes);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!importButton()->isEnabled())
            return;
        remember();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_table->viewport()->installEventFilter(this);
    m_fieldRow->installEventFilter(this);
    if (QComboBox* first = m_fieldBoxes.value(0))
        first->setFocus();
    else
        m_encoding->setFocus();
}

QPushButton* ApplicantImportDialog::importButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString ApplicantImportDialog::settingsKey(const QStringList& headerNames)
{
    QStringList names;
    names.reserve(headerNames.size());
    // '/' and '\' separate groups in a QSettings key; ',' joins the names.
    for (QString name : headerNames) {
        names.append(
            name.replace(u'%', u"%25"_s).replace(u',', u"%2C"_s).replace(u'/', u"%2F"_s).replace(u'\\', u"%5C"_s));
    }
    return names.join(u',');
}

QList<Applicant> ApplicantImportDialog::applicants() const
{
    return importButton()->isEnabled() ? m_result.applicants : QList<Applicant>();
}

QList<int> ApplicantImportDialog::skippedLines() const
{
    return importButton()->isEnabled() && m_skip->isChecked() ? m_result.badLines() : QList<int>();
}

bool ApplicantImportDialog::eventFilter(QObject* watched, QEvent* event)
{
    if ((watched == m_table->viewport() || watched == m_fieldRow)
        && (event->type() == QEvent::Resize || event->type() == QEvent::Move || event->type() == QEvent::Show)) {
        placeFieldBoxes();
    } else if (event->type() == QEvent::FocusIn) {
        const qsizetype column = m_fieldBoxes.indexOf(qobject_cast<QComboBox*>(watched));
        if (column >= 0)
            showColumn(static_cast<int>(column));
    }
    return QDialog::eventFilter(watched, event);
}

CsvEncoding ApplicantImportDialog::encoding() const
{
    return static_cast<CsvEncoding>(m_encoding->currentData().toInt());
}

void ApplicantImportDialog::encodingChosen()
{
    const qsizetype columns = m_preview.headerNames.size();
    m_preview = ApplicantCsvReader::preview(m_data, encoding(), previewRows);
    // The separator, quotes and line breaks are ASCII: the columns are the same in either encoding.
    if (m_preview.headerNames.size() != columns) {
        m_mapping = m_preview.guessedMapping;
        buildFieldBoxes();
    }
    fillPreview();
    reread();
}

void ApplicantImportDialog::buildFieldBoxes()
{
    qDeleteAll(m_fieldBoxes);
    m_fieldBoxes.clear();
    const QStringList keys = ApplicantCsvReader::fieldKeys();
    for (qsizetype column = 0; column < m_preview.headerNames.size(); ++column) {
        auto* box = new QComboBox(m_fieldClip);
        box->addItem(tr("Ignore"), QString());
        for (const QString& key : keys)
            box->addItem(ApplicantCsvReader::fieldLabel(key), key);
        box->setCurrentIndex(std::max(0, box->findData(m_mapping.field(column))));
        box->installEventFilter(this);
        box->show();
        const int index = static_cast<int>(column);
        connect(box, &QComboBox::currentIndexChanged, this, [this, index] { fieldChosen(index); });
        m_fieldBoxes.append(box);
    }
    m_fieldRow->setFixedHeight(m_fieldBoxes.isEmpty() ? 0 : m_fieldBoxes.first()->sizeHint().height());
    m_fieldsLabel->setBuddy(m_fieldBoxes.value(0));
    m_fieldsLabel->setEnabled(!m_fieldBoxes.isEmpty());

    // Tab goes from the encoding along the columns, then to the preview and what is below it.
    QWidget* previous = m_encoding;
    for (QComboBox* box : std::as_const(m_fieldBoxes)) {
        setTabOrder(previous, box);
        previous = box;
    }
    setTabOrder(previous, m_table);
}

void ApplicantImportDialog::fillPreview()
{
    const QStringList& names = m_preview.headerNames;
    m_separator->setText(m_preview.separator == ';' ? tr("Separator: semicolon (;)") : tr("Separator: comma (,)"));
    m_table->clear();
    m_table->setColumnCount(static_cast<int>(names.size()));
    m_table->setRowCount(static_cast<int>(m_preview.rows.size()));
    m_table->setHorizontalHeaderLabels(names);
    QStringList lines;
    for (const int line : std::as_const(m_preview.rowLines))
        lines.append(QString::number(line));
    m_table->setVerticalHeaderLabels(lines);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QStringList& fields = m_preview.rows[row];
        for (int column = 0; column < std::min(m_table->columnCount(), static_cast<int>(fields.size())); ++column) {
            auto* item = new QTableWidgetItem(oneLine(fields[column]));
            if (item->text() != fields[column] || fields[column].size() > 40)
                item->setToolTip(fields[column]);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    QHeaderView* header = m_table->horizontalHeader();
    const int widest = fontMetrics().averageCharWidth() * 36;
    for (int column = 0; column < m_table->columnCount(); ++column) {
        header->resizeSection(column, std::min(widest, header->sectionSize(column)));
        fitColumnToField(column);
        if (QComboBox* field = m_fieldBoxes.value(column)) {
            const QString what = tr("Field of column %1 (%2)").arg(column + 1).arg(names[column]);
            field->setAccessibleName(what);
            field->setToolTip(what);
        }
    }
    placeFieldBoxes();
}

void ApplicantImportDialog::fitColumnToField(int column)
{
    // A column is at least as wide as its box needs for the field chosen, so that the field reads in full.
    QComboBox* box = m_fieldBoxes.value(column);
    if (!box)
        return;
    QStyleOptionComboBox option;
    option.initFrom(box);
    option.currentText = box->currentText();
    const QSize text(box->fontMetrics().horizontalAdvance(box->currentText()), box->fontMetrics().height());
    const int needed = box->style()->sizeFromContents(QStyle::CT_ComboBox, &option, text, box).width() + 8;
    QHeaderView* header = m_table->horizontalHeader();
    if (header->sectionSize(column) < needed)
        header->resizeSection(column, needed);
}

void ApplicantImportDialog::placeFieldBoxes()
{
    // The boxes sit in a strip as wide as the table's viewport, each above its column, scrolled with it.
    const QWidget* viewport = m_table->viewport();
    const QPoint origin = viewport->mapTo(this, QPoint()) - m_fieldRow->mapTo(this, QPoint());
    m_fieldClip->setGeometry(origin.x(), 0, viewport->width(), m_fieldRow->height());
    const QHeaderView* header = m_table->horizontalHeader();
    for (int column = 0; column < m_fieldBoxes.size(); ++column) {
        m_fieldBoxes[column]->setGeometry(header->sectionViewportPosition(column) + 1, 0,
                                          std::max(0, header->sectionSize(column) - 2), m_fieldRow->height());
    }
}

void ApplicantImportDialog::showColumn(int column)
{
    const QHeaderView* header = m_table->horizontalHeader();
    QScrollBar* bar = m_table->horizontalScrollBar();
    const int left = header->sectionPosition(column);
    const int right = left + header->sectionSize(column);
    const int width = m_table->viewport()->width();
    if (left < bar->value())
        bar->setValue(left);
    else if (right > bar->value() + width)
        bar->setValue(std::min(left, right - width));
}

void ApplicantImportDialog::fieldChosen(int column)
{
    m_mapping.setField(column, m_fieldBoxes[column]->currentData().toString());
    fitColumnToField(column);
    reread();
}

void ApplicantImportDialog::reread()
{
    m_result = ApplicantCsvReader::read(m_data, m_mapping, encoding());

    m_problems->clear();
    for (const CsvProblem& problem : std::as_const(m_result.problems)) {
        const QString column = problem.column <= 0 ? QString()
            : problem.columnName.isEmpty()         ? QString::number(problem.column)
                                                   : u"%1 (%2)"_s.arg(problem.column).arg(problem.columnName);
        auto* item = new QTreeWidgetItem(
            m_problems, {problem.line > 0 ? QString::number(problem.line) : QString(), column, problem.what});
        item->setIcon(0, severityIcon(Severity::Error));
        item->setToolTip(2, problem.what);
        item->setData(0, Qt::UserRole, problem.line);
    }
    m_problems->resizeColumnToContents(0);
    m_problems->resizeColumnToContents(1);

    const QList<int> bad = m_result.badLines();
    if (m_skip->isChecked() && bad != m_tickedFor) {
        // Ticked for other lines (the mapping or the encoding changed): skipping these must be chosen again.
        const QSignalBlocker blocker(m_skip);
        m_skip->setChecked(false);
        m_tickedFor.clear();
    }
    m_skip->setText(tr("&Skip the %n bad line(s)", nullptr, static_cast<int>(bad.size())));
    m_skip->setVisible(m_result.canSkipBadLines() && !bad.isEmpty());

    // The preview greys the ignored columns and marks the rows of bad lines.
    const QColor ignored = palette().color(QPalette::Disabled, QPalette::Text);
    const QColor badRow = problemBackground(palette());
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const bool isBad = bad.contains(m_preview.rowLines.value(row));
        for (int column = 0; column < m_table->columnCount(); ++column) {
            if (QTableWidgetItem* item = m_table->item(row, column)) {
                item->setForeground(m_mapping.field(column).isEmpty() ? QBrush(ignored) : QBrush());
                item->setBackground(isBad ? QBrush(badRow) : QBrush());
            }
        }
    }
    updateState();
}

void ApplicantImportDialog::updateState()
{
    const QList<int> bad = m_result.badLines();
    const auto count = static_cast<int>(m_result.applicants.size());
    const bool skipping = m_skip->isChecked() && !bad.isEmpty();
    const bool importable = !m_result.refused && count > 0 && (m_result.ok() || skipping);
    importButton()->setEnabled(importable);

    if (m_result.refused)
        m_problemsLabel->setText(tr("P&roblems: the file cannot be imported as it is"));
    else if (bad.isEmpty())
        m_problemsLabel->setText(tr("P&roblems: none"));
    else
        m_problemsLabel->setText(tr("P&roblems: %n bad line(s)", nullptr, static_cast<int>(bad.size())));

    QString summary;
    if (m_result.refused) {
        summary = tr("Nothing can be imported: %1").arg(m_result.problems.value(m_result.problems.size() - 1).what);
    } else if (!bad.isEmpty() && !skipping) {
        summary = tr("Nothing will be imported until the %n bad line(s) are fixed in the file or skipped.", nullptr,
                     static_cast<int>(bad.size()));
    } else if (count == 0) {
        summary = bad.isEmpty() ? tr("The file holds no applicants.") : tr("Every line is bad: nothing to import.");
    } else {
        summary = tr("%n applicant(s) will be imported.", nullptr, count);
        if (skipping) {
            summary
                += u' ' + tr("%n bad line(s) skipped: %1.", nullptr, static_cast<int>(bad.size())).arg(lineList(bad));
        }
    }
    m_summary->setText(summary);
}

void ApplicantImportDialog::showProblemLine()
{
    const QTreeWidgetItem* item = m_problems->currentItem();
    const qsizetype row = item ? m_preview.rowLines.indexOf(item->data(0, Qt::UserRole).toInt()) : -1;
    if (row >= 0)
        m_table->selectRow(static_cast<int>(row));
}

CsvMapping ApplicantImportDialog::rememberedMapping() const
{
    QSettings settings;
    settings.beginGroup(settingsGroup);
    const QStringList fields = m_settingsKey.isEmpty() ? QStringList() : settings.value(m_settingsKey).toStringList();
    if (fields.size() != m_preview.headerNames.size())
        return m_preview.guessedMapping;
    // A key this version does not know (written by a later one) leaves its column ignored.
    const QStringList keys = ApplicantCsvReader::fieldKeys();
    CsvMapping mapping;
    for (qsizetype column = 0; column < fields.size(); ++column)
        mapping.setField(column, keys.contains(fields[column]) ? fields[column] : QString());
    return mapping;
}

void ApplicantImportDialog::remember() const
{
    if (m_settingsKey.isEmpty())
        return;
    QStringList fields;
    for (qsizetype column = 0; column < m_preview.headerNames.size(); ++column)
        fields.append(m_mapping.field(column));
    QSettings settings;
    settings.beginGroup(settingsGroup);
    settings.setValue(m_settingsKey, fields);
}

} // namespace rekrutt
