// The office file (rekrutt-office/1, docs/office-format.md): what it writes reads back with its links and what
// only the database keeps, and a file that is wrong anywhere is refused with the JSON path of the culprit.

#include "core/interchange/OfficeFile.h"
#include "tests/common/CaseBuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace rekrutt;
using namespace rekrutt::testing;
using namespace Qt::StringLiterals;

namespace {

/** Two people; Kari's PhD came from a vacancy and has the dean's decision on her leave abroad. */
OfficeFile smallOffice()
{
    Recruitment r;
    r.announcement = Announcement {QDate(2025, 2, 1), QDate(2025, 3, 1), true, false};
    r.applicants.append(Applicant {u"a1"_s, u"Kari Nordmann"_s, true});
    r.rankingSignedBy = u"Hilde Head"_s;
    r.rankingSignedAt = QDateTime(QDate(2025, 5, 2), QTime(10, 0), Qt::UTC);
    Case phd = CaseBuilder::phd()
                   .decidedLeave(LeaveKind::FellowshipAbroad, "2026-01-01", "2026-06-30", DecisionStatus::Approved)
                   .recruitment(r)
                   .build();
    phd.leaves.last().decidedBy = u"Dag Dean"_s;
    phd.leaves.last().decidedRole = u"dean"_s;
    phd.leaves.last().decidedAt = QDateTime(QDate(2025, 9, 1), QTime(10, 15), Qt::UTC);
    phd.appointment.decidedBy = u"Dag Dean"_s;
    Case postdoc = CaseBuilder::postdoc().build();
    postdoc.person.familyName = u"Berg"_s;
    OfficeFile office;
    office.exportedAt = QDateTime(QDate(2026, 12, 6), QTime(12, 0), Qt::UTC);
    office.institutions.append(
        Institution {0, u"Norges teknisk-naturvitenskapelige universitet"_s, u"NTNU"_s, {u"Trondheim Tech"_s}});
    office.appointments.append(OfficeAppointment {1, 10, 20, phd});
    office.appointments.append(OfficeAppointment {2, 11, 0, postdoc});
    return office;
}

/** Sets the value at `path` ("appointments/0/personId") of `root` to `value`, creating the last key. */
void setAt(QJsonValue& root, QStringList path, const QJsonValue& value)
{
    if (path.isEmpty()) {
        root = value;
        return;
    }
    const QString step = path.takeFirst();
    if (root.isArray()) {
        QJsonArray array = root.toArray();
        QJsonValue child = array.at(step.toInt());
        setAt(child, path, value);
        array[step.toInt()] = child;
        root = array;
    } else {
        QJsonObject object = root.toObject();
        QJsonValue child = object.value(step);
        setAt(child, path, value);
        object.insert(step, child);
        root = object;
    }
}

} // namespace

class TestOfficeFile : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        const OfficeFile office = smallOffice();
        ReadError error;
        const auto read = OfficeFileFormat::read(OfficeFileFormat::write(office), &error);
        QVERIFY2(read, qPrintable(error.toString()));
        QCOMPARE(read->exportedAt, office.exportedAt);
        QCOMPARE(read->institutions.size(), 1);
        QCOMPARE(read->institutions.first().aliases, QStringList {u"Trondheim Tech"_s});
        QCOMPARE(read->appointments.size(), 2);
        for (qsizetype i = 0; i < 2; ++i) {
            const OfficeAppointment& a = read->appointments.at(i);
            const OfficeAppointment& b = office.appointments.at(i);
            QCOMPARE(a.id, b.id);
            QCOMPARE(a.personId, b.personId);
            QCOMPARE(a.vacancyId, b.vacancyId);
            // Every value, the decisions and the signature included (Case's == compares them all).
            QVERIFY(a.data == b.data);
        }
        QCOMPARE(read->appointments.first().data.recruitment->rankingSignedBy, u"Hilde Head"_s);
        QCOMPARE(read->appointments.first().data.leaves.last().decidedRole, u"dean"_s);
    }

    void refusesWhatIsWrong_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("culprit");
        QTest::addColumn<QString>("says");

        QTest::newRow("a field the format does not have")
            << u"extra"_s << QByteArray("1") << u"extra"_s << u"unknown field"_s;
        QTest::newRow("another format") << u"format"_s << QByteArray("\"rekrutt-office/2\"") << u"format"_s
                                        << u"rekrutt-office/1"_s;
        QTest::newRow("an appointment naming a person the file lacks")
            << u"appointments/0/personId"_s << QByteArray("99") << u"appointments[0].personId"_s << u"no person 99"_s;
        QTest::newRow("an id that is not whole")
            << u"appointments/1/id"_s << QByteArray("1.5") << u"appointments[1].id"_s << u"whole number"_s;
        QTest::newRow("two persons with one id")
            << u"persons/1/id"_s << QByteArray("10") << u"persons[1].id"_s << u"persons[0]"_s;
        QTest::newRow("an impossible date in a person, named where it is")
            << u"persons/0/person/birthDate"_s << QByteArray("\"1990-02-30\"") << u"persons[0].person.birthDate"_s
            << QString();
        QTest::newRow("an impossible date in a vacancy, named where it is")
            << u"vacancies/0/recruitment/announcement/deadline"_s << QByteArray("\"2025-13-01\"")
            << u"vacancies[0].recruitment.announcement.deadline"_s << QString();
        QTest::newRow("a leave's length that is no number, named in the appointment")
            << u"appointments/0/case/leaves/0/percent"_s << QByteArray("\"all\"")
            << u"appointments[0].case.leaves[0].percent"_s << QString();
        QTest::newRow("a person inside an appointment") << u"appointments/1/case/person"_s << QByteArray("{}")
                                                        << u"appointments[1].case.person"_s << u"record of its own"_s;
        QTest::newRow("decisions that do not match the leaves")
            << u"appointments/0/recorded/leaves"_s << QByteArray("[]") << u"appointments[0].recorded.leaves"_s
            << u"one entry for each"_s;
        QTest::newRow("a decision's time that is no time")
            << u"appointments/0/recorded/leaves/0/decidedAt"_s << QByteArray("\"yesterday\"")
            << u"appointments[0].recorded.leaves[0].decidedAt"_s << u"must be a time"_s;
        QTest::newRow("a signature's time that is no time")
            << u"vacancies/0/rankingSignedAt"_s << QByteArray("\"2025-05-02\"") << u"vacancies[0].rankingSignedAt"_s
            << u"must be a time"_s;
        QTest::newRow("a vacancy no appointment names") << u"appointments/0/vacancyId"_s << QByteArray("null")
                                                        << u"vacancies[0].id"_s << u"no appointment names vacancy 20"_s;
        QTest::newRow("an institution without a name")
            << u"institutions/0/name"_s << QByteArray("\" \"") << u"institutions[0].name"_s << u"must be a name"_s;
        QTest::newRow("not JSON at all") << QString() << QByteArray("{") << QString() << u"not valid JSON"_s;
    }

    void refusesWhatIsWrong()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, value);
        QFETCH(QString, culprit);
        QFETCH(QString, says);
        QByteArray json;
        if (path.isEmpty()) {
            json = value;
        } else {
            QJsonValue root = QJsonDocument::fromJson(OfficeFileFormat::write(smallOffice())).object();
            const QJsonDocument replacement = QJsonDocument::fromJson("[" + value + "]");
            QVERIFY(replacement.isArray());
            setAt(root, path.split(u'/'), replacement.array().first());
            json = QJsonDocument(root.toObject()).toJson();
        }
        ReadError error;
        QVERIFY(!OfficeFileFormat::read(json, &error));
        QCOMPARE(error.path, culprit);
        QVERIFY2(error.what.contains(says), qPrintable(error.what));
        QVERIFY(!error.what.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOfficeFile)
#include "TestOfficeFile.moc"
