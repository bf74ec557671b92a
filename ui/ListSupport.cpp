#include "ui/ListSupport.h"

#include "ui/CaseListModel.h"

#include <QAbstractItemView>
#include <QCollator>
#include <QComboBox>
#include <QCoreApplication>
#include <QHash>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QSignalBlocker>
#include <QTableView>
#include <QWidget>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace rekrutt {

void setUpOverviewTable(QTableView* view, int selectionMode)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(static_cast<QAbstractItemView::SelectionMode>(selectionMode));
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    view->setCornerButtonEnabled(false);
    view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    view->setTabKeyNavigation(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(std::max(view->fontMetrics().height() + 10, 22));
    view->horizontalHeader()->setHighlightSections(false);
}

bool isOpenKey(const QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return false;
    const auto* key = static_cast<const QKeyEvent*>(event);
    return (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
        && (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
}

namespace {

/** Relative luminance (WCAG 2). */
double luminance(const QColor& color)
{
    auto channel
        = [](double value) { return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

/**
 * A colour of `hue` that reads on the palette's backgrounds: starting from a vivid middle
 * lightness, it moves towards the text colour's side (darker on a light base, lighter on a dark
 * one) until the contrast with both Base and AlternateBase is at least 4.5:1.
 */
QColor readableColor(int hue, int saturation, const QPalette& palette)
{
    const QColor base = palette.color(QPalette::Active, QPalette::Base);
    const QColor alternate = palette.color(QPalette::Active, QPalette::AlternateBase);
    const bool darkBase = luminance(base) < luminance(palette.color(QPalette::Active, QPalette::Text));
    const int step = darkBase ? 4 : -4;
    QColor color;
    for (int lightness = 128; lightness >= 0 && lightness <= 255; lightness += step) {
        color = QColor::fromHsl(hue, saturation, lightness);
        if (contrast(color, base) >= 4.5 && contrast(color, alternate) >= 4.5)
            return color;
    }
    return palette.color(QPalette::Active, QPalette::Text);
}

} // namespace

namespace listColors {

QColor negative(const QPalette& palette)
{
    return readableColor(0, 210, palette);
}

QColor warning(const QPalette& palette)
{
    return readableColor(28, 230, palette);
}

QColor link(const QPalette& palette)
{
    const QColor link = palette.color(QPalette::Active, QPalette::Link);
    if (contrast(link, palette.color(QPalette::Active, QPalette::Base)) >= 4.5)
        return link;
    return readableColor(link.hslHue() < 0 ? 220 : link.hslHue(), std::max(link.hslSaturation(), 160), palette);
}

QColor dimmed(const QPalette& palette)
{
    // Between text and base: visibly quieter than the text, still legible.
    const QColor text = palette.color(QPalette::Active, QPalette::Text);
    const QColor base = palette.color(QPalette::Active, QPalette::Base);
    return QColor::fromRgbF(0.62f * text.redF() + 0.38f * base.redF(), 0.62f * text.greenF() + 0.38f * base.greenF(),
                            0.62f * text.blueF() + 0.38f * base.blueF());
}

QIcon overdueIcon(const QPalette& palette)
{
    const QColor fill = negative(palette);
    const QColor mark = palette.color(QPalette::Active, QPalette::Base);
    QIcon icon;
    for (const qreal ratio : {1.0, 2.0}) {
        QPixmap pixmap(qRound(16 * ratio), qRound(16 * ratio));
        pixmap.setDevicePixelRatio(ratio);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        painter.drawEllipse(QRectF(1, 1, 14, 14));
        painter.setBrush(mark);
        painter.drawRoundedRect(QRectF(7, 3.5, 2, 6.5), 1, 1);
        painter.drawEllipse(QRectF(7, 11, 2, 2));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace listColors

QString deadlineLabelText(QStringView key)
{
    if (const auto id = deadlineFromKey(key))
        return QCoreApplication::translate("Rules", deadlineLabel(*id));
    return key.toString();
}

void addPositionTypes(QComboBox* combo)
{
    for (const PositionType type : {PositionType::PhdFellow, PositionType::IntegratedPhd, PositionType::DualCompetence,
                                    PositionType::Postdoc, PositionType::MscaPostdoc, PositionType::TenureTrackPostdoc,
                                    PositionType::Resident, PositionType::ResearchAssistant})
        combo->addItem(CaseListModel::typeLabel(type), int(type));
}

bool setUnitItems(QComboBox* combo, const QString& allText, const QStringList& units)
{
    const QString chosen = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(allText, QString());
    for (const QString& unit : units)
        combo->addItem(unit, unit);
    const int index = chosen.isEmpty() ? 0 : combo->findData(chosen);
    combo->setCurrentIndex(std::max(index, 0));
    combo->view()->setMinimumWidth(combo->view()->sizeHintForColumn(0) + 24);
    return index >= 0;
}

bool matchesEveryWord(const QString& search, const QStringList& texts)
{
    for (const QStringView word : QStringView(search).split(u' ', Qt::SkipEmptyParts)) {
        if (std::none_of(texts.cbegin(), texts.cend(),
                         [word](const QString& text) { return text.contains(word, Qt::CaseInsensitive); }))
            return false;
    }
    return true;
}

QString listName(const QString& familyName, const QString& givenName)
{
    if (givenName.isEmpty())
        return familyName;
    if (familyName.isEmpty())
        return givenName;
    return familyName + u", "_s + givenName;
}

QString shortDate(QDate date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

bool isBehindAnotherPage(const QWidget* page)
{
    const QWidget* window = page->window();
    return window != page && window->isVisible() && !page->isVisible();
}

const QCollator& listCollator()
{
    // One per thread (QCollator is not thread-safe), made again when the default locale changes (the language
    // is chosen at start; tests switch it).
    thread_local QCollator collator = [] {
        QCollator c;
        c.setCaseSensitivity(Qt::CaseInsensitive);
        c.setNumericMode(true);
        return c;
    }();
    if (collator.locale() != QLocale()) {
        collator.setLocale(QLocale());
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        collator.setNumericMode(true);
    }
    return collator;
}

int compareForLists(const QString& a, const QString& b)
{
    // By sort keys, as collationRanks() compares: in the C locale QCollator::compare() and its sort keys do not
    // agree on letter case, and one list must not order two ways.
    const int order = listCollator().sortKey(a).compare(listCollator().sortKey(b));
    return order < 0 ? -1 : order > 0 ? 1 : 0;
}

void sortForLists(QStringList& texts)
{
    std::sort(texts.begin(), texts.end(), [](const QString& a, const QString& b) {
        const int order = compareForLists(a, b);
        return order != 0 ? order < 0 : a < b;
    });
}

std::vector<int> collationRanks(const QList<QString>& texts, std::vector<int>* exact)
{
    QHash<QString, int> indexOfText;
    QList<QString> distinct;
    std::vector<int> distinctOfText(std::size_t(texts.size()));
    for (qsizetype i = 0; i < texts.size(); ++i) {
        auto found = indexOfText.find(texts.at(i));
        if (found == indexOfText.end()) {
            found = indexOfText.insert(texts.at(i), int(distinct.size()));
            distinct.append(texts.at(i));
        }
        distinctOfText[std::size_t(i)] = *found;
    }
    const QCollator& collator = listCollator();
    std::vector<QCollatorSortKey> keys;
    keys.reserve(std::size_t(distinct.size()));
    for (const QString& text : std::as_const(distinct))
        keys.push_back(collator.sortKey(text));
    std::vector<int> sorted(keys.size());
    std::iota(sorted.begin(), sorted.end(), 0);
    std::sort(sorted.begin(), sorted.end(), [&](int a, int b) {
        const int byKey = keys[std::size_t(a)].compare(keys[std::size_t(b)]);
        return byKey != 0 ? byKey < 0 : distinct.at(a) < distinct.at(b);
    });
    std::vector<int> rank(keys.size());
    std::vector<int> exactRank(keys.size());
    int shared = 0;
    for (std::size_t i = 0; i < sorted.size(); ++i) {
        if (i > 0 && keys[std::size_t(sorted[i - 1])].compare(keys[std::size_t(sorted[i])]) != 0)
            ++shared;
        rank[std::size_t(sorted[i])] = shared;
        exactRank[std::size_t(sorted[i])] = int(i);
    }
    std::vector<int> ranks(distinctOfText.size());
    if (exact)
        exact->resize(distinctOfText.size());
    for (std::size_t i = 0; i < ranks.size(); ++i) {
        ranks[i] = rank[std::size_t(distinctOfText[i])];
        if (exact)
            (*exact)[i] = exactRank[std::size_t(distinctOfText[i])];
    }
    return ranks;
}

} // namespace rekrutt
