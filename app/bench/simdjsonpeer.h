#pragma once

#include "measurement.h"

namespace sa::bench {

// simdjson's DOM parser, reused across runs as its documentation recommends (it keeps its
// buffers). The padded copy of the input is made once, outside the timing.
Measurement measureSimdjsonParse(const QByteArray &json, int runs);
QString simdjsonVersion();

} // namespace sa::bench
