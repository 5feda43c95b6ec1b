//! Extraction throughput on one core: `cargo bench -p dossier-extract --bench extract [-- ROUNDS]`.
//! Runs the extractor over the bundled news texts (seed + project fixtures) ROUNDS times,
//! once with the rules and registry alone, once checked by the trained model
//! `models/ner-multi.bin` (the `dossier` binary's default) and once the same
//! without the dependency parser (`--no-syntax`), and reports documents,
//! bytes and tokens per second for each; then times one long text without
//! sentence ends and one with them, where anything quadratic shows.

use dossier_core::Document;
use dossier_extract::{CapitalisedNameDetector, Extractor, ModelCheckedDetector, Text, TrainedNerDetector};
use std::time::Instant;

fn main() {
    let rounds: usize = std::env::args().skip(1).find(|a| !a.starts_with("--")).and_then(|a| a.parse().ok()).unwrap_or(200);
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpora/news");
    let mut docs: Vec<Document> = Vec::new();
    let seed = std::fs::read_to_string(root.join("uk-apple-icloud-backdoor.fr.txt")).expect("seed");
    let mut push = |text: String, language: &str, published: Option<&str>| {
        docs.push(Document { id: docs.len().to_string(), published: published.and_then(dossier_core::parse_published), ..Document::news("bench", text, language) })
    };
    push(seed, "fr", None);
    let fixtures = std::fs::read_to_string(root.join("project-fixtures.jsonl")).expect("fixtures");
    for line in fixtures.lines() {
        let v: serde_json::Value = serde_json::from_str(line).expect("fixture line");
        push(v["text"].as_str().unwrap_or("").to_string(), v["language"].as_str().unwrap_or("en"), v["published"].as_str());
    }
    let t0 = Instant::now();
    let rules = Extractor::new();
    let setup = t0.elapsed();
    println!("extractor setup (embedded resources): {:.1} ms", setup.as_secs_f64() * 1000.0);
    let model_path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../models/ner-multi.bin");
    // As the `dossier` binary runs it: persons and organisations from the model.
    let trained = || {
        let mut model = TrainedNerDetector::new(dossier_ner::NerModel::load(&model_path).expect("models/ner-multi.bin"));
        model.organisations = true;
        Box::new(ModelCheckedDetector::new(Box::new(CapitalisedNameDetector), model))
    };
    let checked = Extractor::new().with_detector(trained());
    // The same without the dependency parser (`dossier --no-syntax`): what attribution by syntax costs.
    let no_syntax = Extractor::new().without_syntax().with_detector(trained());
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let tokens: usize = docs.iter().map(|d| Text::new(&d.text).tokens.len()).sum();
    for (name, extractor) in [("rules + registry", &rules), ("rules + registry + trained NER (the default)", &checked), ("the default without the parser", &no_syntax)] {
        let start = Instant::now();
        let mut found = 0usize;
        for _ in 0..rounds {
            for d in &docs {
                let x = extractor.extract(d);
                found += x.actors.len() + x.quotes.len() + x.claims.len();
            }
        }
        let secs = start.elapsed().as_secs_f64();
        let n = rounds * docs.len();
        println!(
            "{name}: {n} documents ({} distinct, {:.1} KB each on average), one thread: {:.0} docs/s, {:.2} MB/s, {:.0} tokens/s ({found} actors and statements)",
            docs.len(),
            bytes as f64 / docs.len() as f64 / 1000.0,
            n as f64 / secs,
            (bytes * rounds) as f64 / secs / 1e6,
            (tokens * rounds) as f64 / secs,
        );
    }
    // One long text without sentence ends (a badly converted PDF): every
    // bundled text joined with its punctuation removed, about 300k tokens.
    // Time should grow with length, not with its square.
    let long: String = docs.iter().map(|d| d.text.replace(['.', '!', '?', '\n'], " ")).collect::<Vec<_>>().join(" ").repeat(20);
    let long_doc = Document { text: long, ..docs[1].clone() };
    let long_tokens = Text::new(&long_doc.text).tokens.len();
    for (name, extractor) in [("rules + registry", &rules), ("rules + registry + trained NER (the default)", &checked), ("the default without the parser", &no_syntax)] {
        let start = Instant::now();
        let x = extractor.extract(&long_doc);
        let secs = start.elapsed().as_secs_f64();
        println!("{name}, one {:.1} MB text of {long_tokens} tokens without sentence ends: {secs:.2} s ({} actors)", long_doc.text.len() as f64 / 1e6, x.actors.len());
    }
    // The same length with its sentences kept (a long report or a whole book
    // as one document): work per sentence must not scan the whole text.
    let book: String = docs.iter().map(|d| d.text.as_str()).collect::<Vec<_>>().join("\n\n").repeat(20);
    let book_doc = Document { text: book, ..docs[1].clone() };
    let book_tokens = Text::new(&book_doc.text).tokens.len();
    let start = Instant::now();
    let x = checked.extract(&book_doc);
    let secs = start.elapsed().as_secs_f64();
    println!("the default, one {:.1} MB text of {book_tokens} tokens in sentences: {secs:.2} s ({} quotes, {} claims)", book_doc.text.len() as f64 / 1e6, x.quotes.len(), x.claims.len());
}
