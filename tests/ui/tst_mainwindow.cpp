// The main window's flows end to end, on real databases: admin actions, read-only mode,
// and surviving a lost PostgreSQL connection.
#include "ui/auditpanel.h"
#include "ui/historymodel.h"
#include "ui/mainwindow.h"
#include "ui/versionactiondialog.h"
#include "ui/versionview.h"

#include "core/store/connectionprovider.h"
#include "core/store/opendatabase.h"
#include "core/store/rolesql.h"
#include "core/store/snapshotstore.h"

#include "tests/store/storetestsupport.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QTimer>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sa::core;
using namespace sa::ui;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rollbackEndToEnd();
    void rollbackConflictOffersReload();
    void readOnlyDisablesAdminActions();
    void auditorRoleCannotChangeVersions();
    void ccp04DatabaseOpensReadOnly();
    void ccp04DatabaseUpgradesWhenAsked();
    void survivesLostConnection();

private:
    std::unique_ptr<sa::tests::TestDatabase> databaseWithReport(const QString &engine, int versions);
    void openAndShow(MainWindow &window, const DatabaseConfig &config, bool readOnly,
                     const QString &password = {});
    static QAction *action(MainWindow &window, const QString &text);
    static QTableView *history(MainWindow &window);
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

std::unique_ptr<sa::tests::TestDatabase> tst_MainWindow::databaseWithReport(const QString &engine, int versions)
{
    auto database = sa::tests::TestDatabase::create(engine);
    if (!database)
        qFatal("no %s test database: %s", qPrintable(engine), qPrintable(database.error().message));
    const auto opened = openDatabase((*database)->config(), {}, SchemaPolicy::Migrate);
    if (!opened)
        qFatal("cannot open: %s", qPrintable(opened.error().message));
    SnapshotStore store(*opened->connections);
    for (int v = 1; v <= versions; ++v) {
        CreateSnapshotRequest request;
        request.reportId = u"R-1"_s;
        request.json = u"{\"owner\":\"owner %1\",\"area\":%1}"_s.arg(v).toUtf8();
        if (!store.create(request))
            qFatal("cannot create version %d", v);
    }
    return std::move(database).value();
}

void tst_MainWindow::openAndShow(MainWindow &window, const DatabaseConfig &config, bool readOnly,
                                 const QString &password)
{
    connect(&window, &MainWindow::errorShown, this, [](const QString &message) { qInfo("shown: %s", qPrintable(message)); });
    QSignalSpy opened(&window, &MainWindow::databaseOpened);
    QSignalSpy shown(&window, &MainWindow::versionShown);
    window.openDatabase(config, password, readOnly);
    QVERIFY(!opened.isEmpty() || opened.wait(30000));
    window.showReport(u"R-1"_s);
    QVERIFY(!shown.isEmpty() || shown.wait(30000));
}

QAction *tst_MainWindow::action(MainWindow &window, const QString &text)
{
    for (QAction *a : window.findChildren<QAction *>()) {
        if (a->text() == text)
            return a;
    }
    return nullptr;
}

QTableView *tst_MainWindow::history(MainWindow &window)
{
    for (QTableView *table : window.findChildren<QTableView *>()) {
        if (qobject_cast<HistoryModel *>(table->model()))
            return table;
    }
    return nullptr;
}

static void confirm(VersionActionDialog *dialog, const QString &reason)
{
    dialog->findChild<QPlainTextEdit *>()->setPlainText(reason);
    dialog->findChild<QLineEdit *>()->setText(QString::number(dialog->version()));
    for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
        if (button->text().remove(u'&').contains(u"Roll Back"_s) || button->text().remove(u'&').contains(u"Deprecate"_s))
            button->click();
    }
}

void tst_MainWindow::rollbackEndToEnd()
{
    const auto database = databaseWithReport(u"sqlite"_s, 3);
    MainWindow window;
    openAndShow(window, database->config(), false);
    QTableView *table = history(window);
    QTRY_COMPARE(table->model()->rowCount(), 3);
    table->setCurrentIndex(table->model()->index(2, 0)); // v1
    QAction *rollback = action(window, u"&Roll Back to This Version…"_s);
    QVERIFY(rollback->isEnabled());
    rollback->trigger();
    VersionActionDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = window.findChild<VersionActionDialog *>()) != nullptr, 20000);
    QSignalSpy finished(dialog, &QDialog::finished);
    confirm(dialog, u"restore the surveyed owner"_s);
    QVERIFY(!finished.isEmpty() || finished.wait(20000));
    QCOMPARE(finished.at(0).at(0).toInt(), int(QDialog::Accepted));
    // The history reloads with v1 active again.
    auto *model = qobject_cast<HistoryModel *>(table->model());
    QTRY_COMPARE_WITH_TIMEOUT(model->activeVersion(), 1, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(window.findChild<VersionView *>()->shownVersion(), 1, 20000);
}

// A database the CCP-04 service wrote opens as it is, with a writable session asked for:
// history and payloads shown, every change refused with the reason.
void tst_MainWindow::ccp04DatabaseOpensReadOnly()
{
    auto database = sa::tests::TestDatabase::create(u"postgresql"_s);
    QVERIFY2(database, sa::tests::errorText(database).constData());
    const auto loaded = sa::tests::loadCcp04Fixture((*database)->config());
    QVERIFY2(loaded, sa::tests::errorText(loaded).constData());
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QSignalSpy opened(&window, &MainWindow::databaseOpened);
    QSignalSpy shown(&window, &MainWindow::versionShown);
    window.openDatabase((*database)->config(), {}, false);
    QVERIFY(!opened.isEmpty() || opened.wait(30000));
    window.showReport(u"rpt-wa-033-7781"_s);
    QVERIFY(!shown.isEmpty() || shown.wait(30000));
    QTableView *table = history(window);
    QTRY_COMPARE(table->model()->rowCount(), 6);
    QCOMPARE(qobject_cast<HistoryModel *>(table->model())->activeVersion(), 3);
    table->setCurrentIndex(table->model()->index(5, 0)); // v1
    QAction *rollback = action(window, u"&Roll Back to This Version…"_s);
    QVERIFY(!rollback->isEnabled());
    QVERIFY2(rollback->toolTip().contains(u"CCP-04"_s), qPrintable(rollback->toolTip()));
    // The document says how far its checksum vouches for it (expected.json: 14 of 119 values).
    QTRY_COMPARE_WITH_TIMEOUT(window.findChild<VersionView *>()->shownVersion(), 1, 20000);
    const auto labels = window.findChild<VersionView *>()->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.begin(), labels.end(), [](const QLabel *label) {
        return label->text().contains(u"CCP-04 legacy checksum: covers 14 of 119 values"_s);
    }));
    const QString saveAs = qEnvironmentVariable("SA_TEST_SCREENSHOT");
    if (!saveAs.isEmpty())
        window.grab().save(saveAs);

    // The audit: notices, no damage, no red badge, and what cannot be verified said.
    auto *audit = window.findChild<AuditPanel *>();
    QSignalSpy audited(audit, &AuditPanel::auditFinished);
    QSignalSpy badges(audit, &AuditPanel::problemReportsChanged);
    action(window, u"&Audit Database…"_s)->trigger();
    QVERIFY(!audited.isEmpty() || audited.wait(30000));
    QVERIFY(audited.at(0).at(0).toBool());
    QVERIFY2(audit->summaryText().contains(u"no problems; 18 notices"_s), qPrintable(audit->summaryText()));
    QVERIFY2(audit->summaryText().contains(u"No hash chain"_s), qPrintable(audit->summaryText()));
    QCOMPARE(badges.size(), 1);
    using ProblemsPerReport = QHash<QString, int>;
    QVERIFY(badges.at(0).at(0).value<ProblemsPerReport>().isEmpty());
    if (!saveAs.isEmpty()) {
        QTest::qWait(200); // laid out for the longer summary
        window.grab().save(QString(saveAs).replace(u".png"_s, u"-audit.png"_s));
    }
}

// File > Upgrade CCP-04 Database: says what it adds, asks, upgrades off the GUI thread and
// goes on with the upgraded database, where changes are possible.
void tst_MainWindow::ccp04DatabaseUpgradesWhenAsked()
{
    auto database = sa::tests::TestDatabase::create(u"postgresql"_s);
    QVERIFY2(database, sa::tests::errorText(database).constData());
    const auto loaded = sa::tests::loadCcp04Fixture((*database)->config());
    QVERIFY2(loaded, sa::tests::errorText(loaded).constData());
    MainWindow window;
    QSignalSpy opened(&window, &MainWindow::databaseOpened);
    window.openDatabase((*database)->config(), {}, false);
    QVERIFY(!opened.isEmpty() || opened.wait(30000));
    QAction *upgrade = action(window, u"&Upgrade CCP-04 Database…"_s);
    QVERIFY(upgrade && upgrade->isVisible() && upgrade->isEnabled());

    QString question;
    QTimer::singleShot(0, &window, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        question = box->informativeText();
        for (QAbstractButton *button : box->buttons()) {
            if (button->text() == u"&Upgrade"_s)
                button->click();
        }
    });
    upgrade->trigger();
    QVERIFY2(question.contains(u"ccp04_report_snapshots"_s), qPrintable(question));
    QVERIFY(opened.size() == 2 || opened.wait(30000)); // the upgraded database, opened anew
    QVERIFY(!upgrade->isVisible());
    window.showReport(u"rpt-wa-033-7781"_s);
    QTableView *table = history(window);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 6, 20000);
    table->setCurrentIndex(table->model()->index(5, 0)); // v1
    QTRY_VERIFY_WITH_TIMEOUT(action(window, u"&Roll Back to This Version…"_s)->isEnabled(), 20000);
}

void tst_MainWindow::rollbackConflictOffersReload()
{
    const auto database = databaseWithReport(u"sqlite"_s, 3);
    MainWindow window;
    openAndShow(window, database->config(), false);
    QTableView *table = history(window);
    QTRY_COMPARE(table->model()->rowCount(), 3);
    table->setCurrentIndex(table->model()->index(1, 0)); // v2
    action(window, u"&Roll Back to This Version…"_s)->trigger();
    VersionActionDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = window.findChild<VersionActionDialog *>()) != nullptr, 20000);

    // Someone else creates v4 while the admin reads the dialog.
    const auto opened = openDatabase(database->config(), {}, SchemaPolicy::Migrate);
    QVERIFY(opened.hasValue());
    CreateSnapshotRequest request{u"R-1"_s, "{\"owner\":\"someone else\"}"_ba, {}, {}, false, false};
    QVERIFY(SnapshotStore(*opened->connections).create(request).hasValue());

    confirm(dialog, u"undo"_s);
    QPushButton *reload = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((reload = [&]() -> QPushButton * {
                                 for (QPushButton *b : dialog->findChildren<QPushButton *>())
                                     if (b->text().remove(u'&').contains(u"Reload"_s) && !b->isHidden())
                                         return b;
                                 return nullptr;
                             }()) != nullptr,
                             20000);
    reload->click();
    auto *model = qobject_cast<HistoryModel *>(table->model());
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 4, 20000);
    QCOMPARE(model->activeVersion(), 4); // nothing was rolled back
}

void tst_MainWindow::readOnlyDisablesAdminActions()
{
    const auto database = databaseWithReport(u"sqlite"_s, 2);
    MainWindow window;
    openAndShow(window, database->config(), true);
    QTableView *table = history(window);
    QTRY_COMPARE(table->model()->rowCount(), 2);
    table->setCurrentIndex(table->model()->index(1, 0));
    for (const QString &text : {u"&Roll Back to This Version…"_s, u"&Deprecate This Version…"_s}) {
        QAction *a = action(window, text);
        QVERIFY(!a->isEnabled());
        QVERIFY2(a->toolTip().contains(u"read-only"_s), qPrintable(a->toolTip()));
    }
}

// Not read-only mode: the server's privileges alone hold a member of the auditor group back,
// and the tooltips name the role and what it may not do.
void tst_MainWindow::auditorRoleCannotChangeVersions()
{
    const auto database = databaseWithReport(u"postgresql"_s, 3);
    ConnectionProvider superuser(database->superuserConfig());
    const auto superuserExec = [&superuser](const QString &sql) -> QByteArray {
        auto db = superuser.database();
        if (!db)
            return db.error().toString().toUtf8();
        QSqlQuery query(*db);
        return query.exec(sql) ? QByteArray()
                               : query.lastError().text().toUtf8(); // the text only: no password
    };
    // Role names are cluster-wide: unique ones, dropped at the end (after the window's sessions).
    const QString prefix
        = u"t%1"_s.arg(QRandomGenerator::global()->generate64(), 16, 16, QChar(u'0'));
    const auto roles = snapshotRoles(prefix);
    QVERIFY(roles.hasValue());
    const QString login = prefix + u"_login"_s;
    const QString password
        = u"%1"_s.arg(QRandomGenerator::system()->generate64(), 16, 16, QChar(u'0'));
    const auto dropRoles = qScopeGuard([&] {
        const QString list
            = QStringList { login, roles->auditor, roles->writer, roles->admin }.join(u", "_s);
        for (const QString &sql :
             { u"DROP OWNED BY %1"_s.arg(list), u"DROP ROLE IF EXISTS %1"_s.arg(list) }) {
            if (const QByteArray failed = superuserExec(sql); !failed.isEmpty())
                qWarning("dropping the test roles: %s", failed.constData());
        }
    });
    const auto applied = applyRoleSetup(superuser, database->config().schema, prefix);
    QVERIFY2(applied.hasValue(), sa::tests::errorText(applied).constData());
    const QByteArray created = superuserExec(
        u"CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE %3"_s.arg(login, password, roles->auditor));
    QVERIFY2(created.isEmpty(), created.constData());

    DatabaseConfig config = database->config();
    config.user = login;
    {
        MainWindow window;
        openAndShow(window, config, false, password);
        QTableView *table = history(window);
        QTRY_COMPARE(table->model()->rowCount(), 3);
        table->setCurrentIndex(table->model()->index(1, 0)); // v2: neither active nor deprecated
        const std::pair<QString, QString> expected[] {
            { u"&Roll Back to This Version…"_s, u"report_snapshots.is_active"_s },
            { u"&Deprecate This Version…"_s, u"report_snapshots.deprecated_at"_s }
        };
        for (const auto &[text, privilege] : expected) {
            QAction *a = action(window, text);
            // Disabled once the server answered what the role may do.
            QTRY_VERIFY2_WITH_TIMEOUT(a->toolTip().contains(login), qPrintable(a->toolTip()),
                                      20000);
            QVERIFY(!a->isEnabled());
            QVERIFY2(a->toolTip().contains(roles->auditor), qPrintable(a->toolTip()));
            QVERIFY2(a->toolTip().contains(privilege), qPrintable(a->toolTip()));
            QVERIFY2(!a->toolTip().contains(u"read-only"_s), qPrintable(a->toolTip()));
        }
        // Nor may it record repairs (the audit panel's action, whatever problem is selected).
        const QAction *repair = window.findChild<AuditPanel *>()->repairAction();
        QVERIFY(!repair->isEnabled());
        QVERIFY2(repair->toolTip().contains(login)
                     && repair->toolTip().contains(u"snapshot_repairs"_s),
                 qPrintable(repair->toolTip()));
    }
}

void tst_MainWindow::survivesLostConnection()
{
    const auto database = databaseWithReport(u"postgresql"_s, 3);
    MainWindow window;
    openAndShow(window, database->config(), false);
    QSignalSpy restored(&window, &MainWindow::connectionRestored);
    QSignalSpy shown(&window, &MainWindow::versionShown);

    // The server drops every other session of this process (as after a network cut or a
    // restart). Only this process's sessions (application_name is the program's name): other
    // tests share the role and the server, and ending their sessions made them fail.
    const auto killer = openDatabase(database->config(), {}, SchemaPolicy::LeaveAsIs);
    QVERIFY(killer.hasValue());
    auto db = killer->connections->database();
    QVERIFY(db.hasValue());
    QSqlQuery endSessions(*db);
    QVERIFY(endSessions.prepare(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                "WHERE usename = current_user AND application_name = ? AND pid <> pg_backend_pid()"_s));
    endSessions.addBindValue(QCoreApplication::applicationName());
    // Until a request of the window meets a connection the server ended. The cut is repeated:
    // background work (live updates catching up, a pool thread that had no connection yet)
    // can meet the ended connections first and quietly open fresh ones.
    QTableView *table = history(window);
    int row = 0;
    QTRY_VERIFY_WITH_TIMEOUT((endSessions.exec(), table->setCurrentIndex(table->model()->index(++row % 2 + 1, 0)),
                              window.isConnectionLost()),
                             20000);
    table->setCurrentIndex(table->model()->index(2, 0)); // v1: the place to come back to
    QVERIFY(!restored.isEmpty() || restored.wait(30000));
    QVERIFY(!window.isConnectionLost());
    QTRY_COMPARE_WITH_TIMEOUT(window.findChild<VersionView *>()->shownVersion(), 1, 20000);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
