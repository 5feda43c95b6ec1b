//! Ingest + index throughput and search latency on generated documents.
//!
//! `cargo bench --bench pipeline -- [N] [CORPUS_DIR]` (defaults: 100000, corpora/).
//! Documents are made of sentences drawn (with a fixed seed) from the corpus
//! files, so language mix and vocabulary are realistic; no network is used.
//! Reports docs/s for ingest (document building with language detection,
//! SQLite upsert, tantivy indexing and commit), search latency p50/p99 over a
//! fixed query mix, and the store and index sizes.

use dossier_core::{DocKind, Extraction};
use dossier_index::{SearchIndex, SearchRequest};
use dossier_ingest::{build_document, IngestOptions, RawDocument};
use dossier_store::Store;
use std::path::{Path, PathBuf};
use std::time::Instant;

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*: deterministic, dependency-free.
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn sentences_by_language(corpus: &Path) -> Vec<(String, Vec<String>)> {
    let mut by_lang: std::collections::BTreeMap<String, Vec<String>> = Default::default();
    let reader = dossier_ingest::Reader::new(IngestOptions::default());
    reader.read(&dossier_ingest::Input::Path(corpus.into()), &mut |item| {
        if let Ok(doc) = item.result {
            let entry = by_lang.entry(doc.language.clone()).or_default();
            for s in doc.text.split_inclusive(['.', '!', '?']) {
                let s = s.trim();
                if s.split_whitespace().count() >= 5 {
                    entry.push(s.to_string());
                }
            }
        }
    });
    by_lang.into_iter().filter(|(_, v)| v.len() >= 5).collect()
}

fn dir_size(p: &Path) -> u64 {
    std::fs::read_dir(p)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .map(|e| {
                    let path = e.path();
                    if path.is_dir() { dir_size(&path) } else { e.metadata().map(|m| m.len()).unwrap_or(0) }
                })
                .sum()
        })
        .unwrap_or(0)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with("--")).collect();
    let n: usize = args.first().and_then(|a| a.parse().ok()).unwrap_or(100_000);
    let corpus = args
        .get(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpora"));
    let pools = sentences_by_language(&corpus);
    assert!(!pools.is_empty(), "no sentences found in {}", corpus.display());
    let tmp = tempfile::tempdir().expect("temporary directory");
    let mut store = Store::open(&tmp.path().join("dossier.sqlite")).expect("store");
    let index = SearchIndex::open(&tmp.path().join("index")).expect("index");
    let mut writer = index.writer().expect("writer");
    let opts = IngestOptions::default();
    let mut rng = Rng(0x5eed);

    let start = Instant::now();
    let mut batch = Vec::with_capacity(1000);
    let mut bytes = 0usize;
    for i in 0..n {
        let (_, pool) = &pools[rng.below(pools.len())];
        let len = 8 + rng.below(30);
        let text: Vec<&str> = (0..len).map(|_| pool[rng.below(pool.len())].as_str()).collect();
        let text = text.join(" ");
        bytes += text.len();
        let day = 1 + rng.below(28);
        let month = 1 + rng.below(12);
        let raw = RawDocument {
            title: Some(format!("Generated document {i}")),
            text: Some(text),
            url: Some(format!("https://site{}.example/article/{i}", rng.below(50))),
            published: Some(format!("{}-{month:02}-{day:02}", 2015 + rng.below(11))),
            kind: Some(if rng.below(10) == 0 { "legal" } else { "news" }.into()),
            source: format!("bench:{i}"),
            ..Default::default()
        };
        let doc = build_document(raw, &opts).expect("generated document");
        batch.push((doc, Extraction::default()));
        if batch.len() == 1000 || i + 1 == n {
            store.upsert_batch(&mut batch, "bench").expect("upsert");
            for (doc, _) in &batch {
                writer.upsert(doc).expect("index");
            }
            batch.clear();
        }
    }
    writer.commit(store.max_rev().expect("rev")).expect("commit");
    drop(writer);
    let secs = start.elapsed().as_secs_f64();
    println!("ingest+index: {n} docs, {:.1} MB text in {secs:.1} s = {:.0} docs/s", bytes as f64 / 1e6, n as f64 / secs);

    let queries = [
        "chiffrement", "encryption", "\"porte dérobée\"", "backdoor OR Hintertür", "données AND utilisateurs",
        "Verschlüsselung", "cifrado", "crittografia", "\"lawful access\"", "Etats-Unis", "autorités NOT britanniques",
        "Telekommunikation", "surveillance", "provider", "Apple",
    ];
    let mut latencies = Vec::new();
    for round in 0..20 {
        for (qi, q) in queries.iter().enumerate() {
            let mut req = SearchRequest::new(q);
            match (round + qi) % 4 {
                1 => req.languages = vec!["fr".into()],
                2 => req.kinds = vec![DocKind::News],
                3 => {
                    req.from = chrono::NaiveDate::from_ymd_opt(2020, 1, 1);
                    req.to = chrono::NaiveDate::from_ymd_opt(2022, 12, 31);
                }
                _ => {}
            }
            let t = Instant::now();
            let res = index.search(&req).expect("search");
            latencies.push(t.elapsed().as_secs_f64() * 1000.0);
            std::hint::black_box(res);
        }
    }
    latencies.sort_by(|a, b| a.total_cmp(b));
    let pct = |p: f64| latencies[((latencies.len() - 1) as f64 * p).round() as usize];
    println!(
        "search: {} queries (10 hits + snippets + facets), p50 {:.2} ms, p99 {:.2} ms",
        latencies.len(),
        pct(0.50),
        pct(0.99)
    );
    println!(
        "size: store {:.1} MB, index {:.1} MB",
        dir_size(tmp.path()) as f64 / 1e6 - dir_size(&tmp.path().join("index")) as f64 / 1e6,
        dir_size(&tmp.path().join("index")) as f64 / 1e6
    );
}
