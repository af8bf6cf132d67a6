/// What a `.ronten.yml` says: which rules run and how loudly, words to add
/// to the lexicons, files to skip, and rule settings for some paths only.
///
/// Globs (`ignore`, `overrides[].files`) are relative to the folder of the
/// file the configuration was read from. The empty value is the built-in
/// default: every rule at its default severity, nothing added or ignored.
public struct Configuration: Sendable, Codable, Hashable {
    /// The file it was read from, nil for the built-in default.
    public var path: String?
    /// Rule id → setting; a rule not listed runs at its default severity.
    public var rules: [String: RuleSetting]
    /// Words added to the cue lexicons, in file order.
    public var cues: [CueAddition]
    /// Names added to the entity gazetteer, in file order.
    public var entities: [EntityAddition]
    /// Globs of files never read.
    public var ignore: [String]
    /// Applied after `rules`, in order, to files their globs match; the
    /// last match wins.
    public var overrides: [PathOverride]

    public init(path: String? = nil, rules: [String: RuleSetting] = [:], cues: [CueAddition] = [],
                entities: [EntityAddition] = [], ignore: [String] = [], overrides: [PathOverride] = []) {
        self.path = path
        self.rules = rules
        self.cues = cues
        self.entities = entities
        self.ignore = ignore
        self.overrides = overrides
    }

    /// The folder globs are relative to: the configuration file's own.
    public var folder: String? {
        guard let path else { return nil }
        let folder = PathText.deletingLastComponent(path)
        return folder.isEmpty ? "." : folder
    }

    /// Cue additions in the shape `CueMatcher(additions:)` takes.
    public var cueAdditions: [Language: [Cue.Kind: [String]]] {
        var additions: [Language: [Cue.Kind: [String]]] = [:]
        for cue in cues { additions[cue.language, default: [:]][cue.kind, default: []].append(cue.pattern) }
        return additions
    }

    /// Entity additions in the shape `Gazetteer(parsing:file:additions:)` takes.
    public var entityAdditions: [(String, Entity.Kind, [String])] {
        entities.map { ($0.name, $0.kind, $0.aliases) }
    }

    private enum CodingKeys: String, CodingKey {
        case path, rules, cues, entities, ignore, overrides
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(path, forKey: .path)
        // Dictionary order changes from run to run; output must not.
        try container.encode(SortedKeys(rules), forKey: .rules)
        try container.encode(cues, forKey: .cues)
        try container.encode(entities, forKey: .entities)
        try container.encode(ignore, forKey: .ignore)
        try container.encode(overrides, forKey: .overrides)
    }
}

/// How one rule is configured. Fields left nil keep what an earlier level
/// (the default, the top-level `rules`, an earlier override) set.
public struct RuleSetting: Sendable, Codable, Hashable {
    public var enabled: Bool?
    public var severity: Severity?
    /// Everything else in the rule's mapping (`limit: 120`), for the rule to read.
    public var options: [String: RuleOption]

    public init(enabled: Bool? = nil, severity: Severity? = nil, options: [String: RuleOption] = [:]) {
        self.enabled = enabled
        self.severity = severity
        self.options = options
    }

    public static let off = RuleSetting(enabled: false)

    /// `other` laid over this one: its set fields win, options merge by key.
    public func merging(_ other: RuleSetting) -> RuleSetting {
        RuleSetting(enabled: other.enabled ?? enabled, severity: other.severity ?? severity,
                    options: options.merging(other.options) { _, new in new })
    }

    private enum CodingKeys: String, CodingKey {
        case enabled, severity, options
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(enabled, forKey: .enabled)
        try container.encodeIfPresent(severity, forKey: .severity)
        try container.encode(SortedKeys(options), forKey: .options)
    }
}

/// A rule option's value as written: quoted text stays text.
public enum RuleOption: Sendable, Codable, Hashable {
    case integer(Int)
    case number(Double)
    case flag(Bool)
    case text(String)
    case list([String])

    public var integer: Int? {
        if case .integer(let value) = self { return value }
        return nil
    }

    /// Integers widen to numbers.
    public var number: Double? {
        switch self {
        case .integer(let value): return Double(value)
        case .number(let value): return value
        default: return nil
        }
    }

    public var flag: Bool? {
        if case .flag(let value) = self { return value }
        return nil
    }

    public var text: String? {
        if case .text(let value) = self { return value }
        return nil
    }

    /// A single text reads as a list of one.
    public var list: [String]? {
        switch self {
        case .list(let items): return items
        case .text(let value): return [value]
        default: return nil
        }
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(Bool.self) {
            self = .flag(value)
        } else if let value = try? container.decode(Int.self) {
            self = .integer(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .text(value)
        } else {
            self = .list(try container.decode([String].self))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .integer(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .flag(let value): try container.encode(value)
        case .text(let value): try container.encode(value)
        case .list(let items): try container.encode(items)
        }
    }
}

/// A pattern the user added to one cue lexicon, in the lexicon pattern syntax.
public struct CueAddition: Sendable, Codable, Hashable {
    public var language: Language
    public var kind: Cue.Kind
    public var pattern: String
    /// Where it was written, so a pattern found broken later can be pointed at.
    public var line: Int?

    public init(language: Language, kind: Cue.Kind, pattern: String, line: Int? = nil) {
        self.language = language
        self.kind = kind
        self.pattern = pattern
        self.line = line
    }
}

/// A name the user added to the gazetteer, with its other spellings.
public struct EntityAddition: Sendable, Codable, Hashable {
    public var name: String
    public var kind: Entity.Kind
    public var aliases: [String]
    public var line: Int?

    public init(name: String, kind: Entity.Kind = .other, aliases: [String] = [], line: Int? = nil) {
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.line = line
    }
}

/// Rule settings for the files some globs match.
public struct PathOverride: Sendable, Codable, Hashable {
    public var files: [String]
    public var rules: [String: RuleSetting]

    public init(files: [String], rules: [String: RuleSetting] = [:]) {
        self.files = files
        self.rules = rules
    }

    private enum CodingKeys: String, CodingKey {
        case files, rules
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(files, forKey: .files)
        try container.encode(SortedKeys(rules), forKey: .rules)
    }
}
