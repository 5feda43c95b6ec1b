//! The model: tagging + parsing, and the binary file format.

use crate::parser::{self, Classes, NONE};
use crate::tagger::{self, Tokens, UPOS};
use crate::weights::Table;
use crate::Error;
use std::io::{Read, Write};
use std::path::Path;

const MAGIC: &[u8; 16] = b"DOSSIER-SYNTAX\0\0";
/// Model file format version written and read by this build.
pub const FORMAT_VERSION: u32 = 1;
/// Largest decompressed body accepted (guards against damaged headers).
const MAX_BODY: u64 = 1 << 31;

/// The analysis of one word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenAnalysis {
    /// Universal POS tag (`NOUN`, `VERB`…).
    pub upos: &'static str,
    /// Head word: 0 = the root, otherwise the 1-based index of the head, as
    /// in CoNLL-U.
    pub head: usize,
    /// Universal dependency relation without subtype (`nsubj`, `obl`…).
    pub deprel: String,
}

/// A trained tagger + parser (one model for all its languages).
#[derive(Clone)]
pub struct SyntaxModel {
    pub(crate) tagger: Table,
    pub(crate) parser: Table,
    pub(crate) labels: Vec<String>,
    pub(crate) root: usize,
    pub(crate) info: String,
}

impl std::fmt::Debug for SyntaxModel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SyntaxModel")
            .field("tagger_bits", &self.tagger.bits)
            .field("parser_bits", &self.parser.bits)
            .field("labels", &self.labels.len())
            .field("info", &self.info)
            .finish()
    }
}

impl SyntaxModel {
    pub(crate) fn classes(&self) -> Classes {
        Classes {
            n_labels: self.labels.len(),
            root: self.root,
        }
    }

    /// The dependency labels the parser predicts.
    pub fn labels(&self) -> &[String] {
        &self.labels
    }

    /// Free-text description of how the model was trained.
    pub fn info(&self) -> &str {
        &self.info
    }

    /// UPOS tags of a tokenised sentence (`lang` is an ISO code such as `en`;
    /// a code the model was not trained on still works, without the
    /// language-specific features).
    pub fn tag(&self, words: &[&str], lang: &str) -> Vec<&'static str> {
        let toks = Tokens::new(words, lang);
        tagger::tag(&self.tagger, &toks)
            .into_iter()
            .map(|t| UPOS[t])
            .collect()
    }

    /// Tags and parses a tokenised sentence (syntactic words, e.g. `du` split
    /// into `de le` for French if the caller can). One entry per word.
    pub fn parse(&self, words: &[&str], lang: &str) -> Vec<TokenAnalysis> {
        if words.is_empty() {
            return Vec::new();
        }
        let toks = Tokens::new(words, lang);
        let tags = tagger::tag(&self.tagger, &toks);
        let (heads, labels) = self.parse_tagged(&toks, &tags);
        (1..=words.len())
            .map(|i| {
                let (head, deprel) = if heads[i] == NONE || labels[i] == NONE {
                    (0, "dep".to_string())
                } else {
                    (heads[i], self.labels[labels[i]].clone())
                };
                TokenAnalysis {
                    upos: UPOS[tags[i - 1]],
                    head,
                    deprel,
                }
            })
            .collect()
    }

    /// Heads and label indices (by word id) given UPOS class indices.
    pub(crate) fn parse_tagged(&self, toks: &Tokens, tags: &[usize]) -> (Vec<usize>, Vec<usize>) {
        parse_with(&self.parser, &self.classes(), toks, tags)
    }

    /// The model file's bytes (format in the crate documentation).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut body = Vec::with_capacity(self.tagger.w.len() * 2 + self.parser.w.len() * 2 + 4096);
        put_str(&mut body, &self.info);
        body.extend_from_slice(&(UPOS.len() as u32).to_le_bytes());
        for u in UPOS {
            put_str(&mut body, u);
        }
        body.extend_from_slice(&(self.labels.len() as u32).to_le_bytes());
        for l in &self.labels {
            put_str(&mut body, l);
        }
        body.extend_from_slice(&(self.root as u32).to_le_bytes());
        for t in [&self.tagger, &self.parser] {
            body.extend_from_slice(&t.bits.to_le_bytes());
            body.extend_from_slice(&(t.classes as u32).to_le_bytes());
            body.extend_from_slice(&t.scale.to_le_bytes());
            body.extend_from_slice(&(t.w.len() as u64).to_le_bytes());
            for w in &t.w {
                body.extend_from_slice(&w.to_le_bytes());
            }
        }
        let mut out = Vec::with_capacity(body.len() / 3);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        out.extend_from_slice(&(body.len() as u64).to_le_bytes());
        let mut enc = flate2::write::DeflateEncoder::new(out, flate2::Compression::new(6));
        // writing into a Vec cannot fail
        let _ = enc.write_all(&body);
        let mut out = enc.finish().unwrap_or_default();
        out.extend_from_slice(&checksum(&body).to_le_bytes());
        out
    }

    /// Writes the model file.
    pub fn save(&self, path: &Path) -> Result<(), Error> {
        std::fs::write(path, self.to_bytes()).map_err(|e| Error::io(path, e))
    }

    /// Reads a model file written by [`SyntaxModel::save`].
    pub fn load(path: &Path) -> Result<SyntaxModel, Error> {
        let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
        Self::from_bytes(&bytes).map_err(|e| e.at(path))
    }

    /// The shipped model `models/syntax-multi.bin`, built into the binary.
    pub fn embedded() -> Result<SyntaxModel, Error> {
        Self::from_bytes(include_bytes!("../../../models/syntax-multi.bin"))
    }

    /// Reads a model from the bytes of a model file (e.g. embedded with
    /// `include_bytes!`). Errors name no file; [`SyntaxModel::load`] adds it.
    pub fn from_bytes(bytes: &[u8]) -> Result<SyntaxModel, Error> {
        if bytes.len() < MAGIC.len() || &bytes[..MAGIC.len()] != MAGIC {
            return Err(Error::NotAModel { path: None });
        }
        let mut r = Reader {
            b: bytes,
            pos: MAGIC.len(),
        };
        let version = r.u32()?;
        if version != FORMAT_VERSION {
            return Err(Error::UnsupportedVersion {
                path: None,
                found: version,
                supported: FORMAT_VERSION,
            });
        }
        let body_len = r.u64()?;
        if body_len > MAX_BODY || bytes.len() < r.pos + 8 {
            return Err(corrupt("bad header"));
        }
        let compressed = &bytes[r.pos..bytes.len() - 8];
        let mut sum = [0u8; 8];
        sum.copy_from_slice(&bytes[bytes.len() - 8..]);
        let mut body = Vec::with_capacity(body_len as usize);
        flate2::read::DeflateDecoder::new(compressed)
            .take(body_len + 1)
            .read_to_end(&mut body)
            .map_err(|e| corrupt(&format!("compressed body: {e}")))?;
        if body.len() as u64 != body_len || checksum(&body) != u64::from_le_bytes(sum) {
            return Err(corrupt("checksum mismatch (truncated or damaged file)"));
        }
        let mut r = Reader { b: &body, pos: 0 };
        let info = r.string()?;
        let n_upos = r.u32()? as usize;
        if n_upos != UPOS.len() {
            return Err(corrupt(&format!("{n_upos} UPOS tags")));
        }
        for u in UPOS {
            if r.string()? != u {
                return Err(corrupt("unexpected UPOS tag list"));
            }
        }
        let n_labels = r.u32()? as usize;
        if n_labels == 0 || n_labels > 63 {
            return Err(corrupt(&format!("{n_labels} labels")));
        }
        let labels = (0..n_labels)
            .map(|_| r.string())
            .collect::<Result<Vec<_>, _>>()?;
        let root = r.u32()? as usize;
        if root >= n_labels {
            return Err(corrupt("root label index"));
        }
        let tagger = r.table(UPOS.len())?;
        let parser = r.table(1 + 2 * n_labels)?;
        if r.pos != body.len() {
            return Err(corrupt("trailing bytes"));
        }
        Ok(SyntaxModel {
            tagger,
            parser,
            labels,
            root,
            info,
        })
    }
}

/// Parses with any scorer (the training table or the quantised one).
pub(crate) fn parse_with<S: crate::weights::Scorer>(
    w: &S,
    cl: &Classes,
    toks: &Tokens,
    tags: &[usize],
) -> (Vec<usize>, Vec<usize>) {
    let mut t = Vec::with_capacity(tags.len() + 1);
    t.push(0);
    t.extend(tags.iter().map(|&x| x as u64));
    parser::parse(w, cl, &toks.word, &t, toks.lang)
}

fn corrupt(reason: &str) -> Error {
    Error::Corrupt {
        path: None,
        reason: reason.to_string(),
    }
}

fn checksum(b: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &x in b {
        h ^= u64::from(x);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

fn put_str(b: &mut Vec<u8>, s: &str) {
    b.extend_from_slice(&(s.len() as u32).to_le_bytes());
    b.extend_from_slice(s.as_bytes());
}

struct Reader<'a> {
    b: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], Error> {
        let end = self.pos.checked_add(n).filter(|&e| e <= self.b.len());
        let end = end.ok_or_else(|| corrupt("truncated"))?;
        let s = &self.b[self.pos..end];
        self.pos = end;
        Ok(s)
    }
    fn arr<const N: usize>(&mut self) -> Result<[u8; N], Error> {
        let mut a = [0u8; N];
        a.copy_from_slice(self.take(N)?);
        Ok(a)
    }
    fn u32(&mut self) -> Result<u32, Error> {
        Ok(u32::from_le_bytes(self.arr()?))
    }
    fn u64(&mut self) -> Result<u64, Error> {
        Ok(u64::from_le_bytes(self.arr()?))
    }
    fn f32(&mut self) -> Result<f32, Error> {
        Ok(f32::from_le_bytes(self.arr()?))
    }
    fn string(&mut self) -> Result<String, Error> {
        let n = self.u32()? as usize;
        let s = self.take(n)?;
        String::from_utf8(s.to_vec()).map_err(|_| corrupt("invalid UTF-8 string"))
    }
    fn table(&mut self, classes: usize) -> Result<Table, Error> {
        let bits = self.u32()?;
        if !(8..=28).contains(&bits) {
            return Err(corrupt(&format!("hash size of {bits} bits")));
        }
        let c = self.u32()? as usize;
        if c != classes || c > 128 {
            return Err(corrupt(&format!(
                "{c} classes where {classes} were expected"
            )));
        }
        let scale = self.f32()?;
        if !scale.is_finite() {
            return Err(corrupt("non-finite scale"));
        }
        let n = self.u64()? as usize;
        if n != Table::len_for(bits, c) {
            return Err(corrupt(&format!("{n} weights for {bits} hash bits")));
        }
        let raw = self.take(n * 2)?;
        let w = raw
            .chunks_exact(2)
            .map(|c| i16::from_le_bytes([c[0], c[1]]))
            .collect();
        Ok(Table {
            bits,
            classes: c,
            scale,
            w,
        })
    }
}
