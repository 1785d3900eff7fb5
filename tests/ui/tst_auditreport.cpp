// AuditReport: the exported integrity audit holds its title page facts and every problem;
// CSV quotes by RFC 4180; JSON has stable keys and round-trips; the PDF is a PDF; a failed
// write leaves the target as it was.
#include "ui/auditreport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sa::core;
using namespace sa::ui;

namespace {

// Two problems in one report, one in another; the second one's texts hold every character
// CSV must quote.
AuditReport sampleReport()
{
    IntegrityReport report;
    report.reportsChecked = 36;
    report.snapshotsChecked = 1012;
    report.bytesVerified = 198'000'000;
    report.problems = {
        {IntegrityProblemKind::ChecksumMismatch, u"RPT-0007"_s, 3, u"snap-7-3"_s,
         u"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"_s,
         u"60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752"_s},
        {IntegrityProblemKind::DataSizeMismatch, u"RPT-0007"_s, 4, u"snap-7-4"_s, u"120 bytes, \"canonical\""_s,
         u"121 bytes\nline two"_s},
        {IntegrityProblemKind::NoActiveVersion, u"RPT-0012"_s, 0, {}, u"one active version"_s, u"none"_s},
    };
    AuditHeader header;
    header.database = u"postgresql://auditor@db.example:5432/parcels"_s;
    header.startedAt = QDateTime(QDate(2026, 3, 2), QTime(14, 5, 9), Qt::UTC);
    header.user = u"auditor"_s;
    header.toolVersion = u"1.4.0"_s;
    header.elapsedMs = 1400;
    return AuditReport(std::move(report), header);
}

} // namespace

class tst_AuditReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void summaryLine();
    void htmlHasTitlePageAndEveryProblem_data();
    void htmlHasTitlePageAndEveryProblem();
    void csvQuotesByRfc4180();
    void jsonRoundTripsWithStableKeys();
    void pdfIsWritten();
    void failedWriteLeavesTheTargetAlone();
    void formatFollowsTheSuffix();
};

void tst_AuditReport::summaryLine()
{
    const QString line = sampleReport().summaryLine();
    QVERIFY2(line.startsWith(u"36 reports, 1,012 snapshots, 198.0 MB verified in 1.4 s"_s), qPrintable(line));
    QVERIFY2(line.endsWith(u": 3 problems in 2 reports"_s), qPrintable(line));

    IntegrityReport clean;
    clean.reportsChecked = 1;
    clean.snapshotsChecked = 1;
    clean.bytesVerified = 512;
    const QString cleanLine = AuditReport(clean, {}).summaryLine();
    QVERIFY2(cleanLine.startsWith(u"1 report, 1 snapshot, "_s), qPrintable(cleanLine));
    QVERIFY2(cleanLine.endsWith(u": no problems"_s), qPrintable(cleanLine));
}

void tst_AuditReport::htmlHasTitlePageAndEveryProblem_data()
{
    QTest::addColumn<bool>("forPrint");
    QTest::newRow("HTML file") << false;
    QTest::newRow("PDF rendering") << true;
}

void tst_AuditReport::htmlHasTitlePageAndEveryProblem()
{
    QFETCH(bool, forPrint);
    const AuditReport report = sampleReport();
    // The printed variant breaks long words with zero-width spaces; the reader sees the same.
    const QString html = report.toHtml(forPrint).remove(QChar(0x200B));
    for (const QString &expected :
         {u"Integrity audit"_s, u"postgresql://auditor@db.example:5432/parcels"_s, u"auditor"_s,
          u"Snapshot Auditor 1.4.0"_s, u"1,012"_s, u"Audited by:"_s, u"Date:"_s, u"CHECKSUM_MISMATCH"_s,
          u"Checksum mismatch"_s, u"DATA_SIZE_MISMATCH"_s, u"NO_ACTIVE_VERSION"_s, u"RPT-0012"_s}) {
        QVERIFY2(html.contains(expected), qPrintable(expected));
    }
    for (const IntegrityProblem &problem : report.report().problems) {
        QVERIFY2(html.contains(problem.reportId.toHtmlEscaped()), qPrintable(problem.reportId));
        QVERIFY2(html.contains(problem.expected.toHtmlEscaped()), qPrintable(problem.expected));
        QVERIFY2(html.contains(problem.found.toHtmlEscaped()), qPrintable(problem.found));
        QVERIFY2(html.contains(problem.description().toHtmlEscaped()), qPrintable(problem.description()));
    }
    QCOMPARE(html.contains(u"page-break-before"_s), forPrint);
}

void tst_AuditReport::csvQuotesByRfc4180()
{
    const QString csv = QString::fromUtf8(sampleReport().toCsv());
    QVERIFY(csv.startsWith(u"kind,label,reportId,version,snapshotId,expected,found,description\r\n"_s));
    // Quotes doubled, fields with commas, quotes or line breaks quoted, records end in CRLF.
    QVERIFY2(csv.contains(u"DATA_SIZE_MISMATCH,Size mismatch,RPT-0007,4,snap-7-4,"
                          "\"120 bytes, \"\"canonical\"\"\",\"121 bytes\nline two\","_s),
             qPrintable(csv));
    QVERIFY(csv.contains(u"NO_ACTIVE_VERSION,No active version,RPT-0012,0,,one active version,none,"_s));
    QCOMPARE(csv.count(u"\r\n"_s), 4);
    QVERIFY(csv.endsWith(u"\r\n"_s));
}

void tst_AuditReport::jsonRoundTripsWithStableKeys()
{
    const AuditReport report = sampleReport();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(report.toJson(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject header = document.object().value(u"header"_s).toObject();
    QCOMPARE(header.value(u"database"_s).toString(), u"postgresql://auditor@db.example:5432/parcels"_s);
    QCOMPARE(header.value(u"time"_s).toString(), u"2026-03-02T14:05:09.000Z"_s);
    QCOMPARE(header.value(u"user"_s).toString(), u"auditor"_s);
    QCOMPARE(header.value(u"toolVersion"_s).toString(), u"1.4.0"_s);
    QCOMPARE(header.value(u"reportsChecked"_s).toInteger(), 36);
    QCOMPARE(header.value(u"snapshotsChecked"_s).toInteger(), 1012);
    QCOMPARE(header.value(u"bytesVerified"_s).toInteger(), 198'000'000);
    QCOMPARE(header.value(u"problemCount"_s).toInteger(), 3);
    QCOMPARE(header.value(u"problemsByKind"_s).toObject().value(u"CHECKSUM_MISMATCH"_s).toInteger(), 1);

    const QJsonArray problems = document.object().value(u"problems"_s).toArray();
    QCOMPARE(problems.size(), 3);
    const QStringList keys{u"description"_s, u"expected"_s, u"found"_s, u"kind"_s,
                           u"reportId"_s,    u"snapshotId"_s, u"version"_s};
    for (qsizetype i = 0; i < problems.size(); ++i) {
        const QJsonObject problem = problems.at(i).toObject();
        const IntegrityProblem &original = report.report().problems[std::size_t(i)];
        QCOMPARE(problem.keys(), keys);
        QCOMPARE(problem.value(u"kind"_s).toString(), integrityProblemKindName(original.kind));
        QCOMPARE(problem.value(u"reportId"_s).toString(), original.reportId);
        QCOMPARE(problem.value(u"version"_s).toInt(), original.version);
        QCOMPARE(problem.value(u"snapshotId"_s).toString(), original.snapshotId);
        QCOMPARE(problem.value(u"expected"_s).toString(), original.expected);
        QCOMPARE(problem.value(u"found"_s).toString(), original.found);
        QCOMPARE(problem.value(u"description"_s).toString(), original.description());
    }
}

void tst_AuditReport::pdfIsWritten()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"audit.pdf"_s);
    const auto written = sampleReport().write(path, AuditReport::Format::Pdf);
    QVERIFY2(written.hasValue(), written.hasValue() ? "" : qPrintable(written.error().message));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF"));
    QVERIFY(pdf.size() > 2000);
    // A title page and a page of problems.
    QVERIFY2(pdf.count("/Type /Page") - pdf.count("/Type /Pages") >= 2, "expected at least two pages");
    if (const QByteArray out = qgetenv("SA_AUDIT_PDF"); !out.isEmpty()) // for looking at it
        QFile::copy(path, QString::fromLocal8Bit(out));
}

void tst_AuditReport::failedWriteLeavesTheTargetAlone()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A folder that does not exist: nothing written, a clear error.
    const QString missing = dir.filePath(u"no-such-folder/audit.csv"_s);
    const auto failed = sampleReport().write(missing, AuditReport::Format::Csv);
    QVERIFY(!failed.hasValue());
    QCOMPARE(failed.error().code, ErrorCode::IoError);
    QVERIFY2(failed.error().message.contains(missing), qPrintable(failed.error().message));
    QVERIFY(!QFile::exists(missing));

    // Overwriting works through a temporary file renamed into place.
    const QString path = dir.filePath(u"audit.json"_s);
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    QVERIFY(sampleReport().write(path, AuditReport::Format::Json).hasValue());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("{"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"audit.json"_s});
}

void tst_AuditReport::formatFollowsTheSuffix()
{
    QCOMPARE(AuditReport::formatForPath(u"/tmp/a.PDF"_s), AuditReport::Format::Pdf);
    QCOMPARE(AuditReport::formatForPath(u"/tmp/a.csv"_s), AuditReport::Format::Csv);
    QCOMPARE(AuditReport::formatForPath(u"/tmp/a.json"_s), AuditReport::Format::Json);
    QCOMPARE(AuditReport::formatForPath(u"/tmp/a.html"_s), AuditReport::Format::Html);
}

QTEST_MAIN(tst_AuditReport)
#include "tst_auditreport.moc"
