#pragma once

#include "../result.h"
#include "integrityaudit.h"

#include <QDateTime>
#include <QString>

#include <map>
#include <vector>

namespace sa::core {

class ConnectionProvider;

// A copy of the head of every report's hash chain (highest version and its chain_hash),
// kept outside the database: checked later, it proves that no version up to the anchored
// one was changed, not even by someone who recomputed the whole chain. Written and read as
// JSON ({"database", "createdAt", "reports": {"<id>": {"version", "chainHash"}}}). Call from
// the thread that owns the provider's connection.
class ChainAnchor
{
public:
    struct Head
    {
        int version = 0;
        QString chainHash;
        bool operator==(const Head &) const = default;
    };

    QString database; // DatabaseConfig::id(): no password
    QDateTime createdAt;
    std::map<QString, Head> reports;

    // The highest version of every report and its chain hash, as stored now.
    [[nodiscard]] static Result<ChainAnchor> capture(ConnectionProvider &provider);
    // INVALID_ARGUMENT for a file that is not an anchor; NOT_FOUND for a missing file.
    [[nodiscard]] static Result<ChainAnchor> read(const QString &path);
    [[nodiscard]] static Result<ChainAnchor> fromJson(const QByteArray &json);

    QByteArray toJson() const;
    // Replaces `path` atomically (QSaveFile): an interrupted write leaves the old file.
    [[nodiscard]] Status<> write(const QString &path) const;

    // For every anchored report, the stored version with the anchored number must still carry
    // the anchored chain hash (ANCHOR_MISMATCH), and exist (ANCHOR_MISSING). Newer versions
    // are fine. Whether the chain up to it verifies is IntegrityAudit's part: run both.
    [[nodiscard]] Result<std::vector<IntegrityProblem>> check(ConnectionProvider &provider) const;
};

} // namespace sa::core
