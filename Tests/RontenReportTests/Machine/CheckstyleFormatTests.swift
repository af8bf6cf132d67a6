import Foundation
import RontenCore
import Testing
@testable import RontenReport

@Suite struct CheckstyleFormatTests {
    @Test func writesAFileElementPerInputAndAnErrorPerFinding() {
        let expected = #"""
            <?xml version="1.0" encoding="UTF-8"?>
            <checkstyle version="4.3">
              <file name="clean.md"/>
              <file name="docs/a b.md">
                <error line="3" column="5" severity="error" message="&quot;Always&quot; &lt;asserted&gt; &amp; unsupported:&#10;50% of readers, at least" source="ronten.unsupported-strong-claim"/>
                <error line="7" column="1" severity="info" message="Who says so is not named" source="ronten.anonymous-attribution"/>
                <error line="7" column="1" severity="warning" message="&quot;many&quot; gives no number" source="ronten.vague-quantity"/>
              </file>
              <file name="missing.md">
                <error severity="error" message="could not be read: no such file or folder" source="ronten.unreadable-input"/>
              </file>
              <file name="記事.md">
                <error line="1" column="1" severity="error" message="States a prediction as certain" source="ronten.overconfident-prediction"/>
              </file>
            </checkstyle>

            """#
        #expect(CheckstyleFormat().render(Sample.report) == expected)
    }

    @Test func isWellFormedXMLEvenWithMarkupAndControlCharactersInMessages() {
        var finding = Sample.prediction
        finding.message.en = "<b>&amp;</b> \"q\" 'a' \u{1}\u{FFFF}"
        let text = CheckstyleFormat().render(CheckReport(files: [CheckedFile(path: "a&b.md", findings: [finding])], rules: []))
        #expect(xmlError(text) == nil)
        #expect(text.contains(#"<file name="a&amp;b.md">"#))
        #expect(text.contains(#"message="&lt;b&gt;&amp;amp;&lt;/b&gt; &quot;q&quot; 'a' ""#))
    }
}
