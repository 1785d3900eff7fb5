#include "benchmarkreport.h"

#include <algorithm>

namespace sa::bench {

const Measurement *SizeReport::find(Operation operation, Tool tool) const
{
    const auto found = std::find_if(measurements.begin(), measurements.end(),
                                    [&](const Measurement &m) {
                                        return m.operation == operation && m.tool == tool;
                                    });
    return found == measurements.end() ? nullptr : &*found;
}

} // namespace sa::bench
