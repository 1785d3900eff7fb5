#pragma once

#include "../result.h"

#include <QDateTime>
#include <QString>

#include <functional>
#include <vector>

namespace sa::core {

class ConnectionProvider;

// A version in which a searched text appeared or disappeared (like gitk's "adding/removing
// string"): how often the text occurs in this version's document compared with its
// predecessor's, and the JSON Pointer of the first place it occurs now (or did before).
struct TextHistoryHit
{
    int version = 0;
    int previousVersion = 0; // 0 for a first version
    qsizetype occurrencesBefore = 0;
    qsizetype occurrencesAfter = 0;
    QString pointer;
    QString author;
    QDateTime createdAt;

    bool added() const { return occurrencesAfter > occurrencesBefore; }
};

// Walks a report's versions oldest first (payloads verified on the way) and lists those in
// which the number of member names and values containing `text` (ignoring case) changed.
// Blocks: call it from a worker; `isCancelled` is polled between versions (CANCELLED).
[[nodiscard]] Result<std::vector<TextHistoryHit>> searchTextHistory(ConnectionProvider &provider,
                                                                    const QString &reportId, const QString &text,
                                                                    const std::function<bool()> &isCancelled = {});

} // namespace sa::core
