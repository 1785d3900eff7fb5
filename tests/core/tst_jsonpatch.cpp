#include "core/json/canonicaljson.h"
#include "core/json/jsonpatch.h"
#include "core/json/jsonparser.h"

#include <QFile>
#include <QTest>

#include "tests/testsupport.h"

using namespace sa::core;
using sa::tests::failureText;
using namespace Qt::StringLiterals;

class tst_JsonPatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void conformanceSuites_data();
    void conformanceSuites();
    void errorsNameTheOperationAndReason_data();
    void errorsNameTheOperationAndReason();
    void failedPatchLeavesNoTrace();
    void unchangedSubtreesAreSharedNotCopied();
    void copyIsIndependentOfLaterOperations();
    void addedMembersKeepObjectsSorted();
    void longRunsOfArrayEditsApply();
    void valuesOfAPatchNotKeptAliveAreCopied();
};

namespace {

JsonDocumentPtr parse(const QByteArray &json)
{
    auto parsed = parseJson(json, JsonParseOptions::rfc8259());
    if (!parsed)
        qFatal("test JSON does not parse: %s", failureText(parsed).constData());
    return parsed->document;
}

// A document whose root is a value inside `owner` (one case of a suite file).
JsonDocumentPtr subdocument(const JsonDocumentPtr &owner, const JsonValue &root)
{
    auto document = std::make_shared<JsonDocument>();
    document->keepAlive(owner);
    document->setRoot(root);
    return document;
}

const JsonDocumentPtr &suite(const QString &name)
{
    static std::map<QString, JsonDocumentPtr> suites;
    auto &document = suites[name];
    if (!document) {
        QFile file(QStringLiteral(SA_CONFORMANCE_DIR "/json-patch/") + name);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read the JSON Patch suite %s", qPrintable(name));
        // A disabled case repeats a member name on purpose, so read the suites as RFC 8259.
        document = parse(file.readAll());
    }
    return document;
}

} // namespace

void tst_JsonPatch::conformanceSuites_data()
{
    QTest::addColumn<QString>("suiteName");
    QTest::addColumn<int>("index");
    for (const QString &name : {u"tests.json"_s, u"spec_tests.json"_s}) {
        const auto cases = suite(name)->root().elements();
        QVERIFY2(cases.size() > 10, "the JSON Patch suite is missing or empty");
        for (std::size_t i = 0; i < cases.size(); ++i) {
            const JsonValue *comment = cases[i].find("comment");
            const std::string_view text = comment ? comment->toString() : std::string_view();
            const QByteArray label = name.toUtf8() + '#' + QByteArray::number(qulonglong(i)) + ' '
                                     + QByteArray(text.data(), qsizetype(text.size()));
            QTest::newRow(label.constData()) << name << int(i);
        }
    }
}

// Both public suites, unchanged: cases with "error" are refused, the others give "expected".
void tst_JsonPatch::conformanceSuites()
{
    QFETCH(QString, suiteName);
    QFETCH(int, index);
    const JsonDocumentPtr &owner = suite(suiteName);
    const JsonValue &testCase = owner->root().elements()[std::size_t(index)];
    const JsonValue *disabled = testCase.find("disabled");
    if (disabled && disabled->toBool())
        QSKIP("disabled in the suite");
    const JsonValue *doc = testCase.find("doc");
    const JsonValue *patch = testCase.find("patch");
    if (!doc || !patch)
        QSKIP("a comment-only record");

    const auto result = applyPatch(subdocument(owner, *doc), subdocument(owner, *patch));
    if (const JsonValue *error = testCase.find("error")) {
        QVERIFY2(!result.hasValue(), error->toString().data());
        QVERIFY(!result.error().message.isEmpty());
        return;
    }
    QVERIFY2(result.hasValue(), failureText(result).constData());
    if (const JsonValue *expected = testCase.find("expected"))
        QCOMPARE(canonicalJson((*result)->root()), canonicalJson(*expected));
}

void tst_JsonPatch::errorsNameTheOperationAndReason_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QByteArray>("patch");
    QTest::addColumn<QString>("expected");

    QTest::newRow("not an array") << "{}"_ba << R"({"op":"add"})"_ba << u"must be an array"_s;
    QTest::newRow("operation not an object") << "{}"_ba << "[1]"_ba
                                             << u"patch[0]: an operation must be an object"_s;
    QTest::newRow("unknown op") << "{}"_ba << R"([{"op":"add","path":"/a","value":1},{"op":"spam","path":"/a"}])"_ba
                                << u"patch[1]: unknown operation \"spam\""_s;
    QTest::newRow("missing path") << "{}"_ba << R"([{"op":"add","value":1}])"_ba
                                  << u"patch[0]: missing \"path\""_s;
    QTest::newRow("path not a pointer") << "{}"_ba << R"([{"op":"add","path":"a","value":1}])"_ba
                                        << u"must be empty or start with \"/\""_s;
    QTest::newRow("missing value") << "{}"_ba << R"([{"op":"replace","path":"/a"}])"_ba
                                   << u"patch[0]: missing \"value\""_s;
    QTest::newRow("missing from") << "{}"_ba << R"([{"op":"copy","path":"/a"}])"_ba
                                  << u"patch[0]: missing \"from\""_s;
    QTest::newRow("missing member") << R"({"a":1})"_ba
                                    << R"([{"op":"test","path":"/a","value":1},{"op":"remove","path":"/b"}])"_ba
                                    << u"patch[1] (remove \"/b\"): the object at the root has no member \"b\""_s;
    QTest::newRow("index out of range") << R"({"a":[1,2]})"_ba
                                        << R"([{"op":"add","path":"/a/3","value":0}])"_ba
                                        << u"index 3 is out of range: the array at \"/a\" has 2 elements"_s;
    QTest::newRow("leading zero") << "[1,2]"_ba << R"([{"op":"remove","path":"/01"}])"_ba
                                  << u"\"01\" is not an array index"_s;
    QTest::newRow("end of array outside add") << "[1,2]"_ba
                                              << R"([{"op":"replace","path":"/-","value":0}])"_ba
                                              << u"\"-\" is not an array index"_s;
    QTest::newRow("through a scalar") << R"({"a":5})"_ba
                                      << R"([{"op":"add","path":"/a/b","value":0}])"_ba
                                      << u"\"/a\" is a number, which has no member or element \"b\""_s;
    QTest::newRow("move into own child") << R"({"a":{"b":{}}})"_ba
                                         << R"([{"op":"move","from":"/a","path":"/a/b/c"}])"_ba
                                         << u"cannot be moved into one of its own children"_s;
    QTest::newRow("remove root") << "{}"_ba << R"([{"op":"remove","path":""}])"_ba
                                 << u"the whole document cannot be removed"_s;
    QTest::newRow("failed test") << R"({"a":[1]})"_ba
                                 << R"([{"op":"test","path":"/a","value":[2]}])"_ba
                                 << u"test failed: the value at \"/a\" differs"_s;
}

void tst_JsonPatch::errorsNameTheOperationAndReason()
{
    QFETCH(QByteArray, document);
    QFETCH(QByteArray, patch);
    QFETCH(QString, expected);
    const auto result = applyPatch(parse(document), parse(patch));
    QVERIFY(!result.hasValue());
    QVERIFY2(result.error().message.contains(expected), qPrintable(result.error().message));
}

// Atomic: the third operation fails after two succeeded; the caller gets only the error and
// the input document still reads as before.
void tst_JsonPatch::failedPatchLeavesNoTrace()
{
    const auto document = parse(R"({"a":1,"list":[1,2,3]})");
    const QByteArray before = canonicalJson(document->root());
    const auto result = applyPatch(document, parse(R"([
        {"op":"replace","path":"/a","value":2},
        {"op":"remove","path":"/list/0"},
        {"op":"test","path":"/a","value":1}])"));
    QVERIFY(!result.hasValue());
    QCOMPARE(result.error().code, ErrorCode::ValidationFailed);
    QVERIFY(result.error().message.startsWith(u"patch[2]"_s));
    QCOMPARE(canonicalJson(document->root()), before);
}

// Copy-on-write: a change deep in one branch rebuilds only the containers above it.
void tst_JsonPatch::unchangedSubtreesAreSharedNotCopied()
{
    const auto document = parse(R"({"big":{"x":[1,2,3],"y":"text"},"small":{"n":[0]}})");
    const auto result = applyPatch(document, parse(R"([{"op":"add","path":"/small/n/-","value":1}])"));
    QVERIFY2(result.hasValue(), failureText(result).constData());
    const JsonValue &root = (*result)->root();
    QCOMPARE(canonicalJson(root), R"({"big":{"x":[1,2,3],"y":"text"},"small":{"n":[0,1]}})"_ba);
    const JsonValue *oldBig = document->root().find("big");
    const JsonValue *newBig = root.find("big");
    QCOMPARE(newBig->members().data(), oldBig->members().data());
    QVERIFY(root.find("small")->members().data() != document->root().find("small")->members().data());
}

// A copied subtree that is changed afterwards must not change the original (and vice versa).
void tst_JsonPatch::copyIsIndependentOfLaterOperations()
{
    const auto result = applyPatch(parse(R"({"a":{"list":[1]}})"), parse(R"([
        {"op":"add","path":"/a/list/-","value":2},
        {"op":"copy","from":"/a","path":"/b"},
        {"op":"add","path":"/b/list/-","value":3},
        {"op":"replace","path":"/a/list/0","value":0},
        {"op":"move","from":"/b/list","path":"/c"}])"));
    QVERIFY2(result.hasValue(), failureText(result).constData());
    QCOMPARE(canonicalJson((*result)->root()), R"({"a":{"list":[0,2]},"b":{},"c":[1,2,3]})"_ba);
}

// Added names land at their RFC 8785 place (UTF-16 order), so lookups keep working.
void tst_JsonPatch::addedMembersKeepObjectsSorted()
{
    const auto result = applyPatch(parse(R"({"b":1,"d":2})"), parse(R"([
        {"op":"add","path":"/\ud83d\ude00","value":5},
        {"op":"add","path":"/\ufb01","value":4},
        {"op":"add","path":"/a","value":0},
        {"op":"add","path":"/c","value":3},
        {"op":"add","path":"/b","value":9}])"));
    QVERIFY2(result.hasValue(), failureText(result).constData());
    const JsonValue &root = (*result)->root();
    QCOMPARE(root.size(), 6u);
    const auto members = root.members();
    for (std::size_t i = 1; i < members.size(); ++i)
        QVERIFY(compareMemberNames(members[i - 1].name, members[i].name) < 0);
    QCOMPARE(root.find("b")->toNumber(), 9.0);
    QVERIFY(root.find("\xef\xac\x81"));
}

// 50,000 removals at one index, then 50,000 insertions walking forward, in a 100,000-element
// array: each edit moves the array's gap by one slot instead of shifting the whole tail.
void tst_JsonPatch::longRunsOfArrayEditsApply()
{
    QByteArray document = "[";
    QByteArray patch = "[";
    QByteArray expected = "[";
    for (int i = 0; i < 100000; ++i) {
        document += QByteArray::number(i) + (i + 1 < 100000 ? "," : "]");
        if (i < 25000 || i >= 75000)
            expected += QByteArray::number(i) + ',';
    }
    for (int i = 0; i < 50000; ++i)
        patch += R"({"op":"remove","path":"/25000"},)";
    for (int i = 0; i < 50000; ++i) {
        patch += R"({"op":"add","path":"/)" + QByteArray::number(50000 + i) + R"(","value":)"
                 + QByteArray::number(-i) + "}" + (i + 1 < 50000 ? "," : "]");
        expected += QByteArray::number(-i) + (i + 1 < 50000 ? "," : "]");
    }
    const auto result = applyPatch(parse(document), parse(patch));
    QVERIFY2(result.hasValue(), failureText(result).constData());
    QCOMPARE(canonicalJson((*result)->root()), canonicalJson(parse(expected)->root()));
}

void tst_JsonPatch::valuesOfAPatchNotKeptAliveAreCopied()
{
    const auto document = parse(R"({"a":1})");
    Result<JsonDocumentPtr> result = Error{};
    {
        const auto patch = parse(R"([{"op":"add","path":"/b","value":{"text":"a longer string value"}}])");
        result = applyPatch(document, patch->root());
    }
    QVERIFY2(result.hasValue(), failureText(result).constData());
    QCOMPARE(canonicalJson((*result)->root()), R"({"a":1,"b":{"text":"a longer string value"}})"_ba);
}

QTEST_GUILESS_MAIN(tst_JsonPatch)
#include "tst_jsonpatch.moc"
