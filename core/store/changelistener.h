#pragma once

#include <QThread>

#include <atomic>
#include <memory>

namespace sa::core {

class ConnectionProvider;

// Live updates from PostgreSQL: a thread of its own that holds one dedicated connection
// LISTENing on the channel snapshot_changes (migration 0004 notifies it for every
// activity-log entry, on commit) and emits changeNotified() for each notification about the
// store in the connection's schema. The
// connection is opened, subscribed and closed in that thread, whose event loop delivers the
// notifications; a lost or refused connection is retried quietly every few seconds. Create,
// start and stop it from one thread (the GUI's); its signals reach receivers there queued.
class ChangeListener : public QThread
{
    Q_OBJECT

public:
    static constexpr int kRetryIntervalMs = 3000;
    static constexpr int kHeartbeatIntervalMs = 5000;

    // `connections` must be for a PostgreSQL database; the listener's connection is this
    // thread's connection of that provider.
    explicit ChangeListener(std::shared_ptr<ConnectionProvider> connections, QObject *parent = nullptr);
    // Stops the thread.
    ~ChangeListener() override;

    // Quits the thread's event loop and waits for it (at most the connect timeout, when a
    // connection attempt is under way).
    void stop();
    // Whether the connection is open and subscribed; any thread.
    bool isListening() const { return m_listening.load(); }
    // The server process of the listening connection (pg_backend_pid()), 0 when not
    // listening; any thread. For diagnostics and tests.
    int backendPid() const { return m_backendPid.load(); }

Q_SIGNALS:
    // `action`: "create", "rollback" or "deprecate" (ActivityAction's stored names);
    // `user`: the acting login; `entryId`: the activity-log entry's id.
    void changeNotified(const QString &reportId, int version, const QString &action, const QString &user,
                        qint64 entryId);
    // The connection was opened and subscribed (also after a reconnect: changes made while it
    // was down were not notified).
    void listeningStarted();

protected:
    void run() override;

private:
    const std::shared_ptr<ConnectionProvider> m_connections;
    std::atomic_bool m_listening = false;
    std::atomic_int m_backendPid = 0;
};

} // namespace sa::core
