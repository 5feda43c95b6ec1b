//! Plain text through ingest (decoding, language) and the extractor (actors,
//! quotes, claims, dates, events): every span slices the text to its `text`.
#![no_main]
use std::sync::OnceLock;

use dossier_extract::Extractor;
use dossier_ingest::{Format, IngestOptions, Reader};
use libfuzzer_sys::fuzz_target;

fn extractor() -> &'static Extractor {
    static X: OnceLock<Extractor> = OnceLock::new();
    X.get_or_init(Extractor::new)
}

fuzz_target!(|data: &[u8]| {
    let reader = Reader::new(IngestOptions::default());
    reader.read_bytes("fuzz.txt", data, Format::Text, &mut |item| {
        let Ok(doc) = item.result else { return };
        let off = extractor().extract(&doc).spans_off_text(&doc.text);
        assert!(off.is_empty(), "spans off the text: {off:?}");
    });
});
