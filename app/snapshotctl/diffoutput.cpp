#include "diffoutput.h"

#include "cliio.h"

#include "core/json/canonicaljson.h"
#include "core/json/jsondiff.h"

using namespace Qt::StringLiterals;
using namespace sa::core;

namespace sa::cli {
namespace {

// A value on one line of a summary, shortened so a changed record does not flood the terminal.
QString shortJson(const JsonValue &value)
{
    constexpr qsizetype kWidth = 72;
    const QString text = QString::fromUtf8(canonicalJson(value));
    return text.size() > kWidth ? text.left(kWidth - 1) + u"…"_s : text;
}

} // namespace

QByteArray formatDiff(const JsonDiff &diff, const QString &format)
{
    if (format == u"json-patch"_s)
        return diff.patch + '\n';
    QString out;
    const bool pointerOnly = format == u"pointer"_s;
    for (const JsonChange &change : diff.changes) {
        switch (change.kind) {
        case ChangeKind::Added:
            out += pointerOnly ? u"+ %1\n"_s.arg(change.newPath)
                               : u"+ %1: %2\n"_s.arg(change.newPath, shortJson(change.newValue));
            break;
        case ChangeKind::Deleted:
            out += pointerOnly ? u"- %1\n"_s.arg(change.oldPath)
                               : u"- %1: %2\n"_s.arg(change.oldPath, shortJson(change.oldValue));
            break;
        case ChangeKind::Modified:
            out += pointerOnly ? u"~ %1\n"_s.arg(change.newPath)
                               : u"~ %1: %2 → %3\n"_s.arg(change.newPath, shortJson(change.oldValue), shortJson(change.newValue));
            break;
        case ChangeKind::Moved:
            out += u"> %1 → %2\n"_s.arg(change.oldPath, change.newPath);
            break;
        }
    }
    if (format == u"summary"_s) {
        const DiffSummary &s = diff.summary;
        out += diff.isEmpty() ? Cli::tr("no differences\n")
                              : Cli::tr("%1 added, %2 modified, %3 deleted, %4 moved\n")
                                    .arg(s.added).arg(s.modified).arg(s.deleted).arg(s.moved);
    }
    return out.toUtf8();
}

} // namespace sa::cli
