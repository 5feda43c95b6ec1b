//! Labels, BIO tags, sentences and the CoNLL-style reader.

use crate::NerError;
use std::fmt;

/// Entity type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Label {
    /// Person.
    Per,
    /// Organisation.
    Org,
    /// Location (places, countries, geo-political entities).
    Loc,
    /// Other names (events, works, nationalities, products…).
    Misc,
}

impl Label {
    /// All labels in tag-index order.
    pub const ALL: [Label; 4] = [Label::Per, Label::Org, Label::Loc, Label::Misc];

    /// Conventional upper-case name (`PER`, `ORG`, `LOC`, `MISC`).
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Per => "PER",
            Label::Org => "ORG",
            Label::Loc => "LOC",
            Label::Misc => "MISC",
        }
    }

    pub(crate) fn index(self) -> usize {
        match self {
            Label::Per => 0,
            Label::Org => 1,
            Label::Loc => 2,
            Label::Misc => 3,
        }
    }

    /// Maps an entity type name found in a corpus to a label.
    ///
    /// `Ok(None)` means "a known type that this recogniser does not tag"
    /// (dates, numbers…); `Err` means an unknown name.
    pub fn from_type_name(name: &str) -> Result<Option<Label>, String> {
        let up = name.to_ascii_uppercase();
        // GermEval 2014 derived/partial classes (LOCderiv, ORGpart…) are
        // collapsed to MISC, as CoNLL does for nationality adjectives.
        if up.len() > 4 && (up.ends_with("DERIV") || up.ends_with("PART")) {
            return Ok(Some(Label::Misc));
        }
        Ok(Some(match up.as_str() {
            "PER" | "PERSON" | "PERS" | "B-PER" => Label::Per,
            "ORG" | "ORGANIZATION" | "ORGANISATION" | "CORPORATION" => Label::Org,
            "LOC" | "LOCATION" | "GPE" | "FAC" | "PLACE" => Label::Loc,
            "MISC" | "OTH" | "OTHER" | "NORP" | "EVENT" | "WORK_OF_ART" | "PRODUCT" | "LAW"
            | "LANGUAGE" => Label::Misc,
            "DATE" | "TIME" | "PERCENT" | "MONEY" | "QUANTITY" | "ORDINAL" | "CARDINAL" => {
                return Ok(None)
            }
            _ => return Err(format!("unknown entity type {name:?}")),
        }))
    }
}

impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A BIO tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tag {
    /// Outside any entity.
    O,
    /// First token of an entity.
    B(Label),
    /// Continuation of an entity.
    I(Label),
}

/// Number of BIO tags (O + B/I for four labels).
pub(crate) const N_TAGS: usize = 9;

impl Tag {
    pub(crate) fn index(self) -> usize {
        match self {
            Tag::O => 0,
            Tag::B(l) => 1 + l.index(),
            Tag::I(l) => 5 + l.index(),
        }
    }

    pub(crate) fn from_index(i: usize) -> Tag {
        match i {
            1..=4 => Tag::B(Label::ALL[i - 1]),
            5..=8 => Tag::I(Label::ALL[i - 5]),
            _ => Tag::O,
        }
    }

    pub(crate) fn label(self) -> Option<Label> {
        match self {
            Tag::O => None,
            Tag::B(l) | Tag::I(l) => Some(l),
        }
    }
}

impl fmt::Display for Tag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Tag::O => f.write_str("O"),
            Tag::B(l) => write!(f, "B-{l}"),
            Tag::I(l) => write!(f, "I-{l}"),
        }
    }
}

/// An entity as a token range `[start_token, end_token)` with a label.
#[derive(Debug, Clone, PartialEq)]
pub struct EntitySpan {
    /// First token (inclusive).
    pub start_token: usize,
    /// One past the last token (exclusive).
    pub end_token: usize,
    /// Entity type.
    pub label: Label,
    /// Confidence in `[0, 1]`: mean posterior probability of the span's tags.
    pub score: f32,
}

/// One annotated sentence, tags normalised to BIO.
#[derive(Debug, Clone, PartialEq)]
pub struct Sentence {
    /// Tokens.
    pub tokens: Vec<String>,
    /// One BIO tag per token.
    pub tags: Vec<Tag>,
}

impl Sentence {
    /// Entity spans of the gold tags (score 1).
    pub fn spans(&self) -> Vec<EntitySpan> {
        bio_to_spans(&self.tags)
    }
}

/// Decodes a tag sequence into spans, repairing invalid BIO the way
/// conlleval does: an `I-X` after `O` or after another type starts a new
/// entity.
pub fn bio_to_spans(tags: &[Tag]) -> Vec<EntitySpan> {
    let mut out = Vec::new();
    let mut cur: Option<(usize, Label)> = None;
    for (i, t) in tags.iter().enumerate() {
        let starts = match (*t, cur) {
            (Tag::O, _) => None,
            (Tag::B(l), _) => Some(l),
            (Tag::I(l), Some((_, c))) if c == l => None,
            (Tag::I(l), _) => Some(l),
        };
        if matches!(t, Tag::O) || starts.is_some() {
            if let Some((s, l)) = cur.take() {
                out.push(EntitySpan {
                    start_token: s,
                    end_token: i,
                    label: l,
                    score: 1.0,
                });
            }
        }
        if let Some(l) = starts {
            cur = Some((i, l));
        }
    }
    if let Some((s, l)) = cur {
        out.push(EntitySpan {
            start_token: s,
            end_token: tags.len(),
            label: l,
            score: 1.0,
        });
    }
    out
}

/// Converts BIO tags to IO (adjacent same-type entities merge), as a corpus
/// annotated with IO tags would see them.
pub fn bio_to_io(tags: &[Tag]) -> Vec<Tag> {
    tags.iter()
        .map(|t| match t {
            Tag::B(l) => Tag::I(*l),
            t => *t,
        })
        .collect()
}

#[derive(Clone, Copy, PartialEq)]
enum Prefix {
    O,
    B,
    I,
    E,
    S,
}

fn parse_raw_tag(s: &str) -> Result<(Prefix, Option<Label>), String> {
    if s == "O" || s == "0" || s == "_" {
        return Ok((Prefix::O, None));
    }
    let (p, ty) = match s.split_once(['-', '_']) {
        Some((p, ty)) if p.len() == 1 => (p, ty),
        // a bare type name (IO corpora without prefixes)
        _ => ("I", s),
    };
    let prefix = match p {
        "B" => Prefix::B,
        "I" => Prefix::I,
        "E" | "L" => Prefix::E,
        "S" | "U" => Prefix::S,
        _ => return Err(format!("unknown tag prefix in {s:?}")),
    };
    match Label::from_type_name(ty)? {
        Some(l) => Ok((prefix, Some(l))),
        None => Ok((Prefix::O, None)),
    }
}

/// Converts raw tags of any scheme (BIO, IOB1, IO, BIOES/BILOU) to BIO.
fn raw_to_bio(raw: &[(Prefix, Option<Label>)]) -> Vec<Tag> {
    let mut out = Vec::with_capacity(raw.len());
    // (label, entity closed by E/S)
    let mut prev: Option<(Label, bool)> = None;
    for &(p, l) in raw {
        let Some(l) = l else {
            out.push(Tag::O);
            prev = None;
            continue;
        };
        let continues = matches!(p, Prefix::I | Prefix::E)
            && matches!(prev, Some((pl, closed)) if pl == l && !closed);
        out.push(if continues { Tag::I(l) } else { Tag::B(l) });
        prev = Some((l, matches!(p, Prefix::E | Prefix::S)));
    }
    out
}

fn strip_lang_prefix(tok: &str) -> &str {
    // WikiANN: "en:token"; only a 2–3 letter lower-case code and a non-empty rest.
    if let Some((code, rest)) = tok.split_once(':') {
        if (2..=3).contains(&code.len())
            && code.bytes().all(|b| b.is_ascii_lowercase())
            && !rest.is_empty()
        {
            return rest;
        }
    }
    tok
}

/// Reads CoNLL-style text: one token per line, blank lines between sentences.
///
/// Accepted layouts, detected per file: `token TAG` (WikiANN lines may carry
/// an `xx:` language prefix, which is stripped), `index token TAG …`
/// (wikigold, CoNLL-U-like files, and GermEval 2014 where the first tag
/// column — the outer layer — is used), and `token … TAG` (last column).
/// Columns are separated by tabs, or by spaces when a line has no tab.
/// Lines starting with `#` that do not end in a tag are comments (GermEval
/// document headers) and also end a sentence. Tags in BIO, IOB1, IO and
/// BIOES/BILOU are normalised to BIO; type names are mapped to PER/ORG/LOC/
/// MISC (`PERSON`, `OTH`, GermEval `…deriv`/`…part` → MISC, `GPE` → LOC),
/// numeric types (DATE, MONEY…) to O.
pub fn read_conll(text: &str) -> Result<Vec<Sentence>, NerError> {
    // pass 1: split lines into fields and decide the layout
    let mut rows: Vec<(usize, Vec<&str>)> = Vec::new(); // (line number, fields) ; empty = break
    let mut indexed = true;
    let mut any = false;
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_end_matches(['\r', '\n']);
        let fields: Vec<&str> = if line.contains('\t') {
            line.split('\t').map(str::trim).collect()
        } else {
            line.split_whitespace().collect()
        };
        let fields: Vec<&str> = {
            // drop trailing empty fields (GermEval headers end with a tab)
            let mut f = fields;
            while f.last().is_some_and(|s| s.is_empty()) {
                f.pop();
            }
            f
        };
        if fields.is_empty() {
            rows.push((n + 1, Vec::new()));
            continue;
        }
        let is_comment = fields[0].starts_with('#')
            && (fields.len() < 2 || fields.last().is_some_and(|t| parse_raw_tag(t).is_err()));
        if is_comment {
            rows.push((n + 1, Vec::new()));
            continue;
        }
        if fields.len() < 2 {
            return Err(NerError::Format {
                line: n + 1,
                message: format!("expected a token and a tag, found {line:?}"),
            });
        }
        any = true;
        if fields.len() < 3 || fields[0].parse::<u64>().is_err() {
            indexed = false;
        }
        rows.push((n + 1, fields));
    }
    let _ = any;
    let mut sentences = Vec::new();
    let mut toks: Vec<String> = Vec::new();
    let mut raw: Vec<(Prefix, Option<Label>)> = Vec::new();
    let mut flush = |toks: &mut Vec<String>, raw: &mut Vec<(Prefix, Option<Label>)>| {
        if !toks.is_empty() {
            sentences.push(Sentence {
                tokens: std::mem::take(toks),
                tags: raw_to_bio(raw),
            });
            raw.clear();
        }
    };
    for (line, fields) in rows {
        if fields.is_empty() {
            flush(&mut toks, &mut raw);
            continue;
        }
        let (tok, tag) = if indexed {
            (fields[1], fields[2])
        } else {
            (fields[0], fields[fields.len() - 1])
        };
        let parsed = parse_raw_tag(tag).map_err(|message| NerError::Format { line, message })?;
        toks.push(strip_lang_prefix(tok).to_string());
        raw.push(parsed);
    }
    flush(&mut toks, &mut raw);
    Ok(sentences)
}

/// Splits sentences longer than `max_len` tokens after sentence-final
/// punctuation (`.`, `!`, `?`) that is tagged O — for corpora such as
/// Europeana that have no sentence breaks at all.
pub fn split_long_sentences(sentences: Vec<Sentence>, max_len: usize) -> Vec<Sentence> {
    let mut out = Vec::with_capacity(sentences.len());
    for s in sentences {
        if s.tokens.len() <= max_len {
            out.push(s);
            continue;
        }
        let mut cur = Sentence {
            tokens: Vec::new(),
            tags: Vec::new(),
        };
        for (t, g) in s.tokens.into_iter().zip(s.tags) {
            let end = g == Tag::O && matches!(t.as_str(), "." | "!" | "?");
            cur.tokens.push(t);
            cur.tags.push(g);
            if end {
                out.push(std::mem::replace(
                    &mut cur,
                    Sentence {
                        tokens: Vec::new(),
                        tags: Vec::new(),
                    },
                ));
            }
        }
        if !cur.tokens.is_empty() {
            out.push(cur);
        }
    }
    // a split may leave an I- tag at a sentence start; re-normalise to BIO
    for s in &mut out {
        if let Some(Tag::I(l)) = s.tags.first().copied() {
            s.tags[0] = Tag::B(l);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_unbroken_text() {
        let s = read_conll("A B-PER\n. O\nB O\n! O\nC O\n").unwrap();
        let s = split_long_sentences(s, 2);
        assert_eq!(s.len(), 3);
        assert_eq!(s[1].tokens, ["B", "!"]);
    }

    fn tags(s: &Sentence) -> Vec<String> {
        s.tags.iter().map(|t| t.to_string()).collect()
    }

    #[test]
    fn bio_wikiann_prefix() {
        let s = read_conll(
            "en:Karl\tB-PER\nen:Ove\tI-PER\nen:lives\tO\nen:in\tO\nen:Oslo\tB-LOC\n\nen:x\tO\n",
        )
        .unwrap();
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].tokens, ["Karl", "Ove", "lives", "in", "Oslo"]);
        assert_eq!(tags(&s[0]), ["B-PER", "I-PER", "O", "O", "B-LOC"]);
    }

    #[test]
    fn iob1_and_io() {
        // IOB1: I- starts an entity, B- only separates adjacent same-type ones
        let s = read_conll("Paris I-LOC\nLondon B-LOC\nand O\nIBM I-ORG\n").unwrap();
        assert_eq!(tags(&s[0]), ["B-LOC", "B-LOC", "O", "B-ORG"]);
        // IO (Europeana): adjacent tokens of one type form one entity
        let s =
            read_conll("Rue I-LOC\ndu I-LOC\nPré I-LOC\n, O\nRENNES I-LOC\nJean I-PER\n").unwrap();
        assert_eq!(
            tags(&s[0]),
            ["B-LOC", "I-LOC", "I-LOC", "O", "B-LOC", "B-PER"]
        );
    }

    #[test]
    fn bioes_and_type_names() {
        let s = read_conll(
            "a\tS-PERSON\nb\tB-ORGANIZATION\nc\tE-ORGANIZATION\nd\tB-GPE\ne\tE-GPE\nf\tS-DATE\n",
        )
        .unwrap();
        assert_eq!(
            tags(&s[0]),
            ["B-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "O"]
        );
    }

    #[test]
    fn germeval_outer_layer_and_comments() {
        let text = "#\thttp://x\t[2010-07-04]\t\n1\tEcce\tB-OTH\tO\n2\thomo\tI-OTH\tO\n3\tdeutsche\tB-LOCderiv\tO\n4\tBank\tB-ORG\tB-LOC\n\n#\thttp://y\t[x]\n1\tJesu\tB-PER\tO\n";
        let s = read_conll(text).unwrap();
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].tokens, ["Ecce", "homo", "deutsche", "Bank"]);
        assert_eq!(tags(&s[0]), ["B-MISC", "I-MISC", "B-MISC", "B-ORG"]);
        assert_eq!(tags(&s[1]), ["B-PER"]);
    }

    #[test]
    fn indexed_two_columns() {
        let s = read_conll("0\t010\tB-MISC\n1\tis\tO\n\n0\tThe\tB-ORG\n1\tMad\tI-ORG\n").unwrap();
        assert_eq!(s[0].tokens, ["010", "is"]);
        assert_eq!(tags(&s[1]), ["B-ORG", "I-ORG"]);
    }

    #[test]
    fn bad_tag_is_an_error_with_line() {
        let err = read_conll("a O\nb X-FOO\n").unwrap_err();
        assert!(matches!(err, NerError::Format { line: 2, .. }), "{err}");
    }

    #[test]
    fn invalid_bio_decoding() {
        use Label::*;
        let t = [
            Tag::I(Per),
            Tag::I(Per),
            Tag::O,
            Tag::I(Loc),
            Tag::I(Org),
            Tag::B(Org),
            Tag::I(Org),
        ];
        let sp: Vec<_> = bio_to_spans(&t)
            .into_iter()
            .map(|s| (s.start_token, s.end_token, s.label))
            .collect();
        assert_eq!(sp, [(0, 2, Per), (3, 4, Loc), (4, 5, Org), (5, 7, Org)]);
    }
}
