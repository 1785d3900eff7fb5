#include "liveupdates.h"

#include "databasesession.h"

#include "core/store/changelistener.h"

#include <QGuiApplication>
#include <QLoggingCategory>
#include <QTimer>
#include <QWidget>

namespace sa::ui {

namespace {
Q_LOGGING_CATEGORY(lcLiveUpdates, "sa.ui.liveupdates")
} // namespace

LiveUpdates::LiveUpdates(DatabaseSession *session, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_window(window)
{
    if (m_session->config().engine == core::DatabaseConfig::Engine::PostgreSql) {
        m_listener = new core::ChangeListener(m_session->connections(), this);
        connect(m_listener, &core::ChangeListener::changeNotified, this, &LiveUpdates::handleChange);
        // Each subscription, the first included, catches up from the newest entry known
        // before it: nothing logged while the listener was connecting or reconnecting is lost.
        connect(m_listener, &core::ChangeListener::listeningStarted, this, &LiveUpdates::catchUp);
        m_session->lastActivityId().then(this, [this](core::Result<qint64> last) {
            if (last)
                m_lastEntryId = *last;
            m_listener->start();
        });
        return;
    }
    m_pollTimer = new QTimer(this);
    m_pollTimer->setInterval(kPollIntervalMs);
    connect(m_pollTimer, &QTimer::timeout, this, &LiveUpdates::poll);
    connect(qGuiApp, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
        if (state == Qt::ApplicationActive)
            poll(); // catch up at once when the user comes back
    });
    startPolling();
}

LiveUpdates::~LiveUpdates()
{
    if (m_listener)
        m_listener->stop();
}

bool LiveUpdates::isReady() const
{
    return m_listener ? m_listener->isListening() : m_lastEntryId >= 0;
}

void LiveUpdates::startPolling()
{
    m_session->lastActivityId().then(this, [this](core::Result<qint64> last) {
        if (!last) {
            qCWarning(lcLiveUpdates).noquote() << "live updates are off:" << last.error().toString();
            return;
        }
        m_lastEntryId = *last;
        m_pollTimer->start();
    });
}

void LiveUpdates::catchUp()
{
    if (m_lastEntryId < 0)
        return;
    m_session->pollChanges(m_lastEntryId, {}).then(this, [this](core::Result<PolledChanges> polled) {
        if (!polled) {
            qCDebug(lcLiveUpdates).noquote() << "catching up failed:" << polled.error().toString();
            return;
        }
        for (const core::ActivityEntry &entry : polled->entries)
            handleChange(entry.reportId, entry.version, core::activityActionName(entry.action), entry.user, entry.id);
    });
}

bool LiveUpdates::isWindowActive() const
{
    return QGuiApplication::applicationState() == Qt::ApplicationActive || m_window->isActiveWindow();
}

void LiveUpdates::poll()
{
    if (m_polling || m_lastEntryId < 0 || !isWindowActive())
        return;
    m_polling = true;
    m_session->pollChanges(m_lastEntryId, m_dataVersions).then(this, [this](core::Result<PolledChanges> polled) {
        m_polling = false;
        if (!polled) {
            // The session's own calls show a lost connection; polling just tries again.
            qCDebug(lcLiveUpdates).noquote() << "poll failed:" << polled.error().toString();
            return;
        }
        m_dataVersions.insert(polled->connection, polled->dataVersion);
        for (const core::ActivityEntry &entry : polled->entries)
            handleChange(entry.reportId, entry.version, core::activityActionName(entry.action), entry.user, entry.id);
    });
}

void LiveUpdates::handleChange(const QString &reportId, int version, const QString &action, const QString &user,
                               qint64 entryId)
{
    m_lastEntryId = std::max(m_lastEntryId, entryId);
    constexpr qsizetype kRememberedEntries = 4096; // far more than arrive between two catch-ups
    if (m_reported.contains(entryId))
        return;
    if (m_reported.size() >= kRememberedEntries)
        m_reported.clear();
    m_reported.insert(entryId);
    if (m_session->takeOwnChange(reportId, action, version))
        return; // the window already shows what it did itself
    Q_EMIT changeNotified(reportId, version, action, user);
}

} // namespace sa::ui
