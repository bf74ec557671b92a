#include "core/rules/Conventions.h"
#include "core/rules/Evaluator.h"
#include "core/rules/PeriodCalculator.h"
#include "tests/common/CaseGenerator.h"

#include <QTest>

#include <algorithm>
#include <vector>

using namespace rekrutt;
using rekrutt::testing::CaseGenerator;

/**
 * Properties that rules.md implies for every case, checked over a few thousand generated ones:
 * monotony and order independence of C-LEAVE, C-FIXPOINT and C-GRANTS, the bounds of C-FRAME, a
 * day-by-day recount of the period, and deterministic evaluation.
 */
class TestInvariants : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void endIsNeverBeforeTheNominalEnd();
    void addingExtendingLeaveNeverMovesTheEndEarlier();
    void addingOtherLeaveChangesNothing();
    void theOrderOfLeavesDoesNotMatter();
    void splittingALeaveInTwoChangesNothing();
    void approvedDaysAddExactlyToTheEndWithoutLeave();
    void frameEndIsNeverBeforeTheFrame();
    void thePeriodMatchesADayByDayCount();
    void evaluationIsDeterministic();

private:
    static constexpr quint64 seed = 0x5EC7'2025'0801ULL;
    static constexpr qsizetype caseCount = 3000;
    QList<Case> m_cases;
    QList<Period> m_periods;
};

namespace {

/** A short description of the parts of a case that the period depends on, for failure messages. */
QByteArray describe(qsizetype index, const Case& c)
{
    QString text = QStringLiteral("case %1: %2 from %3, %4 months at %5 %")
                       .arg(index)
                       .arg(toKey(c.appointment.type), c.appointment.start.toString(Qt::ISODate))
                       .arg(c.appointment.lengthMonths)
                       .arg(c.appointment.ftePercent);
    if (c.appointment.hoursPerWeek)
        text += QStringLiteral(", %1 h/week").arg(*c.appointment.hoursPerWeek);
    for (const Leave& l : c.leaves) {
        text += QStringLiteral("; %1 %2–%3 at %4 %")
                    .arg(toKey(l.kind), l.from.toString(Qt::ISODate), l.to.toString(Qt::ISODate))
                    .arg(l.percent);
    }
    for (const Extension& e : c.extensions)
        text += QStringLiteral("; %1 %2 days %3").arg(toKey(e.kind)).arg(e.days).arg(toKey(e.status));
    return text.toUtf8();
}

QByteArray differ(qsizetype index, const Case& c, const Period& a, const Period& b)
{
    auto show = [](const Period& p) {
        return QStringLiteral("[nominal %1, leave %2, granted %3, pending %4, end %5, frame %6]")
            .arg(p.nominalEnd.toString(Qt::ISODate))
            .arg(p.leaveExtensionDays)
            .arg(p.grantedExtensionDays)
            .arg(p.pendingExtensionDays)
            .arg(p.end.toString(Qt::ISODate), p.frameEnd.toString(Qt::ISODate));
    };
    return describe(index, c) + "\n   " + show(a).toUtf8() + "\n ≠ " + show(b).toUtf8();
}

/**
 * The period computed the plain way, straight from rules.md: every day from the start weighed on
 * its own (C-LEAVE, in whole percent so that nothing is lost to rounding), the end found by
 * repeating until it stops moving (C-FIXPOINT), C-GRANTS and C-FRAME as written.
 */
Period recount(const Case& c)
{
    const Appointment& a = c.appointment;
    Period p;
    p.start = a.start;
    p.nominalEnd = conventions::periodEnd(a.start, a.lengthMonths);
    int frameDays = 0;
    for (const Extension& e : c.extensions) {
        if (e.status == DecisionStatus::Approved) {
            p.grantedExtensionDays += e.days;
            if (e.kind != ExtensionKind::DutyIncrease && e.kind != ExtensionKind::NorwegianTraining)
                frameDays += e.days;
        } else if (e.status == DecisionStatus::Proposed) {
            p.pendingExtensionDays += e.days;
        }
    }
    const QDate base = p.nominalEnd.addDays(p.grantedExtensionDays);

    // The end can move at most by every extending leave day; weigh each day up to there once.
    qint64 leaveDays = 0;
    for (const Leave& l : c.leaves)
        leaveDays += conventions::inclusiveDays(l.from, l.to);
    const qint64 horizon = a.start.daysTo(base) + leaveDays + 1;
    std::vector<qint64> percentDaysUpTo(static_cast<std::size_t>(horizon) + 1, 0);
    // C-LEAVE-CAP: walking the days from the start, the six-month kinds count while 183 weighed days last.
    qint64 sixMonthsLeft = 183 * 100;
    for (qint64 i = 0; i <= horizon; ++i) {
        const QDate day = a.start.addDays(i);
        int capped = 0;
        int other = 0;
        for (const Leave& l : c.leaves) {
            if (leaveExtends(l) && l.from <= day && day <= l.to)
                (leaveIsCapped(l.kind) ? capped : other) += l.percent;
        }
        const int counted = static_cast<int>(std::min<qint64>(std::min(capped, 100), sixMonthsLeft));
        sixMonthsLeft -= counted;
        const qint64 before = i == 0 ? 0 : percentDaysUpTo[static_cast<std::size_t>(i - 1)];
        percentDaysUpTo[static_cast<std::size_t>(i)] = before + std::min(counted + other, 100);
    }

    QDate end = base;
    for (;;) {
        const qint64 index = a.start.daysTo(end);
        const qint64 percentDays = index < 0 ? 0 : percentDaysUpTo[static_cast<std::size_t>(index)];
        p.leaveExtensionDays = static_cast<int>((percentDays + 99) / 100);
        const QDate next = base.addDays(p.leaveExtensionDays);
        if (next == end)
            break;
        end = next;
    }
    p.end = end;

    const int frameMonths = conventions::frameMonths(a);
    if (frameMonths > 0)
        p.frameEnd = conventions::periodEnd(a.start, frameMonths).addDays(p.leaveExtensionDays + frameDays);
    return p;
}

QStringList rendered(const QList<Message>& messages)
{
    QStringList lines;
    for (const Message& m : messages)
        lines.append(m.render(Language::English) + u'\n' + m.render(Language::Bokmal));
    return lines;
}

QStringList summary(const Evaluation& e)
{
    QStringList lines;
    lines.append(toKey(e.ruleSet));
    lines.append(e.doctoralWorkFteMonths ? QString::number(*e.doctoralWorkFteMonths, 'g', 17) : QStringLiteral("null"));
    lines.append(QString::number(e.timeAccount.contractedHours, 'g', 17) + u' '
                 + QString::number(e.timeAccount.creditedHours, 'g', 17));
    for (const Deadline& d : e.deadlines) {
        lines.append(QString::fromLatin1(deadlineKey(d.id)) + u' ' + d.due.toString(Qt::ISODate) + u' '
                     + (d.done ? u'1' : u'0') + u' ' + d.doneOn.toString(Qt::ISODate));
    }
    for (const Finding& f : e.findings) {
        lines.append(QString::fromLatin1(f.rule) + u' ' + severityKey(f.severity) + u' ' + QString::fromUtf8(f.source)
                     + u' ' + f.field + u' ' + f.message.render(Language::English) + u' '
                     + f.message.render(Language::Bokmal));
    }
    lines += rendered(e.explanation);
    return lines;
}

} // namespace

void TestInvariants::initTestCase()
{
    CaseGenerator generator(seed);
    m_cases = generator.generate(caseCount);
    m_periods.reserve(m_cases.size());
    for (const Case& c : std::as_const(m_cases))
        m_periods.append(PeriodCalculator::compute(c));
}

// C-FIXPOINT: end = nominalEnd + granted + leave, all of them ≥ 0.
void TestInvariants::endIsNeverBeforeTheNominalEnd()
{
    for (qsizetype i = 0; i < m_cases.size(); ++i) {
        const Period& p = m_periods.at(i);
        QVERIFY2(p.end >= p.nominalEnd, describe(i, m_cases.at(i)));
        QVERIFY2(p.end >= p.nominalEnd.addDays(p.grantedExtensionDays), describe(i, m_cases.at(i)));
        QVERIFY2(p.leaveExtensionDays >= 0 && p.pendingExtensionDays >= 0, describe(i, m_cases.at(i)));
        QCOMPARE(p.end, p.nominalEnd.addDays(p.grantedExtensionDays + p.leaveExtensionDays));
    }
}

// C-LEAVE weights only add up: more leave never shortens the period. Not so for the six-month kinds
// (C-LEAVE-CAP): one added early uses up the six months in date order, also on days that other leave
// fills already, and a later one of those kinds may then count less. So the leave added here is of the
// other kinds.
void TestInvariants::addingExtendingLeaveNeverMovesTheEndEarlier()
{
    CaseGenerator extra(seed + 1);
    for (qsizetype i = 0; i < m_cases.size(); ++i) {
        Case c = m_cases.at(i);
        const Period& before = m_periods.at(i);
        Leave added;
        do {
            added = extra.randomExtendingLeave(c.appointment.start.addDays(-30), before.end.addDays(30));
        } while (leaveIsCapped(added.kind));
        c.leaves.append(added);
        const Period after = PeriodCalculator::compute(c);
        QVERIFY2(after.end >= before.end, differ(i, c, after, before));
        QVERIFY2(after.leaveExtensionDays >= before.leaveExtensionDays, differ(i, c, after, before));
        QVERIFY2(after.frameEnd.isNull() || after.frameEnd >= before.frameEnd, differ(i, c, after, before));
    }
}

// LEAVE-EXT: `other` leave gives no extension, wherever it lies.
void TestInvariants::addingOtherLeaveChangesNothing()
{
    CaseGenerator extra(seed + 2);
    for (qsizetype i = 0; i < m_cases.size(); ++i) {
        Case c = m_cases.at(i);
        const Period& before = m_periods.at(i);
        c.leaves.append(extra.randomLeave(c.appointment.start.addDays(-30), before.end.addDays(30), LeaveKind::Other));
        const Period after = PeriodCalculator::compute(c);
        QVERIFY2(after == before, differ(i, c, after, before));
    }
}

// C-LEAVE weighs days, not leaves: the order in which leaves are listed does not matter.
void TestInvariants::theOrderOfLeavesDoesNotMatter()
{
    CaseGenerator extra(seed + 3);
    for (qsizetype i = 0; i < m_cases.size(); ++i) {
        if (m_cases.at(i).leaves.size() < 2)
            continue;
        Case c = m_cases.at(i);
        std::reverse(c.leaves.begin(), c.leaves.end());
        Period after = PeriodCalculator::compute(c);
        QVERIFY2(after == m_periods.at(i), differ(i, c, after, m_periods.at(i)));

        // Fisher–Yates with the generator's own portable draws.
        for (qsizetype k = c.leaves.size() - 1; k > 0; --k)
            c.leaves.swapItemsAt(k, extra.uniform(0, static_cast<int>(k)));
        after = PeriodCalculator::compute(c);
        QVERIFY2(after == m_periods.at(i), differ(i, c, after, m_periods.at(i)));
    }
}

// C-LEAVE weighs days: two adjacent leaves of the same kind and percent weigh as one.
void TestInvariants::splittingALeaveInTwoChangesNothing()
{
    CaseGenerator extra(seed + 4);
    int splits = 0;
    for (qsizetype i = 0; i < m_cases.size(); ++i) {
        const Case& original = m_cases.at(i);
        for (qsizetype k = 0; k < original.leaves.size(); ++k) {
            const Leave& leave = original.leaves.at(k);
            if (leave.from >= leave.to)
                continue;
            const QDate last = extra.randomDate(leave.from, leave.to.addDays(-1));
            Leave tail = leave;
            tail.from = last.addDays(1);
            Case c = original;
            c.leaves[k].to = last;
            c.leaves.append(tail);
            const Period after = PeriodCalculator::compute(c);
            QVERIFY2(after == m_periods.at(i), differ(i, c, after, m_periods.at(i)));
            ++splits;
        }
    }
    QVERIFY2(splits > 1000, "the generator should give plenty of leaves to split");
}

// C-GRANTS: without leave, approved days are the whole extension; proposed ones move nothing.
void TestInvariants::approvedDaysAddExactlyToTheEndWithoutLeave()
{
    CaseGenerator extra(seed + 5);
    for (qsizetype i = 0; i < m_cases.size(); ++i) {
        Case c = m_cases.at(i);
        c.leaves.clear();
        const Period before = PeriodCalculator::compute(c);
        QCOMPARE(before.leaveExtensionDays, 0);
        QCOMPARE(before.end, before.nominalEnd.addDays(before.grantedExtensionDays));

        const Extension approved = extra.randomExtension(DecisionStatus::Approved);
        c.extensions.append(approved);
        const Period after = PeriodCalculator::compute(c);
        QVERIFY2(after.end == before.end.addDays(approved.days), differ(i, c, after, before));
        QCOMPARE(after.grantedExtensionDays, before.grantedExtensionDays + approved.days);
        QCOMPARE(after.pendingExtensionDays, before.pendingExtensionDays);

        const Extension proposed = extra.randomExtension(DecisionStatus::Proposed);
        c.extensions.append(proposed);
        const Period pending = PeriodCalculator::compute(c);
        QCOMPARE(pending.end, after.end);
        QCOMPARE(pending.pendingExtensionDays, after.pendingExtensionDays + proposed.days);
    }
}

// C-FRAME: leave and extension only ever add to the frame; no frame for tenure-track and dual competence.
void TestInvariants::frameEndIsNeverBeforeTheFrame()
{
    for (qsizetype i = 0; i < m_cases.size(); ++i) {
        const Case& c = m_cases.at(i);
        const Period& p = m_periods.at(i);
        const bool noFrame = c.appointment.type == PositionType::TenureTrackPostdoc
            || c.appointment.type == PositionType::DualCompetence;
        QVERIFY2(p.frameEnd.isNull() == noFrame, describe(i, c));
        if (p.frameEnd.isNull())
            continue;
        const QDate frame = conventions::periodEnd(c.appointment.start, conventions::frameMonths(c.appointment));
        QVERIFY2(p.frameEnd >= frame, describe(i, c));
        QVERIFY2(p.frameEnd >= frame.addDays(p.leaveExtensionDays), describe(i, c));
    }
}

// The interval arithmetic of PeriodCalculator against a plain day-by-day count of rules.md.
void TestInvariants::thePeriodMatchesADayByDayCount()
{
    for (qsizetype i = 0; i < m_cases.size(); ++i) {
        const Period expected = recount(m_cases.at(i));
        QVERIFY2(m_periods.at(i) == expected, differ(i, m_cases.at(i), m_periods.at(i), expected));
    }
}

// The same case and context give the same evaluation, to the last explanation line.
void TestInvariants::evaluationIsDeterministic()
{
    EvaluationContext context;
    context.today = QDate(2026, 11, 23);
    for (qsizetype i = 0; i < m_cases.size(); i += 3) {
        const Case copy = m_cases.at(i);
        const Evaluation first = Evaluator::evaluate(m_cases.at(i), context);
        const Evaluation second = Evaluator::evaluate(copy, context);
        QVERIFY2(first.period == m_periods.at(i), differ(i, copy, first.period, m_periods.at(i)));
        QVERIFY2(first.period == second.period, describe(i, copy));
        QCOMPARE(summary(first), summary(second));
    }
}

QTEST_GUILESS_MAIN(TestInvariants)
#include "TestInvariants.moc"
