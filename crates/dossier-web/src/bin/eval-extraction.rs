//! Scores `extract_article` (or another tool's saved output) on main-text
//! evaluation sets of every layout `dossier_web::eval::sets` reads.
//!
//! Usage:
//! `eval-extraction SET... [--pages DIR] [--split dev|test] [--by-lang]
//!  [--verbose] [--dump OUT.jsonl] [--predictions IN.jsonl]`
//!
//! * `SET` is a benchmark folder (`ground-truth.json` or `ground-truth.jsonl`)
//!   or a snippet folder/file, whose page paths are relative to `--pages`.
//! * `--dump` writes `{"set","id","text"}` lines; `--predictions` scores such
//!   lines from any tool (see `scripts/main-text-baseline.py`) with the same
//!   metric.
//! * `--baseline NAME` scores the Zyte benchmark's own
//!   `baseline-outputs/NAME.json` (to check the metric).

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::time::Instant;

use dossier_web::eval::sets::{load_set, Gold, GoldPage};
use dossier_web::eval::snippets::{normalise, score_snippets, SnippetCounts};
use dossier_web::eval::{prf, read_json, read_page, shingle_match};

type Res<T> = Result<T, Box<dyn std::error::Error>>;

struct Args {
    sets: Vec<PathBuf>,
    pages: Option<PathBuf>,
    split: Option<String>,
    by_lang: bool,
    verbose: bool,
    dump: Option<PathBuf>,
    predictions: Option<PathBuf>,
    baseline: Option<String>,
}

fn parse_args() -> Res<Args> {
    let mut a = Args { sets: vec![], pages: None, split: None, by_lang: false, verbose: false, dump: None, predictions: None, baseline: None };
    let mut it = std::env::args().skip(1);
    while let Some(x) = it.next() {
        let mut value = || it.next().ok_or_else(|| format!("{x} needs a value"));
        match x.as_str() {
            "--pages" => a.pages = Some(value()?.into()),
            "--split" => a.split = Some(value()?),
            "--dump" => a.dump = Some(value()?.into()),
            "--predictions" => a.predictions = Some(value()?.into()),
            "--baseline" => a.baseline = Some(value()?),
            "--by-lang" => a.by_lang = true,
            "--verbose" => a.verbose = true,
            s if s.starts_with("--") => return Err(format!("unknown option {s}").into()),
            _ => a.sets.push(x.into()),
        }
    }
    if a.sets.is_empty() {
        return Err("usage: eval-extraction SET... [--pages DIR] [--split dev|test] [--by-lang] [--verbose] [--dump OUT.jsonl] [--predictions IN.jsonl] [--baseline NAME]".into());
    }
    Ok(a)
}

/// Scores summed over a group of pages.
#[derive(Default)]
struct Tally {
    pages: usize,
    empty: usize,
    shingles: Vec<(f64, f64, f64)>,
    snippets: SnippetCounts,
    prefixes: (usize, usize),
}

impl Tally {
    fn add(&mut self, gold: &Gold, text: &str) {
        self.pages += 1;
        if text.trim().is_empty() {
            self.empty += 1;
        }
        match gold {
            Gold::Text(t) => self.shingles.push(shingle_match(t, text)),
            Gold::Prefix(t) => {
                // goose3's gold is its output's first words: found or not.
                let head: String = normalise(t).chars().take(60).collect();
                self.prefixes.1 += 1;
                self.prefixes.0 += usize::from(normalise(text).contains(&head));
            }
            Gold::Snippets { with, without } => self.snippets.add(score_snippets(text, with, without)),
        }
    }

    fn line(&self) -> String {
        let mut parts = vec![format!("pages={:<4} no-text={:<3}", self.pages, self.empty)];
        if !self.shingles.is_empty() {
            let (p, r, f) = prf(&self.shingles);
            parts.push(format!("shingle P/R/F1 {p:.3}/{r:.3}/{f:.3}"));
        }
        let s = &self.snippets;
        if s.true_pos + s.false_neg + s.false_pos + s.true_neg > 0 {
            parts.push(format!("snippet P/R/F1 {:.3}/{:.3}/{:.3}", s.precision(), s.recall(), s.f1()));
        }
        if self.prefixes.1 > 0 {
            parts.push(format!("prefix found {}/{}", self.prefixes.0, self.prefixes.1));
        }
        parts.join("  ")
    }
}

fn set_label(path: &Path) -> String {
    path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| path.display().to_string())
}

fn read_predictions(path: &Path) -> Res<HashMap<(String, String), String>> {
    let mut out = HashMap::new();
    for line in std::fs::read_to_string(path)?.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line)?;
        let key = (v["set"].as_str().unwrap_or("").to_string(), v["id"].as_str().unwrap_or("").to_string());
        out.insert(key, v["text"].as_str().unwrap_or("").to_string());
    }
    Ok(out)
}

fn zyte_baseline(dir: &Path, name: &str) -> Res<()> {
    let pages = load_set(dir, None)?;
    let out = read_json(&dir.join("baseline-outputs").join(format!("{name}.json")))?;
    let out = out.get("output").unwrap_or(&out);
    let mut tally = Tally::default();
    for p in &pages {
        tally.add(&p.gold, out.get(p.id.as_str()).and_then(|v| v["articleBody"].as_str()).unwrap_or(""));
    }
    println!("{name}: {}", tally.line());
    Ok(())
}

fn main() {
    if let Err(e) = run() {
        eprintln!("eval-extraction: {e}");
        std::process::exit(2);
    }
}

fn run() -> Res<()> {
    let args = parse_args()?;
    if let Some(name) = &args.baseline {
        return zyte_baseline(&args.sets[0], name);
    }
    let predictions = args.predictions.as_deref().map(read_predictions).transpose()?;
    let mut dump = Vec::new();
    let (mut total, mut secs, mut bytes) = (Tally::default(), 0.0, 0usize);
    for set in &args.sets {
        let label = set_label(set);
        let mut pages: Vec<GoldPage> = load_set(set, args.pages.as_deref())?;
        pages.retain(|p| args.split.is_none() || p.split == args.split);
        let mut tally = Tally::default();
        let mut by_lang: BTreeMap<String, Tally> = BTreeMap::new();
        for p in &pages {
            let text = match &predictions {
                Some(pred) => pred.get(&(label.clone(), p.id.clone())).cloned().unwrap_or_default(),
                None => {
                    let html = read_page(&p.html_path)?;
                    bytes += html.len();
                    let start = Instant::now();
                    let a = dossier_web::extract_article(&html, p.url.as_deref());
                    secs += start.elapsed().as_secs_f64();
                    a.text
                }
            };
            tally.add(&p.gold, &text);
            total.add(&p.gold, &text);
            by_lang.entry(p.lang.clone().unwrap_or_else(|| "?".into())).or_default().add(&p.gold, &text);
            if args.verbose {
                let mut one = Tally::default();
                one.add(&p.gold, &text);
                println!("  {label}/{}: {}", p.id, one.line());
            }
            if args.dump.is_some() {
                dump.push(serde_json::json!({ "set": label, "id": p.id, "text": text }).to_string());
            }
        }
        println!("{label:<24} {}", tally.line());
        if args.by_lang {
            for (lang, t) in &by_lang {
                println!("  {lang:<22} {}", t.line());
            }
        }
    }
    if args.sets.len() > 1 {
        println!("{:<24} {}", "all", total.line());
    }
    if let Some(out) = &args.dump {
        std::fs::write(out, dump.join("\n") + "\n")?;
    }
    if predictions.is_none() && secs > 0.0 {
        println!("speed (one core, extraction only): {:.1} pages/s, {:.2} MB/s", total.pages as f64 / secs, bytes as f64 / 1e6 / secs);
    }
    Ok(())
}
