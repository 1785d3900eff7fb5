#pragma once

#include <QByteArray>
#include <QString>

namespace sa::core {
struct JsonDiff;
}

namespace sa::cli {

// A diff as the user asked for it (--format): "summary" lists each change with its values
// and a count line, "pointer" one changed path per line, "json-patch" the RFC 6902 patch.
// The same text for two files and for two stored versions.
QByteArray formatDiff(const core::JsonDiff &diff, const QString &format);

} // namespace sa::cli
