/// What one word says about how a Japanese sentence ends (です・ます or
/// だ・である), decided once per dictionary entry, so reading a sentence's
/// style from its last words makes no tokens and compares no strings.
public enum EndingWord: Sendable, Hashable {
    /// 記号: passed over.
    case symbol
    /// 助動詞 whose base form is です or ます.
    case politeAuxiliary
    /// 助動詞 whose base form is だ or である.
    case plainAuxiliary
    /// 助動詞 with no base form in the dictionary: its surface stands for it.
    case auxiliaryBySurface
    /// 動詞 or 形容詞 in 基本形.
    case basicPredicate
    /// Any other word.
    case other

    init(_ entry: IPADICEntry) {
        // Byte for byte, as the evaluator compared these fields.
        let features = entry.features
        if ipadicField(features.pos, "記号") {
            self = .symbol
        } else if ipadicField(features.pos, "助動詞") {
            switch entry.baseForm {
            case nil: self = .auxiliaryBySurface
            case "です", "ます": self = .politeAuxiliary
            case "だ", "である": self = .plainAuxiliary
            default: self = .other
            }
        } else if ipadicField(features.pos, "動詞") || ipadicField(features.pos, "形容詞"), ipadicField(features.conjugationForm, "基本形") {
            self = .basicPredicate
        } else {
            self = .other
        }
    }
}
