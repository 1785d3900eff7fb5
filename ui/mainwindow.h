#pragma once

#include "core/result.h"
#include "core/store/databaseconfig.h"
#include "core/store/opendatabase.h"
#include "core/store/snapshot.h"
#include "timelineslider.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class QAction;
class QDockWidget;
class QLabel;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTimer;

namespace sa::ui {

class ActivityPanel;
class AuditPanel;
class ConnectionBanner;
class AdminFlow;
class CompareView;
class DatabaseSession;
class HistoryModel;
class HistorySearchPanel;
class ReportsPanel;
class StartPage;
class VersionView;

// The application window: wires the start page, the reports, history, document and compare
// views and the actions together. Holds no data logic of its own: every database call goes
// through DatabaseSession (worker threads), every view is its own class.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // A SQLite path or a postgresql:// URL, as given on the command line.
    void openLocation(const QString &location);
    void openDemoDatabase();
    // Connects on a worker thread; databaseOpened() or errorShown() tells how it went.
    void openDatabase(const core::DatabaseConfig &config, const QString &password, bool readOnly);
    bool isConnectionLost() const;
    // The report on show, and showing another one (also used by the reports list).
    QString currentReport() const { return m_reportId; }
    // `version` 0: the active one.
    void showReport(const QString &reportId, int version = 0);
    DatabaseSession *session() const { return m_session.get(); }

    static QString demoDatabasePath();

Q_SIGNALS:
    void databaseOpened();
    void connectionRestored();
    void versionShown(int version);
    void errorShown(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void openSqliteFile();
    void connectToPostgres();
    void closeDatabase();
    void adoptSession(core::OpenedDatabase opened, bool readOnly);
    void upgradeCcp04Database();
    void showError(const QString &title, const core::Error &error);
    void connectionLost(const core::Error &error);
    void tryReconnect();
    void requestHistoryPage(const QString &reportId, qint64 offset);
    void requestTimelineEvents(const QString &reportId);
    void requestVersion(int version);
    void compareVersions(int oldVersion, int newVersion, const QString &pointer = {});
    void compareSelectedWith(bool withActive);
    void compareTwoSelected();
    void rollBackSelected();
    void deprecateSelected();
    void jumpToDate();
    void showFieldHistory(const QString &pointer);
    void applyRemoteChange(const QString &reportId, int version, const QString &user);
    const core::SnapshotSummary *selectedVersion() const;
    void updateActions();
    void updateAdminActions();
    void restoreLayout();
    void applyDefaultLayout();
    QDockWidget *addDock(const QString &title, const QString &name, QWidget *widget, Qt::DockWidgetArea area);

    std::unique_ptr<DatabaseSession> m_session;
    QString m_reportId;
    quint64 m_versionRequest = 0; // latest wins: older answers are dropped
    quint64 m_historyRequest = 0;

    QStackedWidget *m_pages;
    StartPage *m_startPage;
    QTabWidget *m_tabs;
    VersionView *m_versionView;
    CompareView *m_compareView;
    ReportsPanel *m_reportsPanel;
    HistoryModel *m_historyModel;
    QTableView *m_historyView;
    ActivityPanel *m_activityPanel;
    HistorySearchPanel *m_searchPanel;
    AuditPanel *m_auditPanel = nullptr;
    AdminFlow *m_adminFlow = nullptr;
    quint64 m_compareRequest = 0;
    std::vector<TimelineEntry> m_timeline;
    bool m_needsDefaultLayout = false;
    ConnectionBanner *m_banner;
    QTimer *m_reconnectTimer;
    int m_lastRequestedVersion = 0;
    int m_versionToSelect = 0; // once the history arrives; 0: the active version
    QLabel *m_connectionLabel;
    QLabel *m_modeLabel;

    QAction *m_openDemoAction = nullptr;
    QAction *m_openSqliteAction = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_upgradeAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_previousVersionAction = nullptr;
    QAction *m_nextVersionAction = nullptr;
    QAction *m_filterReportsAction = nullptr;
    QAction *m_compareWithActiveAction = nullptr;
    QAction *m_compareWithParentAction = nullptr;
    QAction *m_compareSelectedAction = nullptr;
    QAction *m_asOfAction = nullptr;
    QAction *m_fieldHistoryAction = nullptr;
    QAction *m_searchHistoryAction = nullptr;
    QAction *m_rollbackAction = nullptr;
    QAction *m_deprecateAction = nullptr;
    QAction *m_auditAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace sa::ui
