#include "adminflow.h"

#include "databasesession.h"
#include "versionactiondialog.h"

#include <QPointer>

namespace sa::ui {

AdminFlow::AdminFlow(DatabaseSession *session, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_dialogParent(dialogParent)
{
}

void AdminFlow::runWhenConfirmed(VersionActionDialog *dialog, const QString &reportId, Job job,
                                 int versionToShow)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &VersionActionDialog::reloadRequested, this, [this, reportId] { Q_EMIT reloadRequested(reportId); });
    connect(
        dialog, &VersionActionDialog::confirmed, this,
        [this, dialog, reportId, job, versionToShow] {
            const QPointer<VersionActionDialog> guard(dialog); // the admin may close it meanwhile
            job(dialog).then(
                this,
                [this, guard, reportId, versionToShow](core::Result<core::SnapshotSummary> result) {
                    if (guard)
                        guard->finished(result);
                    if (result)
                        Q_EMIT reportChanged(reportId, versionToShow);
                });
        });
    dialog->open();
}

void AdminFlow::rollBack(const QString &reportId, int targetVersion)
{
    m_session->planRollback(reportId, targetVersion).then(this, [this, reportId](core::Result<core::RollbackPlan> plan) {
        if (!plan) {
            Q_EMIT failed(plan.error().message);
            return;
        }
        auto *dialog = new VersionActionDialog(*plan, m_dialogParent);
        connect(dialog, &VersionActionDialog::compareRequested, this, &AdminFlow::compareRequested);
        const int expectedActive = plan->current.version;
        const int target = plan->target.version;
        runWhenConfirmed(dialog, reportId, [this, reportId, target, expectedActive](VersionActionDialog *d) {
            return m_session->rollback(reportId, target, expectedActive, d->reason(), d->allowDeprecatedTarget());
        });
    });
}

void AdminFlow::deprecate(const core::SnapshotSummary &version)
{
    const QString reportId = version.reportId;
    const int number = version.version;
    runWhenConfirmed(new VersionActionDialog(version, m_dialogParent), reportId,
                     [this, reportId, number](VersionActionDialog *d) {
                         return m_session->deprecate(reportId, number, d->reason());
                     });
}

void AdminFlow::repair(const QString &reportId, int version)
{
    m_session->planRepair(reportId, version)
        .then(this, [this, reportId, version](core::Result<core::RepairPlan> plan) {
            if (!plan) {
                Q_EMIT failed(plan.error().message);
                return;
            }
            const auto job = [this, reportId, version](VersionActionDialog *d) {
                return m_session->recordRepair(reportId, version, d->reason())
                    .then(this,
                          [this, reportId, version](core::Result<core::RepairPlan> recorded)
                              -> core::Result<core::SnapshotSummary> {
                              if (!recorded)
                                  return recorded.error();
                              Q_EMIT repairRecorded(reportId, version);
                              return recorded->version;
                          });
            };
            runWhenConfirmed(new VersionActionDialog(*plan, m_dialogParent), reportId, job,
                             version);
        });
}

} // namespace sa::ui
