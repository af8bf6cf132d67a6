import RontenCore
import RontenIngest

/// The rule settings in force for one file: the configuration's `rules`,
/// then each override whose globs match the file, in file order, so the
/// last match wins field by field.
public struct RulePolicy: Sendable, Hashable {
    public var settings: [String: RuleSetting]

    public init(settings: [String: RuleSetting] = [:]) {
        self.settings = settings
    }

    /// - Parameter path: the input's path as given (relative to the working
    ///   directory, or absolute), or `-` for standard input.
    public init(configuration: Configuration, path: String) {
        var settings = configuration.rules
        if !configuration.overrides.isEmpty, let relative = configuration.relativePath(of: path) {
            for override in configuration.overrides where override.files.contains(where: { Glob($0).matches(relative) }) {
                for (rule, setting) in override.rules {
                    settings[rule] = (settings[rule] ?? RuleSetting()).merging(setting)
                }
            }
        }
        self.settings = settings
    }

    /// Rules run unless configuration switched them off.
    public func isEnabled(_ rule: String) -> Bool { settings[rule]?.enabled ?? true }

    public func severity(of rule: String, default severity: Severity) -> Severity {
        settings[rule]?.severity ?? severity
    }

    /// What the configuration says besides on/off and severity (`limit: 120`).
    public func options(for rule: String) -> [String: RuleOption] { settings[rule]?.options ?? [:] }
}
