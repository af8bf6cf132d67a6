/// What IPADIC's third part-of-speech field (品詞細分類2) says a proper
/// noun names, decided once per dictionary entry.
public enum ProperNounClass: Sendable, Hashable {
    /// 人名
    case person
    /// 地域
    case place
    /// 組織
    case organisation
    /// Anything else, or no such field.
    case other
}
