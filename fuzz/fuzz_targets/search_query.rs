//! The search query language (words, phrases, AND/OR/NOT, fields, ranges):
//! results or a typed error, never a panic.
#![no_main]
use std::sync::OnceLock;

use dossier_index::{SearchIndex, SearchRequest};
use libfuzzer_sys::fuzz_target;

fn index() -> &'static SearchIndex {
    static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();
    static INDEX: OnceLock<SearchIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let dir = DIR.get_or_init(|| tempfile::tempdir().expect("a temporary folder"));
        SearchIndex::recreate(dir.path()).expect("an empty index")
    })
}

fuzz_target!(|data: &[u8]| {
    let query = String::from_utf8_lossy(data);
    let _ = index().search(&SearchRequest::new(&query));
});
