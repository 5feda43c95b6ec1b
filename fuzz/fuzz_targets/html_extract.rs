//! HTML pages: main text and metadata, never a panic, every page bounded.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let html = String::from_utf8_lossy(data);
    let article = dossier_web::extract_article(&html, Some("https://news.example/2024/05/01/story.html"));
    assert!(!article.text.contains('\u{ad}'), "soft hyphens are removed");
    let _ = dossier_web::extract_date(&html, None);
});
