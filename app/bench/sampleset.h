#pragma once

#include <functional>
#include <vector>

namespace sa::bench {

// The two figures reported for every measured operation, in milliseconds.
struct Timing
{
    double p50Ms = 0;
    double p95Ms = 0;
    int runs = 0;
};

// Wall-clock durations of repeated runs of one operation.
class SampleSet
{
public:
    // Runs `work` once untimed (caches, page faults, lazy initialisation), then `runs` times
    // timed with a monotonic clock.
    static SampleSet collect(int runs, const std::function<void()> &work);

    void add(double milliseconds);
    // Nearest-rank percentile, the definition bench/peers/peers.mjs uses too.
    double percentile(double fraction) const;
    Timing timing() const;

private:
    std::vector<double> m_samples; // kept sorted
};

} // namespace sa::bench
