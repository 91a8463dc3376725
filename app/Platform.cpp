#include "app/Platform.h"

#include <QtGlobal>

#if defined(Q_OS_LINUX) && defined(__GLIBC__)
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <string>
#endif

#ifdef Q_OS_WIN
#include <windows.h>

#include <cstdio>
#endif

namespace c360::app::platform {

void attachToParentConsole() {
#ifdef Q_OS_WIN
    if (AttachConsole(ATTACH_PARENT_PROCESS)) {
        std::FILE* ignored = nullptr;
        freopen_s(&ignored, "CONOUT$", "w", stdout);
        freopen_s(&ignored, "CONOUT$", "w", stderr);
    }
#endif
}

void preferHugePages(char** argv) {
#if defined(Q_OS_LINUX) && defined(__GLIBC__)
    const char* optOut = std::getenv("C360_HUGE_PAGES");
    if (optOut != nullptr && std::strcmp(optOut, "0") == 0) {
        return;
    }
    const char* set = std::getenv("GLIBC_TUNABLES");
    if (set != nullptr && std::strstr(set, "glibc.malloc.hugetlb") != nullptr) {
        return; // set already (by us before the exec, or by the user)
    }
    const std::string before = set != nullptr ? std::string(set) : std::string();
    std::string value = before.empty() ? std::string() : before + ':';
    value += "glibc.malloc.hugetlb=1";
    if (setenv("GLIBC_TUNABLES", value.c_str(), 1) != 0) {
        return;
    }
    execv("/proc/self/exe", argv);
    // Still here: the exec failed. Run as we are, and leave the variable as it was for child processes.
    if (set != nullptr) {
        setenv("GLIBC_TUNABLES", before.c_str(), 1);
    } else {
        unsetenv("GLIBC_TUNABLES");
    }
#else
    Q_UNUSED(argv);
#endif
}

} // namespace c360::app::platform
