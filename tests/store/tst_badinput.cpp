// Bad input never reaches the database: every document JSONTestSuite says must be rejected,
// and the I-JSON violations, are refused by create and import with a clear error while the
// row counts stay as they were. Awkward report ids and reasons (quotes, ';', "'--", unicode,
// 10 KB) are stored and read back exactly, and the 64-character id limit is a clear
// VALIDATION_FAILED.
#include "snapshotctlrunner.h"
#include "storeinvariants.h"
#include "storetestsupport.h"

#include "core/store/connectionprovider.h"
#include "core/store/opendatabase.h"
#include "core/store/snapshotstore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sa::core;
using sa::tests::CliRun;
using sa::tests::RowCounts;
using sa::tests::TestDatabase;
using sa::tests::errorText;

namespace {

const QString kSuiteDir = QStringLiteral(SA_CONFORMANCE_DIR "/json-parsing/test_parsing");
const QByteArray kGoodDocument = R"({"parcel":{"area":812.5,"id":"P-1"}})"; // canonical
const QByteArray kOtherDocument = R"({"parcel":{"area":815,"id":"P-1"}})";

QJsonObject jsonOutput(const CliRun &run)
{
    return QJsonDocument::fromJson(run.out).object();
}

} // namespace

class tst_BadInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rejectedDocumentsWriteNothing_data() { sa::tests::addEngineRows(); }
    void rejectedDocumentsWriteNothing();
    void ijsonViolationsAreRefused_data();
    void ijsonViolationsAreRefused();
    void roundingOnlyWhenAsked_data() { sa::tests::addEngineRows(); }
    void roundingOnlyWhenAsked();
    void awkwardIdsAndReasonsRoundTrip_data();
    void awkwardIdsAndReasonsRoundTrip();
    void reportIdLimit_data();
    void reportIdLimit();

private:
    struct Fixture
    {
        std::unique_ptr<TestDatabase> database;
        OpenedDatabase opened;
        QStringList db; // the --db arguments
    };
    // A fresh database holding report "seeded" with one version, so that refused documents
    // also meet the diff-against-the-active-version path.
    std::optional<Fixture> seededDatabase(const QString &engine);
    QString write(const QString &name, const QByteArray &content);

    QStringList m_rejectFiles;
    QTemporaryDir m_dir;
};

void tst_BadInput::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QDir suite(kSuiteDir);
    for (const QString &name : suite.entryList({u"n_*.json"_s}, QDir::Files, QDir::Name))
        m_rejectFiles.append(suite.filePath(name));
    QVERIFY2(m_rejectFiles.size() > 150, qPrintable(u"JSONTestSuite not found in "_s + kSuiteDir));
}

QString tst_BadInput::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

std::optional<tst_BadInput::Fixture> tst_BadInput::seededDatabase(const QString &engine)
{
    auto database = TestDatabase::create(engine);
    if (!database) {
        qWarning().noquote() << database.error().toString();
        return std::nullopt;
    }
    auto opened = openDatabase((*database)->config(), {}, SchemaPolicy::Migrate);
    if (!opened) {
        qWarning().noquote() << opened.error().toString();
        return std::nullopt;
    }
    SnapshotStore store(*opened->connections);
    CreateSnapshotRequest request;
    request.reportId = u"seeded"_s;
    request.json = kGoodDocument;
    if (auto created = store.create(request); !created) {
        qWarning().noquote() << created.error().toString();
        return std::nullopt;
    }
    const QStringList db = sa::tests::dbArguments((*database)->config());
    return Fixture{std::move(*database), std::move(*opened), db};
}

// Each n_ file through the store's create, then all of them through `snapshotctl import`.
void tst_BadInput::rejectedDocumentsWriteNothing()
{
    QFETCH(QString, engine);
    auto fixture = seededDatabase(engine);
    QVERIFY(fixture);
    ConnectionProvider &connections = *fixture->opened.connections;
    const auto before = sa::tests::rowCounts(connections);
    QVERIFY2(before, errorText(before).constData());

    SnapshotStore store(connections);
    QStringList accepted;
    QTemporaryDir rejects;
    for (const QString &path : std::as_const(m_rejectFiles)) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        CreateSnapshotRequest request;
        request.reportId = u"seeded"_s;
        request.json = file.readAll();
        const auto created = store.create(request);
        if (created)
            accepted.append(path);
        else if (created.error().code != ErrorCode::ValidationFailed || created.error().message.isEmpty())
            accepted.append(path + u": "_s + created.error().toString());
        QVERIFY(QFile::copy(path, rejects.filePath(QFileInfo(path).fileName())));
    }
    QVERIFY2(accepted.isEmpty(), qPrintable(accepted.join(u'\n')));
    QCOMPARE(*sa::tests::rowCounts(connections), *before);

    const CliRun import = sa::tests::runSnapshotctl(QStringList{u"import"_s, rejects.path(), u"--report"_s, u"seeded"_s}
                                                    + fixture->db);
    QCOMPARE(import.exitCode, 2);
    const QList<QByteArray> errors = import.err.trimmed().split('\n');
    QCOMPARE(errors.size(), m_rejectFiles.size());
    for (const QByteArray &line : errors) {
        QVERIFY2(line.startsWith("snapshotctl: VALIDATION_FAILED: ") && line.contains("/n_"), line.constData());
    }
    QVERIFY2(import.out.contains("0 created, 0 unchanged"), import.out.constData());
    QCOMPARE(*sa::tests::rowCounts(connections), *before);
}

void tst_BadInput::ijsonViolationsAreRefused_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QByteArray>("reason");
    const struct
    {
        const char *name;
        QByteArray document;
        QByteArray reason;
    } cases[] = {
        {"duplicate names", R"({"owner":"Ana","owner":"Ben"})", "duplicate"},
        {"lone high surrogate", R"({"note":"\uD800"})", "surrogate"},
        {"lone low surrogate", R"({"note":"x\uDC00y"})", "surrogate"},
        {"integer beyond 2^53", R"({"assessed":9007199254740993})", "9007199254740993"},
        {"number beyond double", R"({"area":1e400})", "1e400"},
        {"invalid UTF-8", "{\"note\":\"\xC3\x28\"}", "UTF-8"},
    };
    for (const QString &engine : sa::tests::storeEngines()) {
        for (const auto &c : cases)
            QTest::addRow("%s/%s", qPrintable(engine), c.name) << engine << c.document << c.reason;
    }
}

// Through `create FILE` and `import -` (NDJSON): exit 2, VALIDATION_FAILED naming the place.
void tst_BadInput::ijsonViolationsAreRefused()
{
    QFETCH(QString, engine);
    QFETCH(QByteArray, document);
    QFETCH(QByteArray, reason);
    auto fixture = seededDatabase(engine);
    QVERIFY(fixture);
    ConnectionProvider &connections = *fixture->opened.connections;
    const auto before = sa::tests::rowCounts(connections);
    QVERIFY2(before, errorText(before).constData());

    const QString file = write(u"violation.json"_s, document);
    const CliRun create = sa::tests::runSnapshotctl(QStringList{u"create"_s, u"seeded"_s, file} + fixture->db);
    QCOMPARE(create.exitCode, 2);
    QVERIFY2(create.err.startsWith(QByteArray("snapshotctl: VALIDATION_FAILED: " + file.toUtf8())), create.err.constData());
    QVERIFY2(create.err.contains(QByteArray(file.toUtf8() + ":1:")) && create.err.contains(reason), create.err.constData());

    // The bad document between two good ones: only the good ones are written.
    const CliRun import = sa::tests::runSnapshotctl(QStringList{u"import"_s, u"-"_s, u"--report"_s, u"seeded"_s} + fixture->db,
                                                    kOtherDocument + '\n' + document + '\n' + kGoodDocument + '\n');
    QCOMPARE(import.exitCode, 2);
    QVERIFY2(import.err.startsWith("snapshotctl: VALIDATION_FAILED: <stdin>:2:"), import.err.constData());
    QCOMPARE(import.err.count('\n'), 1);
    RowCounts expected = *before;
    expected.snapshots += 2;
    expected.activity += 2;
    QCOMPARE(*sa::tests::rowCounts(connections), expected);
}

// --accept-rounding stores the rounded number and says so; the warning is kept with it.
void tst_BadInput::roundingOnlyWhenAsked()
{
    QFETCH(QString, engine);
    auto fixture = seededDatabase(engine);
    QVERIFY(fixture);
    const QString file = write(u"rounded.json"_s, R"({"assessed":9007199254740993})");
    const CliRun create = sa::tests::runSnapshotctl(QStringList{u"create"_s, u"seeded"_s, file, u"--accept-rounding"_s}
                                                    + fixture->db);
    QVERIFY2(create.exitCode == 0, create.err.constData());
    QVERIFY2(create.err.contains("warning: the number at /assessed is stored rounded from 9007199254740993 to "
                                 "9007199254740992"),
             create.err.constData());
    const CliRun show = sa::tests::runSnapshotctl(QStringList{u"show"_s, u"seeded"_s, u"--canonical"_s} + fixture->db);
    QCOMPARE(show.out, QByteArray(R"({"assessed":9007199254740992})"));
}

void tst_BadInput::awkwardIdsAndReasonsRoundTrip_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("reportId");
    QTest::addColumn<QString>("reason");
    QString longReason;
    while (longReason.size() < 10 * 1024)
        longReason += u"'; DROP TABLE activity_logs;-- \"ü€🏠\" "_s;
    const struct
    {
        const char *name;
        QString reportId;
        QString reason;
    } cases[] = {
        {"quotes", uR"(he said "no")"_s, uR"(both "double" and 'single')"_s},
        {"statement end", u"r1; DELETE FROM reports"_s, u"a;b;c;"_s},
        {"comment", u"it's'--"_s, u"'--"_s},
        {"injection", u"x'); DROP TABLE report_snapshots;--"_s, u"\"); DROP TABLE users;--"_s},
        {"unicode", u"отчёт №7 🏠 Ωmega"_s, u"Grund: Flurstück geändert — 地番の修正 🙂"_s},
        {"wildcards", u"100%_done\\path"_s, u"%_\\"_s},
        {"64 characters", QString(64, u'x'), longReason},
    };
    for (const QString &engine : sa::tests::storeEngines()) {
        for (const auto &c : cases)
            QTest::addRow("%s/%s", qPrintable(engine), c.name) << engine << c.reportId << c.reason;
    }
}

// Created, rolled back with the reason, then read back through log, activity and reports.
void tst_BadInput::awkwardIdsAndReasonsRoundTrip()
{
    QFETCH(QString, engine);
    QFETCH(QString, reportId);
    QFETCH(QString, reason);
    auto fixture = seededDatabase(engine);
    QVERIFY(fixture);
    const QStringList &db = fixture->db;
    for (const QString &file : {write(u"v1.json"_s, kGoodDocument), write(u"v2.json"_s, kOtherDocument)}) {
        const CliRun create = sa::tests::runSnapshotctl(QStringList{u"create"_s, reportId, file} + db);
        QVERIFY2(create.exitCode == 0, create.err.constData());
    }
    const CliRun rollback = sa::tests::runSnapshotctl(QStringList{u"rollback"_s, reportId, u"--to"_s, u"1"_s,
                                                                  u"--reason"_s, reason, u"--yes"_s} + db);
    QVERIFY2(rollback.exitCode == 0, rollback.err.constData());

    const CliRun log = sa::tests::runSnapshotctl(QStringList{u"log"_s, reportId, u"--json"_s} + db);
    QVERIFY2(log.exitCode == 0, log.err.constData());
    QCOMPARE(jsonOutput(log).value(u"reportId"_s).toString(), reportId);
    QCOMPARE(jsonOutput(log).value(u"total"_s).toInt(), 2);
    const QJsonArray versions = jsonOutput(log).value(u"versions"_s).toArray();
    QCOMPARE(versions.at(0).toObject().value(u"reportId"_s).toString(), reportId);

    const CliRun activity = sa::tests::runSnapshotctl(QStringList{u"activity"_s, reportId, u"--json"_s} + db);
    QVERIFY2(activity.exitCode == 0, activity.err.constData());
    const QJsonObject newest = jsonOutput(activity).value(u"entries"_s).toArray().at(0).toObject();
    QCOMPARE(newest.value(u"action"_s).toString(), u"rollback"_s);
    QCOMPARE(newest.value(u"reportId"_s).toString(), reportId);
    QCOMPARE(newest.value(u"reason"_s).toString(), reason);

    const CliRun reports = sa::tests::runSnapshotctl(QStringList{u"reports"_s, u"--filter"_s, reportId, u"--json"_s} + db);
    QVERIFY2(reports.exitCode == 0, reports.err.constData());
    const QJsonArray rows = jsonOutput(reports).value(u"reports"_s).toArray();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).toObject().value(u"reportId"_s).toString(), reportId);

    const CliRun show = sa::tests::runSnapshotctl(QStringList{u"show"_s, reportId, u"--canonical"_s} + db);
    QVERIFY2(show.exitCode == 0, show.err.constData());
    QCOMPARE(show.out, kGoodDocument);
    const auto versionsNow = sa::tests::checkReportInvariants(*fixture->opened.connections, reportId, 2);
    QVERIFY2(versionsNow, errorText(versionsNow).constData());
}

void tst_BadInput::reportIdLimit_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("reportId");
    QTest::addColumn<bool>("accepted");
    QString emoji;
    for (int i = 0; i < 64; ++i)
        emoji += u"🏠"_s;
    for (const QString &engine : sa::tests::storeEngines()) {
        QTest::addRow("%s/64 ASCII", qPrintable(engine)) << engine << QString(64, u'a') << true;
        QTest::addRow("%s/65 ASCII", qPrintable(engine)) << engine << QString(65, u'a') << false;
        QTest::addRow("%s/64 emoji", qPrintable(engine)) << engine << emoji << true;
        QTest::addRow("%s/65 emoji", qPrintable(engine)) << engine << emoji + u"🏠"_s << false;
        QTest::addRow("%s/10 KB", qPrintable(engine)) << engine << QString(10 * 1024, u'q') << false;
    }
}

// Report ids have 1 to 64 characters (code points): longer ones are VALIDATION_FAILED and
// write nothing.
void tst_BadInput::reportIdLimit()
{
    QFETCH(QString, engine);
    QFETCH(QString, reportId);
    QFETCH(bool, accepted);
    auto fixture = seededDatabase(engine);
    QVERIFY(fixture);
    const auto before = sa::tests::rowCounts(*fixture->opened.connections);
    QVERIFY2(before, errorText(before).constData());
    const CliRun create = sa::tests::runSnapshotctl(QStringList{u"create"_s, reportId, write(u"doc.json"_s, kGoodDocument)}
                                                    + fixture->db);
    if (accepted) {
        QVERIFY2(create.exitCode == 0, create.err.constData());
        const CliRun log = sa::tests::runSnapshotctl(QStringList{u"log"_s, reportId, u"--json"_s} + fixture->db);
        QCOMPARE(jsonOutput(log).value(u"reportId"_s).toString(), reportId);
        return;
    }
    QCOMPARE(create.exitCode, 2);
    QVERIFY2(create.err.startsWith("snapshotctl: VALIDATION_FAILED: ") && create.err.contains("64"), create.err.constData());
    QCOMPARE(*sa::tests::rowCounts(*fixture->opened.connections), *before);
}

QTEST_GUILESS_MAIN(tst_BadInput)
#include "tst_badinput.moc"
