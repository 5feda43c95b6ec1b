//! `syntax-bench --model FILE --gold FILE --lang LANG`: sentences and tokens
//! per second for tagging + parsing on one thread.
use clap::Parser;
use dossier_syntax::{conllu, SyntaxModel};
use std::path::PathBuf;
use std::process::ExitCode;

/// Measure load time and tagging + parsing speed (one thread) on the words of
/// a CoNLL-U file.
#[derive(Parser)]
struct Args {
    /// Model file.
    #[arg(long)]
    model: PathBuf,
    /// CoNLL-U file (plain or .gz) whose words are parsed.
    #[arg(long)]
    gold: PathBuf,
    /// Language code.
    #[arg(long)]
    lang: String,
    /// Passes over the file.
    #[arg(long, default_value_t = 3)]
    rounds: usize,
}

fn run(a: Args) -> Result<(), dossier_syntax::Error> {
    let t0 = std::time::Instant::now();
    let model = SyntaxModel::load(&a.model)?;
    let load = t0.elapsed().as_secs_f64();
    let gold = conllu::read_path(&a.gold)?;
    let sents: Vec<Vec<&str>> = gold.iter().map(|s| s.forms()).collect();
    let (mut n_s, mut n_t, mut check) = (0usize, 0usize, 0usize);
    let t1 = std::time::Instant::now();
    for _ in 0..a.rounds.max(1) {
        for s in &sents {
            let out = model.parse(s, &a.lang);
            check += out.iter().map(|t| t.head).sum::<usize>();
            n_s += 1;
            n_t += s.len();
        }
    }
    let secs = t1.elapsed().as_secs_f64();
    println!(
        "load {load:.3} s; {n_s} sentences, {n_t} tokens in {secs:.2} s: {:.0} sentences/s, {:.0} tokens/s (tagging + parsing, one thread; checksum {check})",
        n_s as f64 / secs,
        n_t as f64 / secs
    );
    Ok(())
}

fn main() -> ExitCode {
    match run(Args::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("syntax-bench: {e}");
            ExitCode::FAILURE
        }
    }
}
