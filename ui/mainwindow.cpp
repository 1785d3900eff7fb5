#include "mainwindow.h"

#include "activitypanel.h"
#include "adminflow.h"
#include "auditpanel.h"
#include "compareview.h"
#include "connectionbanner.h"
#include "connectiondialog.h"
#include "databasesession.h"
#include "recordtable.h"
#include "historymodel.h"
#include "historysearchpanel.h"
#include "liveupdates.h"
#include "preferencesdialog.h"
#include "questions.h"
#include "reportlistmodel.h"
#include "reportspanel.h"
#include "startpage.h"
#include "versionview.h"

#include "core/demo/demodatabase.h"
#include "core/store/opendatabase.h"

#include <QApplication>
#include <QCloseEvent>
#include <QInputDialog>
#include <QVBoxLayout>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

// Info lines (each database opened) are off unless QT_LOGGING_RULES turns them on;
// scripts/package-check.sh does, to see that an installed build really loads a database.
Q_LOGGING_CATEGORY(lcMainWindow, "sa.ui.mainwindow", QtWarningMsg)

namespace {

// Disables `action` with `why` as its tooltip and status tip; nothing when `why` is empty.
void denyAction(QAction *action, const QString &why)
{
    if (why.isEmpty())
        return;
    action->setEnabled(false);
    action->setToolTip(why);
    action->setStatusTip(why);
}

} // namespace

namespace sa::ui {
namespace {

constexpr int kHistoryPageSize = 200;

bool isAtOrBelow(const QString &path, const QString &pointer)
{
    return !path.isEmpty() && (path == pointer || path.startsWith(pointer + u'/'));
}

// The first change of a comparison at `pointer`, below it, or above it (a whole added
// record holding it); -1 when none.
qsizetype firstStopAt(const JsonComparison &comparison, const QString &pointer)
{
    const auto &stops = comparison.stops();
    for (std::size_t i = 0; i < stops.size(); ++i) {
        const DiffRow &row = stops[i].row;
        if (isAtOrBelow(row.newPath, pointer) || isAtOrBelow(row.oldPath, pointer)
            || isAtOrBelow(pointer, row.newPath) || isAtOrBelow(pointer, row.oldPath))
            return qsizetype(i);
    }
    return -1;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_pages(new QStackedWidget(this))
    , m_startPage(new StartPage(this))
    , m_tabs(new QTabWidget(this))
    , m_versionView(new VersionView(this))
    , m_compareView(new CompareView(this))
    , m_reportsPanel(new ReportsPanel(this))
    , m_historyModel(new HistoryModel(this))
    , m_historyView(new QTableView(this))
    , m_activityPanel(new ActivityPanel(this))
    , m_searchPanel(new HistorySearchPanel(this))
    , m_banner(new ConnectionBanner(this))
    , m_reconnectTimer(new QTimer(this))
    , m_connectionLabel(new QLabel(this))
    , m_modeLabel(new QLabel(this))
{
    setWindowTitle(tr("Snapshot Auditor"));
    setObjectName(u"MainWindow"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_versionView, tr("&Document"));
    m_tabs->addTab(m_compareView, tr("Co&mparison", "tab"));
    m_auditPanel = new AuditPanel(this);
    m_tabs->addTab(m_auditPanel, tr("A&udit", "tab"));
    m_pages->addWidget(m_startPage);
    m_pages->addWidget(m_tabs);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_banner);
    centralLayout->addWidget(m_pages, 1);
    setCentralWidget(central);
    m_reconnectTimer->setInterval(2000);
    connect(m_reconnectTimer, &QTimer::timeout, this, &MainWindow::tryReconnect);
    connect(m_banner, &ConnectionBanner::retryRequested, this, &MainWindow::tryReconnect);

    m_historyView->setModel(m_historyModel);
    setUpRecordTable(m_historyView);
    m_historyView->setSelectionMode(QAbstractItemView::ExtendedSelection); // two rows: compare them
    for (int column : {HistoryModel::VersionColumn, HistoryModel::CreatedColumn, HistoryModel::AuthorColumn,
                       HistoryModel::ChangesColumn})
        m_historyView->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    statusBar()->addPermanentWidget(m_modeLabel);
    statusBar()->addPermanentWidget(m_connectionLabel);

    createActions();
    createMenus();
    createDocks();

    connect(m_startPage, &StartPage::demoRequested, this, &MainWindow::openDemoDatabase);
    connect(m_startPage, &StartPage::sqliteFileRequested, this, &MainWindow::openSqliteFile);
    connect(m_startPage, &StartPage::postgresRequested, this, &MainWindow::connectToPostgres);
    connect(m_startPage, &StartPage::recentConnectionChosen, this, &MainWindow::openLocation);
    connect(m_historyModel, &HistoryModel::nextPageWanted, this,
            [this](qint64 offset) { requestHistoryPage(m_reportId, offset); });
    connect(m_historyView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                updateAdminActions();
                if (const core::SnapshotSummary *summary = m_historyModel->summaryAt(current.row()))
                    requestVersion(summary->version);
            });
    connect(m_versionView, &VersionView::versionRequested, this, &MainWindow::requestVersion);
    connect(m_versionView, &VersionView::fieldHistoryRequested, this, &MainWindow::showFieldHistory);
    connect(m_reportsPanel, &ReportsPanel::reportChosen, this, [this](const QString &reportId) { showReport(reportId); });
    connect(m_activityPanel, &ActivityPanel::versionChosen, this, [this](const QString &reportId, int version) {
        if (reportId != m_reportId) {
            m_reportsPanel->selectReport(reportId);
            showReport(reportId);
        }
        requestVersion(version);
    });
    connect(m_searchPanel, &HistorySearchPanel::changeChosen, this,
            [this](int from, int to, const QString &pointer) { from > 0 ? compareVersions(from, to, pointer) : requestVersion(to); });
    connect(m_searchPanel, &HistorySearchPanel::scopeRequested, this, [this](const std::vector<int> &versions) {
        m_versionView->slider()->setScope(versions);
        m_tabs->setCurrentWidget(m_versionView);
        m_versionView->slider()->setFocus();
    });
    connect(m_auditPanel, &AuditPanel::problemReportsChanged, m_reportsPanel->model(),
            &ReportListModel::setProblemReports);
    connect(m_auditPanel, &AuditPanel::repairRequested, this,
            [this](const QString &reportId, int version) {
                if (m_adminFlow)
                    m_adminFlow->repair(reportId, version);
            });
    connect(m_auditPanel, &AuditPanel::versionChosen, this, [this](const QString &reportId, int version) {
        m_reportsPanel->selectReport(reportId);
        showReport(reportId, version);
        m_tabs->setCurrentWidget(m_versionView);
    });
    const auto reportFailure = [this](const core::Error &error) { showError(tr("Loading"), error); };
    connect(m_reportsPanel, &ReportsPanel::loadFailed, this, reportFailure);
    connect(m_activityPanel, &ActivityPanel::loadFailed, this, reportFailure);
    connect(m_compareView, &CompareView::comparisonFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });

    restoreLayout();
    updateActions();
}

MainWindow::~MainWindow() = default;

QString MainWindow::demoDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/demo.sqlite"_s;
}

void MainWindow::createActions()
{
    m_openDemoAction = new QAction(tr("Open &Demo Database"), this);
    m_openDemoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_openSqliteAction = new QAction(tr("&Open SQLite File…"), this);
    m_openSqliteAction->setShortcut(QKeySequence::Open);
    m_connectAction = new QAction(tr("&Connect to PostgreSQL…"), this);
    m_connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_closeAction = new QAction(tr("&Close Database"), this);
    m_closeAction->setShortcut(QKeySequence::Close);
    m_upgradeAction = new QAction(tr("&Upgrade CCP-04 Database…"), this);
    m_upgradeAction->setStatusTip(tr("Give a database written by the CCP-04 service Snapshot Auditor's schema"));
    m_preferencesAction = new QAction(tr("&Preferences…"), this);
    m_preferencesAction->setShortcut(QKeySequence::Preferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_findAction = new QAction(tr("&Find in Version…"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_reloadAction = new QAction(tr("&Reload"), this);
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    m_previousVersionAction = new QAction(tr("&Previous Version"), this);
    m_previousVersionAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_nextVersionAction = new QAction(tr("&Next Version"), this);
    m_nextVersionAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    m_filterReportsAction = new QAction(tr("Filter &Reports"), this);
    m_filterReportsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_compareWithActiveAction = new QAction(tr("Compare with &Active Version"), this);
    m_compareWithActiveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_compareWithParentAction = new QAction(tr("Compare with &Previous Version"), this);
    m_compareWithParentAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_compareSelectedAction = new QAction(tr("Compare the Two &Selected Versions"), this);
    m_compareSelectedAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_asOfAction = new QAction(tr("Show Version Active &As Of…"), this);
    m_asOfAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_fieldHistoryAction = new QAction(tr("&History of Selected Field"), this);
    m_fieldHistoryAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_searchHistoryAction = new QAction(tr("Search &History…"), this);
    m_searchHistoryAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_rollbackAction = new QAction(tr("&Roll Back to This Version…"), this);
    m_rollbackAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_deprecateAction = new QAction(tr("&Deprecate This Version…"), this);
    m_deprecateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_auditAction = new QAction(tr("&Audit Database…"), this);
    m_auditAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_auditAction->setStatusTip(tr("Verify every snapshot and report of the database"));
    m_aboutAction = new QAction(tr("&About Snapshot Auditor"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);

    connect(m_openDemoAction, &QAction::triggered, this, &MainWindow::openDemoDatabase);
    connect(m_openSqliteAction, &QAction::triggered, this, &MainWindow::openSqliteFile);
    connect(m_connectAction, &QAction::triggered, this, &MainWindow::connectToPostgres);
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeDatabase);
    connect(m_upgradeAction, &QAction::triggered, this, &MainWindow::upgradeCcp04Database);
    connect(m_preferencesAction, &QAction::triggered, this, [this] { PreferencesDialog(this).exec(); });
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::close);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_versionView);
        m_versionView->focusFind();
    });
    connect(m_reloadAction, &QAction::triggered, this, [this] { showReport(m_reportId); });
    connect(m_previousVersionAction, &QAction::triggered, this, [this] { m_versionView->slider()->step(-1); });
    connect(m_nextVersionAction, &QAction::triggered, this, [this] { m_versionView->slider()->step(+1); });
    connect(m_filterReportsAction, &QAction::triggered, m_reportsPanel, &ReportsPanel::focusFilter);
    connect(m_compareWithActiveAction, &QAction::triggered, this, [this] { compareSelectedWith(true); });
    connect(m_compareWithParentAction, &QAction::triggered, this, [this] { compareSelectedWith(false); });
    connect(m_compareSelectedAction, &QAction::triggered, this, &MainWindow::compareTwoSelected);
    connect(m_asOfAction, &QAction::triggered, this, &MainWindow::jumpToDate);
    connect(m_fieldHistoryAction, &QAction::triggered, this,
            [this] { showFieldHistory(m_versionView->selectedPointer()); });
    connect(m_searchHistoryAction, &QAction::triggered, this, [this] {
        m_searchPanel->parentWidget()->show();
        m_searchPanel->parentWidget()->raise();
        m_searchPanel->setFocus();
    });
    connect(m_rollbackAction, &QAction::triggered, this, &MainWindow::rollBackSelected);
    connect(m_deprecateAction, &QAction::triggered, this, &MainWindow::deprecateSelected);
    connect(m_auditAction, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_auditPanel);
        m_auditPanel->start();
    });
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Snapshot Auditor"),
                           tr("<h3>Snapshot Auditor %1</h3><p>Browse, compare, verify and roll back immutable, "
                              "versioned JSON snapshots stored in SQLite or PostgreSQL.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({m_openDemoAction, m_openSqliteAction, m_connectAction});
    file->addSeparator();
    file->addAction(m_closeAction);
    file->addAction(m_upgradeAction);
    file->addSeparator();
    file->addAction(m_preferencesAction);
    file->addSeparator();
    file->addAction(m_quitAction);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions({m_filterReportsAction, m_findAction, m_reloadAction});
    view->addSeparator();
    view->addActions({m_previousVersionAction, m_nextVersionAction, m_asOfAction});
    view->addSeparator();
    view->addActions({m_fieldHistoryAction, m_searchHistoryAction});
    view->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());
    QMenu *compare = menuBar()->addMenu(tr("&Compare"));
    compare->addActions({m_compareWithActiveAction, m_compareWithParentAction, m_compareSelectedAction});
    compare->addSeparator();
    compare->addActions({m_compareView->nextChangeAction(), m_compareView->previousChangeAction(),
                         m_compareView->onlyChangesAction(), m_compareView->expandChangesAction()});
    compare->addSeparator();
    compare->addActions({m_compareView->exportPatchAction(), m_compareView->exportHtmlAction()});
    QMenu *version = menuBar()->addMenu(tr("V&ersion"));
    version->addActions({m_rollbackAction, m_deprecateAction});
    menuBar()->addMenu(tr("&Tools"))->addAction(m_auditAction);
    menuBar()->addMenu(tr("&Help"))->addAction(m_aboutAction);

    m_historyView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_historyView->addActions({m_compareWithActiveAction, m_compareWithParentAction, m_compareSelectedAction});
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_historyView->addActions({separator, m_rollbackAction, m_deprecateAction});
}

QDockWidget *MainWindow::addDock(const QString &title, const QString &name, QWidget *widget, Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(name); // saveState() keys the layout by it
    dock->setWidget(widget);
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::createDocks()
{
    addDock(tr("Reports"), u"ReportsDock"_s, m_reportsPanel, Qt::LeftDockWidgetArea);
    addDock(tr("History"), u"HistoryDock"_s, m_historyView, Qt::LeftDockWidgetArea);
    QDockWidget *activity = addDock(tr("Activity Log"), u"ActivityDock"_s, m_activityPanel, Qt::BottomDockWidgetArea);
    QDockWidget *search = addDock(tr("Search History"), u"SearchDock"_s, m_searchPanel, Qt::BottomDockWidgetArea);
    tabifyDockWidget(activity, search);
}

// Proportions for a first start (later starts restore the user's own): a wide left column
// with more room for the history than for the reports, a low log under the document.
void MainWindow::applyDefaultLayout()
{
    const auto dock = [this](const QString &name) { return findChild<QDockWidget *>(name); };
    resizeDocks({dock(u"ReportsDock"_s)}, {430}, Qt::Horizontal);
    resizeDocks({dock(u"ReportsDock"_s), dock(u"HistoryDock"_s)}, {260, 420}, Qt::Vertical);
    resizeDocks({dock(u"ActivityDock"_s)}, {170}, Qt::Vertical);
    dock(u"ActivityDock"_s)->raise();
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray()))
        resize(1280, 800);
    m_needsDefaultLayout = !restoreState(settings.value(u"window/state"_s).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    closeDatabase();
    event->accept();
}

void MainWindow::updateActions()
{
    const bool open = m_session != nullptr;
    const bool hasReport = open && !m_reportId.isEmpty();
    m_closeAction->setEnabled(open);
    // Only a CCP-04 database the user did not open read-only (auditing) can be upgraded.
    m_upgradeAction->setVisible(open && m_session->isLegacy());
    m_upgradeAction->setEnabled(open && m_session->isLegacy() && !m_session->openedReadOnly());
    m_upgradeAction->setToolTip(m_upgradeAction->isEnabled() || !open
                                    ? QString()
                                    : tr("The database was opened read-only (auditing): nothing can be changed"));
    m_findAction->setEnabled(hasReport);
    m_reloadAction->setEnabled(hasReport);
    m_previousVersionAction->setEnabled(hasReport);
    m_nextVersionAction->setEnabled(hasReport);
    m_filterReportsAction->setEnabled(open);
    m_auditAction->setEnabled(open);
    for (QAction *action : {m_compareWithActiveAction, m_compareWithParentAction, m_compareSelectedAction,
                            m_asOfAction, m_fieldHistoryAction, m_searchHistoryAction})
        action->setEnabled(hasReport);
    updateAdminActions();
    m_pages->setCurrentWidget(open ? static_cast<QWidget *>(m_tabs) : m_startPage);
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        dock->setVisible(open);
    if (open && m_needsDefaultLayout) {
        m_needsDefaultLayout = false;
        applyDefaultLayout();
    }
    if (!open) {
        m_connectionLabel->setText(tr("Not connected"));
        m_modeLabel->clear();
        m_startPage->refresh();
        return;
    }
    const core::DatabaseConfig &config = m_session->config();
    const QString engine = config.engine == core::DatabaseConfig::Engine::Sqlite ? tr("SQLite") : tr("PostgreSQL");
    m_connectionLabel->setText(u"%1 · %2"_s.arg(engine, config.id()));
    if (m_session->isLegacy()) {
        m_modeLabel->setText(tr("CCP-04 database, read-only"));
        m_modeLabel->setToolTip(tr("This database was written by the CCP-04 service. Snapshot Auditor reads it "
                                   "without changing anything; its checksums are verified with CCP-04's legacy "
                                   "algorithm, which covers only part of each document."));
    } else {
        m_modeLabel->setText(m_session->isReadOnly() ? tr("Read-only") : QString());
        m_modeLabel->setToolTip(QString());
    }
}

void MainWindow::updateAdminActions()
{
    const core::SnapshotSummary *selected = selectedVersion();
    QString why = m_session ? m_session->whyReadOnly() : tr("No database is open");
    if (why.isEmpty() && !selected)
        why = tr("Select a version in the history first");
    m_rollbackAction->setEnabled(why.isEmpty() && !selected->isActive);
    m_deprecateAction->setEnabled(why.isEmpty() && !selected->isActive && !selected->deprecatedAt.isValid());
    if (why.isEmpty() && selected->isActive)
        why = tr("This version is the active one");
    for (QAction *action : {m_rollbackAction, m_deprecateAction}) {
        action->setToolTip(action->isEnabled() ? action->text().remove(u'&') : why);
        action->setStatusTip(QString());
    }
    // What the role may not do holds whatever is selected (read-only mode said it already).
    if (m_session && !m_session->isReadOnly()) {
        denyAction(m_rollbackAction, m_session->whyNot(core::AccessRights::Action::Rollback));
        denyAction(m_deprecateAction, m_session->whyNot(core::AccessRights::Action::Deprecate));
    }
}

const core::SnapshotSummary *MainWindow::selectedVersion() const
{
    return m_historyModel->summaryAt(m_historyView->currentIndex().row());
}

void MainWindow::showError(const QString &title, const core::Error &error)
{
    if (error.code == core::ErrorCode::DatabaseUnavailable && m_session) {
        connectionLost(error);
        return;
    }
    statusBar()->showMessage(error.message, 10000);
    Q_EMIT errorShown(error.message);
    // A modal box in tests would block: offscreen runs report through the signal only.
    if (QGuiApplication::platformName() != u"offscreen"_s)
        QMessageBox::warning(this, title, error.message);
}

bool MainWindow::isConnectionLost() const
{
    return !m_banner->isHidden();
}

void MainWindow::connectionLost(const core::Error &error)
{
    Q_EMIT errorShown(error.message);
    m_banner->showLost(error.message);
    if (!m_reconnectTimer->isActive())
        m_reconnectTimer->start();
}

// Pings through the session's own connections (which reopen themselves); once the database
// answers, the views reload what they were showing.
void MainWindow::tryReconnect()
{
    if (!m_session) {
        m_reconnectTimer->stop();
        m_banner->hide();
        return;
    }
    m_session->ping().then(this, [this](core::Result<core::Done> pong) {
        if (!pong || !isConnectionLost())
            return;
        m_reconnectTimer->stop();
        m_banner->hide();
        statusBar()->showMessage(tr("Connection restored."), 5000);
        const int version = m_lastRequestedVersion;
        m_reportsPanel->reload();
        m_activityPanel->reload();
        if (!m_reportId.isEmpty())
            showReport(m_reportId, version);
        Q_EMIT connectionRestored();
    });
}

void MainWindow::openLocation(const QString &location)
{
    const bool isUrl = location.startsWith(u"postgres"_s) || location.startsWith(u"sqlite:"_s);
    const auto config = core::parseDatabaseUrl(isUrl ? location : u"sqlite:"_s + QFileInfo(location).absoluteFilePath());
    if (!config) {
        showError(tr("Cannot open"), config.error());
        return;
    }
    if (config->engine == core::DatabaseConfig::Engine::PostgreSql) {
        ConnectionDialog dialog(this);
        dialog.setProfile({config->id(), *config, false});
        if (dialog.exec() == QDialog::Accepted)
            openDatabase(dialog.config(), dialog.password(), dialog.readOnly());
        return;
    }
    openDatabase(*config, {}, false);
}

void MainWindow::openSqliteFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Snapshot Database"), QDir::homePath(),
                                                      tr("SQLite databases (*.sqlite *.db *.sqlite3);;All files (*)"));
    if (!path.isEmpty())
        openLocation(path);
}

void MainWindow::connectToPostgres()
{
    ConnectionDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        openDatabase(dialog.config(), dialog.password(), dialog.readOnly());
}

void MainWindow::openDemoDatabase()
{
    const QString path = demoDatabasePath();
    if (QFileInfo::exists(path)) {
        openLocation(path);
        return;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto *progress = new QProgressDialog(tr("Creating the demo database…"), tr("Cancel"), 0, 100, this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    auto *watcher = new QFutureWatcher<core::Result<core::DemoDatabaseSummary>>(this);
    connect(watcher, &QFutureWatcherBase::progressRangeChanged, progress, &QProgressDialog::setRange);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, progress, &QProgressDialog::setValue);
    connect(progress, &QProgressDialog::canceled, watcher, &QFutureWatcherBase::cancel);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, progress, path] {
        progress->close();
        watcher->deleteLater();
        if (watcher->isCanceled())
            return;
        const auto result = watcher->result();
        if (!result) {
            showError(tr("Demo database"), result.error());
            return;
        }
        openLocation(path);
    });
    watcher->setFuture(QtConcurrent::run([path](QPromise<core::Result<core::DemoDatabaseSummary>> &promise) {
        promise.addResult(core::createDemoDatabase(
            path,
            [&promise](int done, int total) {
                promise.setProgressRange(0, total);
                promise.setProgressValue(done);
            },
            [&promise] { return promise.isCanceled(); }));
    }));
}

void MainWindow::openDatabase(const core::DatabaseConfig &config, const QString &password, bool readOnly)
{
    statusBar()->showMessage(tr("Opening %1…").arg(config.id()));
    QApplication::setOverrideCursor(Qt::BusyCursor);
    DatabaseSession::open(config, password, readOnly)
        .then(this, [this, readOnly](core::Result<core::OpenedDatabase> opened) {
            QApplication::restoreOverrideCursor();
            statusBar()->clearMessage();
            if (!opened) {
                showError(tr("Cannot open the database"), opened.error());
                return;
            }
            adoptSession(std::move(opened).value(), readOnly);
        });
}

void MainWindow::adoptSession(core::OpenedDatabase opened, bool readOnly)
{
    closeDatabase();
    m_session = std::make_unique<DatabaseSession>(std::move(opened), readOnly);
    connect(m_session.get(), &DatabaseSession::accessRightsChanged, this, &MainWindow::updateAdminActions);
    ConnectionSettings::addRecentConnection(m_session->config());
    m_adminFlow = new AdminFlow(m_session.get(), this, m_session.get());
    // After a rollback, deprecation or repair: the new state, with the version concerned
    // (0: the active one) on show.
    const auto reload = [this](const QString &reportId, int version) {
        m_reportsPanel->reload();
        showReport(reportId, version);
    };
    connect(m_adminFlow, &AdminFlow::reportChanged, this, reload);
    connect(m_adminFlow, &AdminFlow::reloadRequested, this,
            [reload](const QString &reportId) { reload(reportId, 0); });
    connect(m_adminFlow, &AdminFlow::repairRecorded, this,
            [this](const QString &reportId, int version) {
                statusBar()->showMessage(
                    tr("The repair of %1 v%2 is recorded.").arg(reportId).arg(version), 10000);
                m_auditPanel->showRepairRecorded(reportId, version);
                m_tabs->setCurrentWidget(m_versionView);
            });
    connect(m_adminFlow, &AdminFlow::compareRequested, this, [this](int from, int to) { compareVersions(from, to); });
    connect(m_adminFlow, &AdminFlow::failed, this,
            [this](const QString &message) { showError(tr("Version"), {core::ErrorCode::Internal, message}); });
    connect(new LiveUpdates(m_session.get(), this, m_session.get()), &LiveUpdates::changeNotified, this,
            [this](const QString &reportId, int version, const QString &, const QString &user) {
                applyRemoteChange(reportId, version, user);
            });
    m_reportsPanel->setSession(m_session.get());
    m_activityPanel->setSession(m_session.get());
    m_searchPanel->setSession(m_session.get());
    m_auditPanel->setSession(m_session.get());
    updateActions();
    qCInfo(lcMainWindow) << "database opened:" << m_session->config().id();
    Q_EMIT databaseOpened();
}

void MainWindow::upgradeCcp04Database()
{
    if (!m_session || !m_session->isLegacy() || m_session->openedReadOnly())
        return;
    const QString database = m_session->config().id();
    if (!confirmCcp04Upgrade(this, database))
        return;
    statusBar()->showMessage(tr("Upgrading %1…").arg(database));
    QApplication::setOverrideCursor(Qt::BusyCursor);
    QtConcurrent::run(&core::upgradeCcp04Database, m_session->openedDatabase())
        .then(this, [this, database](core::Result<core::OpenedDatabase> upgraded) {
            QApplication::restoreOverrideCursor();
            statusBar()->clearMessage();
            if (!upgraded) {
                showError(tr("The upgrade failed; the database was left as it was"), upgraded.error());
                return;
            }
            adoptSession(std::move(upgraded).value(), false);
            //: %1: the database, %2: a schema version number
            statusBar()->showMessage(
                tr("%1 now has Snapshot Auditor's schema (version %2)").arg(database).arg(m_session->schema().version),
                10000);
        });
}

void MainWindow::closeDatabase()
{
    m_reconnectTimer->stop();
    m_banner->hide();
    m_reportsPanel->setSession(nullptr);
    m_activityPanel->setSession(nullptr);
    m_searchPanel->setSession(nullptr);
    m_auditPanel->setSession(nullptr); // stops a running audit before the session goes
    m_adminFlow = nullptr; // a child of the session
    m_reportId.clear();
    m_historyModel->reset({});
    m_versionView->clear();
    m_session.reset();
    updateActions();
}

void MainWindow::showReport(const QString &reportId, int version)
{
    if (!m_session || reportId.isEmpty())
        return;
    m_reportId = reportId;
    m_versionToSelect = version;
    m_historyModel->reset(reportId);
    m_versionView->clear();
    setWindowTitle(tr("%1 — Snapshot Auditor").arg(reportId));
    requestHistoryPage(reportId, 0);
    m_activityPanel->setReport(reportId);
    m_searchPanel->setReport(reportId);
    updateActions();
}

void MainWindow::requestHistoryPage(const QString &reportId, qint64 offset)
{
    const quint64 request = ++m_historyRequest;
    m_session->history(reportId, kHistoryPageSize, offset)
        .then(this, [this, request, reportId, offset](core::Result<core::HistoryPage> page) {
            if (request != m_historyRequest || reportId != m_reportId)
                return;
            if (!page) {
                showError(tr("History"), page.error());
                return;
            }
            m_historyModel->appendPage(*page);
            if (offset == 0) {
                m_timeline.clear();
                for (const core::SnapshotSummary &s : page->snapshots)
                    m_timeline.push_back({s.version, s.createdAt, int(s.changes.total()), s.deprecatedAt.isValid()});
                m_versionView->setTimeline(m_timeline, {}, m_historyModel->activeVersion(), int(page->total));
                requestTimelineEvents(reportId);
                const int wanted = m_versionToSelect ? m_versionToSelect : m_historyModel->activeVersion();
                const int row = m_historyModel->rowOfVersion(wanted);
                if (row >= 0)
                    m_historyView->selectRow(row);
                else if (wanted > 0)
                    requestVersion(wanted); // older than the first page: load it all the same
            }
        });
}

// Rollbacks and deprecations, from the activity log, as markers on the time line.
void MainWindow::requestTimelineEvents(const QString &reportId)
{
    m_session->activity(reportId, 1000, 0).then(this, [this, reportId](core::Result<core::ActivityPage> page) {
        if (!page || reportId != m_reportId)
            return;
        std::vector<TimelineEvent> events;
        for (const core::ActivityEntry &entry : page->entries) {
            if (entry.action == core::ActivityAction::Rollback)
                events.push_back({TimelineEvent::Kind::Rollback, entry.at, entry.version});
            else if (entry.action == core::ActivityAction::Deprecate)
                events.push_back({TimelineEvent::Kind::Deprecation, entry.at, entry.version});
        }
        m_versionView->setTimeline(m_timeline, std::move(events), m_historyModel->activeVersion(),
                                   int(m_historyModel->total()));
    });
}

void MainWindow::requestVersion(int version)
{
    if (!m_session || m_reportId.isEmpty() || version <= 0)
        return;
    const quint64 request = ++m_versionRequest;
    m_lastRequestedVersion = version;
    m_versionView->showLoading(version);
    m_session->loadVersion(m_reportId, version)
        .then(this, [this, request](core::Result<LoadedVersion> loaded) {
            if (request != m_versionRequest)
                return; // the user has moved on: a newer request is under way
            if (!loaded) {
                showError(tr("Version"), loaded.error());
                return;
            }
            m_versionView->showVersion(loaded->summary, loaded->document, loaded->proof);
            const int row = m_historyModel->rowOfVersion(loaded->summary.version);
            if (row >= 0 && m_historyView->currentIndex().row() != row) {
                const QSignalBlocker blocker(m_historyView->selectionModel());
                m_historyView->selectRow(row);
            }
            Q_EMIT versionShown(loaded->summary.version);
        });
}

} // namespace sa::ui

namespace sa::ui {

void MainWindow::compareVersions(int oldVersion, int newVersion, const QString &pointer)
{
    if (!m_session || m_reportId.isEmpty() || oldVersion <= 0 || newVersion <= 0)
        return;
    const quint64 request = ++m_compareRequest;
    m_tabs->setCurrentWidget(m_compareView);
    statusBar()->showMessage(tr("Loading v%1 and v%2…").arg(oldVersion).arg(newVersion));
    m_session->loadVersions(m_reportId, oldVersion, newVersion)
        .then(this, [this, request, pointer](core::Result<std::pair<LoadedVersion, LoadedVersion>> loaded) {
            statusBar()->clearMessage();
            if (request != m_compareRequest)
                return;
            if (!loaded) {
                showError(tr("Compare"), loaded.error());
                return;
            }
            const auto title = [](const core::SnapshotSummary &s) {
                return tr("v%1 · %2 · %3")
                    .arg(s.version)
                    .arg(QLocale().toString(s.createdAt.toLocalTime(), QLocale::ShortFormat), s.createdBy);
            };
            m_compareView->compareDocuments(loaded->first.document, loaded->second.document,
                                            {title(loaded->first.summary), title(loaded->second.summary)});
            if (!pointer.isEmpty()) {
                // Open the comparison at the change the search found, once it is ready.
                auto *once = new QObject(this);
                connect(m_compareView, &CompareView::comparisonLoaded, once, [this, once, pointer] {
                    const qsizetype stop = firstStopAt(*m_compareView->comparison(), pointer);
                    if (stop >= 0)
                        m_compareView->goToChange(stop);
                    once->deleteLater();
                });
            }
        });
}

void MainWindow::compareSelectedWith(bool withActive)
{
    const core::SnapshotSummary *selected = selectedVersion();
    if (!selected)
        return;
    if (withActive) {
        const int active = m_historyModel->activeVersion();
        if (active && active != selected->version)
            compareVersions(std::min(active, selected->version), std::max(active, selected->version));
        else
            statusBar()->showMessage(tr("The selected version is the active one."), 5000);
    } else if (selected->version > 1) {
        compareVersions(selected->version - 1, selected->version);
    } else {
        statusBar()->showMessage(tr("v1 has no previous version."), 5000);
    }
}

void MainWindow::compareTwoSelected()
{
    const QModelIndexList rows = m_historyView->selectionModel()->selectedRows();
    if (rows.size() != 2) {
        statusBar()->showMessage(tr("Select exactly two versions in the history (Ctrl+click)."), 5000);
        return;
    }
    const int a = m_historyModel->summaryAt(rows[0].row())->version;
    const int b = m_historyModel->summaryAt(rows[1].row())->version;
    compareVersions(std::min(a, b), std::max(a, b));
}

void MainWindow::rollBackSelected()
{
    if (const core::SnapshotSummary *selected = selectedVersion(); selected && m_adminFlow)
        m_adminFlow->rollBack(m_reportId, selected->version);
}

void MainWindow::deprecateSelected()
{
    if (const core::SnapshotSummary *selected = selectedVersion(); selected && m_adminFlow)
        m_adminFlow->deprecate(*selected);
}

void MainWindow::jumpToDate()
{
    if (!m_session || m_reportId.isEmpty())
        return;
    const std::optional<QDateTime> asked = askAsOfTime(this, m_reportId);
    if (!asked)
        return;
    const QDateTime at = *asked;
    m_session->activeVersionAsOf(m_reportId, at)
        .then(this, [this, at](core::Result<std::optional<core::Activation>> activation) {
            if (!activation) {
                showError(tr("As of"), activation.error());
                return;
            }
            if (!*activation) {
                statusBar()->showMessage(tr("%1 had no version yet at %2.")
                                             .arg(m_reportId, QLocale().toString(at, QLocale::ShortFormat)),
                                         8000);
                return;
            }
            m_tabs->setCurrentWidget(m_versionView);
            requestVersion((*activation)->version);
            statusBar()->showMessage(tr("v%1 was active at %2 (since %3, by %4).")
                                         .arg((*activation)->version)
                                         .arg(QLocale().toString(at, QLocale::ShortFormat),
                                              QLocale().toString((*activation)->at.toLocalTime(), QLocale::ShortFormat),
                                              (*activation)->user),
                                     10000);
        });
}

void MainWindow::showFieldHistory(const QString &pointer)
{
    if (m_reportId.isEmpty())
        return;
    m_searchPanel->parentWidget()->show();
    m_searchPanel->parentWidget()->raise();
    m_searchPanel->search(HistorySearchPanel::Mode::FieldChanged, pointer);
}

// Another client changed a report (LiveUpdates): the lists, and the report on show with the
// selected version kept, reload; a short note says who did what.
void MainWindow::applyRemoteChange(const QString &reportId, int version, const QString &user)
{
    m_reportsPanel->reload();
    m_activityPanel->reload();
    if (reportId != m_reportId)
        return;
    const core::SnapshotSummary *selected = selectedVersion();
    m_versionToSelect = selected ? selected->version : 0;
    m_historyModel->reset(reportId);
    requestHistoryPage(reportId, 0);
    //: A note in the status bar; %1: a login, %2: a report id, %3: a version number
    statusBar()->showMessage(tr("Updated by %1: %2 v%3").arg(user, reportId).arg(version), 8000);
}

} // namespace sa::ui
