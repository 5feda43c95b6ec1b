//! Multilingual part-of-speech tagging and dependency parsing for Dossier,
//! trained by the project in pure Rust on Universal Dependencies.
//!
//! One model serves every language it was trained on; the caller passes the
//! language code, which is conjoined with a few features.
//!
//! - **Tagger**: greedy left-to-right averaged perceptron over the 17 UPOS
//!   tags. Features: the normalised word (lower-cased, digits → `0`), the raw
//!   word, prefixes and suffixes of 1–4 characters, the collapsed word shape,
//!   capitalisation / digit / hyphen / punctuation flags, the words at ±1 and
//!   ±2, suffixes and shapes at ±1, word bigrams, the two previous predicted
//!   tags (with the word and suffix), and the language conjoined with the
//!   word, suffixes, shape, flags, neighbouring words and tag history.
//! - **Parser**: greedy arc-hybrid transition system with an averaged
//!   perceptron and the dynamic oracle of Goldberg & Nivre (2013): the model
//!   is updated whenever its best transition loses a gold arc, and (from the
//!   second epoch) often follows its own mistakes so that it learns to
//!   recover. Labelled with the universal part of the UD relation (`nsubj`,
//!   `obl`, `appos`…). Non-projective training trees are made projective by
//!   lifting (see `parser::projectivise`). Features are the Zhang & Nivre
//!   (2011) set over the top three stack words, the first three buffer words,
//!   their predicted UPOS, left/rightmost children and their labels,
//!   distances, valencies and label sets, plus language conjunctions. The
//!   parser is trained on jack-knifed predicted tags and parses on predicted
//!   tags.
//!
//! Features are hashed (see `weights`): a feature's weights for all classes
//! are a window of consecutive entries of one table, so scoring reads memory
//! sequentially. Training is single-threaded and deterministic (fixed-seed
//! SplitMix64 shuffles), so the same data and options give the same file.
//!
//! ```
//! use dossier_syntax::{conllu, train, Treebank, TrainOptions, SyntaxModel};
//!
//! let text = "\
//! 1\tAnna\tAnna\tPROPN\t_\t_\t2\tnsubj\t_\t_
//! 2\tsees\tsee\tVERB\t_\t_\t0\troot\t_\t_
//! 3\tthe\tthe\tDET\t_\t_\t4\tdet\t_\t_
//! 4\tdog\tdog\tNOUN\t_\t_\t2\tobj\t_\t_
//! 5\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_
//!
//! 1\tThe\tthe\tDET\t_\t_\t2\tdet\t_\t_
//! 2\tcat\tcat\tNOUN\t_\t_\t3\tnsubj\t_\t_
//! 3\tsleeps\tsleep\tVERB\t_\t_\t0\troot\t_\t_
//! 4\t.\t.\tPUNCT\t_\t_\t3\tpunct\t_\t_
//!
//! 1\tBoris\tBoris\tPROPN\t_\t_\t2\tnsubj\t_\t_
//! 2\tlikes\tlike\tVERB\t_\t_\t0\troot\t_\t_
//! 3\tcats\tcat\tNOUN\t_\t_\t2\tobj\t_\t_
//! ";
//! let sentences = conllu::read(text.as_bytes())?;
//! let data = [Treebank { lang: "en".into(), sentences: sentences.clone() }];
//! let opts = TrainOptions { epochs: 10, tagger_bits: 12, parser_bits: 14, jackknife: 0, ..TrainOptions::default() };
//! let model = train(&data, &[], &opts)?;
//!
//! let out = model.parse(&["Anna", "sees", "the", "dog", "."], "en");
//! assert_eq!(out[0].upos, "PROPN");
//! assert_eq!((out[0].head, out[0].deprel.as_str()), (2, "nsubj"));
//! assert_eq!((out[1].head, out[1].deprel.as_str()), (0, "root"));
//! assert_eq!((out[3].head, out[3].deprel.as_str()), (2, "obj"));
//!
//! let scores = dossier_syntax::eval::score(&model, &sentences, "en");
//! assert_eq!(scores.tokens, 12);
//! assert!(scores.las > 0.99);
//!
//! let again = SyntaxModel::from_bytes(&model.to_bytes())?;
//! assert_eq!(again.parse(&["Boris", "likes", "cats"], "en"), model.parse(&["Boris", "likes", "cats"], "en"));
//! # Ok::<(), dossier_syntax::Error>(())
//! ```
//!
//! # Model file format (version 1, little-endian)
//!
//! `DOSSIER-SYNTAX\0\0` magic (16 bytes), `u32` format version, `u64` length
//! of the body, the body compressed with raw deflate, then the FNV-1a-64
//! checksum of the uncompressed body. Body: an info string (how it was
//! trained), `u32` UPOS count and the tag names, `u32` label count and the
//! labels, `u32` index of `root`; then two tables, tagger then parser, each
//! `u32` hash bits, `u32` class count, `f32` scale, `u64` entry count
//! (`2^bits + classes`) and that many `i16` weights (value = `i16 × scale`;
//! scores are summed exactly in integers). Strings are `u32` length + UTF-8.
//! Parser classes: 0 = `SHIFT`, then `LEFT(label)` and `RIGHT(label)` for
//! every label. Another file, another version or a damaged file gives a
//! typed [`Error`].

pub mod conllu;
pub mod eval;
mod model;
mod parser;
mod tagger;
mod train;
mod weights;

pub use conllu::{Sentence, Word};
pub use eval::Scores;
pub use model::{SyntaxModel, TokenAnalysis, FORMAT_VERSION};
pub use tagger::UPOS;
pub use train::{train, TrainOptions, Treebank};

use std::path::{Path, PathBuf};

/// Errors of this crate.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Reading or writing a file failed.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// Reading from a reader (no file name known) failed.
    #[error("read error: {0}")]
    Read(#[source] std::io::Error),
    /// CoNLL-U text could not be parsed.
    #[error("line {line}: {message}")]
    Format {
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// The bytes do not start with the model magic bytes.
    #[error("{}not a Dossier syntax model file (magic bytes missing)", at(path))]
    NotAModel {
        /// The file, when known.
        path: Option<PathBuf>,
    },
    /// The file was written by an incompatible version.
    #[error("{}syntax model format version {found} is not supported (this build reads version {supported})", at(path))]
    UnsupportedVersion {
        /// The file, when known.
        path: Option<PathBuf>,
        /// Version found in the file.
        found: u32,
        /// Version this build reads.
        supported: u32,
    },
    /// The file is truncated or damaged.
    #[error("{}corrupt syntax model file: {reason}", at(path))]
    Corrupt {
        /// The file, when known.
        path: Option<PathBuf>,
        /// What is wrong.
        reason: String,
    },
    /// Training cannot start (no data, too many labels…).
    #[error("training: {0}")]
    Training(String),
}

fn at(path: &Option<PathBuf>) -> String {
    path.as_ref()
        .map(|p| format!("{}: ", p.display()))
        .unwrap_or_default()
}

impl Error {
    pub(crate) fn io(path: &Path, source: std::io::Error) -> Error {
        Error::Io {
            path: path.to_path_buf(),
            source,
        }
    }

    pub(crate) fn format(line: usize, message: String) -> Error {
        Error::Format { line, message }
    }

    /// Attaches a file name to a model-file error.
    pub(crate) fn at(self, file: &Path) -> Error {
        let p = Some(file.to_path_buf());
        match self {
            Error::NotAModel { .. } => Error::NotAModel { path: p },
            Error::UnsupportedVersion {
                found, supported, ..
            } => Error::UnsupportedVersion {
                path: p,
                found,
                supported,
            },
            Error::Corrupt { reason, .. } => Error::Corrupt { path: p, reason },
            e => e,
        }
    }
}

/// Reads `FILE:LANG` (the language after the last colon).
pub fn file_and_lang(arg: &str) -> Result<(PathBuf, String), String> {
    match arg.rsplit_once(':') {
        Some((f, l)) if !f.is_empty() && !l.is_empty() && !l.contains('/') => {
            Ok((PathBuf::from(f), l.to_string()))
        }
        _ => Err(format!(
            "{arg:?}: expected FILE:LANG, e.g. en_ewt-ud-train.conllu.gz:en"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TINY: &str = "\
1\tAnna\tAnna\tPROPN\t_\t_\t2\tnsubj\t_\t_
2\tsees\tsee\tVERB\t_\t_\t0\troot\t_\t_
3\tthe\tthe\tDET\t_\t_\t4\tdet\t_\t_
4\tdog\tdog\tNOUN\t_\t_\t2\tobj\t_\t_
5\ttoday\ttoday\tNOUN\t_\t_\t2\tobl:tmod\t_\t_
6\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_

1\tThe\tthe\tDET\t_\t_\t2\tdet\t_\t_
2\tsmall\tsmall\tADJ\t_\t_\t3\tamod\t_\t_
3\tcat\tcat\tNOUN\t_\t_\t4\tnsubj\t_\t_
4\tsleeps\tsleep\tVERB\t_\t_\t0\troot\t_\t_
5\tin\tin\tADP\t_\t_\t7\tcase\t_\t_
6\tthe\tthe\tDET\t_\t_\t7\tdet\t_\t_
7\tsun\tsun\tNOUN\t_\t_\t4\tobl\t_\t_
8\t.\t.\tPUNCT\t_\t_\t4\tpunct\t_\t_

1\tLe\tle\tDET\t_\t_\t2\tdet\t_\t_
2\tchat\tchat\tNOUN\t_\t_\t3\tnsubj\t_\t_
3\tdort\tdormir\tVERB\t_\t_\t0\troot\t_\t_
4\t,\t,\tPUNCT\t_\t_\t6\tpunct\t_\t_
5\tpuis\tpuis\tADV\t_\t_\t6\tadvmod\t_\t_
6\tmange\tmanger\tVERB\t_\t_\t3\tconj\t_\t_
";

    fn tiny() -> (Vec<Treebank>, SyntaxModel) {
        let s = conllu::read(TINY.as_bytes()).unwrap();
        let data = vec![
            Treebank {
                lang: "en".into(),
                sentences: s[..2].to_vec(),
            },
            Treebank {
                lang: "fr".into(),
                sentences: s[2..].to_vec(),
            },
        ];
        let opts = TrainOptions {
            epochs: 12,
            tagger_bits: 12,
            parser_bits: 14,
            jackknife: 0,
            ..TrainOptions::default()
        };
        let m = train(&data, &[], &opts).unwrap();
        (data, m)
    }

    #[test]
    fn overfits_three_sentences_and_is_deterministic() {
        let (data, m) = tiny();
        for tb in &data {
            let s = eval::score(&m, &tb.sentences, &tb.lang);
            assert_eq!(
                (s.upos_acc, s.uas, s.las),
                (1.0, 1.0, 1.0),
                "{}: {s:?}",
                tb.lang
            );
        }
        let (_, again) = tiny();
        assert_eq!(m.to_bytes(), again.to_bytes());
        assert!(m.labels().contains(&"obl".to_string()));
        assert!(!m.labels().iter().any(|l| l.contains(':')));
    }

    #[test]
    fn save_load_round_trip() {
        let (data, m) = tiny();
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("m.bin");
        m.save(&p).unwrap();
        let l = SyntaxModel::load(&p).unwrap();
        assert_eq!(l.tagger, m.tagger);
        assert_eq!(l.parser, m.parser);
        assert_eq!(l.labels(), m.labels());
        assert_eq!(l.info(), m.info());
        for s in &data[0].sentences {
            assert_eq!(l.parse(&s.forms(), "en"), m.parse(&s.forms(), "en"));
        }
        assert!(l.parse(&[], "en").is_empty());
        let one = l.parse(&["Hello"], "xx");
        assert_eq!((one[0].head, one[0].deprel.as_str()), (0, "root"));
    }

    #[test]
    fn bad_model_files_give_typed_errors() {
        let (_, m) = tiny();
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("x.bin");
        std::fs::write(&p, b"PK\x03\x04 a zip file").unwrap();
        let e = SyntaxModel::load(&p).unwrap_err();
        assert!(matches!(e, Error::NotAModel { path: Some(_) }), "{e}");
        assert!(e.to_string().contains("x.bin"), "{e}");
        let bytes = m.to_bytes();
        let mut v = bytes.clone();
        v[16..20].copy_from_slice(&7u32.to_le_bytes());
        assert!(matches!(
            SyntaxModel::from_bytes(&v).unwrap_err(),
            Error::UnsupportedVersion { found: 7, .. }
        ));
        let e = SyntaxModel::from_bytes(&bytes[..bytes.len() / 2]).unwrap_err();
        assert!(matches!(e, Error::Corrupt { .. }), "{e}");
        let mut v = bytes.clone();
        let k = bytes.len() - 3;
        v[k] ^= 0x55;
        assert!(matches!(
            SyntaxModel::from_bytes(&v).unwrap_err(),
            Error::Corrupt { .. }
        ));
        let e = SyntaxModel::load(&dir.path().join("none.bin")).unwrap_err();
        assert!(matches!(e, Error::Io { .. }));
    }

    #[test]
    fn file_and_lang_args() {
        assert_eq!(
            file_and_lang("/a/b.conllu.gz:en").unwrap(),
            (PathBuf::from("/a/b.conllu.gz"), "en".to_string())
        );
        assert!(file_and_lang("nolang").is_err());
        assert!(file_and_lang("x:").is_err());
    }
}
