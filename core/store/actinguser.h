#pragma once

#include "../result.h"

#include <QString>

class QSqlDatabase;

namespace sa::core {

class ConnectionProvider;

// Who is acting on a connection: the PostgreSQL role (current_user) or, on SQLite, which has
// no accounts, the OS login of this process (USER, LOGNAME, USERNAME; "unknown" without one).
// Any thread, on its own connection.
[[nodiscard]] Result<QString> actingLogin(ConnectionProvider &provider, QSqlDatabase &db, const QString &what);

struct ActingUser
{
    qint64 id = 0;
    QString login;
};

// The users.id of the acting login, adding the row on first use. Call it inside the write
// transaction whose activity-log row it attributes, so both commit or neither does.
[[nodiscard]] Result<qint64> actingUserId(ConnectionProvider &provider, QSqlDatabase &db, const QString &what);
// The same with the login (a new version's chain hash seals it).
[[nodiscard]] Result<ActingUser> actingUser(ConnectionProvider &provider, QSqlDatabase &db, const QString &what);

} // namespace sa::core
