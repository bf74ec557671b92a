#pragma once

#include "core/i18n/Language.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace rekrutt {
struct Document;
}

namespace rekrutt::cli {

/**
 * `rekrutt-cli print KIND --db D --case ID --out FILE.pdf [--lang nb|en] [--today YYYY-MM-DD]
 * [--extension N|leave]`: prints one document of a stored case to a PDF file (A4, header, footer,
 * page numbers), exactly as the desktop application exports it. With `--out FILE.html` it writes the
 * filled-in HTML instead.
 */
class PrintCommand
{
    Q_DECLARE_TR_FUNCTIONS(PrintCommand)

public:
    /** The line `rekrutt-cli --help` shows for the verb. */
    static constexpr const char* summary
        = QT_TRANSLATE_NOOP("Cli", "Print a document of a stored case (contract, career plan...) to a PDF file");

    /** Runs the verb. `arguments` start with "rekrutt-cli print". Returns 0, or 2 when nothing was written. */
    static int run(const QStringList& arguments, Language language);

    /**
     * The application object for the command line in `argv`: a QGuiApplication when the verb lays out
     * text (print and letter need fonts), on the "offscreen" platform unless QT_QPA_PLATFORM says otherwise, so
     * that it runs without a display; a QCoreApplication for every other verb.
     */
    static std::unique_ptr<QCoreApplication> createApplication(int& argc, char** argv);

    /** Writes `document` to `path`: its filled-in HTML when the name ends in .html, else the PDF. */
    static bool writeDocument(const Document& document, const QString& path, QString* error);
};

} // namespace rekrutt::cli
