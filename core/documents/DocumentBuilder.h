#pragma once

#include "core/documents/DocumentKind.h"
#include "core/documents/DocumentPage.h"
#include "core/domain/Case.h"
#include "core/i18n/Language.h"
#include "core/rules/Conventions.h"
#include "core/rules/Evaluation.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariantHash>

#include <optional>

namespace rekrutt {

/** Everything a document is filled from (for a stored case: OfficeService::documentInput()). */
struct DocumentInput
{
    Case data;
    /** The evaluation of `data` (Evaluator::evaluate with the case's context). */
    Evaluation evaluation;
    /** The case's number in the database; 0 for a case not saved (the footer then leaves it out). */
    qint64 caseId = 0;
    /** The institution's name for the header (the database setting "institution_name"). */
    QString institution;
    /** The logo for the header: a file path or a data: URL; empty for none (setting "institution_logo"). */
    QString logo;
    /** The date of the document; also decides which career-enhancing work counts as done (C-TODAY). */
    QDate today = QDate::currentDate();
    /** C-HOURS: working hours in one FTE year. */
    double hoursPerFteYear = conventions::defaultHoursPerFteYear;
    /**
     * ExtensionDecision: the index in `data.extensions` of the extension decided; nullopt decides the
     * extension for leave (C-LEAVE). See DocumentBuilder::defaultExtension().
     */
    std::optional<int> extensionIndex;
    /** Folders searched for templates before the built-in ones (TemplateLibrary::searchPath()). */
    QStringList templateFolders;
};

/** A document ready for the renderer: the HTML body and what goes on every page. */
struct Document
{
    QString html;
    DocumentPage page;
    /** The error findings that make the document a draft, each "RULE: message"; empty when it is none. */
    QStringList draftFindings;
};

/**
 * Builds the documents of a case as HTML from the templates in resources/templates/ (one per
 * document and language, see its README.md): collects every value the templates use, formatted for
 * the language (dates as "1. august 2025" or "1 August 2025", numbers by formatNumber()), and fills
 * the template. Core knows no fonts or pages; ui/DocumentRenderer lays the HTML out on A4.
 */
class DocumentBuilder
{
    Q_DECLARE_TR_FUNCTIONS(DocumentBuilder)

public:
    /** The document, or nullopt with `error` (a missing or broken template, an extension that does not exist). */
    static std::optional<Document> build(DocumentKind kind, const DocumentInput& input, Language language,
                                         QString* error);

    /** build()'s HTML alone; empty with `error` on failure. */
    static QString buildHtml(DocumentKind kind, const DocumentInput& input, Language language, QString* error);

    /** Every value the template of `kind` can use, formatted for `language`. */
    static QVariantHash values(DocumentKind kind, const DocumentInput& input, Language language);

    /** "contract.nb.html". */
    static QString templateFileName(DocumentKind kind, Language language);
    /** The stylesheet every template shares. */
    static QString styleSheetFileName() { return QStringLiteral("document.css"); }

    /** "1. august 2025" (Bokmål) or "1 August 2025" (English); empty for a null date. */
    static QString formatDate(QDate date, Language language);

    /** The extension an extension decision decides by default: the last one, or nullopt (leave) when there is none. */
    static std::optional<int> defaultExtension(const Case& c);

    /**
     * Whether a document of `kind` of a case with error findings is printed as a draft: the contract, the
     * extension decision and the recommendation, which would otherwise state a broken case as settled.
     * The career-plan form, the duty plan and the period statement describe the case as it stands.
     */
    static bool draftWhenBroken(DocumentKind kind);

    /** A file name for the document of a case: "contract-nb-12-nilsen-kari.pdf". */
    static QString suggestedFileName(DocumentKind kind, Language language, const Case& c, qint64 caseId);
};

} // namespace rekrutt
