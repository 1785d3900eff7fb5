#include "core/json/jsonparser.h"
#include "core/json/jsonpointer.h"

#include <QTest>

#include "tests/testsupport.h"

using namespace sa::core;
using sa::tests::failureText;
using namespace Qt::StringLiterals;

class tst_JsonPointer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseUnescapesTokens_data();
    void parseUnescapesTokens();
    void parseRejectsBadSyntax_data();
    void parseRejectsBadSyntax();
    void escapingRoundTrips_data();
    void escapingRoundTrips();
    void arrayIndexRules_data();
    void arrayIndexRules();
    void resolvesRfc6901Examples_data();
    void resolvesRfc6901Examples();
    void resolveErrorsSayWhatIsWrong_data();
    void resolveErrorsSayWhatIsWrong();
    void prefixes();
};

void tst_JsonPointer::parseUnescapesTokens_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("tokens");
    QTest::newRow("root") << ""_ba << QStringList();
    QTest::newRow("empty name") << "/"_ba << QStringList{QString()};
    QTest::newRow("two empty names") << "//"_ba << QStringList{QString(), QString()};
    QTest::newRow("plain") << "/foo/0"_ba << QStringList{u"foo"_s, u"0"_s};
    QTest::newRow("slash") << "/a~1b"_ba << QStringList{u"a/b"_s};
    QTest::newRow("tilde") << "/m~0n"_ba << QStringList{u"m~n"_s};
    // "~01" is "~" then "1", not "/": unescaping is one pass, left to right.
    QTest::newRow("tilde then one") << "/~01"_ba << QStringList{u"~1"_s};
    QTest::newRow("space and percent") << "/ /c%d"_ba << QStringList{u" "_s, u"c%d"_s};
    QTest::newRow("non-ASCII") << "/\xc3\xa9t\xc3\xa9/\xf0\x9f\x98\x80"_ba
                               << QStringList{u"été"_s, u"\U0001F600"_s};
}

void tst_JsonPointer::parseUnescapesTokens()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, tokens);
    const auto pointer = JsonPointer::parse(text.toStdString());
    QVERIFY2(pointer.hasValue(), failureText(pointer).constData());
    QStringList actual;
    for (const std::string &token : pointer->tokens())
        actual << QString::fromStdString(token);
    QCOMPARE(actual, tokens);
    QCOMPARE(pointer->toStdString(), text.toStdString());
}

void tst_JsonPointer::parseRejectsBadSyntax_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("no leading slash") << "foo"_ba << u"must be empty or start with \"/\""_s;
    QTest::newRow("lone tilde at end") << "/a~"_ba << u"\"~\" must be followed by \"0\" or \"1\""_s;
    QTest::newRow("tilde two") << "/a/~2"_ba << u"(in reference token 2)"_s;
    QTest::newRow("tilde letter") << "/~a"_ba << u"\"~\" must be followed"_s;
}

void tst_JsonPointer::parseRejectsBadSyntax()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, reason);
    const auto pointer = JsonPointer::parse(text.toStdString());
    QVERIFY(!pointer.hasValue());
    QCOMPARE(pointer.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(pointer.error().message.contains(reason), qPrintable(pointer.error().message));
}

void tst_JsonPointer::escapingRoundTrips_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QByteArray>("escaped");
    QTest::newRow("plain") << "abc"_ba << "abc"_ba;
    QTest::newRow("slash") << "a/b"_ba << "a~1b"_ba;
    QTest::newRow("tilde") << "~"_ba << "~0"_ba;
    QTest::newRow("tilde one") << "~1"_ba << "~01"_ba;
    QTest::newRow("both") << "/~/"_ba << "~1~0~1"_ba;
    QTest::newRow("empty") << ""_ba << ""_ba;
}

void tst_JsonPointer::escapingRoundTrips()
{
    QFETCH(QByteArray, token);
    QFETCH(QByteArray, escaped);
    QCOMPARE(JsonPointer::escapeToken(token.toStdString()), escaped.toStdString());
    QCOMPARE(JsonPointer::unescapeToken(escaped.toStdString()), std::optional(token.toStdString()));
}

void tst_JsonPointer::arrayIndexRules_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<qlonglong>("index"); // -1: not an index
    QTest::newRow("zero") << "0"_ba << 0ll;
    QTest::newRow("ten") << "10"_ba << 10ll;
    QTest::newRow("largest") << "4294967295"_ba << 4294967295ll;
    QTest::newRow("too large") << "4294967296"_ba << -1ll;
    QTest::newRow("leading zero") << "01"_ba << -1ll;
    QTest::newRow("double zero") << "00"_ba << -1ll;
    QTest::newRow("end of array") << "-"_ba << -1ll;
    QTest::newRow("exponent") << "1e0"_ba << -1ll;
    QTest::newRow("sign") << "+1"_ba << -1ll;
    QTest::newRow("negative") << "-1"_ba << -1ll;
    QTest::newRow("space") << " 1"_ba << -1ll;
    QTest::newRow("empty") << ""_ba << -1ll;
}

void tst_JsonPointer::arrayIndexRules()
{
    QFETCH(QByteArray, token);
    QFETCH(qlonglong, index);
    const auto parsed = JsonPointer::arrayIndex(token.toStdString());
    QCOMPARE(parsed.has_value(), index >= 0);
    if (parsed)
        QCOMPARE(qlonglong(*parsed), index);
}

void tst_JsonPointer::resolvesRfc6901Examples_data()
{
    QTest::addColumn<QByteArray>("pointer");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("whole document") << ""_ba << "object"_ba;
    QTest::newRow("/foo") << "/foo"_ba << R"(["bar","baz"])"_ba;
    QTest::newRow("/foo/0") << "/foo/0"_ba << R"("bar")"_ba;
    QTest::newRow("/") << "/"_ba << "0"_ba;
    QTest::newRow("/a~1b") << "/a~1b"_ba << "1"_ba;
    QTest::newRow("/c%d") << "/c%d"_ba << "2"_ba;
    QTest::newRow("/e^f") << "/e^f"_ba << "3"_ba;
    QTest::newRow("/g|h") << "/g|h"_ba << "4"_ba;
    QTest::newRow("/i\\j") << "/i\\j"_ba << "5"_ba;
    QTest::newRow("/k\"l") << "/k\"l"_ba << "6"_ba;
    QTest::newRow("/ ") << "/ "_ba << "7"_ba;
    QTest::newRow("/m~0n") << "/m~0n"_ba << "8"_ba;
}

// The examples of RFC 6901 section 5.
void tst_JsonPointer::resolvesRfc6901Examples()
{
    QFETCH(QByteArray, pointer);
    QFETCH(QByteArray, expected);
    const auto document = parseJson(R"({"foo": ["bar", "baz"], "": 0, "a/b": 1, "c%d": 2,
        "e^f": 3, "g|h": 4, "i\\j": 5, "k\"l": 6, " ": 7, "m~n": 8})");
    QVERIFY2(document.hasValue(), failureText(document).constData());
    const auto parsed = JsonPointer::parse(pointer.toStdString());
    QVERIFY2(parsed.hasValue(), failureText(parsed).constData());
    const auto value = parsed->resolve(document->document->root());
    QVERIFY2(value.hasValue(), failureText(value).constData());
    if (expected == "object") {
        QVERIFY(value->isObject());
        return;
    }
    const auto want = parseJson(expected);
    QVERIFY(deepEquals(*value, want->document->root()));
}

void tst_JsonPointer::resolveErrorsSayWhatIsWrong_data()
{
    QTest::addColumn<QByteArray>("pointer");
    QTest::addColumn<QString>("reason");
    QTest::newRow("missing member") << "/a/nope"_ba
                                    << u"the object at \"/a\" has no member \"nope\""_s;
    QTest::newRow("out of range") << "/list/3"_ba
                                  << u"index 3 is out of range: the array at \"/list\" has 3 elements"_s;
    QTest::newRow("leading zero") << "/list/01"_ba << u"\"01\" is not an array index"_s;
    QTest::newRow("end of array") << "/list/-"_ba << u"\"-\" is not an array index"_s;
    QTest::newRow("through a scalar") << "/n/x"_ba << u"cannot look up \"x\" in the number at \"/n\""_s;
}

void tst_JsonPointer::resolveErrorsSayWhatIsWrong()
{
    QFETCH(QByteArray, pointer);
    QFETCH(QString, reason);
    const auto document = parseJson(R"({"a":{"b":1},"list":[1,2,3],"n":5})");
    QVERIFY2(document.hasValue(), failureText(document).constData());
    const auto value = JsonPointer::parse(pointer.toStdString())->resolve(document->document->root());
    QVERIFY(!value.hasValue());
    QVERIFY2(value.error().message.contains(reason), qPrintable(value.error().message));
}

void tst_JsonPointer::prefixes()
{
    const auto root = JsonPointer();
    const auto a = *JsonPointer::parse("/a");
    const auto ab = *JsonPointer::parse("/a/b");
    const auto abc = *JsonPointer::parse("/ab");
    QVERIFY(root.isPrefixOf(ab));
    QVERIFY(a.isPrefixOf(ab));
    QVERIFY(a.isPrefixOf(a));
    QVERIFY(!ab.isPrefixOf(a));
    QVERIFY(!a.isPrefixOf(abc)); // token by token, not character by character
}

QTEST_GUILESS_MAIN(tst_JsonPointer)
#include "tst_jsonpointer.moc"
