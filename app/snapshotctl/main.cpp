// snapshotctl: the command-line twin of Snapshot Auditor.
#include "core/allocation.h"
#include "cliio.h"
#include "jsoncommands.h"
#include "storecommands.h"

#include "core/translations.h"

#include <QCoreApplication>

#include <functional>
#include <map>

using namespace Qt::StringLiterals;

namespace {

struct Verb
{
    const char *summary;
    std::function<int(const QStringList &)> run;
};

const std::map<QString, Verb> &verbs()
{
    static const std::map<QString, Verb> all = {
        {u"activity"_s, {QT_TRANSLATE_NOOP("snapshotctl", "show who changed what, when and why"), sa::cli::runActivity}},
        {u"admin"_s, {QT_TRANSLATE_NOOP("snapshotctl", "print or apply the SQL of the PostgreSQL roles (admin roles)"), sa::cli::runAdmin}},
        {u"canon"_s, {QT_TRANSLATE_NOOP("snapshotctl", "print the RFC 8785 canonical form of a JSON file"), sa::cli::runCanon}},
        {u"checksum"_s, {QT_TRANSLATE_NOOP("snapshotctl", "print the SHA-256 checksum of a file's canonical form"), sa::cli::runChecksum}},
        {u"create"_s, {QT_TRANSLATE_NOOP("snapshotctl", "store a JSON file as a report's next version"), sa::cli::runCreate}},
        {u"demo"_s, {QT_TRANSLATE_NOOP("snapshotctl", "write a demo database with realistic history"), sa::cli::runDemo}},
        {u"deprecate"_s, {QT_TRANSLATE_NOOP("snapshotctl", "mark a stored version deprecated, with a reason"), sa::cli::runDeprecate}},
        {u"diff"_s, {QT_TRANSLATE_NOOP("snapshotctl", "show what changed between two JSON files or two stored versions"), sa::cli::runDiffVerb}},
        {u"import"_s, {QT_TRANSLATE_NOOP("snapshotctl", "store JSON files, a folder or NDJSON as new versions"), sa::cli::runImport}},
        {u"init"_s, {QT_TRANSLATE_NOOP("snapshotctl", "create or upgrade the schema of a snapshot database"), sa::cli::runInit}},
        {u"log"_s, {QT_TRANSLATE_NOOP("snapshotctl", "list a report's versions, newest first"), sa::cli::runLog}},
        {u"migrate"_s, {QT_TRANSLATE_NOOP("snapshotctl", "upgrade the schema, a CCP-04 database included (asks first)"), sa::cli::runMigrate}},
        {u"patch"_s, {QT_TRANSLATE_NOOP("snapshotctl", "apply an RFC 6902 JSON Patch to a JSON file"), sa::cli::runPatch}},
        {u"record-checksum"_s, {QT_TRANSLATE_NOOP("snapshotctl", "record the full checksum of a CCP-04 version its legacy checksum vouches for"), sa::cli::runRecordChecksum}},
        {u"repair"_s, {QT_TRANSLATE_NOOP("snapshotctl", "record the proven original of a damaged version (--dry-run: show the proof)"), sa::cli::runRepair}},
        {u"reports"_s, {QT_TRANSLATE_NOOP("snapshotctl", "list the reports in a database"), sa::cli::runReports}},
        {u"rollback"_s, {QT_TRANSLATE_NOOP("snapshotctl", "make an earlier version of a report active again"), sa::cli::runRollback}},
        {u"show"_s, {QT_TRANSLATE_NOOP("snapshotctl", "print a stored version, verified"), sa::cli::runShow}},
        {u"validate"_s, {QT_TRANSLATE_NOOP("snapshotctl", "check that a file can be stored as a snapshot"), sa::cli::runValidate}},
        {u"verify"_s, {QT_TRANSLATE_NOOP("snapshotctl", "check stored snapshots against their checksums and the rules"), sa::cli::runVerify}},
    };
    return all;
}

QString usage()
{
    QString text = sa::cli::Cli::tr("Usage: snapshotctl VERB [options] [arguments]\n\n"
                                    "Browse, compare, verify and roll back versioned JSON snapshots.\n\nVerbs:\n");
    for (const auto &[name, verb] : verbs())
        text += u"  %1  %2\n"_s.arg(name, -10).arg(sa::cli::Cli::tr(verb.summary));
    text += sa::cli::Cli::tr("\nRun 'snapshotctl VERB --help' for the options of a verb.\n");
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    sa::core::keepLargeAllocations(); // before any thread: the allocator's settings are global
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"snapshotctl"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SA_VERSION));
    sa::core::installTranslations(app); // messages in the language of LANG / LC_MESSAGES
    const QStringList arguments = QCoreApplication::arguments();
    const QString first = arguments.value(1);
    if (first.isEmpty() || first == u"--help"_s || first == u"-h"_s || first == u"help"_s) {
        sa::cli::writeOutput(usage().toUtf8());
        return first.isEmpty() ? sa::cli::kExitError : sa::cli::kExitOk;
    }
    if (first == u"--version"_s) {
        sa::cli::writeOutput(u"snapshotctl %1\n"_s.arg(QCoreApplication::applicationVersion()).toUtf8());
        return sa::cli::kExitOk;
    }
    const auto verb = verbs().find(first);
    if (verb == verbs().end()) {
        sa::cli::printError(sa::cli::Cli::tr("unknown verb '%1'; run 'snapshotctl --help' for the list").arg(first));
        return sa::cli::kExitError;
    }
    // The verb sees its own name as argument 0, as QCommandLineParser expects.
    return verb->second.run(arguments.mid(1));
}
