// Record Repair… from the integrity audit, end to end on a SQLite database whose newest version
// was altered behind the store's back: the audit lists the tampered path, the dialog shows the
// stored and the proven value, the repair is recorded and the store then serves the version as
// repaired; a read-only session offers no repair and says why.
#include "ui/auditpanel.h"
#include "ui/auditproblemmodel.h"
#include "ui/mainwindow.h"
#include "ui/versionactiondialog.h"
#include "ui/versionview.h"

#include "core/store/connectionprovider.h"
#include "core/store/snapshotstore.h"

#include "tests/store/operationsfixture.h"
#include "tests/store/storetestsupport.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sa::core;
using namespace sa::ui;
using sa::tests::canonicalOf;
using sa::tests::errorText;
using sa::tests::OperationsFixture;
using sa::tests::parcelDocument;

namespace {

const QString kReport = u"r1"_s;

// Versions 1..3 of r1, and version 3's stored first owner renamed from "Ana" to "Eve", with the
// schema's guards dropped first as the file's owner could. Returns what failed.
QByteArray seedAndTamper(OperationsFixture &fixture)
{
    if (QByteArray failed = fixture.open(u"sqlite"_s); !failed.isEmpty())
        return failed;
    for (int value = 1; value <= 3; ++value) {
        if (const auto created = fixture.create(kReport, parcelDocument(value)); !created)
            return errorText(created);
    }
    if (QByteArray failed = fixture.disableGuards(); !failed.isEmpty())
        return failed;
    return fixture.execAsOwner(
        u"UPDATE report_snapshots SET parcel_snapshot = ? WHERE report_id = 'r1' AND version = 3"_s,
        { fixture.storedPayload(canonicalOf(parcelDocument(3)).replace("\"Ana\"", "\"Eve\"")) });
}

} // namespace

class tst_RecordRepair : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void repairFromTheAudit();
    void readOnlySessionOffersNoRepair();

private:
    // Opens the database in `window` and runs the audit to its end; the panel, or null.
    AuditPanel *openAndAudit(MainWindow &window, const DatabaseConfig &config, bool readOnly);
    // Selects the audit's TAMPERED_PATHS row; false when there is none.
    static bool selectTamperedPaths(AuditPanel *panel);
};

void tst_RecordRepair::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

AuditPanel *tst_RecordRepair::openAndAudit(MainWindow &window, const DatabaseConfig &config,
                                           bool readOnly)
{
    connect(&window, &MainWindow::errorShown, this,
            [](const QString &message) { qInfo("shown: %s", qPrintable(message)); });
    QSignalSpy opened(&window, &MainWindow::databaseOpened);
    window.openDatabase(config, {}, readOnly);
    if (opened.isEmpty() && !opened.wait(30000))
        return nullptr;
    auto *panel = window.findChild<AuditPanel *>();
    QSignalSpy finished(panel, &AuditPanel::auditFinished);
    panel->start();
    if (finished.isEmpty() && !finished.wait(30000))
        return nullptr;
    return finished.at(0).at(0).toBool() ? panel : nullptr;
}

bool tst_RecordRepair::selectTamperedPaths(AuditPanel *panel)
{
    QAbstractItemModel *problems = panel->view()->model();
    for (int row = 0; row < problems->rowCount(); ++row) {
        const QModelIndex index = problems->index(row, AuditProblemModel::CodeColumn);
        if (index.data().toString() == u"TAMPERED_PATHS") {
            panel->view()->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

void tst_RecordRepair::repairFromTheAudit()
{
    OperationsFixture fixture;
    const QByteArray failed = seedAndTamper(fixture);
    QVERIFY2(failed.isEmpty(), failed.constData());
    MainWindow window;
    AuditPanel *panel = openAndAudit(window, fixture.provider().config(), false);
    QVERIFY(panel);
    QAction *repair = panel->repairAction();
    QVERIFY(!repair->isEnabled()); // nothing selected yet
    QVERIFY2(repair->toolTip().contains(u"Select"_s), qPrintable(repair->toolTip()));
    QVERIFY(selectTamperedPaths(panel));
    QTRY_VERIFY2(repair->isEnabled(), qPrintable(repair->toolTip()));

    repair->trigger();
    VersionActionDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = window.findChild<VersionActionDialog *>()) != nullptr,
                             20000);
    QCOMPARE(dialog->action(), VersionActionDialog::Action::Repair);
    QCOMPARE(dialog->version(), 3);
    // The altered path with the stored and the proven value, read-only.
    auto *paths = dialog->findChild<QTableWidget *>();
    QVERIFY(paths);
    QCOMPARE(paths->rowCount(), 1);
    QCOMPARE(paths->item(0, 0)->text(), u"/owners/0"_s);
    QCOMPARE(paths->item(0, 1)->text(), u"\"Eve\""_s);
    QCOMPARE(paths->item(0, 2)->text(), u"\"Ana\""_s);
    QCOMPARE(paths->item(0, 0)->toolTip(), u"/owners/0: \"Eve\" → \"Ana\""_s);
    QCOMPARE(paths->editTriggers(), QAbstractItemView::NoEditTriggers);

    // Confirmed only with a reason (and the version typed, as for every admin write).
    QPushButton *confirm = nullptr;
    for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
        if (button->text().remove(u'&') == u"Record Repair")
            confirm = button;
    }
    QVERIFY(confirm);
    dialog->findChild<QLineEdit *>()->setText(u"3"_s);
    QVERIFY(!confirm->isEnabled());
    dialog->findChild<QPlainTextEdit *>()->setPlainText(
        u"owner restored from v2 and the stored diff"_s);
    QVERIFY(confirm->isEnabled());
    QSignalSpy closed(dialog, &QDialog::finished);
    QSignalSpy shown(&window, &MainWindow::versionShown);
    confirm->click();
    QVERIFY(!closed.isEmpty() || closed.wait(20000));
    QCOMPARE(closed.at(0).at(0).toInt(), int(QDialog::Accepted));

    // Said in the status bar and the panel; the repaired version is on show, marked as such.
    QVERIFY2(window.statusBar()->currentMessage().contains(u"repair of r1 v3 is recorded"_s),
             qPrintable(window.statusBar()->currentMessage()));
    QVERIFY2(panel->summaryText().contains(u"Start the audit again"_s),
             qPrintable(panel->summaryText()));
    auto *view = window.findChild<VersionView *>();
    QTRY_COMPARE_WITH_TIMEOUT(view->shownVersion(), 3, 20000);
    const auto labels = view->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.begin(), labels.end(),
                        [](const QLabel *label) { return label->text().contains(u"REPAIRED"_s); }));

    // The store serves the proven original as a repair.
    const auto read = SnapshotStore(fixture.provider()).get(kReport, 3);
    QVERIFY2(read, errorText(read).constData());
    QCOMPARE(read->proof.kind, PayloadProof::Kind::Repaired);
    QCOMPARE(read->canonicalJson, canonicalOf(parcelDocument(3)));
}

void tst_RecordRepair::readOnlySessionOffersNoRepair()
{
    OperationsFixture fixture;
    const QByteArray failed = seedAndTamper(fixture);
    QVERIFY2(failed.isEmpty(), failed.constData());
    MainWindow window;
    AuditPanel *panel = openAndAudit(window, fixture.provider().config(), true);
    QVERIFY(panel);
    QVERIFY(selectTamperedPaths(panel));
    QAction *repair = panel->repairAction();
    QVERIFY(!repair->isEnabled());
    QVERIFY2(repair->toolTip().contains(u"read-only"_s), qPrintable(repair->toolTip()));
    repair->trigger(); // disabled: nothing happens
    QTest::qWait(100);
    QVERIFY(!window.findChild<VersionActionDialog *>());
}

QTEST_MAIN(tst_RecordRepair)
#include "tst_recordrepair.moc"
