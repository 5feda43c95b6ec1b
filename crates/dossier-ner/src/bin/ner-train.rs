//! `ner-train --lang fr --train FILE... --dev FILE --out models/ner-fr.bin`
//! (the same command as `dossier train-ner`).
use clap::Parser;
use std::process::ExitCode;

/// Train a named-entity model (averaged perceptron, single thread, deterministic).
#[derive(Parser)]
struct Cli {
    #[command(flatten)]
    args: dossier_ner::cli::TrainArgs,
}

fn main() -> ExitCode {
    match dossier_ner::cli::train_command(&Cli::parse().args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("ner-train: {e}");
            ExitCode::FAILURE
        }
    }
}
