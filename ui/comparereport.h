#pragma once

#include <QString>

namespace sa::ui {

class JsonComparison;

// The names of the two compared versions as people read them ("v7 · 2026-03-02 14:05 · alice").
struct ComparisonTitles
{
    QString oldTitle;
    QString newTitle;
};

// A self-contained HTML page (no external files or scripts) for sharing a comparison: both
// titles, the counts by kind of change, and one table row per change with its JSON Pointer,
// old and new value, symbol and colour, changed characters of strings marked. Every piece of
// document text is HTML-escaped. Pure function of its input: any thread.
QString comparisonReportHtml(const JsonComparison &comparison, const ComparisonTitles &titles);

} // namespace sa::ui
