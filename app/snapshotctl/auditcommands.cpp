// The auditor's verbs: verify, reports and activity.
#include "storecommands.h"

#include "cliio.h"
#include "sharedoptions.h"
#include "storeaccess.h"
#include "storeoutput.h"

#include "core/store/chainanchor.h"
#include "core/store/connectionprovider.h"
#include "core/store/historyqueries.h"
#include "core/store/integrityaudit.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;
using namespace sa::core;

namespace sa::cli {
namespace {

const QCommandLineOption kAll(u"all"_s, untranslated(QT_TRANSLATE_NOOP("snapshotctl", "Check every report in the database.")));
const QCommandLineOption kFilter(u"filter"_s, untranslated(QT_TRANSLATE_NOOP("snapshotctl", "Only reports whose id contains TEXT (ASCII case ignored).")),
                                 untranslated(QT_TRANSLATE_NOOP("snapshotctl", "TEXT")));
const QCommandLineOption kQuick(
    u"quick"_s,
    untranslated(QT_TRANSLATE_NOOP("snapshotctl", "Skip the round trip of the stored diffs (DIFF_MISMATCH) and the "
                                                  "localisation of altered values (TAMPERED_PATHS): about twice as fast "
                                                  "on large documents; checksums, sizes, hash chain and structure are "
                                                  "still checked.")));
const QCommandLineOption kExportAnchor(
    u"export-anchor"_s,
    untranslated(QT_TRANSLATE_NOOP("snapshotctl", "After a clean check of every report, write the head of each report's "
                                                  "hash chain (highest version and chain hash) to FILE, to check against later.")),
    untranslated(QT_TRANSLATE_NOOP("snapshotctl", "FILE")));
const QCommandLineOption kAgainst(
    u"against"_s,
    untranslated(QT_TRANSLATE_NOOP("snapshotctl", "Check every report, and that each version recorded in the anchor FILE "
                                                  "still has the chain hash recorded there (newer versions are fine).")),
    untranslated(QT_TRANSLATE_NOOP("snapshotctl", "FILE")));

QJsonObject problemToJson(const IntegrityProblem &problem)
{
    return {
        {u"kind"_s, integrityProblemKindName(problem.kind)},
        {u"reportId"_s, problem.reportId},
        {u"version"_s, problem.version},
        {u"snapshotId"_s, problem.snapshotId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(problem.snapshotId)},
        {u"expected"_s, problem.expected},
        {u"found"_s, problem.found},
        {u"description"_s, problem.description()},
    };
}

// A line that counts up on a terminal while verify-all reads a large database.
void showVerifyProgress(const IntegrityProgress &progress)
{
    if (progress.bytesTotal <= 0)
        return;
    std::fprintf(stderr, "\r%s",
                 qPrintable(Cli::tr("snapshotctl: verify: %1 of %2 reports, %3%")
                                .arg(progress.reportsDone)
                                .arg(progress.reportsTotal)
                                .arg(progress.bytesVerified * 100 / progress.bytesTotal)));
    std::fflush(stderr);
}

QString activityLine(const ActivityEntry &entry)
{
    QString line = u"%1  %2  %3  %4  %5"_s.arg(displayTime(entry.at), entry.user.leftJustified(12),
                                               activityActionName(entry.action).leftJustified(9),
                                               entry.reportId.leftJustified(12))
                       .arg(entry.version);
    if (entry.fromVersion > 0)
        line += Cli::tr(" (from %1)").arg(entry.fromVersion);
    if (!entry.reason.isEmpty())
        line += u"  "_s + entry.reason;
    return line + u'\n';
}

} // namespace

int runVerify(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Checks stored snapshots against the data contract: every payload against its checksum and size, "
                "versions without gaps or duplicates, parents, exactly one active version, the hash chain of each "
                "report. Prints every problem on its own line and never stops at the first. Exit code 0: clean, "
                "1: problems found, 2: error."));
    parser.addPositionalArgument(u"[REPORT]"_s, Cli::tr("The report to check (or --all)."));
    parser.addOptions(translated({kAll, kQuick, kExportAnchor, kAgainst, jsonOption()}));
    int exitCode = kExitOk;
    if (!parseStoreArguments(parser, arguments, 0, 1, exitCode))
        return exitCode;
    const bool anchored = parser.isSet(kExportAnchor) || parser.isSet(kAgainst);
    // An anchor covers the whole database: it implies --all.
    const bool all = parser.isSet(kAll) || anchored;
    if (all == !parser.positionalArguments().isEmpty()) {
        return failWithCode({ErrorCode::InvalidArgument, anchored ? Cli::tr("--export-anchor and --against check every "
                                                                            "report: name no REPORT")
                                                                  : Cli::tr("name one REPORT or pass --all")});
    }
    std::optional<ChainAnchor> against;
    if (parser.isSet(kAgainst)) {
        auto read = ChainAnchor::read(parser.value(kAgainst));
        if (!read)
            return failWithCode(read.error());
        against = std::move(*read);
    }
    auto opened = openStore(parser, StoreAccess::Read);
    if (!opened)
        return failWithCode(opened.error());
    // Captured before the check: versions created meanwhile are newer than the anchor.
    std::optional<ChainAnchor> exported;
    if (parser.isSet(kExportAnchor)) {
        auto captured = ChainAnchor::capture(*opened->connections);
        if (!captured)
            return failWithCode(captured.error());
        exported = std::move(*captured);
    }
    IntegrityAudit audit(*opened->connections);
    audit.setCheckStoredDiffs(!parser.isSet(kQuick));
    const bool json = parser.isSet(jsonOption());
    const bool showProgress = all && !json && isInteractive();
    const auto progress = showProgress ? IntegrityAudit::ProgressCallback(showVerifyProgress) : IntegrityAudit::ProgressCallback();
    auto report = all ? audit.verifyAll(progress) : audit.verifyReport(parser.positionalArguments().constFirst(), progress);
    if (showProgress)
        std::fputc('\n', stderr);
    if (!report)
        return failWithCode(report.error());
    if (against) {
        auto anchorProblems = against->check(*opened->connections);
        if (!anchorProblems)
            return failWithCode(anchorProblems.error());
        std::move(anchorProblems->begin(), anchorProblems->end(), std::back_inserter(report->problems));
        std::stable_sort(report->problems.begin(), report->problems.end(),
                         [](const IntegrityProblem &a, const IntegrityProblem &b) {
                             return std::tie(a.reportId, a.version, a.kind) < std::tie(b.reportId, b.version, b.kind);
                         });
    }
    // An anchor seals only a history that verified.
    const bool writeAnchor = exported && report->isClean();
    if (writeAnchor) {
        if (auto written = exported->write(parser.value(kExportAnchor)); !written)
            return failWithCode(written.error());
    }
    if (json) {
        QJsonArray problems;
        for (const IntegrityProblem &problem : report->problems)
            problems.append(problemToJson(problem));
        writeOutput(jsonLine({{u"clean"_s, report->isClean()},
                              {u"limits"_s, QJsonArray::fromStringList(report->limits)},
                              {u"reportsChecked"_s, report->reportsChecked},
                              {u"snapshotsChecked"_s, report->snapshotsChecked},
                              {u"bytesVerified"_s, report->bytesVerified},
                              {u"anchorReports"_s, against ? QJsonValue(qint64(against->reports.size()))
                                                           : QJsonValue(QJsonValue::Null)},
                              {u"anchorWritten"_s, writeAnchor ? QJsonValue(parser.value(kExportAnchor))
                                                               : QJsonValue(QJsonValue::Null)},
                              {u"problems"_s, problems}}));
    } else {
        QString text;
        for (const IntegrityProblem &problem : report->problems)
            text += integrityProblemKindName(problem.kind) + u": "_s + problem.description() + u'\n';
        for (const QString &limit : report->limits)
            text += Cli::tr("not verifiable: %1\n").arg(limit);
        QString outcome = report->isClean() ? Cli::tr("clean")
                                            : Cli::tr("%n problem(s)", nullptr, int(report->problemCount()));
        if (report->noticeCount() > 0)
            //: %1: "clean" or "3 problems"; notices are findings that are not damage (legacy checksums)
            outcome = Cli::tr("%1, %n notice(s)", nullptr, int(report->noticeCount())).arg(outcome);
        text += Cli::tr("%1 reports, %2 snapshots, %3 verified: %4\n")
                    .arg(report->reportsChecked)
                    .arg(report->snapshotsChecked)
                    .arg(displaySize(report->bytesVerified), outcome);
        if (against) {
            text += Cli::tr("anchor %1 (%2): %3 reports checked\n")
                        .arg(parser.value(kAgainst), displayTime(against->createdAt))
                        .arg(against->reports.size());
        }
        if (writeAnchor) {
            text += Cli::tr("anchor written to %1: %2 reports\n").arg(parser.value(kExportAnchor)).arg(exported->reports.size());
        } else if (exported) {
            text += Cli::tr("no anchor written: the check found problems\n");
        }
        writeOutput(text.toUtf8());
    }
    return report->isClean() ? kExitOk : kExitInvalid;
}

int runReports(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Lists the reports: versions, the active version and its last change."));
    parser.addOptions(translated({kFilter, jsonOption()}));
    addPagingOptions(parser, 100, Cli::tr("reports"));
    int exitCode = kExitOk;
    if (!parseStoreArguments(parser, arguments, 0, 0, exitCode))
        return exitCode;
    const auto page = pagingFrom(parser, HistoryQueries::kMaxPageSize);
    if (!page)
        return failWithCode(page.error());
    auto opened = openStore(parser, StoreAccess::Read);
    if (!opened)
        return failWithCode(opened.error());
    HistoryQueries history(*opened->connections);
    const auto reports = history.listReports(parser.value(kFilter), page->limit, page->offset);
    if (!reports)
        return failWithCode(reports.error());
    if (parser.isSet(jsonOption())) {
        QJsonArray rows;
        for (const ReportSummary &report : reports->reports) {
            rows.append(QJsonObject{{u"reportId"_s, report.reportId},
                                    {u"versionCount"_s, report.versionCount},
                                    {u"activeVersion"_s, report.activeVersion},
                                    {u"lastChangedAt"_s, timeToJson(report.lastChangedAt)},
                                    {u"lastChangedBy"_s, report.lastChangedBy}});
        }
        writeOutput(jsonLine({{u"total"_s, reports->total}, {u"reports"_s, rows}}));
        return kExitOk;
    }
    QString text = Cli::tr("REPORT          VERSIONS  ACTIVE  LAST CHANGE              BY\n");
    for (const ReportSummary &report : reports->reports) {
        text += u"%1  %2  %3  %4  %5\n"_s.arg(report.reportId.leftJustified(14))
                    .arg(report.versionCount, 8)
                    .arg(report.activeVersion, 6)
                    .arg(displayTime(report.lastChangedAt).leftJustified(23), report.lastChangedBy);
    }
    const qint64 shown = qint64(reports->reports.size());
    text += Cli::tr("%1 of %2 reports\n").arg(shown).arg(reports->total);
    writeOutput(text.toUtf8());
    return kExitOk;
}

int runActivity(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Shows the activity log, newest first: who created, rolled back or deprecated which version, "
                "when and why. Of one REPORT, or of every report."));
    parser.addPositionalArgument(u"[REPORT]"_s, Cli::tr("The report (default: all)."));
    parser.addOption(jsonOption());
    addPagingOptions(parser, 100, Cli::tr("entries"));
    int exitCode = kExitOk;
    if (!parseStoreArguments(parser, arguments, 0, 1, exitCode))
        return exitCode;
    const auto page = pagingFrom(parser, HistoryQueries::kMaxPageSize);
    if (!page)
        return failWithCode(page.error());
    auto opened = openStore(parser, StoreAccess::Read);
    if (!opened)
        return failWithCode(opened.error());
    HistoryQueries history(*opened->connections);
    const auto activity = history.activity(parser.positionalArguments().value(0), page->limit, page->offset);
    if (!activity)
        return failWithCode(activity.error());
    if (parser.isSet(jsonOption())) {
        QJsonArray entries;
        for (const ActivityEntry &entry : activity->entries) {
            entries.append(QJsonObject{
                {u"id"_s, entry.id},
                {u"at"_s, timeToJson(entry.at)},
                {u"user"_s, entry.user},
                {u"action"_s, activityActionName(entry.action)},
                {u"reportId"_s, entry.reportId},
                {u"version"_s, entry.version},
                {u"fromVersion"_s, entry.fromVersion > 0 ? QJsonValue(entry.fromVersion) : QJsonValue(QJsonValue::Null)},
                {u"reason"_s, entry.reason.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(entry.reason)}});
        }
        writeOutput(jsonLine({{u"entries"_s, entries}, {u"hasMore"_s, activity->hasMore}}));
        return kExitOk;
    }
    QString text;
    for (const ActivityEntry &entry : activity->entries)
        text += activityLine(entry);
    if (activity->hasMore)
        text += Cli::tr("more: --offset %1\n").arg(page->offset + qint64(activity->entries.size()));
    writeOutput(text.toUtf8());
    return kExitOk;
}

} // namespace sa::cli
