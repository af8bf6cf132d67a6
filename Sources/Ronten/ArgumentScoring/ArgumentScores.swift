import Foundation
import RontenAnalysis
import RontenCore

/// Scores Ronten's trees against gold trees on the four levels of
/// Peldszus & Stede (2015), each a macro-averaged F1 over its classes,
/// pooled over all units of all texts:
/// - central claim: is the unit the central claim (yes / no);
/// - role: proponent / opponent;
/// - function: support / attack (/ none, for the central claim);
/// - attachment: for every ordered pair of units, does the first attach to
///   the second (yes / no).
public struct ArgumentScores: Sendable, CustomStringConvertible {
    public var texts = 0
    public var units = 0
    public var centralClaim = Confusion()
    public var role = Confusion()
    public var function = Confusion()
    public var attachment = Confusion()
    /// How often the first unit is the gold central claim: the usual baseline.
    public var firstUnitIsCentral = 0

    public init() {}

    /// Counts of (gold, predicted) label pairs.
    public struct Confusion: Sendable {
        var counts: [String: [String: Int]] = [:]

        mutating func add(gold: String, predicted: String) { counts[gold, default: [:]][predicted, default: 0] += 1 }

        /// Macro-averaged F1 over the labels that occur in gold or prediction.
        public var macroF1: Double {
            var labels = Set(counts.keys)
            for row in counts.values { labels.formUnion(row.keys) }
            guard !labels.isEmpty else { return 0 }
            var total = 0.0
            for label in labels {
                let tp = Double(counts[label]?[label] ?? 0)
                let goldCount = Double(counts[label]?.values.reduce(0, +) ?? 0)
                let predictedCount = Double(counts.values.reduce(0) { $0 + ($1[label] ?? 0) })
                let precision = predictedCount > 0 ? tp / predictedCount : 0
                let recall = goldCount > 0 ? tp / goldCount : 0
                total += precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
            }
            return total / Double(labels.count)
        }
    }

    /// Adds one text: its gold graph and the tree Ronten built on its units,
    /// one node per unit in order.
    public mutating func add(gold: ArgGraph, predicted tree: ArgumentTree) {
        texts += 1
        units += gold.units.count
        let index = Dictionary(uniqueKeysWithValues: tree.nodes.enumerated().map { ($0.element.id, $0.offset) })
        var parents: [Int?] = Array(repeating: nil, count: gold.units.count)
        var functions: [ArgGraph.Function] = Array(repeating: .none, count: gold.units.count)
        for relation in tree.relations {
            guard let from = index[relation.from], let to = index[relation.to], from < parents.count else { continue }
            parents[from] = to
            functions[from] = relation.type.isAttack ? .attack : .support
        }
        if gold.centralClaim == 0 { firstUnitIsCentral += 1 }
        for i in gold.units.indices {
            let node = i < tree.nodes.count ? tree.nodes[i] : nil
            centralClaim.add(gold: gold.parents[i] == nil ? "yes" : "no", predicted: node?.role == .thesis ? "yes" : "no")
            role.add(gold: gold.units[i].isOpponent ? "opponent" : "proponent",
                     predicted: node?.stance == .opponent ? "opponent" : "proponent")
            function.add(gold: gold.functions[i].rawValue, predicted: node?.role == .thesis ? "none" : functions[i].rawValue)
            for j in gold.units.indices where j != i {
                attachment.add(gold: gold.parents[i] == j ? "yes" : "no", predicted: parents[i] == j ? "yes" : "no")
            }
        }
    }

    public var description: String {
        func f(_ x: Double) -> String { String(format: "%.3f", x) }
        return """
            texts: \(texts), units: \(units)
            central claim (macro-F1): \(f(centralClaim.macroF1))
            role          (macro-F1): \(f(role.macroF1))
            function      (macro-F1): \(f(function.macroF1))
            attachment    (macro-F1): \(f(attachment.macroF1))
            baseline: first unit is the central claim in \(firstUnitIsCentral) of \(texts) texts (\(f(Double(firstUnitIsCentral) / Double(max(texts, 1)))))
            """
    }
}

extension Pipeline {
    /// Builds the tree of a gold text's units, one line each (`--segmented`).
    public func tree(units: [String], path: String) throws -> ArgumentTree {
        let session = Pipeline(ingestor: ingestor, segmenter: segmenter, evaluator: evaluator, segmented: true).session()
        let text = units.map { $0.replacingOccurrences(of: "\n", with: " ") }.joined(separator: "\n")
        return ArgumentBuilder().build(try session.evaluate(Array(text.utf8), path: path))
    }
}
