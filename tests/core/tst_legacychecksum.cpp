#include "core/json/canonicaljson.h"
#include "core/json/jsonparser.h"
#include "core/json/legacychecksum.h"
#include "core/json/sha256.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "tests/testsupport.h"

using namespace sa::core;
using sa::tests::failureText;
using namespace Qt::StringLiterals;

// CCP-04's checksum reproduced against the database its own service wrote (the fixture's
// dump, read without PostgreSQL), and against JSON.stringify's rules case by case.
class tst_LegacyChecksum : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtureRowsMatchTheStoredChecksums();
    void replacerRules_data();
    void replacerRules();
};

namespace {

// One field of COPY's text format: backslash escapes, as pg_dump writes them.
QByteArray unescapeCopyField(QByteArrayView field)
{
    QByteArray out;
    out.reserve(field.size());
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field[i] != '\\' || i + 1 == field.size()) {
            out += field[i];
            continue;
        }
        switch (const char c = field[++i]) {
        case 't':
            out += '\t';
            break;
        case 'n':
            out += '\n';
            break;
        case 'r':
            out += '\r';
            break;
        case 'b':
            out += '\b';
            break;
        case 'f':
            out += '\f';
            break;
        case 'v':
            out += '\v';
            break;
        default:
            out += c; // "\\" and any other escaped character stand for themselves
        }
    }
    return out;
}

struct DumpedRow
{
    QString reportId;
    int version = 0;
    QByteArray document;
    QString checksum;
};

std::vector<DumpedRow> dumpedSnapshots(const QByteArray &dump)
{
    std::vector<DumpedRow> rows;
    const qsizetype start = dump.indexOf("COPY public.report_snapshots ");
    if (start < 0)
        return rows;
    qsizetype line = dump.indexOf('\n', start) + 1;
    while (line > 0 && line < dump.size()) {
        const qsizetype end = dump.indexOf('\n', line);
        const QByteArrayView text(dump.constData() + line, end - line);
        if (text == "\\.")
            break;
        const QList<QByteArray> fields = text.toByteArray().split('\t');
        // id, report_id, version, parcel_snapshot, snapshot_metadata, checksum, ...
        rows.push_back({ QString::fromUtf8(fields.at(1)), fields.at(2).toInt(),
                         unescapeCopyField(fields.at(3)), QString::fromUtf8(fields.at(5)) });
        line = end + 1;
    }
    return rows;
}

QJsonObject readExpected()
{
    QFile file(QStringLiteral(SA_FIXTURES_DIR) + u"/ccp04/expected.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

void tst_LegacyChecksum::fixtureRowsMatchTheStoredChecksums()
{
    QFile dump(QStringLiteral(SA_FIXTURES_DIR) + u"/ccp04/ccp04.sql"_s);
    QVERIFY2(dump.open(QIODevice::ReadOnly), qPrintable(dump.fileName()));
    const std::vector<DumpedRow> rows = dumpedSnapshots(dump.readAll());
    const QJsonObject expected = readExpected();
    const QJsonArray expectedRows = expected[u"rows"_s].toArray();
    const QJsonArray coverage
        = expected[u"observations"_s][u"legacy_leaf_coverage"_s][u"per_row"_s].toArray();
    QCOMPARE(qsizetype(rows.size()), expectedRows.size());
    QCOMPARE(coverage.size(), expectedRows.size());

    int covered = 0;
    int total = 0;
    for (const DumpedRow &row : rows) {
        const auto same = [&](const QJsonValue &entry) {
            return entry[u"report_id"_s].toString() == row.reportId
                && entry[u"version"_s].toInt() == row.version;
        };
        const auto expectedRow = std::find_if(expectedRows.begin(), expectedRows.end(), same);
        const auto expectedCoverage = std::find_if(coverage.begin(), coverage.end(), same);
        QVERIFY2(expectedRow != expectedRows.end() && expectedCoverage != coverage.end(),
                 qPrintable(row.reportId));
        const QByteArray where = row.reportId.toUtf8() + " v" + QByteArray::number(row.version);

        const auto parsed = parseJson(row.document, JsonParseOptions::storage());
        QVERIFY2(parsed, failureText(parsed).constData());
        const JsonValue &root = parsed->document->root();
        QVERIFY2(sha256Hex(canonicalJson(root)) == (*expectedRow)[u"jcs_sha256"_s].toString(),
                 where.constData());
        QVERIFY2(sha256Hex(canonicalJson(root)) != row.checksum, where.constData());

        const LegacyChecksum legacy = ccp04Checksum(root);
        QVERIFY2(legacy.checksum == row.checksum, where.constData());
        QVERIFY2(legacy.checksum == (*expectedRow)[u"checksum"_s].toString(), where.constData());
        QCOMPARE(legacy.coveredValues, (*expectedCoverage)[u"covered"_s].toInt());
        QCOMPARE(legacy.totalValues, (*expectedCoverage)[u"total"_s].toInt());
        QCOMPARE(legacy.coversAll(), (*expectedRow)[u"legacy_covers_all"_s].toBool());
        covered += legacy.coveredValues;
        total += legacy.totalValues;
    }
    const QJsonValue figures = expected[u"observations"_s][u"legacy_leaf_coverage"_s];
    QCOMPARE(covered, figures[u"covered_scalars"_s].toInt());
    QCOMPARE(total, figures[u"total_scalars"_s].toInt());
}

void tst_LegacyChecksum::replacerRules_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QByteArray>(
        "hashedText"); // what JSON.stringify(doc, Object.keys(doc).sort()) gives
    QTest::addColumn<int>("covered");
    QTest::addColumn<int>("total");

    // Verified with node v20: the list filters every depth, in list order; arrays are kept whole.
    QTest::newRow("nested names not in the list are dropped")
        << R"({"b":{"a":1,"z":2},"a":[{"b":3,"c":4}]})"_ba
        << R"({"a":[{"b":3}],"b":{"a":1}})"_ba << 2 << 4;
    QTest::newRow("numbers as JavaScript spells them")
        << R"({"n":[1e21,1.0,-0.0,1e-7,0.1]})"_ba
        << R"({"n":[1e+21,1,0,1e-7,0.1]})"_ba << 5 << 5;
    QTest::newRow("strings: U+2028 kept, controls escaped")
        << "{\"s\":\"\xe2\x80\xa8\\u0001\\t\\\"\"}"_ba
        << "{\"s\":\"\xe2\x80\xa8\\u0001\\t\\\"\"}"_ba << 1 << 1;
    QTest::newRow("empty containers hold no values") << R"({"a":{},"b":[]})"_ba
                                                     << R"({"a":{},"b":[]})"_ba << 0 << 0;
    QTest::newRow("array root: indices as names") << R"([{"0":true,"x":null}])"_ba
                                                  << R"([{"0":true}])"_ba << 1 << 2;
}

void tst_LegacyChecksum::replacerRules()
{
    QFETCH(QByteArray, document);
    QFETCH(QByteArray, hashedText);
    QFETCH(int, covered);
    QFETCH(int, total);
    const auto parsed = parseJson(document, JsonParseOptions::storage());
    QVERIFY2(parsed, failureText(parsed).constData());
    const LegacyChecksum legacy = ccp04Checksum(parsed->document->root());
    QCOMPARE(legacy.checksum, sha256Hex(hashedText));
    QCOMPARE(legacy.coveredValues, covered);
    QCOMPARE(legacy.totalValues, total);
}

QTEST_APPLESS_MAIN(tst_LegacyChecksum)
#include "tst_legacychecksum.moc"
