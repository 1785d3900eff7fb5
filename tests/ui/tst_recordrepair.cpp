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

#include <QAbstractItemModelTester>
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

class tst_RecordRepair : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void repairFromTheAudit();
    void readOnlySessionOffersNoRepair();

private:
    // Fills `fixture` (SQLite: versions 1..3 of R-7, v3's first owner altered from "Ana" to "Eve"
    // behind the store's back), opens it in `window` and runs the audit to its end. Empty on
    // success, else what failed.
    QByteArray tamperOpenAndAudit(MainWindow &window, sa::tests::OperationsFixture &fixture,
                                  bool readOnly);
    // Selects the audit's TAMPERED_PATHS row; false when there is none.
    static bool selectTamperedPaths(AuditPanel *panel);
};

void tst_RecordRepair::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

QByteArray tst_RecordRepair::tamperOpenAndAudit(MainWindow &window,
                                                sa::tests::OperationsFixture &fixture,
                                                bool readOnly)
{
    if (QByteArray failed = fixture.open(u"sqlite"_s); !failed.isEmpty())
        return failed;
    if (QByteArray failed = fixture.createAndAlterOwner(u"R-7"_s, 3, 3); !failed.isEmpty())
        return failed;
    connect(&window, &MainWindow::errorShown, this,
            [](const QString &message) { qInfo("shown: %s", qPrintable(message)); });
    QSignalSpy opened(&window, &MainWindow::databaseOpened);
    window.openDatabase(fixture.provider().config(), {}, readOnly);
    if (opened.isEmpty() && !opened.wait(30000))
        return "the database did not open";
    auto *panel = window.findChild<AuditPanel *>();
    QSignalSpy finished(panel, &AuditPanel::auditFinished);
    panel->start();
    if (finished.isEmpty() && !finished.wait(30000))
        return "the audit did not finish";
    return finished.at(0).at(0).toBool() ? QByteArray() : panel->summaryText().toUtf8();
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
    sa::tests::OperationsFixture fixture;
    MainWindow window;
    const QByteArray failed = tamperOpenAndAudit(window, fixture, false);
    QVERIFY2(failed.isEmpty(), failed.constData());
    auto *panel = window.findChild<AuditPanel *>();
    QAbstractItemModelTester tester(panel->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
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
    if (const QString saveAs = qEnvironmentVariable("SA_TEST_SCREENSHOT"); !saveAs.isEmpty()) {
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        dialog->grab().save(saveAs);
    }

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
    QVERIFY2(window.statusBar()->currentMessage().contains(u"repair of R-7 v3 is recorded"_s),
             qPrintable(window.statusBar()->currentMessage()));
    QVERIFY2(panel->summaryText().contains(u"Start the audit again"_s),
             qPrintable(panel->summaryText()));
    // The audit's rows of v3 say so, and the version is not offered for repair again.
    const QModelIndex row = panel->view()->currentIndex();
    QVERIFY(row.data(AuditProblemModel::RepairedRole).toBool());
    QVERIFY2(row.siblingAtColumn(AuditProblemModel::KindColumn)
                 .data()
                 .toString()
                 .contains(u"repair recorded"_s),
             qPrintable(row.siblingAtColumn(AuditProblemModel::KindColumn).data().toString()));
    QVERIFY(!repair->isEnabled());
    QVERIFY2(repair->toolTip().contains(u"recorded already"_s), qPrintable(repair->toolTip()));
    auto *view = window.findChild<VersionView *>();
    QTRY_COMPARE_WITH_TIMEOUT(view->shownVersion(), 3, 20000);
    const auto repairedTitle = [view] {
        const auto labels = view->findChildren<QLabel *>();
        return std::any_of(labels.begin(), labels.end(), [](const QLabel *label) {
            return label->text().contains(u"REPAIRED"_s);
        });
    };
    QTRY_VERIFY_WITH_TIMEOUT(repairedTitle(), 20000);

    // The store serves the proven original as a repair.
    const auto read = SnapshotStore(fixture.provider()).get(u"R-7"_s, 3);
    QVERIFY2(read, sa::tests::errorText(read).constData());
    QCOMPARE(read->proof.kind, PayloadProof::Kind::Repaired);
    QCOMPARE(read->canonicalJson, sa::tests::canonicalOf(sa::tests::parcelDocument(3)));
}

void tst_RecordRepair::readOnlySessionOffersNoRepair()
{
    sa::tests::OperationsFixture fixture;
    MainWindow window;
    const QByteArray failed = tamperOpenAndAudit(window, fixture, true);
    QVERIFY2(failed.isEmpty(), failed.constData());
    auto *panel = window.findChild<AuditPanel *>();
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
