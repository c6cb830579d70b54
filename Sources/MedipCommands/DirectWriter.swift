#if os(Linux)
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import MedIPPolicy

/// Writes a temporary output file with direct I/O (`O_DIRECT`): the disk reads each block from
/// this process's memory, and a thread of its own waits for it, so a long output costs the cores
/// that compute it one copy into an aligned block and no copy into the kernel's page cache.
///
/// Measured on the project's 2-core machine (Benchmarks/README.md, "Decisions taken"): writing
/// 300,000 full decisions (~300 MB) with `write(2)` cost the screening workers 0.86 s of system
/// time — the kernel copying them into the page cache page by page — against 0.06 s discarded.
///
/// Blocks of ``blockSize`` bytes are filled by ``append(_:)`` (on the output's writer, one
/// thread at a time) and written in order at increasing offsets by the writer thread, two blocks
/// in turn: one filled while the other is written. ``finish()`` waits for the last full block and
/// writes the rest — less than a block, of any length — with direct I/O switched off, which the
/// caller then `fsync`s as before. A file system that takes the flag but refuses a direct write
/// (`EINVAL`) gets that block and every later one through the page cache instead.
final class DirectWriter: @unchecked Sendable {
    /// Bytes per write: a whole number of pages, and large enough for the disk to stream.
    static let blockSize = 1 << 20
    /// The alignment direct I/O asks of the memory, offsets and lengths: the page size, which
    /// every block device's logical block divides.
    static let alignment = 4096

    /// `O_DIRECT`, which Swift's Glibc module does not export: the kernel's stable values, from
    /// `include/uapi/asm-generic/fcntl.h` (x86_64) and `arch/arm64/include/uapi/asm/fcntl.h`.
    static var directFlag: Int32? {
        #if arch(x86_64)
        return 0o40000
        #elseif arch(arm64)
        return 0o200000
        #else
        return nil
        #endif
    }

    private let descriptor: Int32
    private let blocks: [UnsafeMutableRawPointer]
    private let lock = ConditionLock()
    // The caller's side (only ``append(_:)`` and ``finish()`` touch them).
    private var filling = 0
    private var filled = 0
    // Shared, under `lock`.
    private var pending: Int?
    private var offset = 0
    private var failure: Int32?
    private var stopping = false
    private var stopped = false

    /// Switches `descriptor` (a regular file, empty, opened for writing) to direct I/O and starts
    /// the writer thread; `nil` when the platform or the file system does not take the flag
    /// (the caller then writes as before).
    init?(descriptor: Int32) {
        guard let flag = Self.directFlag else { return nil }
        let flags = fcntl(descriptor, F_GETFL)
        guard flags >= 0, fcntl(descriptor, F_SETFL, flags | flag) == 0 else { return nil }
        self.descriptor = descriptor
        blocks = (0..<2).map { _ in UnsafeMutableRawPointer.allocate(byteCount: Self.blockSize, alignment: Self.alignment) }
        let thread = Thread { [self] in writeBlocks() }
        thread.name = "medip output"
        thread.start()
    }

    deinit {
        stop()
        for block in blocks { block.deallocate() }
    }

    /// Adds `bytes` to the file.
    /// - Throws: the `errno` of a block's failed write (of this block or an earlier one).
    func append(_ bytes: UnsafeRawBufferPointer) throws(DirectWriteFailure) {
        guard var source = bytes.baseAddress else { return }
        var remaining = bytes.count
        while remaining > 0 {
            let count = min(remaining, Self.blockSize - filled)
            (blocks[filling] + filled).copyMemory(from: source, byteCount: count)
            filled += count
            source += count
            remaining -= count
            if filled == Self.blockSize { try handOver() }
        }
    }

    /// Waits for the blocks handed over, then writes the rest through the page cache (direct I/O
    /// switched off), at the end of the file.
    /// - Throws: the `errno` of the first failed write.
    func finish() throws(DirectWriteFailure) {
        stop()
        lock.lock()
        let failed = failure
        let end = offset
        lock.unlock()
        if let failed { throw DirectWriteFailure(code: failed) }
        try switchOff()
        if let error = Self.writeAll(descriptor, blocks[filling], filled, at: end) { throw DirectWriteFailure(code: error) }
        filled = 0
    }

    /// Stops the writer thread once it has written what it holds, and waits for it.
    func stop() {
        lock.lock()
        stopping = true
        lock.broadcast()
        while !stopped { lock.wait() }
        lock.unlock()
    }

    /// Hands the full block to the writer thread, once it has finished the one before.
    private func handOver() throws(DirectWriteFailure) {
        lock.lock()
        while pending != nil && failure == nil { lock.wait() }
        if let failed = failure {
            lock.unlock()
            throw DirectWriteFailure(code: failed)
        }
        pending = filling
        lock.broadcast()
        lock.unlock()
        filling ^= 1
        filled = 0
    }

    /// The writer thread: each block handed over, in order, at the next offset.
    private func writeBlocks() {
        lock.lock()
        while true {
            while pending == nil && !stopping { lock.wait() }
            guard let index = pending else { break }
            let at = offset
            lock.unlock()
            var error = Self.writeAll(descriptor, blocks[index], Self.blockSize, at: at)
            if error == EINVAL {
                // The file system took the flag but not the write: through the page cache.
                error = (try? switchOff()) == nil ? EINVAL : Self.writeAll(descriptor, blocks[index], Self.blockSize, at: at)
            }
            lock.lock()
            pending = nil
            if let error {
                failure = error
                lock.broadcast()
                break
            }
            offset += Self.blockSize
            lock.broadcast()
        }
        stopped = true
        lock.broadcast()
        lock.unlock()
    }

    /// Clears `O_DIRECT` on the descriptor.
    private func switchOff() throws(DirectWriteFailure) {
        guard let flag = Self.directFlag else { return }
        let flags = fcntl(descriptor, F_GETFL)
        guard flags >= 0, fcntl(descriptor, F_SETFL, flags & ~flag) == 0 else { throw DirectWriteFailure(code: errno) }
    }

    /// `pwrite(2)` until all `count` bytes are written at `offset`; the `errno` of a failure.
    private static func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int, at offset: Int) -> Int32? {
        var done = 0
        while done < count {
            let written = pwrite(descriptor, bytes + done, count - done, off_t(offset + done))
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            if written == 0 { return EIO }
            done += written
        }
        return nil
    }
}

/// A failed write of a ``DirectWriter``: the system's error number.
struct DirectWriteFailure: Error {
    var code: Int32
}
#endif
