//! `ner-eval --model models/ner-fr.bin --gold FILE [--format conll|io]`
//! (the same command as `dossier eval ner`).
use clap::Parser;
use std::process::ExitCode;

/// Score a model on a gold file: entity-level exact P/R/F1 per type and overall.
#[derive(Parser)]
struct Cli {
    #[command(flatten)]
    args: dossier_ner::cli::EvalArgs,
}

fn main() -> ExitCode {
    match dossier_ner::cli::eval_command(&Cli::parse().args, false) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("ner-eval: {e}");
            ExitCode::FAILURE
        }
    }
}
