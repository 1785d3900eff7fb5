// PostgreSQL over TLS, against the `postgres_tls` fixture (scripts/pg-test-server.sh --tls):
// a server with a certificate for IP:127.0.0.1 and DNS:localhost from a throwaway CA, whose
// pg_hba accepts TCP only over TLS. The store's own openDatabase() and snapshotctl honour
// sslmode and sslrootcert: verification works with the right CA and fails, saying so, with
// the wrong one or none; a connection without TLS is refused by the server.
#include "snapshotctlrunner.h"
#include "storetestsupport.h"

#include "core/store/connectionprovider.h"
#include "core/store/opendatabase.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sa::core;
using sa::tests::CliRun;
using sa::tests::errorText;

namespace {

QByteArray describe(const CliRun &run)
{
    return "exit " + QByteArray::number(run.exitCode) + "\nstdout: " + run.out + "\nstderr: " + run.err;
}

} // namespace

class tst_Tls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sslModes_data();
    void sslModes();
    void snapshotctlVerifiesTheServer();

private:
    // The TLS server's database as the app role, host 127.0.0.1, TLS settings left empty.
    DatabaseConfig serverConfig() const;

    QHash<QString, QString> m_env; // pg.env of the fixture (no secrets in there)
};

void tst_Tls::initTestCase()
{
    // Only what a row sets may decide the outcome, not the environment of whoever runs this.
    for (const char *variable : {"PGSSLMODE", "PGSSLROOTCERT", "PGSSLCERT", "PGSSLKEY", "PGREQUIRESSL"})
        qunsetenv(variable);
    const QString path = qEnvironmentVariable("SA_PG_ENV");
    QVERIFY2(!path.isEmpty(), "SA_PG_ENV is not set: run this through ctest (fixture postgres_tls)");
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text),
             qPrintable(u"The TLS test server is not running (%1: %2); did pg_tls_server_start fail?"_s.arg(
                 path, file.errorString())));
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        const qsizetype eq = line.indexOf(u'=');
        if (eq > 0)
            m_env.insert(line.left(eq), line.mid(eq + 1));
    }
    for (const QString &key : {u"PGPORT"_s, u"SA_PG_SSLROOTCERT"_s, u"SA_PG_WRONG_SSLROOTCERT"_s})
        QVERIFY2(!m_env.value(key).isEmpty(), qPrintable(key + u" missing in "_s + path));
    QVERIFY(QFileInfo(m_env.value(u"SA_PG_SSLROOTCERT"_s)).isReadable());
    QVERIFY(QFileInfo(m_env.value(u"SA_PG_WRONG_SSLROOTCERT"_s)).isReadable());
}

DatabaseConfig tst_Tls::serverConfig() const
{
    DatabaseConfig config;
    config.engine = DatabaseConfig::Engine::PostgreSql;
    config.host = m_env.value(u"PGHOST"_s);
    config.port = m_env.value(u"PGPORT"_s).toInt();
    config.database = m_env.value(u"PGDATABASE"_s);
    config.user = m_env.value(u"PGUSER"_s);
    return config;
}

void tst_Tls::sslModes_data()
{
    QTest::addColumn<QString>("sslMode");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("rootCert"); // "", "right" (the server's CA) or "wrong" (another CA)
    QTest::addColumn<bool>("connects");
    QTest::addColumn<QString>("messagePart"); // what the error must say when it fails

    QTest::newRow("require") << u"require"_s << u"127.0.0.1"_s << QString() << true << QString();
    QTest::newRow("verify-full, right CA, by IP")
        << u"verify-full"_s << u"127.0.0.1"_s << u"right"_s << true << QString();
    QTest::newRow("verify-full, right CA, by name")
        << u"verify-full"_s << u"localhost"_s << u"right"_s << true << QString();
    QTest::newRow("verify-ca, right CA") << u"verify-ca"_s << u"127.0.0.1"_s << u"right"_s << true << QString();
    QTest::newRow("verify-full, wrong CA")
        << u"verify-full"_s << u"127.0.0.1"_s << u"wrong"_s << false << u"certificate verify failed"_s;
    QTest::newRow("verify-ca, no CA file")
        << u"verify-ca"_s << u"127.0.0.1"_s << QString() << false << u"certificate"_s;
    QTest::newRow("disable: refused by pg_hba")
        << u"disable"_s << u"127.0.0.1"_s << QString() << false << u"no encryption"_s;
}

void tst_Tls::sslModes()
{
    QFETCH(QString, sslMode);
    QFETCH(QString, host);
    QFETCH(QString, rootCert);
    QFETCH(bool, connects);
    QFETCH(QString, messagePart);

    DatabaseConfig config = serverConfig();
    config.host = host;
    config.sslMode = sslMode;
    if (rootCert == u"right")
        config.sslRootCert = m_env.value(u"SA_PG_SSLROOTCERT"_s);
    else if (rootCert == u"wrong")
        config.sslRootCert = m_env.value(u"SA_PG_WRONG_SSLROOTCERT"_s);

    // The password comes from the fixture's PGPASSFILE (it has 127.0.0.1 and localhost lines).
    const auto opened = openDatabase(config, {}, SchemaPolicy::LeaveAsIs);
    if (!connects) {
        QVERIFY2(!opened, "connected, but the connection should have been refused");
        QCOMPARE(opened.error().code, ErrorCode::DatabaseUnavailable);
        const QString message = opened.error().message;
        // Clear: which database, and why.
        QVERIFY2(message.contains(u"snapshot_test"_s) && message.contains(host), qPrintable(message));
        QVERIFY2(message.contains(messagePart), qPrintable(message));
        if (sslMode != u"disable")
            QVERIFY2(message.contains(u"certificate"_s), qPrintable(message));
        return;
    }
    QVERIFY2(opened, errorText(opened).constData());
    auto db = opened->connections->database();
    QVERIFY2(db, errorText(db).constData());
    QSqlQuery query(*db);
    QVERIFY2(query.exec(u"SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()"_s) && query.next(),
             qPrintable(query.lastError().text()));
    QVERIFY(query.value(0).toBool());
    QVERIFY2(query.value(1).toString().startsWith(u"TLSv1."_s), qPrintable(query.value(1).toString()));
}

// What an admin types: the CA file in the URL, verify-full, through snapshotctl as a process.
void tst_Tls::snapshotctlVerifiesTheServer()
{
    // A schema of its own (made over TLS, as the app role), so that init has a place to work.
    const QString schema = u"t_%1"_s.arg(QRandomGenerator::global()->generate64(), 16, 16, QChar(u'0'));
    DatabaseConfig admin = serverConfig();
    admin.sslMode = u"require"_s;
    ConnectionProvider provider(admin);
    auto db = provider.database();
    QVERIFY2(db, errorText(db).constData());
    QSqlQuery create(*db);
    QVERIFY2(create.exec(u"CREATE SCHEMA "_s + schema), qPrintable(create.lastError().text()));

    const QString url = u"postgresql://%1@127.0.0.1:%2/%3?sslmode=verify-full&sslrootcert=%4&schema=%5"_s.arg(
        m_env.value(u"PGUSER"_s), m_env.value(u"PGPORT"_s), m_env.value(u"PGDATABASE"_s),
        m_env.value(u"SA_PG_SSLROOTCERT"_s), schema);
    CliRun run = sa::tests::runSnapshotctl({u"init"_s, u"--db"_s, url});
    QVERIFY2(run.exitCode == 0, describe(run));
    run = sa::tests::runSnapshotctl({u"reports"_s, u"--db"_s, url});
    QVERIFY2(run.exitCode == 0 && run.err.isEmpty(), describe(run));
    run = sa::tests::runSnapshotctl({u"reports"_s, u"--json"_s, u"--db"_s, url});
    QVERIFY2(run.exitCode == 0 && run.out.contains("\"reports\""), describe(run));

    // The same with a CA that did not sign the server's certificate: refused, saying why.
    QString wrong = url;
    wrong.replace(m_env.value(u"SA_PG_SSLROOTCERT"_s), m_env.value(u"SA_PG_WRONG_SSLROOTCERT"_s));
    run = sa::tests::runSnapshotctl({u"reports"_s, u"--db"_s, wrong});
    QVERIFY2(run.exitCode == 2 && run.err.startsWith("snapshotctl: DATABASE_UNAVAILABLE: ")
                 && run.err.contains("certificate verify failed") && run.out.isEmpty(),
             describe(run));

    QSqlQuery drop(*db);
    QVERIFY2(drop.exec(u"DROP SCHEMA "_s + schema + u" CASCADE"_s), qPrintable(drop.lastError().text()));
}

QTEST_GUILESS_MAIN(tst_Tls)
#include "tst_tls.moc"
