//! `ner-eval --model models/ner-fr.bin --gold FILE [--format conll|io]`
use clap::{Parser, ValueEnum};
use dossier_ner::{evaluate_with, read_conll_file, split_long_sentences, NerModel, TagScheme};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    /// BIO / IOB1 / BIOES gold: exact entity boundaries.
    Conll,
    /// IO gold: adjacent same-type entities merge (predictions reduced to IO too).
    Io,
}

/// Score a model on a gold file: entity-level exact P/R/F1 per type and overall.
#[derive(Parser)]
struct Args {
    /// Model file.
    #[arg(long)]
    model: PathBuf,
    /// Gold CoNLL-style file.
    #[arg(long)]
    gold: PathBuf,
    /// Gold tag scheme.
    #[arg(long, value_enum, default_value_t = Format::Conll)]
    format: Format,
    /// Also print the first N sentences whose prediction differs from gold.
    #[arg(long, default_value_t = 0)]
    show_errors: usize,
}

fn run(a: Args) -> Result<(), dossier_ner::NerError> {
    let model = NerModel::load(&a.model)?;
    // files without sentence breaks (Europeana) are split at . ! ?
    let gold = split_long_sentences(read_conll_file(&a.gold)?, 250);
    let scheme = match a.format {
        Format::Conll => TagScheme::Conll,
        Format::Io => TagScheme::Io,
    };
    let t0 = std::time::Instant::now();
    let s = evaluate_with(&model, &gold, scheme);
    println!(
        "model {} ({}), gold {} ({} sentences)",
        a.model.display(),
        model.language(),
        a.gold.display(),
        s.sentences
    );
    print!("{s}");
    let mut shown = 0;
    for sent in gold.iter() {
        if shown >= a.show_errors {
            break;
        }
        let toks: Vec<&str> = sent.tokens.iter().map(String::as_str).collect();
        let pred = model.predict_tags(&toks);
        if pred != sent.tags {
            shown += 1;
            for ((t, g), p) in toks.iter().zip(&sent.tags).zip(&pred) {
                let mark = if g == p { "" } else { "  <<" };
                println!("{t}\t{g}\t{p}{mark}");
            }
            println!();
        }
    }
    eprintln!("scored in {:.1} s", t0.elapsed().as_secs_f64());
    Ok(())
}

fn main() -> ExitCode {
    match run(Args::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("ner-eval: {e}");
            ExitCode::FAILURE
        }
    }
}
