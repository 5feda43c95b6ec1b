//! Prints the entities a model finds in a text (argument, or stdin).
//!
//! `cargo run -p dossier-onnx --example ner -- .tools/onnx/rampart "My name is Alex Rivera."`

use std::io::Read;
use std::path::PathBuf;

use dossier_onnx::{default_actor_map, map_label, OnnxOptions, TokenClassifier};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(args.next().ok_or("usage: ner MODEL_DIR [TEXT]")?);
    let text = match args.next() {
        Some(t) => t,
        None => {
            let mut s = String::new();
            std::io::stdin().read_to_string(&mut s)?;
            s
        }
    };
    let ner = TokenClassifier::load(&dir, &OnnxOptions::default())?;
    let map = default_actor_map();
    for e in ner.predict(&text)? {
        let kind = map_label(&e.label, &map).unwrap_or_else(|| "-".into());
        println!(
            "{:>6} {:>6}  {:<16} {:<13} {:.3}  {:?}",
            e.start, e.end, e.label, kind, e.score, e.text
        );
    }
    Ok(())
}
