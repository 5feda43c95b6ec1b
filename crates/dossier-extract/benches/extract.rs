//! Extraction throughput on one core: `cargo bench -p dossier-extract --bench extract [-- ROUNDS]`.
//! Runs the extractor over the bundled news texts (seed + project fixtures) ROUNDS times.

use dossier_core::{DocKind, Document};
use dossier_extract::Extractor;
use std::time::Instant;

fn main() {
    let rounds: usize = std::env::args().skip(1).find(|a| !a.starts_with("--")).and_then(|a| a.parse().ok()).unwrap_or(200);
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpora/news");
    let mut docs: Vec<Document> = Vec::new();
    let seed = std::fs::read_to_string(root.join("uk-apple-icloud-backdoor.fr.txt")).expect("seed");
    let mut push = |text: String, language: &str, published: Option<&str>| {
        docs.push(Document {
            id: docs.len().to_string(),
            source: "bench".into(),
            url: None,
            title: String::new(),
            text,
            language: language.into(),
            language_confidence: 1.0,
            kind: DocKind::News,
            published: published.and_then(dossier_core::parse_published),
            site: None,
            ingested_at: chrono::Utc::now(),
            duplicate_of: None,
        })
    };
    push(seed, "fr", None);
    let fixtures = std::fs::read_to_string(root.join("project-fixtures.jsonl")).expect("fixtures");
    for line in fixtures.lines() {
        let v: serde_json::Value = serde_json::from_str(line).expect("fixture line");
        push(v["text"].as_str().unwrap_or("").to_string(), v["language"].as_str().unwrap_or("en"), v["published"].as_str());
    }
    let t0 = Instant::now();
    let extractor = Extractor::new();
    let setup = t0.elapsed();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let start = Instant::now();
    let mut found = 0usize;
    for _ in 0..rounds {
        for d in &docs {
            let x = extractor.extract(d);
            found += x.quotes.len() + x.claims.len();
        }
    }
    let secs = start.elapsed().as_secs_f64();
    let n = rounds * docs.len();
    println!("extractor setup (embedded resources): {:.1} ms", setup.as_secs_f64() * 1000.0);
    println!(
        "extract: {n} documents ({} distinct, {:.1} KB each on average), one thread: {:.0} docs/s, {:.2} MB/s ({} statements)",
        docs.len(),
        bytes as f64 / docs.len() as f64 / 1000.0,
        n as f64 / secs,
        (bytes * rounds) as f64 / secs / 1e6,
        found
    );
}
