#pragma once

#include "benchmarkreport.h"

#include <core/result.h>

#include <QString>
#include <QThreadPool>

#include <utility>
#include <vector>

class QTextStream;

namespace sa::bench {

struct DocumentPair;

struct JsonBenchmarkOptions
{
    int runs = 20;
    std::vector<std::pair<QString, qint64>> sizes; // label ("1m") and requested bytes
    bool nodePeers = true;
    quint64 seed = 1;
    QString peersDirectory; // holds peers.mjs and its node_modules
};

// `snapshot-bench json`: generates one pair of consecutive report versions per size and times
// the JSON engine and its peers on the same bytes.
class JsonBenchmark
{
public:
    explicit JsonBenchmark(JsonBenchmarkOptions options);

    // Progress lines go to `progress`. Fails when the engine cannot handle a generated
    // document (a bug worth stopping for), never because a peer failed.
    sa::core::Result<BenchmarkReport, QString> run(QTextStream &progress);

private:
    sa::core::Result<SizeReport, QString> measureOurs(const DocumentPair &pair);
    sa::core::Result<QByteArray, QString> diffToPatch(const QByteArray &oldJson,
                                                      const QByteArray &newJson);
    void measurePeers(const DocumentPair &pair, SizeReport &report) const;

    JsonBenchmarkOptions m_options;
    // Parses the old document of a pair while the calling thread parses the new one.
    QThreadPool m_parsePool;
};

} // namespace sa::bench
