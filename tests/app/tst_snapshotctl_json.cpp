#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// snapshotctl's JSON verbs, as a process: exit codes, output and error lines.
class tst_SnapshotctlJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void diffExitCodes_data();
    void diffExitCodes();
    void diffAsPatchRoundTrips();
    void errorsNamePosition();
    void canonFromStandardInput();
    void everyVerbHasHelp_data();
    void everyVerbHasHelp();

private:
    struct Run
    {
        int exitCode;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &arguments, const QByteArray &input = {});
    QString write(const QString &name, const QByteArray &content);

    QTemporaryDir m_dir;
    QString m_v1;
    QString m_v2;
};

void tst_SnapshotctlJson::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_v1 = QStringLiteral(SA_SOURCE_DIR "/resources/examples/parcel-v1.json");
    m_v2 = QStringLiteral(SA_SOURCE_DIR "/resources/examples/parcel-v2.json");
}

tst_SnapshotctlJson::Run tst_SnapshotctlJson::run(const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    process.start(QStringLiteral(SNAPSHOTCTL_PATH), arguments);
    if (!process.waitForStarted())
        return {-1, {}, "could not start snapshotctl"};
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(30000);
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QString tst_SnapshotctlJson::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void tst_SnapshotctlJson::diffExitCodes_data()
{
    QTest::addColumn<QString>("format");
    QTest::addRow("summary") << u"summary"_s;
    QTest::addRow("pointer") << u"pointer"_s;
    QTest::addRow("json-patch") << u"json-patch"_s;
}

// Like diff(1): 0 when the same, 1 when different, 2 on trouble.
void tst_SnapshotctlJson::diffExitCodes()
{
    QFETCH(QString, format);
    QCOMPARE(run({u"diff"_s, u"--format"_s, format, m_v1, m_v1}).exitCode, 0);
    const Run different = run({u"diff"_s, u"--format"_s, format, m_v1, m_v2});
    QCOMPARE(different.exitCode, 1);
    QVERIFY(different.out.contains("/zoning/overlay"));
    QCOMPARE(run({u"diff"_s, u"--format"_s, format, m_v1, m_dir.filePath(u"missing.json"_s)}).exitCode, 2);
}

void tst_SnapshotctlJson::diffAsPatchRoundTrips()
{
    const Run diff = run({u"diff"_s, u"--format"_s, u"json-patch"_s, m_v1, m_v2});
    QCOMPARE(diff.exitCode, 1);
    const QString patch = write(u"v1-to-v2.json"_s, diff.out);
    const Run patched = run({u"patch"_s, m_v1, patch});
    QCOMPARE(patched.exitCode, 0);
    const Run expected = run({u"canon"_s, m_v2});
    QCOMPARE(patched.out, expected.out);

    const Run summary = run({u"diff"_s, u"--ignore"_s, u"/retrievedAt"_s, u"--identity"_s, u"/owners=id"_s, m_v1, m_v2});
    QVERIFY(!summary.out.contains("/retrievedAt"));
    QVERIFY(summary.out.contains("+ /owners/1: {\"id\":\"own-47\""));

    const QString failing = write(u"failing.json"_s, R"([{"op":"test","path":"/county","value":"Sonoma"}])"_ba);
    const Run refused = run({u"patch"_s, m_v1, failing});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(refused.out.isEmpty());
    QVERIFY2(refused.err.contains("failing.json"), refused.err.constData());
}

void tst_SnapshotctlJson::errorsNamePosition()
{
    const QString bad = write(u"bad.json"_s, "{\n  \"owners\": [\n    {\"id\": 1, \"id\": 2}\n  ]\n}\n"_ba);
    const Run result = run({u"validate"_s, bad});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    const QByteArray expected = "snapshotctl: " + bad.toUtf8() + ":3:15: duplicate member name \"id\"";
    QVERIFY2(result.err.startsWith(expected), result.err.constData());
    QVERIFY(result.err.contains("(at /owners/0/id)"));
    QCOMPARE(result.err.count('\n'), 1); // one clear line
}

void tst_SnapshotctlJson::canonFromStandardInput()
{
    const Run result = run({u"canon"_s, u"-"_s}, R"({ "b": 1.0, "a": [1e21, "\u00e9"] })"_ba);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, "{\"a\":[1e+21,\"\xC3\xA9\"],\"b\":1}"_ba);
    const Run checksum = run({u"checksum"_s, u"-"_s}, result.out);
    QCOMPARE(checksum.out.trimmed().size(), 64);
}

void tst_SnapshotctlJson::everyVerbHasHelp_data()
{
    QTest::addColumn<QString>("verb");
    for (const char *verb : {"canon", "checksum", "validate", "diff", "patch"})
        QTest::newRow(verb) << QString::fromLatin1(verb);
}

void tst_SnapshotctlJson::everyVerbHasHelp()
{
    QFETCH(QString, verb);
    const Run help = run({verb, u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("Usage:"));
    QVERIFY(run({u"--help"_s}).out.contains(verb.toUtf8()));
}

QTEST_GUILESS_MAIN(tst_SnapshotctlJson)
#include "tst_snapshotctl_json.moc"
