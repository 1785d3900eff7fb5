#include "reportspanel.h"

#include "databasesession.h"
#include "recordtable.h"
#include "reportlistmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sa::ui {
namespace {

constexpr int kPageSize = 500;

} // namespace

ReportsPanel::ReportsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new ReportListModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
    , m_filterDelay(new QTimer(this))
{
    m_filter->setPlaceholderText(tr("Filter reports by id (Ctrl+L)"));
    m_filter->setClearButtonEnabled(true);
    m_view->setModel(m_model);
    setUpRecordTable(m_view);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setSectionResizeMode(ReportListModel::ReportColumn, QHeaderView::ResizeToContents);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(200); // typing "RPT-0042" queries once, not eight times

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);

    connect(m_filter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this, &ReportsPanel::reload);
    connect(m_model, &ReportListModel::nextPageWanted, this, &ReportsPanel::requestPage);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        const QString reportId = current.siblingAtColumn(0).data(ReportListModel::ReportIdRole).toString();
        if (!reportId.isEmpty())
            Q_EMIT reportChosen(reportId);
    });
}

void ReportsPanel::setSession(DatabaseSession *session)
{
    m_session = session;
    reload();
}

void ReportsPanel::focusFilter()
{
    m_filter->setFocus();
    m_filter->selectAll();
}

void ReportsPanel::reload()
{
    m_model->reset();
    m_count->clear();
    if (m_session)
        requestPage(0);
}

void ReportsPanel::requestPage(qint64 offset)
{
    const quint64 request = ++m_request;
    m_session->reports(m_filter->text().trimmed(), kPageSize, offset)
        .then(this, [this, request](core::Result<core::ReportPage> page) {
            if (request != m_request)
                return;
            if (!page) {
                Q_EMIT loadFailed(page.error());
                return;
            }
            m_model->appendPage(*page);
            m_count->setText(page->total == 1 ? tr("1 report") : tr("%1 reports").arg(QLocale().toString(page->total)));
        });
}

void ReportsPanel::selectReport(const QString &reportId)
{
    const int row = m_model->rowOfReport(reportId);
    if (row >= 0)
        m_view->selectRow(row);
}

} // namespace sa::ui
