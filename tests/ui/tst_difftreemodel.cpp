#include "ui/diffstyle.h"
#include "ui/difftreemodel.h"
#include "ui/jsoncomparison.h"
#include "ui/stringdiffdelegate.h"

#include "core/json/jsonparser.h"
#include "core/json/jsonpointer.h"
#include "tests/testsupport.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QPalette>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sa;
using sa::ui::DiffStatus;
using sa::ui::DiffTreeModel;

namespace {

core::JsonDocumentPtr parse(const QByteArray &json)
{
    auto parsed = core::parseJson(json, core::JsonParseOptions::rfc8259());
    if (!parsed)
        qFatal("bad test JSON: %s", qPrintable(parsed.error().toString()));
    return parsed->document;
}

ui::ComparisonPtr compare(const QByteArray &oldJson, const QByteArray &newJson,
                          const core::DiffOptions &options = {})
{
    auto comparison = ui::prepareComparison(parse(oldJson), parse(newJson), options);
    if (!comparison)
        qFatal("diff failed: %s", qPrintable(comparison.error().toString()));
    return *comparison;
}

QByteArray example(const char *name)
{
    QFile file(QStringLiteral(SA_SOURCE_DIR "/resources/examples/") + QLatin1StringView(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", name);
    return file.readAll();
}

// "~ /a/b" or "↔ /4 → /0": how a test names a change row.
QString describe(const ui::DiffRow &row)
{
    QString path = row.hasNew ? row.newPath : row.oldPath;
    if (row.status == DiffStatus::Moved)
        path = row.oldPath + u" → "_s + row.newPath;
    return ui::DiffStyle::symbol(row.status) + u' ' + path;
}

void fetchAll(DiffTreeModel &model, const QModelIndex &parent)
{
    while (model.canFetchMore(parent))
        model.fetchMore(parent);
    for (int row = 0; row < model.rowCount(parent); ++row)
        fetchAll(model, model.index(row, 0, parent));
}

QStringList topLevel(const DiffTreeModel &model, int role)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row)
        texts << model.index(row, DiffTreeModel::KeyColumn).data(role).toString();
    return texts;
}

} // namespace

Q_DECLARE_METATYPE(sa::ui::StringDiffDelegate::Span)

class TestDiffTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelTesterWhileFetching_data();
    void modelTesterWhileFetching();
    void insertedElementIsOneAddedRow();
    void changeRows_data();
    void changeRows();
    void rowsKnowTheirPointers();
    void onlyChangesHidesUnchangedRows();
    void arraysArriveInChunks();
    void stopsFollowDisplayOrder();
    void changedSpans_data();
    void changedSpans();
    void numberDelta_data();
    void numberDelta();
    void tintsKeepTextReadable_data();
    void tintsKeepTextReadable();
};

void TestDiffTreeModel::modelTesterWhileFetching_data()
{
    QTest::addColumn<QByteArray>("oldJson");
    QTest::addColumn<QByteArray>("newJson");
    QTest::addColumn<bool>("onlyChanges");
    QByteArray bigOld = "[";
    QByteArray bigNew = "[";
    for (int i = 0; i < 700; ++i) {
        bigOld += (i ? "," : "") + QByteArray::number(i);
        if (i != 300)
            bigNew += (bigNew.size() > 1 ? "," : "") + QByteArray::number(i == 650 ? -i : i);
    }
    bigOld += "]";
    bigNew += "]";
    for (const bool only : {false, true}) {
        const char *mode = only ? "only changes" : "all rows";
        QTest::addRow("parcel, %s", mode)
            << example("parcel-v1.json") << example("parcel-v2.json") << only;
        QTest::addRow("700 elements, %s", mode) << bigOld << bigNew << only;
        QTest::addRow("equal, %s", mode)
            << QByteArray(R"({"a":[1,{"b":2}]})") << QByteArray(R"({"a":[1,{"b":2}]})") << only;
        QTest::addRow("root type, %s", mode)
            << QByteArray(R"({"a":1})") << QByteArray("[1,2]") << only;
        QTest::addRow("moved, %s", mode)
            << QByteArray(
                   R"([{"id":1,"v":"alpha"},{"id":2,"v":"beta"},{"id":3,"v":"gamma"},{"id":4,"v":"delta"}])")
            << QByteArray(
                   R"([{"id":4,"v":"delta"},{"id":1,"v":"alpha"},{"id":2,"v":"beta"},{"id":3,"v":"gamma"}])")
            << only;
    }
}

void TestDiffTreeModel::modelTesterWhileFetching()
{
    QFETCH(QByteArray, oldJson);
    QFETCH(QByteArray, newJson);
    QFETCH(bool, onlyChanges);
    DiffTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setOnlyChanges(onlyChanges);
    model.setComparison(compare(oldJson, newJson));
    fetchAll(model, {});
    for (qsizetype stop = 0; stop < qsizetype(model.comparison()->stops().size()); ++stop)
        QVERIFY(model.indexOfStop(stop).isValid());
    model.setOnlyChanges(!onlyChanges);
    fetchAll(model, {});
    model.setComparison({});
    QCOMPARE(model.rowCount(), 0);
}

void TestDiffTreeModel::insertedElementIsOneAddedRow()
{
    DiffTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setComparison(compare(R"([{"n":1},{"n":2},{"n":3},{"n":4}])",
                                R"([{"n":1},{"n":9},{"n":2},{"n":3},{"n":4}])"));
    QCOMPARE(model.rowCount(), 5);
    QStringList statuses;
    for (int row = 0; row < model.rowCount(); ++row)
        statuses << ui::DiffStyle::statusName(
            DiffStatus(model.index(row, 0).data(DiffTreeModel::StatusRole).toInt()));
    QCOMPARE(statuses, QStringList({u"unchanged"_s, u"added"_s, u"unchanged"_s, u"unchanged"_s,
                                    u"unchanged"_s}));
    QCOMPARE(topLevel(model, DiffTreeModel::OldKeyRole),
             QStringList({u"[0]"_s, QString(), u"[1]"_s, u"[2]"_s, u"[3]"_s}));
    QCOMPARE(topLevel(model, DiffTreeModel::NewKeyRole),
             QStringList({u"[0]"_s, u"[1]"_s, u"[2]"_s, u"[3]"_s, u"[4]"_s}));
    QCOMPARE(model.index(1, DiffTreeModel::OldValueColumn).data().toString(), QString());
    QCOMPARE(model.index(1, DiffTreeModel::StatusColumn).data().toString(), u"+"_s);
    QCOMPARE(model.comparison()->stops().size(), 1u);
}

void TestDiffTreeModel::changeRows_data()
{
    QTest::addColumn<QByteArray>("oldJson");
    QTest::addColumn<QByteArray>("newJson");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QString>("identityArray"); // match this array's elements by "id"
    QTest::newRow("member added") << QByteArray(R"({"a":1})")
                                  << QByteArray(R"({"a":1,"b":{"c":2}})") << QStringList{u"+ /b"_s}
                                  << QString();
    QTest::newRow("member deleted")
        << QByteArray(R"({"a":1,"b":[1,2]})") << QByteArray(R"({"a":1})") << QStringList{u"− /b"_s}
        << QString();
    QTest::newRow("modified") << QByteArray(R"({"a":"x","b":true})")
                              << QByteArray(R"({"a":"y","b":true})") << QStringList{u"~ /a"_s}
                              << QString();
    QTest::newRow("type changed") << QByteArray(R"({"a":null})") << QByteArray(R"({"a":0})")
                                  << QStringList{u"≠ /a"_s} << QString();
    QTest::newRow("key order is no change")
        << QByteArray(R"({"a":1,"b":2})") << QByteArray(R"({"b":2,"a":1})") << QStringList{}
        << QString();
    QTest::newRow("nested, in order") << QByteArray(R"({"a":[{"x":1},{"x":2}],"z":{"k":"v"}})")
                                      << QByteArray(R"({"a":[{"x":1},{"x":3}],"z":{"k":"w"}})")
                                      << QStringList{u"~ /a/1/x"_s, u"~ /z/k"_s} << QString();
    QTest::newRow("element deleted")
        << QByteArray("[1,2,3,4]") << QByteArray("[1,3,4]") << QStringList{u"− /1"_s} << QString();
    QTest::newRow("escaped member")
        << QByteArray(R"({"a/b":1,"m~n":2})") << QByteArray(R"({"a/b":2,"m~n":2})")
        << QStringList{u"~ /a~1b"_s} << QString();
    QTest::newRow("moved element")
        << QByteArray(
               R"([{"id":1,"v":"alpha"},{"id":2,"v":"beta"},{"id":3,"v":"gamma"},{"id":4,"v":"delta"}])")
        << QByteArray(
               R"([{"id":4,"v":"delta"},{"id":1,"v":"alpha"},{"id":2,"v":"beta"},{"id":3,"v":"gamma"}])")
        << QStringList{u"↔ /3 → /0"_s, u"↔ /3 → /0"_s} << QString();
    // Matched by id: "a" moved down, "b" stayed (paired) with a change inside.
    QTest::newRow("moved, by identity")
        << QByteArray(R"({"owners":[{"id":"a","s":1},{"id":"b","s":2},{"id":"c","s":5}]})")
        << QByteArray(R"({"owners":[{"id":"b","s":3},{"id":"a","s":1},{"id":"c","s":5}]})")
        << QStringList{u"↔ /owners/0 → /owners/1"_s, u"~ /owners/0/s"_s,
                       u"↔ /owners/0 → /owners/1"_s}
        << u"/owners"_s;
}

void TestDiffTreeModel::changeRows()
{
    QFETCH(QByteArray, oldJson);
    QFETCH(QByteArray, newJson);
    QFETCH(QStringList, expected);
    QFETCH(QString, identityArray);
    core::DiffOptions options;
    if (!identityArray.isEmpty())
        options.identityKeys.push_back({identityArray, u"id"_s});
    const ui::ComparisonPtr comparison = compare(oldJson, newJson, options);
    QStringList actual;
    for (const ui::ChangeStop &stop : comparison->stops())
        actual << describe(stop.row);
    QCOMPARE(actual, expected);
}

void TestDiffTreeModel::rowsKnowTheirPointers()
{
    DiffTreeModel model;
    model.setComparison(compare(example("parcel-v1.json"), example("parcel-v2.json")));
    fetchAll(model, {});
    // Every change row: the pointer resolves in its document to the value the row shows.
    for (qsizetype stop = 0; stop < qsizetype(model.comparison()->stops().size()); ++stop) {
        const QModelIndex index = model.indexOfStop(stop);
        QVERIFY(index.isValid());
        QCOMPARE(model.stopAt(index), stop);
        const ui::DiffRow *row = model.diffRow(index);
        QVERIFY(row);
        if (row->hasOld) {
            auto pointer = core::JsonPointer::parse(row->oldPath.toStdString());
            QVERIFY(pointer);
            auto value = pointer->resolve(model.comparison()->oldDocument()->root());
            QVERIFY2(value, qPrintable(row->oldPath));
            QVERIFY(core::deepEquals(*value, row->oldValue));
        }
        if (row->hasNew) {
            auto pointer = core::JsonPointer::parse(row->newPath.toStdString());
            QVERIFY(pointer);
            auto value = pointer->resolve(model.comparison()->newDocument()->root());
            QVERIFY2(value, qPrintable(row->newPath));
            QVERIFY(core::deepEquals(*value, row->newValue));
        }
    }
    // The unchanged county row has the same pointer on both sides.
    const int county = int(topLevel(model, Qt::DisplayRole).indexOf(u"county"_s));
    QVERIFY(county >= 0);
    const QModelIndex countyIndex = model.index(county, 0);
    QCOMPARE(countyIndex.data(DiffTreeModel::OldPathRole).toString(), u"/county"_s);
    QCOMPARE(countyIndex.data(DiffTreeModel::NewPathRole).toString(), u"/county"_s);
    QCOMPARE(DiffStatus(countyIndex.data(DiffTreeModel::StatusRole).toInt()),
             DiffStatus::Unchanged);
}

void TestDiffTreeModel::onlyChangesHidesUnchangedRows()
{
    DiffTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setComparison(compare(R"({"a":1,"b":{"c":1,"d":2},"e":[1,2,3]})",
                                R"({"a":1,"b":{"c":1,"d":3},"e":[1,2,3],"f":true})"));
    QCOMPARE(topLevel(model, Qt::DisplayRole), QStringList({u"a"_s, u"b"_s, u"e"_s, u"f"_s}));
    model.setOnlyChanges(true);
    QVERIFY(model.onlyChanges());
    QCOMPARE(topLevel(model, Qt::DisplayRole), QStringList({u"b"_s, u"f"_s}));
    const QModelIndex b = model.index(0, 0);
    QCOMPARE(DiffStatus(b.data(DiffTreeModel::StatusRole).toInt()), DiffStatus::ContainsChanges);
    QVERIFY(model.canFetchMore(b));
    model.fetchMore(b);
    QCOMPARE(model.rowCount(b), 1);
    QCOMPARE(model.index(0, 0, b).data().toString(), u"d"_s);
    QCOMPARE(model.index(0, DiffTreeModel::NewValueColumn, b).data().toString(), u"3  (+1)"_s);
    model.setOnlyChanges(false);
    QCOMPARE(model.rowCount(), 4);
}

void TestDiffTreeModel::arraysArriveInChunks()
{
    QByteArray array = "[";
    for (int i = 0; i < 1000; ++i)
        array += (i ? "," : "") + QByteArray::number(i);
    array += "]";
    DiffTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setComparison(compare("{\"a\":" + array + "}", "{\"a\":" + array + ",\"b\":1}"));
    const QModelIndex a = model.index(0, 0);
    QVERIFY(model.hasChildren(a));
    QCOMPARE(model.rowCount(a), 0); // nothing is built before it is asked for
    int fetches = 0;
    while (model.canFetchMore(a)) {
        model.fetchMore(a);
        ++fetches;
        QCOMPARE(model.rowCount(a), std::min(1000, fetches * DiffTreeModel::kFetchChunk));
    }
    QCOMPARE(fetches, 4);
}

void TestDiffTreeModel::stopsFollowDisplayOrder()
{
    DiffTreeModel model;
    model.setComparison(
        compare(R"({"a":1,"b":{"c":1,"d":2},"e":3})", R"({"a":2,"b":{"c":0,"d":2},"e":4})"));
    QCOMPARE(model.comparison()->stops().size(), 3u); // /a, /b/c, /e
    QCOMPARE(model.nextStop({}), 0);
    QCOMPARE(model.previousStop({}), -1);
    const QModelIndex b = model.index(1, 0);
    QCOMPARE(model.stopAt(b), -1);
    QCOMPARE(model.nextStop(b), 1); // /b/c, inside b
    QCOMPARE(model.previousStop(b), 0);
    const QModelIndex e = model.indexOfStop(2);
    QCOMPARE(e.data().toString(), u"e"_s);
    QCOMPARE(model.nextStop(e), -1);
    QCOMPARE(model.previousStop(e), 1);
    const QModelIndex c = model.indexOfStop(1);
    QCOMPARE(c.parent(), b);
    QCOMPARE(c.data(DiffTreeModel::NewPathRole).toString(), u"/b/c"_s);
}

void TestDiffTreeModel::changedSpans_data()
{
    using Span = ui::StringDiffDelegate::Span;
    QTest::addColumn<QString>("oldText");
    QTest::addColumn<QString>("newText");
    QTest::addColumn<QList<Span>>("removed");
    QTest::addColumn<QList<Span>>("inserted");
    QTest::newRow("suffix added") << u"\"94965\""_s << u"\"94965-1403\""_s << QList<Span>{}
                                  << QList<Span>{{6, 5}};
    QTest::newRow("middle replaced")
        << u"abcXdef"_s << u"abcYYdef"_s << QList<Span>{{3, 1}} << QList<Span>{{3, 2}};
    QTest::newRow("two places") << u"2025-01-31"_s << u"2026-01-30"_s << QList<Span>{{3, 1}, {9, 1}}
                                << QList<Span>{{3, 1}, {9, 1}};
    QTest::newRow("emoji kept whole")
        << u"a🏠b"_s << u"a🏡b"_s << QList<Span>{{1, 2}} << QList<Span>{{1, 2}};
    QTest::newRow("equal") << u"same"_s << u"same"_s << QList<Span>{} << QList<Span>{};
}

void TestDiffTreeModel::changedSpans()
{
    using Span = ui::StringDiffDelegate::Span;
    QFETCH(QString, oldText);
    QFETCH(QString, newText);
    QFETCH(QList<Span>, removed);
    QFETCH(QList<Span>, inserted);
    const auto change = ui::StringDiffDelegate::changedSpans(oldText, newText);
    QCOMPARE(QList<Span>(change.removed.begin(), change.removed.end()), removed);
    QCOMPARE(QList<Span>(change.inserted.begin(), change.inserted.end()), inserted);
}

void TestDiffTreeModel::numberDelta_data()
{
    QTest::addColumn<QByteArray>("values");
    QTest::addColumn<QString>("delta");
    QTest::newRow("integer up") << QByteArray("[2036345,2054066]") << u"+17721"_s;
    QTest::newRow("decimals as written") << QByteArray("[23185.8,23649.51]") << u"+463.71"_s;
    QTest::newRow("down") << QByteArray("[0.5,0.25]") << u"−0.25"_s;
    QTest::newRow("equal") << QByteArray("[1,1]") << QString();
    QTest::newRow("not numbers") << QByteArray("[\"1\",2]") << QString();
}

void TestDiffTreeModel::numberDelta()
{
    QFETCH(QByteArray, values);
    QFETCH(QString, delta);
    const core::JsonDocumentPtr document = parse(values);
    const auto elements = document->root().elements();
    QCOMPARE(
        ui::DiffStyle::numberDelta(elements[0], elements[1]).remove(QLocale().groupSeparator()),
        delta);
}

void TestDiffTreeModel::tintsKeepTextReadable_data()
{
    QTest::addColumn<QColor>("base");
    QTest::addColumn<QColor>("text");
    QTest::addColumn<int>("status");
    const std::pair<const char *, std::pair<QColor, QColor>> palettes[] = {
        {"light", {QColor(Qt::white), QColor(Qt::black)}},
        {"dark", {QColor(0x2a, 0x2a, 0x2a), QColor(0xee, 0xee, 0xee)}},
    };
    for (const auto &[name, colors] : palettes) {
        for (const DiffStatus status :
             {DiffStatus::Added, DiffStatus::Deleted, DiffStatus::Modified, DiffStatus::TypeChanged,
              DiffStatus::Moved}) {
            QTest::addRow("%s %s", name, qPrintable(ui::DiffStyle::statusName(status)))
                << colors.first << colors.second << int(status);
        }
    }
}

void TestDiffTreeModel::tintsKeepTextReadable()
{
    QFETCH(QColor, base);
    QFETCH(QColor, text);
    QFETCH(int, status);
    QPalette palette;
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::Text, text);
    const auto kind = DiffStatus(status);
    QVERIFY(ui::DiffStyle::contrastRatio(ui::DiffStyle::rowBackground(kind, palette), text) >= 4.5);
    for (const DiffStatus span : {DiffStatus::Added, DiffStatus::Deleted})
        QVERIFY(ui::DiffStyle::contrastRatio(ui::DiffStyle::spanBackground(span, palette), text)
                >= 4.5);
    const QColor chip = ui::DiffStyle::accent(kind);
    QVERIFY(ui::DiffStyle::contrastRatio(chip, ui::DiffStyle::textOn(chip)) >= 4.5);
}

QTEST_MAIN(TestDiffTreeModel)
#include "tst_difftreemodel.moc"
