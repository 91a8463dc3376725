#pragma once

namespace c360::sql {

// SQLite writes a write-ahead log frame by frame: two writes each (its header and its page), some 130,000 system calls
// for the 65,000 frames of an incremental sync at 100,000 customers. installWalWriteBuffer() puts a VFS in front of
// the platform's default that gathers a log's consecutive writes in a buffer of kWalWriteBufferBytes and writes them
// as one: with a transaction's last frame (so that a failed write fails the commit), before the log is read, synced,
// truncated, sized or closed, before the writer publishes new frames to other
// connections (the database file's shared-memory barrier) and before it takes or drops a shared-memory lock (the end
// of a transaction, committed or rolled back). Every other file, and every other call, goes straight through.
//
// Installed once, as the default VFS, before the first connection opens; returns whether it is in place. Without
// C360_SQLITE_DIRECT (Qt's driver on a SQLite of its own) it is not installed: the driver would not use it.
bool installWalWriteBuffer();

// Less than 128 KiB: the unix VFS writes at most 128 KiB - 1 bytes in a call (larger writes come out short).
constexpr int kWalWriteBufferBytes = 127 * 1024;

// How many buffered writes reached the file, and in how many system calls (for tests).
struct WalWriteCounts {
    long long gathered = 0;
    long long written = 0;
};
WalWriteCounts walWriteCounts();

} // namespace c360::sql
