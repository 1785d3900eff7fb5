#include "transaction.h"

#include "databaseconfig.h"
#include "sqlerrors.h"
#include "storelogging.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sa::core {

Transaction::Transaction(QSqlDatabase db, QString what)
    : m_db(std::move(db)), m_what(std::move(what)), m_open(true)
{}

Transaction::Transaction(Transaction &&other) noexcept
    : m_db(std::move(other.m_db)), m_what(std::move(other.m_what)), m_open(std::exchange(other.m_open, false))
{}

Transaction::~Transaction()
{
    if (m_open && !m_db.rollback())
        qCWarning(lcStore) << "rollback after" << m_what << "failed:" << m_db.lastError().text();
}

Result<Transaction> Transaction::begin(const QSqlDatabase &db, const QString &what)
{
    const auto engine = engineOf(db);
    if (engine == DatabaseConfig::Engine::Sqlite) {
        QSqlQuery begin(db);
        if (!begin.exec(u"BEGIN IMMEDIATE"_s))
            return errorFromSql(begin.lastError(), engine, what);
    } else {
        QSqlDatabase connection = db;
        if (!connection.transaction())
            return errorFromSql(connection.lastError(), engine, what);
    }
    return Transaction(db, what);
}

Status<> Transaction::commit()
{
    m_open = false;
    // The PostgreSQL driver reports a COMMIT that the server turned into a ROLLBACK.
    if (!m_db.commit()) {
        const Error error = errorFromSql(m_db.lastError(), engineOf(m_db), m_what);
        m_db.rollback();
        return error;
    }
    return Done{};
}

} // namespace sa::core
