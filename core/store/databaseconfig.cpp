#include "databaseconfig.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace sa::core {

namespace {

// Gives the messages a translation context that lupdate can see.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseConfig)
};

const QString kSqlitePrefix = u"sqlite:"_s;

Error invalidUrl(const QString &why)
{
    //: %1: what is wrong with the URL
    return {ErrorCode::InvalidArgument, Tr::tr("Invalid database URL: %1").arg(why)};
}

bool isSslMode(const QString &mode)
{
    static const QStringList kModes
        = {u"disable"_s, u"allow"_s, u"prefer"_s, u"require"_s, u"verify-ca"_s, u"verify-full"_s};
    return kModes.contains(mode);
}

// QUrl drops an empty password ("user:@host") silently, so look at the text itself.
bool authorityHasPassword(const QString &url)
{
    const qsizetype start = url.indexOf(u"://"_s) + 3;
    const qsizetype end = url.indexOf(u'/', start);
    const QString authority = url.mid(start, end < 0 ? -1 : end - start);
    const qsizetype at = authority.lastIndexOf(u'@');
    return at >= 0 && authority.left(at).contains(u':');
}

Result<DatabaseConfig> parsePostgresUrl(const QString &text)
{
    if (authorityHasPassword(text)) {
        //: Follows "Invalid database URL: "
        return invalidUrl(Tr::tr("it contains a password. Passwords are never accepted in URLs, "
                                 "on command lines or in settings; use the keychain, a ~/.pgpass "
                                 "(or PGPASSFILE) entry, or the password prompt."));
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return invalidUrl(url.errorString());

    DatabaseConfig config;
    config.engine = DatabaseConfig::Engine::PostgreSql;
    config.host = url.host();
    config.port = url.port(5432);
    config.user = url.userName();
    config.database = url.path().mid(1);
    if (config.host.isEmpty())
        return invalidUrl(
            Tr::tr("no host in \"%1\" (expected postgresql://user@host:port/database)").arg(text));
    if (config.database.isEmpty() || config.database.contains(u'/'))
        return invalidUrl(
            Tr::tr("no database name in \"%1\" (expected postgresql://user@host:port/database)")
                .arg(text));

    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"sslmode") {
            if (!isSslMode(value))
                return invalidUrl(
                    //: sslmode and its values are keywords of the URL: keep them as they are
                    Tr::tr("sslmode \"%1\" is not one of disable, allow, prefer, require, verify-ca, "
                           "verify-full")
                        .arg(value));
            config.sslMode = value;
        } else if (key == u"sslrootcert") {
            // The Qt driver turns ';' into a separator when it builds libpq's conninfo.
            if (value.isEmpty() || value.contains(u';'))
                return invalidUrl(Tr::tr("sslrootcert must be a file path without ';'"));
            config.sslRootCert = value;
        } else if (key == u"schema") {
            static const QRegularExpression kIdentifier(u"^[a-z_][a-z0-9_]{0,62}$"_s);
            if (!kIdentifier.match(value).hasMatch())
                return invalidUrl(Tr::tr("schema \"%1\" must be a lowercase SQL identifier").arg(value));
            config.schema = value;
        } else if (key == u"password") {
            return invalidUrl(Tr::tr("it contains a password parameter. Passwords are never accepted "
                                     "in URLs, on command lines or in settings; use the keychain, a "
                                     "~/.pgpass (or PGPASSFILE) entry, or the password prompt."));
        } else {
            return invalidUrl(
                Tr::tr("unknown parameter \"%1\" (known: sslmode, sslrootcert, schema)").arg(key));
        }
    }
    return config;
}

} // namespace

QString DatabaseConfig::id() const
{
    if (engine == Engine::Sqlite)
        return kSqlitePrefix + QFileInfo(sqlitePath).absoluteFilePath();
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(u'/' + database);
    return url.toString(QUrl::FullyEncoded);
}

QString DatabaseConfig::toUrl() const
{
    if (engine == Engine::Sqlite)
        return kSqlitePrefix + sqlitePath;
    QUrl url(id());
    QUrlQuery query;
    if (!sslMode.isEmpty())
        query.addQueryItem(u"sslmode"_s, sslMode);
    if (!sslRootCert.isEmpty())
        query.addQueryItem(u"sslrootcert"_s,
                           QString::fromUtf8(QUrl::toPercentEncoding(sslRootCert)));
    if (!schema.isEmpty())
        query.addQueryItem(u"schema"_s, schema);
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

QString DatabaseConfig::driverName() const
{
    return engine == Engine::Sqlite ? u"QSQLITE"_s : u"QPSQL"_s;
}

Result<DatabaseConfig> parseDatabaseUrl(const QString &url)
{
    if (url.startsWith(kSqlitePrefix) && !url.startsWith(u"sqlite://"_s)) {
        DatabaseConfig config;
        config.sqlitePath = url.mid(kSqlitePrefix.size());
        if (config.sqlitePath.isEmpty())
            return invalidUrl(Tr::tr("no file after \"sqlite:\" (expected sqlite:PATH)"));
        return config;
    }
    if (url.startsWith(u"postgresql://"_s) || url.startsWith(u"postgres://"_s))
        return parsePostgresUrl(url);
    return invalidUrl(
        Tr::tr("\"%1\" is neither sqlite:PATH nor postgresql://user@host:port/database").arg(url));
}

DatabaseConfig::Engine engineOf(const QSqlDatabase &db)
{
    return db.driverName() == u"QPSQL" ? DatabaseConfig::Engine::PostgreSql
                                       : DatabaseConfig::Engine::Sqlite;
}

} // namespace sa::core
