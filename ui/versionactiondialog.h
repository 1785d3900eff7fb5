#pragma once

#include "core/store/snapshotadmin.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace sa::ui {

// The confirmation an admin goes through before a rollback, a deprecation or a repair: what
// will change, a required reason, and the version number typed again. The dialog runs nothing
// itself: it emits confirmed() and the window runs the job on a worker, keeping the dialog
// open (busy) until finished() reports how it went.
class VersionActionDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Action { Rollback, Deprecate, Repair };

    // For a rollback: the plan computed by SnapshotAdmin::planRollback().
    VersionActionDialog(const core::RollbackPlan &plan, QWidget *parent = nullptr);
    // For a deprecation.
    VersionActionDialog(const core::SnapshotSummary &version, QWidget *parent = nullptr);
    // For recording a repair: the proof computed by SnapshotAdmin::planRepair(), its altered
    // paths listed with the stored and the proven value.
    VersionActionDialog(const core::RepairPlan &plan, QWidget *parent = nullptr);

    Action action() const { return m_action; }
    int version() const { return m_version; }
    QString reason() const;
    bool allowDeprecatedTarget() const;

    // The job's outcome: success closes the dialog; a conflict offers to reload; anything
    // else is shown and the admin may try again or cancel.
    void finished(const core::Result<core::SnapshotSummary> &result);

Q_SIGNALS:
    void confirmed();
    void compareRequested(int fromVersion, int toVersion);
    void reloadRequested();

private:
    VersionActionDialog(Action action, int version, QWidget *parent);
    // `details` (may be null) goes between the explanation and the reason.
    void buildCommonPart(const QString &explanation, QWidget *details = nullptr);
    void updateConfirmButton();
    void setBusy(bool busy);

    const Action m_action;
    const int m_version;
    bool m_needsDeprecatedConsent = false;
    QLabel *m_message = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QLineEdit *m_typedVersion = nullptr;
    QCheckBox *m_deprecatedConsent = nullptr;
    QProgressBar *m_busy = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_reload = nullptr;
    QTableWidget *m_alteredPaths = nullptr; // a repair's only
};

} // namespace sa::ui
