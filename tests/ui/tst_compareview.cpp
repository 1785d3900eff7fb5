#include "ui/changeoverview.h"
#include "ui/comparereport.h"
#include "ui/compareview.h"
#include "ui/diffstyle.h"
#include "ui/difftreemodel.h"
#include "ui/jsoncomparison.h"

#include "core/json/jsonparser.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace sa;
using sa::ui::CompareView;
using sa::ui::DiffTreeModel;

namespace {

core::JsonDocumentPtr parse(const QByteArray &json)
{
    auto parsed = core::parseJson(json, core::JsonParseOptions::rfc8259());
    if (!parsed)
        qFatal("bad test JSON: %s", qPrintable(parsed.error().toString()));
    return parsed->document;
}

ui::ComparisonPtr compare(const QByteArray &oldJson, const QByteArray &newJson)
{
    auto comparison = ui::prepareComparison(parse(oldJson), parse(newJson));
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

const ui::ComparisonTitles kTitles{u"v7 · 2026-03-02 14:05 · alice"_s,
                                   u"v8 · 2026-04-18 09:41 · bob"_s};

// The JSON Pointer of the view's current row, as the model has it.
QString currentNewPath(const CompareView &view)
{
    const ui::DiffRow *row = view.model()->diffRow(view.oldTree()->currentIndex());
    return row ? (row->hasNew ? row->newPath : row->oldPath) : QString();
}

QString stopPath(const ui::ChangeStop &stop)
{
    return stop.row.hasNew ? stop.row.newPath : stop.row.oldPath;
}

} // namespace

class TestCompareView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nextChangeVisitsChangesInOrderAndWraps();
    void previousChangeWalksBackAndWraps();
    void shortcutsAreF7AndShiftF7();
    void summaryCounts_data();
    void summaryCounts();
    void panesExpandScrollAndSelectTogether();
    void onlyChangesKeepsTheCurrentChange();
    void htmlReportHasEveryChangeEscaped();
    void patchExportIsTheDiffPatch();
    void compareDocumentsDropsStaleResults();
    void cancelKeepsThePreviousComparison();
    void overviewMarkJumpsToItsChange();
    void changedCharactersAreMarked_data();
    void changedCharactersAreMarked();
    void screenshot();
};

void TestCompareView::nextChangeVisitsChangesInOrderAndWraps()
{
    CompareView view;
    view.setComparison(compare(example("parcel-v1.json"), example("parcel-v2.json")), kTitles);
    const auto &stops = view.comparison()->stops();
    QCOMPARE(stops.size(), 8u);
    QVERIFY(!view.oldTree()->currentIndex().isValid());
    QCOMPARE(view.positionText(), u"8 changes"_s);
    QStringList visited;
    for (std::size_t i = 0; i < stops.size(); ++i) {
        view.goToNextChange();
        visited << currentNewPath(view);
        QCOMPARE(view.positionText(), u"Change %1 of 8"_s.arg(i + 1));
        QVERIFY(view.oldTree()->selectionModel()->isRowSelected(
            view.oldTree()->currentIndex().row(), view.oldTree()->currentIndex().parent()));
    }
    QStringList expected;
    for (const auto &stop : stops)
        expected << stopPath(stop);
    QCOMPARE(visited, expected);
    // Display order: members by name, so /assessments/3 comes before /owners/1.
    QCOMPARE(visited.first(), u"/assessments/3"_s);
    view.goToNextChange();
    QCOMPARE(currentNewPath(view), expected.first());
    QCOMPARE(view.positionText(), u"Change 1 of 8 (wrapped to the first)"_s);
    view.goToNextChange();
    QCOMPARE(view.positionText(), u"Change 2 of 8"_s);
}

void TestCompareView::previousChangeWalksBackAndWraps()
{
    CompareView view;
    view.setComparison(
        compare(R"({"a":1,"b":{"c":1},"d":[1,2]})", R"({"a":2,"b":{"c":2},"d":[1,2,3]})"), kTitles);
    view.goToPreviousChange(); // nothing selected: from the end
    QCOMPARE(currentNewPath(view), u"/d/2"_s);
    QCOMPARE(view.positionText(), u"Change 3 of 3 (wrapped to the last)"_s);
    view.goToPreviousChange();
    QCOMPARE(currentNewPath(view), u"/b/c"_s);
    // The ancestors of a change are opened in both panes.
    const QModelIndex b = view.oldTree()->currentIndex().parent();
    QVERIFY(view.oldTree()->isExpanded(b));
    QVERIFY(view.newTree()->isExpanded(b));
    view.goToPreviousChange();
    QCOMPARE(currentNewPath(view), u"/a"_s);
    QCOMPARE(view.currentPath(), u"/a"_s);
    QCOMPARE(view.findChild<QLineEdit *>(u"path"_s)->text(), u"/a"_s);
    view.goToPreviousChange();
    QCOMPARE(currentNewPath(view), u"/d/2"_s);
}

void TestCompareView::shortcutsAreF7AndShiftF7()
{
    CompareView view;
    QCOMPARE(view.nextChangeAction()->shortcut(), QKeySequence(Qt::Key_F7));
    QCOMPARE(view.previousChangeAction()->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_F7));
    QVERIFY(!view.nextChangeAction()->isEnabled()); // nothing to compare yet
    view.setComparison(compare(R"({"a":1})", R"({"a":2})"), kTitles);
    QVERIFY(view.nextChangeAction()->isEnabled());
    view.nextChangeAction()->trigger();
    QCOMPARE(currentNewPath(view), u"/a"_s);
}

void TestCompareView::summaryCounts_data()
{
    QTest::addColumn<QByteArray>("oldJson");
    QTest::addColumn<QByteArray>("newJson");
    QTest::addColumn<QString>("summary");
    QTest::newRow("parcel") << example("parcel-v1.json") << example("parcel-v2.json")
                            << u"+2 ~5 −1 ↔0"_s;
    QTest::newRow("equal") << QByteArray(R"({"a":1})") << QByteArray(R"({"a":1})")
                           << u"+0 ~0 −0 ↔0"_s;
    QTest::newRow("moved")
        << QByteArray(
               R"([{"id":1,"v":"alpha"},{"id":2,"v":"beta"},{"id":3,"v":"gamma"},{"id":4,"v":"delta"}])")
        << QByteArray(
               R"([{"id":4,"v":"delta"},{"id":1,"v":"alpha"},{"id":2,"v":"beta"},{"id":3,"v":"gamma"}])")
        << u"+0 ~0 −0 ↔1"_s;
}

void TestCompareView::summaryCounts()
{
    QFETCH(QByteArray, oldJson);
    QFETCH(QByteArray, newJson);
    QFETCH(QString, summary);
    CompareView view;
    view.setComparison(compare(oldJson, newJson), kTitles);
    QCOMPARE(view.summaryText(), summary);
    // What the bar reads, without its markup.
    const QString shown
        = QTextDocumentFragment::fromHtml(view.findChild<QLabel *>(u"summary"_s)->text())
              .toPlainText()
              .replace(QChar::Nbsp, u' ');
    const ui::ComparisonPtr comparison = view.comparison();
    if (comparison->summary().total() == 0) {
        QCOMPARE(shown, u"The two versions are identical"_s);
    } else {
        QVERIFY(shown.contains(u"+%1 added"_s.arg(comparison->summary().added)));
        QVERIFY(shown.contains(u"−%1 deleted"_s.arg(comparison->summary().deleted)));
        QVERIFY(shown.contains(u"↔%1 moved"_s.arg(comparison->summary().moved)));
    }
}

void TestCompareView::panesExpandScrollAndSelectTogether()
{
    QByteArray big = "{";
    for (int i = 0; i < 200; ++i)
        big += (i ? "," : "") + u"\"k%1\":{\"x\":%2}"_s.arg(i, 3, 10, QChar(u'0')).arg(i).toUtf8();
    big += "}";
    CompareView view;
    view.resize(1000, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setComparison(compare(big, big), kTitles);
    QTreeView *left = view.oldTree();
    QTreeView *right = view.newTree();
    QCOMPARE(left->selectionModel(), right->selectionModel());
    const QModelIndex k5 = view.model()->index(5, 0);
    left->expand(k5);
    QVERIFY(right->isExpanded(k5));
    right->collapse(k5);
    QVERIFY(!left->isExpanded(k5));
    right->expand(k5);
    QVERIFY(left->isExpanded(k5));
    QTRY_VERIFY(right->verticalScrollBar()->maximum() > 0);
    right->verticalScrollBar()->setValue(right->verticalScrollBar()->maximum() / 2);
    QCOMPARE(left->verticalScrollBar()->value(), right->verticalScrollBar()->value());
    right->setCurrentIndex(view.model()->index(7, 0));
    QCOMPARE(left->currentIndex(), view.model()->index(7, 0));
    QCOMPARE(view.currentPath(), u"/k007"_s);
}

void TestCompareView::onlyChangesKeepsTheCurrentChange()
{
    CompareView view;
    view.setComparison(compare(example("parcel-v1.json"), example("parcel-v2.json")), kTitles);
    const int allRows = view.model()->rowCount();
    view.goToNextChange();
    view.goToNextChange();
    const QString current = currentNewPath(view);
    view.onlyChangesAction()->setChecked(true);
    QVERIFY(view.model()->onlyChanges());
    QVERIFY(view.model()->rowCount() < allRows);
    QCOMPARE(currentNewPath(view), current);
    QCOMPARE(view.positionText(), u"Change 2 of 8"_s);
    view.setOnlyChanges(false);
    QVERIFY(!view.onlyChangesAction()->isChecked());
    QCOMPARE(view.model()->rowCount(), allRows);
    QCOMPARE(currentNewPath(view), current);
}

void TestCompareView::htmlReportHasEveryChangeEscaped()
{
    const ui::ComparisonPtr comparison = compare(
        R"({"name":"<b>Ann & Bob</b>","tags":["a"],"n":1,"gone":"x"})",
        R"({"name":"<i>Ann & Bob</i>","tags":["a","<script>alert(1)</script>"],"n":2,"new/key":"\"q\""})");
    const QString html = ui::comparisonReportHtml(*comparison, {u"v1 <old>"_s, u"v2 & new"_s});
    QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
    QVERIFY(!html.contains(u"<script>"_s));
    QVERIFY(!html.contains(u"<b>Ann"_s));
    QVERIFY(html.contains(u"v1 &lt;old&gt;"_s));
    QVERIFY(html.contains(u"v2 &amp; new"_s));
    QVERIFY(html.contains(u"&quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot;"_s));
    QVERIFY(html.contains(u"&amp;"_s));
    for (const ui::ChangeStop &stop : comparison->stops()) {
        const QString path = stop.row.hasNew ? stop.row.newPath : stop.row.oldPath;
        QVERIFY2(html.contains(u"<td class=\"path\">"_s + path.toHtmlEscaped() + u"</td>"_s),
                 qPrintable(path));
    }
    QVERIFY(html.contains(u"/new~1key"_s));
    QVERIFY(html.contains(u"+2 added"_s));
    QVERIFY(html.contains(u"−1 deleted"_s));
    // The changed characters of a string are marked, escaped.
    QVERIFY(html.contains(u"&lt;<mark>b</mark>&gt;"_s));
    QVERIFY(html.contains(u"&lt;<mark>i</mark>&gt;"_s));
}

void TestCompareView::patchExportIsTheDiffPatch()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    CompareView view;
    view.setComparison(compare(example("parcel-v1.json"), example("parcel-v2.json")), kTitles);
    QSignalSpy finished(&view, &CompareView::exportFinished);
    const QString patchFile = dir.filePath(u"parcel.json-patch"_s);
    view.exportPatch(patchFile);
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.first().at(0).toString(), patchFile);
    QCOMPARE(finished.first().at(1).toString(), QString());
    QFile patch(patchFile);
    QVERIFY(patch.open(QIODevice::ReadOnly));
    QCOMPARE(patch.readAll(), view.comparison()->diff().patch);

    const QString htmlFile = dir.filePath(u"report.html"_s);
    view.exportHtmlReport(htmlFile);
    QVERIFY(finished.wait(5000));
    QFile html(htmlFile);
    QVERIFY(html.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(html.readAll()),
             ui::comparisonReportHtml(*view.comparison(), kTitles));

    view.exportPatch(dir.filePath(u"no/such/dir/x.json"_s));
    QVERIFY(finished.wait(5000));
    QVERIFY(!finished.last().at(1).toString().isEmpty());
}

void TestCompareView::compareDocumentsDropsStaleResults()
{
    CompareView view;
    QSignalSpy loaded(&view, &CompareView::comparisonLoaded);
    QSignalSpy started(&view, &CompareView::comparisonStarted);
    view.compareDocuments(parse(R"({"a":1})"), parse(R"({"a":2})"), {u"first"_s, u"first"_s});
    view.compareDocuments(parse(R"({"a":1})"), parse(R"({"a":1,"b":2,"c":3})"),
                          {u"old"_s, u"second"_s});
    QCOMPARE(started.size(), 2);
    QVERIFY(loaded.wait(5000));
    QTest::qWait(50); // a stale result would arrive by now
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(view.titles().newTitle, u"second"_s);
    QCOMPARE(view.summaryText(), u"+2 ~0 −0 ↔0"_s);
    QVERIFY(!view.isComparing());
}

void TestCompareView::cancelKeepsThePreviousComparison()
{
    CompareView view;
    view.setComparison(compare(R"({"a":1})", R"({"a":2})"), kTitles);
    QSignalSpy loaded(&view, &CompareView::comparisonLoaded);
    view.compareDocuments(parse(R"({"b":1})"), parse(R"({"b":1,"c":2})"), {u"x"_s, u"y"_s});
    view.cancelComparison();
    QVERIFY(!view.isComparing());
    QTest::qWait(100); // a result that slipped through would arrive by now
    QCOMPARE(loaded.size(), 0);
    QCOMPARE(view.titles().newTitle, kTitles.newTitle);
    QCOMPARE(view.summaryText(), u"+0 ~1 −0 ↔0"_s);
}

void TestCompareView::overviewMarkJumpsToItsChange()
{
    CompareView view;
    view.resize(1400, 900);
    view.setComparison(compare(example("parcel-v1.json"), example("parcel-v2.json")), kTitles);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *overview = view.findChild<ui::ChangeOverview *>();
    QVERIFY(overview);
    QTreeView *tree = view.newTree();
    const qsizetype stop = 4;
    const QModelIndex target = view.model()->indexOfStop(stop);
    int shownRow = 0;
    for (QModelIndex index = view.model()->index(0, 0); index.isValid() && index != target;
         index = tree->indexBelow(index))
        ++shownRow;
    QTest::qWait(20); // the strip counts rows once the first expansions are done
    const int rowHeight = tree->visualRect(target).height();
    // The example fits in the view: a mark sits level with its row.
    const QPoint click(overview->width() / 2,
                       tree->viewport()->geometry().top() + shownRow * rowHeight + rowHeight / 2);
    QTest::mouseClick(overview, Qt::LeftButton, {}, click);
    QCOMPARE(tree->currentIndex(), target);
    QCOMPARE(view.positionText(), u"Change 5 of 8"_s);
}

void TestCompareView::changedCharactersAreMarked_data()
{
    QTest::addColumn<QByteArray>("newJson");
    QTest::addColumn<bool>("marked");
    QTest::newRow("string edited") << QByteArray(R"({"a":"Bayview Terrace"})") << true;
    QTest::newRow("number edited") << QByteArray(R"({"a":12})") << false;
    QTest::newRow("unchanged") << QByteArray(R"({"a":"Bayview Terrace"})") << false;
}

void TestCompareView::changedCharactersAreMarked()
{
    QFETCH(QByteArray, newJson);
    QFETCH(bool, marked);
    const QByteArray oldJson = QTest::currentDataTag() == QByteArray("unchanged")
                                   ? newJson
                                   : QByteArray(R"({"a":"Bayside Terrace"})");
    CompareView view;
    view.resize(900, 300);
    view.setComparison(compare(oldJson, newJson), kTitles);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.oldTree()->selectionModel()->clear(); // the selection colour would hide the marks
    // The characters that differ sit on the span colour: removed ones left, inserted ones right.
    const auto countPixels = [](QTreeView *tree, ui::DiffStatus kind) {
        const QImage image = tree->viewport()->grab().toImage();
        const QRgb wanted = ui::DiffStyle::spanBackground(kind, tree->palette()).rgb();
        int count = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                count += image.pixel(x, y) == wanted ? 1 : 0;
        }
        return count;
    };
    QCOMPARE(countPixels(view.oldTree(), ui::DiffStatus::Deleted) > 0, marked);
    QCOMPARE(countPixels(view.newTree(), ui::DiffStatus::Added) > 0, marked);
}

void TestCompareView::screenshot()
{
    CompareView view;
    view.resize(1400, 900);
    view.setComparison(
        compare(example("parcel-v1.json"), example("parcel-v2.json")),
        {u"v7 · 2026-03-02 14:05 · alice"_s, u"v8 · 2026-04-18 09:41 · parcel-svc"_s});
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.goToNextChange();
    view.goToNextChange();
    view.goToNextChange();
    QTest::qWait(50); // the overview strip counts rows once the expansions are done
    const QString fileName = QDir::current().filePath(u"compare-view.png"_s);
    QVERIFY(view.grab().save(fileName));
    qInfo("screenshot: %s", qPrintable(fileName));
}

QTEST_MAIN(TestCompareView)
#include "tst_compareview.moc"
