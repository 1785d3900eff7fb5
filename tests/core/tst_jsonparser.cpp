#include "core/json/canonicaljson.h"
#include "core/json/jsonparser.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include "tests/testsupport.h"

using namespace sa::core;
using sa::tests::failureText;
using namespace Qt::StringLiterals;

class tst_JsonParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonTestSuite_data();
    void jsonTestSuite();
    void acceptsValidDocuments_data();
    void acceptsValidDocuments();
    void rejectsWithPosition_data();
    void rejectsWithPosition();
    void storageRulesRefuseRounding_data();
    void storageRulesRefuseRounding();
    void acceptedRoundingIsListed();
    void duplicateNamesLastWinsInRfc8259Mode();
    void keepsMembersInCanonicalOrder();
    void deepNestingIsRefusedClearly();
    void deepNestingWithinLimitParses();
    void decodesEscapes();
    void errorsNameTheSourceFile();
};

static QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

void tst_JsonParser::jsonTestSuite_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(SA_CONFORMANCE_DIR "/json-parsing/test_parsing"));
    const QStringList files = dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    QVERIFY2(files.size() > 300, "the JSONTestSuite files are missing");
    for (const QString &name : files)
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

// y_ must be accepted, n_ refused with an error, i_ either way without crashing: in the
// RFC 8259 profile. The storage profile must refuse every n_ file too.
void tst_JsonParser::jsonTestSuite()
{
    QFETCH(QString, path);
    const QString name = QFileInfo(path).fileName();
    const QByteArray bytes = readFile(path);
    const auto plain = parseJson(bytes, JsonParseOptions::rfc8259());
    const auto stored = parseJson(bytes, JsonParseOptions::storage());
    if (name.startsWith(u"y_")) {
        QVERIFY2(plain.hasValue(), failureText(plain).constData());
    } else if (name.startsWith(u"n_")) {
        QVERIFY(!plain.hasValue());
        QVERIFY(!stored.hasValue());
        QVERIFY(!plain.error().reason.isEmpty());
        QVERIFY(plain.error().offset <= bytes.size());
    }
    if (plain.hasValue()) {
        // Whatever is accepted canonicalizes to JSON that parses back to the same value.
        const QByteArray canonical = canonicalJson(plain->document->root());
        const auto again = parseJson(canonical, JsonParseOptions::rfc8259());
        QVERIFY2(again.hasValue(), canonical.constData());
        QCOMPARE(canonicalJson(again->document->root()), canonical);
    }
}

void tst_JsonParser::acceptsValidDocuments_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("canonical");
    QTest::newRow("scalar root") << "  42 "_ba << "42"_ba;
    QTest::newRow("integers beyond 15 digits that are exact") << "[9007199254740992, 1e21, 1000000000000000000000]"_ba
                                                               << "[9007199254740992,1e+21,1e+21]"_ba;
    QTest::newRow("decimal spelling that is exact") << "[1.0, 0.1, 1e-7, 0.30000000000000004, -0]"_ba
                                                    << "[1,0.1,1e-7,0.30000000000000004,0]"_ba;
    QTest::newRow("nested") << "{\"b\":[true,false,null],\"a\":{\"y\":\"\",\"x\":{}}}"_ba
                            << "{\"a\":{\"x\":{},\"y\":\"\"},\"b\":[true,false,null]}"_ba;
    QTest::newRow("non-ASCII kept as UTF-8") << "[\"\u00e9\u20ac\U0001F600\u2028\"]"_ba
                                             << "[\"\u00e9\u20ac\U0001F600\u2028\"]"_ba;
}

void tst_JsonParser::acceptsValidDocuments()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, canonical);
    const auto parsed = parseJson(input);
    QVERIFY2(parsed.hasValue(), failureText(parsed).constData());
    QVERIFY(parsed->roundedNumbers.empty());
    QCOMPARE(canonicalJson(parsed->document->root()), canonical);
}

void tst_JsonParser::rejectsWithPosition_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("reasonPart");
    QTest::newRow("duplicate name") << "{\n  \"a\": 1,\n  \"a\": 2\n}"_ba << 3 << 3 << u"/a"_s << u"duplicate member name \"a\""_s;
    QTest::newRow("nested duplicate") << "{\"owners\":[{\"id\":1},{\"id\":2,\"id\":3}]}"_ba << 1 << 29 << u"/owners/1/id"_s << u"duplicate"_s;
    QTest::newRow("trailing comma") << "[1,2,]"_ba << 1 << 6 << u"/2"_s << u"expected a value but found ']'"_s;
    QTest::newRow("invalid UTF-8") << "{\"name\":\"caf\xC3\"}"_ba << 1 << 13 << u"/name"_s << u"invalid UTF-8"_s;
    QTest::newRow("lone surrogate") << "[\"x\",\"\\uD800\"]"_ba << 1 << 7 << u"/1"_s << u"high surrogate"_s;
    QTest::newRow("lone low surrogate") << "[\"\\uDC00\"]"_ba << 1 << 3 << u"/0"_s << u"lone low surrogate"_s;
    QTest::newRow("beyond double range") << "{\"v\":1e400}"_ba << 1 << 6 << u"/v"_s << u"beyond the range"_s;
    QTest::newRow("leading zero") << "[01]"_ba << 1 << 2 << u"/0"_s << u"leading zeros"_s;
    QTest::newRow("columns count characters") << "[\"\u00e9\u00e9\", x]"_ba << 1 << 8 << u"/1"_s << u"expected a value but found 'x'"_s;
    QTest::newRow("unclosed") << "{\"a\":[1"_ba << 1 << 8 << u"/a/1"_s << u"array is not closed"_s;
    QTest::newRow("byte order mark") << "\xEF\xBB\xBF{}"_ba << 1 << 1 << QString() << u"byte order mark"_s;
    QTest::newRow("raw control character") << "[\"a\tb\"]"_ba << 1 << 4 << u"/0"_s << u"U+0009"_s;
    QTest::newRow("empty") << ""_ba << 1 << 1 << QString() << u"empty"_s;
}

void tst_JsonParser::rejectsWithPosition()
{
    QFETCH(QByteArray, input);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, pointer);
    QFETCH(QString, reasonPart);
    const auto parsed = parseJson(input);
    QVERIFY(!parsed.hasValue());
    const JsonParseError &error = parsed.error();
    QVERIFY2(error.reason.contains(reasonPart), qPrintable(error.reason));
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
    QCOMPARE(error.pointer, pointer);
}

void tst_JsonParser::storageRulesRefuseRounding_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("asStored");
    QTest::newRow("2^53 + 1") << "[9007199254740993]"_ba << "9007199254740992"_ba;
    QTest::newRow("too many digits") << "[0.30000000000000001]"_ba << "0.3"_ba;
    QTest::newRow("underflow") << "[1e-400]"_ba << "0"_ba;
    QTest::newRow("negative underflow") << "[-1e-400]"_ba << "0"_ba;
    QTest::newRow("long integer") << "[123456789012345678901234567890]"_ba << "1.2345678901234568e+29"_ba;
}

void tst_JsonParser::storageRulesRefuseRounding()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, asStored);
    const auto refused = parseJson(input);
    QVERIFY(!refused.hasValue());
    QVERIFY2(refused.error().reason.contains(QString::fromLatin1(asStored)), qPrintable(refused.error().reason));
    QCOMPARE(refused.error().pointer, u"/0"_s);

    JsonParseOptions options;
    options.acceptRounding = true;
    const auto accepted = parseJson(input, options);
    QVERIFY(accepted.hasValue());
    QCOMPARE(accepted->roundedNumbers.size(), std::size_t(1));
    QCOMPARE(accepted->roundedNumbers[0].asStored, asStored);
    QCOMPARE(canonicalJson(accepted->document->root()), "[" + asStored + "]");
}

void tst_JsonParser::acceptedRoundingIsListed()
{
    JsonParseOptions options;
    options.acceptRounding = true;
    const auto parsed = parseJson(R"({"parcel":{"area":[1, 9007199254740993], "a/b~": 1e-999}})"_ba, options);
    QVERIFY(parsed.hasValue());
    QCOMPARE(parsed->roundedNumbers.size(), std::size_t(2));
    QCOMPARE(parsed->roundedNumbers[0].pointer, u"/parcel/area/1"_s);
    QCOMPARE(parsed->roundedNumbers[0].asWritten, "9007199254740993"_ba);
    QCOMPARE(parsed->roundedNumbers[1].pointer, u"/parcel/a~1b~0"_s);
    QCOMPARE(parsed->roundedNumbers[1].asStored, "0"_ba);
}

void tst_JsonParser::duplicateNamesLastWinsInRfc8259Mode()
{
    const auto parsed = parseJson(R"({"a":1,"b":2,"a":3})"_ba, JsonParseOptions::rfc8259());
    QVERIFY(parsed.hasValue());
    QCOMPARE(canonicalJson(parsed->document->root()), R"({"a":3,"b":2})"_ba);
}

void tst_JsonParser::keepsMembersInCanonicalOrder()
{
    // U+E000 sorts after U+1F600 in UTF-16 order, though before it in code point order.
    const auto parsed = parseJson("{\"\uE000\":1,\"\U0001F600\":2,\"a\":3}"_ba);
    QVERIFY(parsed.hasValue());
    const JsonValue &root = parsed->document->root();
    QCOMPARE(root.members()[0].name, std::string_view("a"));
    QCOMPARE(root.members()[1].name, std::string_view("\U0001F600"));
    QCOMPARE(root.members()[2].name, std::string_view("\uE000"));
    QVERIFY(root.find("\uE000"));
    QCOMPARE(root.find("a")->toNumber(), 3.0);
    QVERIFY(!root.find("b"));
}

void tst_JsonParser::deepNestingIsRefusedClearly()
{
    const QByteArray deep = QByteArray(10000, '[') + QByteArray(10000, ']');
    const auto parsed = parseJson(deep);
    QVERIFY(!parsed.hasValue());
    QVERIFY2(parsed.error().reason.contains(u"deeper than 1000"_s), qPrintable(parsed.error().reason));
    QCOMPARE(parsed.error().column, 1001);
}

void tst_JsonParser::deepNestingWithinLimitParses()
{
    QByteArray deep;
    for (int i = 0; i < 10000; ++i)
        deep += "{\"a\":[";
    for (int i = 0; i < 10000; ++i)
        deep += "]}";
    JsonParseOptions options;
    options.maxDepth = 20000;
    const auto parsed = parseJson(deep, options);
    QVERIFY(parsed.hasValue());
    QCOMPARE(canonicalJson(parsed->document->root()), deep);
}

void tst_JsonParser::decodesEscapes()
{
    const auto parsed = parseJson(R"(["\"\\\/\b\f\n\r\t\u0041\u00e9\uD83D\uDE00\u0000"])"_ba);
    QVERIFY(parsed.hasValue());
    const std::string_view text = parsed->document->root().elements()[0].toString();
    QCOMPARE(text, std::string_view("\"\\/\b\f\n\r\tA\u00e9\U0001F600\0", 16));
}

void tst_JsonParser::errorsNameTheSourceFile()
{
    const auto parsed = parseJson("{\n\"a\":tru}"_ba);
    QVERIFY(!parsed.hasValue());
    const Error error = parsed.error().toError(u"report.json"_s);
    QCOMPARE(error.code, ErrorCode::ValidationFailed);
    QVERIFY2(error.message.startsWith(u"report.json:2:5: "_s), qPrintable(error.message));
    QVERIFY(error.message.contains(u"(at /a)"_s));
}

QTEST_GUILESS_MAIN(tst_JsonParser)
#include "tst_jsonparser.moc"
