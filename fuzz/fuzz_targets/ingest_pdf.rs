//! PDF text: text or a typed error, even when the PDF library panics.
#![no_main]
use dossier_ingest::{Format, IngestOptions, Reader};
use libfuzzer_sys::fuzz_target;

fuzz_target!(
    init: {
        // libfuzzer-sys aborts on every panic, even one the ingest code
        // catches on purpose (pdf-extract panics on damaged files); only
        // panics that escape are crashes here.
        let _ = std::panic::take_hook();
    },
    |data: &[u8]| {
        let mut bytes = b"%PDF-1.4\n".to_vec();
        bytes.extend_from_slice(data);
        let reader = Reader::new(IngestOptions::default());
        reader.read_bytes("fuzz.pdf", &bytes, Format::Pdf, &mut |_| {});
    }
);
