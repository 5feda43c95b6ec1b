//! `syntax-eval --model FILE --gold FILE --lang LANG`: one line of JSON.
use clap::Parser;
use dossier_syntax::{conllu, eval, SyntaxModel};
use std::path::PathBuf;
use std::process::ExitCode;

/// Score a model on gold CoNLL-U (gold tokenisation; all words incl.
/// punctuation; LAS on universal relations, as in CoNLL 2018).
#[derive(Parser)]
struct Args {
    /// Model file.
    #[arg(long)]
    model: PathBuf,
    /// Gold CoNLL-U file (plain or .gz).
    #[arg(long)]
    gold: PathBuf,
    /// Language code given to the model.
    #[arg(long)]
    lang: String,
}

fn json_str(s: &str) -> String {
    let mut o = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            c if (c as u32) < 0x20 => o.push_str(&format!("\\u{:04x}", c as u32)),
            c => o.push(c),
        }
    }
    o.push('"');
    o
}

fn run(a: Args) -> Result<(), dossier_syntax::Error> {
    let model = SyntaxModel::load(&a.model)?;
    let gold = conllu::read_path(&a.gold)?;
    let s = eval::score(&model, &gold, &a.lang);
    println!(
        "{{\"gold\":{},\"lang\":{},\"tokens\":{},\"upos\":{:.4},\"uas\":{:.4},\"las\":{:.4}}}",
        json_str(&a.gold.display().to_string()),
        json_str(&a.lang),
        s.tokens,
        s.upos_acc,
        s.uas,
        s.las
    );
    Ok(())
}

fn main() -> ExitCode {
    match run(Args::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("syntax-eval: {e}");
            ExitCode::FAILURE
        }
    }
}
