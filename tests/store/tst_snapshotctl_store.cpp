// snapshotctl's database verbs as a process, on both engines: what each prints, its exit
// code (0 done, 1 verify found problems, 2 error) and its one-line errors naming the code.
#include "snapshotctlrunner.h"
#include "storetestsupport.h"

#include "core/store/connectionprovider.h"
#include "core/store/opendatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sa::core;
using sa::tests::CliRun;
using sa::tests::TestDatabase;
using sa::tests::errorText;
using sa::tests::runSnapshotctl;

namespace {

// Canonical already, so that `show --canonical` gives the same bytes back.
const QByteArray kVersion1 = R"({"owners":[{"id":1,"name":"Ana"}],"zoning":"R1"})";
const QByteArray kVersion2 = R"({"owners":[{"id":1,"name":"Ana"},{"id":2,"name":"Ben"}],"zoning":"R2"})";
const QByteArray kVersion3 = R"({"owners":[{"id":2,"name":"Ben"}],"zoning":"R2"})";

QJsonObject jsonOf(const CliRun &run)
{
    return QJsonDocument::fromJson(run.out).object();
}

// Runs snapshotctl on a terminal of its own, as a person at a shell would (script(1) gives
// it one), with `typed` as what the person types. Without libpq's password sources when
// `passwordSources` is false.
CliRun runOnTerminal(const QStringList &arguments, const QByteArray &typed, bool passwordSources)
{
    QStringList quoted;
    for (QString argument : QStringList{sa::tests::snapshotctlPath()} + arguments)
        quoted.append(u'\'' + argument.replace(u"'"_s, u"'\\''"_s) + u'\'');
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"SNAPSHOT_DB"_s);
    if (!passwordSources) {
        environment.remove(u"PGPASSFILE"_s);
        environment.remove(u"PGPASSWORD"_s);
        environment.insert(u"HOME"_s, u"/nonexistent"_s);
    }
    process.setProcessEnvironment(environment);
    process.start(u"script"_s, {u"-qec"_s, quoted.join(u' '), u"/dev/null"_s});
    if (!process.waitForStarted())
        return {-1, {}, "could not start script(1)"};
    process.write(typed);
    process.closeWriteChannel();
    if (!process.waitForFinished(60'000))
        return {-1, process.readAllStandardOutput(), "timed out"};
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

// The app role's password from the test server's password file.
QByteArray appPassword(const QString &user)
{
    QFile file(qEnvironmentVariable("PGPASSFILE"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    while (!file.atEnd()) {
        const QList<QByteArray> fields = file.readLine().trimmed().split(':');
        if (fields.size() == 5 && fields[3] == user.toUtf8())
            return fields[4];
    }
    return {};
}

QByteArray describe(const CliRun &run)
{
    return "exit " + QByteArray::number(run.exitCode) + "\nstdout: " + run.out + "\nstderr: " + run.err;
}

} // namespace

class tst_SnapshotctlStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyVerbHasHelp_data();
    void everyVerbHasHelp();
    void versionsLifeCycle_data() { sa::tests::addEngineRows(); }
    void versionsLifeCycle();
    void importForms_data() { sa::tests::addEngineRows(); }
    void importForms();
    void errorsNameTheirCode_data() { sa::tests::addEngineRows(); }
    void errorsNameTheirCode();
    void verifyFindsTampering_data() { sa::tests::addEngineRows(); }
    void verifyFindsTampering();
    void repairRestoresAnAlteredVersion_data() { sa::tests::addEngineRows(); }
    void repairRestoresAnAlteredVersion();
    void anchorsProveHistory_data() { sa::tests::addEngineRows(); }
    void anchorsProveHistory();
    void terminalConfirmsAndPrompts_data() { sa::tests::addEngineRows(); }
    void terminalConfirmsAndPrompts();
    void demoForANewUser();

private:
    QString write(const QString &name, const QByteArray &content);
    // A fresh database with versions 1..3 of report "parcel-7"; returns its --db arguments.
    QStringList populated(std::unique_ptr<TestDatabase> &database, const QString &engine);

    QTemporaryDir m_dir;
};

void tst_SnapshotctlStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString tst_SnapshotctlStore::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QStringList tst_SnapshotctlStore::populated(std::unique_ptr<TestDatabase> &database, const QString &engine)
{
    auto created = TestDatabase::create(engine);
    if (!created)
        qFatal("%s", errorText(created).constData());
    database = std::move(*created);
    const QStringList db = sa::tests::dbArguments(database->config());
    const QByteArray documents[] = {kVersion1, kVersion2, kVersion3};
    for (int version = 1; version <= 3; ++version) {
        const QString file = write(u"v%1.json"_s.arg(version), documents[version - 1]);
        const CliRun run = runSnapshotctl(QStringList{u"create"_s, u"parcel-7"_s, file} + db);
        if (run.exitCode != 0)
            qFatal("%s", describe(run).constData());
    }
    return db;
}

void tst_SnapshotctlStore::everyVerbHasHelp_data()
{
    QTest::addColumn<QString>("verb");
    for (const char *verb : {"init", "create", "import", "show", "log", "diff", "rollback", "deprecate", "repair", "verify",
                             "reports", "activity", "demo"}) {
        QTest::newRow(verb) << QString::fromLatin1(verb);
    }
}

// `VERB --help` explains the verb and, for database verbs, where passwords come from.
void tst_SnapshotctlStore::everyVerbHasHelp()
{
    QFETCH(QString, verb);
    const CliRun run = runSnapshotctl({verb, u"--help"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("Usage: "), run.out.constData());
    if (verb != u"demo"_s) {
        QVERIFY2(run.out.contains("--db <URL>") && run.out.contains("PGPASSFILE") && run.out.contains("SNAPSHOT_DB"),
                 run.out.constData());
    }
    const CliRun overview = runSnapshotctl({u"--help"_s});
    QVERIFY(overview.out.contains(QByteArray("  " + verb.toUtf8() + ' ')));
}

// create, show, log, diff, rollback, deprecate, reports, activity and verify on one report.
void tst_SnapshotctlStore::versionsLifeCycle()
{
    QFETCH(QString, engine);
    std::unique_ptr<TestDatabase> database;
    const QStringList db = populated(database, engine);

    CliRun run = runSnapshotctl(QStringList{u"init"_s} + db);
    // The schema this build ships (0002 hands the active flag over inside a create's INSERT).
    QVERIFY2(run.exitCode == 0 && run.out.contains("schema version 6, ready"), describe(run));

    // Unchanged documents are skipped only when asked.
    run = runSnapshotctl(QStringList{u"create"_s, u"parcel-7"_s, u"-"_s, u"--skip-unchanged"_s, u"--json"_s} + db, kVersion3);
    QVERIFY2(run.exitCode == 0, describe(run));
    QCOMPARE(jsonOf(run).value(u"created"_s).toBool(), false);
    QCOMPARE(jsonOf(run).value(u"version"_s).toInt(), 3);

    run = runSnapshotctl(QStringList{u"show"_s, u"parcel-7"_s, u"--canonical"_s} + db);
    QCOMPARE(run.out, kVersion3);
    run = runSnapshotctl(QStringList{u"show"_s, u"parcel-7"_s, u"--version"_s, u"1"_s, u"--canonical"_s} + db);
    QCOMPARE(run.out, kVersion1);
    run = runSnapshotctl(QStringList{u"show"_s, u"parcel-7"_s} + db);
    QVERIFY2(run.exitCode == 0 && run.out.contains("\n  \"zoning\": \"R2\"\n"), describe(run));

    run = runSnapshotctl(QStringList{u"log"_s, u"parcel-7"_s, u"--limit"_s, u"2"_s} + db);
    QVERIFY2(run.exitCode == 0, describe(run));
    QVERIFY2(run.out.contains("versions 1 to 2 of 3") && run.out.contains("--offset 2"), run.out.constData());
    run = runSnapshotctl(QStringList{u"log"_s, u"parcel-7"_s, u"--offset"_s, u"2"_s, u"--json"_s} + db);
    QCOMPARE(jsonOf(run).value(u"total"_s).toInt(), 3);
    QCOMPARE(jsonOf(run).value(u"versions"_s).toArray().size(), 1);
    QCOMPARE(jsonOf(run).value(u"versions"_s).toArray().at(0).toObject().value(u"version"_s).toInt(), 1);

    // diff of stored versions: the same text as for files, exit 1 when different.
    run = runSnapshotctl(QStringList{u"diff"_s, u"parcel-7"_s, u"1"_s, u"2"_s} + db);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains("~ /zoning: \"R1\" → \"R2\"") && run.out.contains("1 added, 1 modified"), run.out.constData());
    const CliRun files = runSnapshotctl({u"diff"_s, m_dir.filePath(u"v1.json"_s), m_dir.filePath(u"v2.json"_s)});
    QCOMPARE(files.out, run.out);
    run = runSnapshotctl(QStringList{u"diff"_s, u"parcel-7"_s, u"2"_s, u"2"_s} + db);
    QVERIFY2(run.exitCode == 0 && run.out == "no differences\n", describe(run));
    run = runSnapshotctl(QStringList{u"diff"_s, u"parcel-7"_s, u"1"_s, u"3"_s, u"--format"_s, u"json-patch"_s} + db);
    QCOMPARE(run.exitCode, 1);
    const CliRun patched = runSnapshotctl({u"patch"_s, m_dir.filePath(u"v1.json"_s), write(u"patch.json"_s, run.out)});
    QCOMPARE(patched.out, kVersion3);

    // Without a terminal nobody can confirm: --yes is required.
    run = runSnapshotctl(QStringList{u"rollback"_s, u"parcel-7"_s, u"--to"_s, u"1"_s, u"--reason"_s, u"wrong zoning"_s} + db);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith("snapshotctl: INVALID_ARGUMENT: ") && run.err.contains("--yes"), run.err.constData());
    run = runSnapshotctl(QStringList{u"rollback"_s, u"parcel-7"_s, u"--to"_s, u"1"_s, u"--reason"_s, u"wrong zoning"_s,
                                     u"--yes"_s} + db);
    QVERIFY2(run.exitCode == 0, describe(run));
    QVERIFY2(run.out.contains("active now:") && run.out.contains("version 1 is active again (was 3)"), run.out.constData());
    run = runSnapshotctl(QStringList{u"show"_s, u"parcel-7"_s, u"--canonical"_s} + db);
    QCOMPARE(run.out, kVersion1);

    run = runSnapshotctl(QStringList{u"deprecate"_s, u"parcel-7"_s, u"--version"_s, u"3"_s, u"--reason"_s, u"owner left"_s,
                                     u"--yes"_s, u"--json"_s} + db);
    QVERIFY2(run.exitCode == 0, describe(run));
    QCOMPARE(jsonOf(run).value(u"deprecatedReason"_s).toString(), u"owner left"_s);
    run = runSnapshotctl(QStringList{u"show"_s, u"parcel-7"_s, u"--version"_s, u"3"_s, u"--canonical"_s} + db);
    QVERIFY2(run.exitCode == 0 && run.out == kVersion3
                 && run.err == "snapshotctl: warning: version 3 of parcel-7 is deprecated: owner left\n",
             describe(run));
    run = runSnapshotctl(QStringList{u"log"_s, u"parcel-7"_s, u"--limit"_s, u"1001"_s} + db);
    QVERIFY2(run.exitCode == 2 && run.err.startsWith("snapshotctl: INVALID_ARGUMENT: --limit takes 1 to 1000"), describe(run));
    run = runSnapshotctl(QStringList{u"deprecate"_s, u"parcel-7"_s, u"--version"_s, u"3"_s, u"--reason"_s, u"again"_s,
                                     u"--yes"_s} + db);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith("snapshotctl: IMMUTABLE: "), run.err.constData());
    run = runSnapshotctl(QStringList{u"rollback"_s, u"parcel-7"_s, u"--to"_s, u"3"_s, u"--reason"_s, u"back"_s, u"--yes"_s} + db);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("--allow-deprecated"), run.err.constData());

    // A new version after the rollback is max + 1, based on the active version.
    run = runSnapshotctl(QStringList{u"create"_s, u"parcel-7"_s, u"-"_s, u"--expected-version"_s, u"1"_s, u"--json"_s} + db,
                         kVersion2);
    QVERIFY2(run.exitCode == 0, describe(run));
    QCOMPARE(jsonOf(run).value(u"version"_s).toInt(), 4);
    run = runSnapshotctl(QStringList{u"create"_s, u"parcel-7"_s, u"-"_s, u"--expected-version"_s, u"1"_s} + db, kVersion3);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith("snapshotctl: VERSION_CONFLICT: ") && run.err.count('\n') == 1, run.err.constData());

    run = runSnapshotctl(QStringList{u"activity"_s, u"parcel-7"_s, u"--json"_s} + db);
    QVERIFY2(run.exitCode == 0, describe(run));
    const QJsonArray entries = jsonOf(run).value(u"entries"_s).toArray();
    QStringList actions;
    for (const QJsonValue &entry : entries)
        actions.append(entry.toObject().value(u"action"_s).toString());
    QCOMPARE(actions, (QStringList{u"create"_s, u"deprecate"_s, u"rollback"_s, u"create"_s, u"create"_s, u"create"_s}));
    QCOMPARE(entries.at(2).toObject().value(u"reason"_s).toString(), u"wrong zoning"_s);
    run = runSnapshotctl(QStringList{u"activity"_s} + db);
    QVERIFY2(run.exitCode == 0 && run.out.count('\n') == 6 && run.out.contains("wrong zoning"), describe(run));

    // As of now, version 4; as of the distant past, none yet.
    run = runSnapshotctl(QStringList{u"show"_s, u"parcel-7"_s, u"--as-of"_s,
                                     QDateTime::currentDateTimeUtc().addSecs(60).toString(Qt::ISODate), u"--canonical"_s} + db);
    QVERIFY2(run.exitCode == 0 && run.out == kVersion2, describe(run));
    run = runSnapshotctl(QStringList{u"show"_s, u"parcel-7"_s, u"--as-of"_s, u"2001-01-01T00:00:00Z"_s} + db);
    QVERIFY2(run.exitCode == 2 && run.err.startsWith("snapshotctl: VERSION_NOT_FOUND: "), describe(run));

    run = runSnapshotctl(QStringList{u"reports"_s, u"--json"_s} + db);
    QCOMPARE(jsonOf(run).value(u"total"_s).toInt(), 1);
    const QJsonObject report = jsonOf(run).value(u"reports"_s).toArray().at(0).toObject();
    QCOMPARE(report.value(u"versionCount"_s).toInt(), 4);
    QCOMPARE(report.value(u"activeVersion"_s).toInt(), 4);
    run = runSnapshotctl(QStringList{u"reports"_s, u"--filter"_s, u"PARCEL"_s} + db);
    QVERIFY2(run.out.contains("parcel-7") && run.out.contains("1 of 1 reports"), run.out.constData());
    run = runSnapshotctl(QStringList{u"reports"_s, u"--filter"_s, u"nothing"_s} + db);
    QVERIFY2(run.out.contains("0 of 0 reports"), run.out.constData());

    run = runSnapshotctl(QStringList{u"verify"_s, u"parcel-7"_s} + db);
    QVERIFY2(run.exitCode == 0 && run.out.contains("1 reports, 4 snapshots") && run.out.contains("clean"), describe(run));
    run = runSnapshotctl(QStringList{u"verify"_s, u"--all"_s, u"--json"_s} + db);
    QVERIFY2(run.exitCode == 0, describe(run));
    QCOMPARE(jsonOf(run).value(u"clean"_s).toBool(), true);
    QCOMPARE(jsonOf(run).value(u"snapshotsChecked"_s).toInt(), 4);
}

// import: one file (report = base name), a folder, NDJSON with and without --report.
void tst_SnapshotctlStore::importForms()
{
    QFETCH(QString, engine);
    auto database = TestDatabase::create(engine);
    QVERIFY2(database, errorText(database).constData());
    const QStringList db = sa::tests::dbArguments((*database)->config());

    CliRun run = runSnapshotctl(QStringList{u"import"_s, write(u"single/lot-1.json"_s, kVersion1)} + db);
    QVERIFY2(run.exitCode == 0 && run.out.contains("lot-1: created version 1"), describe(run));

    write(u"folder/lot-1.json"_s, kVersion2);
    write(u"folder/lot-2.json"_s, kVersion1);
    write(u"folder/notes.txt"_s, "not a document");
    run = runSnapshotctl(QStringList{u"import"_s, m_dir.filePath(u"folder"_s), u"--skip-unchanged"_s} + db);
    QVERIFY2(run.exitCode == 0, describe(run));
    QVERIFY2(run.out.contains("lot-1: created version 2") && run.out.contains("lot-2: created version 1")
                 && run.out.contains("2 created, 0 unchanged, 0 refused"),
             run.out.constData());
    run = runSnapshotctl(QStringList{u"import"_s, m_dir.filePath(u"folder"_s), u"--skip-unchanged"_s} + db);
    QVERIFY2(run.out.contains("0 created, 2 unchanged"), run.out.constData());

    const QByteArray ndjson = R"({"reportId":"lot-3","area":1})" "\n\n"
                              R"({"reportId":"lot-4","area":2})" "\n"
                              R"({"area":3})" "\n";
    run = runSnapshotctl(QStringList{u"import"_s, u"-"_s, u"--source"_s, u"api"_s, u"--json"_s} + db, ndjson);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out.count('\n'), 2);
    QVERIFY2(run.err == "snapshotctl: VALIDATION_FAILED: <stdin>:4: no report id: pass --report ID or give each "
                        "document a \"reportId\" string member\n",
             run.err.constData());
    run = runSnapshotctl(QStringList{u"import"_s, u"-"_s, u"--report"_s, u"lot-5"_s} + db, ndjson);
    QVERIFY2(run.exitCode == 0 && run.out.contains("lot-5: created version 3"), describe(run));

    run = runSnapshotctl(QStringList{u"import"_s, u"-"_s, u"--source"_s, u"telepathy"_s} + db, ndjson);
    QVERIFY2(run.exitCode == 2 && run.err.startsWith("snapshotctl: VALIDATION_FAILED: "), describe(run));
    run = runSnapshotctl(QStringList{u"reports"_s, u"--json"_s} + db);
    QCOMPARE(jsonOf(run).value(u"total"_s).toInt(), 5);
}

// One line on stderr, "snapshotctl: CODE: message", and exit code 2.
void tst_SnapshotctlStore::errorsNameTheirCode()
{
    QFETCH(QString, engine);
    std::unique_ptr<TestDatabase> database;
    const QStringList db = populated(database, engine);
    const struct
    {
        QStringList arguments;
        QByteArray code;
    } cases[] = {
        {QStringList{u"show"_s, u"no-such-report"_s} + db, "NOT_FOUND"},
        {QStringList{u"show"_s, u"parcel-7"_s, u"--version"_s, u"9"_s} + db, "VERSION_NOT_FOUND"},
        {QStringList{u"show"_s, u"parcel-7"_s, u"--version"_s, u"x"_s} + db, "INVALID_ARGUMENT"},
        {QStringList{u"log"_s, u"parcel-7"_s}, "INVALID_ARGUMENT"}, // no --db, no SNAPSHOT_DB
        {{u"log"_s, u"parcel-7"_s, u"--db"_s, u"postgresql://me:secret@localhost/db"_s}, "INVALID_ARGUMENT"},
        {{u"log"_s, u"parcel-7"_s, u"--db"_s, u"sqlite:/no/such/folder/x.db"_s}, "NOT_FOUND"},
        {{u"init"_s, u"--db"_s, u"sqlite:/no/such/folder/x.db"_s}, "DATABASE_UNAVAILABLE"},
        {QStringList{u"rollback"_s, u"parcel-7"_s, u"--to"_s, u"3"_s, u"--reason"_s, u"r"_s, u"--yes"_s} + db,
         "VALIDATION_FAILED"}, // already active
        {QStringList{u"rollback"_s, u"parcel-7"_s, u"--to"_s, u"1"_s, u"--yes"_s} + db, "INVALID_ARGUMENT"}, // no reason
        {QStringList{u"deprecate"_s, u"parcel-7"_s, u"--version"_s, u"3"_s, u"--reason"_s, u"r"_s, u"--yes"_s} + db,
         "VALIDATION_FAILED"}, // the active version
        {QStringList{u"verify"_s} + db, "INVALID_ARGUMENT"},
        {QStringList{u"diff"_s, u"parcel-7"_s, u"1"_s, u"2"_s, u"--format"_s, u"xml"_s} + db, "INVALID_ARGUMENT"},
    };
    for (const auto &c : cases) {
        const CliRun run = runSnapshotctl(c.arguments);
        QVERIFY2(run.exitCode == 2, describe(run));
        QVERIFY2(run.err.startsWith(QByteArray("snapshotctl: " + c.code + ": ")) && run.err.count('\n') == 1, describe(run));
        QVERIFY2(!run.err.contains("secret"), run.err.constData());
    }
    // Reading never creates a database.
    const QString missing = m_dir.filePath(u"missing.db"_s);
    CliRun read = runSnapshotctl({u"reports"_s, u"--db"_s, u"sqlite:"_s + missing});
    QVERIFY2(read.exitCode == 2 && read.err.contains("snapshotctl init"), describe(read));
    QVERIFY(!QFileInfo::exists(missing));
    auto empty = TestDatabase::create(engine);
    QVERIFY2(empty, errorText(empty).constData());
    read = runSnapshotctl(QStringList{u"verify"_s, u"--all"_s} + sa::tests::dbArguments((*empty)->config()));
    QVERIFY2(read.exitCode == 2 && read.err.startsWith("snapshotctl: NOT_FOUND: ") && read.err.contains("init"), describe(read));

    // SNAPSHOT_DB is the default for --db.
    const CliRun run = sa::tests::runSnapshotctl({u"log"_s, u"parcel-7"_s, u"--json"_s}, {}, db.at(1));
    QVERIFY2(run.exitCode == 0, describe(run));
    QCOMPARE(jsonOf(run).value(u"total"_s).toInt(), 3);
}

// A payload changed behind the store's back: verify exits 1 naming it, show refuses it.
void tst_SnapshotctlStore::verifyFindsTampering()
{
    QFETCH(QString, engine);
    std::unique_ptr<TestDatabase> database;
    const QStringList db = populated(database, engine);
    {
        ConnectionProvider owner(database->superuserConfig());
        auto connection = owner.database();
        QVERIFY2(connection, errorText(connection).constData());
        QSqlQuery query(*connection);
        // As the owner, with the immutability triggers out of the way.
        const QStringList statements = engine == u"sqlite"_s
            ? QStringList{u"DROP TRIGGER report_snapshots_content_immutable"_s,
                          u"UPDATE report_snapshots SET checksum = '%1' WHERE version = 2"_s.arg(QString(64, u'0'))}
            : QStringList{u"SET session_replication_role = replica"_s,
                          u"UPDATE report_snapshots SET checksum = '%1' WHERE version = 2"_s.arg(QString(64, u'0'))};
        for (const QString &statement : statements)
            QVERIFY2(query.exec(statement), qPrintable(statement));
    }
    // The checksum is sealed by the hash chain too.
    CliRun run = runSnapshotctl(QStringList{u"verify"_s, u"--all"_s} + db);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.startsWith("CHECKSUM_MISMATCH: ") && run.out.contains("\nCHAIN_MISMATCH: ")
                 && run.out.contains("2 problems"),
             run.out.constData());
    run = runSnapshotctl(QStringList{u"verify"_s, u"parcel-7"_s, u"--json"_s} + db);
    QCOMPARE(run.exitCode, 1);
    const QJsonArray problems = jsonOf(run).value(u"problems"_s).toArray();
    QCOMPARE(problems.size(), 2);
    QCOMPARE(problems.at(0).toObject().value(u"version"_s).toInt(), 2);
    QCOMPARE(problems.at(1).toObject().value(u"kind"_s).toString(), u"CHAIN_MISMATCH"_s);
    run = runSnapshotctl(QStringList{u"show"_s, u"parcel-7"_s, u"--version"_s, u"2"_s} + db);
    QVERIFY2(run.exitCode == 2 && run.err.startsWith("snapshotctl: INTEGRITY_CHECK_FAILED: ") && run.out.isEmpty(),
             describe(run));
}

// repair --dry-run shows the proof and writes nothing; repair records it once, after which show
// returns the original and verify notes the repair.
void tst_SnapshotctlStore::repairRestoresAnAlteredVersion()
{
    QFETCH(QString, engine);
    std::unique_ptr<TestDatabase> database;
    const QStringList db = populated(database, engine);
    const bool sqlite = engine == u"sqlite"_s;
    QByteArray altered = kVersion2;
    altered.replace("\"Ben\"", "\"Eve\"");
    ConnectionProvider owner(database->superuserConfig());
    auto connection = owner.database();
    QVERIFY2(connection, errorText(connection).constData());
    {
        QSqlQuery query(*connection);
        QVERIFY(query.exec(sqlite ? u"DROP TRIGGER report_snapshots_content_immutable"_s
                                  : u"SET session_replication_role = replica"_s));
        QVERIFY(query.prepare(u"UPDATE report_snapshots SET parcel_snapshot = ? WHERE version = 2"_s));
        query.addBindValue(sqlite ? QVariant(qCompress(altered).mid(4)) : QVariant(QString::fromUtf8(altered)));
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    }
    const auto repairs = [&connection] {
        QSqlQuery query(*connection);
        return query.exec(u"SELECT count(*) FROM snapshot_repairs"_s) && query.next() ? query.value(0).toInt() : -1;
    };

    CliRun run = runSnapshotctl(QStringList{u"repair"_s, u"parcel-7"_s, u"2"_s, u"--dry-run"_s, u"--json"_s} + db);
    QVERIFY2(run.exitCode == 0, describe(run));
    const QJsonObject proof = jsonOf(run);
    QCOMPARE(proof.value(u"recorded"_s).toBool(true), false);
    QCOMPARE(proof.value(u"provenFrom"_s).toInt(), 1);
    const QJsonArray paths = proof.value(u"alteredPaths"_s).toArray();
    QCOMPARE(paths.size(), 1);
    QCOMPARE(paths.at(0).toObject().value(u"path"_s).toString(), u"/owners/1/name"_s);
    QCOMPARE(paths.at(0).toObject().value(u"stored"_s).toString(), u"\"Eve\""_s);
    QCOMPARE(paths.at(0).toObject().value(u"proven"_s).toString(), u"\"Ben\""_s);
    run = runSnapshotctl(QStringList{u"repair"_s, u"parcel-7"_s, u"2"_s, u"--dry-run"_s} + db);
    QVERIFY2(run.exitCode == 0 && run.out.contains("/owners/1/name: stored \"Eve\", proven \"Ben\""), describe(run));
    QCOMPARE(repairs(), 0);
    run = runSnapshotctl(QStringList{u"repair"_s, u"parcel-7"_s, u"2"_s} + db);
    QVERIFY2(run.exitCode == 2 && run.err.contains("--reason"), describe(run));

    run = runSnapshotctl(QStringList{u"repair"_s, u"parcel-7"_s, u"2"_s, u"--reason"_s, u"owner renamed by hand"_s} + db);
    QVERIFY2(run.exitCode == 0 && run.out.contains("recorded"), describe(run));
    QCOMPARE(repairs(), 1);
    run = runSnapshotctl(QStringList{u"show"_s, u"parcel-7"_s, u"--version"_s, u"2"_s, u"--canonical"_s} + db);
    QVERIFY2(run.exitCode == 0 && run.out.trimmed() == kVersion2, describe(run));
    run = runSnapshotctl(QStringList{u"verify"_s, u"parcel-7"_s} + db);
    QVERIFY2(run.exitCode == 1 && run.out.contains("a repair was recorded"), describe(run));
    run = runSnapshotctl(QStringList{u"repair"_s, u"parcel-7"_s, u"2"_s, u"--reason"_s, u"again"_s} + db);
    QVERIFY2(run.exitCode == 2 && run.err.contains("IMMUTABLE"), describe(run));
    QCOMPARE(repairs(), 1);
}

// verify --export-anchor writes the head of each chain; verify --against proves the history up
// to it unchanged, accepts newer versions, and names a rewritten chain.
void tst_SnapshotctlStore::anchorsProveHistory()
{
    QFETCH(QString, engine);
    std::unique_ptr<TestDatabase> database;
    const QStringList db = populated(database, engine);
    const QString anchor = m_dir.filePath(u"anchor-"_s + engine + u".json"_s);
    QFile::remove(anchor);

    CliRun run = runSnapshotctl(QStringList{u"verify"_s, u"--export-anchor"_s, anchor} + db);
    QVERIFY2(run.exitCode == 0 && run.out.contains("anchor written to"), describe(run));
    QFile file(anchor);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject written = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(written.value(u"reports"_s).toObject().value(u"parcel-7"_s).toObject().value(u"version"_s).toInt(), 3);
    QVERIFY(!written.value(u"database"_s).toString().isEmpty());
    QVERIFY(!written.value(u"createdAt"_s).toString().isEmpty());

    run = runSnapshotctl(QStringList{u"verify"_s, u"--against"_s, anchor, u"--json"_s} + db);
    QVERIFY2(run.exitCode == 0 && jsonOf(run).value(u"clean"_s).toBool(), describe(run));
    QCOMPARE(jsonOf(run).value(u"anchorReports"_s).toInt(), 1);
    // A newer version is fine.
    run = runSnapshotctl(QStringList{u"create"_s, u"parcel-7"_s, u"-"_s} + db, R"({"parcel":"P-7","value":4})");
    QVERIFY2(run.exitCode == 0, describe(run));
    run = runSnapshotctl(QStringList{u"verify"_s, u"--against"_s, anchor} + db);
    QVERIFY2(run.exitCode == 0 && run.out.contains("clean"), describe(run));
    // An anchor covers the whole database.
    run = runSnapshotctl(QStringList{u"verify"_s, u"parcel-7"_s, u"--against"_s, anchor} + db);
    QVERIFY2(run.exitCode == 2 && run.err.contains("INVALID_ARGUMENT"), describe(run));

    {
        ConnectionProvider owner(database->superuserConfig());
        auto connection = owner.database();
        QVERIFY2(connection, errorText(connection).constData());
        QSqlQuery query(*connection);
        const QStringList statements = engine == u"sqlite"_s
            ? QStringList{u"DROP TRIGGER report_snapshots_chain_once"_s,
                          u"UPDATE report_snapshots SET chain_hash = '%1' WHERE version = 3"_s.arg(QString(64, u'e'))}
            : QStringList{u"SET session_replication_role = replica"_s,
                          u"UPDATE report_snapshots SET chain_hash = '%1' WHERE version = 3"_s.arg(QString(64, u'e'))};
        for (const QString &statement : statements)
            QVERIFY2(query.exec(statement), qPrintable(statement));
    }
    run = runSnapshotctl(QStringList{u"verify"_s, u"--against"_s, anchor} + db);
    QVERIFY2(run.exitCode == 1 && run.out.contains("ANCHOR_MISMATCH: ") && run.out.contains("CHAIN_MISMATCH: ")
                 && run.out.contains("CHAIN_BROKEN: "),
             describe(run));
    // No anchor seals a history that does not verify.
    const QString second = m_dir.filePath(u"anchor-"_s + engine + u"-2.json"_s);
    run = runSnapshotctl(QStringList{u"verify"_s, u"--export-anchor"_s, second, u"--json"_s} + db);
    QVERIFY2(run.exitCode == 1 && jsonOf(run).value(u"anchorWritten"_s).isNull(), describe(run));
    QVERIFY(!QFileInfo::exists(second));
}

// On a terminal, rollback asks and honours the answer; on PostgreSQL without any password
// source the password is asked for.
void tst_SnapshotctlStore::terminalConfirmsAndPrompts()
{
    QFETCH(QString, engine);
    std::unique_ptr<TestDatabase> database;
    const QStringList db = populated(database, engine);
    const QStringList rollback = QStringList{u"rollback"_s, u"parcel-7"_s, u"--to"_s, u"1"_s, u"--reason"_s, u"asked"_s} + db;

    CliRun run = runOnTerminal(rollback, "n\n", true);
    QVERIFY2(run.exitCode == 2 && run.out.contains("Make version 1 of parcel-7 active? [y/N]")
                 && run.out.contains("CANCELLED: nothing changed"),
             describe(run));
    run = runSnapshotctl(QStringList{u"show"_s, u"parcel-7"_s, u"--canonical"_s} + db);
    QCOMPARE(run.out, kVersion3);
    run = runOnTerminal(rollback, "y\n", true);
    QVERIFY2(run.exitCode == 0 && run.out.contains("version 1 is active again (was 3)"), describe(run));

    if (engine != u"postgresql"_s)
        return;
    const QByteArray password = appPassword(database->config().user);
    QVERIFY(!password.isEmpty());
    run = runOnTerminal(QStringList{u"log"_s, u"parcel-7"_s} + db, password + '\n', false);
    // The terminal echoes what was typed before the prompt turned echo off: keep it out of the
    // test log.
    run.out.replace(password, "<typed ahead>");
    QVERIFY2(run.exitCode == 0 && run.out.contains("Password for postgresql://") && run.out.contains("VERSION  ACTIVE"),
             describe(run));
    // Without a terminal there is nobody to ask: the connection error says where passwords come from.
    run = sa::tests::runSnapshotctl(QStringList{u"log"_s, u"parcel-7"_s, u"--db"_s,
                                                database->config().toUrl().replace(u"snapshot_app@"_s, u"nobody@"_s)});
    QVERIFY2(run.exitCode == 2 && run.err.startsWith("snapshotctl: DATABASE_UNAVAILABLE: "), describe(run));
}

// What the README tells a new user to try: demo, then reports, log, diff, rollback, verify.
void tst_SnapshotctlStore::demoForANewUser()
{
    const QString path = m_dir.filePath(u"demo.db"_s);
    CliRun run = runSnapshotctl({u"demo"_s, path});
    QVERIFY2(run.exitCode == 0 && run.out.contains("36 reports"), describe(run));
    const QStringList db = {u"--db"_s, u"sqlite:"_s + path};

    run = runSnapshotctl(QStringList{u"reports"_s, u"--json"_s} + db);
    const QJsonArray reports = jsonOf(run).value(u"reports"_s).toArray();
    QCOMPARE(reports.size(), 36);
    const QString reportId = reports.at(0).toObject().value(u"reportId"_s).toString();
    const int active = reports.at(0).toObject().value(u"activeVersion"_s).toInt();
    QVERIFY(active > 10);

    run = runSnapshotctl(QStringList{u"log"_s, reportId, u"--json"_s, u"--limit"_s, u"1000"_s} + db);
    const QJsonArray versions = jsonOf(run).value(u"versions"_s).toArray();
    QSet<QString> authors;
    for (const QJsonValue &version : versions)
        authors.insert(version.toObject().value(u"createdBy"_s).toString());
    QVERIFY2(authors.size() >= 2, "a demo report is edited by more than one person");
    const QDateTime newest = QDateTime::fromString(versions.first().toObject().value(u"createdAt"_s).toString(), Qt::ISODateWithMs);
    const QDateTime oldest = QDateTime::fromString(versions.last().toObject().value(u"createdAt"_s).toString(), Qt::ISODateWithMs);
    QVERIFY2(oldest.daysTo(newest) > 60, "the history spreads over months");
    QVERIFY(newest < QDateTime::currentDateTimeUtc());

    run = runSnapshotctl(QStringList{u"diff"_s, reportId, QString::number(active - 1), QString::number(active)} + db);
    QVERIFY2(run.exitCode == 1 && run.out.contains(" modified"), describe(run));
    run = runSnapshotctl(QStringList{u"rollback"_s, reportId, u"--to"_s, QString::number(active - 2), u"--reason"_s,
                                     u"trying it out"_s, u"--yes"_s} + db);
    QVERIFY2(run.exitCode == 0, describe(run));
    run = runSnapshotctl(QStringList{u"activity"_s, u"--json"_s, u"--limit"_s, u"1000"_s} + db);
    QStringList actions;
    for (const QJsonValue &entry : jsonOf(run).value(u"entries"_s).toArray())
        actions.append(entry.toObject().value(u"action"_s).toString());
    QVERIFY(actions.count(u"rollback"_s) >= 2);
    QVERIFY(actions.count(u"deprecate"_s) >= 1);
    run = runSnapshotctl(QStringList{u"verify"_s, u"--all"_s} + db);
    QVERIFY2(run.exitCode == 0 && run.out.contains("clean"), describe(run));

    // The demo never replaces a file.
    const qint64 size = QFileInfo(path).size();
    run = runSnapshotctl({u"demo"_s, path});
    QVERIFY2(run.exitCode == 2 && run.err.startsWith("snapshotctl: IO_ERROR: "), describe(run));
    QCOMPARE(QFileInfo(path).size(), size);
}

QTEST_GUILESS_MAIN(tst_SnapshotctlStore)
#include "tst_snapshotctl_store.moc"
