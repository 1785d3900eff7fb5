// The integrity audit from the main window, on a real SQLite database with one payload
// tampered with behind the store's back: the problem streams into the audit panel, the
// reports list badges the report, Cancel returns to idle, and the GUI thread never waits.
#include "ui/auditpanel.h"
#include "ui/auditproblemmodel.h"
#include "ui/mainwindow.h"
#include "ui/reportlistmodel.h"
#include "ui/reportspanel.h"

#include "core/store/connectionprovider.h"
#include "core/store/opendatabase.h"
#include "core/store/snapshotstore.h"

#include "tests/store/storetestsupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QIcon>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace sa::core;
using namespace sa::ui;

namespace {

constexpr int kReports = 12;
constexpr int kVersions = 8;

QByteArray document(int report, int version)
{
    return uR"({"parcelId":"P-%1","owner":"owner %2","area":%3,"notes":"%4"})"_s.arg(report)
        .arg(version)
        .arg(report * 100 + version)
        .arg(QString(400, u'x'))
        .toUtf8();
}

QString reportId(int report)
{
    return u"R-%1"_s.arg(report, 2, 10, QChar(u'0'));
}

} // namespace

class tst_AuditPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void auditFindsTamperedPayload();
    void cancelReturnsToIdle();

private:
    void open(MainWindow &window);
    static QAction *auditAction(MainWindow &window);

    std::unique_ptr<sa::tests::TestDatabase> m_database;
};

void tst_AuditPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    auto database = sa::tests::TestDatabase::create(u"sqlite"_s);
    QVERIFY2(database.hasValue(), sa::tests::errorText(database).constData());
    m_database = std::move(database).value();
    const auto opened = openDatabase(m_database->config(), {}, SchemaPolicy::Migrate);
    QVERIFY2(opened.hasValue(), sa::tests::errorText(opened).constData());
    SnapshotStore store(*opened->connections);
    for (int report = 1; report <= kReports; ++report) {
        for (int version = 1; version <= kVersions; ++version) {
            CreateSnapshotRequest request;
            request.reportId = reportId(report);
            request.json = document(report, version);
            const auto created = store.create(request);
            QVERIFY2(created.hasValue(), sa::tests::errorText(created).constData());
        }
    }
    // One byte of R-05 v3's stored (compressed) payload changed, with the immutability
    // guard dropped first as only the file's owner could.
    auto db = opened->connections->database();
    QVERIFY(db.hasValue());
    QSqlQuery query(*db);
    QVERIFY2(query.exec(u"DROP TRIGGER report_snapshots_content_immutable"_s), qPrintable(query.lastError().text()));
    QVERIFY(query.exec(u"SELECT parcel_snapshot FROM report_snapshots WHERE report_id = 'R-05' AND version = 3"_s));
    QVERIFY(query.next());
    QByteArray payload = query.value(0).toByteArray();
    QVERIFY(payload.size() > 20);
    payload[payload.size() / 2] = char(payload[payload.size() / 2] ^ 0x01);
    query.finish();
    QVERIFY(query.prepare(u"UPDATE report_snapshots SET parcel_snapshot = ? WHERE report_id = 'R-05' AND version = 3"_s));
    query.addBindValue(payload);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    QCOMPARE(query.numRowsAffected(), 1);
}

void tst_AuditPanel::open(MainWindow &window)
{
    connect(&window, &MainWindow::errorShown, this, [](const QString &message) { qInfo("shown: %s", qPrintable(message)); });
    QSignalSpy opened(&window, &MainWindow::databaseOpened);
    window.openDatabase(m_database->config(), {}, true);
    QVERIFY(!opened.isEmpty() || opened.wait(30000));
    auto *reports = window.findChild<ReportsPanel *>();
    QTRY_COMPARE_WITH_TIMEOUT(reports->model()->rowCount(), kReports, 20000);
}

QAction *tst_AuditPanel::auditAction(MainWindow &window)
{
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text() == u"&Audit Database…"_s)
            return action;
    }
    return nullptr;
}

void tst_AuditPanel::auditFindsTamperedPayload()
{
    MainWindow window;
    QAction *audit = auditAction(window);
    QVERIFY(audit);
    QVERIFY(!audit->isEnabled()); // no database yet
    open(window);
    QVERIFY(audit->isEnabled());

    auto *panel = window.findChild<AuditPanel *>();
    QVERIFY(panel);
    QAbstractItemModelTester problemTester(panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *reports = window.findChild<ReportsPanel *>()->model();
    QAbstractItemModelTester reportsTester(reports, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy streamed(panel->model(), &QAbstractItemModel::rowsInserted);
    QSignalSpy finished(panel, &AuditPanel::auditFinished);

    // The GUI thread keeps turning: the largest gap between timer ticks during the audit.
    QElapsedTimer sinceTick;
    qint64 largestGap = 0;
    QTimer ticker;
    ticker.setInterval(5);
    connect(&ticker, &QTimer::timeout, this, [&] {
        largestGap = std::max(largestGap, sinceTick.restart());
    });
    sinceTick.start();
    ticker.start();
    audit->trigger();
    QVERIFY(panel->isRunning());
    QVERIFY(finished.wait(60000));
    ticker.stop();
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QVERIFY2(largestGap < 100, qPrintable(u"the GUI thread stalled for %1 ms"_s.arg(largestGap)));

    // The problem arrived while the audit ran, and is in the final table.
    QVERIFY(!streamed.isEmpty());
    QCOMPARE(panel->model()->rowCount(), 1);
    const QModelIndex kind = panel->model()->index(0, AuditProblemModel::CodeColumn);
    const QString kindName = kind.data().toString();
    QVERIFY2(kindName == u"CHECKSUM_MISMATCH" || kindName == u"PAYLOAD_UNREADABLE", qPrintable(kindName));
    QCOMPARE(kind.data(AuditProblemModel::ReportIdRole).toString(), u"R-05"_s);
    QCOMPARE(kind.data(AuditProblemModel::VersionRole).toInt(), 3);
    QVERIFY(!kind.data(Qt::ToolTipRole).toString().isEmpty());
    QVERIFY2(panel->summaryText().contains(u"1 problem in 1 report"_s), qPrintable(panel->summaryText()));
    QVERIFY2(panel->summaryText().contains(u"%1 snapshots"_s.arg(kReports * kVersions)),
             qPrintable(panel->summaryText()));
    QVERIFY(panel->lastReport().has_value());

    // The filter by kind: the entry found, and "All".
    auto *filter = panel->findChild<QComboBox *>();
    QCOMPARE(filter->count(), 2);
    filter->setCurrentIndex(1);
    QCOMPARE(panel->view()->model()->rowCount(), 1);

    // The reports list badges R-05 only, with the count in the tooltip.
    for (int row = 0; row < reports->rowCount(); ++row) {
        const QModelIndex index = reports->index(row, ReportListModel::ReportColumn);
        const bool damaged = index.data(ReportListModel::ReportIdRole).toString() == u"R-05";
        QCOMPARE(index.data(Qt::DecorationRole).value<QIcon>().isNull(), !damaged);
        QCOMPARE(index.data(Qt::ToolTipRole).toString().contains(u"1 problem"_s), damaged);
    }

    // Export on a worker thread: a PDF, and a clear error for a folder that does not exist.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSignalSpy exported(panel, &AuditPanel::exportFinished);
    panel->exportTo(dir.filePath(u"audit.pdf"_s), AuditReport::Format::Pdf);
    QVERIFY(exported.wait(30000));
    QCOMPARE(exported.at(0).at(1).toString(), QString());
    QFile pdf(dir.filePath(u"audit.pdf"_s));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(4) == "%PDF");
    panel->exportTo(dir.filePath(u"missing/audit.csv"_s), AuditReport::Format::Csv);
    QVERIFY(exported.wait(30000));
    QVERIFY(!exported.at(1).at(1).toString().isEmpty());
    QVERIFY2(panel->summaryText().contains(u"not saved"_s), qPrintable(panel->summaryText()));
    QVERIFY(!QFile::exists(dir.filePath(u"missing/audit.csv"_s)));

    // Double-click (activate) opens the version, which the store refuses to show as trusted.
    QSignalSpy refused(&window, &MainWindow::errorShown);
    Q_EMIT panel->view()->activated(panel->view()->model()->index(0, 0));
    QCOMPARE(window.currentReport(), u"R-05"_s);
    QVERIFY(!refused.isEmpty() || refused.wait(20000));
    QVERIFY2(refused.constLast().at(0).toString().contains(u"Version 3 of report \"R-05\""_s),
             qPrintable(refused.constLast().at(0).toString()));
}

void tst_AuditPanel::cancelReturnsToIdle()
{
    MainWindow window;
    open(window);
    auto *panel = window.findChild<AuditPanel *>();
    QSignalSpy finished(panel, &AuditPanel::auditFinished);
    auditAction(window)->trigger();
    QVERIFY(panel->isRunning());
    panel->cancel();
    QVERIFY(!finished.isEmpty() || finished.wait(20000));
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY(!panel->isRunning());
    QVERIFY2(panel->summaryText().contains(u"cancelled"_s), qPrintable(panel->summaryText()));
    QVERIFY(!panel->lastReport().has_value());

    // And it runs again after a cancel.
    finished.clear();
    auditAction(window)->trigger();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.at(0).at(0).toBool(), true);
}

QTEST_MAIN(tst_AuditPanel)
#include "tst_auditpanel.moc"
