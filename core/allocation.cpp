#include "allocation.h"

#include <cstdlib> // defines __GLIBC__ on glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace sa::core {

void keepLargeAllocations()
{
#if defined(__GLIBC__)
    constexpr int kMiB = 1024 * 1024;
    // Blocks up to 32 MiB come from the heap (glibc's own dynamic limit, fixed), and the heap
    // is trimmed only when 128 MiB lie free at its top.
    mallopt(M_MMAP_THRESHOLD, 32 * kMiB);
    mallopt(M_TRIM_THRESHOLD, 128 * kMiB);
#endif
}

} // namespace sa::core
