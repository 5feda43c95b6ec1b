//! Print the parse of one sentence as CoNLL-U columns:
//! `cargo run -p dossier-syntax --example parse -- de "Salih sagte , dass ..."`
//! (words separated by spaces; uses the built-in model).

fn main() -> Result<(), dossier_syntax::Error> {
    let mut args = std::env::args().skip(1);
    let (Some(lang), Some(sentence)) = (args.next(), args.next()) else {
        eprintln!("usage: parse LANG \"space separated words\"");
        std::process::exit(2);
    };
    let model = dossier_syntax::SyntaxModel::embedded()?;
    let words: Vec<&str> = sentence.split_whitespace().collect();
    for (i, (w, a)) in words.iter().zip(model.parse(&words, &lang)).enumerate() {
        println!("{}\t{}\t{}\t{}\t{}", i + 1, w, a.upos, a.head, a.deprel);
    }
    Ok(())
}
