/// The analysis schema written by hand, member for member as the Codable
/// conformances write it (keys in `CodingKeys` order, absent optionals left
/// out). `JSONWriterTests` holds every type here to its Codable output, so a
/// field added to the model without being added here fails a test.
extension JSONWriter {
    static func encode(_ analysis: Analysis, pretty: Bool, lineFeed: Bool = false) -> [UInt8] {
        // The pages run to a few hundred KB: over the corpus a pretty page
        // is 18 times its article's bytes, so most never grow.
        // The writer writes straight into the array's storage, so the page
        // is not copied again (33 M instructions a 197-page report); the
        // estimate's slack, a third on average, lives as long as the array.
        // The few that outgrow it (7% over the corpus) are copied once, as all were.
        let estimate = (analysis.document.source.byteCount * (pretty ? 24 : 16)) + 4096
        var outgrown: [UInt8]?
        let bytes = [UInt8](unsafeUninitializedCapacity: min(estimate, 1 << 26)) { storage, initialized in
            var writer = JSONWriter(pretty: pretty, into: storage)
            writer.analysis(analysis, depth: 0)
            if lineFeed { writer.lineFeed() }
            if writer.ownsStorage {
                outgrown = writer.bytes
                initialized = 0
            } else {
                initialized = writer.count
            }
        }
        return outgrown ?? bytes
    }

    mutating func analysis(_ analysis: Analysis, depth: Int) {
        var object = openObject(depth: depth)
        key("schema", &object); string(Analysis.schema)
        documentMembers(analysis.document, &object)
        let inner = depth + 1
        if let annotations = analysis.annotations { key("annotations", &object); self.annotations(annotations, depth: inner) }
        if let claims = analysis.claims { key("claims", &object); objects(claims, depth: inner) { $0.claim($1, depth: $2) } }
        if let findings = analysis.findings { key("findings", &object); objects(findings, depth: inner) { $0.finding($1, depth: $2) } }
        if let argument = analysis.argument { key("argument", &object); argumentTree(argument, depth: inner) }
        closeObject(object)
    }

    // MARK: Document

    mutating func document(_ document: Document, depth: Int) {
        var object = openObject(depth: depth)
        documentMembers(document, &object)
        closeObject(object)
    }

    private mutating func documentMembers(_ document: Document, _ object: inout Container) {
        let inner = object.depth + 1
        key("source", &object); source(document.source, depth: inner)
        key("metadata", &object); metadata(document.metadata, depth: inner)
        if let title = document.title { key("title", &object); self.title(title, depth: inner) }
        key("language", &object); plain(document.language.rawValue)
        key("sections", &object); objects(document.sections, depth: inner) { $0.section($1, depth: $2) }
        key("notes", &object); objects(document.notes, depth: inner) { $0.note($1, depth: $2) }
    }

    mutating func source(_ source: SourceInfo, depth: Int) {
        var object = openObject(depth: depth)
        key("path", &object); string(source.path)
        key("encoding", &object); plain(source.encoding.rawValue)
        key("sha256", &object); string(source.sha256)
        key("bytes", &object); int(source.byteCount)
        key("format", &object); plain(source.format.rawValue)
        closeObject(object)
    }

    mutating func metadata(_ metadata: Metadata, depth: Int) {
        var object = openObject(depth: depth)
        let inner = depth + 1
        if let title = metadata.title { key("title", &object); string(title) }
        if let date = metadata.date { key("date", &object); string(date) }
        if let author = metadata.author { key("author", &object); string(author) }
        if let language = metadata.language { key("lang", &object); string(language) }
        key("tags", &object); strings(metadata.tags, depth: inner)
        key("extra", &object)
        var extra = openObject(depth: inner, inline: metadata.extra.count <= 4)
        for name in metadata.extra.keys.sorted() {
            key(text: name, &extra)
            string(metadata.extra[name]!)
        }
        closeObject(extra)
        if let frontMatter = metadata.frontMatter { key("frontMatter", &object); string(frontMatter) }
        closeObject(object)
    }

    mutating func title(_ title: Title, depth: Int) {
        var object = openObject(depth: depth, inline: title.range == nil)
        key("text", &object); string(title.text)
        key("origin", &object); plain(title.origin.rawValue)
        if let range = title.range { key("range", &object); self.range(range, depth: depth + 1) }
        closeObject(object)
    }

    mutating func section(_ section: Section, depth: Int) {
        var object = openObject(depth: depth)
        key("id", &object); string(section.id)
        if let heading = section.heading { key("heading", &object); self.heading(heading, depth: depth + 1) }
        key("paragraphs", &object); objects(section.blocks, depth: depth + 1) { $0.block($1, depth: $2) }
        closeObject(object)
    }

    mutating func heading(_ heading: Heading, depth: Int) {
        var object = openObject(depth: depth)
        key("text", &object); string(heading.text)
        key("level", &object); int(heading.level)
        key("range", &object); range(heading.range, depth: depth + 1)
        key("inferred", &object); bool(heading.inferred)
        closeObject(object)
    }

    mutating func block(_ block: Block, depth: Int) {
        var object = openObject(depth: depth)
        key("id", &object); string(block.id)
        key("kind", &object); plain(block.kind.rawValue)
        key("text", &object); string(block.text)
        key("range", &object); range(block.range, depth: depth + 1)
        key("language", &object); plain(block.language.rawValue)
        key("sentences", &object); objects(block.sentences, depth: depth + 1) { $0.sentence($1, depth: $2) }
        closeObject(object)
    }

    mutating func sentence(_ sentence: Sentence, depth: Int) {
        var object = openObject(depth: depth)
        key("id", &object); string(sentence.id)
        key("text", &object); string(sentence.text)
        key("language", &object); plain(sentence.language.rawValue)
        key("range", &object); range(sentence.range, depth: depth + 1)
        if let certainty = sentence.certainty { key("certainty", &object); plain(certainty.rawValue) }
        if let tokens = sentence.tokens { key("tokens", &object); objects(tokens, depth: depth + 1) { $0.token($1, depth: $2) } }
        closeObject(object)
    }

    mutating func token(_ token: Token, depth: Int) {
        // Five members at least: never a one-line leaf.
        var object = openObject(depth: depth)
        key("surface", &object); string(token.surface)
        key("start", &object); int(token.start)
        key("end", &object); int(token.end)
        key("kind", &object); plain(token.kind.rawValue)
        key("partOfSpeech", &object); plain(token.partOfSpeech.rawValue)
        if let baseForm = token.baseForm { key("baseForm", &object); string(baseForm) }
        if let reading = token.reading { key("reading", &object); string(reading) }
        if let lowercased = token.lowercased { key("lowercased", &object); string(lowercased) }
        if let ipadic = token.ipadic { key("ipadic", &object); self.ipadic(ipadic, depth: depth + 1) }
        closeObject(object)
    }

    mutating func ipadic(_ features: IPADICFeatures, depth: Int) {
        let details = [features.posDetail1, features.posDetail2, features.posDetail3, features.conjugationType,
                       features.conjugationForm, features.pronunciation]
        let members = 2 + details.reduce(0) { $0 + ($1 == nil ? 0 : 1) }
        var object = openObject(depth: depth, inline: members <= 4)
        key("pos", &object); string(features.pos)
        if let value = features.posDetail1 { key("posDetail1", &object); string(value) }
        if let value = features.posDetail2 { key("posDetail2", &object); string(value) }
        if let value = features.posDetail3 { key("posDetail3", &object); string(value) }
        if let value = features.conjugationType { key("conjugationType", &object); string(value) }
        if let value = features.conjugationForm { key("conjugationForm", &object); string(value) }
        if let value = features.pronunciation { key("pronunciation", &object); string(value) }
        key("isUnknownWord", &object); bool(features.isUnknownWord)
        closeObject(object)
    }

    mutating func note(_ note: Note, depth: Int) {
        var object = openObject(depth: depth, inline: note.range == nil)
        key("code", &object); string(note.code)
        key("message", &object); string(note.message)
        if let range = note.range { key("range", &object); self.range(range, depth: depth + 1) }
        closeObject(object)
    }

    // MARK: Annotations

    mutating func annotations(_ annotations: Annotations, depth: Int) {
        var object = openObject(depth: depth)
        let inner = depth + 1
        key("quantities", &object); objects(annotations.quantities, depth: inner) { $0.quantityMention($1, depth: $2) }
        key("entities", &object); objects(annotations.entities, depth: inner) { $0.entity($1, depth: $2) }
        key("cues", &object); objects(annotations.cues, depth: inner) { $0.cueMention($1, depth: $2) }
        closeObject(object)
    }

    mutating func quantityMention(_ mention: Mention<Quantity>, depth: Int) {
        var object = openObject(depth: depth)
        key("sentence", &object); string(mention.sentence)
        key("range", &object); range(mention.range, depth: depth + 1)
        key("value", &object); quantity(mention.value, depth: depth + 1)
        closeObject(object)
    }

    mutating func cueMention(_ mention: Mention<Cue>, depth: Int) {
        var object = openObject(depth: depth)
        key("sentence", &object); string(mention.sentence)
        key("range", &object); range(mention.range, depth: depth + 1)
        key("value", &object); cue(mention.value, depth: depth + 1)
        closeObject(object)
    }

    mutating func quantity(_ quantity: Quantity, depth: Int) {
        // Six members at least: never a one-line leaf.
        var object = openObject(depth: depth)
        key("text", &object); string(quantity.text)
        key("start", &object); int(quantity.start)
        key("end", &object); int(quantity.end)
        key("kind", &object); plain(quantity.kind.rawValue)
        if let value = quantity.value { key("value", &object); double(value) }
        if let low = quantity.low { key("low", &object); double(low) }
        if let high = quantity.high { key("high", &object); double(high) }
        if let unit = quantity.unit { key("unit", &object); string(unit) }
        key("approximation", &object); plain(quantity.approximation.rawValue)
        if let magnitude = quantity.magnitude { key("magnitude", &object); int(magnitude) }
        if let calendar = quantity.calendar { key("calendar", &object); self.calendar(calendar, depth: depth + 1) }
        if let digits = quantity.digits { key("digits", &object); string(digits) }
        key("overflow", &object); bool(quantity.overflow)
        closeObject(object)
    }

    mutating func calendar(_ date: Quantity.CalendarDate, depth: Int) {
        // At most four scalars: always a one-line leaf (or `{}`).
        var object = openObject(depth: depth, inline: true)
        if let year = date.year { key("year", &object); int(year) }
        if let month = date.month { key("month", &object); int(month) }
        if let day = date.day { key("day", &object); int(day) }
        if let quarter = date.quarter { key("quarter", &object); int(quarter) }
        closeObject(object)
    }

    mutating func cue(_ cue: Cue, depth: Int) {
        // Six members at least: never a one-line leaf.
        var object = openObject(depth: depth)
        key("kind", &object); plain(cue.kind.rawValue)
        if let relation = cue.relation { key("relation", &object); plain(relation.rawValue) }
        if let source = cue.source { key("source", &object); plain(source.rawValue) }
        key("text", &object); string(cue.text)
        key("start", &object); int(cue.start)
        key("end", &object); int(cue.end)
        key("entry", &object); string(cue.entry)
        key("strength", &object); double(cue.strength)
        closeObject(object)
    }

    mutating func entity(_ entity: Entity, depth: Int) {
        var object = openObject(depth: depth)
        key("name", &object); string(entity.name)
        key("kind", &object); plain(entity.kind.rawValue)
        key("mentions", &object); objects(entity.mentions, depth: depth + 1) { $0.entityMention($1, depth: $2) }
        closeObject(object)
    }

    mutating func entityMention(_ mention: EntityMention, depth: Int) {
        var object = openObject(depth: depth)
        key("sentence", &object); string(mention.sentence)
        key("text", &object); string(mention.text)
        key("range", &object); range(mention.range, depth: depth + 1)
        closeObject(object)
    }

    // MARK: Claims and findings

    mutating func claim(_ claim: Claim, depth: Int) {
        var object = openObject(depth: depth)
        key("id", &object); string(claim.id)
        key("sentence", &object); string(claim.sentence)
        key("text", &object); string(claim.text)
        key("range", &object); range(claim.range, depth: depth + 1)
        key("type", &object); plain(claim.type.rawValue)
        key("certainty", &object); plain(claim.certainty.rawValue)
        key("certaintyCues", &object); strings(claim.certaintyCues, depth: depth + 1)
        key("evidence", &object); objects(claim.evidence, depth: depth + 1) { $0.evidence($1, depth: $2) }
        closeObject(object)
    }

    mutating func evidence(_ evidence: Evidence, depth: Int) {
        var object = openObject(depth: depth)
        key("kind", &object); plain(evidence.kind.rawValue)
        key("sentence", &object); string(evidence.sentence)
        key("text", &object); string(evidence.text)
        key("range", &object); range(evidence.range, depth: depth + 1)
        closeObject(object)
    }

    mutating func finding(_ finding: Finding, depth: Int) {
        var object = openObject(depth: depth)
        key("rule", &object); string(finding.rule)
        key("severity", &object); plain(finding.severity.rawValue)
        key("message", &object)
        var message = openObject(depth: depth + 1, inline: true)
        key("ja", &message); string(finding.message.ja)
        key("en", &message); string(finding.message.en)
        closeObject(message)
        key("range", &object); range(finding.range, depth: depth + 1)
        if let sentence = finding.sentence { key("sentence", &object); string(sentence) }
        key("evidence", &object); strings(finding.evidence, depth: depth + 1)
        closeObject(object)
    }

    // MARK: Argument

    mutating func argumentTree(_ tree: ArgumentTree, depth: Int) {
        var object = openObject(depth: depth)
        key("nodes", &object); objects(tree.nodes, depth: depth + 1) { $0.argumentNode($1, depth: $2) }
        key("relations", &object); objects(tree.relations, depth: depth + 1) { $0.argumentRelation($1, depth: $2) }
        closeObject(object)
    }

    mutating func argumentNode(_ node: ArgumentNode, depth: Int) {
        var object = openObject(depth: depth)
        key("id", &object); string(node.id)
        key("role", &object); plain(node.role.rawValue)
        key("stance", &object); plain(node.stance.rawValue)
        key("sentences", &object); strings(node.sentences, depth: depth + 1)
        key("claims", &object); strings(node.claims, depth: depth + 1)
        key("text", &object); string(node.text)
        key("range", &object); range(node.range, depth: depth + 1)
        if let section = node.section { key("section", &object); string(section) }
        closeObject(object)
    }

    mutating func argumentRelation(_ relation: ArgumentRelation, depth: Int) {
        var object = openObject(depth: depth)
        key("from", &object); string(relation.from)
        key("to", &object); string(relation.to)
        key("type", &object); plain(relation.type.rawValue)
        if let marker = relation.marker { key("marker", &object); string(marker) }
        key("basis", &object); strings(relation.basis, depth: depth + 1)
        key("confidence", &object); double(relation.confidence)
        closeObject(object)
    }
}
