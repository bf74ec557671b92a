#pragma once

#include "core/i18n/Language.h"

#include <QDate>
#include <QList>
#include <QString>

namespace rekrutt {

/**
 * A user-visible text that is translated only when it is shown.
 *
 * Core produces messages (findings, explanation lines, read errors) without knowing the reader's
 * language; the CLI, the UI and the documents render the same message in English or Bokmål.
 * The source text is a string literal marked with QT_TRANSLATE_NOOP("Rules", ...) (or
 * QT_TRANSLATE_N_NOOP for plurals) so that lupdate collects it into translations/.
 *
 * Placeholders %1..%9 take the arguments in order; %n takes the plural count. An argument may
 * itself be translatable (a leave kind, say), and is then rendered in the same language.
 */
class Message
{
public:
    /**
     * One value for a placeholder: plain text, a translatable literal, or a number that is
     * formatted the way the language writes numbers (at most two decimals).
     */
    struct Arg
    {
        Arg(QString text)
            : text(std::move(text))
        { }
        Arg(const char* context, const char* source)
            : context(context)
            , source(source)
        { }
        static Arg number(double value)
        {
            Arg arg {QString()};
            arg.isNumber = true;
            arg.value = value;
            return arg;
        }
        /** A date, written as `language` writes dates (see formatDate()). */
        static Arg date(QDate date)
        {
            Arg arg {QString()};
            arg.isDate = true;
            arg.day = date;
            return arg;
        }
        /** Two dates joined by an en dash ("from–to"), each written as date() writes it. */
        static Arg dateRange(QDate from, QDate to)
        {
            Arg arg = date(from);
            arg.dayTo = to;
            return arg;
        }
        QString text;
        const char* context = nullptr;
        const char* source = nullptr;
        bool isNumber = false;
        bool isDate = false;
        double value = 0;
        QDate day;
        QDate dayTo;
    };

    Message() = default;
    Message(const char* context, const char* source, QList<Arg> args = {}, int n = -1);

    /** The text in `language`, with every placeholder filled in. */
    QString render(Language language) const;

    bool isNull() const { return m_source == nullptr; }
    const char* source() const { return m_source; }

private:
    const char* m_context = nullptr;
    const char* m_source = nullptr;
    QList<Arg> m_args;
    int m_n = -1;
};

/** `value` rounded to two decimals and written as `language` writes numbers (1,695.5 / 1 695,5). */
QString formatNumber(double value, Language language);

/**
 * `date` as `language` writes it in running text and as the date fields show it: DD/MM/YYYY in
 * English (British usage, unambiguous beside Norwegian dates), DD.MM.YYYY in Bokmål. Never ISO in prose.
 */
QString formatDate(QDate date, Language language);

/** Translates `source` of `context` into `language` through Rekrutt's translation catalogues. */
QString translate(Language language, const char* context, const char* source, int n = -1);

} // namespace rekrutt
