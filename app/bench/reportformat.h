#pragma once

#include <QString>

namespace sa::bench {

// Pieces every snapshot-bench report prints, so that the json and store reports read alike.

// The CPU model and the instruction set extensions the measured code paths can use.
QString cpuModel();
// The 1, 5 and 15 minute load averages: on a shared machine they say how far to trust a run.
QString loadAverage();
// Milliseconds with the digits that matter at that magnitude.
QString formatMilliseconds(double ms);

} // namespace sa::bench
