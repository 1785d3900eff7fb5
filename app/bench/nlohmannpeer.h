#pragma once

#include "measurement.h"

#include <vector>

namespace sa::bench {

struct DocumentPair;

// nlohmann::json as a user would call it: parse, dump, json::diff (RFC 6902) from the two
// texts, and json::patch. Appends one measurement per operation.
void measureNlohmann(const DocumentPair &pair, int runs, std::vector<Measurement> &out);
QString nlohmannVersion();

} // namespace sa::bench
