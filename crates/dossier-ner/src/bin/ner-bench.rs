//! `ner-bench --model FILE --text FILE`: tokens per second on one core.
use clap::Parser;
use dossier_ner::{split_sentences, tokenize, NerModel};
use std::path::PathBuf;
use std::process::ExitCode;

/// Measure tagging speed (tokenisation + sentence split + prediction) on one thread.
#[derive(Parser)]
struct Args {
    /// Model file.
    #[arg(long)]
    model: PathBuf,
    /// Plain-text file.
    #[arg(long)]
    text: PathBuf,
    /// Repeat the text this many times.
    #[arg(long, default_value_t = 3)]
    rounds: usize,
}

fn run(a: Args) -> Result<(), dossier_ner::NerError> {
    let model = NerModel::load(&a.model)?;
    let text = std::fs::read_to_string(&a.text).map_err(|e| dossier_ner::NerError::Io {
        path: a.text.clone(),
        source: e,
    })?;
    let mut tokens = 0usize;
    let mut entities = 0usize;
    let t0 = std::time::Instant::now();
    for _ in 0..a.rounds.max(1) {
        let toks = tokenize(&text);
        for r in split_sentences(&toks) {
            let words: Vec<&str> = toks[r].iter().map(|t| t.text).collect();
            entities += model.predict(&words).len();
            tokens += words.len();
        }
    }
    let s = t0.elapsed().as_secs_f64();
    println!(
        "{tokens} tokens, {entities} entities in {s:.2} s: {:.0} tokens/s (one thread)",
        tokens as f64 / s
    );
    Ok(())
}

fn main() -> ExitCode {
    match run(Args::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("ner-bench: {e}");
            ExitCode::FAILURE
        }
    }
}
