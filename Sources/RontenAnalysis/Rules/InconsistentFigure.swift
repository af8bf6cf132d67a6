import RontenCore

/// Flags a figure stated two ways in one article: the same kind and unit,
/// attached to the same subject (「売上高は1,200億円」 … 「売上高は1,500億円」,
/// "the transition cost was $60–65 million" … "the transition cost was
/// $70 million"), with values that cannot both be true.
///
/// Conservative by design. A figure takes part only when it clearly has a
/// subject (see ``FigureSubject``) and its sentence is a plain statement:
/// sentences that predict, recommend or set a condition speak of other
/// times or worlds. Two figures are compared only when their sentences give
/// the same dates (or none) and do not name different entities. Not flagged:
/// the same figure written two ways (600億ドル and $60 billion, by
/// ``Quantity/isSameFigure(_:)``), a value inside a stated range or near an
/// approximate one (about 40% and 41%), figures within one sentence ("up from
/// $1.0 billion"), and vague amounts.
///
/// A reviewer cares because two values for one fact mean at least one is
/// wrong, and the reader cannot tell which.
public struct InconsistentFigure: Rule {
    public static let descriptor = RuleDescriptor(
        id: "inconsistent-figure",
        defaultSeverity: .error,
        summary: LocalizedText(
            ja: "同じ対象の数値が記事の中で食い違っている。",
            en: "The same figure is stated with different values."),
        description: LocalizedText(
            ja: "同じ主語（「売上高は」「〜の投資」など、数値の直前・直後の名詞句）に付いた同じ種類・単位の数値が、記事の中で両立しない値で書かれているものを指摘します。誤検出を避けるため、主語がはっきりしている数値だけを、日付が同じで別の企業名を挙げていない平叙文どうしで比べます。同じ数値の別表記（600億ドルと$60 billion）、範囲内の値や概数に近い値（約40%と41%）、同じ文の中の比較、曖昧な数量、予測・提言・条件の文は対象外です。一つの事実に二つの値があれば少なくとも一方は誤りで、読者にはどちらか分かりません。",
            en: "Flags figures of the same kind and unit, attached to the same subject (the noun phrase right before or after the figure: \"revenue was\", \"in revenue\", 「売上高は」), that are stated with values that cannot both hold. To stay clear of false alarms, only figures with a clear subject are compared, only between plain statements that give the same dates and do not name different entities. The same figure written two ways ($60 billion and 600億ドル), a value inside a stated range or near an approximate one (about 40% and 41%), comparisons within one sentence, vague amounts, and sentences that predict, recommend or set a condition are not flagged. Two values for one fact mean at least one is wrong, and the reader cannot tell which."),
        help: LocalizedText(
            ja: "どちらの値が正しいか確認して揃えてください。時点や範囲が違うなら、それを明記してください。",
            en: "Check which value is right and use it throughout; if the figures differ in date or scope, say so."))

    public init() {}

    private struct Key: Hashable {
        var kind: Quantity.Kind
        var unit: String?
        var subject: FigureSubject
        var dates: [String]
    }

    private struct ReportedValue: Hashable {
        var key: Key
        var low: Double?
        var high: Double?
    }

    private struct Stated {
        var quantity: Quantity
        var sentence: Int
        var range: SourceRange
        var entities: Set<String>
    }

    public func check(_ document: EvaluatedDocument) -> [Finding] {
        let locate = SpanLocator(document)
        var findings: [Finding] = []
        var first: [Key: Stated] = [:]
        // Each conflicting value is reported once per subject, at its first statement.
        var reported: Set<ReportedValue> = []
        for (index, facts) in document.sentences.enumerated() {
            guard facts.isClaim, !facts.has(.prediction), !facts.has(.recommendation),
                  !facts.cues.contains(where: { $0.kind == .discourseMarker && $0.relation == .condition }) else { continue }
            let subjects = facts.figureSubjects
            // Only a figure with a subject takes part: most sentences stop here.
            guard subjects.contains(where: { $0 != nil }) else { continue }
            let dates = Self.dates(of: facts)
            let entities = Set(facts.entities.map(\.name))
            for (quantity, subject) in zip(facts.quantities, subjects) {
                guard let subject, Self.isComparable(quantity) else { continue }
                let key = Key(kind: quantity.kind, unit: quantity.unit, subject: subject, dates: dates)
                guard let earlier = first[key] else {
                    first[key] = Stated(quantity: quantity, sentence: index,
                                        range: locate.range(of: quantity, in: facts), entities: entities)
                    continue
                }
                guard earlier.sentence != index,
                      earlier.entities.isEmpty || entities.isEmpty || !earlier.entities.isDisjoint(with: entities),
                      !Self.agree(earlier.quantity, quantity),
                      reported.insert(ReportedValue(key: key, low: quantity.value ?? quantity.low, high: quantity.value ?? quantity.high)).inserted
                else { continue }
                let line = earlier.range.start.line
                findings.append(finding(
                    LocalizedText(
                        ja: "「\(subject.phrase)」の数値が食い違っています：\(line)行目では「\(earlier.quantity.text)」、ここでは「\(quantity.text)」。",
                        en: "The figure for \"\(subject.phrase)\" differs: \"\(earlier.quantity.text)\" on line \(line), \"\(quantity.text)\" here."),
                    at: locate.range(of: quantity, in: facts), sentence: facts.sentence.id,
                    evidence: [earlier.quantity.text, quantity.text]))
            }
        }
        return findings
    }

    static func isComparable(_ quantity: Quantity) -> Bool {
        guard quantity.approximation != .vague, !quantity.overflow else { return false }
        switch quantity.kind {
        case .money, .percent, .percentagePoint, .ratio: return true
        case .count: return quantity.unit != nil && quantity.unit != "つ"
        default: return false
        }
    }

    /// The dates a sentence gives, so figures of different years are not compared.
    private static func dates(of facts: SentenceFacts) -> [String] {
        facts.quantities.compactMap { q -> String? in
            switch q.kind {
            case .year, .date, .fiscalYear, .quarter:
                let c = q.calendar
                return "\(q.kind.rawValue):\(c?.year ?? 0)-\(c?.month ?? 0)-\(c?.day ?? 0)-\(c?.quarter ?? 0)"
            case .relativeTime:
                return "\(q.kind.rawValue):\(q.value ?? q.low ?? 0)\(q.unit ?? "")"
            default: return nil
            }
        }.sorted()
    }

    /// Whether two statements of a figure can both be true: the same figure,
    /// or bounds that overlap once hedges (about, more than) are allowed for.
    static func agree(_ a: Quantity, _ b: Quantity) -> Bool {
        if a.isSameFigure(b) { return true }
        guard let x = bounds(a), let y = bounds(b) else { return true }
        return x.lowerBound <= y.upperBound && y.lowerBound <= x.upperBound
    }

    private static func bounds(_ q: Quantity) -> ClosedRange<Double>? {
        guard var low = q.value ?? q.low, var high = q.value ?? q.high, low.isFinite, high.isFinite, low <= high else {
            return nil
        }
        switch q.approximation {
        case .exact, .vague: break
        case .about, .around, .nearly:
            low -= abs(low) * 0.1
            high += abs(high) * 0.1
        case .over, .atLeast: high = .infinity
        case .under, .atMost: low = -.infinity
        }
        return low...high
    }
}
