import Foundation

/// Puts a check report together from its files' parts, given in path order:
/// the bodies are kept (past `spillThreshold` bytes, in a temporary file
/// that is deleted on creation), and once every file has been added, the
/// head, the bodies and the tail are handed out in order.
///
/// What a run holds is then the counts and a few bytes per file at most,
/// whatever the number of files; the report's own size lives on disk.
public struct CheckReportWriter {
    public let format: any CheckFormat
    public let context: CheckContext
    public private(set) var totals = CheckTotals()
    private let spill: BodySpill
    private var bodyLength = 0
    /// Where a SARIF `ruleIndex` of a rule the registry does not list goes,
    /// in `body` order.
    private var patches: [(offset: Int, rule: String)] = []

    /// - Parameter spillThreshold: nil keeps everything in memory.
    public init(format: any CheckFormat, context: CheckContext, spillThreshold: Int? = 4 << 20) {
        self.format = format
        self.context = context
        spill = BodySpill(threshold: spillThreshold)
    }

    public mutating func add(_ fragment: CheckFragment) {
        totals.files += 1
        totals.summary.add(fragment.summary)
        totals.tests += fragment.tests
        for use in fragment.unknownRules where totals.unknownRules[use.rule] == nil {
            totals.unknownRules[use.rule] = use.severity
        }
        if !fragment.notice.isEmpty {
            if totals.noticeCount > 0 { totals.notices += format.separator }
            totals.notices += fragment.notice
            totals.noticeCount += 1
        }
        guard !fragment.body.isEmpty else { return }
        if totals.listed > 0 {
            spill.append(format.separator)
            bodyLength += format.separator.count
        }
        for use in fragment.unknownRules {
            if let offset = use.offset { patches.append((bodyLength + offset, use.rule)) }
        }
        spill.append(fragment.body)
        bodyLength += fragment.body.count
        totals.listed += 1
    }

    /// Hands the whole report to `write`, in pieces; throws what `write`
    /// throws, or a ``SpillError``.
    public func finish(_ write: ([UInt8]) throws -> Void) throws {
        try write(format.head(totals, context: context))
        let unknown = totals.unknownRules.keys.sorted()
        var patchIndex = 0
        var position = 0
        try spill.read { chunk in
            var start = 0
            while patchIndex < patches.count, patches[patchIndex].offset <= position + chunk.count {
                let cut = patches[patchIndex].offset - position
                if cut > start { try write(Array(chunk[start..<cut])) }
                let index = context.rules.count + unknown.firstIndex(of: patches[patchIndex].rule)!
                try write(Array(String(index).utf8))
                start = cut
                patchIndex += 1
            }
            if start == 0 { try write(chunk) } else if start < chunk.count { try write(Array(chunk[start...])) }
            position += chunk.count
        }
        try write(format.tail(totals, context: context))
    }
}

/// Bytes appended in order and read back once: in memory up to a
/// threshold, then in an unlinked temporary file. A class because it owns a
/// file descriptor, closed when the last reference goes.
final class BodySpill {
    /// Nil, or once the file could not be made or written to: memory only.
    private var threshold: Int?
    private var pending: [UInt8] = []
    private var descriptor: Int32 = -1

    init(threshold: Int?) { self.threshold = threshold }

    deinit { if descriptor >= 0 { close(descriptor) } }

    func append(_ bytes: [UInt8]) {
        pending += bytes
        if let threshold, pending.count >= threshold { flush() }
    }

    private func flush() {
        if descriptor < 0 {
            let folder = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
            var template = Array((folder + "/ronten-check-XXXXXX").utf8CString)
            descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
            guard descriptor >= 0 else {
                // Without a temporary file the bytes stay in memory, which only costs memory.
                threshold = nil
                return
            }
            template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        }
        var written = 0
        pending.withUnsafeBytes { buffer in
            while written < buffer.count {
                let n = write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if n < 0 && errno == EINTR { continue }
                // A full disk: the file keeps what it took, memory the rest.
                guard n > 0 else { threshold = nil; return }
                written += n
            }
        }
        if written == pending.count { pending.removeAll(keepingCapacity: true) } else { pending.removeFirst(written) }
    }

    /// Every byte appended, in chunks, in order.
    func read(_ body: ([UInt8]) throws -> Void) throws {
        if descriptor >= 0 {
            lseek(descriptor, 0, SEEK_SET)
            var chunk = [UInt8](repeating: 0, count: 1 << 20)
            while true {
                let n = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress!, $0.count) }
                if n < 0 && errno == EINTR { continue }
                if n < 0 { throw SpillError(reason: String(cString: strerror(errno))) }
                guard n > 0 else { break }
                try body(n == chunk.count ? chunk : Array(chunk[0..<n]))
            }
        }
        if !pending.isEmpty { try body(pending) }
    }
}

/// The temporary file of a report's bodies could not be read back.
public struct SpillError: Error, CustomStringConvertible {
    public var reason: String
    public var description: String { "cannot read back the report's temporary file: \(reason)" }
}
