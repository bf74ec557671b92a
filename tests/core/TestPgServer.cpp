#include "tests/common/PgServer.h"

#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

using rekrutt::testing::PgServer;

/**
 * The throwaway PostgreSQL server of the tests: it starts on 127.0.0.1, takes real SQL through the
 * QPSQL driver, gives out independent databases, and leaves neither folder nor port behind.
 */
class TestPgServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void urlNamesTheServer();
    void listensOnLoopbackOnly();
    void storesAndReadsBack();
    void secondDatabaseIsIndependent();
    void createDatabaseReportsAnExistingName();
    void stopRemovesTheFolderAndFreesThePort();

private:
    PgServer m_server;
};

namespace {

/** A named QPSQL connection to one database of the server, removed again at the end of the scope. */
class Connection
{
public:
    Connection(const PgServer& server, const QString& database)
        : m_name(QStringLiteral("TestPgServer-%1").arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(server.host());
        db.setPort(server.port());
        db.setUserName(server.user());
        db.setDatabaseName(database);
        m_open = db.open();
        m_error = db.lastError().text();
    }
    ~Connection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(Connection)

    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    static inline int s_count = 0;
    QString m_name;
    bool m_open = false;
    QString m_error;
};

/** Runs `sql`; on failure the query's error becomes `error`. */
bool exec(const QSqlDatabase& db, const QString& sql, QString* error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *error = sql + QStringLiteral(": ") + query.lastError().text();
    return false;
}

/** The names in table `person`, in id order; empty with `error` set when the query fails. */
QStringList names(const QSqlDatabase& db, QString* error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT name FROM person ORDER BY id"))) {
        *error = query.lastError().text();
        return {};
    }
    QStringList result;
    while (query.next())
        result.append(query.value(0).toString());
    return result;
}

} // namespace

void TestPgServer::initTestCase()
{
    QVERIFY2(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")),
             "The Qt PostgreSQL driver QPSQL is missing (install libqt6sql6-psql)");
    QElapsedTimer timer;
    timer.start();
    REKRUTT_START_POSTGRES(m_server);
    qInfo("PostgreSQL from %s started in %lld ms at %s", qPrintable(PgServer::binaryDirectory()), timer.elapsed(),
          qPrintable(m_server.url()));
}

void TestPgServer::cleanupTestCase()
{
    m_server.stop();
}

void TestPgServer::urlNamesTheServer()
{
    QVERIFY(m_server.isRunning());
    QCOMPARE(m_server.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(m_server.port() >= 20000 && m_server.port() < 40000);
    QCOMPARE(m_server.database(), QStringLiteral("rekrutt_test"));
    QCOMPARE(m_server.url(),
             QStringLiteral("postgresql://%1@127.0.0.1:%2/rekrutt_test")
                 .arg(m_server.user(), QString::number(m_server.port())));

    const QUrl url(m_server.urlFor(QStringLiteral("other db")));
    QVERIFY2(url.isValid(), qPrintable(url.errorString()));
    QCOMPARE(url.scheme(), QStringLiteral("postgresql"));
    QCOMPARE(url.userName(), m_server.user());
    QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(url.port(), m_server.port());
    QCOMPARE(url.path(), QStringLiteral("/other db"));
}

void TestPgServer::listensOnLoopbackOnly()
{
    const Connection connection(m_server, m_server.database());
    QVERIFY2(connection.isOpen(), qPrintable(connection.error()));
    QSqlQuery query(connection.db());
    QVERIFY2(
        query.exec(QStringLiteral("SELECT current_setting('listen_addresses'), current_setting('port'), "
                                  "current_setting('unix_socket_directories'), current_setting('server_encoding')")),
        qPrintable(query.lastError().text()));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(query.value(1).toInt(), m_server.port());
    QCOMPARE(query.value(2).toString(), m_server.directory());
    QCOMPARE(query.value(3).toString(), QStringLiteral("UTF8"));
}

void TestPgServer::storesAndReadsBack()
{
    const Connection connection(m_server, m_server.database());
    QVERIFY2(connection.isOpen(), qPrintable(connection.error()));
    const QSqlDatabase db = connection.db();
    QString error;
    QVERIFY2(
        exec(db, QStringLiteral("CREATE TABLE person (id INTEGER PRIMARY KEY, name TEXT NOT NULL, born DATE)"), &error),
        qPrintable(error));

    QSqlQuery insert(db);
    QVERIFY(insert.prepare(QStringLiteral("INSERT INTO person (id, name, born) VALUES (:id, :name, :born)")));
    const QStringList written
        = {QStringLiteral("Kari Nilsen"), QStringLiteral("Åse Ødegård"), QStringLiteral("Łukasz Müller")};
    for (int i = 0; i < written.size(); ++i) {
        insert.bindValue(QStringLiteral(":id"), i + 1);
        insert.bindValue(QStringLiteral(":name"), written.at(i));
        insert.bindValue(QStringLiteral(":born"), QDate(1980 + i, 2, 29 - i));
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
    }

    QCOMPARE(names(db, &error), written);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSqlQuery born(db);
    QVERIFY2(born.exec(QStringLiteral("SELECT born FROM person WHERE id = 1")), qPrintable(born.lastError().text()));
    QVERIFY(born.next());
    QCOMPARE(born.value(0).toDate(), QDate(1980, 2, 29));
}

void TestPgServer::secondDatabaseIsIndependent()
{
    QString error;
    QVERIFY2(m_server.createDatabase(QStringLiteral("rekrutt_other"), &error), qPrintable(error));
    const Connection other(m_server, QStringLiteral("rekrutt_other"));
    QVERIFY2(other.isOpen(), qPrintable(other.error()));
    QVERIFY2(!other.db().tables().contains(QStringLiteral("person")), "a new database starts empty");

    QVERIFY2(
        exec(other.db(), QStringLiteral("CREATE TABLE person (id INTEGER PRIMARY KEY, name TEXT NOT NULL)"), &error),
        qPrintable(error));
    QVERIFY2(exec(other.db(), QStringLiteral("INSERT INTO person (id, name) VALUES (1, 'Only here')"), &error),
             qPrintable(error));
    QCOMPARE(names(other.db(), &error), QStringList {QStringLiteral("Only here")});

    const Connection first(m_server, m_server.database());
    QVERIFY2(first.isOpen(), qPrintable(first.error()));
    QCOMPARE(names(first.db(), &error).size(), 3);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestPgServer::createDatabaseReportsAnExistingName()
{
    QString error;
    QVERIFY(!m_server.createDatabase(m_server.database(), &error));
    QVERIFY2(error.contains(QLatin1String("already exists")), qPrintable(error));
}

void TestPgServer::stopRemovesTheFolderAndFreesThePort()
{
    const QString folder = m_server.directory();
    const int port = m_server.port();
    QVERIFY(QDir(folder).exists());
    QVERIFY(!PgServer::portIsFree(port));

    QElapsedTimer timer;
    timer.start();
    m_server.stop();
    qInfo("PostgreSQL stopped in %lld ms", timer.elapsed());

    QVERIFY(!m_server.isRunning());
    QCOMPARE(m_server.port(), 0);
    QVERIFY2(!QDir(folder).exists(), qPrintable(folder));
    QVERIFY(PgServer::portIsFree(port));
    m_server.stop(); // a second stop does nothing
}

QTEST_GUILESS_MAIN(TestPgServer)
#include "TestPgServer.moc"
