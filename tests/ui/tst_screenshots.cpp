// Opens the demo database in the real main window and saves PNGs of what a user sees: the
// start page, the PostgreSQL dialog, the main window, the field history, the compare view, the
// rollback dialog and the preferences (SA_SCREENSHOT_DIR), in English and in German. Run
// under Xvfb by ctest at 1400x900; the pictures are for people to look at (docs/user-guide.md
// shows them: scripts/update-screenshots.sh copies them there), the checks are that each view
// got real content.
#include "ui/auditpanel.h"
#include "ui/auditproblemmodel.h"
#include "ui/compareview.h"
#include "ui/connectiondialog.h"
#include "ui/historysearchpanel.h"
#include "ui/jsontreemodel.h"
#include "ui/mainwindow.h"
#include "ui/reportlistmodel.h"
#include "ui/reportspanel.h"
#include "ui/preferencesdialog.h"
#include "ui/versionactiondialog.h"
#include "ui/versionview.h"

#include "core/demo/demodatabase.h"
#include "core/translations.h"

#include <QAction>
#include <QDir>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace sa::ui;

class tst_Screenshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void mainWindowCompareAndRollback_data();
    void mainWindowCompareAndRollback();

private:
    void save(QWidget *widget, const QString &name);
    void saveDialog(QDialog *dialog, const QString &name);
    void damageOnePayload(const QString &sparedReport);

    QTemporaryDir m_dir;
    QString m_database;
    QString m_suffix; // "-de" for the German pictures
    QString m_damagedReport; // once damaged, for the audit pictures
};

void tst_Screenshots::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear(); // test-mode settings (~/.qttest): pictures of a first start
    QVERIFY(m_dir.isValid());
    m_database = m_dir.filePath(u"demo.sqlite"_s);
    const auto demo = sa::core::createDemoDatabase(m_database);
    QVERIFY2(demo.hasValue(), demo.hasValue() ? "" : qPrintable(demo.error().message));
    QVERIFY(demo->reports > 10);
    QDir().mkpath(QStringLiteral(SA_SCREENSHOT_DIR));
}

void tst_Screenshots::cleanupTestCase()
{
    sa::core::installTranslations(*qApp, u"en"_s);
}

void tst_Screenshots::save(QWidget *widget, const QString &name)
{
    const QString path = QStringLiteral(SA_SCREENSHOT_DIR "/") + QString(name).replace(u".png"_s, m_suffix + u".png"_s);
    QVERIFY(widget->grab().save(path));
    qInfo("screenshot: %s", qPrintable(path));
}

// Shows a dialog that is not modal for the test, saves it, closes it.
void tst_Screenshots::saveDialog(QDialog *dialog, const QString &name)
{
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTest::qWait(100);
    save(dialog, name);
    dialog->reject();
}

// One byte of one stored payload changed behind the store's back (the immutability guard
// dropped first, as only the file's owner could), in a report other than `sparedReport`, so
// that the audit has a problem to show. Once: the German run audits the same damage.
void tst_Screenshots::damageOnePayload(const QString &sparedReport)
{
    if (!m_damagedReport.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"damage"_s);
        db.setDatabaseName(m_database);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY2(query.exec(u"DROP TRIGGER report_snapshots_content_immutable"_s), qPrintable(query.lastError().text()));
        QVERIFY(query.prepare(u"SELECT report_id, parcel_snapshot FROM report_snapshots WHERE report_id <> ? "
                              "AND version = 2 AND is_active = 0 ORDER BY report_id LIMIT 1"_s));
        query.addBindValue(sparedReport);
        QVERIFY(query.exec() && query.next());
        m_damagedReport = query.value(0).toString();
        QByteArray payload = query.value(1).toByteArray();
        payload[payload.size() / 2] = char(payload[payload.size() / 2] ^ 0x01);
        query.finish();
        QVERIFY(query.prepare(u"UPDATE report_snapshots SET parcel_snapshot = ? WHERE report_id = ? AND version = 2"_s));
        query.addBindValue(payload);
        query.addBindValue(m_damagedReport);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"damage"_s);
}

void tst_Screenshots::mainWindowCompareAndRollback_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << u"en"_s;
    QTest::newRow("German") << u"de"_s;
}

void tst_Screenshots::mainWindowCompareAndRollback()
{
    QFETCH(QString, language);
    sa::core::installTranslations(*qApp, language);
    m_suffix = language == u"en" ? QString() : u"-"_s + language;
    const auto mainWindowText = [](const char *source) {
        return QCoreApplication::translate("sa::ui::MainWindow", source);
    };

    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    save(&window, u"start-page.png"_s);
    {
        ConnectionDialog connection(&window);
        saveDialog(&connection, u"connection-dialog.png"_s);
        PreferencesDialog preferences(&window);
        saveDialog(&preferences, u"preferences-dialog.png"_s);
    }

    connect(&window, &MainWindow::errorShown, this, [](const QString &message) { qWarning("%s", qPrintable(message)); });
    QSignalSpy opened(&window, &MainWindow::databaseOpened);
    QSignalSpy shown(&window, &MainWindow::versionShown);
    window.openLocation(m_database);
    QVERIFY(!opened.isEmpty() || opened.wait(20000));
    auto *reports = window.findChild<ReportsPanel *>();
    QTRY_VERIFY_WITH_TIMEOUT(reports->model()->rowCount() > 10, 20000);
    // A report with history worth showing: the one with the most versions on the first page.
    int best = 0;
    for (int row = 1; row < reports->model()->rowCount(); ++row) {
        if (reports->model()->index(row, ReportListModel::VersionsColumn).data().toInt()
            > reports->model()->index(best, ReportListModel::VersionsColumn).data().toInt())
            best = row;
    }
    reports->selectReport(reports->model()->index(best, 0).data(ReportListModel::ReportIdRole).toString());
    QVERIFY(!shown.isEmpty() || shown.wait(20000));
    auto *versionView = window.findChild<VersionView *>();
    versionView->tree()->expandToDepth(1);
    QTest::qWait(200);
    QVERIFY(versionView->model()->rowCount(versionView->model()->index(0, 0)) > 3);
    save(&window, u"main-window.png"_s);

    // The history of one field: the versions that changed the first parcel's outline.
    auto *search = window.findChild<HistorySearchPanel *>();
    QSignalSpy searched(search, &HistorySearchPanel::searchFinished);
    search->parentWidget()->show();
    search->parentWidget()->raise();
    search->search(HistorySearchPanel::Mode::FieldChanged, u"/parcels/0/geometry"_s);
    QVERIFY(!searched.isEmpty() || searched.wait(20000));
    QVERIFY(search->results()->rowCount() > 0);
    QTest::qWait(100);
    save(&window, u"field-history.png"_s);

    // Compare the active version with its predecessor.
    auto *compareView = window.findChild<CompareView *>();
    QSignalSpy compared(compareView, &CompareView::comparisonLoaded);
    auto *history = window.findChildren<QTableView *>().constLast();
    for (QTableView *table : window.findChildren<QTableView *>()) {
        if (table->parentWidget() && table->parentWidget()->objectName() == u"HistoryDock"_s)
            history = table;
    }
    QAction *compareWithParent = nullptr;
    QAction *rollback = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text() == mainWindowText("Compare with &Previous Version"))
            compareWithParent = action;
        if (action->text() == mainWindowText("&Roll Back to This Version…"))
            rollback = action;
    }
    QVERIFY(compareWithParent && rollback);
    compareWithParent->trigger();
    QVERIFY(!compared.isEmpty() || compared.wait(20000));
    compareView->expandAllChanges();
    compareView->goToNextChange();
    QTest::qWait(200);
    QVERIFY(compareView->summaryText().contains(u'+') || compareView->summaryText().contains(u'~'));
    save(&window, u"compare-view.png"_s);

    // The rollback confirmation for an older version.
    const QModelIndex older = history->model()->index(3, 0);
    QVERIFY(older.isValid());
    history->setCurrentIndex(older);
    QVERIFY(rollback->isEnabled());
    rollback->trigger();
    VersionActionDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = window.findChild<VersionActionDialog *>()) != nullptr, 20000);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTest::qWait(100);
    save(dialog, u"rollback-dialog.png"_s);
    dialog->reject();
    // Another report after a finished field search: cancelling that search crashed once
    // (its discarded continuation had been freed), 4 runs out of 4.
    shown.clear();
    reports->selectReport(reports->model()->index(0, 0).data(ReportListModel::ReportIdRole).toString());
    QVERIFY(shown.wait(20000));

    // The integrity audit of the whole database, with one payload damaged.
    damageOnePayload(window.currentReport());
    auto *audit = window.findChild<AuditPanel *>();
    QSignalSpy audited(audit, &AuditPanel::auditFinished);
    QAction *auditAction = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text() == mainWindowText("&Audit Database…"))
            auditAction = action;
    }
    QVERIFY(auditAction && auditAction->isEnabled());
    auditAction->trigger();
    QVERIFY(audited.wait(60000));
    QCOMPARE(audited.at(0).at(0).toBool(), true);
    QCOMPARE(audit->model()->rowCount(), 1);
    QVERIFY(reports->model()->problemCount(m_damagedReport) == 1);
    QTest::qWait(200);
    save(&window, u"audit-panel.png"_s);
}

QTEST_MAIN(tst_Screenshots)
#include "tst_screenshots.moc"
