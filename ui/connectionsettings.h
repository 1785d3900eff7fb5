#pragma once

#include "core/store/databaseconfig.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace sa::ui {

// A saved way to connect: where, and whether to open read-only. Never a password: those
// live in the system keychain (KeychainPasswords) or nowhere.
struct ConnectionProfile
{
    QString name;
    core::DatabaseConfig config;
    bool readOnly = false;
};

// Profiles and recently used databases, kept in QSettings as URLs without secrets.
class ConnectionSettings
{
public:
    static std::vector<ConnectionProfile> profiles();
    static void saveProfile(const ConnectionProfile &profile);
    static void removeProfile(const QString &name);

    // Most recent first, at most kMaxRecent entries, each a URL parseDatabaseUrl() reads.
    static QStringList recentConnections();
    static void addRecentConnection(const core::DatabaseConfig &config);

    static constexpr int kMaxRecent = 8;
};

} // namespace sa::ui
