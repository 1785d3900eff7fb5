// Live updates on real databases: another client's rollback or new version shows in an open
// main window within a second of its commit, with a note naming who made it; the window's
// own changes get no note.
#include "ui/databasesession.h"
#include "ui/historymodel.h"
#include "ui/liveupdates.h"
#include "ui/mainwindow.h"

#include "core/store/changelistener.h"
#include "core/store/connectionprovider.h"
#include "core/store/opendatabase.h"
#include "core/store/snapshotstore.h"

#include "tests/store/snapshotctlrunner.h"
#include "tests/store/storetestsupport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sa::core;
using namespace sa::ui;

class tst_LiveUpdates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void otherClientsChangesShow_data();
    void otherClientsChangesShow();
    void listenerReconnects();
    void changesWhileDisconnectedAreCaughtUp();

private:
    static HistoryModel *historyModel(MainWindow &window);
};

// Ends the listener's server process, as a network failure or an administrator would.
static void terminateListener(const sa::tests::TestDatabase &database, const ChangeListener &listener)
{
    const auto killer = openDatabase(database.superuserConfig(), {}, SchemaPolicy::LeaveAsIs);
    QVERIFY(killer.hasValue());
    auto db = killer->connections->database();
    QVERIFY(db.hasValue());
    QSqlQuery query(*db);
    QVERIFY(query.prepare(u"SELECT pg_terminate_backend(?)"_s));
    query.addBindValue(listener.backendPid());
    QVERIFY(listener.backendPid() > 0 && query.exec());
}

void tst_LiveUpdates::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // On SQLite the acting user is the OS login: the other client acts as "bob".
    qputenv("USER", "bob");
    qputenv("LOGNAME", "bob");
}

HistoryModel *tst_LiveUpdates::historyModel(MainWindow &window)
{
    for (QTableView *table : window.findChildren<QTableView *>()) {
        if (auto *model = qobject_cast<HistoryModel *>(table->model()))
            return model;
    }
    return nullptr;
}

void tst_LiveUpdates::otherClientsChangesShow_data()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgresql") << u"postgresql"_s;
}

void tst_LiveUpdates::otherClientsChangesShow()
{
    QFETCH(QString, engine);
    auto database = sa::tests::TestDatabase::create(engine);
    QVERIFY2(database.hasValue(), database ? "" : qPrintable(database.error().message));
    const DatabaseConfig config = (*database)->config();
    const auto other = openDatabase(config, {}, SchemaPolicy::Migrate);
    QVERIFY2(other.hasValue(), other ? "" : qPrintable(other.error().message));
    SnapshotStore store(*other->connections);
    for (int v = 1; v <= 3; ++v) {
        const CreateSnapshotRequest request{u"R-1"_s, u"{\"owner\":\"owner %1\"}"_s.arg(v).toUtf8(), {}, {}, false, false};
        QVERIFY(store.create(request).hasValue());
    }
    const QString otherUser = engine == u"sqlite"_s ? u"bob"_s : config.user;

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QSignalSpy opened(&window, &MainWindow::databaseOpened);
    QSignalSpy shown(&window, &MainWindow::versionShown);
    window.openDatabase(config, {}, false);
    QVERIFY(!opened.isEmpty() || opened.wait(30000));
    window.showReport(u"R-1"_s);
    QVERIFY(!shown.isEmpty() || shown.wait(30000));
    HistoryModel *model = historyModel(window);
    QTRY_COMPARE_WITH_TIMEOUT(model->activeVersion(), 3, 20000);
    auto *live = window.session()->findChild<LiveUpdates *>();
    QVERIFY(live);
    QTRY_VERIFY_WITH_TIMEOUT(live->isReady(), 20000);
    window.statusBar()->clearMessage();

    // A separate process rolls the report on show back to v1.
    const auto run = sa::tests::runSnapshotctl(QStringList{u"rollback"_s, u"R-1"_s, u"--to"_s, u"1"_s, u"--reason"_s,
                                                           u"survey error"_s, u"--yes"_s}
                                               + sa::tests::dbArguments(config));
    QVERIFY2(run.exitCode == 0, run.err.constData()); // committed
    QElapsedTimer sinceCommit;
    sinceCommit.start();
    QTRY_VERIFY_WITH_TIMEOUT(model->activeVersion() == 1 && model->rowCount() == 3, 1000);
    QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(u"Updated by %1"_s.arg(otherUser)), 1000);
    QVERIFY(window.statusBar()->currentMessage().contains(u"R-1 v1"_s));
    QVERIFY2(sinceCommit.elapsed() < 1000, qPrintable(QString::number(sinceCommit.elapsed())));

    // Another client creates v4: it shows as the new active version.
    window.statusBar()->clearMessage();
    QVERIFY(store.create({u"R-1"_s, "{\"owner\":\"owner 4\"}"_ba, {}, {}, false, false}).hasValue());
    sinceCommit.restart();
    QTRY_VERIFY_WITH_TIMEOUT(model->activeVersion() == 4 && model->rowCount() == 4, 1000);
    QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(u"R-1 v4"_s), 1000);
    QVERIFY2(sinceCommit.elapsed() < 1000, qPrintable(QString::number(sinceCommit.elapsed())));

    // The window's own rollback gets no note; notes keep coming in the order of the commits.
    QSignalSpy notified(live, &LiveUpdates::changeNotified);
    auto own = window.session()->rollback(u"R-1"_s, 2, 4, u"mine"_s, false);
    own.waitForFinished();
    QVERIFY(own.result().hasValue());
    QVERIFY(store.create({u"R-1"_s, "{\"owner\":\"owner 5\"}"_ba, {}, {}, false, false}).hasValue());
    QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 1, 1000);
    QCOMPARE(notified.at(0).at(1).toInt(), 5);
    QCOMPARE(notified.at(0).at(3).toString(), otherUser);
}

// The server drops the listener's connection: it connects again by itself and reports the
// changes made from then on, to its own store only.
void tst_LiveUpdates::listenerReconnects()
{
    auto database = sa::tests::TestDatabase::create(u"postgresql"_s);
    QVERIFY2(database.hasValue(), database ? "" : qPrintable(database.error().message));
    const auto opened = openDatabase((*database)->config(), {}, SchemaPolicy::Migrate);
    QVERIFY2(opened.hasValue(), opened ? "" : qPrintable(opened.error().message));
    ChangeListener listener(opened->connections);
    QSignalSpy started(&listener, &ChangeListener::listeningStarted);
    QSignalSpy notified(&listener, &ChangeListener::changeNotified);
    listener.start();
    QVERIFY(!started.isEmpty() || started.wait(20000));

    terminateListener(**database, listener);
    QVERIFY(!QTest::currentTestFailed());
    QTRY_VERIFY_WITH_TIMEOUT(!listener.isListening(), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(started.size(), 2, 20000);

    // A store in another schema of the same database: its changes are not this store's.
    auto elsewhere = sa::tests::TestDatabase::create(u"postgresql"_s);
    QVERIFY(elsewhere.hasValue());
    const auto otherStore = openDatabase((*elsewhere)->config(), {}, SchemaPolicy::Migrate);
    QVERIFY(otherStore.hasValue());
    QVERIFY(SnapshotStore(*otherStore->connections).create({u"R-8"_s, "{\"b\":1}"_ba, {}, {}, false, false}).hasValue());

    SnapshotStore store(*opened->connections);
    QVERIFY(store.create({u"R-9"_s, "{\"a\":1}"_ba, {}, {}, false, false}).hasValue());
    QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 1, 1000);
    QCOMPARE(notified.at(0).at(0).toString(), u"R-9"_s);
    QCOMPARE(notified.at(0).at(1).toInt(), 1);
    QCOMPARE(notified.at(0).at(2).toString(), u"create"_s);
    QCOMPARE(notified.at(0).at(3).toString(), (*database)->config().user);
    listener.stop();
    QVERIFY(listener.isFinished());
}

// Changes committed while the listener reconnects send their notifications to nobody: the
// window catches up from the activity log once it listens again.
void tst_LiveUpdates::changesWhileDisconnectedAreCaughtUp()
{
    auto database = sa::tests::TestDatabase::create(u"postgresql"_s);
    QVERIFY2(database.hasValue(), database ? "" : qPrintable(database.error().message));
    const auto other = openDatabase((*database)->config(), {}, SchemaPolicy::Migrate);
    QVERIFY2(other.hasValue(), other ? "" : qPrintable(other.error().message));
    SnapshotStore store(*other->connections);
    QVERIFY(store.create({u"R-1"_s, "{\"owner\":\"owner 1\"}"_ba, {}, {}, false, false}).hasValue());

    MainWindow window;
    window.show();
    QSignalSpy opened(&window, &MainWindow::databaseOpened);
    window.openDatabase((*database)->config(), {}, false);
    QVERIFY(!opened.isEmpty() || opened.wait(30000));
    window.showReport(u"R-1"_s);
    HistoryModel *model = historyModel(window);
    QTRY_COMPARE_WITH_TIMEOUT(model->activeVersion(), 1, 20000);
    auto *live = window.session()->findChild<LiveUpdates *>();
    auto *listener = live ? live->findChild<ChangeListener *>() : nullptr;
    QVERIFY(listener);
    QTRY_VERIFY_WITH_TIMEOUT(live->isReady(), 20000);
    QSignalSpy notified(live, &LiveUpdates::changeNotified);

    terminateListener(**database, *listener);
    QVERIFY(!QTest::currentTestFailed());
    QTRY_VERIFY_WITH_TIMEOUT(!listener->isListening(), 20000);
    QVERIFY(store.create({u"R-1"_s, "{\"owner\":\"owner 2\"}"_ba, {}, {}, false, false}).hasValue());
    // Committed before the listener is back (it retries every ChangeListener::kRetryIntervalMs).
    QVERIFY(!listener->isListening());
    QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 1, 20000);
    QCOMPARE(notified.at(0).at(1).toInt(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(model->activeVersion(), 2, 20000);
    // Reported once, though a late notification of the same entry could follow.
    QTest::qWait(500);
    QCOMPARE(notified.size(), 1);
}

QTEST_MAIN(tst_LiveUpdates)
#include "tst_liveupdates.moc"
