#pragma once

#include "auditreport.h"
#include "databasesession.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QHash>
#include <QMap>
#include <QThreadPool>
#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace sa::ui {

class AuditProblemModel;

// The integrity audit of the open database: runs verify-all on the session's workers with
// progress, throughput, time left and Cancel; problems stream into a table (filter by kind,
// double-click opens the version; a damaged payload's problem offers Record Repair…); the finished
// audit can be exported as PDF, HTML, CSV or JSON (written on a worker thread).
class AuditPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AuditPanel(QWidget *parent = nullptr);
    ~AuditPanel() override;

    // Not owned; null when no database is open. Cancels a running audit.
    void setSession(DatabaseSession *session);
    void start();
    void cancel();
    bool isRunning() const;

    AuditProblemModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString summaryText() const;
    // The last audit that ran to the end.
    const std::optional<AuditReport> &lastReport() const { return m_report; }
    // Writes the last report on a worker thread; exportFinished() tells how it went.
    void exportTo(const QString &path, AuditReport::Format format);
    QAction *repairAction() const { return m_repairAction; }
    // Marks the version's problems as repaired since the audit ran, and says so.
    void showRepairRecorded(const QString &reportId, int version);

Q_SIGNALS:
    void auditStarted();
    // `completed` false: cancelled or failed.
    void auditFinished(bool completed);
    // Problems per report of the last completed audit (empty: none).
    void problemReportsChanged(const QHash<QString, int> &problemsPerReport);
    void versionChosen(const QString &reportId, int version);
    // Record Repair… on the selected problem: the window runs the repair flow.
    void repairRequested(const QString &reportId, int version);
    // `error` empty: written.
    void exportFinished(const QString &path, const QString &error);

private:
    void setRunning(bool running);
    void showProgress(const core::IntegrityProgress &progress);
    void finish();
    void chooseExportFile();
    void addProblem(const core::IntegrityProblem &problem);
    void clearProblems();
    void updateRepairAction();
    QString whyNoRepair() const;

    DatabaseSession *m_session = nullptr; // not owned
    AuditProblemModel *m_model;
    QSortFilterProxyModel *m_filtered;
    QPushButton *m_start;
    QPushButton *m_cancel;
    QPushButton *m_export;
    QAction *m_repairAction;
    QComboBox *m_kind;
    QProgressBar *m_progress;
    QLabel *m_rate;
    QLabel *m_status;
    QTableView *m_view;
    QFutureWatcher<core::Result<AuditRun>> m_watcher;
    QElapsedTimer m_elapsed;
    QDateTime m_startedAt;
    quint64 m_run = 0; // streamed values of an older run are dropped
    std::optional<AuditReport> m_report;
    QMap<int, int> m_kindCounts; // IntegrityProblemKind: problems; one filter entry each
    QThreadPool m_exportPool;
};

} // namespace sa::ui
