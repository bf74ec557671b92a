// A document made: the values of its template (DocumentValues.h: those every template shares, then the
// document's own), the template filled, and a case with errors marked as a draft.

#include "core/documents/DocumentBuilder.h"

#include "core/documents/DocumentValues.h"

#include "core/documents/Template.h"
#include "core/documents/TemplateLibrary.h"
#include "core/domain/Role.h"
#include "core/i18n/Message.h"
#include "core/rules/Conventions.h"
#include "core/rules/PeriodCalculator.h"
#include "core/rules/Sections.h"

#include <QLocale>
#include <QRegularExpression>
#include <QVariantList>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace rekrutt {

using namespace documents;

namespace {

QString unescapeHtml(QString text)
{
    text.replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s).replace(u"&quot;"_s, u"\""_s);
    text.replace(u"&#39;"_s, u"'"_s).replace(u"&nbsp;"_s, u"\u00a0"_s).replace(u"&amp;"_s, u"&"_s);
    return text;
}

/** The content of `<meta name="NAME" content="...">` in `html`, unescaped; empty when there is none. */
QString metaContent(const QString& html, const QString& name)
{
    const QRegularExpression pattern(u"<meta\\s+name\\s*=\\s*\"%1\"\\s+content\\s*=\\s*\"([^\"]*)\""_s.arg(name),
                                     QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(html);
    return match.hasMatch() ? unescapeHtml(match.captured(1)).simplified() : QString();
}

/**
 * A document of a case with error findings is a draft: a banner on every page names the rules broken
 * (DocumentPage::draft, drawn by the renderer), and a box at the top of the text states each finding. The
 * box goes in here, not in the templates, so that an office's own copy of a template cannot leave it out;
 * its style is inline for the same reason.
 */
void markDraft(Document& document, const Evaluation& evaluation, Language language)
{
    QStringList rules;
    QString items;
    for (const Finding& finding : evaluation.findings) {
        if (finding.severity != Severity::Error)
            continue;
        const QString rule = QString::fromLatin1(finding.rule);
        const QString text = finding.message.render(language);
        if (!rules.contains(rule))
            rules.append(rule);
        document.draftFindings.append(rule + u": "_s + text);
        items += u"<li><b>"_s + rule + u"</b> ("_s + QString::fromUtf8(finding.source).toHtmlEscaped() + u"): "_s
            + text.toHtmlEscaped() + u"</li>"_s;
    }
    if (rules.isEmpty())
        return;
    document.page.draft
        = translate(language, "DocumentBuilder", QT_TRANSLATE_NOOP("DocumentBuilder", "DRAFT – not valid: %1"))
              .arg(rules.join(u", "_s));
    const QString box
        = u"<div style=\"border: 1.5pt solid #b00020; padding: 6pt; margin-bottom: 10pt; color: #b00020;\"><p><b>"_s
        + translate(language, "DocumentBuilder",
                    QT_TRANSLATE_NOOP("DocumentBuilder",
                                      "Draft. The case breaks these rules, and this document is not valid until "
                                      "they are put right:"))
              .toHtmlEscaped()
        + u"</b></p><ul>"_s + items + u"</ul></div>"_s;
    static const QRegularExpression body(u"<body[^>]*>"_s, QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = body.match(document.html);
    document.html.insert(match.hasMatch() ? match.capturedEnd() : 0, box);
}

} // namespace

namespace documents {

std::optional<Document> fillTemplate(const QString& fileName, const QVariantHash& values, const QStringList& folders,
                                     Language language, const QString& fallbackTitle, QString* error)
{
    const TemplateLibrary library(folders);
    const std::optional<QString> text = library.read(fileName, nullptr, error);
    if (!text)
        return std::nullopt;
    const std::optional<QString> css = library.read(DocumentBuilder::styleSheetFileName(), nullptr, error);
    if (!css)
        return std::nullopt;
    const std::optional<Template> parsed = Template::parse(*text, fileName, error);
    if (!parsed)
        return std::nullopt;
    std::optional<QString> html = parsed->render(values, error);
    if (!html)
        return std::nullopt;

    Document document;
    document.page.language = language;
    document.page.styleSheet = *css;
    static const QRegularExpression titlePattern(u"<title>([^<]*)</title>"_s,
                                                 QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch title = titlePattern.match(*html);
    document.page.title = title.hasMatch() ? unescapeHtml(title.captured(1)).simplified() : fallbackTitle;
    document.page.reference = metaContent(*html, u"rekrutt-reference"_s);
    document.page.pageLabel = metaContent(*html, u"rekrutt-pages"_s);
    if (document.page.pageLabel.isEmpty())
        document.page.pageLabel = u"%1 / %2"_s;
    document.html = std::move(*html);
    return document;
}

QString fileNamePart(const QString& text)
{
    QString part = text.toLower();
    for (QChar& ch : part) {
        if (!ch.isLetterOrNumber())
            ch = u'-';
    }
    return part.split(u'-', Qt::SkipEmptyParts).join(u'-');
}

} // namespace documents

QString DocumentBuilder::formatDate(QDate date, Language language)
{
    if (!date.isValid())
        return {};
    static const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    static const QLocale bokmal(QLocale::NorwegianBokmal, QLocale::Norway);
    return language == Language::Bokmal ? bokmal.toString(date, u"d. MMMM yyyy"_s)
                                        : english.toString(date, u"d MMMM yyyy"_s);
}

std::optional<int> DocumentBuilder::defaultExtension(const Case& c)
{
    if (c.extensions.isEmpty())
        return std::nullopt;
    return int(c.extensions.size() - 1);
}

bool DocumentBuilder::draftWhenBroken(DocumentKind kind)
{
    return kind == DocumentKind::Contract || kind == DocumentKind::ExtensionDecision
        || kind == DocumentKind::Recommendation;
}

QString DocumentBuilder::templateFileName(DocumentKind kind, Language language)
{
    return documentKey(kind) + u'.' + languageCode(language) + u".html"_s;
}

QString DocumentBuilder::suggestedFileName(DocumentKind kind, Language language, const Case& c, qint64 caseId)
{
    QString name = documentKey(kind) + u'-' + languageCode(language);
    if (caseId > 0)
        name += u'-' + QString::number(caseId);
    const QString person = fileNamePart(c.person.familyName + u' ' + c.person.givenName);
    if (!person.isEmpty())
        name += u'-' + person;
    return name + u".pdf"_s;
}

QVariantHash DocumentBuilder::values(DocumentKind kind, const DocumentInput& input, Language language)
{
    const Format f {language};
    QVariantHash v = commonValues(input, f);
    switch (kind) {
    case DocumentKind::Contract:
    case DocumentKind::CareerPlan:
    case DocumentKind::PeriodStatement:
        break;
    case DocumentKind::DutyPlan:
        putDutyPlan(v, input, f);
        break;
    case DocumentKind::Recommendation:
        putRecommendation(v, input, f);
        break;
    case DocumentKind::ExtensionDecision:
        putExtensionDecision(v, input, f, nullptr);
        break;
    }
    if (kind == DocumentKind::CareerPlan) {
        putDutyPlan(v, input, f);
        putCareerPlan(v, input, f);
    }
    if (kind == DocumentKind::PeriodStatement || kind == DocumentKind::CareerPlan)
        putDeadlines(v, input, f);
    return v;
}

std::optional<Document> DocumentBuilder::build(DocumentKind kind, const DocumentInput& input, Language language,
                                               QString* error)
{
    if (kind == DocumentKind::ExtensionDecision) {
        QVariantHash probe;
        if (!putExtensionDecision(probe, input, Format {language}, error))
            return std::nullopt;
    }
    std::optional<Document> document
        = fillTemplate(templateFileName(kind, language), values(kind, input, language), input.templateFolders, language,
                       translate(language, "Documents", documentLabel(kind)), error);
    if (!document)
        return std::nullopt;
    document->page.institution = input.institution.isEmpty() ? input.data.institution : input.institution;
    document->page.logo = input.logo;
    if (draftWhenBroken(kind))
        markDraft(*document, input.evaluation, language);
    return document;
}

QString DocumentBuilder::buildHtml(DocumentKind kind, const DocumentInput& input, Language language, QString* error)
{
    const std::optional<Document> document = build(kind, input, language, error);
    return document ? document->html : QString();
}

} // namespace rekrutt
