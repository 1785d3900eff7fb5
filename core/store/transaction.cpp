#include "transaction.h"

#include "databaseconfig.h"
#include "storelogging.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sa::core {

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
    , m_open(true)
{}

Transaction::Transaction(Transaction &&other) noexcept
    : m_db(std::move(other.m_db))
    , m_open(std::exchange(other.m_open, false))
{}

Transaction::~Transaction()
{
    if (m_open && !m_db.rollback())
        qCWarning(lcStore) << "rollback failed:" << m_db.lastError().text();
}

Result<Transaction, QSqlError> Transaction::begin(const QSqlDatabase &db)
{
    if (engineOf(db) == DatabaseConfig::Engine::Sqlite) {
        QSqlQuery begin(db);
        if (!begin.exec(u"BEGIN IMMEDIATE"_s))
            return begin.lastError();
    } else {
        QSqlDatabase connection = db;
        if (!connection.transaction())
            return connection.lastError();
    }
    return Transaction(db);
}

Status<QSqlError> Transaction::commit()
{
    m_open = false;
    // The PostgreSQL driver reports a COMMIT that the server turned into a ROLLBACK.
    if (!m_db.commit()) {
        const QSqlError error = m_db.lastError();
        m_db.rollback();
        return error;
    }
    return Done{};
}

} // namespace sa::core
