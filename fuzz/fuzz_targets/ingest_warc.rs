//! WARC files (plain or gzip members): documents or per-record errors.
#![no_main]
use dossier_ingest::{Format, IngestOptions, Reader};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let reader = Reader::new(IngestOptions::default());
    reader.read_bytes("fuzz.warc", data, Format::Warc, &mut |item| {
        if let Ok(doc) = item.result {
            assert!(!doc.text.trim().is_empty(), "a document has text");
        }
    });
});
