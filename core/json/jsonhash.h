#pragma once

#include "jsonvalue.h"

#include <cstdint>
#include <string_view>

namespace sa::core {

// A structural 64-bit hash of a whole JSON value, consistent with deepEquals(): equal values
// hash equally (0 and -0 included); different values may collide, so a match must be
// confirmed with deepEquals(). Fast (one 64x64->128 multiply per 8 bytes). Any thread.
std::uint64_t jsonHash(const JsonValue &value);

// A cheap fingerprint of a value's outline, for matching array elements that are probably
// the same record: scalars near the top (breadth first, at most `nodeBudget` nodes visited),
// the types and sizes of containers. Equal values give equal outline hashes; values that
// differ only deeper down usually do too, so it never decides equality.
std::uint64_t jsonOutlineHash(const JsonValue &value, int nodeBudget = 16);

// The same mixing for a bare string (member names, identity keys).
std::uint64_t jsonStringHash(std::string_view utf8);

} // namespace sa::core
