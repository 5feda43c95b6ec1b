//! Date strings from records and pages.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let s = String::from_utf8_lossy(data);
    let _ = dossier_core::parse_published(&s);
    let _ = dossier_core::parse_published_precise(&s);
    if let Ok((from, to)) = dossier_core::parse_date_prefix(&s) {
        assert!(from <= to, "a date prefix is a range in order: {s:?}");
    }
});
