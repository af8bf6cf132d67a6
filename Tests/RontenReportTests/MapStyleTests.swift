import RontenCore
import Testing
@testable import RontenReport

/// The map's colours live in map.css for the map and in ArgumentMapSVG for
/// its arrowheads and the legend; these tests hold the two equal.
@Suite struct MapStyleTests {
    /// The style sheet's rules as selector → property → value (a flat sheet:
    /// the map's rules are outside any @media block, which is all this reads).
    static let rules: [String: [String: String]] = {
        var rules: [String: [String: String]] = [:]
        var sheet = (PageTemplates.embedded.mapStyle + PageTemplates.embedded.style)[...]
        while let open = sheet.firstIndex(of: "{"), let close = sheet[open...].firstIndex(of: "}") {
            var selector = sheet[..<open]
            if let comment = selector.range(of: "*/", options: .backwards) { selector = selector[comment.upperBound...] }
            var declarations: [String: String] = [:]
            for declaration in sheet[sheet.index(after: open)..<close].split(separator: ";") {
                let parts = declaration.split(separator: ":", maxSplits: 1)
                guard parts.count == 2 else { continue }
                declarations[parts[0].trimmingCharacters(in: .whitespacesAndNewlines)] = parts[1].trimmingCharacters(in: .whitespacesAndNewlines)
            }
            for name in selector.split(separator: ",") {
                rules[name.trimmingCharacters(in: .whitespacesAndNewlines), default: [:]].merge(declarations) { $1 }
            }
            sheet = sheet[sheet.index(after: close)...]
        }
        return rules
    }()

    @Test func eachRolesBoxHasTheLegendsColours() {
        for role in ArgumentNode.Role.allCases {
            let colours = ArgumentMapSVG.roleColours(role)
            let rule = Self.rules[".argument-map .role-\(role.rawValue)"]
            #expect(rule?["--role-fill"] == colours.fill.description, "\(role)")
            #expect(rule?["--role-stroke"] == colours.stroke.description, "\(role)")
        }
        #expect(Self.rules[".argument-map .node > rect"]?["fill"] == "var(--role-fill)")
        #expect(Self.rules[".argument-map .node > rect"]?["stroke"] == "var(--role-stroke)")
        #expect(Self.rules[".argument-map text.role"]?["fill"] == "var(--role-stroke)")
    }

    @Test func eachEdgeHasItsArrowheadsColourAndEndsInItsArrowhead() {
        for kind in ArgumentRelation.Kind.allCases {
            let rule = Self.rules[".argument-map .edge-\(kind.rawValue)"]
            #expect(rule?["stroke"] == ArgumentMapSVG.edgeColour(kind).description, "\(kind)")
            #expect(rule?["marker-end"] == "url(#arrow-\(kind.rawValue))", "\(kind)")
        }
    }

    @Test func theLabelsTypeIsTheSizeItsLinesWereWrappedFor() {
        #expect(Self.rules[".argument-map text.label"]?["font-size"] == "12.5px")
        #expect(ArgumentMapSVG.fontSize == 12.5)
    }

    @Test func hoverAndFocusOutrankTheMapsOwnRules() {
        // (classes and pseudo-classes, elements): the map's rules are (2, 1) at most; hover and focus are (2, 2).
        func specificity(_ selector: String) -> (Int, Int) {
            var classes = 0, elements = 0
            for part in selector.split(whereSeparator: { $0 == " " || $0 == ">" }) {
                classes += part.filter { $0 == "." || $0 == ":" }.count
                if let first = part.first, first != "." && first != ":" { elements += 1 }
            }
            return (classes, elements)
        }
        let map = Self.rules.keys.filter { $0.hasPrefix(".argument-map") && !$0.contains(":") }
        #expect(map.count >= 18)
        for selector in [".argument-map a:hover rect", ".argument-map a:focus rect", ".argument-map a:focus-visible rect"] {
            #expect(Self.rules[selector] != nil)
            for other in map { #expect(specificity(other) < specificity(selector), "\(other) against \(selector)") }
        }
    }
}
