#pragma once

#include <QHash>
#include <QObject>
#include <QSet>

class QTimer;
class QWidget;

namespace sa::core {
class ChangeListener;
}

namespace sa::ui {

class DatabaseSession;

// Tells the GUI when another client created, rolled back or deprecated a version: on
// PostgreSQL through a ChangeListener (LISTEN/NOTIFY, own connection and thread), on SQLite
// by polling PRAGMA data_version and the new activity-log entries on the session's workers
// twice a second while `window` is active. Changes the session itself wrote are left out.
// Each time the PostgreSQL listener (re)subscribes, the entries logged since the newest one
// seen are read from the activity log, so that nothing committed while it was reconnecting
// goes unnoticed; an entry is reported once, whichever way it arrives.
class LiveUpdates : public QObject
{
    Q_OBJECT

public:
    // Twice a second, so that a change shows within a second of its commit.
    static constexpr int kPollIntervalMs = 500;

    // `session` (not owned) must outlive this; `window` (not owned) decides when to poll.
    LiveUpdates(DatabaseSession *session, QWidget *window, QObject *parent = nullptr);
    ~LiveUpdates() override;

    // Whether changes from now on are reported: the listener is subscribed (PostgreSQL), or
    // the newest activity-log entry is known (SQLite).
    bool isReady() const;

Q_SIGNALS:
    // `action`: "create", "rollback" or "deprecate"; `user`: the acting login.
    void changeNotified(const QString &reportId, int version, const QString &action, const QString &user);

private:
    void startPolling();
    void poll();
    // After (re)subscribing on PostgreSQL: the entries logged while nobody listened.
    void catchUp();
    void handleChange(const QString &reportId, int version, const QString &action, const QString &user,
                      qint64 entryId);
    bool isWindowActive() const;

    DatabaseSession *m_session; // not owned
    QWidget *m_window;          // not owned
    core::ChangeListener *m_listener = nullptr; // PostgreSQL; a child, stopped before deletion
    QTimer *m_pollTimer = nullptr;                    // SQLite
    QHash<QString, qint64> m_dataVersions; // per worker connection
    qint64 m_lastEntryId = -1; // -1: not known yet
    bool m_polling = false;    // a poll is under way
    // Entries reported lately: on PostgreSQL a catch-up and a notification can both bring one.
    QSet<qint64> m_reported;
};

} // namespace sa::ui
