#pragma once

#include "core/i18n/Language.h"

#include <QString>

namespace rekrutt {

/**
 * What every page of a printed document carries besides its text: the header (institution, logo,
 * title), the footer (case reference, page numbers) and the stylesheet of the body. Filled by
 * DocumentBuilder from the template, drawn by the renderer of the user interface.
 */
struct DocumentPage
{
    /** The document's title, from the template's <title>. */
    QString title;
    QString institution;
    /** The institution's logo: a file path or a `data:image/...;base64,` URL; empty for none. */
    QString logo;
    /** The left of the footer, from the template's <meta name="rekrutt-reference">. */
    QString reference;
    /** The right of the footer with %1 (this page) and %2 (pages), from <meta name="rekrutt-pages">. */
    QString pageLabel;
    /** The stylesheet of the body (document.css). */
    QString styleSheet;
    /**
     * For a document of a case with error findings: the banner drawn on every page, naming the rules
     * broken ("DRAFT – not valid: LEAVE-6M, EXT-FRAME"); empty for a document that may be used as it is.
     */
    QString draft;
    Language language = Language::English;
};

} // namespace rekrutt
