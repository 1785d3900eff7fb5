#pragma once

#include "jsonvalue.h"

#include <QString>

#include <functional>
#include <string>
#include <vector>

namespace sa::core {

// The JSON Pointers of the members whose name, and of the scalars whose text, contains
// `needle`, ignoring case, in document order. Stops after
// `maxMatches`, or when `isCancelled` says so. Any thread.
std::vector<std::string> findInJson(const JsonValue &root, const QString &needle, std::size_t maxMatches = 10000,
                                    const std::function<bool()> &isCancelled = {});

} // namespace sa::core
