/// The tokenizer's list: narrower than the segmenter's table (Segmentation/
/// EnglishAbbreviations), which also knows where an abbreviation may end a
/// sentence; a token only needs to know whether its period belongs to it.
/// Words written with a period that does not end a sentence, lowercased and
/// without the period. Initialisms (U.S., e.g., a.m.) need no entry: any run
/// of single letters each followed by a period is kept whole. Words that
/// often end a sentence as ordinary words (no, sat, sun, wed, ed, sec, rep,
/// op) are left out: there a lost full stop costs more than a split title.
enum TokenAbbreviations {
    static let words: Set<String> = [
        // titles
        "mr", "mrs", "ms", "messrs", "dr", "prof", "sr", "jr", "st", "rev", "hon", "gen", "col", "lt", "capt",
        "sgt", "gov", "sen", "pres", "supt",
        // companies and organisations
        "inc", "ltd", "co", "corp", "llc", "plc", "bros", "assn", "dept", "univ",
        // months and days
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "thu", "thur", "thurs", "fri",
        // references and Latin
        "vs", "etc", "cf", "al", "approx", "est", "fig", "figs", "vol", "vols", "pp", "eds", "ch", "nos",
        "ibid", "viz", "ca",
        // places and measures
        "ave", "blvd", "rd", "mt", "ft", "oz", "lb", "lbs",
    ]
}
