//! Scores `extract_date` on the htmldate evaluation sets.
//!
//! Usage: `eval-dates <htmldate-eval-dir> [--verbose]`. Metric as in
//! htmldate's `tests/comparison.py`: TP = right day, FP = wrong day, FN = no
//! date; accuracy = TP / pages.

use std::path::{Path, PathBuf};
use std::time::Instant;

use dossier_web::eval::read_page;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dir = PathBuf::from(args.first().ok_or("usage: eval-dates <htmldate-eval-dir> [--verbose]")?);
    let verbose = args.iter().any(|a| a == "--verbose");
    for (set, subdirs) in [
        ("eval_default.json", &["html-bbaw", "html-cache"][..]),
        ("eval_mediacloud_2020.json", &["html-mediacloud"][..]),
    ] {
        // Upstream gold holds Python's NaN for 5 undated pages; read it as null
        // and, like comparison.py with NaN, never count such a page as right.
        let gold: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(dir.join(set))?.replace(": NaN", ": null"))?;
        let gold = gold.as_object().ok_or("gold is not an object")?;
        let mut pages = Vec::new();
        for (url, v) in gold {
            let file = v["file"].as_str().unwrap_or("");
            let path = subdirs.iter().map(|d| dir.join(d).join(format!("{file}.gz"))).find(|p: &PathBuf| p.exists());
            let Some(path) = path else {
                eprintln!("missing page for {url}");
                continue;
            };
            pages.push((url.clone(), v["date"].as_str().unwrap_or("").to_string(), read_page(Path::new(&path))?));
        }
        let start = Instant::now();
        let preds: Vec<_> = pages.iter().map(|(url, _, html)| dossier_web::extract_date(html, Some(url))).collect();
        let secs = start.elapsed().as_secs_f64();
        let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
        for ((url, want, _), got) in pages.iter().zip(&preds) {
            match got {
                Some(d) if !want.is_empty() && d.date.to_string() == *want => tp += 1,
                Some(d) => {
                    fp += 1;
                    if verbose {
                        println!("WRONG {url} want={want} got={} ({:?})", d.date, d.source);
                    }
                }
                None => {
                    fn_ += 1;
                    if verbose {
                        println!("NONE  {url} want={want}");
                    }
                }
            }
        }
        let n = pages.len().max(1) as f64;
        let p = tp as f64 / (tp + fp).max(1) as f64;
        let r = tp as f64 / (tp + fn_).max(1) as f64;
        let f = 2.0 * tp as f64 / (2 * tp + fp + fn_).max(1) as f64;
        println!(
            "{set}: pages={} accuracy={:.3} precision={p:.3} recall={r:.3} F1={f:.3} (tp={tp} fp={fp} fn={fn_}) speed={:.1} pages/s",
            pages.len(),
            tp as f64 / n,
            pages.len() as f64 / secs
        );
    }
    Ok(())
}
