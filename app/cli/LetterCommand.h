#pragma once

#include "core/i18n/Language.h"

#include <QCoreApplication>
#include <QStringList>

namespace rekrutt::cli {

/**
 * `rekrutt-cli letter KIND --db D --vacancy ID --out FILE.pdf [--applicant ID] [--referee N] [--lang nb|en]
 * [--today YYYY-MM-DD] [--signer NAME] [--interview "YYYY-MM-DD HH:MM"] [--place TEXT]
 * [--answer-by YYYY-MM-DD] [--salary TEXT]`: writes one letter of a stored vacancy (LetterKind) to a PDF file, as
 * the desktop application exports it, or its filled-in HTML with `--out FILE.html`. Without `--applicant`, a letter
 * to an applicant goes to the first the letter is meant for.
 */
class LetterCommand
{
    Q_DECLARE_TR_FUNCTIONS(LetterCommand)

public:
    /** The line `rekrutt-cli --help` shows for the verb. */
    static constexpr const char* summary = QT_TRANSLATE_NOOP(
        "Cli",
        "Write a letter of a vacancy (acknowledgement, rejection, offer...) or its applicant list to a PDF file");

    /**
     * Runs the verb. `arguments` start with "rekrutt-cli letter". Returns 0; 1 when the letter was written but makes
     * no sense for the applicant or the vacancy (the reason on standard error), or the recommendation is a draft;
     * 2 when nothing was written.
     */
    static int run(const QStringList& arguments, Language language);
};

} // namespace rekrutt::cli
