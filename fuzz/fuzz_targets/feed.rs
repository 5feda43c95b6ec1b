//! RSS/Atom feeds: links or a typed error.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = dossier_fetch::parse_feed(data);
});
