#include "core/storage/CaseReads.h"

#include "core/storage/Database.h"
#include "core/storage/StorageValues.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rekrutt::storage {

/** Reads one whole case (and its person) by id; nullopt with `*missing` when there is no such case. */
std::optional<StoredCase> readCase(const Database& db, qint64 id, bool* missing, QString* error)
{
    *missing = false;
    const QString what = CaseRepository::tr("Cannot read case %1").arg(id);
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT %1, %2 FROM cases c JOIN persons p ON p.id = c.person_id WHERE c.id = ?"_s.arg(
        caseColumns(u"c."), columnsOf(FieldRow::Person, u"p.")));
    q.addBindValue(id);
    if (!db.exec(q, what, error))
        return std::nullopt;
    if (!q.next()) {
        *missing = true;
        if (error)
            *error = CaseRepository::tr("There is no case %1 in the database.").arg(id);
        return std::nullopt;
    }

    StoredCase stored;
    stored.id = id;
    Case& c = stored.data;
    int i = 0;
    stored.personId = q.value(i++).toLongLong();
    stored.version = q.value(i++).toInt();
    // In the order of caseFields(): a record's presence comes before its fields.
    for (const CaseField* field : fieldsOf(FieldRow::Case))
        field->set(c, fieldValue(*field, q.value(i++)));
    stored.updatedAt = timeOf(q.value(i++));
    stored.updatedBy = q.value(i++).toString();
    for (const CaseField* field : fieldsOf(FieldRow::Person))
        field->set(c, fieldValue(*field, q.value(i++)));
    q.finish();

    // The lists, each in its stored order.
    auto rows = [&](const QString& sql, qint64 key, auto&& read) {
        QSqlQuery list(db.connection());
        list.setForwardOnly(true);
        list.prepare(sql);
        list.addBindValue(key);
        if (!db.exec(list, what, error))
            return false;
        while (list.next())
            read(list);
        return true;
    };
    const bool ok = rows(u"SELECT type, institution, start_date, end_date, fte_percent FROM person_history "
                         "WHERE person_id = ? ORDER BY seq"_s,
                         stored.personId,
                         [&](QSqlQuery& r) {
                             c.person.history.append(HistoryEntry {enumOf(r.value(0), PositionType::PhdFellow),
                                                                   r.value(1).toString(), dateOf(r.value(2)),
                                                                   dateOf(r.value(3)), r.value(4).toDouble()});
                         })
        && rows(u"SELECT kind, from_date, to_date, percent, status, decided_by, decided_role, decided_at FROM leaves "
                "WHERE case_id = ? ORDER BY seq"_s,
                id,
                [&](QSqlQuery& r) {
                    Leave leave {enumOf(r.value(0), LeaveKind::Other), dateOf(r.value(1)), dateOf(r.value(2)),
                                 r.value(3).toInt()};
                    if (leaveIsDecided(leave.kind))
                        leave.status = enumOf(r.value(4), DecisionStatus::Proposed);
                    leave.decidedBy = r.value(5).toString();
                    leave.decidedRole = r.value(6).toString();
                    leave.decidedAt = timeOf(r.value(7));
                    c.leaves.append(leave);
                })
        && rows(u"SELECT kind, days, status, documented, decided_by, decided_role, decided_at FROM extensions "
                "WHERE case_id = ? ORDER BY seq"_s,
                id,
                [&](QSqlQuery& r) {
                    c.extensions.append(Extension {enumOf(r.value(0), ExtensionKind::UnforeseenObstacle),
                                                   r.value(1).toInt(), enumOf(r.value(2), DecisionStatus::Proposed),
                                                   r.value(3).toInt() != 0, r.value(4).toString(),
                                                   r.value(5).toString(), timeOf(r.value(6))});
                })
        && rows(u"SELECT held_on FROM employee_interviews WHERE case_id = ? ORDER BY seq"_s, id,
                [&](QSqlQuery& r) { c.milestones.employeeInterviews.append(dateOf(r.value(0))); })
        && rows(u"SELECT from_date, to_date, category, hours, original_lecture_hours FROM duty_work "
                "WHERE case_id = ? ORDER BY seq"_s,
                id,
                [&](QSqlQuery& r) {
                    c.dutyWork.append(DutyWork {dateOf(r.value(0)), dateOf(r.value(1)),
                                                enumOf(r.value(2), DutyCategory::Teaching), r.value(3).toDouble(),
                                                r.value(4).toDouble()});
                })
        && rows(u"SELECT host, amount_nok, direction FROM mobility_grants WHERE case_id = ? ORDER BY seq"_s, id,
                [&](QSqlQuery& r) {
                    c.mobilityGrants.append(MobilityGrant {r.value(0).toString(), r.value(1).toDouble(),
                                                           enumOf(r.value(2), GrantDirection::Outbound)});
                });
    if (!ok)
        return std::nullopt;
    if (!c.recruitment)
        return stored;

    Recruitment& recruitment = *c.recruitment;
    const bool recruitmentOk
        = rows(u"SELECT member_key, name, associate_professor_level, impartiality_declared FROM committee_members "
               "WHERE case_id = ? ORDER BY seq"_s,
               id,
               [&](QSqlQuery& r) {
                   recruitment.committee.append(CommitteeMember {r.value(0).toString(),
                                                                 r.value(1).toString(),
                                                                 r.value(2).toInt() != 0,
                                                                 r.value(3).toInt() != 0,
                                                                 {}});
               })
        && rows(u"SELECT member_seq, applicant_key FROM committee_conflicts WHERE case_id = ? "
                "ORDER BY member_seq, seq"_s,
                id,
                [&](QSqlQuery& r) {
                    const int member = r.value(0).toInt();
                    if (member >= 0 && member < recruitment.committee.size())
                        recruitment.committee[member].conflictsWith.append(r.value(1).toString());
                })
        && rows(u"SELECT applicant_key, name, qualified, disability, cv_gap, non_western_immigrant, interviewed, "
                "reference_count, rank_position, rank_reason, invited FROM applicants WHERE case_id = ? ORDER BY seq"_s,
                id, [&](QSqlQuery& r) {
                    Applicant applicant;
                    applicant.id = r.value(0).toString();
                    applicant.name = r.value(1).toString();
                    applicant.qualified = r.value(2).toInt() != 0;
                    applicant.disability = r.value(3).toInt() != 0;
                    applicant.cvGap = r.value(4).toInt() != 0;
                    applicant.nonWesternImmigrant = r.value(5).toInt() != 0;
                    applicant.interviewed = r.value(6).toInt() != 0;
                    applicant.references = r.value(7).toInt();
                    if (!r.value(8).isNull())
                        applicant.rank = r.value(8).toInt();
                    applicant.rankReason = r.value(9).toString();
                    applicant.invited = r.value(10).toInt() != 0;
                    recruitment.applicants.append(applicant);
                });
    if (!recruitmentOk)
        return std::nullopt;
    return stored;
}

/** The person's other cases that started before `before`, oldest first, as stored. */
QList<EarlierAppointment> earlierAppointments(const Database& db, qint64 personId, qint64 caseId, QDate before)
{
    QList<EarlierAppointment> earlier;
    if (personId <= 0 || !before.isValid())
        return earlier;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT type, institution, start_date, length_months, fte_percent, hours_per_week FROM cases "
              "WHERE person_id = ? AND id <> ? AND start_date < ? ORDER BY start_date"_s);
    q.addBindValue(personId);
    q.addBindValue(caseId);
    q.addBindValue(before.toString(Qt::ISODate));
    if (!db.exec(q, CaseRepository::tr("Cannot read the earlier appointments"), nullptr))
        return earlier;
    while (q.next()) {
        EarlierAppointment entry;
        Appointment& a = entry.appointment;
        a.type = enumOf(q.value(0), PositionType::PhdFellow);
        entry.institution = q.value(1).toString();
        a.start = dateOf(q.value(2));
        a.lengthMonths = q.value(3).toInt();
        a.ftePercent = q.value(4).toDouble();
        if (!q.value(5).isNull())
            a.hoursPerWeek = q.value(5).toDouble();
        earlier.append(entry);
    }
    return earlier;
}

/** The institution texts of a case and of its earlier appointments, which the register must know. */
QStringList institutionTexts(const Case& c)
{
    QStringList texts {c.institution};
    for (const HistoryEntry& entry : c.person.history)
        texts.append(entry.institution);
    return texts;
}

/** Ids of the person's cases other than `caseId`. */
std::optional<QList<qint64>> otherCasesOf(const Database& db, qint64 personId, qint64 caseId, QString* error)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id FROM cases WHERE person_id = ? AND id <> ? ORDER BY id"_s);
    q.addBindValue(personId);
    q.addBindValue(caseId);
    if (!db.exec(q, CaseRepository::tr("Cannot read the other cases of the person"), error))
        return std::nullopt;
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

} // namespace rekrutt::storage
