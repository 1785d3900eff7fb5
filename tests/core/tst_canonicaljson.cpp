#include "core/json/canonicaljson.h"
#include "core/json/ecmascriptnumber.h"
#include "core/json/jsonparser.h"
#include "core/json/sha256.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTest>

#include "tests/testsupport.h"

#include <bit>
#include <charconv>
#include <cmath>
#include <random>
#include <string>
#include <cstdint>

using namespace sa::core;
using sa::tests::failureText;
using namespace Qt::StringLiterals;

class tst_CanonicalJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfc8785Suite_data();
    void rfc8785Suite();
    void es6Numbers();
    void shortDecimalsMatchShortestDigits();
    void stringEscapes_data();
    void stringEscapes();
    void checksumIsSha256OfCanonicalBytes();
    void prettyFormIsTheSameDocument();
};

static QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

void tst_CanonicalJson::rfc8785Suite_data()
{
    QTest::addColumn<QString>("name");
    const QDir inputs(QStringLiteral(SA_CONFORMANCE_DIR "/rfc8785/input"));
    const QStringList files = inputs.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    QVERIFY2(!files.isEmpty(), "the RFC 8785 suite is missing");
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << file;
}

// Every input canonicalizes byte for byte to its expected output. The suite reads numbers as
// doubles (values.json has 333333333.33333329), so it runs in the RFC 8259 profile.
void tst_CanonicalJson::rfc8785Suite()
{
    QFETCH(QString, name);
    const QString root = QStringLiteral(SA_CONFORMANCE_DIR "/rfc8785/");
    const auto parsed = parseJson(readFile(root + u"input/"_s + name), JsonParseOptions::rfc8259());
    QVERIFY2(parsed.hasValue(), failureText(parsed).constData());
    QCOMPARE(canonicalJson(parsed->document->root()), readFile(root + u"output/"_s + name));
}

// All 100,000 lines: IEEE-754 bits in hex, then ECMAScript's Number#toString of that double.
void tst_CanonicalJson::es6Numbers()
{
    QFile file(QStringLiteral(SA_CONFORMANCE_DIR "/rfc8785/es6numbers-100k.txt"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    int lines = 0;
    int failures = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        ++lines;
        const qsizetype comma = line.indexOf(',');
        bool ok = false;
        const auto bits = line.left(comma).toULongLong(&ok, 16);
        QVERIFY(ok);
        const QByteArray expected = line.mid(comma + 1);
        char buffer[kMaxEcmaScriptNumberLength];
        const double value = std::bit_cast<double>(std::uint64_t(bits));
        const QByteArray actual(buffer, qsizetype(formatEcmaScriptNumber(value, buffer)));
        if (actual != expected && ++failures <= 10)
            qWarning("line %d: %s formatted as %s", lines, line.constData(), actual.constData());
        // The formatted number must also parse back, exactly, under the storage rules.
        if (failures == 0 && lines % 97 == 0) {
            const auto parsed = parseJson(actual);
            QVERIFY2(parsed.hasValue(), actual.constData());
            QCOMPARE(parsed->document->root().toNumber(), value == 0 ? 0.0 : value);
        }
    }
    QCOMPARE(lines, 100000);
    QCOMPARE(failures, 0);
}

// The significant digits of a number written in decimal or exponent form, and the position
// of the decimal point relative to the first of them: "12.5" and "1.25e+1" give ("125", 2).
static std::pair<std::string, int> significantDigits(std::string_view text)
{
    std::string digits;
    int point = 0;
    bool seenPoint = false;
    std::size_t i = text.front() == '-' ? 1 : 0;
    for (; i < text.size() && text[i] != 'e'; ++i) {
        if (text[i] == '.') {
            seenPoint = true;
        } else if (digits.empty() && text[i] == '0') {
            if (seenPoint)
                --point;
        } else {
            digits.push_back(text[i]);
            if (!seenPoint)
                ++point;
        }
    }
    if (i < text.size())
        point += std::stoi(std::string(text.substr(i + 1)));
    while (!digits.empty() && digits.back() == '0') {
        digits.pop_back();
    }
    return {digits, point};
}

// Numbers with few decimals take a fast path; it must agree with the general shortest
// round-trip algorithm (std::to_chars) digit for digit, and read back exactly.
void tst_CanonicalJson::shortDecimalsMatchShortestDigits()
{
    std::mt19937_64 random(20261125);
    int checked = 0;
    for (int i = 0; i < 300000; ++i) {
        const auto mantissa = std::int64_t(random() % 1000000000000000ULL) >> (random() % 40);
        const int decimals = int(random() % 16);
        double value = double(mantissa) / std::pow(10.0, decimals);
        if (random() % 2)
            value = -value;
        char formatted[kMaxEcmaScriptNumberLength];
        const std::string_view ours(formatted, formatEcmaScriptNumber(value, formatted));
        char reference[64];
        const auto end = std::to_chars(reference, reference + sizeof reference, value, std::chars_format::scientific).ptr;
        if (value != 0.0 && significantDigits(ours) != significantDigits({reference, std::size_t(end - reference)}))
            QFAIL(qPrintable(u"%1 formatted as %2, shortest digits are %3"_s.arg(value, 0, 'g', 17)
                                 .arg(QString::fromLatin1(ours.data(), qsizetype(ours.size())),
                                      QString::fromLatin1(reference, end - reference))));
        double back = 0;
        std::from_chars(ours.data(), ours.data() + ours.size(), back);
        QCOMPARE(back, value == 0.0 ? 0.0 : value);
        ++checked;
    }
    QCOMPARE(checked, 300000);
}

void tst_CanonicalJson::stringEscapes_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("canonical");
    QTest::newRow("short escapes") << R"("\b\f\n\r\t\"\\")"_ba << R"("\b\f\n\r\t\"\\")"_ba;
    QTest::newRow("other controls in lowercase hex") << R"("\u0000\u001F\u000b")"_ba << R"("\u0000\u001f\u000b")"_ba;
    QTest::newRow("solidus and DEL unescaped") << R"("\/\u007f")"_ba << "\"/\x7f\""_ba;
    QTest::newRow("U+2028 and non-BMP literal") << R"("\u2028\uD83D\uDE00")"_ba << "\"\u2028\U0001F600\""_ba;
    QTest::newRow("long run then escape") << R"("abcdefghijklmnopqrstuvwxyz\n0123456789")"_ba
                                          << R"("abcdefghijklmnopqrstuvwxyz\n0123456789")"_ba;
}

void tst_CanonicalJson::stringEscapes()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, canonical);
    const auto parsed = parseJson(input);
    QVERIFY2(parsed.hasValue(), failureText(parsed).constData());
    QCOMPARE(canonicalJson(parsed->document->root()), canonical);
}

void tst_CanonicalJson::checksumIsSha256OfCanonicalBytes()
{
    const auto parsed = parseJson(R"({ "b": [1.0, "x"], "a": 1e21 })"_ba);
    QVERIFY(parsed.hasValue());
    const QByteArray canonical = canonicalJson(parsed->document->root());
    QCOMPARE(canonical, R"({"a":1e+21,"b":[1,"x"]})"_ba);
    const QString checksum = sha256Hex(canonical);
    QCOMPARE(checksum.size(), 64);
    QCOMPARE(checksum, QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(sha256Hex(QByteArray()), u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_s);
}

void tst_CanonicalJson::prettyFormIsTheSameDocument()
{
    const auto parsed = parseJson(R"({"z":{"k":[1,{"q":[]},{}]},"a":"\n"})"_ba);
    QVERIFY(parsed.hasValue());
    const QByteArray pretty = prettyJson(parsed->document->root());
    QVERIFY(pretty.contains("\n  \"z\": {\n    \"k\": [\n      1,"));
    const auto reparsed = parseJson(pretty);
    QVERIFY(reparsed.hasValue());
    QCOMPARE(canonicalJson(reparsed->document->root()), canonicalJson(parsed->document->root()));
}

QTEST_GUILESS_MAIN(tst_CanonicalJson)
#include "tst_canonicaljson.moc"
