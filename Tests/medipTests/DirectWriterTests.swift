#if os(Linux)
import Foundation
import Testing
@testable import MedipCommands

/// Output files are written with direct I/O from a thread of their own where the file system
/// allows it (`DirectWriter`): the same bytes in the same order whatever the sizes of the pieces,
/// the tail of less than a block included, and a failed write reported, never lost.
@Suite struct DirectWriterTests {
    /// Bytes that differ from block to block and within one, so a block written twice, out of
    /// order or at the wrong offset shows.
    static func content(_ count: Int, seed: UInt64) -> [UInt8] {
        var state = seed
        var bytes = [UInt8](repeating: 0, count: count)
        bytes.withUnsafeMutableBytes { raw in
            for offset in stride(from: 0, to: count, by: 8) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                if offset + 8 <= count {
                    raw.storeBytes(of: state, toByteOffset: offset, as: UInt64.self)
                } else {
                    for index in offset..<count { raw[index] = UInt8(truncatingIfNeeded: state >> (8 * UInt64(index - offset))) }
                }
            }
        }
        return bytes
    }

    /// Writes `bytes` through an ``OutputFile`` in pieces of the given sizes (cycled), commits it
    /// and answers what the file holds.
    static func roundTrip(_ bytes: [UInt8], pieces: [Int]) throws -> [UInt8] {
        let directory = try CheckedIOTests.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("out.bin").path
        let file = try OutputFile(path)
        var offset = 0
        var piece = 0
        while offset < bytes.count {
            let count = min(pieces[piece % pieces.count], bytes.count - offset)
            try bytes[offset..<(offset + count)].withUnsafeBytes { raw in
                try Result { () throws(CommandError) in try file.write(raw) }.get()
            }
            offset += count
            piece += 1
        }
        try Result { () throws(CommandError) in try file.commit() }.get()
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(names == ["out.bin"], "no temporary file is left")
        return Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    @Test(arguments: [
        (0, [1]), (1, [1]), (4095, [4095]), (DirectWriter.blockSize, [65_536]),
        (DirectWriter.blockSize + 1, [7, 65_536, 250_000]), (2 * DirectWriter.blockSize, [3 * DirectWriter.blockSize]),
        (3 * DirectWriter.blockSize + 12_345, [1, 4096, 250_758, DirectWriter.blockSize + 3, 17]),
    ])
    func everyByteArrivesInOrder(count: Int, pieces: [Int]) throws {
        let bytes = Self.content(count, seed: UInt64(count))
        let written = try Self.roundTrip(bytes, pieces: pieces)
        #expect(written.count == bytes.count)
        if written != bytes {
            let first = zip(written, bytes).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            Issue.record("the file differs from what was written from byte \(first ?? min(written.count, bytes.count)) on")
        }
    }

    /// A block the disk refuses is reported by a later `append` or by `finish`, with its error.
    @Test func aFailedBlockIsReported() throws {
        let directory = try CheckedIOTests.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("read-only.bin").path
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let descriptor = open(path, O_RDONLY)
        #expect(descriptor >= 0)
        defer { close(descriptor) }
        let writer = try #require(DirectWriter(descriptor: descriptor))
        let bytes = Self.content(3 * DirectWriter.blockSize + 10, seed: 3)
        var code: Int32?
        do {
            try bytes.withUnsafeBytes { raw in try writer.append(raw) }
            try writer.finish()
        } catch let failure as DirectWriteFailure {
            code = failure.code
        } catch {
            Issue.record("another error: \(error)")
        }
        #expect(code == EBADF, "a write to a descriptor not open for writing fails with EBADF: \(String(describing: code))")
    }
}
#endif
