#pragma once

#include "jsoncomparison.h"

#include <QColor>
#include <QString>

class QPalette;

namespace sa::ui::DiffStyle {

// How each kind of change looks, the same in every view and report: a symbol that reads
// without colour, and a colour from the Okabe–Ito palette that colour-blind readers can tell
// apart. Tints are blended into the palette's base colour, so they work in light and dark
// palettes and keep the palette's text readable (at least 4.5:1).

QString symbol(DiffStatus status);     // "+", "−", "~", "≠", "↔"; "•" for ContainsChanges
QString statusName(DiffStatus status); // "added", "deleted", ... (translated)
QColor accent(DiffStatus status);      // the full-strength colour; invalid for Unchanged
bool isDark(const QPalette &palette);
// The background of a row of this status (invalid: leave the base).
QColor rowBackground(DiffStatus status, const QPalette &palette);
// The stronger background under the characters that changed inside a modified string.
QColor spanBackground(DiffStatus status, const QPalette &palette);
// The signed difference of two numbers as people read it ("+17,721", "−0.25"), with as many
// decimals as the more precise of the two; empty unless both are numbers and differ.
QString numberDelta(const core::JsonValue &oldValue, const core::JsonValue &newValue);
// Black or white, whichever reads better on `background`.
QColor textOn(const QColor &background);
// The WCAG 2 contrast ratio of two colours (1 to 21).
double contrastRatio(const QColor &a, const QColor &b);

} // namespace sa::ui::DiffStyle
