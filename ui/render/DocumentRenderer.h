#pragma once

#include "core/documents/DocumentBuilder.h"
#include "core/documents/DocumentPage.h"

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;
class QPainter;

namespace rekrutt {

/**
 * Lays a document's HTML out on A4 and paints it: onto a PDF file, a printer, or the printer of a
 * QPrintPreviewDialog. It needs Qt Gui only (library rekrutt_render); the printer is set up by the caller
 * (PrintActions), so that the command line draws PDFs without Widgets or PrintSupport.
 *
 * The text area has real margins (25 mm left, 20 mm right, 32 mm top, 25 mm bottom). Every page
 * gets a header (the logo, the institution, the document's title) and a footer (the case reference,
 * "Page 2 of 3"). A heading never ends a page: a heading that would be left without the first lines
 * of what follows it (or all of a short table) moves to the next page. Tables take their widths in
 * percent of the text area and text wraps anywhere when a word is wider than its cell, so nothing
 * runs off the page.
 */
class DocumentRenderer
{
    Q_DECLARE_TR_FUNCTIONS(DocumentRenderer)

public:
    /** Writes `document` to the PDF file `path` (replacing it only when the whole file is written). */
    static bool renderPdf(const Document& document, const QString& path, QString* error);
    static bool renderPdf(const QString& html, const DocumentPage& page, const QString& path, QString* error);

    /** Paints the document onto `device` (a QPrinter, a QPdfWriter) from a page of its own; returns the pages painted.
     */
    static int render(QPagedPaintDevice* device, const QString& html, const DocumentPage& page);

    /**
     * Paints with `painter`, already active on `device`, so that several documents share one print
     * job; starts a new page first when `newPageFirst`. Returns the pages painted.
     */
    static int render(QPainter& painter, QPagedPaintDevice* device, const QString& html, const DocumentPage& page,
                      bool newPageFirst);
};

} // namespace rekrutt
