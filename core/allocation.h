#pragma once

namespace sa::core {

// Keeps the large, short-lived buffers of document work (parse arenas, canonical bytes,
// payloads read from the database) in the process between uses instead of handing them back
// to the operating system after each one. With glibc's defaults every megabyte-sized
// document pays for fresh zeroed pages: 1.5 ms of the 6.6 ms that parsing, canonicalizing
// and hashing a 1 MB report took (docs/benchmarks.md). The price is up to 128 MiB of freed
// memory kept per allocator arena. Call once at program start, before other threads run;
// does nothing on other C libraries.
void keepLargeAllocations();

} // namespace sa::core
