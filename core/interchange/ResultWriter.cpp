#include "core/interchange/ResultWriter.h"

#include "core/interchange/CaseWriter.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace rekrutt {

namespace {

/** "Numbers with a fraction are rounded to 2 decimals" (case-format.md). */
double rounded(double value)
{
    const double result = std::round(value * 100.0) / 100.0;
    return result == 0 ? 0.0 : result; // no "-0"
}

} // namespace

QByteArray ResultWriter::write(const Evaluation& evaluation, Language language)
{
    OrderedJsonWriter w;
    w.beginObject();
    w.key("format"_L1).text(u"rekrutt-result/1"_s);
    w.key("ruleSet"_L1).text(toKey(evaluation.ruleSet));

    const Period& period = evaluation.period;
    w.key("period"_L1).beginObject();
    w.key("start"_L1).date(period.start);
    w.key("nominalEnd"_L1).date(period.nominalEnd);
    w.key("leaveExtensionDays"_L1).integer(period.leaveExtensionDays);
    w.key("grantedExtensionDays"_L1).integer(period.grantedExtensionDays);
    w.key("pendingExtensionDays"_L1).integer(period.pendingExtensionDays);
    w.key("end"_L1).date(period.end);
    w.key("frameEnd"_L1).date(period.frameEnd);
    w.endObject();

    if (evaluation.doctoralWorkFteMonths)
        w.key("doctoralWorkFteMonths"_L1).number(rounded(*evaluation.doctoralWorkFteMonths));
    else
        w.key("doctoralWorkFteMonths"_L1).null();

    w.key("timeAccount"_L1).beginObject();
    w.key("contractedHours"_L1).number(rounded(evaluation.timeAccount.contractedHours));
    w.key("creditedHours"_L1).number(rounded(evaluation.timeAccount.creditedHours));
    w.endObject();

    w.key("deadlines"_L1).beginArray();
    for (const Deadline& deadline : evaluation.deadlines) {
        w.beginObject();
        w.key("id"_L1).text(QString::fromUtf8(deadlineKey(deadline.id)));
        w.key("rule"_L1).text(QString::fromUtf8(deadlineRule(deadline.id)));
        w.key("due"_L1).date(deadline.due);
        w.key("done"_L1).boolean(deadline.done);
        w.endObject();
    }
    w.endArray();

    w.key("findings"_L1).beginArray();
    for (const Finding& finding : evaluation.findings) {
        w.beginObject();
        w.key("rule"_L1).text(QString::fromUtf8(finding.rule));
        w.key("severity"_L1).text(severityKey(finding.severity));
        w.key("source"_L1).text(QString::fromUtf8(finding.source));
        w.key("message"_L1).text(finding.message.render(language));
        w.endObject();
    }
    w.endArray();

    w.key("explanation"_L1).beginArray();
    for (const Message& line : evaluation.explanation)
        w.text(line.render(language));
    w.endArray();

    w.endObject();
    return w.finish();
}

} // namespace rekrutt
