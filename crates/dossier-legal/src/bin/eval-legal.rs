//! `eval-legal`: score dossier-legal on public data. Every data path is an argument.
//!
//! ```text
//! eval-legal refex DIR [--errors]       # refex-de-benchmark folder (documents.jsonl, annotations.jsonl)
//! eval-legal reporters FILE [--errors]  # reporters-db reporters.json (its reporters and examples)
//! eval-legal gold DIR [--errors]        # corpora/gold-legal
//! eval-legal find [--own ID|auto] < TEXT # references in TEXT as JSON lines; `--own` resolves bare
//!                                        # provisions to the text's own instrument (`auto`: detect it)
//! ```
//! `--registry PATH` replaces the bundled instrument registry.

use std::path::PathBuf;
use std::process::ExitCode;

use dossier_legal::{detect_own_instrument, eval, load_reporters_json, InstrumentRegistry, LegalError, LegalRefFinder};

const USAGE: &str = "usage: eval-legal (refex DIR | reporters FILE | gold DIR | find [--own ID|auto] < TEXT) [--errors] [--registry PATH]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("eval-legal: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: &[String]) -> Result<(), String> {
    let show_errors = args.iter().any(|a| a == "--errors");
    let registry = match args.iter().position(|a| a == "--registry").and_then(|i| args.get(i + 1)) {
        Some(p) => InstrumentRegistry::load(p),
        None => InstrumentRegistry::builtin(),
    }
    .map_err(|e| e.to_string())?;
    if args.first().map(String::as_str) == Some("find") {
        let own = args.iter().position(|a| a == "--own").and_then(|i| args.get(i + 1)).map(String::as_str);
        return find_stdin(&registry, own);
    }
    let (Some(cmd), Some(path)) = (args.first(), args.get(1)) else { return Err(USAGE.into()) };
    let path = PathBuf::from(path);
    let mut errors = String::new();
    let report = match cmd.as_str() {
        "refex" => refex(&registry, &path, &mut errors),
        "reporters" => reporters(&registry, &path, &mut errors),
        "gold" => gold(&registry, &path, &mut errors),
        _ => return Err(USAGE.into()),
    }
    .map_err(|e| e.to_string())?;
    print!("{report}");
    if show_errors {
        print!("{errors}");
    }
    Ok(())
}

/// `eval-legal find`: print the references in standard input, one JSON object per line.
fn find_stdin(registry: &InstrumentRegistry, own: Option<&str>) -> Result<(), String> {
    let mut text = String::new();
    std::io::Read::read_to_string(&mut std::io::stdin(), &mut text).map_err(|e| e.to_string())?;
    let finder = LegalRefFinder::new(registry).map_err(|e| e.to_string())?;
    let own = match own {
        Some("auto") => detect_own_instrument(&text, registry),
        other => other.map(str::to_string),
    };
    if let Some(id) = &own {
        eprintln!("own instrument: {id}");
    }
    for r in finder.find_in(&text, own.as_deref()) {
        println!("{}", serde_json::to_string(&r).map_err(|e| e.to_string())?);
    }
    Ok(())
}

fn refex(registry: &InstrumentRegistry, dir: &std::path::Path, errors: &mut String) -> Result<String, LegalError> {
    let finder = LegalRefFinder::new(registry)?;
    let [dev, test, all] = eval::refex(dir, &finder, errors)?;
    Ok(format!(
        "{}{}{}",
        dev.report("refex-de dev (even positions in documents.jsonl; used for tuning)"),
        test.report("refex-de test (odd positions)"),
        all.report("refex-de all")
    ))
}

fn reporters(registry: &InstrumentRegistry, file: &std::path::Path, errors: &mut String) -> Result<String, LegalError> {
    let finder = LegalRefFinder::with_reporters(registry, &load_reporters_json(file)?)?;
    let (found, total, misses) = eval::reporters(file, &finder)?;
    for m in misses {
        errors.push_str(&format!("MISS {m:?}\n"));
    }
    let recall = if total == 0 { 0.0 } else { found as f64 / total as f64 };
    Ok(format!("reporters-db examples: recall {recall:.3} ({found}/{total})\n"))
}

fn gold(registry: &InstrumentRegistry, dir: &std::path::Path, errors: &mut String) -> Result<String, LegalError> {
    let finder = LegalRefFinder::new(registry)?;
    let sentences = eval::read_gold(dir)?;
    Ok(eval::gold(&sentences, &finder, errors).iter().map(|(name, s)| s.report(name)).collect())
}
