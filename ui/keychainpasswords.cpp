#include "keychainpasswords.h"

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace sa::ui {

KeychainPasswords::KeychainPasswords(QObject *parent)
    : QObject(parent)
{
}

QString KeychainPasswords::serviceName()
{
    return u"Snapshot Auditor"_s;
}

void KeychainPasswords::read(const QString &connectionUrl)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setKey(connectionUrl);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [this, job, connectionUrl] {
        switch (job->error()) {
        case QKeychain::NoError:
            Q_EMIT passwordRead(connectionUrl, job->textData());
            break;
        case QKeychain::EntryNotFound:
            Q_EMIT passwordNotStored(connectionUrl);
            break;
        default:
            Q_EMIT keychainUnavailable(job->errorString());
        }
    });
    job->start();
}

void KeychainPasswords::store(const QString &connectionUrl, const QString &password)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setKey(connectionUrl);
    job->setInsecureFallback(false);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [this, job, connectionUrl] {
        if (job->error() == QKeychain::NoError)
            Q_EMIT passwordStored(connectionUrl);
        else
            Q_EMIT keychainUnavailable(job->errorString());
    });
    job->start();
}

void KeychainPasswords::forget(const QString &connectionUrl)
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setKey(connectionUrl);
    job->setInsecureFallback(false);
    job->start();
}

} // namespace sa::ui
