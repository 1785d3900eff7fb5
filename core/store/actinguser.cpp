#include "actinguser.h"

#include "storequery_p.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sa::core {

namespace {

// Gives the messages a translation context that lupdate can see.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ActingUser)
};

} // namespace

Result<QString> actingLogin(ConnectionProvider &provider, QSqlDatabase &db, const QString &what)
{
    if (Internal::isSqlite(db)) {
        for (const char *variable : {"USER", "LOGNAME", "USERNAME"}) {
            QString login = qEnvironmentVariable(variable);
            if (!login.isEmpty())
                return login;
        }
        return u"unknown"_s;
    }
    QSqlQuery query(db);
    if (auto ran = Internal::execPrepared(provider, query, u"SELECT current_user"_s, {}, what); !ran)
        return ran.error();
    if (!query.next())
        //: %1: what was being done (e.g. "Creating a new version of report "r1"")
        return Error{ErrorCode::Internal, Tr::tr("%1 failed: the server did not name the current user").arg(what)};
    return query.value(0).toString();
}

Result<qint64> actingUserId(ConnectionProvider &provider, QSqlDatabase &db, const QString &what)
{
    const auto user = actingUser(provider, db, what);
    if (!user)
        return user.error();
    return user->id;
}

Result<ActingUser> actingUser(ConnectionProvider &provider, QSqlDatabase &db, const QString &what)
{
    const auto login = actingLogin(provider, db, what);
    if (!login)
        return login.error();
    QSqlQuery query(db);
    if (auto ran = Internal::execPrepared(
            provider, query, u"INSERT INTO users (login, name) VALUES (?, ?) ON CONFLICT (login) DO NOTHING"_s,
            {*login, *login}, what);
        !ran) {
        return ran.error();
    }
    if (auto ran = Internal::execPrepared(provider, query, u"SELECT id FROM users WHERE login = ?"_s, {*login}, what);
        !ran) {
        return ran.error();
    }
    if (!query.next())
        //: %1: what was being done, %2: a login name
        return Error{ErrorCode::Internal, Tr::tr("%1 failed: user \"%2\" could not be recorded").arg(what, *login)};
    return ActingUser{query.value(0).toLongLong(), *login};
}

} // namespace sa::core
