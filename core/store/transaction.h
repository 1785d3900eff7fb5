#pragma once

#include "../result.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace sa::core {

// One write transaction on the calling thread's connection; rolled back when destroyed
// uncommitted, so an early return leaves nothing behind. On SQLite it takes the write lock
// at BEGIN (BEGIN IMMEDIATE): two writers that both read first and then try to write
// would otherwise fail with SQLITE_BUSY instead of waiting for each other.
// Failures are the driver's own, for the caller to map (ConnectionProvider::failure()
// also notices a lost connection).
class Transaction
{
public:
    [[nodiscard]] static Result<Transaction, QSqlError> begin(const QSqlDatabase &db);

    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    ~Transaction();

    [[nodiscard]] Status<QSqlError> commit();

private:
    explicit Transaction(QSqlDatabase db);

    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace sa::core
