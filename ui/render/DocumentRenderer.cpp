#include "ui/render/DocumentRenderer.h"
#include "core/interchange/PrivateFile.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QFontMetricsF>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace rekrutt {

namespace {

// The page in millimetres: A4 with the text area inside these margins, the header above it and the
// footer below it.
constexpr qreal marginLeftMm = 25;
constexpr qreal marginRightMm = 20;
constexpr qreal marginTopMm = 32;
constexpr qreal marginBottomMm = 25;
constexpr qreal headerTopMm = 13;
constexpr qreal headerRuleMm = 24;
constexpr qreal footerRuleMm = 297 - 17;
constexpr qreal logoHeightMm = 10;

const QString fontFamily = u"DejaVu Sans"_s;

/** Millimetres to the device's pixels. */
struct Scale
{
    qreal dpiX;
    qreal dpiY;
    qreal x(qreal mm) const { return mm / 25.4 * dpiX; }
    qreal y(qreal mm) const { return mm / 25.4 * dpiY; }
};

QImage loadLogo(const QString& logo)
{
    if (logo.isEmpty())
        return {};
    if (logo.startsWith(u"data:"_s)) {
        const qsizetype comma = logo.indexOf(u',');
        if (comma < 0)
            return {};
        return QImage::fromData(QByteArray::fromBase64(logo.mid(comma + 1).toLatin1()));
    }
    return QImage(logo);
}

/** A table shorter than this share of the page is never split across pages. */
constexpr qreal shortTableShare = 1.0 / 3.0;

qreal pageTopOf(qreal y, qreal pageHeight)
{
    return std::floor(y / pageHeight) * pageHeight;
}

/** The bottom of the first two rows of `table` (or all of it when shorter), where a heading needs it. */
qreal firstRowsBottom(QAbstractTextDocumentLayout* layout, QTextTable* table)
{
    qreal bottom = layout->frameBoundingRect(table).top();
    const int lastRow = std::min(table->rows(), 2 + table->format().headerRowCount()) - 1;
    for (int column = 0; column < table->columns(); ++column) {
        const QTextTableCell cell = table->cellAt(lastRow, column);
        if (cell.isValid())
            bottom = std::max(bottom, layout->blockBoundingRect(cell.lastCursorPosition().block()).bottom());
    }
    return bottom;
}

/** Where the part of a table that must stay with what comes before it ends: all of a short table, else two rows. */
qreal tableKeepBottom(QAbstractTextDocumentLayout* layout, QTextTable* table, qreal pageHeight)
{
    const QRectF rect = layout->frameBoundingRect(table);
    return rect.height() < pageHeight * shortTableShare ? rect.bottom() : firstRowsBottom(layout, table);
}

/** The bottom of the first two lines of `block` (all of it when it has fewer). */
qreal firstLinesBottom(QAbstractTextDocumentLayout* layout, const QTextBlock& block)
{
    const QRectF rect = layout->blockBoundingRect(block);
    const QTextLayout* text = block.layout();
    if (text && text->lineCount() > 2)
        return rect.top() + text->lineAt(1).rect().bottom();
    return rect.bottom();
}

/**
 * What must stay on the page of the heading at `it`: the heading and the first two lines of the
 * paragraph after it; or, when a table follows (directly or after one short introductory paragraph),
 * the table too (all of a short one, the first rows of a long one). Returns its bottom.
 */
qreal headingKeepBottom(QAbstractTextDocumentLayout* layout, QTextFrame::iterator it, qreal pageHeight)
{
    qreal bottom = layout->blockBoundingRect(it.currentBlock()).bottom();
    ++it;
    for (int step = 0; step < 2 && !it.atEnd(); ++step, ++it) {
        if (auto* table = qobject_cast<QTextTable*>(it.currentFrame()))
            return std::max(bottom, tableKeepBottom(layout, table, pageHeight));
        if (it.currentFrame())
            return bottom;
        const QTextBlock block = it.currentBlock();
        QTextFrame::iterator after = it;
        ++after;
        const bool introducesTable = !after.atEnd() && qobject_cast<QTextTable*>(after.currentFrame());
        const QTextLayout* text = block.layout();
        if (step == 0 && introducesTable && text && text->lineCount() <= 3) {
            bottom = std::max(bottom, layout->blockBoundingRect(block).bottom());
            continue;
        }
        return std::max(bottom, firstLinesBottom(layout, block));
    }
    return bottom;
}

/**
 * Keeps what belongs together on one page: a heading never ends a page (it moves to the next with
 * what follows it), and a short table is never split. Goes through the document in order, so that
 * each move is measured after the ones before it.
 */
void keepTogether(QTextDocument& doc, qreal pageHeight, qreal slack)
{
    QAbstractTextDocumentLayout* layout = doc.documentLayout();
    QTextFrame* root = doc.rootFrame();
    for (QTextFrame::iterator it = root->begin(); !it.atEnd(); ++it) {
        if (auto* table = qobject_cast<QTextTable*>(it.currentFrame())) {
            const QRectF rect = layout->frameBoundingRect(table);
            const qreal pageTop = pageTopOf(rect.top(), pageHeight);
            if (rect.height() < pageHeight * shortTableShare && rect.bottom() > pageTop + pageHeight
                && rect.top() - pageTop >= slack) {
                QTextTableFormat format = table->format();
                format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                table->setFormat(format);
            }
            continue;
        }
        if (it.currentFrame())
            continue;
        const QTextBlock block = it.currentBlock();
        const QTextBlockFormat format = block.blockFormat();
        if (format.headingLevel() == 0 || (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore))
            continue;
        const qreal top = layout->blockBoundingRect(block).top();
        const qreal pageTop = pageTopOf(top, pageHeight);
        if (top - pageTop < slack || headingKeepBottom(layout, it, pageHeight) <= pageTop + pageHeight)
            continue;
        QTextBlockFormat moved;
        moved.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(block).mergeBlockFormat(moved);
    }
}

void drawHeaderAndFooter(QPainter& painter, const Scale& s, const DocumentPage& page, const QImage& logo,
                         int pageNumber, int pageCount)
{
    const qreal left = s.x(marginLeftMm);
    const qreal right = s.x(210 - marginRightMm);
    const qreal width = right - left;
    const QColor ink(0x1a, 0x1a, 0x1a);
    const QColor grey(0x5f, 0x63, 0x68);
    const QColor accent(0x00, 0x28, 0x5a);

    painter.save();
    QPen rule(grey);
    rule.setWidthF(s.y(0.2));
    painter.setPen(rule);
    painter.drawLine(QPointF(left, s.y(headerRuleMm)), QPointF(right, s.y(headerRuleMm)));
    painter.drawLine(QPointF(left, s.y(footerRuleMm)), QPointF(right, s.y(footerRuleMm)));

    // Header: the logo and the institution on the left, the document's title on the right.
    qreal textLeft = left;
    const QRectF headerBand(left, s.y(headerTopMm), width, s.y(headerRuleMm - 2 - headerTopMm));
    if (!logo.isNull()) {
        const qreal height = s.y(logoHeightMm);
        const qreal logoWidth = std::min(height * logo.width() / std::max(1, logo.height()), s.x(45));
        const QRectF target(left, headerBand.bottom() - height, logoWidth, height);
        painter.drawImage(target, logo);
        textLeft = target.right() + s.x(4);
    }
    QFont institutionFont(fontFamily);
    institutionFont.setPointSizeF(10);
    institutionFont.setBold(true);
    QFont titleFont(fontFamily);
    titleFont.setPointSizeF(8.5);
    const qreal half = (right - textLeft) / 2;
    painter.setFont(institutionFont);
    painter.setPen(accent);
    const QString institution = QFontMetricsF(institutionFont, painter.device())
                                    .elidedText(page.institution, Qt::ElideRight, half + half / 3);
    painter.drawText(QRectF(textLeft, headerBand.top(), half + half / 3, headerBand.height()),
                     Qt::AlignLeft | Qt::AlignBottom, institution);
    painter.setFont(titleFont);
    painter.setPen(grey);
    const QString title
        = QFontMetricsF(titleFont, painter.device()).elidedText(page.title, Qt::ElideRight, half - half / 3);
    painter.drawText(QRectF(right - (half - half / 3), headerBand.top(), half - half / 3, headerBand.height()),
                     Qt::AlignRight | Qt::AlignBottom, title);

    // A draft (a case with error findings): a red band under the header on every page names the rules broken.
    if (!page.draft.isEmpty()) {
        const QColor red(0xb0, 0x00, 0x20);
        const QRectF band(left, s.y(headerRuleMm + 1), width, s.y(5.5));
        QPen border(red);
        border.setWidthF(s.y(0.4));
        painter.setPen(border);
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(band);
        QFont draftFont(fontFamily);
        draftFont.setPointSizeF(8.5);
        draftFont.setBold(true);
        painter.setFont(draftFont);
        painter.drawText(
            band, Qt::AlignCenter,
            QFontMetricsF(draftFont, painter.device()).elidedText(page.draft, Qt::ElideRight, width - s.x(4)));
    }

    // Footer: the case reference on the left, the page number on the right.
    QFont footerFont(fontFamily);
    footerFont.setPointSizeF(8);
    painter.setFont(footerFont);
    const QRectF footerBand(left, s.y(footerRuleMm + 1.5), width, s.y(6));
    const QString pages = QString(page.pageLabel)
                              .replace(u"%1"_s, QString::number(pageNumber))
                              .replace(u"%2"_s, QString::number(pageCount));
    const QFontMetricsF metrics(footerFont, painter.device());
    const qreal pagesWidth = metrics.horizontalAdvance(pages) + s.x(2);
    painter.drawText(QRectF(right - pagesWidth, footerBand.top(), pagesWidth, footerBand.height()),
                     Qt::AlignRight | Qt::AlignTop, pages);
    painter.setPen(grey);
    painter.drawText(QRectF(left, footerBand.top(), width - pagesWidth - s.x(4), footerBand.height()),
                     Qt::AlignLeft | Qt::AlignTop,
                     metrics.elidedText(page.reference, Qt::ElideRight, width - pagesWidth - s.x(4)));
    painter.restore();
}

} // namespace

int DocumentRenderer::render(QPagedPaintDevice* device, const QString& html, const DocumentPage& page)
{
    QPainter painter;
    if (!painter.begin(device))
        return 0;
    const int pages = render(painter, device, html, page, false);
    painter.end();
    return pages;
}

int DocumentRenderer::render(QPainter& painter, QPagedPaintDevice* device, const QString& html,
                             const DocumentPage& page, bool newPageFirst)
{
    const Scale s {qreal(device->logicalDpiX()), qreal(device->logicalDpiY())};
    const QRectF content(s.x(marginLeftMm), s.y(marginTopMm), s.x(210 - marginLeftMm - marginRightMm),
                         s.y(297 - marginTopMm - marginBottomMm));

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(device);
    QFont font(fontFamily);
    font.setPointSizeF(9.5);
    doc.setDefaultFont(font);
    doc.setDocumentMargin(0);
    QTextOption option = doc.defaultTextOption();
    // A word wider than its cell (a long e-mail address) breaks rather than running off the page.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    doc.setDefaultTextOption(option);
    doc.setDefaultStyleSheet(page.styleSheet);
    // The templates link document.css so that they can be opened in a browser; here it is the default stylesheet.
    doc.addResource(QTextDocument::StyleSheetResource, QUrl(u"document.css"_s), QString());
    doc.setHtml(html);
    doc.setPageSize(content.size());
    keepTogether(doc, content.height(), s.y(2));
    const int pageCount = doc.pageCount();
    const QImage logo = loadLogo(page.logo);

    // The painter's origin is the device's paint rectangle; draw in the coordinates of the whole sheet.
    const QPointF origin = -device->pageLayout().paintRectPixels(int(s.dpiX)).topLeft();
    for (int index = 0; index < pageCount; ++index) {
        if (index > 0 || newPageFirst)
            device->newPage();
        painter.save();
        painter.translate(origin);
        drawHeaderAndFooter(painter, s, page, logo, index + 1, pageCount);
        painter.translate(content.left(), content.top() - index * content.height());
        QAbstractTextDocumentLayout::PaintContext context;
        // A little room at the sides for the outer borders of full-width tables; none above or below,
        // where the neighbouring pages' text is.
        context.clip = QRectF(-s.x(2), index * content.height(), content.width() + s.x(4), content.height());
        context.palette.setColor(QPalette::Text, QColor(0x1a, 0x1a, 0x1a));
        painter.setClipRect(context.clip);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();
    }
    return pageCount;
}

bool DocumentRenderer::renderPdf(const QString& html, const DocumentPage& page, const QString& path, QString* error)
{
    QSaveFile file(path);
    if (!openPrivate(file)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        writer.setTitle(page.title);
        writer.setCreator(u"Rekrutt"_s);
        if (render(&writer, html, page) == 0) {
            file.cancelWriting();
            if (error)
                *error = tr("Cannot write %1: the document could not be laid out.").arg(path);
            return false;
        }
    }
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool DocumentRenderer::renderPdf(const Document& document, const QString& path, QString* error)
{
    return renderPdf(document.html, document.page, path, error);
}

} // namespace rekrutt
