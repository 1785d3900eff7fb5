#pragma once

#include <QObject>
#include <QString>

namespace sa::ui {

// PostgreSQL passwords in the system keychain (Secret Service, KWallet, ...) through
// QtKeychain, keyed by the connection's URL. Every call is asynchronous and answers with a
// signal. When no keychain service is reachable the answer is keychainUnavailable(): the
// caller then asks for the password each time and never falls back to a file.
class KeychainPasswords : public QObject
{
    Q_OBJECT

public:
    explicit KeychainPasswords(QObject *parent = nullptr);

    void read(const QString &connectionUrl);
    void store(const QString &connectionUrl, const QString &password);
    void forget(const QString &connectionUrl);

    static QString serviceName();

Q_SIGNALS:
    void passwordRead(const QString &connectionUrl, const QString &password);
    void passwordNotStored(const QString &connectionUrl);
    void passwordStored(const QString &connectionUrl);
    void keychainUnavailable(const QString &reason);
};

} // namespace sa::ui
