#include "versionactiondialog.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sa::ui {
namespace {

QString describe(const core::SnapshotSummary &s)
{
    return QCoreApplication::translate("VersionActionDialog", "v%1 (%2, by %3)")
        .arg(s.version)
        .arg(QLocale().toString(s.createdAt.toLocalTime(), QLocale::ShortFormat), s.createdBy.toHtmlEscaped());
}

// The altered paths of a repair, one row each: the path, the stored value, the proven original.
QTableWidget *alteredPathsTable(const std::vector<core::AlteredPath> &alteredPaths, QWidget *parent)
{
    const auto valueText = [](const std::optional<QByteArray> &json) {
        return json ? QString::fromUtf8(*json)
                    : QCoreApplication::translate("VersionActionDialog", "(absent)");
    };
    auto *table = new QTableWidget(int(alteredPaths.size()), 3, parent);
    table->setHorizontalHeaderLabels(
        { QCoreApplication::translate("VersionActionDialog", "Path"),
          QCoreApplication::translate("VersionActionDialog", "Stored value"),
          QCoreApplication::translate("VersionActionDialog", "Proven original") });
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < int(alteredPaths.size()); ++row) {
        const core::AlteredPath &altered = alteredPaths[std::size_t(row)];
        const QStringList cells { altered.path, valueText(altered.stored),
                                  valueText(altered.original) };
        //: One altered path of a repair: %1 the JSON Pointer, %2 the stored value,
        //: %3 the proven original
        const QString line = QCoreApplication::translate("VersionActionDialog", "%1: %2 → %3")
                                 .arg(cells[0], cells[1], cells[2]);
        for (int column = 0; column < 3; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setToolTip(line);
            table->setItem(row, column, item);
        }
    }
    table->resizeColumnsToContents();
    return table;
}

} // namespace

VersionActionDialog::VersionActionDialog(Action action, int version, QWidget *parent)
    : QDialog(parent)
    , m_action(action)
    , m_version(version)
{
}

VersionActionDialog::VersionActionDialog(const core::RollbackPlan &plan, QWidget *parent)
    : VersionActionDialog(Action::Rollback, plan.target.version, parent)
{
    setWindowTitle(tr("Roll back %1 to v%2").arg(plan.target.reportId).arg(plan.target.version));
    const core::DiffSummary &c = plan.changes;
    QString explanation =
        tr("<p>The active version %1 will be deactivated and %2 will become active again. Nothing is deleted; "
           "the rollback is recorded in the activity log with your name and reason.</p>")
            .arg(describe(plan.current), describe(plan.target))
        + tr("<p>The document changes by <b><span style='color:#0072B2'>+%1 added</span> · "
             "<span style='color:#B8860B'>~%2 modified</span> · <span style='color:#D55E00'>−%3 deleted</span></b>"
             "%4 &nbsp; <a href='compare'>Show the full comparison…</a></p>")
              .arg(c.added)
              .arg(c.modified)
              .arg(c.deleted)
              .arg(c.moved ? tr(" · ↔%1 moved").arg(c.moved) : QString());
    m_needsDeprecatedConsent = plan.targetDeprecated;
    if (plan.targetDeprecated) {
        explanation += tr("<p><b>v%1 was deprecated</b>: %2</p>")
                           .arg(plan.target.version)
                           .arg(plan.target.deprecatedReason.toHtmlEscaped());
    }
    buildCommonPart(explanation);
    const int from = plan.current.version;
    const int to = plan.target.version;
    connect(m_message, &QLabel::linkActivated, this, [this, from, to] { Q_EMIT compareRequested(from, to); });
}

VersionActionDialog::VersionActionDialog(const core::SnapshotSummary &version, QWidget *parent)
    : VersionActionDialog(Action::Deprecate, version.version, parent)
{
    setWindowTitle(tr("Deprecate v%1 of %2").arg(version.version).arg(version.reportId));
    buildCommonPart(tr("<p>%1 will be marked deprecated: it stays in the history, unchanged, but readers are told "
                       "not to rely on it, and it is not rolled back to without a second confirmation. A deprecation "
                       "cannot be undone and is recorded in the activity log.</p>")
                        .arg(describe(version)));
}

VersionActionDialog::VersionActionDialog(const core::RepairPlan &plan, QWidget *parent)
    : VersionActionDialog(Action::Repair, plan.version.version, parent)
{
    setWindowTitle(
        tr("Record Repair of v%1 of %2").arg(plan.version.version).arg(plan.version.reportId));
    m_alteredPaths = alteredPathsTable(plan.alteredPaths, this);
    buildCommonPart(tr("<p>The stored document of %1 does not match its checksum. Its parent %2 "
                       "with the changes stored for v%3 does: that is the original. Recording the "
                       "repair makes reads of v%3 return the original, marked as repaired; the "
                       "damaged row stays as it is, as evidence, and the repair is recorded in "
                       "the activity log with your name and reason.</p>"
                       "<p>%n path(s) were altered:</p>",
                       nullptr, int(plan.alteredPaths.size()))
                        .arg(describe(plan.version), describe(plan.parent))
                        .arg(plan.version.version),
                    m_alteredPaths);
}

void VersionActionDialog::buildCommonPart(const QString &explanation, QWidget *details)
{
    m_message = new QLabel(explanation, this);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::RichText);
    m_reason = new QPlainTextEdit(this);
    m_reason->setPlaceholderText(tr("Why? (required; kept in the activity log)"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(m_reason->fontMetrics().lineSpacing() * 5);
    m_typedVersion = new QLineEdit(this);
    m_typedVersion->setPlaceholderText(QString::number(m_version));
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QString confirmText = tr("&Record Repair");
    if (m_action == Action::Rollback)
        confirmText = tr("&Roll Back");
    else if (m_action == Action::Deprecate)
        confirmText = tr("&Deprecate");
    m_confirm = m_buttons->addButton(confirmText, QDialogButtonBox::AcceptRole);
    m_reload = m_buttons->addButton(tr("Re&load"), QDialogButtonBox::ResetRole);
    m_reload->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("Type &%1 to confirm:").arg(m_version), m_typedVersion);
    if (m_needsDeprecatedConsent) {
        m_deprecatedConsent = new QCheckBox(tr("Re-activate this deprecated version anyway"), this);
        form->addRow(QString(), m_deprecatedConsent);
        connect(m_deprecatedConsent, &QCheckBox::toggled, this, &VersionActionDialog::updateConfirmButton);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    if (details)
        layout->addWidget(details);
    layout->addLayout(form);
    layout->addWidget(m_busy);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);

    connect(m_reason, &QPlainTextEdit::textChanged, this, &VersionActionDialog::updateConfirmButton);
    connect(m_typedVersion, &QLineEdit::textChanged, this, &VersionActionDialog::updateConfirmButton);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_confirm, &QPushButton::clicked, this, [this] {
        setBusy(true);
        Q_EMIT confirmed();
    });
    connect(m_reload, &QPushButton::clicked, this, [this] {
        Q_EMIT reloadRequested();
        reject();
    });
    updateConfirmButton();
}

QString VersionActionDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

bool VersionActionDialog::allowDeprecatedTarget() const
{
    return m_deprecatedConsent && m_deprecatedConsent->isChecked();
}

void VersionActionDialog::updateConfirmButton()
{
    const bool typed = m_typedVersion->text().trimmed() == QString::number(m_version);
    const bool consent = !m_needsDeprecatedConsent || allowDeprecatedTarget();
    m_confirm->setEnabled(typed && consent && !reason().isEmpty() && m_busy->isHidden());
}

void VersionActionDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_reason->setReadOnly(busy);
    m_typedVersion->setReadOnly(busy);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
    updateConfirmButton();
}

void VersionActionDialog::finished(const core::Result<core::SnapshotSummary> &result)
{
    setBusy(false);
    if (result) {
        accept();
        return;
    }
    const bool conflict = result.error().code == core::ErrorCode::VersionConflict;
    m_reload->setVisible(conflict);
    const QString advice = conflict ? tr("Someone changed this report meanwhile. Reload it to see the current "
                                         "state, then decide again.")
                                    : QString();
    m_message->setText(u"<p style='color:#D55E00'><b>%1</b></p><p>%2</p>"_s.arg(result.error().message.toHtmlEscaped(),
                                                                               advice));
    if (conflict)
        m_confirm->setEnabled(false);
}

} // namespace sa::ui
