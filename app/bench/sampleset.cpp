#include "sampleset.h"

#include <algorithm>
#include <cassert>
#include <chrono>
#include <cmath>

namespace sa::bench {

SampleSet SampleSet::collect(int runs, const std::function<void()> &work)
{
    using Clock = std::chrono::steady_clock;
    work();
    SampleSet samples;
    for (int i = 0; i < runs; ++i) {
        const auto start = Clock::now();
        work();
        samples.add(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
    return samples;
}

void SampleSet::add(double milliseconds)
{
    m_samples.insert(std::upper_bound(m_samples.begin(), m_samples.end(), milliseconds),
                     milliseconds);
}

double SampleSet::percentile(double fraction) const
{
    assert(!m_samples.empty());
    const auto rank = std::max<std::size_t>(
        1, std::size_t(std::ceil(fraction * double(m_samples.size()))));
    return m_samples[rank - 1];
}

Timing SampleSet::timing() const
{
    return {percentile(0.5), percentile(0.95), int(m_samples.size())};
}

} // namespace sa::bench
