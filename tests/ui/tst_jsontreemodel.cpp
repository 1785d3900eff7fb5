#include "ui/jsontreemodel.h"

#include "core/json/jsonparser.h"
#include "core/json/jsonpointer.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace sa::core;
using namespace sa::ui;
using namespace Qt::StringLiterals;

class tst_JsonTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsDocumentLazily();
    void largeArraysArriveInChunks();
    void pointersAndTooltips_data();
    void pointersAndTooltips();
    void indexForPointerLoadsThePath();
    void resetOnNewDocument();
};

static JsonDocumentPtr parse(const QByteArray &json)
{
    auto parsed = parseJson(json);
    if (!parsed)
        qFatal("test document does not parse: %s", qPrintable(parsed.error().toString()));
    return parsed->document;
}

static QByteArray bigArray(int count)
{
    QByteArray json = "{\"items\":[";
    for (int i = 0; i < count; ++i)
        json += (i ? "," : "") + QByteArray::number(i);
    return json + "]}";
}

void tst_JsonTreeModel::showsDocumentLazily()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false); // the test fetches; Qt 6.4's tester would fetch inside a reset
    model.setDocument(parse(R"({"owners":[{"id":"o1","name":"Ana"}],"area":6534.5})"_ba));
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex top = model.index(0, 0);
    QCOMPARE(top.data().toString(), u"(document)"_s);
    QCOMPARE(model.index(0, JsonTreeModel::ValueColumn).data().toString(), u"{2 members}"_s);
    QVERIFY(model.hasChildren(top));
    QCOMPARE(model.rowCount(top), 0); // nothing built until asked
    QVERIFY(model.canFetchMore(top));
    model.fetchMore(top);
    QCOMPARE(model.rowCount(top), 2);
    QCOMPARE(model.index(0, 0, top).data().toString(), u"area"_s);
    QCOMPARE(model.index(0, JsonTreeModel::ValueColumn, top).data().toString(), u"6534.5"_s);
    QCOMPARE(model.index(0, JsonTreeModel::TypeColumn, top).data().toString(), u"number"_s);
    const QModelIndex owners = model.index(1, 0, top);
    model.fetchMore(owners);
    const QModelIndex first = model.index(0, 0, owners);
    QCOMPARE(first.data().toString(), u"[0]"_s);
    QCOMPARE(model.parent(first), owners);
    model.fetchMore(first);
    QCOMPARE(model.index(1, JsonTreeModel::ValueColumn, first).data().toString(), u"\"Ana\""_s);
}

void tst_JsonTreeModel::largeArraysArriveInChunks()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false); // the test fetches; Qt 6.4's tester would fetch inside a reset
    model.setDocument(parse(bigArray(20000)));
    const QModelIndex top = model.index(0, 0);
    model.fetchMore(top);
    const QModelIndex items = model.index(0, 0, top);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore(items);
    QCOMPARE(model.rowCount(items), JsonTreeModel::kFetchChunk);
    int fetches = 1;
    while (model.canFetchMore(items)) {
        model.fetchMore(items);
        ++fetches;
    }
    QCOMPARE(model.rowCount(items), 20000);
    QCOMPARE(inserted.size(), fetches);
    QCOMPARE(model.index(19999, JsonTreeModel::ValueColumn, items).data().toString(), u"19999"_s);
}

void tst_JsonTreeModel::pointersAndTooltips_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::newRow("member") << u"/owners"_s;
    QTest::newRow("element") << u"/owners/0/name"_s;
    QTest::newRow("escaped names") << u"/a~1b/c~0d"_s;
    QTest::newRow("empty name") << u"/"_s;
}

void tst_JsonTreeModel::pointersAndTooltips()
{
    QFETCH(QString, pointer);
    JsonTreeModel model;
    model.setDocument(parse(R"({"owners":[{"name":"Ana"}],"a/b":{"c~d":1},"":0})"_ba));
    const auto parsedPointer = JsonPointer::parse(pointer.toStdString());
    QVERIFY(parsedPointer.hasValue());
    const QModelIndex index = model.indexForPointer(*parsedPointer);
    QVERIFY(index.isValid());
    QCOMPARE(index.data(JsonTreeModel::PointerRole).toString(), pointer);
    QCOMPARE(index.data(Qt::ToolTipRole).toString(), pointer);
}

void tst_JsonTreeModel::indexForPointerLoadsThePath()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false); // the test fetches; Qt 6.4's tester would fetch inside a reset
    model.setDocument(parse(bigArray(5000)));
    const auto pointer = JsonPointer::parse("/items/4321");
    QVERIFY(pointer.hasValue());
    const QModelIndex index = model.indexForPointer(*pointer);
    QVERIFY(index.isValid());
    QCOMPARE(model.index(index.row(), JsonTreeModel::ValueColumn, index.parent()).data().toString(), u"4321"_s);
    QCOMPARE(model.indexForPointer(*JsonPointer::parse("/items/5000")), QModelIndex());
    QCOMPARE(model.indexForPointer(*JsonPointer::parse("/nothing")), QModelIndex());
    QCOMPARE(model.indexForPointer(JsonPointer()).data().toString(), u"(document)"_s);
}

void tst_JsonTreeModel::resetOnNewDocument()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false); // the test fetches; Qt 6.4's tester would fetch inside a reset
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setDocument(parse("[1,2,3]"_ba));
    model.fetchMore(model.index(0, 0));
    model.setDocument(parse("\"scalar\""_ba));
    QCOMPARE(reset.size(), 2);
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    QVERIFY(!model.hasChildren(model.index(0, 0)));
    model.setDocument({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(tst_JsonTreeModel)
#include "tst_jsontreemodel.moc"
