//! Scores `extract_article` on the Zyte article-extraction benchmark.
//!
//! Usage: `eval-extraction <benchmark-dir> [--baseline NAME] [--dump OUT.json]`
//! `--baseline trafilatura` scores `baseline-outputs/trafilatura.json` instead
//! (to check the metric against the published F1).

use std::path::PathBuf;
use std::time::Instant;

use dossier_web::eval::{prf, read_json, read_page, shingle_match};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dir = PathBuf::from(args.first().ok_or("usage: eval-extraction <benchmark-dir> [--baseline NAME] [--dump OUT.json]")?);
    let opt = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned();
    let truth = read_json(&dir.join("ground-truth.json"))?;
    let truth = truth.as_object().ok_or("ground-truth.json is not an object")?;
    let mut ids: Vec<&String> = truth.keys().collect();
    ids.sort();
    if let Some(name) = opt("--baseline") {
        let out = read_json(&dir.join("baseline-outputs").join(format!("{name}.json")))?;
        let out = out.get("output").unwrap_or(&out);
        let scores: Vec<_> = ids
            .iter()
            .map(|id| {
                let t = truth[*id]["articleBody"].as_str().unwrap_or("");
                let p = out.get(id.as_str()).and_then(|v| v["articleBody"].as_str()).unwrap_or("");
                shingle_match(t, p)
            })
            .collect();
        let (p, r, f) = prf(&scores);
        println!("{name}: pages={} precision={p:.3} recall={r:.3} F1={f:.3}", scores.len());
        return Ok(());
    }
    let mut pages = Vec::new();
    for id in &ids {
        pages.push(read_page(&dir.join("html").join(format!("{id}.html.gz")))?);
    }
    let bytes: usize = pages.iter().map(String::len).sum();
    let start = Instant::now();
    let arts: Vec<_> = ids
        .iter()
        .zip(&pages)
        .map(|(id, html)| dossier_web::extract_article(html, truth[*id]["url"].as_str()))
        .collect();
    let secs = start.elapsed().as_secs_f64();
    let mut scores = Vec::new();
    let mut dump = serde_json::Map::new();
    for (id, a) in ids.iter().zip(&arts) {
        let t = truth[*id]["articleBody"].as_str().unwrap_or("");
        let s = shingle_match(t, &a.text);
        if args.iter().any(|x| x == "--verbose") {
            let (p, r, _) = prf(&[s]);
            println!("{id} P={p:.3} R={r:.3}");
        }
        scores.push(s);
        dump.insert(id.to_string(), serde_json::json!({ "articleBody": a.text }));
    }
    if let Some(out) = opt("--dump") {
        std::fs::write(out, serde_json::to_string_pretty(&serde_json::Value::Object(dump))?)?;
    }
    let (p, r, f) = prf(&scores);
    println!("dossier-web: pages={} precision={p:.3} recall={r:.3} F1={f:.3}", scores.len());
    println!(
        "speed (one core, extraction only): {:.1} pages/s, {:.2} MB/s ({} pages, {:.1} MB in {secs:.2}s)",
        pages.len() as f64 / secs,
        bytes as f64 / 1e6 / secs,
        pages.len(),
        bytes as f64 / 1e6
    );
    Ok(())
}
