#pragma once

#include "core/i18n/Language.h"

#include <QByteArray>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <cstdio>
#include <optional>

namespace rekrutt::cli {

/** The exit statuses of every verb (case-format.md). */
enum ExitStatus : int {
    /** Done; for `check`: evaluated, no error finding. */
    ExitOk = 0,
    /** `check`: evaluated, at least one error finding. */
    ExitErrorFindings = 1,
    /** Nothing was done: bad usage, or an input that could not be read or evaluated. */
    ExitNotEvaluated = 2,
};

/**
 * One verb of `rekrutt-cli VERB [options] [arguments]`. A verb lives in its own file and is
 * listed in main.cpp's table; its handler gets the arguments after the verb, with
 * "rekrutt-cli VERB" in front in place of the program name, ready for a QCommandLineParser.
 */
struct Command
{
    /** What the user types ("check"). */
    const char* name;
    /** One line for `rekrutt-cli --help`, marked with QT_TRANSLATE_NOOP("Cli", ...). */
    const char* summary;
    /** Runs the verb in `language` (the language of the CLI's texts and the default output language). */
    int (*run)(const QStringList& arguments, Language language);
};

/** Writes `bytes` to standard output as they are. */
inline void writeOut(const QByteArray& bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

/** Writes `text` and a line break to standard error. */
inline void writeErr(const QString& text)
{
    const QByteArray bytes = (text.endsWith(u'\n') ? text : text + u'\n').toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

/**
 * `parser`'s help with a usage line of our own: QCommandLineParser would name the executable by
 * its full path and knows nothing of verbs. `syntax` is the line after "Usage: ".
 */
inline QString helpText(const QCommandLineParser& parser, const QString& syntax)
{
    QString text = parser.helpText();
    const qsizetype firstLineEnd = text.indexOf(u'\n');
    text.replace(0, firstLineEnd < 0 ? text.size() : firstLineEnd,
                 QCoreApplication::translate("QCommandLineParser", "Usage: %1").arg(syntax));
    return text;
}

/** A calendar date written exactly as YYYY-MM-DD (`--today`); a null date for anything else. */
inline QDate parseIsoDate(const QString& text)
{
    if (text.size() != 10)
        return {};
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if ((i == 4 || i == 7) ? c != u'-' : (c < u'0' || c > u'9'))
            return {};
    }
    return QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
}

/** The value of `--lang`: exactly "nb" or "en" (case-format.md); nullopt for anything else. */
inline std::optional<Language> parseLanguage(const QString& code)
{
    if (code == QLatin1StringView("nb"))
        return Language::Bokmal;
    if (code == QLatin1StringView("en"))
        return Language::English;
    return std::nullopt;
}

/**
 * Reports bad usage on standard error: "COMMAND: PROBLEM", the usage line (`syntax`, as for
 * helpText()) and where to find help. Returns ExitNotEvaluated.
 */
inline int usageError(const QString& command, const QString& syntax, const QString& problem)
{
    writeErr(QCoreApplication::translate("Cli", "%1: %2").arg(command, problem) + u'\n'
             + QCoreApplication::translate("QCommandLineParser", "Usage: %1").arg(syntax) + u'\n'
             + QCoreApplication::translate("Cli", "Run '%1 --help' for more information.").arg(command));
    return ExitNotEvaluated;
}

} // namespace rekrutt::cli
