// Opens the demo database in the real main window and saves PNGs of what a user sees: the
// start page, the PostgreSQL dialog, the main window, the field history, the compare view, the
// rollback dialog and the preferences (SA_SCREENSHOT_DIR), in English and in German. Run
// under Xvfb by ctest at 1400x900; the pictures are for people to look at (docs/user-guide.md
// shows them: scripts/update-screenshots.sh copies them there), the checks are that each view
// got real content.
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

    QTemporaryDir m_dir;
    QString m_database;
    QString m_suffix; // "-de" for the German pictures
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
}

QTEST_MAIN(tst_Screenshots)
#include "tst_screenshots.moc"
