#pragma once

// Internal to core/documents: the values a template is filled with. CommonValues.cpp makes the ones every
// template shares (the person, the period, the leave and extension tables); DocumentValues.cpp adds each
// document's own (the duty plan, the recommendation, the extension decision, the deadlines). DocumentBuilder
// puts them together.

#include "core/documents/DocumentBuilder.h"
#include "core/i18n/Message.h"

#include <QLocale>
#include <QVariantHash>
#include <QVariantList>

#include <cmath>

namespace rekrutt::documents {

using namespace Qt::StringLiterals;

/** Values formatted the way `language` writes them. */
struct Format
{
    Language language;

    QString date(QDate d) const { return DocumentBuilder::formatDate(d, language); }
    /** A date for a narrow table column: "1 Dec 2025" or "01.12.2025". */
    QString shortDate(QDate d) const
    {
        static const QLocale english(QLocale::English, QLocale::UnitedKingdom);
        static const QLocale bokmal(QLocale::NorwegianBokmal, QLocale::Norway);
        if (!d.isValid())
            return {};
        return language == Language::Bokmal ? bokmal.toString(d, u"dd.MM.yyyy"_s)
                                            : english.toString(d, u"d MMM yyyy"_s);
    }
    QString number(double value) const { return formatNumber(value, language); }
    /** "25 %" (Bokmål, with a no-break space) or "25%" (English). */
    QString percent(double value) const
    {
        return language == Language::Bokmal ? QString(number(value) + u"\u00a0%"_s) : QString(number(value) + u'%');
    }
    /** A balance: "−1 695" with a true minus sign, "+12" for a surplus. */
    QString balance(double value) const
    {
        if (std::abs(value) < 0.005)
            return number(0);
        return (value < 0 ? u"\u2212"_s : u"+"_s) + number(std::abs(value));
    }
    template <typename E> QString label(E value) const { return translate(language, "Enums", labelSource(value)); }
};

/**
 * The template `fileName` from the override `folders` or the built-in ones (TemplateLibrary), filled with `values`,
 * with what every page carries: the title of its <title> (else `fallbackTitle`), the footer of its <meta> tags and
 * the stylesheet. The institution and the logo are the caller's to set. Nullopt with `error` for a template missing,
 * broken, or naming a value `values` lacks.
 */
std::optional<Document> fillTemplate(const QString& fileName, const QVariantHash& values, const QStringList& folders,
                                     Language language, const QString& fallbackTitle, QString* error);

/** `text` as part of a file name: lower case, each run of characters other than letters and digits one '-'. */
QString fileNamePart(const QString& text);

/** `text` with a no-break space after every section sign, so that "§ 7.1" never breaks after the sign. */
QString typeset(QString text);

/** The label with its first letter in lower case for running text, unless it starts with an acronym ("MSCA"). */
QString inText(const QString& label);

/** The uh. regulations section of the position type (§ 2); empty for tenure-track, which has its own regulations. */
QString regulationSection(PositionType type);

/** The section of the guidelines that describes the position type. */
QString guidelineSection(PositionType type);

const Deadline* findDeadline(const Evaluation& evaluation, DeadlineId id);

/** Sets `<key>` to the formatted date and `has<Key>` to whether there is one. */
void putDate(QVariantHash& values, const QString& key, QDate date, const Format& f);

void putDeadline(QVariantHash& values, const Evaluation& evaluation, DeadlineId id, const QString& key,
                 const Format& f);

/**
 * The leaves with what each counts in `period` after both caps (C-LEAVE, C-LEAVE-CAP): the figures of the
 * explanation, which add up to the extension for leave before it is rounded up.
 */
/** What every table of leave shows of one: kind, dates, percent and the section it is granted by. */
QVariantHash leaveValues(const Leave& leave, const Format& f);

QVariantList leaveRows(const Case& c, const Period& period, const Format& f);

QVariantList extensionRows(const Case& c, const Format& f);

/** The values every template can use: the institution, the person, the position and the period. */
QVariantHash commonValues(const DocumentInput& input, const Format& f);

/** § 3.3: career-enhancing work per year of employment, planned and completed, with hours. */
void putDutyPlan(QVariantHash& v, const DocumentInput& input, const Format& f);

/** § 5, § 6: the committee, the ranked applicants and the groups rule. */
void putRecommendation(QVariantHash& v, const DocumentInput& input, const Format& f);

/** § 7: the extension decided (or the extension for leave), with the end date before and after it. */
bool putExtensionDecision(QVariantHash& v, const DocumentInput& input, const Format& f, QString* error);

/**
 * § 3.1: what the career plan holds: its goals with their measures, the courses toward Norwegian and educational
 * competence, each employee interview with the update made at it, and the evaluation at the end.
 */
void putCareerPlan(QVariantHash& v, const DocumentInput& input, const Format& f);

void putDeadlines(QVariantHash& v, const DocumentInput& input, const Format& f);

} // namespace rekrutt::documents
