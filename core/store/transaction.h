#pragma once

#include "../result.h"

#include <QSqlDatabase>

namespace sa::core {

// One write transaction on the calling thread's connection; rolled back when destroyed
// uncommitted, so an early return leaves nothing behind. On SQLite it takes the write lock
// at BEGIN (BEGIN IMMEDIATE): two writers that both read first and then try to write
// would otherwise fail with SQLITE_BUSY instead of waiting for each other.
class Transaction
{
public:
    [[nodiscard]] static Result<Transaction> begin(const QSqlDatabase &db, const QString &what);

    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    ~Transaction();

    [[nodiscard]] Status<> commit();

private:
    Transaction(QSqlDatabase db, QString what);

    QSqlDatabase m_db;
    QString m_what; // for error messages: "creating version 4 of report r-1"
    bool m_open = false;
};

} // namespace sa::core
