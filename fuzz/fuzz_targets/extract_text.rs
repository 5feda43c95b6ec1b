//! Plain text through ingest (decoding, language) and the extractor (actors,
//! quotes, claims, dates, events): every span slices the text to its `text`.
#![no_main]
use std::sync::OnceLock;

use dossier_core::char_slice;
use dossier_extract::Extractor;
use dossier_ingest::{Format, IngestOptions, Reader};
use libfuzzer_sys::fuzz_target;

fn extractor() -> &'static Extractor {
    static X: OnceLock<Extractor> = OnceLock::new();
    X.get_or_init(Extractor::new)
}

fn check(text: &str, start: usize, end: usize, expected: &str) {
    assert_eq!(char_slice(text, start, end), Some(expected), "span {start}..{end}");
}

fuzz_target!(|data: &[u8]| {
    let reader = Reader::new(IngestOptions::default());
    reader.read_bytes("fuzz.txt", data, Format::Text, &mut |item| {
        let Ok(doc) = item.result else { return };
        let x = extractor().extract(&doc);
        for a in &x.actors {
            for m in &a.mentions {
                check(&doc.text, m.start, m.end, &m.text);
            }
        }
        for q in &x.quotes {
            check(&doc.text, q.start, q.end, &q.text);
        }
        for c in &x.claims {
            check(&doc.text, c.start, c.end, &c.text);
        }
        for d in &x.dates {
            check(&doc.text, d.start, d.end, &d.text);
        }
    });
});
