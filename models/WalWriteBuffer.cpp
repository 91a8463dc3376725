#include "models/WalWriteBuffer.h"

#include <sqlite3.h>

#include <atomic>
#include <cstdlib>
#include <cstring>
#include <mutex>

namespace c360::sql {

#ifdef C360_SQLITE_DIRECT
namespace {

constexpr int kFrameHeaderBytes = 24; // a log frame's header (SQLite's WAL_FRAME_HDRSIZE)

std::atomic<long long> g_gathered{0};
std::atomic<long long> g_written{0};

sqlite3_vfs* g_parent = nullptr; // the platform's default VFS, which does the work
sqlite3_vfs g_vfs;               // ours: the parent's, with xOpen and the file size of ours

// One open file. The parent's file follows it in the same allocation (szOsFile is ours plus the parent's).
struct File {
    sqlite3_file base;  // pMethods: &g_methods once the parent opened it
    sqlite3_file* real; // the parent's file
    File* wal;          // a database file: its log, while open
    File* db;           // a log: its database file, while open
    bool log;           // a log whose database file is ours: its writes are gathered
    bool commitFrame;   // the last write was the header of a transaction's last frame
    char* buffer;       // the writes gathered (allocated at the first), contiguous from bufferStart
    sqlite3_int64 bufferStart;
    int bufferLength;
};

sqlite3_io_methods g_methods;

File* self(sqlite3_file* f) {
    return reinterpret_cast<File*>(f);
}

const sqlite3_io_methods* realMethods(File* f) {
    return f->real->pMethods;
}

// The gathered writes to the file, as one write. Kept when the write fails (an error the next call reports again).
int flush(File* f) {
    if (f == nullptr || f->bufferLength == 0) {
        return SQLITE_OK;
    }
    const int rc = realMethods(f)->xWrite(f->real, f->buffer, f->bufferLength, f->bufferStart);
    if (rc == SQLITE_OK) {
        f->bufferLength = 0;
        g_written.fetch_add(1, std::memory_order_relaxed);
    }
    return rc;
}

int xClose(sqlite3_file* file) {
    File* f = self(file);
    int rc = flush(f);
    if (f->db != nullptr) {
        f->db->wal = nullptr;
    }
    if (f->wal != nullptr) {
        f->wal->db = nullptr;
    }
    std::free(f->buffer);
    f->buffer = nullptr;
    const int closed = realMethods(f)->xClose(f->real);
    return rc != SQLITE_OK ? rc : closed;
}

int xRead(sqlite3_file* file, void* out, int amount, sqlite3_int64 offset) {
    File* f = self(file);
    if (const int rc = flush(f); rc != SQLITE_OK) {
        return rc;
    }
    return realMethods(f)->xRead(f->real, out, amount, offset);
}

int xWrite(sqlite3_file* file, const void* data, int amount, sqlite3_int64 offset) {
    File* f = self(file);
    if (f->log && f->buffer == nullptr) {
        f->buffer = static_cast<char*>(std::malloc(kWalWriteBufferBytes)); // a reader's log has none
    }
    if (f->buffer == nullptr) {
        return realMethods(f)->xWrite(f->real, data, amount, offset);
    }
    // Only what continues the gathered writes joins them; anything else first writes them out.
    if (f->bufferLength > 0 && (offset != f->bufferStart + f->bufferLength ||
                                f->bufferLength + static_cast<sqlite3_int64>(amount) > kWalWriteBufferBytes)) {
        if (const int rc = flush(f); rc != SQLITE_OK) {
            return rc;
        }
    }
    if (amount > kWalWriteBufferBytes) {
        return realMethods(f)->xWrite(f->real, data, amount, offset);
    }
    if (f->bufferLength == 0) {
        f->bufferStart = offset;
    }
    std::memcpy(f->buffer + f->bufferLength, data, static_cast<std::size_t>(amount));
    f->bufferLength += amount;
    g_gathered.fetch_add(1, std::memory_order_relaxed);
    // A frame is written as its header, then its page. A transaction's last frame (a header whose second word, the
    // database's size after the commit, is not zero) is written out with its page, so that a failure fails the commit.
    if (amount == kFrameHeaderBytes) {
        const auto* h = static_cast<const unsigned char*>(data);
        f->commitFrame = (h[4] | h[5] | h[6] | h[7]) != 0;
        return SQLITE_OK;
    }
    if (f->commitFrame) {
        f->commitFrame = false;
        return flush(f);
    }
    return SQLITE_OK;
}

int xTruncate(sqlite3_file* file, sqlite3_int64 size) {
    File* f = self(file);
    if (const int rc = flush(f); rc != SQLITE_OK) {
        return rc;
    }
    return realMethods(f)->xTruncate(f->real, size);
}

int xSync(sqlite3_file* file, int flags) {
    File* f = self(file);
    if (const int rc = flush(f); rc != SQLITE_OK) {
        return rc;
    }
    return realMethods(f)->xSync(f->real, flags);
}

int xFileSize(sqlite3_file* file, sqlite3_int64* size) {
    File* f = self(file);
    if (const int rc = flush(f); rc != SQLITE_OK) {
        return rc;
    }
    return realMethods(f)->xFileSize(f->real, size);
}

int xLock(sqlite3_file* file, int level) {
    File* f = self(file);
    return realMethods(f)->xLock(f->real, level);
}

int xUnlock(sqlite3_file* file, int level) {
    File* f = self(file);
    return realMethods(f)->xUnlock(f->real, level);
}

int xCheckReservedLock(sqlite3_file* file, int* out) {
    File* f = self(file);
    return realMethods(f)->xCheckReservedLock(f->real, out);
}

int xFileControl(sqlite3_file* file, int op, void* arg) {
    File* f = self(file);
    if (const int rc = flush(f); rc != SQLITE_OK) {
        return rc;
    }
    return realMethods(f)->xFileControl(f->real, op, arg);
}

int xSectorSize(sqlite3_file* file) {
    File* f = self(file);
    return realMethods(f)->xSectorSize(f->real);
}

int xDeviceCharacteristics(sqlite3_file* file) {
    File* f = self(file);
    return realMethods(f)->xDeviceCharacteristics(f->real);
}

// The shared-memory and memory-map calls, on a file whose parent has them (its methods' version).
int xShmMap(sqlite3_file* file, int page, int size, int extend, void volatile** out) {
    File* f = self(file);
    if (realMethods(f)->iVersion < 2) {
        return SQLITE_IOERR_SHMMAP;
    }
    return realMethods(f)->xShmMap(f->real, page, size, extend, out);
}

// A lock taken or dropped on the shared memory: a transaction begins or ends. A committed one's frames are in the file
// (its last frame wrote them out); what is still gathered belongs to none (rolled back, or failed) and must not reach
// the file after another writer wrote there: written out now, or dropped when that fails.
int xShmLock(sqlite3_file* file, int offset, int n, int flags) {
    File* f = self(file);
    if (f->wal != nullptr && flush(f->wal) != SQLITE_OK) {
        f->wal->bufferLength = 0;
        f->wal->commitFrame = false;
    }
    if (realMethods(f)->iVersion < 2) {
        return SQLITE_IOERR_SHMLOCK;
    }
    return realMethods(f)->xShmLock(f->real, offset, n, flags);
}

// The writer publishes the log's new end to the other connections: its frames are in the file first.
void xShmBarrier(sqlite3_file* file) {
    File* f = self(file);
    flush(f->wal);
    if (realMethods(f)->iVersion >= 2) {
        realMethods(f)->xShmBarrier(f->real);
    }
}

int xShmUnmap(sqlite3_file* file, int deleteFlag) {
    File* f = self(file);
    return realMethods(f)->iVersion >= 2 ? realMethods(f)->xShmUnmap(f->real, deleteFlag) : SQLITE_OK;
}

int xFetch(sqlite3_file* file, sqlite3_int64 offset, int amount, void** out) {
    File* f = self(file);
    if (realMethods(f)->iVersion < 3) {
        *out = nullptr; // no map: SQLite reads
        return SQLITE_OK;
    }
    return realMethods(f)->xFetch(f->real, offset, amount, out);
}

int xUnfetch(sqlite3_file* file, sqlite3_int64 offset, void* page) {
    File* f = self(file);
    return realMethods(f)->iVersion >= 3 ? realMethods(f)->xUnfetch(f->real, offset, page) : SQLITE_OK;
}

int xOpen(sqlite3_vfs*, const char* zName, sqlite3_file* file, int flags, int* outFlags) {
    File* f = self(file);
    std::memset(f, 0, sizeof(File));
    f->real = reinterpret_cast<sqlite3_file*>(f + 1);
    const int rc = g_parent->xOpen(g_parent, zName, f->real, flags, outFlags);
    if (f->real->pMethods == nullptr) {
        return rc; // nothing open: SQLite will not call xClose
    }
    file->pMethods = &g_methods;
    if (rc != SQLITE_OK) {
        return rc;
    }
    if ((flags & SQLITE_OPEN_WAL) != 0 && zName != nullptr && realMethods(f)->iVersion >= 2) {
        // The log's database file, opened by the same connection through this VFS: its barrier writes the log out.
        sqlite3_file* db = sqlite3_database_file_object(zName);
        if (db != nullptr && db->pMethods == &g_methods) {
            f->log = true;
            f->db = self(db);
            f->db->wal = f;
        }
    }
    return rc;
}

} // namespace

bool installWalWriteBuffer() {
    static std::once_flag once;
    static bool installed = false;
    std::call_once(once, [] {
        g_parent = sqlite3_vfs_find(nullptr);
        if (g_parent == nullptr || g_parent->iVersion < 1) {
            return;
        }
        g_vfs = *g_parent;
        g_vfs.szOsFile = static_cast<int>(sizeof(File)) + g_parent->szOsFile;
        g_vfs.zName = "c360-wal-buffer";
        g_vfs.pNext = nullptr;
        g_vfs.xOpen = xOpen;
        g_methods = sqlite3_io_methods{3,
                                       xClose,
                                       xRead,
                                       xWrite,
                                       xTruncate,
                                       xSync,
                                       xFileSize,
                                       xLock,
                                       xUnlock,
                                       xCheckReservedLock,
                                       xFileControl,
                                       xSectorSize,
                                       xDeviceCharacteristics,
                                       xShmMap,
                                       xShmLock,
                                       xShmBarrier,
                                       xShmUnmap,
                                       xFetch,
                                       xUnfetch};
        installed = sqlite3_vfs_register(&g_vfs, 1) == SQLITE_OK;
    });
    return installed;
}

#else

bool installWalWriteBuffer() {
    return false;
}

#endif

WalWriteCounts walWriteCounts() {
#ifdef C360_SQLITE_DIRECT
    return {g_gathered.load(), g_written.load()};
#else
    return {};
#endif
}

} // namespace c360::sql
