#pragma once

class QTableView;

namespace sa::ui {

// The look every record list of the window shares (reports, history, activity, search
// results): whole rows selected, no row numbers, compact single-line rows, the last column
// taking the remaining width.
void setUpRecordTable(QTableView *view);

} // namespace sa::ui
