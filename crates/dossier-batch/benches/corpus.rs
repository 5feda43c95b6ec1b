//! Corpus benchmark of batch extraction (not a timed test).
//!
//! `cargo bench -p dossier-batch --bench corpus -- [N] [CORPUS_DIR]`
//! (defaults: 20000 documents, `corpora/news`). Builds a synthetic
//! multilingual corpus of N documents from the sentences of the corpus files
//! (fixed seed, no network) as JSON Lines (70 %), HTML files (15 %) and a
//! gzipped WARC (15 %), then runs the whole batch pipeline (split, decode,
//! HTML extraction, language ID, extraction, serialisation, write) with 1
//! and 2 workers, to JSON Lines and to Parquet, and reports docs/s, MB/s,
//! peak RSS (VmHWM, reset before each run) and output sizes. The extractor is
//! `Extractor::new()` (rules and registry, without the trained NER model that
//! the `dossier` binary adds by default).
//!
//! First, on one thread over up to 5,000 of the documents, it times each
//! stage alone and gives its share: decoding, HTML extraction, language ID,
//! segmentation, dates, the rest of extraction (names, quotes, claims,
//! events), the dependency parser it uses for speakers, the trained NER model (the default extractor's extra time over
//! rules alone) and JSON serialisation.

use dossier_batch::{run, Options, OutputFormat};
use dossier_ingest::{IngestOptions, Input, Reader};
use std::io::Write;
use std::path::Path;
use std::time::Duration;

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
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
    Reader::new(IngestOptions::default()).read(&Input::Path(corpus.into()), &mut |item| {
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
    by_lang.into_iter().filter(|(_, v)| v.len() >= 3).collect()
}

fn peak_rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| s.lines().find(|l| l.starts_with("VmHWM:")).and_then(|l| l.split_whitespace().nth(1)?.parse().ok()))
        .unwrap_or(0)
}

fn reset_peak_rss() {
    // Linux: writing 5 to clear_refs resets VmHWM to the current RSS.
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

fn size(p: &Path) -> u64 {
    if p.is_dir() {
        std::fs::read_dir(p).map(|rd| rd.flatten().map(|e| size(&e.path())).sum()).unwrap_or(0)
    } else {
        std::fs::metadata(p).map(|m| m.len()).unwrap_or(0)
    }
}

/// Documents timed stage by stage (one thread).
const STAGE_SAMPLE: usize = 5_000;

/// One generated document as its bytes on disk.
struct Unit {
    bytes: Vec<u8>,
    html: bool,
    published: String,
}

/// Seconds spent in each stage over `units`, printed with their shares.
fn stages(units: &[Unit], root: &Path) {
    use dossier_extract::{Extractor, ModelCheckedDetector, CapitalisedNameDetector, Text, TrainedNerDetector};
    use std::time::Instant;
    let model = dossier_ner::NerModel::load(&root.join("models/ner-multi.bin")).expect("models/ner-multi.bin");
    // As the binary's default (`--ner-model builtin`, organisations on).
    let mut trained = TrainedNerDetector::new(model);
    trained.organisations = true;
    let with_model = Extractor::new().with_detector(Box::new(ModelCheckedDetector::new(Box::new(CapitalisedNameDetector), trained)));
    let rules = Extractor::new();
    let no_parser = Extractor::new().without_syntax();
    let res = rules.resources();
    let mut t = [0f64; 9];
    let mut time = |k: usize, started: Instant| t[k] += started.elapsed().as_secs_f64();
    let mut bytes = 0usize;
    for u in units {
        bytes += u.bytes.len();
        let started = Instant::now();
        let decoded = dossier_ingest::decode_text(&u.bytes, None, u.html).expect("generated text decodes");
        time(0, started);
        let started = Instant::now();
        let text = if u.html { dossier_web::extract_article(&decoded, None).text } else { decoded };
        time(1, started);
        let started = Instant::now();
        let (lang, _) = dossier_ingest::detect_language(&text);
        time(2, started);
        let mut doc = dossier_core::Document::news("bench", text, &lang);
        doc.published = dossier_core::parse_published(&u.published);
        let started = Instant::now();
        let segmented = Text::new(&doc.text);
        time(3, started);
        let started = Instant::now();
        if let Some(lex) = res.dates.get(lang.as_str()) {
            std::hint::black_box(dossier_extract::find_document_dates(&segmented, lex, doc.published, Default::default()));
        }
        time(4, started);
        let started = Instant::now();
        std::hint::black_box(no_parser.extract(&doc));
        time(8, started);
        let started = Instant::now();
        std::hint::black_box(rules.extract(&doc));
        time(5, started);
        let started = Instant::now();
        let x = with_model.extract(&doc);
        time(6, started);
        let started = Instant::now();
        std::hint::black_box(serde_json::to_string(&x).expect("json"));
        time(7, started);
    }
    // The extractor segments and finds dates itself: its own share is the rest.
    let rest = t[8] - t[3] - t[4];
    let parser = t[5] - t[8];
    let ner = t[6] - t[5];
    let rows = [
        ("decode", t[0]),
        ("HTML extraction", t[1]),
        ("language ID", t[2]),
        ("segmentation", t[3]),
        ("dates", t[4]),
        ("names, quotes, claims, events", rest),
        ("dependency parser (speakers)", parser),
        ("trained NER model", ner),
        ("JSON serialisation", t[7]),
    ];
    let total: f64 = rows.iter().map(|r| r.1).sum();
    println!("stages, one thread, {} documents ({:.1} MB), {:.0} docs/s end to end:", units.len(), bytes as f64 / 1e6, units.len() as f64 / total);
    for (name, secs) in rows {
        println!("  {name:<30} {secs:>7.2} s  {:>5.1} %  {:>9.0} docs/s", 100.0 * secs / total, units.len() as f64 / secs.max(1e-9));
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with("--")).collect();
    let n: usize = args.first().and_then(|a| a.parse().ok()).unwrap_or(20_000);
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let corpus = args.get(1).map(Into::into).unwrap_or_else(|| root.join("corpora/news"));
    let langs = sentences_by_language(&corpus);
    assert!(!langs.is_empty(), "no sentences in {}", corpus.display());
    let tmp = tempfile::tempdir().expect("temp dir");
    let dir = tmp.path();
    std::fs::create_dir_all(dir.join("html")).expect("html dir");
    let mut rng = Rng(0x5eed);
    let mut units: Vec<Unit> = Vec::new();
    let mut jsonl = std::io::BufWriter::new(std::fs::File::create(dir.join("corpus.jsonl")).expect("jsonl"));
    let mut warc = flate2::write::GzEncoder::new(std::fs::File::create(dir.join("crawl.warc.gz")).expect("warc"), flate2::Compression::fast());
    for i in 0..n {
        let (lang, sents) = &langs[i % langs.len()];
        let k = 4 + rng.below(12);
        let text: Vec<&str> = (0..k).map(|_| sents[rng.below(sents.len())].as_str()).collect();
        let title = format!("Article {i}");
        let date = format!("2025-{:02}-{:02}", 1 + rng.below(12), 1 + rng.below(28));
        match i % 20 {
            0..=13 => {
                let rec = serde_json::json!({"title": title, "text": text.join(" "), "published": date, "url": format!("https://example.org/{lang}/{i}")});
                if units.len() < STAGE_SAMPLE {
                    units.push(Unit { bytes: text.join(" ").into_bytes(), html: false, published: date.clone() });
                }
                writeln!(jsonl, "{rec}").expect("write");
            }
            14..=16 => {
                let paras: String = text.chunks(3).map(|c| format!("<p>{}</p>", c.join(" "))).collect();
                let html = format!("<html lang=\"{lang}\"><head><title>{title}</title><meta property=\"article:published_time\" content=\"{date}\"></head><body><nav>Menu</nav><article><h1>{title}</h1>{paras}</article><footer>©</footer></body></html>");
                if units.len() < STAGE_SAMPLE {
                    units.push(Unit { bytes: html.clone().into_bytes(), html: true, published: date.clone() });
                }
                std::fs::write(dir.join(format!("html/{i:07}.html")), html).expect("html");
            }
            _ => {
                let paras: String = text.chunks(3).map(|c| format!("<p>{}</p>", c.join(" "))).collect();
                let html = format!("<html lang=\"{lang}\"><head><title>{title}</title></head><body><article><h1>{title}</h1>{paras}</article></body></html>");
                let http = format!("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{html}");
                write!(warc, "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/{i}\r\nWARC-Date: {date}T10:00:00Z\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n{http}\r\n\r\n", http.len()).expect("warc");
            }
        }
    }
    jsonl.flush().expect("flush");
    drop(jsonl);
    warc.finish().expect("warc");
    let inputs: Vec<String> = ["corpus.jsonl", "html", "crawl.warc.gz"].iter().map(|f| dir.join(f).display().to_string()).collect();
    let input_bytes = size(&dir.join("corpus.jsonl")) + size(&dir.join("html")) + size(&dir.join("crawl.warc.gz"));
    println!("corpus: {n} documents in {} languages, {:.1} MB on disk (JSONL 70 %, HTML files 15 %, WARC.gz 15 %)", langs.len(), input_bytes as f64 / 1e6);

    stages(&units, &root);

    let reader = Reader::new(IngestOptions::default());
    let extractor = dossier_extract::Extractor::new();
    let mut base_rate = None;
    for (format, out) in [(OutputFormat::Jsonl, "out.jsonl"), (OutputFormat::Jsonl, "out.jsonl.zst"), (OutputFormat::Parquet, "parquet")] {
        for jobs in [1, 2] {
            if out != "out.jsonl" && jobs == 1 {
                continue;
            }
            let output = dir.join(format!("{jobs}-{out}"));
            let opts = Options { inputs: inputs.clone(), jobs, format, output: Some(output.clone()), quiet: true, checkpoint_every: Duration::from_secs(2), ..Options::default() };
            reset_peak_rss();
            let s = run(&reader, &extractor, &opts).expect("run");
            let secs = s.elapsed.as_secs_f64();
            let rate = s.ok as f64 / secs;
            let speedup = match (jobs, base_rate) {
                (1, _) => {
                    base_rate = Some(rate);
                    String::new()
                }
                (_, Some(b)) => format!(", ×{:.2} vs 1 job", rate / b),
                _ => String::new(),
            };
            println!(
                "{out:<14} jobs={jobs}: {} docs ({} failed) in {secs:.1} s: {rate:.0} docs/s, {:.2} MB/s{speedup}; peak RSS {:.0} MiB; output {:.1} MB",
                s.ok,
                s.failed,
                input_bytes as f64 / 1e6 / secs,
                peak_rss_kib() as f64 / 1024.0,
                size(&output) as f64 / 1e6
            );
        }
    }
    for t in dossier_batch::parquet_out::TABLES {
        print!("{}={:.2} MB ", t.name, size(&dir.join("2-parquet").join(t.name)) as f64 / 1e6);
    }
    println!();
}
