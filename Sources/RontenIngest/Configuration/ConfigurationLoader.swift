import Foundation
import RontenCore
import Yams

/// Reads `.ronten.yml` files into ``Configuration`` values, strictly: an
/// unknown key, an unknown rule id, a bad severity or a glob that cannot be
/// read is an error naming the file and line, never a silent default.
public struct ConfigurationLoader: Sendable {
    /// The names looked for in each folder, the first preferred.
    public static let fileNames = [".ronten.yml", ".ronten.yaml"]

    /// The rule ids configuration may name (`RuleRegistry.descriptors.map(\.id)`).
    public var knownRules: Set<String>

    public init(knownRules: some Sequence<String>) {
        self.knownRules = Set(knownRules)
    }

    /// Reads the file at `path`; the configuration keeps `path` as given.
    public func load(contentsOf path: String) throws(ConfigurationError) -> Configuration {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            let reason = access(path, R_OK) != 0 ? String(cString: strerror(errno)) : "\(error.localizedDescription)"
            throw ConfigurationError(path: path, line: nil, reason: "cannot read configuration: \(reason)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigurationError(path: path, line: nil, reason: "not UTF-8 text")
        }
        return try parse(text, path: path)
    }

    /// Reads configuration text; `path` names it in errors and anchors its globs.
    public func parse(_ text: String, path: String) throws(ConfigurationError) -> Configuration {
        try ConfigurationReader(path: path, knownRules: knownRules).read(text)
    }
}

/// One pass over one file's YAML nodes.
private struct ConfigurationReader {
    var path: String
    var knownRules: Set<String>

    static let topKeys = ["ignore", "lexicon", "overrides", "root", "rules"]

    /// Lexicon keys: the lexicon file names, plus each kind's own name.
    static let cueKinds: [String: Cue.Kind] = {
        var kinds: [String: Cue.Kind] = [
            "hedges": .hedge, "boosters": .booster, "attributions": .attribution,
            "generalisations": .generalisation, "analogies": .analogy, "weak-phrases": .weakPhrase,
            "predictions": .prediction, "recommendations": .recommendation, "comparisons": .comparison,
            "evaluations": .evaluation, "causation": .causation,
        ]
        for kind in Cue.Kind.allCases where kind != .discourseMarker { kinds[kind.rawValue] = kind }
        return kinds
    }()

    func fail(_ node: Node?, _ reason: String) -> ConfigurationError {
        ConfigurationError(path: path, line: node?.mark?.line, reason: reason)
    }

    func read(_ text: String) throws(ConfigurationError) -> Configuration {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw yamlError(error, in: text)
        } catch {
            throw ConfigurationError(path: path, line: nil, reason: "malformed YAML: \(error)")
        }
        var configuration = Configuration(path: path)
        guard let root, root.null == nil else { return configuration }
        for (key, value) in try pairs(root, what: "the configuration", allowed: Self.topKeys) {
            switch key {
            case "root":
                // Accepted for ESLint habits; the nearest file already ends the search.
                guard value.scalar != nil, value.bool != nil else { throw fail(value, "root must be true or false") }
            case "rules":
                configuration.rules = try rules(value)
            case "lexicon":
                (configuration.cues, configuration.entities) = try lexicon(value)
            case "ignore":
                configuration.ignore = try globs(value, what: "ignore")
            case "overrides":
                configuration.overrides = try overrides(value)
            default:
                break
            }
        }
        return configuration
    }

    /// A mapping's entries in file order, keys checked against `allowed`
    /// (nil allows any) and against repetition.
    func pairs(_ node: Node, what: String, allowed: [String]?) throws(ConfigurationError) -> [(String, Node)] {
        guard let mapping = node.mapping else { throw fail(node, "\(what) must be a mapping of key: value") }
        var seen: [String: Int] = [:]
        var result: [(String, Node)] = []
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.string else { throw fail(keyNode, "keys in \(what) must be plain text") }
            if let first = seen[key] {
                throw fail(keyNode, "duplicate key '\(key)' in \(what) (first at line \(first))")
            }
            seen[key] = keyNode.mark?.line ?? 0
            if let allowed, !allowed.contains(key) {
                throw fail(keyNode, "unknown key '\(key)' in \(what); expected \(list(allowed))")
            }
            result.append((key, value))
        }
        return result
    }

    // MARK: rules

    func rules(_ node: Node) throws(ConfigurationError) -> [String: RuleSetting] {
        if node.null != nil { return [:] }
        var rules: [String: RuleSetting] = [:]
        for (id, value) in try pairs(node, what: "rules", allowed: nil) {
            guard knownRules.contains(id) else {
                let keyNode = node.mapping?.keys.first { $0.scalar?.string == id }
                throw fail(keyNode, "unknown rule '\(id)'\(suggestion(for: id)); `ronten rules` lists them")
            }
            rules[id] = try setting(value, rule: id)
        }
        return rules
    }

    func setting(_ node: Node, rule: String) throws(ConfigurationError) -> RuleSetting {
        if let scalar = node.scalar {
            return try level(scalar.string, at: node, rule: rule)
        }
        guard node.mapping != nil else {
            throw fail(node, "rule '\(rule)' takes a severity (off, on, info, warning, error) or a mapping")
        }
        var setting = RuleSetting()
        for (key, value) in try pairs(node, what: "rule '\(rule)'", allowed: nil) {
            if key == "severity" {
                guard let scalar = value.scalar else { throw fail(value, "severity of '\(rule)' must be one word") }
                let level = try level(scalar.string, at: value, rule: rule)
                setting.enabled = level.enabled
                setting.severity = level.severity
            } else {
                setting.options[key] = try option(value, key: key, rule: rule)
            }
        }
        return setting
    }

    func level(_ word: String, at node: Node, rule: String) throws(ConfigurationError) -> RuleSetting {
        switch word.lowercased() {
        case "off", "false": return RuleSetting(enabled: false)
        case "on", "true": return RuleSetting(enabled: true)
        case "info": return RuleSetting(enabled: true, severity: .info)
        case "warning": return RuleSetting(enabled: true, severity: .warning)
        case "error": return RuleSetting(enabled: true, severity: .error)
        default:
            throw fail(node, "bad severity '\(word)' for rule '\(rule)'; expected off, on, info, warning or error")
        }
    }

    func option(_ node: Node, key: String, rule: String) throws(ConfigurationError) -> RuleOption {
        if let scalar = node.scalar {
            guard scalar.style == .plain || scalar.style == .any else { return .text(scalar.string) }
            if let value = Int(scalar.string) { return .integer(value) }
            if let value = Double(scalar.string), scalar.string.contains(where: { $0.isNumber }) { return .number(value) }
            switch scalar.string {
            case "true", "True", "TRUE": return .flag(true)
            case "false", "False", "FALSE": return .flag(false)
            default: return .text(scalar.string)
            }
        }
        if let sequence = node.sequence {
            var items: [String] = []
            for item in sequence {
                guard let scalar = item.scalar else {
                    throw fail(item, "option '\(key)' of rule '\(rule)' must list plain values")
                }
                items.append(scalar.string)
            }
            return .list(items)
        }
        throw fail(node, "option '\(key)' of rule '\(rule)' must be a value or a list of values")
    }

    // MARK: lexicon

    func lexicon(_ node: Node) throws(ConfigurationError) -> ([CueAddition], [EntityAddition]) {
        if node.null != nil { return ([], []) }
        var cues: [CueAddition] = []
        var entities: [EntityAddition] = []
        for (code, words) in try pairs(node, what: "lexicon", allowed: ["en", "ja"]) {
            let language: Language = code == "ja" ? .japanese : .english
            let allowed = Self.cueKinds.keys.sorted() + ["entities"]
            let discourse = ["discourse", "discourse-markers", Cue.Kind.discourseMarker.rawValue]
            for (key, value) in try pairs(words, what: "lexicon.\(code)", allowed: nil) {
                if discourse.contains(key) {
                    throw fail(value, "discourse markers need a relation and cannot be added here; add them as lexicon lines")
                }
                if key == "entities" {
                    entities += try entityList(value)
                    continue
                }
                guard let kind = Self.cueKinds[key] else {
                    let keyNode = words.mapping?.keys.first { $0.scalar?.string == key }
                    throw fail(keyNode, "unknown key '\(key)' in lexicon.\(code); expected \(list(allowed))")
                }
                for (pattern, at) in try texts(value, what: "lexicon.\(code).\(key)") {
                    cues.append(CueAddition(language: language, kind: kind, pattern: pattern, line: at.mark?.line))
                }
            }
        }
        return (cues, entities)
    }

    func entityList(_ node: Node) throws(ConfigurationError) -> [EntityAddition] {
        guard let sequence = node.sequence else {
            throw fail(node, "entities must be a list of names or of {name, kind, aliases}")
        }
        var entities: [EntityAddition] = []
        for item in sequence {
            if let scalar = item.scalar {
                guard !scalar.string.isEmpty else { throw fail(item, "an entity name cannot be empty") }
                entities.append(EntityAddition(name: scalar.string, line: item.mark?.line))
                continue
            }
            var entity = EntityAddition(name: "", line: item.mark?.line)
            for (key, value) in try pairs(item, what: "an entity", allowed: ["aliases", "kind", "name"]) {
                switch key {
                case "name":
                    guard let name = value.scalar?.string, !name.isEmpty else { throw fail(value, "an entity name must be text") }
                    entity.name = name
                case "kind":
                    guard let word = value.scalar?.string, let kind = Entity.Kind(rawValue: word) else {
                        throw fail(value, "entity kind must be one of \(list(Entity.Kind.allCases.map(\.rawValue)))")
                    }
                    entity.kind = kind
                default:
                    entity.aliases = try texts(value, what: "aliases").map(\.0)
                }
            }
            guard !entity.name.isEmpty else { throw fail(item, "an entity needs a name") }
            entities.append(entity)
        }
        return entities
    }

    /// A text or a list of texts, each non-empty, with its node.
    func texts(_ node: Node, what: String) throws(ConfigurationError) -> [(String, Node)] {
        let items = node.sequence.map(Array.init) ?? [node]
        var texts: [(String, Node)] = []
        for item in items {
            guard let scalar = item.scalar, item.null == nil || scalar.style != .plain else {
                throw fail(item, "\(what) must be a text or a list of texts")
            }
            guard !scalar.string.isEmpty else { throw fail(item, "empty text in \(what)") }
            texts.append((scalar.string, item))
        }
        return texts
    }

    // MARK: paths

    func globs(_ node: Node, what: String) throws(ConfigurationError) -> [String] {
        var globs: [String] = []
        for (pattern, at) in try texts(node, what: what) {
            if let problem = Glob.problem(in: pattern) { throw fail(at, problem) }
            globs.append(pattern)
        }
        return globs
    }

    func overrides(_ node: Node) throws(ConfigurationError) -> [PathOverride] {
        guard let sequence = node.sequence else {
            throw fail(node, "overrides must be a list of {files, rules}")
        }
        var overrides: [PathOverride] = []
        for item in sequence {
            var files: [String]?
            var rules: [String: RuleSetting] = [:]
            for (key, value) in try pairs(item, what: "an override", allowed: ["files", "rules"]) {
                if key == "files" { files = try globs(value, what: "files") } else { rules = try self.rules(value) }
            }
            guard let files else { throw fail(item, "an override needs files: the globs it applies to") }
            overrides.append(PathOverride(files: files, rules: rules))
        }
        return overrides
    }

    // MARK: messages

    func list(_ words: [String]) -> String {
        words.count <= 1 ? words.joined() : words.dropLast().joined(separator: ", ") + " or " + words.last!
    }

    /// `; did you mean '…'?` for an id a typo or two away from a known one.
    func suggestion(for id: String) -> String {
        let scored = knownRules.map { ($0, editDistance(Array(id.utf8), Array($0.utf8))) }
            .filter { $0.1 <= max(2, id.utf8.count / 3) }
            .sorted { ($0.1, $0.0) < ($1.1, $1.0) }
        return scored.first.map { " (did you mean '\($0.0)'?)" } ?? ""
    }

    func editDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }

    func yamlError(_ error: YamlError, in text: String) -> ConfigurationError {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let detail = context.map { " (\($0.text) from line \($0.mark.line))" } ?? ""
            return ConfigurationError(path: path, line: mark.line, reason: "malformed YAML: \(problem)\(detail)")
        case .reader(let problem, let offset, _, _):
            let line = offset.map { o in text.utf8.prefix(o).reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) } }
            return ConfigurationError(path: path, line: line, reason: "malformed YAML: \(problem)")
        default:
            return ConfigurationError(path: path, line: nil, reason: "malformed YAML: \(error)")
        }
    }
}
