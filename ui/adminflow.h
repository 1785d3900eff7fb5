#pragma once

#include "core/store/snapshot.h"

#include "core/result.h"

#include <QFuture>
#include <QObject>

#include <functional>

class QWidget;

namespace sa::ui {

class DatabaseSession;
class VersionActionDialog;

// The admin's rollback, deprecation and repair, start to end: the plan is computed on a worker, the
// confirmation dialog shown, the job run on a worker while the dialog shows it is busy, and
// the outcome reported. The window stays responsive throughout.
class AdminFlow : public QObject
{
    Q_OBJECT

public:
    // `session` and `dialogParent` are not owned and must outlive the flow.
    AdminFlow(DatabaseSession *session, QWidget *dialogParent, QObject *parent = nullptr);

    void rollBack(const QString &reportId, int targetVersion);
    void deprecate(const core::SnapshotSummary &version);
    // Records the repair of a damaged version: the proof first (planRepair), then the dialog.
    void repair(const QString &reportId, int version);

Q_SIGNALS:
    // Done: reload history, slider and log, and show `version` (0: the active one).
    void reportChanged(const QString &reportId, int version);
    void repairRecorded(const QString &reportId, int version);
    void reloadRequested(const QString &reportId);
    void compareRequested(int fromVersion, int toVersion);
    void failed(const QString &message);

private:
    using Job = std::function<QFuture<core::Result<core::SnapshotSummary>>(VersionActionDialog *)>;
    void runWhenConfirmed(VersionActionDialog *dialog, const QString &reportId, Job job,
                          int versionToShow = 0);

    DatabaseSession *m_session; // not owned
    QWidget *m_dialogParent; // not owned
};

} // namespace sa::ui
