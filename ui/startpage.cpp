#include "startpage.h"

#include "connectionsettings.h"

#include <QCommandLinkButton>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sa::ui {

StartPage::StartPage(QWidget *parent)
    : QWidget(parent)
    , m_recent(new QListWidget(this))
{
    auto *title = new QLabel(tr("Snapshot Auditor"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);
    auto *subtitle = new QLabel(tr("Browse, compare, verify and roll back versioned JSON snapshots."), this);
    subtitle->setForegroundRole(QPalette::PlaceholderText);

    auto *demo = new QCommandLinkButton(tr("Open the demo database"),
                                        tr("A generated SQLite database with realistic parcel reports, "
                                           "their history, a rollback and a deprecation."), this);
    auto *sqlite = new QCommandLinkButton(tr("Open a SQLite file…"),
                                          tr("A snapshot database on this computer."), this);
    auto *postgres = new QCommandLinkButton(tr("Connect to PostgreSQL…"),
                                            tr("A shared database for a team of auditors."), this);
    demo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));

    auto *recentLabel = new QLabel(tr("&Recent connections"), this);
    recentLabel->setBuddy(m_recent);
    m_recent->setAlternatingRowColors(true);
    // Room for the whole list, not a white page below it.
    m_recent->setMaximumHeight(m_recent->fontMetrics().lineSpacing() * (ConnectionSettings::kMaxRecent + 2)
                               + 2 * m_recent->frameWidth());

    auto *column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(subtitle);
    column->addSpacing(16);
    column->addWidget(demo);
    column->addWidget(sqlite);
    column->addWidget(postgres);
    column->addSpacing(12);
    column->addWidget(recentLabel);
    column->addWidget(m_recent);
    column->addStretch(1);

    // A readable column in the middle of a wide window rather than text stretched edge to edge.
    auto *centered = new QHBoxLayout(this);
    centered->addStretch(1);
    centered->addLayout(column, 3);
    centered->addStretch(1);

    connect(demo, &QCommandLinkButton::clicked, this, &StartPage::demoRequested);
    connect(sqlite, &QCommandLinkButton::clicked, this, &StartPage::sqliteFileRequested);
    connect(postgres, &QCommandLinkButton::clicked, this, &StartPage::postgresRequested);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT recentConnectionChosen(item->data(Qt::UserRole).toString()); });
    refresh();
}

void StartPage::refresh()
{
    m_recent->clear();
    for (const QString &url : ConnectionSettings::recentConnections()) {
        auto *item = new QListWidgetItem(url, m_recent);
        item->setData(Qt::UserRole, url);
    }
    if (m_recent->count() == 0) {
        auto *item = new QListWidgetItem(tr("No recent connections yet"), m_recent);
        item->setFlags(Qt::NoItemFlags);
    }
}

} // namespace sa::ui
