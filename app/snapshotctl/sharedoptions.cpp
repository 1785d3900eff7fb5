#include "sharedoptions.h"

#include "cliio.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;
using namespace sa::core;

namespace sa::cli {
namespace {

const QCommandLineOption kFormat(u"format"_s,
                                 untranslated(QT_TRANSLATE_NOOP("snapshotctl", "Output: summary (default), pointer (one line per change) or json-patch (RFC 6902).")),
                                 untranslated(QT_TRANSLATE_NOOP("snapshotctl", "format")), u"summary"_s);
const QCommandLineOption kIdentity(u"identity"_s,
                                   untranslated(QT_TRANSLATE_NOOP("snapshotctl", "Match the elements of the arrays at PATH by their member MEMBER (repeatable; "
                                           "'*' in PATH matches any index or name), e.g. /owners=id.")),
                                   untranslated(QT_TRANSLATE_NOOP("snapshotctl", "PATH=MEMBER")));
const QCommandLineOption kIgnore(u"ignore"_s, untranslated(QT_TRANSLATE_NOOP("snapshotctl", "Do not report changes at or below PATH (repeatable), e.g. /retrievedAt.")),
                                 untranslated(QT_TRANSLATE_NOOP("snapshotctl", "PATH")));
const QCommandLineOption kTolerance(u"tolerance"_s, untranslated(QT_TRANSLATE_NOOP("snapshotctl", "Treat numbers closer than X as equal.")), untranslated(QT_TRANSLATE_NOOP("snapshotctl", "X")), u"0"_s);
const QCommandLineOption kNoMoves(u"no-moves"_s, untranslated(QT_TRANSLATE_NOOP("snapshotctl", "Report moved array elements as a deletion and an addition.")));

const QString kLimitName = u"limit"_s;
const QString kOffsetName = u"offset"_s;

} // namespace

const QCommandLineOption &acceptRoundingOption()
{
    static const QCommandLineOption option(
        u"accept-rounding"_s,
        Cli::tr("Accept numbers that change value as IEEE-754 doubles (each one is reported)."));
    return option;
}

void addDiffOptions(QCommandLineParser &parser)
{
    parser.addOptions(translated({kFormat, kIdentity, kIgnore, kTolerance, kNoMoves}));
}

Result<DiffRequest> diffRequestFrom(const QCommandLineParser &parser)
{
    DiffRequest request;
    request.format = parser.value(kFormat);
    if (request.format != u"summary"_s && request.format != u"pointer"_s && request.format != u"json-patch"_s) {
        return Error{ErrorCode::InvalidArgument,
                     Cli::tr("unknown --format '%1' (summary, pointer or json-patch)").arg(request.format)};
    }
    DiffOptions &options = request.options;
    for (const QString &rule : parser.values(kIdentity)) {
        const qsizetype equals = rule.lastIndexOf(u'=');
        if (equals <= 0 || equals == rule.size() - 1)
            return Error{ErrorCode::InvalidArgument, Cli::tr("--identity expects PATH=MEMBER, got '%1'").arg(rule)};
        options.identityKeys.push_back({rule.left(equals), rule.mid(equals + 1)});
    }
    for (const QString &path : parser.values(kIgnore))
        options.ignoredPaths.push_back(path);
    bool ok = false;
    options.numericTolerance = parser.value(kTolerance).toDouble(&ok);
    if (!ok || options.numericTolerance < 0)
        return Error{ErrorCode::InvalidArgument, Cli::tr("--tolerance expects a number of at least 0")};
    options.detectMoves = !parser.isSet(kNoMoves);
    options.collectChanges = request.format != u"json-patch"_s;
    return request;
}

void addPagingOptions(QCommandLineParser &parser, int defaultLimit, const QString &rows)
{
    parser.addOption({kLimitName, Cli::tr("Show at most N %1 (default %2).").arg(rows).arg(defaultLimit), Cli::tr("N"),
                      QString::number(defaultLimit)});
    parser.addOption({kOffsetName, Cli::tr("Skip the first N %1 (default 0).").arg(rows), Cli::tr("N"), u"0"_s});
}

Result<Paging> pagingFrom(const QCommandLineParser &parser, int maximum)
{
    bool limitOk = false;
    bool offsetOk = false;
    const Paging paging{parser.value(kLimitName).toInt(&limitOk), parser.value(kOffsetName).toLongLong(&offsetOk)};
    if (!limitOk || paging.limit < 1 || paging.limit > maximum || !offsetOk || paging.offset < 0)
        return Error{ErrorCode::InvalidArgument, Cli::tr("--limit takes 1 to %1 and --offset 0 or more").arg(maximum)};
    return paging;
}

} // namespace sa::cli
