import RontenCore

/// What `check` keeps of an analysis: its findings in the order the rules
/// gave them (``CheckedFile`` sorts them the same way again) and the texts
/// of the sentences they name.
struct CachedFindings: Equatable {
    var findings: [Finding]
    var sentences: [String: String]
}

/// ``CachedFindings`` as compact bytes rather than JSON: a warm `check` of
/// the 1,856-article corpus spent a third of its time in JSONDecoder, and
/// this reads back in a small fraction of that. Integers are LEB128
/// varints; strings a varint length and their UTF-8 bytes; sentences come
/// sorted by id, so one result is always the same bytes.
enum FindingsRecord {
    static let magic = Array("ronten.findings/1\n".utf8)

    static func encode(_ record: CachedFindings) -> [UInt8] {
        var out = ByteWriter()
        out.bytes.append(contentsOf: magic)
        out.int(record.findings.count)
        for finding in record.findings {
            out.string(finding.rule)
            out.string(finding.severity.rawValue)
            out.string(finding.message.ja)
            out.string(finding.message.en)
            for position in [finding.range.start, finding.range.end] {
                out.int(position.offset)
                out.int(position.line)
                out.int(position.column)
            }
            if let sentence = finding.sentence {
                out.int(1)
                out.string(sentence)
            } else {
                out.int(0)
            }
            out.int(finding.evidence.count)
            for evidence in finding.evidence { out.string(evidence) }
        }
        out.int(record.sentences.count)
        for id in record.sentences.keys.sorted() {
            out.string(id)
            out.string(record.sentences[id]!)
        }
        return out.bytes
    }

    /// Nil unless `bytes` are exactly one record.
    static func decode(_ bytes: ArraySlice<UInt8>) -> CachedFindings? {
        guard bytes.starts(with: magic) else { return nil }
        var input = ByteReader(bytes: bytes.dropFirst(magic.count))
        guard let count = input.int() else { return nil }
        var findings: [Finding] = []
        findings.reserveCapacity(min(count, 1 << 16))
        for _ in 0..<count {
            guard let rule = input.string(), let severity = input.string().flatMap(Severity.init(rawValue:)),
                  let ja = input.string(), let en = input.string(),
                  let start = input.position(), let end = input.position(), let hasSentence = input.int() else { return nil }
            var sentence: String?
            if hasSentence == 1 {
                guard let id = input.string() else { return nil }
                sentence = id
            } else if hasSentence != 0 {
                return nil
            }
            guard let evidenceCount = input.int() else { return nil }
            var evidence: [String] = []
            for _ in 0..<evidenceCount {
                guard let text = input.string() else { return nil }
                evidence.append(text)
            }
            findings.append(Finding(rule: rule, severity: severity, message: LocalizedText(ja: ja, en: en),
                                    range: SourceRange(start: start, end: end), sentence: sentence, evidence: evidence))
        }
        guard let sentenceCount = input.int() else { return nil }
        var sentences: [String: String] = [:]
        for _ in 0..<sentenceCount {
            guard let id = input.string(), let text = input.string() else { return nil }
            sentences[id] = text
        }
        return input.bytes.isEmpty ? CachedFindings(findings: findings, sentences: sentences) : nil
    }
}

private struct ByteWriter {
    var bytes: [UInt8] = []

    mutating func int(_ value: Int) {
        var rest = UInt64(bitPattern: Int64(value))
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func string(_ text: String) {
        int(text.utf8.count)
        bytes.append(contentsOf: text.utf8)
    }
}

private struct ByteReader {
    var bytes: ArraySlice<UInt8>

    mutating func int() -> Int? {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while let byte = bytes.popFirst() {
            guard shift < 64 else { return nil }
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return Int(Int64(bitPattern: value)) }
            shift += 7
        }
        return nil
    }

    mutating func string() -> String? {
        guard let length = int(), length >= 0, length <= bytes.count else { return nil }
        let text = String(decoding: bytes.prefix(length), as: UTF8.self)
        bytes = bytes.dropFirst(length)
        return text
    }

    mutating func position() -> SourcePosition? {
        guard let offset = int(), let line = int(), let column = int() else { return nil }
        return SourcePosition(offset: offset, line: line, column: column)
    }
}
