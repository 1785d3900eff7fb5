#include "auditpanel.h"

#include "auditproblemmodel.h"
#include "recordtable.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <memory>

using namespace Qt::StringLiterals;

namespace sa::ui {
namespace {

// Progress crosses to the GUI thread at most this often: a fast local audit reports far more.
constexpr qint64 kProgressIntervalMs = 50;

// The problems whose version Record Repair… can prove from its parent and stored diff.
bool isRepairable(const QString &kindName)
{
    return kindName == core::integrityProblemKindName(core::IntegrityProblemKind::TamperedPaths)
        || kindName == core::integrityProblemKindName(core::IntegrityProblemKind::ChecksumMismatch);
}

QString durationText(qint64 seconds)
{
    if (seconds < 60)
        return AuditPanel::tr("%1 s").arg(seconds);
    return AuditPanel::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
}

} // namespace

AuditPanel::AuditPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new AuditProblemModel(this))
    , m_filtered(new QSortFilterProxyModel(this))
    , m_start(new QPushButton(tr("&Start Audit"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_export(new QPushButton(tr("E&xport Report…"), this))
    , m_repairAction(new QAction(tr("Record &Repair…"), this))
    , m_kind(new QComboBox(this))
    , m_progress(new QProgressBar(this))
    , m_rate(new QLabel(this))
    , m_status(new QLabel(this))
    , m_view(new QTableView(this))
{
    m_exportPool.setObjectName(u"sa-audit-export"_s);
    m_exportPool.setMaxThreadCount(1);
    m_start->setToolTip(tr("Check every snapshot's checksum and size, and every report's versions, parents and "
                           "active version (Ctrl+Shift+A)"));
    m_export->setToolTip(tr("Save the last audit as PDF (to sign), HTML, CSV or JSON"));
    m_export->setEnabled(false);
    m_cancel->setEnabled(false);
    m_kind->addItem(tr("All kinds of problem"), QString());
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_kind->setToolTip(tr("Show only one kind of problem"));
    m_progress->setFormat(tr("%v of %m reports"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_rate->setForegroundRole(QPalette::PlaceholderText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setText(tr("Checks every snapshot of the database against its SHA-256 checksum, its size and its "
                         "link in the report's hash chain, and every report's version sequence, parent chain and "
                         "active version against the activity log."));

    m_filtered->setSourceModel(m_model);
    m_filtered->setFilterRole(AuditProblemModel::KindNameRole);
    m_filtered->setFilterKeyColumn(AuditProblemModel::KindColumn);
    m_view->setModel(m_filtered);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    setUpRecordTable(m_view);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    for (int column : {int(AuditProblemModel::KindColumn), int(AuditProblemModel::CodeColumn),
                       int(AuditProblemModel::ReportColumn), int(AuditProblemModel::VersionColumn)})
        m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(AuditProblemModel::ExpectedColumn, QHeaderView::Interactive);
    m_view->horizontalHeader()->resizeSection(AuditProblemModel::ExpectedColumn, 300);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_rate);
    auto *filterRow = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("Sho&w:"), this);
    filterLabel->setBuddy(m_kind);
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_kind);
    filterRow->addStretch(1);
    auto *repairButton = new QToolButton(this);
    repairButton->setDefaultAction(m_repairAction);
    repairButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    filterRow->addWidget(repairButton);
    filterRow->addWidget(m_export);
    m_view->addAction(m_repairAction);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addLayout(filterRow);
    layout->addWidget(m_view, 1);

    connect(m_start, &QPushButton::clicked, this, &AuditPanel::start);
    connect(m_cancel, &QPushButton::clicked, this, &AuditPanel::cancel);
    connect(m_export, &QPushButton::clicked, this, &AuditPanel::chooseExportFile);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const QString kind = m_kind->currentData().toString();
        m_filtered->setFilterRegularExpression(
            kind.isEmpty() ? QRegularExpression() : QRegularExpression(u'^' + QRegularExpression::escape(kind) + u'$'));
    });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT versionChosen(index.data(AuditProblemModel::ReportIdRole).toString(),
                             index.data(AuditProblemModel::VersionRole).toInt());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditPanel::updateRepairAction);
    connect(m_repairAction, &QAction::triggered, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (whyNoRepair().isEmpty())
            Q_EMIT repairRequested(current.data(AuditProblemModel::ReportIdRole).toString(),
                                   current.data(AuditProblemModel::VersionRole).toInt());
    });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &AuditPanel::finish);
    setRunning(false);
}

AuditPanel::~AuditPanel()
{
    // The worker posts to this panel: it must be done before the panel goes (a cancelled
    // audit stops at the next snapshot).
    m_watcher.cancel();
    m_watcher.waitForFinished();
    m_exportPool.waitForDone();
}

void AuditPanel::setSession(DatabaseSession *session)
{
    cancel();
    if (m_watcher.isRunning())
        m_watcher.waitForFinished(); // cancelled: returns at the next snapshot; the session is going
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session)
        connect(m_session, &DatabaseSession::accessRightsChanged, this,
                &AuditPanel::updateRepairAction);
    ++m_run;
    clearProblems();
    m_report.reset();
    m_export->setEnabled(false);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_rate->clear();
    setRunning(false);
    Q_EMIT problemReportsChanged({});
}

bool AuditPanel::isRunning() const
{
    return m_watcher.isRunning();
}

QString AuditPanel::summaryText() const
{
    return m_status->text();
}

void AuditPanel::setRunning(bool running)
{
    m_start->setEnabled(!running && m_session);
    m_cancel->setEnabled(running);
    m_export->setEnabled(!running && m_report.has_value());
    updateRepairAction();
}

QString AuditPanel::whyNoRepair() const
{
    if (!m_session)
        return tr("No database is open");
    if (QString why = m_session->whyReadOnly(); !why.isEmpty())
        return why;
    if (QString why = m_session->whyNot(core::AccessRights::Action::Repair); !why.isEmpty())
        return why;
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return tr("Select a CHECKSUM_MISMATCH or TAMPERED_PATHS problem first");
    if (!isRepairable(current.data(AuditProblemModel::KindNameRole).toString()))
        return tr("Only a version whose payload fails its checksum (CHECKSUM_MISMATCH, "
                  "TAMPERED_PATHS) can be repaired");
    if (current.data(AuditProblemModel::RepairedRole).toBool())
        return tr("A repair of this version is recorded already");
    return {};
}

void AuditPanel::updateRepairAction()
{
    const QString why = whyNoRepair();
    m_repairAction->setEnabled(why.isEmpty());
    m_repairAction->setToolTip(
        why.isEmpty() ? tr("Prove the selected version's original from its parent and its "
                           "stored changes, and record it as the version's repair")
                      : why);
}

void AuditPanel::showRepairRecorded(const QString &reportId, int version)
{
    m_model->markRepaired(reportId, version);
    updateRepairAction();
    m_status->setText(
        tr("The repair of %1 v%2 is recorded. Start the audit again to check the database as "
           "it is now.")
            .arg(reportId)
            .arg(version));
}

void AuditPanel::start()
{
    if (!m_session || isRunning())
        return;
    const quint64 run = ++m_run;
    clearProblems();
    m_report.reset();
    m_progress->setRange(0, 0); // busy until the first count arrives
    m_rate->clear();
    m_status->setText(tr("Auditing %1…").arg(m_session->config().id()));
    m_startedAt = QDateTime::currentDateTime();
    m_elapsed.start();

    // Both callbacks run on the auditing thread; they post to this panel and never wait.
    auto sinceLastProgress = std::make_shared<QElapsedTimer>();
    auto progress = [this, run, sinceLastProgress](const core::IntegrityProgress &state) {
        const bool last = state.reportsDone == state.reportsTotal;
        if (sinceLastProgress->isValid() && sinceLastProgress->elapsed() < kProgressIntervalMs && !last)
            return;
        sinceLastProgress->start();
        QMetaObject::invokeMethod(
            this, [this, run, state] { if (run == m_run) showProgress(state); }, Qt::QueuedConnection);
    };
    auto problemFound = [this, run](const core::IntegrityProblem &problem) {
        QMetaObject::invokeMethod(
            this, [this, run, problem] { if (run == m_run) addProblem(problem); }, Qt::QueuedConnection);
    };
    m_watcher.setFuture(m_session->auditDatabase(std::move(progress), std::move(problemFound)));
    setRunning(true);
    Q_EMIT auditStarted();
}

void AuditPanel::cancel()
{
    if (isRunning()) {
        m_watcher.cancel();
        m_cancel->setEnabled(false);
        m_status->setText(tr("Cancelling…"));
    }
}

void AuditPanel::clearProblems()
{
    m_model->clear();
    m_kindCounts.clear();
    m_kind->setCurrentIndex(0);
    while (m_kind->count() > 1)
        m_kind->removeItem(1);
}

// Streams one problem into the table and keeps one filter entry per kind found, with its count.
void AuditPanel::addProblem(const core::IntegrityProblem &problem)
{
    m_model->append(problem);
    const int count = ++m_kindCounts[int(problem.kind)];
    const QString name = core::integrityProblemKindName(problem.kind);
    //: A filter entry: %1 the kind of problem ("Checksum mismatch"), %2 its code, %3 how many were found
    const QString text = tr("%1 — %2 (%3)").arg(AuditReport::kindLabel(problem.kind), name).arg(count);
    if (const int index = m_kind->findData(name); index >= 0) {
        m_kind->setItemText(index, text);
        return;
    }
    // Entries in the order of the kinds, after "All".
    const int index = 1 + int(std::distance(m_kindCounts.begin(), m_kindCounts.find(int(problem.kind))));
    m_kind->insertItem(index, text, name);
}

void AuditPanel::showProgress(const core::IntegrityProgress &progress)
{
    m_progress->setRange(0, int(qMax<qint64>(1, progress.reportsTotal)));
    m_progress->setValue(int(progress.reportsDone));
    const double seconds = double(qMax<qint64>(1, m_elapsed.elapsed())) / 1000.0;
    const double bytesPerSecond = double(progress.bytesVerified) / seconds;
    QString text = tr("%1/s").arg(QLocale().formattedDataSize(qint64(bytesPerSecond), 1, QLocale::DataSizeSIFormat));
    if (bytesPerSecond > 0 && progress.bytesTotal > progress.bytesVerified) {
        const auto left = qint64(double(progress.bytesTotal - progress.bytesVerified) / bytesPerSecond + 0.5);
        //: %1: throughput ("12.5 MB/s"), %2: time left ("3 s", "2 min 5 s")
        text = tr("%1 · about %2 left").arg(text, durationText(left));
    }
    m_rate->setText(text);
}

void AuditPanel::finish()
{
    const qint64 elapsedMs = m_elapsed.elapsed();
    setRunning(false);
    if (m_watcher.isCanceled()) {
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        m_rate->clear();
        //: %1: the number of problems found before the audit was cancelled
        m_status->setText(tr("Audit cancelled; %1 found until then.")
                              .arg(m_model->rowCount() == 1 ? tr("1 problem")
                                                            : tr("%1 problems").arg(m_model->rowCount())));
        Q_EMIT auditFinished(false);
        return;
    }
    const core::Result<AuditRun> run = m_watcher.result();
    if (!run) {
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        m_rate->clear();
        m_status->setText(tr("The audit failed: %1").arg(run.error().message));
        Q_EMIT auditFinished(false);
        return;
    }
    m_report.emplace(run->report, AuditHeader{m_session ? m_session->config().id() : QString(), m_startedAt,
                                              run->actingUser, QCoreApplication::applicationVersion(), elapsedMs});
    // The sorted list: the same problems as streamed, in report order.
    const QString kind = m_kind->currentData().toString();
    clearProblems();
    for (const core::IntegrityProblem &problem : run->report.problems)
        addProblem(problem);
    if (const int index = m_kind->findData(kind); index > 0)
        m_kind->setCurrentIndex(index);
    m_progress->setRange(0, int(qMax<qint64>(1, run->report.reportsChecked)));
    m_progress->setValue(int(run->report.reportsChecked));
    m_rate->setText(tr("%1/s").arg(QLocale().formattedDataSize(
        qint64(double(run->report.bytesVerified) * 1000.0 / double(qMax<qint64>(1, elapsedMs))), 1,
        QLocale::DataSizeSIFormat)));
    if (run->report.limits.isEmpty()) {
        m_status->setText(m_report->summaryLine());
    } else {
        QString status = m_report->summaryLine().toHtmlEscaped() + u"<br>"_s
                         + tr("Not verifiable on this database:").toHtmlEscaped() + u"<ul>"_s;
        for (const QString &limit : run->report.limits)
            status += u"<li>"_s + limit.toHtmlEscaped() + u"</li>"_s;
        m_status->setText(status + u"</ul>"_s);
    }
    QHash<QString, int> perReport;
    for (const core::IntegrityProblem &problem : run->report.problems) {
        if (!core::isNotice(problem.kind)) // a badge says damage
            ++perReport[problem.reportId];
    }
    setRunning(false);
    Q_EMIT problemReportsChanged(perReport);
    Q_EMIT auditFinished(true);
}

void AuditPanel::chooseExportFile()
{
    if (!m_report)
        return;
    const QString pdf = tr("PDF document (*.pdf)");
    const QString html = tr("HTML page (*.html)");
    const QString csv = tr("CSV table (*.csv)");
    const QString json = tr("JSON (*.json)");
    QString filter = pdf;
    const QString base = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u"/integrity-audit-"_s
                         + m_report->header().startedAt.toString(u"yyyy-MM-dd"_s);
    QString path = QFileDialog::getSaveFileName(this, tr("Export Audit Report"), base + u".pdf"_s,
                                                QStringList{pdf, html, csv, json}.join(u";;"_s), &filter);
    if (path.isEmpty())
        return;
    const QString suffix = filter == html ? u".html"_s : filter == csv ? u".csv"_s : filter == json ? u".json"_s : u".pdf"_s;
    if (QFileInfo(path).suffix().isEmpty())
        path += suffix;
    exportTo(path, AuditReport::formatForPath(path));
}

void AuditPanel::exportTo(const QString &path, AuditReport::Format format)
{
    if (!m_report)
        return;
    m_export->setEnabled(false);
    m_status->setText(tr("Writing %1…").arg(QFileInfo(path).fileName()));
    QtConcurrent::run(&m_exportPool, [report = *m_report, path, format] { return report.write(path, format); })
        .then(this, [this, path](core::Result<core::Done> written) {
            setRunning(isRunning());
            if (!written) {
                m_status->setText(tr("The report was not saved: %1").arg(written.error().message));
                if (QGuiApplication::platformName() != u"offscreen"_s)
                    QMessageBox::warning(this, tr("Export Audit Report"), written.error().message);
                Q_EMIT exportFinished(path, written.error().message);
                return;
            }
            m_status->setText(m_report ? tr("%1. Saved as %2.").arg(m_report->summaryLine(), QDir::toNativeSeparators(path))
                                       : tr("Saved as %1.").arg(QDir::toNativeSeparators(path)));
            Q_EMIT exportFinished(path, {});
        });
}

} // namespace sa::ui
