//! CoNLL-U reading: syntactic words only.
//!
//! Multiword-token range lines (`1-2`) and empty nodes (`1.1`) are skipped;
//! the syntactic words (integer ids) are kept, with their form, lemma, UPOS,
//! features, head and relation. Comment lines (`#`) are ignored.

use crate::Error;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;

/// One syntactic word of a CoNLL-U sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// Column 2, FORM.
    pub form: String,
    /// Column 3, LEMMA.
    pub lemma: String,
    /// Column 4, UPOS (`_` when unannotated).
    pub upos: String,
    /// Column 6, FEATS (`_` when none).
    pub feats: String,
    /// Column 7, HEAD: 0 = root, otherwise the 1-based index of the head word.
    pub head: usize,
    /// Column 8, DEPREL, with its subtype if any (`obl:tmod`).
    pub deprel: String,
}

impl Word {
    /// The universal part of the relation (`obl:tmod` → `obl`).
    pub fn universal_deprel(&self) -> &str {
        universal(&self.deprel)
    }
}

/// The universal part of a relation label (`acl:relcl` → `acl`).
pub fn universal(deprel: &str) -> &str {
    deprel.split(':').next().unwrap_or(deprel)
}

/// A sentence: its syntactic words in order (word `i` has CoNLL-U id `i + 1`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sentence {
    /// The words.
    pub words: Vec<Word>,
}

impl Sentence {
    /// The word forms.
    pub fn forms(&self) -> Vec<&str> {
        self.words.iter().map(|w| w.form.as_str()).collect()
    }
}

/// Reads CoNLL-U text from a reader. Sentences are separated by blank lines;
/// a malformed word line is a [`Error::Format`] naming its line.
pub fn read<R: Read>(reader: R) -> Result<Vec<Sentence>, Error> {
    let mut out = Vec::new();
    let mut cur = Sentence::default();
    let mut start_line = 0usize;
    for (k, line) in BufReader::new(reader).lines().enumerate() {
        let lineno = k + 1;
        let line = line.map_err(Error::Read)?;
        let line = line.trim_end_matches(['\r', '\n']);
        if line.trim().is_empty() {
            finish(&mut cur, start_line, &mut out)?;
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 8 {
            return Err(Error::format(
                lineno,
                format!("{} tab-separated columns, expected 10", cols.len()),
            ));
        }
        let id = cols[0];
        if id.contains('-') || id.contains('.') {
            continue; // multiword token range or empty node
        }
        let id: usize = id
            .parse()
            .map_err(|_| Error::format(lineno, format!("bad word id {id:?}")))?;
        if cur.words.is_empty() {
            start_line = lineno;
        }
        if id != cur.words.len() + 1 {
            return Err(Error::format(
                lineno,
                format!("word id {id} where {} was expected", cur.words.len() + 1),
            ));
        }
        let head: usize = cols[6]
            .parse()
            .map_err(|_| Error::format(lineno, format!("bad head {:?}", cols[6])))?;
        cur.words.push(Word {
            form: cols[1].to_string(),
            lemma: cols[2].to_string(),
            upos: cols[3].to_string(),
            feats: cols[5].to_string(),
            head,
            deprel: cols[7].to_string(),
        });
    }
    finish(&mut cur, start_line, &mut out)?;
    Ok(out)
}

fn finish(cur: &mut Sentence, line: usize, out: &mut Vec<Sentence>) -> Result<(), Error> {
    if cur.words.is_empty() {
        return Ok(());
    }
    let n = cur.words.len();
    if let Some(w) = cur.words.iter().find(|w| w.head > n) {
        return Err(Error::format(
            line,
            format!("head {} outside a sentence of {n} words", w.head),
        ));
    }
    out.push(std::mem::take(cur));
    Ok(())
}

/// Reads a CoNLL-U file, gzipped (detected by its magic bytes) or plain.
/// Errors name the file.
pub fn read_path(path: &Path) -> Result<Vec<Sentence>, Error> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    let res = if bytes.starts_with(&[0x1f, 0x8b]) {
        read(flate2::read::MultiGzDecoder::new(&bytes[..]))
    } else {
        read(&bytes[..])
    };
    res.map_err(|e| match e {
        Error::Format { line, message } => Error::Format {
            line,
            message: format!("{}: {message}", path.display()),
        },
        Error::Read(source) => Error::io(path, source),
        e => e,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "# sent_id = 1\n# text = Du vin.\n\
1-2\tDu\t_\t_\t_\t_\t_\t_\t_\t_\n\
1\tde\tde\tADP\t_\t_\t3\tcase\t_\t_\n\
2\tle\tle\tDET\t_\tDefinite=Def\t3\tdet\t_\t_\n\
3\tvin\tvin\tNOUN\t_\tGender=Masc\t0\troot\t_\t_\n\
3.1\tbu\tboire\tVERB\t_\t_\t_\t_\t3:conj\t_\n\
4\t.\t.\tPUNCT\t_\t_\t3\tpunct\t_\t_\n\
\n\n\
1\tHi\thi\tINTJ\t_\t_\t0\troot\t_\t_\n\
2\tthere\tthere\tADV\t_\t_\t1\tadvmod:loc\t_\t_\n";

    #[test]
    fn reads_words_skipping_ranges_empty_nodes_and_comments() {
        let s = read(TEXT.as_bytes()).unwrap();
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].forms(), ["de", "le", "vin", "."]);
        assert_eq!(s[0].words[2].head, 0);
        assert_eq!(s[0].words[1].feats, "Definite=Def");
        assert_eq!(s[0].words[3].head, 3);
        assert_eq!(s[1].words[1].deprel, "advmod:loc");
        assert_eq!(s[1].words[1].universal_deprel(), "advmod");
    }

    #[test]
    fn bad_lines_are_errors_with_line_numbers() {
        let e = read("1\ta\ta\tX\t_\t_\tzero\tdep\t_\t_\n".as_bytes()).unwrap_err();
        assert!(matches!(e, Error::Format { line: 1, .. }), "{e}");
        let e =
            read("1\ta\ta\tX\t_\t_\t0\troot\t_\t_\n3\tb\tb\tX\t_\t_\t1\tdep\t_\t_\n".as_bytes())
                .unwrap_err();
        assert!(matches!(e, Error::Format { line: 2, .. }), "{e}");
        let e = read("1\ta\ta\tX\t_\t_\t5\troot\t_\t_\n".as_bytes()).unwrap_err();
        assert!(e.to_string().contains("outside"), "{e}");
        let e = read("1\ta\tb\n".as_bytes()).unwrap_err();
        assert!(e.to_string().contains("columns"), "{e}");
    }

    #[test]
    fn reads_gzip_files() {
        use std::io::Write;
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("x.conllu.gz");
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        enc.write_all(TEXT.as_bytes()).unwrap();
        std::fs::write(&p, enc.finish().unwrap()).unwrap();
        assert_eq!(read_path(&p).unwrap().len(), 2);
        let e = read_path(&dir.path().join("none")).unwrap_err();
        assert!(matches!(e, Error::Io { .. }));
    }
}
