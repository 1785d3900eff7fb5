#include "core/json/canonicaljson.h"
#include "core/json/jsondiff.h"
#include "core/json/jsonparser.h"
#include "core/json/jsonpatch.h"

#include <QTest>

#include "tests/testsupport.h"

#include <algorithm>
#include <random>

using namespace sa::core;
using sa::tests::failureText;
using namespace Qt::StringLiterals;

class tst_JsonDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void equalDocumentsHaveNoChanges();
    void scalarChanges_data();
    void scalarChanges();
    void memberNamesAreEscapedInPaths();
    void changesCarryPathsAndValues();
    void insertionInMiddleOfLongArrayIsOneChange();
    void deletionInMiddleOfLongArrayIsOneChange();
    void changedFieldOfShiftedElementIsReportedAtItsPath();
    void movedElementIsOneValidMove();
    void unrelatedElementInPlaceIsOneReplacement();
    void identityKeyMatchesReorderedRecords();
    void identityKeyReportsInsertedRecordOnce();
    void identityKeyPatternWithWildcard();
    void ignoredPathsAreNotReported();
    void hiddenArrayChangesKeepLaterIndicesRight();
    void numericToleranceHidesSmallDifferences();
    void deepNestingIsFine();
    void patchedDocumentComparedWithItsSource();
    void invalidOptionsAreRejected_data();
    void invalidOptionsAreRejected();
    void patchOnlyModeGivesSamePatch();
    void largeArraysOfObjects();
    void largeArraysOfStrings();
    void pathologicalArrays_data();
    void pathologicalArrays();
};

namespace {

JsonDocumentPtr parse(const QByteArray &json)
{
    auto parsed = parseJson(json, JsonParseOptions::rfc8259());
    if (!parsed)
        qFatal("test JSON does not parse: %s", failureText(parsed).constData());
    return parsed->document;
}

JsonDiff diff(const JsonDocumentPtr &a, const JsonDocumentPtr &b, const DiffOptions &options = {})
{
    auto result = diffJson(a, b, options);
    if (!result)
        qFatal("diff failed: %s", failureText(result).constData());
    return std::move(*result);
}

// Applying the diff's own patch to the old document gives the new one, byte for byte in
// canonical form.
bool patchReproduces(const JsonDocumentPtr &a, const JsonDocumentPtr &b, const JsonDiff &d)
{
    auto patch = parseJson(d.patch, JsonParseOptions::rfc8259());
    if (!patch) {
        qWarning("the patch does not parse: %s", failureText(patch).constData());
        return false;
    }
    const auto applied = applyPatch(a, patch->document);
    if (!applied) {
        qWarning("the patch does not apply: %s", failureText(applied).constData());
        return false;
    }
    return canonicalJson((*applied)->root()) == canonicalJson(b->root());
}

// A document {"items": [...]} built from a list of element texts.
QByteArray itemsDocument(const QList<QByteArray> &elements)
{
    return "{\"items\":[" + elements.join(',') + "]}";
}

QList<QByteArray> records(int count)
{
    QList<QByteArray> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        out << QByteArray(R"({"id":)" + QByteArray::number(i) + R"(,"name":"record )"
                          + QByteArray::number(i) + R"(","tags":["a","b"],"area":)"
                          + QByteArray::number(i * 1.5) + "}");
    }
    return out;
}

} // namespace

void tst_JsonDiff::equalDocumentsHaveNoChanges()
{
    const auto a = parse(R"({"a":[1,2,{"b":null}],"c":"x","d":-0})");
    const auto b = parse(R"({"d":0,"c":"x","a":[1,2,{"b":null}]})");
    const JsonDiff d = diff(a, b);
    QVERIFY(d.isEmpty());
    QVERIFY(d.changes.empty());
    QCOMPARE(d.patch, "[]"_ba);
    QVERIFY(d.patchIsExact);
}

void tst_JsonDiff::scalarChanges_data()
{
    QTest::addColumn<QByteArray>("oldJson");
    QTest::addColumn<QByteArray>("newJson");
    QTest::addColumn<QByteArray>("patch");
    QTest::newRow("number") << R"({"a":1})"_ba << R"({"a":2})"_ba
                            << R"([{"op":"replace","path":"/a","value":2}])"_ba;
    QTest::newRow("type change") << R"({"a":"1"})"_ba << R"({"a":1})"_ba
                                 << R"([{"op":"replace","path":"/a","value":1}])"_ba;
    QTest::newRow("object to array") << R"({"a":{"x":1}})"_ba << R"({"a":[1]})"_ba
                                     << R"([{"op":"replace","path":"/a","value":[1]}])"_ba;
    QTest::newRow("root scalar") << "true"_ba << "false"_ba
                                 << R"([{"op":"replace","path":"","value":false}])"_ba;
    QTest::newRow("added member") << R"({"a":1})"_ba << R"({"a":1,"b":{"c":[]}})"_ba
                                  << R"([{"op":"add","path":"/b","value":{"c":[]}}])"_ba;
    QTest::newRow("deleted member") << R"({"a":1,"b":2})"_ba << R"({"b":2})"_ba
                                    << R"([{"op":"remove","path":"/a"}])"_ba;
    QTest::newRow("renamed key") << R"({"old":1,"z":0})"_ba << R"({"new":1,"z":0})"_ba
                                 << R"([{"op":"add","path":"/new","value":1},{"op":"remove","path":"/old"}])"_ba;
    QTest::newRow("unicode") << R"({"s":"a\u2028b"})"_ba << R"({"s":"\ud83d\ude00"})"_ba
                             << "[{\"op\":\"replace\",\"path\":\"/s\",\"value\":\"\xf0\x9f\x98\x80\"}]"_ba;
}

void tst_JsonDiff::scalarChanges()
{
    QFETCH(QByteArray, oldJson);
    QFETCH(QByteArray, newJson);
    QFETCH(QByteArray, patch);
    const auto a = parse(oldJson);
    const auto b = parse(newJson);
    const JsonDiff d = diff(a, b);
    QCOMPARE(d.patch, patch);
    QVERIFY(patchReproduces(a, b, d));
}

void tst_JsonDiff::memberNamesAreEscapedInPaths()
{
    const auto a = parse(R"({"a/b":{"m~n":1}})");
    const auto b = parse(R"({"a/b":{"m~n":2}})");
    const JsonDiff d = diff(a, b);
    QCOMPARE(d.changes.size(), std::size_t(1));
    QCOMPARE(d.changes[0].oldPath, u"/a~1b/m~0n"_s);
    QCOMPARE(d.patch, R"([{"op":"replace","path":"/a~1b/m~0n","value":2}])"_ba);
}

void tst_JsonDiff::changesCarryPathsAndValues()
{
    const auto a = parse(R"({"keep":[1,2,3],"gone":"x","num":1})");
    const auto b = parse(R"({"keep":[0,1,2,3],"new":true,"num":2})");
    const JsonDiff d = diff(a, b);
    QCOMPARE(d.summary, (DiffSummary{2, 1, 1, 0}));
    QCOMPARE(d.changes.size(), std::size_t(4));
    for (const JsonChange &change : d.changes) {
        switch (change.kind) {
        case ChangeKind::Added:
            QVERIFY(change.oldPath.isEmpty());
            QVERIFY(change.newPath == u"/keep/0"_s || change.newPath == u"/new"_s);
            QVERIFY(change.oldValue.isNull());
            break;
        case ChangeKind::Deleted:
            QCOMPARE(change.oldPath, u"/gone"_s);
            QVERIFY(change.newPath.isEmpty());
            QCOMPARE(change.oldValue.toString(), std::string_view("x"));
            break;
        case ChangeKind::Modified:
            QCOMPARE(change.oldPath, u"/num"_s);
            QCOMPARE(change.newPath, u"/num"_s);
            QCOMPARE(change.oldValue.toNumber(), 1.0);
            QCOMPARE(change.newValue.toNumber(), 2.0);
            break;
        case ChangeKind::Moved:
            QFAIL("nothing moved");
        }
    }
    QVERIFY(patchReproduces(a, b, d));
}

// One element inserted in the middle of 10,000 is one addition, not 5,000 modifications.
void tst_JsonDiff::insertionInMiddleOfLongArrayIsOneChange()
{
    QList<QByteArray> elements = records(10000);
    const auto a = parse(itemsDocument(elements));
    elements.insert(5000, R"({"id":"new","name":"inserted"})");
    const auto b = parse(itemsDocument(elements));
    const JsonDiff d = diff(a, b);
    QCOMPARE(d.summary, (DiffSummary{1, 0, 0, 0}));
    QCOMPARE(d.changes[0].newPath, u"/items/5000"_s);
    QCOMPARE(d.patch, R"([{"op":"add","path":"/items/5000","value":{"id":"new","name":"inserted"}}])"_ba);
    QVERIFY(patchReproduces(a, b, d));
}

// The case deep-object-diff gets wrong: after one deletion every later index is "changed".
void tst_JsonDiff::deletionInMiddleOfLongArrayIsOneChange()
{
    QList<QByteArray> elements = records(10000);
    const auto a = parse(itemsDocument(elements));
    elements.removeAt(4321);
    const auto b = parse(itemsDocument(elements));
    const JsonDiff d = diff(a, b);
    QCOMPARE(d.summary, (DiffSummary{0, 0, 1, 0}));
    QCOMPARE(d.changes[0].oldPath, u"/items/4321"_s);
    QCOMPARE(d.patch, R"([{"op":"remove","path":"/items/4321"}])"_ba);
    QVERIFY(patchReproduces(a, b, d));
}

// A record whose field changed, after an inserted record, is compared rather than replaced,
// and the change is reported at the field (old and new index differ).
void tst_JsonDiff::changedFieldOfShiftedElementIsReportedAtItsPath()
{
    QList<QByteArray> elements = records(50);
    const auto a = parse(itemsDocument(elements));
    elements[30].replace(R"("name":"record 30")", R"("name":"renamed")");
    elements.insert(10, R"({"id":"fresh"})");
    const auto b = parse(itemsDocument(elements));
    const JsonDiff d = diff(a, b);
    QCOMPARE(d.summary, (DiffSummary{1, 1, 0, 0}));
    const auto modified = std::find_if(d.changes.begin(), d.changes.end(), [](const JsonChange &c) {
        return c.kind == ChangeKind::Modified;
    });
    QVERIFY(modified != d.changes.end());
    QCOMPARE(modified->oldPath, u"/items/30/name"_s);
    QCOMPARE(modified->newPath, u"/items/31/name"_s);
    QVERIFY(patchReproduces(a, b, d));
}

// jsondiffpatch has emitted invalid RFC 6902 for moves; ours apply correctly.
void tst_JsonDiff::movedElementIsOneValidMove()
{
    QList<QByteArray> elements = records(200);
    const auto a = parse(itemsDocument(elements));
    elements.move(20, 150);
    elements.move(199, 3);
    const auto b = parse(itemsDocument(elements));
    const JsonDiff d = diff(a, b);
    QCOMPARE(d.summary, (DiffSummary{0, 0, 0, 2}));
    QVERIFY(d.patch.contains(R"("op":"move")"));
    QVERIFY(patchReproduces(a, b, d));

    DiffOptions withoutMoves;
    withoutMoves.detectMoves = false;
    const JsonDiff plain = diff(a, b, withoutMoves);
    QCOMPARE(plain.summary.moved, 0);
    QVERIFY(patchReproduces(a, b, plain));
}

// Same place, nothing in common: one replacement, not a removal and an addition per member.
void tst_JsonDiff::unrelatedElementInPlaceIsOneReplacement()
{
    const auto a = parse(R"({"items":[{"id":1},{"x":1,"y":2},{"id":3},{"a":1,"b":[1]},{"id":5}]})");
    const auto b = parse(R"({"items":[{"id":1},{"p":3,"q":4},{"id":3},{"a":2,"c":[1]},{"id":5}]})");
    const JsonDiff d = diff(a, b);
    QCOMPARE(d.summary, (DiffSummary{1, 2, 1, 0}));
    QCOMPARE(d.changes[0].oldPath, u"/items/1"_s);
    QVERIFY(d.patch.startsWith(R"([{"op":"replace","path":"/items/1","value":{"p":3,"q":4}})"));
    QVERIFY(patchReproduces(a, b, d));
}

void tst_JsonDiff::identityKeyMatchesReorderedRecords()
{
    const auto a = parse(R"({"owners":[{"id":1,"name":"Ann"},{"id":2,"name":"Bob"},
                                      {"id":3,"name":"Cid"},{"id":4,"name":"Dee"}]})");
    const auto b = parse(R"({"owners":[{"id":3,"name":"Cid"},{"id":1,"name":"Ann"},
                                      {"id":2,"name":"Bobby"},{"id":4,"name":"Dee"}]})");
    DiffOptions options;
    options.identityKeys.push_back({u"/owners"_s, u"id"_s});
    const JsonDiff d = diff(a, b, options);
    QCOMPARE(d.summary, (DiffSummary{0, 1, 0, 1}));
    for (const JsonChange &change : d.changes) {
        if (change.kind == ChangeKind::Moved) {
            QCOMPARE(change.oldPath, u"/owners/2"_s);
            QCOMPARE(change.newPath, u"/owners/0"_s);
        } else {
            QCOMPARE(change.oldPath, u"/owners/1/name"_s);
            QCOMPARE(change.newPath, u"/owners/2/name"_s);
        }
    }
    QVERIFY(patchReproduces(a, b, d));
}

void tst_JsonDiff::identityKeyReportsInsertedRecordOnce()
{
    const auto a = parse(R"({"taxHistory":[{"year":2020,"amount":10},{"year":2021,"amount":11}]})");
    const auto b = parse(R"({"taxHistory":[{"year":2019,"amount":10},{"year":2020,"amount":10},
                                           {"year":2021,"amount":12}]})");
    DiffOptions options;
    options.identityKeys.push_back({u"/taxHistory"_s, u"year"_s});
    const JsonDiff d = diff(a, b, options);
    QCOMPARE(d.summary, (DiffSummary{1, 1, 0, 0}));
    QVERIFY(patchReproduces(a, b, d));

    // Without the rule the same edit is still small, but records with different keys may be
    // paired; with it, a record never turns into another one.
    const auto c = parse(R"({"taxHistory":[{"year":2022,"amount":10},{"year":2021,"amount":11}]})");
    const JsonDiff replaced = diff(a, c, options);
    QCOMPARE(replaced.summary, (DiffSummary{1, 0, 1, 0}));
    QVERIFY(patchReproduces(a, c, replaced));
}

void tst_JsonDiff::identityKeyPatternWithWildcard()
{
    const auto a = parse(R"({"parcels":[{"owners":[{"id":"a"},{"id":"b"}]},
                                        {"owners":[{"id":"c"},{"id":"d"}]}]})");
    const auto b = parse(R"({"parcels":[{"owners":[{"id":"b"},{"id":"a"}]},
                                        {"owners":[{"id":"d","x":1},{"id":"c"}]}]})");
    DiffOptions options;
    options.identityKeys.push_back({u"/parcels/*/owners"_s, u"id"_s});
    const JsonDiff d = diff(a, b, options);
    QCOMPARE(d.summary, (DiffSummary{1, 0, 0, 2}));
    QVERIFY(patchReproduces(a, b, d));
}

void tst_JsonDiff::ignoredPathsAreNotReported()
{
    const auto a = parse(R"({"retrievedAt":"2024-01-01","parcels":[{"id":1,"notes":"x","v":1}]})");
    const auto b = parse(R"({"retrievedAt":"2024-02-01","parcels":[{"id":1,"notes":"y","v":2}]})");
    DiffOptions options;
    options.ignoredPaths = {u"/retrievedAt"_s, u"/parcels/*/notes"_s};
    const JsonDiff d = diff(a, b, options);
    QCOMPARE(d.summary, (DiffSummary{0, 1, 0, 0}));
    QCOMPARE(d.changes[0].newPath, u"/parcels/0/v"_s);
    QCOMPARE(d.patch, R"([{"op":"replace","path":"/parcels/0/v","value":2}])"_ba);
    QVERIFY(!d.patchIsExact);

    const JsonDiff unchanged = diff(a, a, options);
    QVERIFY(unchanged.isEmpty());
    QVERIFY(unchanged.patchIsExact);
}

// An element deletion hidden by a rule stays in the array, so the operations after it must
// count it: the partial patch still applies where it should.
void tst_JsonDiff::hiddenArrayChangesKeepLaterIndicesRight()
{
    const auto a = parse(R"({"list":[0,1,2,3,4]})");
    const auto b = parse(R"({"list":[0,2,3,4,5]})");
    DiffOptions options;
    options.ignoredPaths = {u"/list/1"_s};
    const JsonDiff d = diff(a, b, options);
    QCOMPARE(d.summary, (DiffSummary{1, 0, 0, 0}));
    QCOMPARE(d.patch, R"([{"op":"add","path":"/list/5","value":5}])"_ba);
    QVERIFY(!d.patchIsExact);
    QVERIFY(patchReproduces(a, parse(R"({"list":[0,1,2,3,4,5]})"), d));
}

void tst_JsonDiff::numericToleranceHidesSmallDifferences()
{
    const auto a = parse(R"({"area":100.0,"coords":[[1.0,2.0],[3.0,4.0]],"price":10})");
    const auto b = parse(R"({"area":100.0000001,"coords":[[1.0000004,2.0],[3.0,4.0]],"price":11})");
    DiffOptions options;
    options.numericTolerance = 1e-6;
    const JsonDiff d = diff(a, b, options);
    QCOMPARE(d.summary, (DiffSummary{0, 1, 0, 0}));
    QCOMPARE(d.changes[0].oldPath, u"/price"_s);
    QVERIFY(!d.patchIsExact);

    const JsonDiff exact = diff(a, b);
    QCOMPARE(exact.summary.modified, 3);
    QVERIFY(patchReproduces(a, b, exact));
}

// As deep as the parser allows: the change at the bottom is one change with a 998-token path.
void tst_JsonDiff::deepNestingIsFine()
{
    const auto nested = [](const QByteArray &leaf) {
        QByteArray text;
        for (int i = 0; i < 499; ++i)
            text += R"({"a":[)";
        text += leaf;
        for (int i = 0; i < 499; ++i)
            text += "]}";
        return text;
    };
    const auto a = parse(nested("1"));
    const auto b = parse(nested("2"));
    const JsonDiff d = diff(a, b);
    QCOMPARE(d.summary, (DiffSummary{0, 1, 0, 0}));
    QCOMPARE(d.changes[0].newPath.count(u'/'), 998);
    QVERIFY(patchReproduces(a, b, d));
}

// applyPatch() shares untouched subtrees with its input; the diff skips shared subtrees
// without looking inside and still finds exactly the patched change.
void tst_JsonDiff::patchedDocumentComparedWithItsSource()
{
    const auto a = parse(itemsDocument(records(10000)));
    const auto patched = applyPatch(a, parse(R"([{"op":"replace","path":"/items/5000/name","value":"new"}])"));
    QVERIFY2(patched.hasValue(), failureText(patched).constData());
    const JsonDiff d = diff(a, *patched);
    QCOMPARE(d.summary, (DiffSummary{0, 1, 0, 0}));
    QCOMPARE(d.changes[0].newPath, u"/items/5000/name"_s);
    QCOMPARE(d.patch, R"([{"op":"replace","path":"/items/5000/name","value":"new"}])"_ba);
}

void tst_JsonDiff::invalidOptionsAreRejected_data()
{
    QTest::addColumn<QString>("ignored");
    QTest::addColumn<QString>("keyPath");
    QTest::addColumn<QString>("keyMember");
    QTest::addColumn<double>("tolerance");
    QTest::newRow("pattern without slash") << u"owners"_s << u"/a"_s << u"id"_s << 0.0;
    QTest::newRow("bad escape") << u"/a~2"_s << u"/a"_s << u"id"_s << 0.0;
    QTest::newRow("empty key member") << u"/x"_s << u"/a"_s << QString() << 0.0;
    QTest::newRow("negative tolerance") << u"/x"_s << u"/a"_s << u"id"_s << -1.0;
}

void tst_JsonDiff::invalidOptionsAreRejected()
{
    QFETCH(QString, ignored);
    QFETCH(QString, keyPath);
    QFETCH(QString, keyMember);
    QFETCH(double, tolerance);
    DiffOptions options;
    options.ignoredPaths = {ignored};
    options.identityKeys.push_back({keyPath, keyMember});
    options.numericTolerance = tolerance;
    const auto a = parse("{}");
    const auto result = diffJson(a, a, options);
    QVERIFY(!result.hasValue());
    QCOMPARE(result.error().code, ErrorCode::InvalidArgument);
}

void tst_JsonDiff::patchOnlyModeGivesSamePatch()
{
    QList<QByteArray> elements = records(300);
    const auto a = parse(itemsDocument(elements));
    elements.removeAt(7);
    elements[100] = R"({"id":100})";
    elements.insert(200, R"("text")");
    const auto b = parse(itemsDocument(elements));
    DiffOptions patchOnly;
    patchOnly.collectChanges = false;
    const JsonDiff full = diff(a, b);
    const JsonDiff fast = diff(a, b, patchOnly);
    QVERIFY(fast.changes.empty());
    QCOMPARE(fast.summary, full.summary);
    QCOMPARE(fast.patch, full.patch);
}

// jsondiffpatch overflows its stack on arrays of 5,000+ objects; here every tenth record is
// edited, a few are inserted and removed, and the diff stays exact.
void tst_JsonDiff::largeArraysOfObjects()
{
    QList<QByteArray> elements = records(6000);
    const auto a = parse(itemsDocument(elements));
    for (int i = 0; i < elements.size(); i += 10)
        elements[i].replace(R"("tags":["a","b"])", R"("tags":["a","c"])");
    elements.removeAt(2501);
    elements.insert(4000, R"({"id":-1})");
    const auto b = parse(itemsDocument(elements));
    const JsonDiff d = diff(a, b);
    QCOMPARE(d.summary, (DiffSummary{1, 600, 1, 0}));
    QVERIFY(patchReproduces(a, b, d));
}

// jsondiffpatch is quadratic on 20,000 strings.
void tst_JsonDiff::largeArraysOfStrings()
{
    QList<QByteArray> elements;
    for (int i = 0; i < 20000; ++i)
        elements << '"' + QByteArray::number(i * 7919 % 20011) + '"';
    const auto a = parse(itemsDocument(elements));
    for (int i = 100; i < 20000; i += 2000)
        elements.insert(i, "\"inserted\"");
    elements.removeAt(15000);
    elements.removeAt(3);
    const auto b = parse(itemsDocument(elements));
    const JsonDiff d = diff(a, b);
    QCOMPARE(d.summary, (DiffSummary{10, 0, 2, 0}));
    QVERIFY(patchReproduces(a, b, d));
}

void tst_JsonDiff::pathologicalArrays_data()
{
    QTest::addColumn<QByteArray>("oldJson");
    QTest::addColumn<QByteArray>("newJson");
    QTest::addColumn<qsizetype>("maxChanges");
    constexpr int n = 100000;
    QList<QByteArray> numbers;
    QList<QByteArray> others;
    QList<QByteArray> same;
    for (int i = 0; i < n; ++i) {
        numbers << QByteArray::number(i);
        others << QByteArray::number(n + i);
        same << "\"same\"";
    }
    QList<QByteArray> reversed = numbers;
    std::reverse(reversed.begin(), reversed.end());
    QList<QByteArray> shuffled = numbers;
    std::shuffle(shuffled.begin(), shuffled.end(), std::mt19937(20240601));
    QList<QByteArray> oneChanged = same;
    oneChanged[n / 2] = "\"changed\"";
    QList<QByteArray> oneInserted = same;
    oneInserted.insert(n / 3, "\"new\"");
    QList<QByteArray> blockMoved = numbers.mid(0, 20000) + numbers.mid(80000);
    for (int i = 0; i < 30000; ++i)
        blockMoved << "\"appended " + QByteArray::number(i) + '"';
    QList<QByteArray> halfReplaced = numbers;
    for (int i = 0; i < n; i += 2)
        halfReplaced[i] = QByteArray::number(-i - 1);

    QTest::newRow("all elements different") << itemsDocument(numbers) << itemsDocument(others) << qsizetype(n);
    QTest::newRow("reversed") << itemsDocument(numbers) << itemsDocument(reversed) << qsizetype(n);
    QTest::newRow("shuffled") << itemsDocument(numbers) << itemsDocument(shuffled) << qsizetype(n);
    QTest::newRow("identical strings, one changed") << itemsDocument(same) << itemsDocument(oneChanged) << qsizetype(1);
    QTest::newRow("identical strings, one inserted") << itemsDocument(same) << itemsDocument(oneInserted) << qsizetype(1);
    QTest::newRow("60,000 removed in one block, 30,000 appended")
        << itemsDocument(numbers) << itemsDocument(blockMoved) << qsizetype(90000);
    QTest::newRow("every other element replaced") << itemsDocument(numbers) << itemsDocument(halfReplaced) << qsizetype(n / 2);
}

// Near-linear work on 100,000-element arrays whatever their shape (no timing asserted here:
// the benchmark measures speed), an exact patch, and no more changes than elements.
void tst_JsonDiff::pathologicalArrays()
{
    QFETCH(QByteArray, oldJson);
    QFETCH(QByteArray, newJson);
    QFETCH(qsizetype, maxChanges);
    const auto a = parse(oldJson);
    const auto b = parse(newJson);
    const JsonDiff d = diff(a, b);
    QVERIFY(d.summary.total() > 0);
    QVERIFY2(d.summary.total() <= maxChanges, qPrintable(QString::number(d.summary.total())));
    QVERIFY(patchReproduces(a, b, d));
}

QTEST_GUILESS_MAIN(tst_JsonDiff)
#include "tst_jsondiff.moc"
