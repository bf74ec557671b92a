// Every single-valued field of a case (caseFields(), the one definition of each field) followed through every
// place that keeps it: its own accessors, the case file, the audit trail and the database on both back ends. A
// field added to Case.h and the registry but missed by the reader, the writer or the columns fails here,
// naming the field.

#include "core/domain/CaseFields.h"
#include "core/interchange/CaseReader.h"
#include "core/interchange/CaseWriter.h"
#include "core/office/OfficeService.h"
#include "core/storage/AuditTrail.h"
#include "core/storage/Database.h"
#include "tests/common/FieldValues.h"
#include "tests/storage/StorageFixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace rekrutt;
using namespace rekrutt::testing;
using namespace Qt::StringLiterals;

namespace {

/** The path an audit entry names: its field alone for record "case", else record + "." + field. */
QString pathOf(const AuditEntry& entry)
{
    return entry.record == u"case" ? entry.field : entry.record + u'.' + entry.field;
}

/** Who may change `field`: the dean records decisions, the head of department signs the ranking (§ 1.1, § 6). */
Actor actorFor(const CaseField& field)
{
    if (QLatin1StringView(field.path) == QLatin1StringView("recruitment.rankingSignedBy"))
        return Actor {QStringLiteral("hanne"), QStringLiteral("head_of_department")};
    return Actor {QStringLiteral("dina"), QStringLiteral("dean")};
}

/** `root` with the value at the dotted `path` ("appointment.lengthMonths") replaced, or removed when undefined. */
QJsonObject withValueAt(QJsonObject root, QStringView path, const QJsonValue& value)
{
    const qsizetype dot = path.indexOf(u'.');
    const QString key = (dot < 0 ? path : path.first(dot)).toString();
    if (dot >= 0) {
        root.insert(key, withValueAt(root.value(key).toObject(), path.sliced(dot + 1), value));
    } else if (value.isUndefined()) {
        root.remove(key);
    } else {
        root.insert(key, value);
    }
    return root;
}

/** What CaseReader says of the case file of `c` with `value` at `path`; an empty path when it reads the file. */
ReadError readWith(const Case& c, QStringView path, const QJsonValue& value)
{
    const QJsonObject root = QJsonDocument::fromJson(CaseWriter::write(c)).object();
    ReadError error;
    if (CaseReader::read(QJsonDocument(withValueAt(root, path, value)).toJson(), &error))
        return {};
    return error;
}

} // namespace

class TestCaseFields : public StorageTest
{
    Q_OBJECT

private slots:
    void everyFieldHasItsOwnPathAndColumn()
    {
        QSet<QString> paths;
        QSet<QString> columns;
        for (const CaseField& field : caseFields()) {
            QVERIFY2(!paths.contains(QLatin1StringView(field.path)), field.path);
            paths.insert(QLatin1StringView(field.path));
            if (!field.column) {
                // Only a record kept as a row of its own is there or not without a column: the recruitment.
                QCOMPARE(field.type, FieldType::Presence);
                QCOMPARE(field.row, FieldRow::Vacancy);
            } else {
                const QString table = field.row == FieldRow::Case ? u"cases."_s
                    : field.row == FieldRow::Person               ? u"persons."_s
                                                                  : u"vacancies."_s;
                const QString column = table + QLatin1StringView(field.column);
                QVERIFY2(!columns.contains(column), qPrintable(column));
                columns.insert(column);
            }
            QCOMPARE(caseField(QString::fromLatin1(field.path)), &field);
        }
        QVERIFY(!caseField(u"appointment.nothing"));
    }

    /** Each field set alone: read back the same, one audit entry under its path, and through the case file. */
    void everyFieldGoesThroughTheFileAndTheTrail()
    {
        const Case base = caseWithEveryRecord();
        for (const CaseField& field : caseFields()) {
            const QByteArray name(field.path);
            Case changed = base;
            const QVariant value = otherValue(field, base);
            field.set(changed, value);
            QVERIFY2(field.get(changed) == value, name);
            QVERIFY2(changed != base, name);

            if (field.type != FieldType::Presence) {
                const QList<AuditEntry> entries = AuditTrail::diff(base, changed);
                QVERIFY2(entries.size() == 1,
                         QByteArray(name + " gives " + QByteArray::number(entries.size()) + " entries").constData());
                QCOMPARE(pathOf(entries.first()), QLatin1StringView(field.path));
            }

            ReadError error;
            const auto read = CaseReader::read(CaseWriter::write(changed), &error);
            QVERIFY2(read, qPrintable(QLatin1StringView(name) + u": " + error.toString()));
            // What only the database keeps does not travel in a case file.
            const QVariant expected = field.inCaseFile ? value : field.get(base);
            QVERIFY2(field.get(*read) == expected,
                     QByteArray(name + ": the case file gives " + field.get(*read).toString().toUtf8()).constData());
        }
    }

    /**
     * The case file's reader checks each field as its entry says, and names the field: a number out of its range, a
     * key that is not one of the enumeration's, a value of the wrong type, a required field left out.
     */
    void everyFieldIsCheckedAsItsEntrySays()
    {
        const Case base = caseWithEveryRecord();
        for (const CaseField& field : caseFields()) {
            if (!field.inCaseFile || field.type == FieldType::Presence)
                continue;
            const QString path = QString::fromLatin1(field.path);
            const QByteArray name(field.path);
            const bool isNumber = field.type == FieldType::Integer || field.type == FieldType::Number
                || field.type == FieldType::OptionalNumber;
            const bool isKey = field.type == FieldType::Key || field.type == FieldType::OptionalKey;
            QVERIFY2(isNumber == field.range.has_value(),
                     QByteArray(name + " has a range exactly when a number").constData());
            QVERIFY2(isKey == (field.keys != nullptr), QByteArray(name + " has keys exactly when a key").constData());
            // A time is what only the database records (who signed when); the case file has no form for one.
            QVERIFY2(field.type != FieldType::Time, QByteArray(name + " is a time in the case file").constData());

            if (isNumber) {
                ReadError error = readWith(base, path, field.range->max + 1);
                QCOMPARE(error.path, path);
                QVERIFY2(error.what.contains(u"out of range"), qPrintable(error.toString()));
                error = readWith(base, path, field.range->min - 1);
                QCOMPARE(error.path, path);
            }
            if (isKey) {
                const ReadError error = readWith(base, path, u"no_such_key"_s);
                QCOMPARE(error.path, path);
                QVERIFY2(error.what.contains(QLatin1StringView(field.keys().front())), qPrintable(error.toString()));
            }
            // An object where a value belongs is refused whatever the type.
            QCOMPARE(readWith(base, path, QJsonObject()).path, path);

            const ReadError leftOut = readWith(base, path, QJsonValue(QJsonValue::Undefined));
            if (field.required) {
                QCOMPARE(leftOut.path, path);
                QCOMPARE(leftOut.what, u"required field is missing"_s);
            } else {
                QVERIFY2(leftOut.path.isEmpty(), qPrintable(QLatin1StringView(name) + u": " + leftOut.toString()));
            }
        }
    }

    void everyFieldGoesThroughTheDatabase_data() { StorageFixture::addBackends(); }
    /** Each field set alone, saved, loaded and found in the trail; then set back. */
    void everyFieldGoesThroughTheDatabase()
    {
        REKRUTT_FRESH_DATABASE(m_storage, location);
        REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Create);
        OfficeService office(db);
        QString error;
        StoredCase stored;
        stored.data = caseWithEveryRecord();
        QCOMPARE(office.save(stored, actorFor(caseFields().front()), &error), OfficeService::SaveResult::Saved);

        for (const CaseField& field : caseFields()) {
            const QByteArray name(field.path);
            const Case before = stored.data;
            const QVariant value = otherValue(field, stored.data);
            field.set(stored.data, value);
            QVERIFY2(office.save(stored, actorFor(field), &error) == OfficeService::SaveResult::Saved,
                     qPrintable(QLatin1StringView(name) + u": " + error));
            const auto loaded = office.load(stored.id, &error);
            QVERIFY2(loaded, qPrintable(error));
            QVERIFY2(field.get(loaded->data) == value,
                     QByteArray(name + ": stored " + value.toString().toUtf8() + ", loaded "
                                + field.get(loaded->data).toString().toUtf8())
                         .constData());
            QVERIFY2(loaded->data == stored.data, QByteArray(name + ": another field changed on the way").constData());

            const auto trail = AuditTrail::forCase(db, stored.id, &error);
            QVERIFY2(trail, qPrintable(error));
            if (field.type != FieldType::Presence) {
                QVERIFY2(
                    !trail->isEmpty() && pathOf(trail->last()) == QLatin1StringView(field.path),
                    QByteArray(name + ": the trail's last entry is " + pathOf(trail->value(trail->size() - 1)).toUtf8())
                        .constData());
            }

            // Back to the case before, records and all (a Presence field set back would bring an empty record).
            stored = *loaded;
            stored.data = before;
            QVERIFY2(office.save(stored, actorFor(field), &error) == OfficeService::SaveResult::Saved,
                     qPrintable(QLatin1StringView(name) + u" set back: " + error));
        }
        const auto last = office.load(stored.id, &error);
        QVERIFY2(last, qPrintable(error));
        QCOMPARE(last->data, caseWithEveryRecord());
    }
};

QTEST_GUILESS_MAIN(TestCaseFields)
#include "TestCaseFields.moc"
