#include "historysearchpanel.h"

#include "databasesession.h"
#include "recordtable.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sa::ui {
namespace {

enum Column { VersionColumn, WhatColumn, WhereColumn, WhoColumn, WhenColumn };
enum Role { FromVersionRole = Qt::UserRole + 1, ToVersionRole, PointerRole };

QString shortened(const std::optional<QByteArray> &json)
{
    if (!json)
        return QCoreApplication::translate("HistorySearchPanel", "(absent)");
    const QString text = QString::fromUtf8(*json);
    return text.size() > 60 ? text.left(59) + u"…"_s : text;
}

} // namespace

HistorySearchPanel::HistorySearchPanel(QWidget *parent)
    : QWidget(parent)
    , m_mode(new QComboBox(this))
    , m_query(new QLineEdit(this))
    , m_run(new QPushButton(tr("&Search"), this))
    , m_scope(new QPushButton(tr("Step through on the time line"), this))
    , m_status(new QLabel(this))
    , m_results(new QStandardItemModel(0, 5, this))
    , m_view(new QTableView(this))
{
    m_mode->addItem(tr("Versions where the field changed"));
    m_mode->addItem(tr("Versions that added or removed the text"));
    m_query->setPlaceholderText(tr("JSON Pointer, e.g. /owners/0/name"));
    m_query->setClearButtonEnabled(true);
    m_scope->setEnabled(false);
    m_scope->setToolTip(tr("The time-line slider then stops only at the versions found"));
    m_results->setHorizontalHeaderLabels({tr("Version"), tr("Change"), tr("Where"), tr("Who"), tr("When")});
    m_view->setModel(m_results);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    setUpRecordTable(m_view);
    m_view->horizontalHeader()->setSectionResizeMode(WhatColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(WhenColumn, QHeaderView::ResizeToContents);

    auto *row = new QHBoxLayout;
    row->addWidget(m_mode);
    row->addWidget(m_query, 1);
    row->addWidget(m_run);
    row->addWidget(m_scope);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    connect(m_mode, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_query->setPlaceholderText(index == 0 ? tr("JSON Pointer, e.g. /owners/0/name") : tr("Text, e.g. Coastal"));
    });
    connect(m_query, &QLineEdit::returnPressed, this, &HistorySearchPanel::start);
    connect(m_run, &QPushButton::clicked, this, [this] { m_running.isRunning() ? cancel() : start(); });
    connect(m_scope, &QPushButton::clicked, this, [this] {
        std::vector<int> versions;
        for (int r = 0; r < m_results->rowCount(); ++r)
            versions.push_back(m_results->item(r, VersionColumn)->data(ToVersionRole).toInt());
        Q_EMIT scopeRequested(versions);
    });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QStandardItem *item = m_results->item(index.row(), VersionColumn);
        Q_EMIT changeChosen(item->data(FromVersionRole).toInt(), item->data(ToVersionRole).toInt(),
                            item->data(PointerRole).toString());
    });
}

void HistorySearchPanel::setSession(DatabaseSession *session)
{
    cancel();
    m_session = session;
    m_results->removeRows(0, m_results->rowCount());
}

void HistorySearchPanel::setReport(const QString &reportId)
{
    if (reportId == m_reportId)
        return;
    cancel();
    m_reportId = reportId;
    m_results->removeRows(0, m_results->rowCount());
    m_scope->setEnabled(false);
    m_status->clear();
}

void HistorySearchPanel::search(Mode mode, const QString &query)
{
    m_mode->setCurrentIndex(mode == Mode::FieldChanged ? 0 : 1);
    m_query->setText(query);
    start();
}

void HistorySearchPanel::cancel()
{
    ++m_request;
    m_running.cancel();
    setRunning(false);
}

void HistorySearchPanel::setRunning(bool running)
{
    m_run->setText(running ? tr("&Cancel") : tr("&Search"));
    m_mode->setEnabled(!running);
}

void HistorySearchPanel::start()
{
    const QString query = m_query->text().trimmed();
    if (!m_session || m_reportId.isEmpty() || query.isEmpty())
        return;
    cancel();
    m_results->removeRows(0, m_results->rowCount());
    m_scope->setEnabled(false);
    m_status->setText(tr("Searching the history of %1…").arg(m_reportId));
    setRunning(true);
    const quint64 request = m_request;
    // By value: the rows are added by a continuation that runs after this function returned.
    const QLocale locale;
    auto addRow = [this, locale](int from, int to, const QString &what, const QString &where, const QString &who,
                                  const QDateTime &when) {
        auto *version = new QStandardItem(u"v%1"_s.arg(to));
        version->setData(from, FromVersionRole);
        version->setData(to, ToVersionRole);
        version->setData(where, PointerRole);
        m_results->appendRow({version, new QStandardItem(what), new QStandardItem(where), new QStandardItem(who),
                              new QStandardItem(locale.toString(when.toLocalTime(), QLocale::ShortFormat))});
    };
    auto finish = [this](int hits, const QString &error) {
        setRunning(false);
        m_scope->setEnabled(hits > 0);
        m_status->setText(error.isEmpty() ? (hits == 1 ? tr("1 version found") : tr("%1 versions found").arg(hits)) : error);
        Q_EMIT searchFinished(hits);
    };
    if (m_mode->currentIndex() == 0) {
        auto future = m_session->fieldHistory(m_reportId, query);
        m_running = future; // cancel() reaches the search itself, not only its continuation
        m_continuation = future.then(this, [=, this](core::Result<std::vector<core::FieldChange>> changes) {
            if (request != m_request)
                return;
            if (!changes)
                return finish(0, changes.error().message);
            int previous = 0;
            for (const core::FieldChange &c : *changes) {
                addRow(previous, c.version, shortened(c.oldValue) + u" → "_s + shortened(c.newValue), query, c.author, c.at);
                previous = c.version;
            }
            finish(int(changes->size()), {});
        });
    } else {
        auto future = m_session->searchText(m_reportId, query);
        m_running = future;
        m_continuation = future.then(this, [=, this](core::Result<std::vector<core::TextHistoryHit>> hits) {
            if (request != m_request)
                return;
            if (!hits)
                return finish(0, hits.error().message);
            for (const core::TextHistoryHit &hit : *hits) {
                const QString what = hit.added() ? tr("added (%1 → %2 places)") : tr("removed (%1 → %2 places)");
                addRow(hit.previousVersion, hit.version, what.arg(hit.occurrencesBefore).arg(hit.occurrencesAfter),
                       hit.pointer, hit.author, hit.createdAt);
            }
            finish(int(hits->size()), {});
        });
    }
}

} // namespace sa::ui
