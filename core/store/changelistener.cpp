#include "changelistener.h"

#include "connectionprovider.h"
#include "storelogging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace sa::core {

namespace {

const QString kChannel = u"snapshot_changes"_s;

} // namespace

ChangeListener::ChangeListener(std::shared_ptr<ConnectionProvider> connections, QObject *parent)
    : QThread(parent)
    , m_connections(std::move(connections))
{
    Q_ASSERT(m_connections->config().engine == DatabaseConfig::Engine::PostgreSql);
    setObjectName(u"sa-listener"_s);
}

ChangeListener::~ChangeListener()
{
    stop();
}

void ChangeListener::stop()
{
    requestInterruption();
    quit();
    wait();
}

// Everything below runs in this thread: the provider names the connection after it and
// removes it when the thread finishes.
void ChangeListener::run()
{
    ConnectionProvider *connections = m_connections.get(); // owned by m_connections
    QTimer retry;
    retry.setSingleShot(true);
    retry.setInterval(kRetryIntervalMs);
    QTimer heartbeat;
    heartbeat.setInterval(kHeartbeatIntervalMs);

    QString schema; // current_schema() of the listening connection
    const auto handleNotification = [this, &schema](const QString &name, QSqlDriver::NotificationSource,
                                                    const QVariant &payload) {
        if (name != kChannel)
            return;
        const QJsonObject change = QJsonDocument::fromJson(payload.toString().toUtf8()).object();
        if (change.value(u"schema"_s).toString() != schema)
            return; // another store in the same database
        const QString reportId = change.value(u"report_id"_s).toString();
        if (reportId.isEmpty()) {
            qCWarning(lcStore) << "ignoring a malformed change notification:" << payload.toString();
            return;
        }
        Q_EMIT changeNotified(reportId, change.value(u"version"_s).toInt(), change.value(u"action"_s).toString(),
                              change.value(u"user"_s).toString(), qint64(change.value(u"id"_s).toDouble()));
    };
    const auto dropConnection = [&] {
        m_listening = false;
        m_backendPid = 0;
        heartbeat.stop();
        QSqlDatabase db = QSqlDatabase::database(connections->threadConnectionName(), false);
        if (db.isValid()) {
            if (QSqlDriver *driver = db.driver())
                QObject::disconnect(driver, &QSqlDriver::notification, nullptr, nullptr);
            db.close();
        }
        if (!isInterruptionRequested())
            retry.start();
    };
    const auto listen = [&] {
        if (isInterruptionRequested())
            return;
        auto db = connections->database();
        if (!db) {
            qCDebug(lcStore).noquote() << "change listener: cannot connect, retrying:" << db.error().toString();
            retry.start();
            return;
        }
        QSqlQuery session(*db);
        if (!session.exec(u"SELECT current_schema(), pg_backend_pid()"_s) || !session.next()) {
            qCDebug(lcStore).noquote() << "change listener: cannot read the schema, retrying:"
                                       << session.lastError().text();
            dropConnection();
            return;
        }
        schema = session.value(0).toString();
        const int pid = session.value(1).toInt();
        session.finish();
        QSqlDriver *driver = db->driver();
        if (!driver->subscribeToNotification(kChannel)) {
            qCDebug(lcStore).noquote() << "change listener: LISTEN failed, retrying:" << driver->lastError().text();
            dropConnection();
            return;
        }
        QObject::connect(driver, &QSqlDriver::notification, driver, handleNotification);
        m_backendPid = pid;
        m_listening = true;
        heartbeat.start();
        Q_EMIT listeningStarted();
    };
    // libpq only notices a dead socket when it is used: a cheap statement every few seconds
    // finds out, and the connection is then opened again.
    const auto checkConnection = [&] {
        // Not database(): that would reopen a closed connection without the subscription.
        QSqlDatabase db = QSqlDatabase::database(connections->threadConnectionName(), false);
        if (!db.isOpen()) {
            dropConnection();
            return;
        }
        QSqlQuery ping(db);
        if (!ping.exec(u"SELECT 1"_s)) {
            qCDebug(lcStore).noquote() << "change listener: connection lost, reconnecting:"
                                       << ping.lastError().text();
            dropConnection();
        }
    };
    QObject::connect(&retry, &QTimer::timeout, &retry, listen);
    QObject::connect(&heartbeat, &QTimer::timeout, &heartbeat, checkConnection);

    listen();
    exec();

    m_listening = false;
    m_backendPid = 0;
    QSqlDatabase db = QSqlDatabase::database(connections->threadConnectionName(), false);
    if (db.isValid() && db.isOpen()) {
        db.driver()->unsubscribeFromNotification(kChannel);
        db.close();
    }
}

} // namespace sa::core
