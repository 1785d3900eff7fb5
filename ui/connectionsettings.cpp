#include "connectionsettings.h"

#include <QSettings>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace sa::ui {
namespace {

const QString kProfilesGroup = u"connections/profiles"_s;
const QString kRecentKey = u"connections/recent"_s;

} // namespace

std::vector<ConnectionProfile> ConnectionSettings::profiles()
{
    QSettings settings;
    settings.beginGroup(kProfilesGroup);
    std::vector<ConnectionProfile> result;
    for (const QString &group : settings.childGroups()) {
        settings.beginGroup(group);
        const auto config = core::parseDatabaseUrl(settings.value(u"url"_s).toString());
        if (config) {
            result.push_back({settings.value(u"name"_s, group).toString(), *config,
                              settings.value(u"readOnly"_s, false).toBool()});
        }
        settings.endGroup();
    }
    return result;
}

void ConnectionSettings::saveProfile(const ConnectionProfile &profile)
{
    QSettings settings;
    // Group names may not hold '/', so key the profile by a percent-encoded name.
    settings.beginGroup(kProfilesGroup + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(profile.name)));
    settings.setValue(u"name"_s, profile.name);
    settings.setValue(u"url"_s, profile.config.toUrl());
    settings.setValue(u"readOnly"_s, profile.readOnly);
}

void ConnectionSettings::removeProfile(const QString &name)
{
    QSettings settings;
    settings.remove(kProfilesGroup + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(name)));
}

QStringList ConnectionSettings::recentConnections()
{
    return QSettings().value(kRecentKey).toStringList();
}

void ConnectionSettings::addRecentConnection(const core::DatabaseConfig &config)
{
    QStringList recent = recentConnections();
    const QString url = config.toUrl();
    recent.removeAll(url);
    recent.prepend(url);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    QSettings().setValue(kRecentKey, recent);
}

} // namespace sa::ui
