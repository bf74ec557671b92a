#pragma once

#include "core/rules/Evaluation.h"

#include <QColor>
#include <QIcon>
#include <QList>
#include <QPalette>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>
#include <vector>

class QComboBox;
class QEvent;
class QTableView;
class QWidget;

class QCollator;

namespace rekrutt {

/**
 * Sets up `view` as the overview pages (cases, deadlines, waiting for me) show their rows: whole rows
 * selected in `mode`, read-only, elided text, no row numbers, and a fixed row height, so that the view
 * never measures every row of a long list.
 */
void setUpOverviewTable(QTableView* view, int selectionMode);

/** Enter or Return without modifiers (the keypad's counts too): the key that opens the current row. */
bool isOpenKey(const QEvent* event);

/**
 * Whether `page` is a page of a shown window that cannot be seen because another page is in
 * front of it (a tab that is not the current one). A page that reads the whole case list then reads
 * it when it is next shown, so that opening a database of 100,000 cases pays only for what is shown
 * (docs/performance.md). A page that is a window of its own, or in a window not shown yet, loads at
 * once.
 */
bool isBehindAnotherPage(const QWidget* page);

/**
 * Colours for the state of a row, derived from a palette so that they read on its Base and
 * AlternateBase colours in light and dark themes alike (at least 4.5:1, WCAG AA).
 */
namespace listColors {
/** Overdue deadlines and errors: a red. */
QColor negative(const QPalette& palette);
/** Warnings and deadlines close at hand: an orange. */
QColor warning(const QPalette& palette);
/** What matters less (a count of zero, an ended appointment). */
QColor dimmed(const QPalette& palette);
/** Links: the palette's link colour, made lighter or darker where it would not read on Base. */
QColor link(const QPalette& palette);
/** A small round "!" in the negative colour, for overdue deadlines. */
QIcon overdueIcon(const QPalette& palette);
} // namespace listColors

/** The translated label of the deadline with key `key`; the key itself when it is unknown. */
QString deadlineLabelText(QStringView key);

/** Adds every position type to a filter combo, in the order the lists use, each with its PositionType as data. */
void addPositionTypes(QComboBox* combo);

/**
 * Fills a unit filter combo with `allText` (data: an empty text) and `units`, keeping the unit chosen
 * before; returns false when that unit is no longer among them (then "all" is chosen).
 */
bool setUnitItems(QComboBox* combo, const QString& allText, const QStringList& units);

/** Whether every word of `search` occurs, ignoring case, in one of `texts`; true for an empty search. */
bool matchesEveryWord(const QString& search, const QStringList& texts);

/** "Nilsen, Kari": how the lists name a person. */
QString listName(const QString& familyName, const QString& givenName);

/** A date in the locale's short format; empty for an invalid date. */
QString shortDate(QDate date);

/**
 * How every list of the application orders text (names, units, positions): the default locale's
 * collation, without regard to letter case, and with numbers by their value ("Group 2" before
 * "Group 10"). The one collator of the lists; compareForLists() and collationRanks() use it.
 */
const QCollator& listCollator();

/** -1, 0 or 1: `a` before, with or after `b` in listCollator(). */
int compareForLists(const QString& a, const QString& b);

/** Sorts `texts` in listCollator(), texts it holds equal by their code points (so the order is always the same). */
void sortForLists(QStringList& texts);

/**
 * The rank of each of `texts` in listCollator(), for sorting many rows by integers instead of comparing
 * texts in each of n·log n comparisons. Each distinct text is collated once (one QCollator sort key), so a
 * name many people bear costs one. Texts the collation holds equal share a rank; `exact`, when
 * given, receives ranks that tell such texts apart by their code points (one rank per distinct text).
 */
std::vector<int> collationRanks(const QList<QString>& texts, std::vector<int>* exact = nullptr);

} // namespace rekrutt
