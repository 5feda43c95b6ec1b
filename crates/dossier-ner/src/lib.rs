//! Multilingual named-entity recognition for Dossier, trained by the project
//! in pure Rust.
//!
//! The model is an averaged structured perceptron over BIO tags for PER,
//! ORG, LOC and MISC with constrained Viterbi decoding (only valid BIO
//! sequences come out). Features are hashed into a fixed table of
//! `2^hash_bits` rows × 9 tags: lower-cased and raw word, word shapes,
//! prefixes/suffixes 1–4, capitalisation in context (sentence-initial or
//! not, all-caps headlines), the two previous and next words and shapes,
//! word bigrams, title and role words (`M.`, `Dr`, `Senator`, `ministre`,
//! `Bundesinnenministerin`…), organisation suffixes (`GmbH`, `Inc`, `SA`…),
//! nationality words, and longest-match gazetteer tags from the actor
//! registry (`corpora/actors/*.toml`) and built-in country names in five
//! languages. Tag transitions are learned too.
//!
//! ```
//! use dossier_ner::{read_conll, train, evaluate, NerModel, TrainOptions, Label};
//!
//! let mut conll = String::new();
//! for (p, c) in [("Anna", "Lyon"), ("Boris", "Oslo"), ("Carla", "Riga"), ("Dario", "Lima")] {
//!     conll += &format!("{p}\tB-PER\nlives\tO\nin\tO\n{c}\tB-LOC\n.\tO\n\n");
//! }
//! let data = read_conll(&conll)?;
//! let opts = TrainOptions { language: "en".into(), hash_bits: 12, epochs: 5, ..TrainOptions::default() };
//! let model = train(&data, &[], &opts);
//! let spans = model.predict(&["Elena", "lives", "in", "Nice", "."]);
//! assert_eq!(spans.len(), 2);
//! assert_eq!((spans[0].start_token, spans[0].label), (0, Label::Per));
//! assert_eq!((spans[1].start_token, spans[1].label), (3, Label::Loc));
//! assert!(evaluate(&model, &data).overall.f1() > 0.99);
//!
//! let path = std::env::temp_dir().join("dossier-ner-doctest.bin");
//! model.save(&path)?;
//! let again = NerModel::load(&path)?;
//! assert_eq!(again.language(), "en");
//! # std::fs::remove_file(&path).ok();
//! # Ok::<(), dossier_ner::NerError>(())
//! ```
//!
//! # Model file format (version 2, little-endian)
//!
//! `DOSSIER-NER\0` magic, `u32` format version, language string, `u32`
//! hash bits, `u32` tag count and tag names, gazetteer (`u32` count, then
//! per entry a `u8` label index and its token strings), word statistics
//! (`u32` count, then per entry a string and a `u8` bucket), word clusters
//! (`u32` count, then per entry a string and three `u16` path ids), `(9+1)×9` `f32`
//! transition weights, an `f32` scale, `u64` weight count and that many
//! `i16` weights (value = `i16 × scale`), then an FNV-1a-64 checksum of
//! everything before it. Strings are `u32` length + UTF-8. A file of another
//! kind, another version, or a damaged file gives a typed [`NerError`].

pub mod cli;
mod clusters;
mod conll;
mod eval;
mod features;
mod lexicon;
mod model;
mod tokenize;
mod train;

pub use clusters::{unlabeled_text, WordClusters};
pub use conll::{
    bio_to_io, bio_to_spans, read_conll, split_long_sentences, EntitySpan, Label, Sentence, Tag,
};
pub use eval::{evaluate, evaluate_with, Counts, Scores, TagScheme};
pub use lexicon::{is_demonym, Gazetteer};
pub use model::{name_like, NerModel, SentenceAnalysis, FORMAT_VERSION};
pub use tokenize::{split_sentences, tokenize, Token};
pub use train::{train, TrainOptions};

use std::path::{Path, PathBuf};

/// Errors of this crate.
#[derive(Debug, thiserror::Error)]
pub enum NerError {
    /// Reading or writing a file failed.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// Annotated text could not be parsed.
    #[error("line {line}: {message}")]
    Format {
        /// 1-based line number (0 when unknown).
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// The file does not start with the model magic bytes.
    #[error("{}: not a Dossier NER model file (magic bytes missing)", path.display())]
    NotAModel {
        /// The file.
        path: PathBuf,
    },
    /// The file was written by an incompatible version.
    #[error("{}: NER model format version {found} is not supported (this build reads version {supported})", path.display())]
    UnsupportedVersion {
        /// The file.
        path: PathBuf,
        /// Version found in the file.
        found: u32,
        /// Version this build reads.
        supported: u32,
    },
    /// The file is truncated or damaged.
    #[error("{}: corrupt NER model file: {reason}", path.display())]
    Corrupt {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        reason: String,
    },
}

impl NerError {
    pub(crate) fn io(path: &Path, source: std::io::Error) -> NerError {
        NerError::Io {
            path: path.to_path_buf(),
            source,
        }
    }
}

/// Reads a CoNLL-style file (see [`read_conll`]); line errors name the file.
pub fn read_conll_file(path: &Path) -> Result<Vec<Sentence>, NerError> {
    let text = std::fs::read_to_string(path).map_err(|e| NerError::io(path, e))?;
    read_conll(&text).map_err(|e| match e {
        NerError::Format { line, message } => NerError::Format {
            line,
            message: format!("{}: {message}", path.display()),
        },
        e => e,
    })
}

/// Tokenises free text, splits it into sentences and runs the model:
/// returns each sentence's tokens with their entities.
pub fn annotate_text<'a>(
    model: &NerModel,
    text: &'a str,
) -> Vec<(Vec<Token<'a>>, Vec<EntitySpan>)> {
    let tokens = tokenize(text);
    split_sentences(&tokens)
        .into_iter()
        .map(|r| {
            let sent = tokens[r].to_vec();
            let words: Vec<&str> = sent.iter().map(|t| t.text).collect();
            let spans = model.predict(&words);
            (sent, spans)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tiny_model() -> NerModel {
        let data = read_conll("Paris B-LOC\nis O\nnice O\n\nAnna B-PER\nsmiles O\n").unwrap();
        let opts = TrainOptions {
            language: "fr".into(),
            hash_bits: 10,
            epochs: 3,
            ..Default::default()
        };
        train(&data, &[], &opts)
    }

    #[test]
    fn save_load_round_trip() {
        let m = tiny_model();
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("m.bin");
        m.save(&p).unwrap();
        let l = NerModel::load(&p).unwrap();
        assert_eq!(l.language(), "fr");
        assert_eq!(l.hash_bits(), 10);
        assert_eq!(l.weights, m.weights);
        assert_eq!(l.transitions, m.transitions);
        assert_eq!(l.gazetteer.len(), m.gazetteer.len());
        let toks = ["Anna", "visits", "Paris", "and", "France"];
        assert_eq!(l.predict(&toks), m.predict(&toks));
    }

    #[test]
    fn bad_model_files_give_clear_errors() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("x.bin");
        std::fs::write(&p, b"PK\x03\x04 this is a zip file").unwrap();
        let e = NerModel::load(&p).unwrap_err();
        assert!(matches!(e, NerError::NotAModel { .. }));
        assert!(
            e.to_string().contains("not a Dossier NER model file"),
            "{e}"
        );

        let m = tiny_model();
        m.save(&p).unwrap();
        let mut bytes = std::fs::read(&p).unwrap();
        // future version
        let mut v2 = bytes.clone();
        v2[12..16].copy_from_slice(&99u32.to_le_bytes());
        std::fs::write(&p, &v2).unwrap();
        let e = NerModel::load(&p).unwrap_err();
        assert!(
            matches!(
                e,
                NerError::UnsupportedVersion {
                    found: 99,
                    supported: 2,
                    ..
                }
            ),
            "{e}"
        );
        // truncated
        std::fs::write(&p, &bytes[..bytes.len() / 2]).unwrap();
        assert!(matches!(
            NerModel::load(&p).unwrap_err(),
            NerError::Corrupt { .. }
        ));
        // flipped byte
        let k = bytes.len() / 3;
        bytes[k] ^= 0x55;
        std::fs::write(&p, &bytes).unwrap();
        let e = NerModel::load(&p).unwrap_err();
        assert!(e.to_string().contains("corrupt"), "{e}");
        // missing file
        let e = NerModel::load(&dir.path().join("none.bin")).unwrap_err();
        assert!(matches!(e, NerError::Io { .. }));
    }

    #[test]
    fn gazetteer_from_actor_toml() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("a.toml"),
            "[[actor]]\nid = \"x\"\nname = \"Tim Cook\"\nkind = \"person\"\naliases = [\"Timothy Cook\"]\n\n[[actor]]\nid = \"g\"\nname = \"UK government\"\nkind = \"government\"\naliases = [\"Downing Street\"]\nplace_aliases = [\"United Kingdom\"]\n",
        )
        .unwrap();
        let mut g = Gazetteer::default();
        assert_eq!(g.add_actor_dir(dir.path()).unwrap(), 5);
        let ann = g.annotate(&[
            "Tim", "Cook", "met", "Downing", "Street", "in", "United", "Kingdom",
        ]);
        assert_eq!(ann[0], Some((Label::Per, true)));
        assert_eq!(ann[1], Some((Label::Per, false)));
        assert_eq!(ann[2], None);
        assert_eq!(ann[3], Some((Label::Org, true)));
        assert_eq!(ann[6], Some((Label::Loc, true)));
    }
}
