#pragma once

// Everything that differs between operating systems lives behind these functions (Platform.cpp),
// so the rest of the code is the same on Linux and Windows.
namespace c360::app::platform {

// On Windows, c360.exe is a GUI program (no console window of its own); a command run from a
// console (`c360 sync …`) writes its output to that console. Elsewhere: nothing to do.
void attachToParentConsole();

// Bulk commands (`c360 resolve`, `import`, `sync`) allocate millions of small strings: on Linux, glibc's
// allocator then asks the kernel for transparent huge pages (GLIBC_TUNABLES glibc.malloc.hugetlb=1),
// one page fault per 2 MiB instead of per 4 KiB. On a million source records this took a full
// resolution from 36 s to 28 s on the 2-core machine. glibc reads the tunable only when a program
// starts, so this sets it and runs the same program again (execv of /proc/self/exe with the same
// arguments); it returns only when that is not done: tunable already set, C360_HUGE_PAGES=0, not
// Linux with glibc, or the exec failed (the command then runs as it is).
void preferHugePages(char** argv);

} // namespace c360::app::platform
