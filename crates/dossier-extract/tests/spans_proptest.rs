//! Property: for any text (combining marks, emoji, right-to-left script, NUL,
//! very long tokens, unpaired quotation marks of every kind) and any
//! language, extraction does not panic and every span it outputs lies on
//! character boundaries and slices the text to the item's `text` field, also
//! when the text is extracted window by window.

use std::sync::OnceLock;

use dossier_core::{Document, Extraction};
use dossier_extract::Extractor;
use proptest::prelude::*;

fn whole() -> &'static Extractor {
    static X: OnceLock<Extractor> = OnceLock::new();
    X.get_or_init(Extractor::new)
}

fn windowed() -> &'static Extractor {
    static X: OnceLock<Extractor> = OnceLock::new();
    X.get_or_init(|| Extractor::new().with_window_chars(64))
}

const WORDS: &[&str] = &[
    "said", "says", "told", "according to", "a déclaré", "selon", "a indiqué", "sagte", "laut", "erklärte", "dijo", "según",
    "ha detto", "secondo", "the", "minister", "que", "that", "dass", "che", "il", "elle", "he", "she", "er", "sie",
    "government", "gouvernement", "Regierung", "gobierno", "governo", "encryption", "chiffrement", "would", "serait",
];
const NAMES: &[&str] = &[
    "Apple", "Emmanuel Macron", "Jean-Luc Mélenchon", "Ministerin Nancy Faeser", "Pedro Sánchez", "Giorgia Meloni",
    "the Home Office", "le ministère de l'Intérieur", "Mr. Smith", "O'Brien", "Bundesamt für Verfassungsschutz", "UK",
];
const MARKS: &[&str] = &[
    "\"", "«", "»", "« ", " »", "“", "”", "„", "‘", "’", "'", "‹", "›", "「", "」", ".", ",", ":", ";", "!", "?", "…",
    "\n", "\n\n", " — ", "(", ")", "-", "12 mars 2024", "2024-05-01", "Monday", "gestern", "ayer",
];
const ODD: &[&str] = &[
    "e\u{301}", "A\u{30a}\u{301}", "👩\u{200d}👩\u{200d}👧", "🇫🇷", "مرحبا بالعالم", "\u{200f}", "\u{202e}", "שלום", "\0",
    "\u{ad}", "\u{feff}", "\u{200b}", "\r\n", "\t", "Σ", "ß", "İ", "ﬁ", "\u{2028}", "\u{85}",
];

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => proptest::sample::select(WORDS).prop_map(str::to_string),
        3 => proptest::sample::select(NAMES).prop_map(str::to_string),
        3 => proptest::sample::select(MARKS).prop_map(str::to_string),
        2 => proptest::sample::select(ODD).prop_map(str::to_string),
        1 => any::<char>().prop_map(|c| c.to_string()),
        1 => (1usize..400, proptest::sample::select(&["a", "É", "😀", "\u{301}"][..])).prop_map(|(n, s)| s.repeat(n)),
    ]
}

fn text() -> impl Strategy<Value = String> {
    proptest::collection::vec((piece(), proptest::bool::weighted(0.8)), 0..120)
        .prop_map(|parts| parts.into_iter().map(|(p, space)| if space { p + " " } else { p }).collect())
}

fn assert_spans(text: &str, x: &Extraction) {
    let off = x.spans_off_text(text);
    assert!(off.is_empty(), "spans off {text:?}: {off:?}");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn every_span_slices_the_text(text in text(), lang in proptest::sample::select(&["en", "fr", "de", "es", "it", "und"][..])) {
        let mut doc = Document::news("p", &text, lang);
        doc.published = chrono::NaiveDate::from_ymd_opt(2025, 2, 7);
        assert_spans(&text, &whole().extract(&doc));
        assert_spans(&text, &windowed().extract(&doc));
    }
}
