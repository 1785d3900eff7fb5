// snapshot-bench: timings of the JSON engine next to the libraries a user would otherwise
// pick. A program rather than a timed test: figures depend on the machine and are read by
// people (docs/benchmarks.md), not asserted by ctest.

#include "core/allocation.h"
#include "jsonbenchmark.h"
#include "reportprinter.h"
#include "storebenchmark.h"
#include "targetcheck.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

#include <algorithm>

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
    sa::core::keepLargeAllocations(); // before any thread: the allocator's settings are global
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"snapshot-bench"_s);
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Benchmarks of the Snapshot Auditor engine against peer libraries.\n"
        "  json   parse, canonicalize, checksum, diff and patch on generated parcel reports\n"
        "  store  snapshot create, get, history, as-of, verify-all and space on SQLite and "
        "PostgreSQL"_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"benchmark"_s, u"The benchmark to run: json or store."_s);
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
    const QCommandLineOption enginesOption(
        u"engines"_s, u"store: engines to measure (default sqlite,postgresql)."_s, u"LIST"_s,
        u"sqlite,postgresql"_s);
    const QCommandLineOption pgEnvOption(
        u"pg-env"_s,
        u"store: pg.env of a running scripts/pg-test-server.sh server; its password comes from "
        "PGPASSFILE (default: the pgpass next to it). Without it PostgreSQL is skipped."_s,
        u"FILE"_s);
    const QCommandLineOption versionsOption(
        u"versions"_s, u"store: versions of the report history and as-of run on (default 100000)."_s,
        u"N"_s, u"100000"_s);
    parser.addOptions({runsOption, sizesOption, noPeersOption, seedOption, peersDirOption,
                       enginesOption, pgEnvOption, versionsOption});
    parser.process(app);

    const QStringList chosen = parser.positionalArguments();
    if (chosen != QStringList{u"json"_s} && chosen != QStringList{u"store"_s}) {
        err << "snapshot-bench: name one benchmark: json or store (see --help)" << Qt::endl;
        return 2;
    }
    bool runsOk = false;
    bool seedOk = false;
    const int runs = parser.value(runsOption).toInt(&runsOk);
    const quint64 seed = parser.value(seedOption).toULongLong(&seedOk);
    const QString commandLine = u"snapshot-bench "_s
                                + QCoreApplication::arguments().mid(1).join(u' ');

    if (chosen.front() == u"store") {
        sa::bench::StoreBenchmarkOptions options;
        options.runs = runs;
        options.seed = seed;
        options.engines = parser.value(enginesOption).split(u',', Qt::SkipEmptyParts);
        options.pgEnvPath = parser.value(pgEnvOption);
        bool versionsOk = false;
        options.historyVersions = parser.value(versionsOption).toInt(&versionsOk);
        const bool enginesOk = !options.engines.isEmpty()
                               && std::all_of(options.engines.begin(), options.engines.end(),
                                              [](const QString &engine) {
                                                  return engine == u"sqlite"
                                                         || engine == u"postgresql";
                                              });
        if (!runsOk || runs < 1 || !seedOk || !versionsOk || options.historyVersions < 2
            || !enginesOk) {
            err << "snapshot-bench: --runs needs a positive number, --seed a number, --versions "
                   "a number of at least 2, --engines a list of sqlite and postgresql"
                << Qt::endl;
            return 2;
        }
        sa::bench::StoreBenchmark benchmark(options);
        const auto reports = benchmark.run(err);
        if (!reports) {
            err << "snapshot-bench: " << reports.error() << Qt::endl;
            return 1;
        }
        sa::bench::printStoreReport(out, options, *reports, commandLine);
        return 0;
    }

    sa::bench::JsonBenchmarkOptions options;
    options.runs = runs;
    options.seed = seed;
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
    sa::bench::printReport(out, *report, sa::bench::checkTargets(*report), commandLine);
    return 0;
}
