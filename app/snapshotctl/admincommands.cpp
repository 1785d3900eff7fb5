// The admin verbs: rollback and deprecate, each confirmed by a person or by --yes; repair,
// whose --dry-run shows the proof.
#include "storecommands.h"

#include "cliio.h"
#include "storeaccess.h"
#include "storeoutput.h"

#include "core/store/connectionprovider.h"
#include "core/store/snapshotadmin.h"

#include <QCommandLineParser>
#include <QJsonArray>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace sa::core;

namespace sa::cli {
namespace {

const QCommandLineOption kTo(u"to"_s, untranslated(QT_TRANSLATE_NOOP("snapshotctl", "The version to make active again.")), untranslated(QT_TRANSLATE_NOOP("snapshotctl", "N")));
const QCommandLineOption kVersion(u"version"_s, untranslated(QT_TRANSLATE_NOOP("snapshotctl", "The version to deprecate.")), untranslated(QT_TRANSLATE_NOOP("snapshotctl", "N")));
const QCommandLineOption kReason(u"reason"_s, untranslated(QT_TRANSLATE_NOOP("snapshotctl", "Why, for the activity log (required).")), untranslated(QT_TRANSLATE_NOOP("snapshotctl", "TEXT")));
const QCommandLineOption kDryRun(u"dry-run"_s, untranslated(QT_TRANSLATE_NOOP("snapshotctl", "Show the proof and the altered paths; record nothing.")));
const QCommandLineOption kAllowDeprecated(u"allow-deprecated"_s,
                                          untranslated(QT_TRANSLATE_NOOP("snapshotctl", "Roll back to a version even though it was deprecated.")));

Result<QString> reasonFrom(const QCommandLineParser &parser)
{
    if (!parser.isSet(kReason) || parser.value(kReason).trimmed().isEmpty())
        return Error{ErrorCode::InvalidArgument, Cli::tr("--reason is required: the activity log records why")};
    return parser.value(kReason);
}

// "PATH: stored VALUE, proven VALUE" for each altered path; "nothing" for an absent value.
QString describeRepair(const QString &reportId, const RepairPlan &plan)
{
    //: The value at a JSON path is absent
    const QString absent = Cli::tr("nothing");
    const auto value = [&absent](const std::optional<QByteArray> &json) {
        return json ? QString::fromUtf8(*json) : absent;
    };
    QString text = Cli::tr("%1: version %2 (snapshot %3) is proven from version %4 and its stored diff; %n altered "
                           "path(s):\n", nullptr, int(plan.alteredPaths.size()))
                       .arg(reportId)
                       .arg(plan.version.version)
                       .arg(plan.version.id)
                       .arg(plan.parent.version);
    for (const AlteredPath &altered : plan.alteredPaths)
        text += Cli::tr("  %1: stored %2, proven %3\n").arg(altered.path, value(altered.stored), value(altered.original));
    return text;
}

QJsonObject repairToJson(const QString &reportId, const RepairPlan &plan, bool recorded)
{
    const auto value = [](const std::optional<QByteArray> &json) {
        return json ? QJsonValue(QString::fromUtf8(*json)) : QJsonValue(QJsonValue::Null);
    };
    QJsonArray paths;
    for (const AlteredPath &altered : plan.alteredPaths)
        paths.append(QJsonObject{{u"path"_s, altered.path}, {u"stored"_s, value(altered.stored)},
                                 {u"proven"_s, value(altered.original)}});
    return {{u"reportId"_s, reportId},          {u"version"_s, plan.version.version},
            {u"snapshotId"_s, plan.version.id}, {u"provenFrom"_s, plan.parent.version},
            {u"alteredPaths"_s, paths},         {u"recorded"_s, recorded}};
}

QString describePlan(const RollbackPlan &plan)
{
    const DiffSummary &changes = plan.changes;
    QString text = Cli::tr("Report %1\n  active now:  %2\n  make active: %3\n  the document changes by: %4 added, "
                           "%5 modified, %6 deleted, %7 moved\n")
                       .arg(plan.current.reportId, describeVersion(plan.current), describeVersion(plan.target))
                       .arg(changes.added).arg(changes.modified).arg(changes.deleted).arg(changes.moved);
    if (plan.targetDeprecated)
        text += Cli::tr("  warning: version %1 was deprecated: %2\n").arg(plan.target.version).arg(plan.target.deprecatedReason);
    return text;
}

} // namespace

int runRollback(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Makes an earlier version of REPORT active again, in one transaction with its activity-log entry. "
                "Shows what would change and asks first; without a terminal it needs --yes. If someone changed "
                "the report after the plan was shown, nothing happens (VERSION_CONFLICT)."));
    parser.addPositionalArgument(u"REPORT"_s, Cli::tr("The report id."));
    parser.addOptions(translated({kTo, kReason, kAllowDeprecated, yesOption(), jsonOption()}));
    int exitCode = kExitOk;
    if (!parseStoreArguments(parser, arguments, 1, 1, exitCode))
        return exitCode;
    if (!parser.isSet(kTo))
        return failWithCode({ErrorCode::InvalidArgument, Cli::tr("--to is required: which version to make active")});
    const auto target = parseVersion(parser.value(kTo), u"--to"_s);
    if (!target)
        return failWithCode(target.error());
    const auto reason = reasonFrom(parser);
    if (!reason)
        return failWithCode(reason.error());
    const QString reportId = parser.positionalArguments().constFirst();
    auto opened = openStore(parser, StoreAccess::Update);
    if (!opened)
        return failWithCode(opened.error());
    if (auto allowed = checkAccess(*opened->connections, AccessRights::Action::Rollback); !allowed)
        return failWithCode(allowed.error());
    SnapshotAdmin admin(*opened->connections);
    const auto plan = admin.planRollback(reportId, *target);
    if (!plan)
        return failWithCode(plan.error());
    const bool json = parser.isSet(jsonOption());
    if (!json)
        writeOutput(describePlan(*plan).toUtf8());
    else if (!parser.isSet(yesOption()) && isInteractive())
        std::fputs(describePlan(*plan).toLocal8Bit().constData(), stderr); // whoever is asked sees the plan
    const DeprecatedTarget deprecated = parser.isSet(kAllowDeprecated) ? DeprecatedTarget::Allow : DeprecatedTarget::Refuse;
    if (plan->targetDeprecated && deprecated == DeprecatedTarget::Refuse) {
        return failWithCode({ErrorCode::ValidationFailed,
                             Cli::tr("version %1 was deprecated; pass --allow-deprecated to roll back to it anyway")
                                 .arg(*target)});
    }
    if (auto asked = confirmed(parser, Cli::tr("Make version %1 of %2 active?").arg(*target).arg(reportId)); !asked)
        return failWithCode(asked.error());
    // The active version the user saw is the lock: a change since then is a conflict.
    const auto result = admin.rollback(reportId, *target, plan->current.version, *reason, deprecated);
    if (!result)
        return failWithCode(result.error());
    if (json) {
        QJsonObject object = summaryToJson(*result);
        object.insert(u"fromVersion"_s, plan->current.version);
        writeOutput(jsonLine(object));
    } else {
        writeOutput(Cli::tr("%1: version %2 is active again (was %3)\n")
                        .arg(reportId).arg(result->version).arg(plan->current.version).toUtf8());
    }
    return kExitOk;
}

int runDeprecate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Marks a version of REPORT deprecated, with the reason, once and for good. The active version "
                "cannot be deprecated: roll back to another version first. Asks first; without a terminal it "
                "needs --yes."));
    parser.addPositionalArgument(u"REPORT"_s, Cli::tr("The report id."));
    parser.addOptions(translated({kVersion, kReason, yesOption(), jsonOption()}));
    int exitCode = kExitOk;
    if (!parseStoreArguments(parser, arguments, 1, 1, exitCode))
        return exitCode;
    if (!parser.isSet(kVersion))
        return failWithCode({ErrorCode::InvalidArgument, Cli::tr("--version is required: which version to deprecate")});
    const auto version = parseVersion(parser.value(kVersion), u"--version"_s);
    if (!version)
        return failWithCode(version.error());
    const auto reason = reasonFrom(parser);
    if (!reason)
        return failWithCode(reason.error());
    const QString reportId = parser.positionalArguments().constFirst();
    auto opened = openStore(parser, StoreAccess::Update);
    if (!opened)
        return failWithCode(opened.error());
    if (auto allowed = checkAccess(*opened->connections, AccessRights::Action::Deprecate); !allowed)
        return failWithCode(allowed.error());
    if (auto asked = confirmed(parser, Cli::tr("Deprecate version %1 of %2 for good?").arg(*version).arg(reportId)); !asked)
        return failWithCode(asked.error());
    SnapshotAdmin admin(*opened->connections);
    const auto result = admin.deprecate(reportId, *version, *reason);
    if (!result)
        return failWithCode(result.error());
    writeOutput(parser.isSet(jsonOption()) ? jsonLine(summaryToJson(*result))
                                           : Cli::tr("%1: %2\n").arg(reportId, describeVersion(*result)).toUtf8());
    return kExitOk;
}

int runRepair(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Repairs VERSION of REPORT when its payload fails its checksum: its parent's verified payload with "
                "the version's stored diff applied must hash to the version's checksum, which proves it is the "
                "original. The proof is recorded as a repair (logged; the damaged row is kept as evidence) and "
                "reads of the version return it from then on. --dry-run shows the altered paths only."));
    parser.addPositionalArgument(u"REPORT"_s, Cli::tr("The report id."));
    parser.addPositionalArgument(u"VERSION"_s, Cli::tr("The damaged version."));
    parser.addOptions(translated({kReason, kDryRun, jsonOption()}));
    int exitCode = kExitOk;
    if (!parseStoreArguments(parser, arguments, 2, 2, exitCode))
        return exitCode;
    const QString reportId = parser.positionalArguments().constFirst();
    const auto version = parseVersion(parser.positionalArguments().at(1), u"VERSION"_s);
    if (!version)
        return failWithCode(version.error());
    const bool dryRun = parser.isSet(kDryRun);
    const auto reason = dryRun ? Result<QString>(QString()) : reasonFrom(parser);
    if (!reason)
        return failWithCode(reason.error());
    auto opened = openStore(parser, dryRun ? StoreAccess::Read : StoreAccess::Update);
    if (!opened)
        return failWithCode(opened.error());
    if (!dryRun) {
        if (auto allowed = checkAccess(*opened->connections, AccessRights::Action::Repair); !allowed)
            return failWithCode(allowed.error());
    }
    SnapshotAdmin admin(*opened->connections);
    const auto plan = dryRun ? admin.planRepair(reportId, *version) : admin.recordRepair(reportId, *version, *reason);
    if (!plan)
        return failWithCode(plan.error());
    if (parser.isSet(jsonOption())) {
        writeOutput(jsonLine(repairToJson(reportId, *plan, !dryRun)));
        return kExitOk;
    }
    QString text = describeRepair(reportId, *plan);
    text += dryRun ? Cli::tr("Dry run: nothing was recorded.\n")
                   : Cli::tr("%1: the repair of version %2 is recorded; reads of it return the proven original.\n")
                         .arg(reportId)
                         .arg(*version);
    writeOutput(text.toUtf8());
    return kExitOk;
}

int runRecordChecksum(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("For VERSION of REPORT, written by the CCP-04 service, whose payload matches CCP-04's legacy "
                "checksum (which covers only part of the document): records the RFC 8785 checksum of the payload as "
                "it is now beside the row (logged; the row and its legacy checksum stay as they are). Reads and "
                "audits check the recorded checksum from then on, covering every value."));
    parser.addPositionalArgument(u"REPORT"_s, Cli::tr("The report id."));
    parser.addPositionalArgument(u"VERSION"_s, Cli::tr("The version."));
    parser.addOptions(translated({kReason, jsonOption()}));
    int exitCode = kExitOk;
    if (!parseStoreArguments(parser, arguments, 2, 2, exitCode))
        return exitCode;
    const QString reportId = parser.positionalArguments().constFirst();
    const auto version = parseVersion(parser.positionalArguments().at(1), u"VERSION"_s);
    if (!version)
        return failWithCode(version.error());
    const auto reason = reasonFrom(parser);
    if (!reason)
        return failWithCode(reason.error());
    auto opened = openStore(parser, StoreAccess::Update);
    if (!opened)
        return failWithCode(opened.error());
    if (auto allowed = checkAccess(*opened->connections, AccessRights::Action::RecordChecksum); !allowed)
        return failWithCode(allowed.error());
    const auto recorded = SnapshotAdmin(*opened->connections).recordChecksum(reportId, *version, *reason);
    if (!recorded)
        return failWithCode(recorded.error());
    if (parser.isSet(jsonOption())) {
        writeOutput(jsonLine({{u"reportId"_s, reportId},
                              {u"version"_s, *version},
                              {u"snapshotId"_s, recorded->version.id},
                              {u"legacyChecksum"_s, recorded->version.checksum},
                              {u"recordedChecksum"_s, recorded->checksum},
                              {u"legacyCoveredValues"_s, recorded->coveredValues},
                              {u"totalValues"_s, recorded->totalValues}}));
        return kExitOk;
    }
    //: %1: report, %2: version, %3: a SHA-256 checksum, %4 and %5: numbers of values
    writeOutput(Cli::tr("%1: version %2 now has the RFC 8785 checksum %3 recorded, covering all %5 values (its legacy "
                        "checksum covered %4)\n")
                    .arg(reportId)
                    .arg(*version)
                    .arg(recorded->checksum)
                    .arg(recorded->coveredValues)
                    .arg(recorded->totalValues)
                    .toUtf8());
    return kExitOk;
}

} // namespace sa::cli
