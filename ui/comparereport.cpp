#include "comparereport.h"

#include "diffstyle.h"
#include "jsoncomparison.h"
#include "stringdiffdelegate.h"

#include "core/json/canonicaljson.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sa::ui {
namespace {

struct ComparisonReport
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonReport)
};

// Containers print pretty, but a report should stay readable when someone adds a 5 MB array.
constexpr qsizetype kMaxValueCharacters = 4000;

constexpr DiffStatus kReportedStatuses[]
    = {DiffStatus::Added, DiffStatus::Deleted, DiffStatus::Modified, DiffStatus::TypeChanged,
       DiffStatus::Moved};

QString cssClass(DiffStatus status)
{
    switch (status) {
    case DiffStatus::Added:
        return u"added"_s;
    case DiffStatus::Deleted:
        return u"deleted"_s;
    case DiffStatus::Modified:
        return u"modified"_s;
    case DiffStatus::TypeChanged:
        return u"typechanged"_s;
    case DiffStatus::Moved:
        return u"moved"_s;
    default:
        return u"unchanged"_s;
    }
}

QString rgba(const QColor &color, double alpha)
{
    return u"rgba(%1, %2, %3, %4)"_s.arg(color.red())
        .arg(color.green())
        .arg(color.blue())
        .arg(alpha);
}

QString valueText(const core::JsonValue &value)
{
    QString text = QString::fromUtf8(value.isContainer() ? core::prettyJson(value)
                                                         : core::canonicalJson(value));
    if (text.size() > kMaxValueCharacters)
        text = text.left(kMaxValueCharacters) + u"\n…"_s;
    return text;
}

// `text` escaped, with the characters in `spans` wrapped in <mark>.
QString markedHtml(const QString &text, const std::vector<StringDiffDelegate::Span> &spans)
{
    QString html;
    qsizetype done = 0;
    for (const auto &span : spans) {
        html += text.mid(done, span.start - done).toHtmlEscaped();
        html += u"<mark>"_s + text.mid(span.start, span.length).toHtmlEscaped() + u"</mark>"_s;
        done = span.start + span.length;
    }
    return html + text.mid(done).toHtmlEscaped();
}

QString styleSheet()
{
    QString css = uR"(
body { font-family: system-ui, sans-serif; margin: 2em; color: #1a1a1a; background: #fff; }
h1 { font-size: 1.4em; margin-bottom: 0.2em; }
.versions { display: grid; grid-template-columns: max-content 1fr; gap: 0.2em 1em; margin: 0.8em 0; }
.versions dt { font-weight: 600; }
.versions dd { margin: 0; }
.summary span { display: inline-block; padding: 0.15em 0.6em; margin-right: 0.4em; border-radius: 0.3em; font-weight: 600; }
table { border-collapse: collapse; width: 100%; margin-top: 1em; }
th, td { text-align: left; vertical-align: top; padding: 0.3em 0.6em; border-bottom: 1px solid #ccc; }
td.path, td.value { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.92em; }
td.value pre { margin: 0; white-space: pre-wrap; word-break: break-word; }
td.symbol { font-weight: 700; text-align: center; width: 1.6em; }
mark { color: inherit; border-radius: 0.15em; }
td.old mark { background: %1; }
td.new mark { background: %2; }
.note { color: #555; font-style: italic; }
@media (prefers-color-scheme: dark) {
  body { color: #e6e6e6; background: #1e1e1e; }
  th, td { border-color: #444; }
  .note { color: #aaa; }
}
)"_s.arg(rgba(DiffStyle::accent(DiffStatus::Deleted), 0.45),
         rgba(DiffStyle::accent(DiffStatus::Added), 0.40));
    for (const DiffStatus status : kReportedStatuses) {
        const QColor accent = DiffStyle::accent(status);
        // Yellow is light already: it needs more of itself to show on white.
        const double tint = status == DiffStatus::Modified ? 0.40 : 0.18;
        css += u"tr.%1 td { background: %2; }\n"_s.arg(cssClass(status), rgba(accent, tint));
        css += u"tr.%1 td.symbol, .summary span.%1 { background: %2; color: %3; }\n"_s.arg(
            cssClass(status), accent.name(), DiffStyle::textOn(accent).name());
    }
    return css;
}

} // namespace

QString comparisonReportHtml(const JsonComparison &comparison, const ComparisonTitles &titles)
{
    const core::DiffSummary &summary = comparison.summary();
    const QString title
        = ComparisonReport::tr("Comparison: %1 → %2").arg(titles.oldTitle, titles.newTitle);
    QString html = u"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"_s;
    html += u"<title>"_s + title.toHtmlEscaped() + u"</title>\n<style>"_s + styleSheet()
            + u"</style>\n</head>\n<body>\n"_s;
    html += u"<h1>"_s + ComparisonReport::tr("Comparison").toHtmlEscaped() + u"</h1>\n"_s;
    html += u"<dl class=\"versions\"><dt>"_s + ComparisonReport::tr("Old").toHtmlEscaped()
            + u"</dt><dd>"_s + titles.oldTitle.toHtmlEscaped() + u"</dd><dt>"_s
            + ComparisonReport::tr("New").toHtmlEscaped() + u"</dt><dd>"_s
            + titles.newTitle.toHtmlEscaped() + u"</dd></dl>\n"_s;

    const auto chip = [](DiffStatus status, qsizetype count) {
        return u"<span class=\"%1\">%2%3 %4</span>"_s
            .arg(cssClass(status), DiffStyle::symbol(status))
            .arg(count)
            .arg(DiffStyle::statusName(status).toHtmlEscaped());
    };
    html += u"<p class=\"summary\">"_s + chip(DiffStatus::Added, summary.added)
            + chip(DiffStatus::Modified, summary.modified)
            + chip(DiffStatus::Deleted, summary.deleted) + chip(DiffStatus::Moved, summary.moved);
    if (comparison.typeChangeCount() > 0) {
        html += u"<span class=\"typechanged\">"_s
                + ComparisonReport::tr("≠%1 of them type changes")
                      .arg(comparison.typeChangeCount())
                      .toHtmlEscaped()
                + u"</span>"_s;
    }
    html += u"</p>\n"_s;
    if (!comparison.diff().patchIsExact) {
        html += u"<p class=\"note\">"_s
                + ComparisonReport::tr("Some differences were ignored by the comparison options.")
                      .toHtmlEscaped()
                + u"</p>\n"_s;
    }
    if (summary.total() == 0) {
        html += u"<p>"_s + ComparisonReport::tr("The two versions are identical.").toHtmlEscaped()
                + u"</p>\n</body>\n</html>\n"_s;
        return html;
    }

    html
        += u"<table>\n<thead><tr><th></th><th>%1</th><th>%2</th><th>%3</th></tr></thead>\n<tbody>\n"_s
               .arg(ComparisonReport::tr("Path").toHtmlEscaped(),
                    ComparisonReport::tr("Old value").toHtmlEscaped(),
                    ComparisonReport::tr("New value").toHtmlEscaped());
    for (const ChangeStop &stop : comparison.stops()) {
        const DiffRow &row = stop.row;
        // A move is one change: its row at the new place says where it came from.
        if (row.status == DiffStatus::Moved && !row.hasNew)
            continue;
        // Where it was and where it is, when array insertions before it moved it.
        const bool twoPaths = row.status == DiffStatus::Moved
                              || (row.hasOld && row.hasNew && row.oldPath != row.newPath);
        const QString path = twoPaths ? row.oldPath + u" → "_s + row.newPath
                                      : (row.hasNew ? row.newPath : row.oldPath);
        const bool showOld = row.hasOld || row.status == DiffStatus::Moved;
        const QString oldText = showOld ? valueText(row.oldValue) : QString();
        const QString newText = row.hasNew ? valueText(row.newValue) : QString();
        QString oldHtml = oldText.toHtmlEscaped();
        QString newHtml = newText.toHtmlEscaped();
        if (row.status == DiffStatus::Modified && row.oldValue.isString()
            && row.newValue.isString()) {
            const auto change = StringDiffDelegate::changedSpans(oldText, newText);
            oldHtml = markedHtml(oldText, change.removed);
            newHtml = markedHtml(newText, change.inserted);
        } else if (const QString delta = DiffStyle::numberDelta(row.oldValue, row.newValue);
                   row.status == DiffStatus::Modified && !delta.isEmpty()) {
            newHtml += u" <span class=\"note\">("_s + delta.toHtmlEscaped() + u")</span>"_s;
        }
        const QString rowTemplate = u"<tr class=\"%1\"><td class=\"symbol\" title=\"%2\">%3</td>"
                                    u"<td class=\"path\">%4</td>"
                                    u"<td class=\"value old\"><pre>%5</pre></td>"
                                    u"<td class=\"value new\"><pre>%6</pre></td></tr>\n"_s;
        html += rowTemplate.arg(
            cssClass(row.status), DiffStyle::statusName(row.status).toHtmlEscaped(),
            DiffStyle::symbol(row.status), path.toHtmlEscaped(), oldHtml, newHtml);
    }
    html += u"</tbody>\n</table>\n<p class=\"note\">"_s
            + ComparisonReport::tr("Generated by Snapshot Auditor.").toHtmlEscaped()
            + u"</p>\n</body>\n</html>\n"_s;
    return html;
}

} // namespace sa::ui
