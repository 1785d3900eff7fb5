#pragma once

#include "jsonvalue.h"

#include <cstdint>
#include <string_view>

namespace sa::core {

// A structural 64-bit hash of a JSON value, consistent with deepEquals(): equal values hash
// equally (0 and -0 included). Used to match array elements quickly; a match must still be
// confirmed with deepEquals() because different values may collide. Any thread.
std::uint64_t jsonHash(const JsonValue &value);

// The same mixing for a bare string (member names, identity keys).
std::uint64_t jsonStringHash(std::string_view utf8);

} // namespace sa::core
