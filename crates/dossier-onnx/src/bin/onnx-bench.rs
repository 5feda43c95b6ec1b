//! Throughput of a token-classification model on one text file.
//!
//! ```text
//! onnx-bench MODEL_DIR TEXT_FILE [--threads N] [--max-tokens N] [--stride N] [--batch N] [--repeat N]
//! ```
//!
//! The file is split into paragraphs at blank lines; each paragraph is one
//! `predict` call (all of them in one `predict_batch` with `--batch` > 1).
//! Prints tokens (tokenizer tokens, special tokens excluded), entities,
//! time and tokens/s of the best of `--repeat` runs.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use dossier_onnx::{OnnxOptions, TokenClassifier};

fn usage() -> ExitCode {
    eprintln!(
        "usage: onnx-bench MODEL_DIR TEXT_FILE [--threads N] [--max-tokens N] [--stride N] [--batch N] [--repeat N]"
    );
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut pos = Vec::new();
    let mut opts = OnnxOptions::default();
    let mut repeat = 3usize;
    let mut i = 0;
    while i < args.len() {
        let a = args[i].as_str();
        if let Some(flag) = a.strip_prefix("--") {
            let Some(v) = args.get(i + 1).and_then(|v| v.parse::<usize>().ok()) else {
                return usage();
            };
            match flag {
                "threads" => opts.threads = v,
                "max-tokens" => opts.max_tokens = v,
                "stride" => opts.stride = v,
                "batch" => opts.batch_size = v,
                "repeat" => repeat = v.max(1),
                _ => return usage(),
            }
            i += 2;
        } else {
            pos.push(a.to_string());
            i += 1;
        }
    }
    let [dir, file] = pos.as_slice() else {
        return usage();
    };
    let text = match std::fs::read_to_string(file) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("onnx-bench: {file}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let paragraphs: Vec<&str> = text
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();

    let t0 = Instant::now();
    let ner = match TokenClassifier::load(&PathBuf::from(dir), &opts) {
        Ok(n) => n,
        Err(e) => {
            eprintln!("onnx-bench: {e}");
            return ExitCode::FAILURE;
        }
    };
    let load = t0.elapsed();
    let tokens: usize = paragraphs
        .iter()
        .map(|p| ner.count_tokens(p).unwrap_or(0))
        .sum();

    let mut best = f64::INFINITY;
    let mut entities = 0;
    for _ in 0..repeat {
        let t = Instant::now();
        let result = if opts.batch_size > 1 {
            ner.predict_batch(&paragraphs)
        } else {
            paragraphs.iter().map(|p| ner.predict(p)).collect()
        };
        match result {
            Ok(r) => entities = r.iter().map(Vec::len).sum(),
            Err(e) => {
                eprintln!("onnx-bench: {e}");
                return ExitCode::FAILURE;
            }
        }
        best = best.min(t.elapsed().as_secs_f64());
    }
    println!(
        "model {} | load {:.0} ms | {} paragraphs, {} chars, {} tokens, {} entities | threads {} window {} stride {} batch {} | best of {}: {:.3} s, {:.0} tokens/s, {:.0} chars/s",
        ner.model_path().display(),
        load.as_secs_f64() * 1000.0,
        paragraphs.len(),
        text.chars().count(),
        tokens,
        entities,
        opts.threads,
        opts.max_tokens,
        opts.stride,
        opts.batch_size,
        repeat,
        best,
        tokens as f64 / best,
        text.chars().count() as f64 / best,
    );
    ExitCode::SUCCESS
}
