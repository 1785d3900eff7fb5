#pragma once

#include "measurement.h"

#include <core/result.h>

#include <QString>

#include <vector>

namespace sa::bench {

struct DocumentPair;

// The JavaScript peers (deep-object-diff, jsondiffpatch, JSON.parse), timed by
// bench/peers/peers.mjs under Node on the same documents, written to temporary files.
class NodePeers
{
public:
    explicit NodePeers(QString peersDirectory);

    // Empty when Node and the installed packages are there; otherwise why the peers are skipped.
    QString unavailableReason() const;
    // What ran, e.g. "Node v20.20.2, deep-object-diff 1.1.9, jsondiffpatch 0.7.7" (after run()).
    QString versions() const { return m_versions; }

    // The measurements for each pair, in the order given; an error when the script failed.
    sa::core::Result<std::vector<std::vector<Measurement>>, QString>
    run(const std::vector<DocumentPair> &pairs, int runs);

private:
    QString m_directory;
    QString m_node;
    QString m_versions;
};

} // namespace sa::bench
