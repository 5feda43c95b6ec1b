//! `syntax-train --train FILE:LANG... --dev FILE:LANG... --epochs N --out FILE`
use clap::Parser;
use dossier_syntax::{conllu, file_and_lang, train, TrainOptions, Treebank};
use std::path::PathBuf;
use std::process::ExitCode;

/// Train the UPOS tagger + dependency parser (single thread, deterministic).
#[derive(Parser)]
struct Args {
    /// Training CoNLL-U file (plain or .gz) and its language, e.g.
    /// `en_ewt-ud-train.conllu.gz:en`. Repeat for more files; a file given
    /// twice counts twice.
    #[arg(long, required = true, value_parser = file_and_lang)]
    train: Vec<(PathBuf, String)>,
    /// Development file and language (repeatable): chooses the epochs.
    #[arg(long, value_parser = file_and_lang)]
    dev: Vec<(PathBuf, String)>,
    /// Maximum epochs (tagger and parser each).
    #[arg(long, default_value_t = 15)]
    epochs: usize,
    /// Epochs without a better dev score before stopping.
    #[arg(long, default_value_t = 3)]
    patience: usize,
    /// Output model file.
    #[arg(long)]
    out: PathBuf,
    /// Shuffle / exploration seed.
    #[arg(long, default_value_t = 42)]
    seed: u64,
    /// Tagger hash table size in bits.
    #[arg(long, default_value_t = 21)]
    tagger_bits: u32,
    /// Parser hash table size in bits.
    #[arg(long, default_value_t = 23)]
    parser_bits: u32,
    /// Jack-knife folds for the parser's training tags (0 = gold tags).
    #[arg(long, default_value_t = 4)]
    jackknife: usize,
    /// Probability of following a wrong transition (dynamic-oracle exploration).
    #[arg(long, default_value_t = 0.9)]
    explore: f64,
    /// Drop averaged weights below this many quanta.
    #[arg(long, default_value_t = 2)]
    prune: i16,
}

fn read(files: &[(PathBuf, String)]) -> Result<Vec<Treebank>, dossier_syntax::Error> {
    let mut out = Vec::new();
    for (f, lang) in files {
        let sentences = conllu::read_path(f)?;
        let words: usize = sentences.iter().map(|s| s.words.len()).sum();
        eprintln!(
            "{} ({lang}): {} sentences, {words} words",
            f.display(),
            sentences.len()
        );
        out.push(Treebank {
            lang: lang.clone(),
            sentences,
        });
    }
    Ok(out)
}

fn run(a: Args) -> Result<(), dossier_syntax::Error> {
    let tr = read(&a.train)?;
    let dev = read(&a.dev)?;
    let opts = TrainOptions {
        epochs: a.epochs,
        patience: a.patience,
        seed: a.seed,
        tagger_bits: a.tagger_bits,
        parser_bits: a.parser_bits,
        jackknife: a.jackknife,
        explore: a.explore,
        prune: a.prune,
        verbose: true,
    };
    let t0 = std::time::Instant::now();
    let model = train(&tr, &dev, &opts)?;
    model.save(&a.out)?;
    let size = std::fs::metadata(&a.out).map(|m| m.len()).unwrap_or(0);
    eprintln!(
        "wrote {} ({:.1} MB) in {:.0} s: {}",
        a.out.display(),
        size as f64 / 1e6,
        t0.elapsed().as_secs_f64(),
        model.info()
    );
    Ok(())
}

fn main() -> ExitCode {
    match run(Args::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("syntax-train: {e}");
            ExitCode::FAILURE
        }
    }
}
