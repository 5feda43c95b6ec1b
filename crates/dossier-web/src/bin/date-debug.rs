//! Prints gold, prediction and every date candidate for htmldate-eval pages
//! whose URL contains one of the given substrings (or all misses with `--misses`).
//!
//! Usage: `date-debug <htmldate-eval-dir> (--misses | --all | <url-substring>...)`.

use std::path::PathBuf;

use dossier_web::eval::{date_candidates, read_page};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dir = PathBuf::from(args.first().ok_or("usage: date-debug <dir> (--misses | --all | <url-substring>...)")?);
    let pats = &args[1..];
    let misses = pats.iter().any(|p| p == "--misses");
    let all = pats.iter().any(|p| p == "--all");
    for (set, subdirs) in [
        ("eval_default.json", &["html-bbaw", "html-cache"][..]),
        ("eval_mediacloud_2020.json", &["html-mediacloud"][..]),
    ] {
        let gold: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(dir.join(set))?.replace(": NaN", ": null"))?;
        for (url, v) in gold.as_object().ok_or("gold is not an object")? {
            if !misses && !all && !pats.iter().any(|p| url.contains(p.as_str())) {
                continue;
            }
            let file = v["file"].as_str().unwrap_or("");
            let Some(path) = subdirs.iter().map(|d| dir.join(d).join(format!("{file}.gz"))).find(|p| p.exists()) else { continue };
            let html = read_page(&path)?;
            let want = v["date"].as_str().unwrap_or("");
            let got = dossier_web::extract_date(&html, Some(url));
            if misses && got.as_ref().is_some_and(|g| g.date.to_string() == want) {
                continue;
            }
            println!("=== {url}\n    file={} want={want} got={:?}", path.display(), got.map(|g| (g.date.to_string(), g.source)));
            for c in date_candidates(&html, Some(url)) {
                println!("    {c}");
            }
        }
    }
    Ok(())
}
