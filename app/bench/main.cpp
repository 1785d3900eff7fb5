// snapshot-bench: timings of the JSON engine next to the libraries a user would otherwise
// pick. A program rather than a timed test: figures depend on the machine and are read by
// people (docs/benchmarks.md), not asserted by ctest.

#include "jsonbenchmark.h"
#include "reportprinter.h"
#include "targetcheck.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

// "10k,1m,10m" in decimal units (10k = 10,000 bytes), as the targets are stated.
std::optional<std::vector<std::pair<QString, qint64>>> parseSizes(const QString &text)
{
    std::vector<std::pair<QString, qint64>> sizes;
    for (const QString &item : text.split(u',', Qt::SkipEmptyParts)) {
        const QString label = item.trimmed().toLower();
        qint64 unit = 1;
        QString digits = label;
        if (label.endsWith(u'k') || label.endsWith(u'm')) {
            unit = label.endsWith(u'k') ? 1000 : 1000 * 1000;
            digits.chop(1);
        }
        bool ok = false;
        const qint64 count = digits.toLongLong(&ok);
        if (!ok || count <= 0)
            return std::nullopt;
        sizes.emplace_back(label, count * unit);
    }
    if (sizes.empty())
        return std::nullopt;
    return sizes;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"snapshot-bench"_s);
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Benchmarks of the Snapshot Auditor engine against peer libraries.\n"
        "  json   parse, canonicalize, checksum, diff and patch on generated parcel reports"_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"benchmark"_s, u"The benchmark to run: json."_s);
    const QCommandLineOption runsOption(u"runs"_s,
                                        u"Timed runs per measurement (default 20)."_s, u"N"_s,
                                        u"20"_s);
    const QCommandLineOption sizesOption(
        u"sizes"_s, u"Document sizes, decimal k/m suffixes (default 10k,1m,10m)."_s,
        u"LIST"_s, u"10k,1m,10m"_s);
    const QCommandLineOption noPeersOption(u"no-peers"_s,
                                           u"Skip the Node peers (bench/peers)."_s);
    const QCommandLineOption seedOption(u"seed"_s, u"Generator seed (default 1)."_s, u"N"_s,
                                        u"1"_s);
    const QCommandLineOption peersDirOption(u"peers-dir"_s,
                                            u"Folder holding peers.mjs and node_modules."_s,
                                            u"DIR"_s, QStringLiteral(SA_BENCH_PEERS_DIR));
    parser.addOptions({runsOption, sizesOption, noPeersOption, seedOption, peersDirOption});
    parser.process(app);

    if (parser.positionalArguments() != QStringList{u"json"_s}) {
        err << "snapshot-bench: name one benchmark: json (see --help)" << Qt::endl;
        return 2;
    }
    sa::bench::JsonBenchmarkOptions options;
    bool runsOk = false;
    bool seedOk = false;
    options.runs = parser.value(runsOption).toInt(&runsOk);
    options.seed = parser.value(seedOption).toULongLong(&seedOk);
    const auto sizes = parseSizes(parser.value(sizesOption));
    if (!runsOk || options.runs < 1 || !seedOk || !sizes) {
        err << "snapshot-bench: --runs needs a positive number, --seed a number, --sizes a list "
               "such as 10k,1m,10m"
            << Qt::endl;
        return 2;
    }
    options.sizes = *sizes;
    options.nodePeers = !parser.isSet(noPeersOption);
    options.peersDirectory = QDir(parser.value(peersDirOption)).absolutePath();

    sa::bench::JsonBenchmark benchmark(options);
    const auto report = benchmark.run(err);
    if (!report) {
        err << "snapshot-bench: " << report.error() << Qt::endl;
        return 1;
    }
    const QString commandLine = u"snapshot-bench "_s
                                + QCoreApplication::arguments().mid(1).join(u' ');
    sa::bench::printReport(out, *report, sa::bench::checkTargets(*report), commandLine);
    return 0;
}
