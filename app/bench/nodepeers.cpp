#include "nodepeers.h"

#include "documentpair.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace sa::bench {
namespace {

// jsondiffpatch needs about a second per run on the 10 MB pair; this only catches a hang.
constexpr int kScriptTimeoutMs = 30 * 60 * 1000;

Measurement fromJson(const QJsonObject &figures, Operation operation, Tool tool, qint64 bytes)
{
    Measurement measurement(operation, tool, bytes);
    if (figures.contains(u"error"_s)) {
        measurement.failure = figures.value(u"error"_s).toString();
        return measurement;
    }
    measurement.timing = Timing{figures.value(u"p50"_s).toDouble(),
                                figures.value(u"p95"_s).toDouble(),
                                figures.value(u"runs"_s).toInt()};
    return measurement;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

NodePeers::NodePeers(QString peersDirectory)
    : m_directory(std::move(peersDirectory))
    , m_node(QStandardPaths::findExecutable(u"node"_s))
{}

QString NodePeers::unavailableReason() const
{
    if (m_node.isEmpty())
        return u"node is not on PATH"_s;
    const QDir directory(m_directory);
    if (!directory.exists(u"peers.mjs"_s))
        return u"%1 has no peers.mjs"_s.arg(m_directory);
    for (const QString &package : {u"deep-object-diff"_s, u"jsondiffpatch"_s}) {
        if (!directory.exists(u"node_modules/%1/package.json"_s.arg(package)))
            return u"%1 is not installed (run `npm ci` in %2)"_s.arg(package, m_directory);
    }
    return {};
}

sa::core::Result<std::vector<std::vector<Measurement>>, QString>
NodePeers::run(const std::vector<DocumentPair> &pairs, int runs)
{
    const QTemporaryDir scratch;
    if (!scratch.isValid())
        return u"cannot create a temporary directory: %1"_s.arg(scratch.errorString());
    QStringList arguments = {QDir(m_directory).filePath(u"peers.mjs"_s), u"--runs"_s,
                             QString::number(runs)};
    for (const DocumentPair &pair : pairs) {
        const QString oldPath = scratch.filePath(pair.label + u"-old.json"_s);
        const QString newPath = scratch.filePath(pair.label + u"-new.json"_s);
        if (!writeFile(oldPath, pair.oldJson) || !writeFile(newPath, pair.newJson))
            return u"cannot write the documents to %1"_s.arg(scratch.path());
        arguments << oldPath << newPath;
    }

    QProcess node;
    node.setWorkingDirectory(m_directory);
    node.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    node.start(m_node, arguments);
    if (!node.waitForFinished(kScriptTimeoutMs) || node.exitStatus() != QProcess::NormalExit
        || node.exitCode() != 0) {
        node.kill();
        node.waitForFinished();
        return u"peers.mjs failed: %1"_s.arg(node.errorString());
    }
    QJsonParseError error;
    const QJsonObject report = QJsonDocument::fromJson(node.readAllStandardOutput(), &error)
                                   .object();
    const QJsonArray results = report.value(u"pairs"_s).toArray();
    if (error.error != QJsonParseError::NoError || results.size() != qsizetype(pairs.size()))
        return u"peers.mjs printed no usable report (%1)"_s.arg(error.errorString());

    m_versions = u"Node %1, deep-object-diff %2, jsondiffpatch %3"_s.arg(
        report.value(u"node"_s).toString(), report.value(u"deepObjectDiff"_s).toString(),
        report.value(u"jsondiffpatch"_s).toString());

    std::vector<std::vector<Measurement>> measurements;
    for (qsizetype i = 0; i < results.size(); ++i) {
        const QJsonObject result = results.at(i).toObject();
        const qint64 newBytes = pairs[std::size_t(i)].newJson.size();
        const qint64 pairBytes = pairs[std::size_t(i)].oldJson.size() + newBytes;
        std::vector<Measurement> &forPair = measurements.emplace_back();
        forPair.push_back(fromJson(result.value(u"parse"_s).toObject(), Operation::Parse,
                                   Tool::NodeJsonParse, newBytes));

        const QJsonObject deep = result.value(u"deepObjectDiff"_s).toObject();
        Measurement deepDiff = fromJson(deep, Operation::Diff, Tool::DeepObjectDiff, pairBytes);
        if (deepDiff.timing) {
            deepDiff.patchBytes = qint64(deep.value(u"deltaBytes"_s).toDouble());
            deepDiff.patchIsRfc6902 = false;
        }
        forPair.push_back(deepDiff);

        const QJsonObject patcher = result.value(u"jsondiffpatch"_s).toObject();
        Measurement patcherDiff = fromJson(patcher, Operation::Diff, Tool::Jsondiffpatch,
                                           pairBytes);
        if (patcherDiff.timing)
            patcherDiff.patchBytes = qint64(patcher.value(u"patchBytes"_s).toDouble());
        forPair.push_back(patcherDiff);
    }
    return measurements;
}

} // namespace sa::bench
