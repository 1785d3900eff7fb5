#include "activitypanel.h"

#include "activitymodel.h"
#include "databasesession.h"
#include "recordtable.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

namespace sa::ui {
namespace {

constexpr int kPageSize = 200;

} // namespace

ActivityPanel::ActivityPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new ActivityModel(this))
    , m_view(new QTableView(this))
    , m_onlyThisReport(new QCheckBox(tr("Only the report shown"), this))
{
    m_onlyThisReport->setChecked(true);
    m_view->setModel(m_model);
    setUpRecordTable(m_view);
    for (int column : {ActivityModel::TimeColumn, ActivityModel::UserColumn, ActivityModel::ActionColumn,
                       ActivityModel::ReportColumn, ActivityModel::VersionColumn})
        m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_onlyThisReport);
    layout->addWidget(m_view, 1);

    connect(m_onlyThisReport, &QCheckBox::toggled, this, &ActivityPanel::reload);
    connect(m_model, &ActivityModel::nextPageWanted, this, &ActivityPanel::requestPage);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const core::ActivityEntry *entry = m_model->entryAt(index.row()))
            Q_EMIT versionChosen(entry->reportId, entry->version);
    });
}

void ActivityPanel::setSession(DatabaseSession *session)
{
    m_session = session;
    reload();
}

void ActivityPanel::setReport(const QString &reportId)
{
    m_reportId = reportId;
    if (m_onlyThisReport->isChecked())
        reload();
}

QString ActivityPanel::filterReport() const
{
    return m_onlyThisReport->isChecked() ? m_reportId : QString();
}

void ActivityPanel::reload()
{
    m_model->reset();
    if (m_session && (!m_onlyThisReport->isChecked() || !m_reportId.isEmpty()))
        requestPage(0);
}

void ActivityPanel::requestPage(qint64 offset)
{
    const quint64 request = ++m_request;
    m_session->activity(filterReport(), kPageSize, offset).then(this, [this, request](core::Result<core::ActivityPage> page) {
        if (request != m_request)
            return;
        if (!page) {
            Q_EMIT loadFailed(page.error());
            return;
        }
        m_model->appendPage(*page);
    });
}

} // namespace sa::ui
