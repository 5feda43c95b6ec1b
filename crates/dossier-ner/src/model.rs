//! The model: weights, decoding, and the binary file format.

use crate::clusters::WordClusters;
use crate::conll::{bio_to_spans, EntitySpan, Label, Tag, N_TAGS};
use crate::features::{Lexicons, SentCtx, WordStats};
use crate::lexicon::{GazEntry, Gazetteer};
use crate::NerError;
use std::path::Path;

/// Start-of-sentence row in the transition table.
pub(crate) const START: usize = N_TAGS;

const MAGIC: &[u8; 12] = b"DOSSIER-NER\0";
/// Model file format version written by this build (version 1 files, without
/// word clusters, are still read).
pub const FORMAT_VERSION: u32 = 2;

/// What [`NerModel::analyse`] finds in one sentence.
#[derive(Debug, Clone, Default)]
pub struct SentenceAnalysis {
    /// Entities on the best tag path, with scores.
    pub entities: Vec<EntitySpan>,
    /// Per token: probability of the `O` tag, in 0..=1.
    pub outside: Vec<f32>,
}

/// A trained named-entity recogniser for one language (or several).
pub struct NerModel {
    pub(crate) language: String,
    pub(crate) hash_bits: u32,
    /// `(1 << hash_bits) * N_TAGS` weights, row-major by feature.
    pub(crate) weights: Vec<f32>,
    /// `(N_TAGS + 1) * N_TAGS`: row = previous tag (or START), column = tag.
    pub(crate) transitions: Vec<f32>,
    pub(crate) gazetteer: Gazetteer,
    pub(crate) word_stats: WordStats,
    pub(crate) clusters: WordClusters,
    pub(crate) lexicons: Lexicons,
}

impl std::fmt::Debug for NerModel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NerModel")
            .field("language", &self.language)
            .field("hash_bits", &self.hash_bits)
            .field("gazetteer_names", &self.gazetteer.len())
            .finish()
    }
}

/// Whether a token can make a span a name: it has an upper-case letter
/// (`Paris`, `iPhone`, `EU`), a letter of a script without case, or both a
/// letter and a digit (`G7`, `3M`). Lower-case words, numbers and
/// punctuation cannot.
pub fn name_like(tok: &str) -> bool {
    let mut letter = false;
    let mut digit = false;
    for c in tok.chars() {
        if c.is_uppercase() {
            return true;
        }
        if c.is_alphabetic() {
            if !c.is_lowercase() {
                return true;
            }
            letter = true;
        } else if c.is_numeric() {
            digit = true;
        }
    }
    letter && digit
}

pub(crate) fn name_like_all<S: AsRef<str>>(tokens: &[S]) -> Vec<bool> {
    tokens.iter().map(|t| name_like(t.as_ref())).collect()
}

/// Whether tag `cur` may follow `prev` in BIO (`prev == START` at the start).
pub(crate) fn allowed(prev: usize, cur: usize) -> bool {
    match Tag::from_index(cur) {
        Tag::I(l) => prev != START && Tag::from_index(prev).label() == Some(l),
        _ => true,
    }
}

impl NerModel {
    pub(crate) fn new(language: &str, hash_bits: u32, gazetteer: Gazetteer) -> NerModel {
        NerModel {
            language: language.to_string(),
            hash_bits,
            weights: vec![0.0; (1usize << hash_bits) * N_TAGS],
            transitions: vec![0.0; (N_TAGS + 1) * N_TAGS],
            gazetteer,
            word_stats: WordStats::default(),
            clusters: WordClusters::default(),
            lexicons: Lexicons::new(),
        }
    }

    /// Language code the model was trained for (e.g. `fr`, or `multi`).
    pub fn language(&self) -> &str {
        &self.language
    }

    /// Feature-hash table size in bits.
    pub fn hash_bits(&self) -> u32 {
        self.hash_bits
    }

    pub(crate) fn mask(&self) -> u64 {
        (1u64 << self.hash_bits) - 1
    }

    /// Feature ids per token, flattened, with per-token offsets.
    pub(crate) fn sentence_features(&self, tokens: &[&str]) -> (Vec<u32>, Vec<usize>) {
        self.sentence_features_with(tokens, &self.word_stats)
    }

    pub(crate) fn sentence_features_with(
        &self,
        tokens: &[&str],
        stats: &WordStats,
    ) -> (Vec<u32>, Vec<usize>) {
        let ctx = SentCtx::new(
            tokens,
            &self.lexicons,
            &self.gazetteer,
            stats,
            &self.clusters,
        );
        let mut feats = Vec::with_capacity(tokens.len() * 64);
        let mut offs = Vec::with_capacity(tokens.len() + 1);
        offs.push(0);
        for i in 0..tokens.len() {
            ctx.features(i, self.mask(), &mut feats);
            offs.push(feats.len());
        }
        (feats, offs)
    }

    pub(crate) fn emissions(&self, feats: &[u32], offs: &[usize], w: &[f32]) -> Vec<[f32; N_TAGS]> {
        let n = offs.len() - 1;
        let mut e = vec![[0f32; N_TAGS]; n];
        for (i, row) in e.iter_mut().enumerate() {
            // The rows lie at random places in a table of megabytes: ask for
            // the next token's rows while this one's are summed.
            if i + 2 < offs.len() {
                for &f in &feats[offs[i + 1]..offs[i + 2]] {
                    prefetch(&w[f as usize * N_TAGS..]);
                }
            }
            for &f in &feats[offs[i]..offs[i + 1]] {
                let base = f as usize * N_TAGS;
                for (t, v) in row.iter_mut().enumerate() {
                    *v += w[base + t];
                }
            }
        }
        e
    }

    /// Constrained Viterbi: only valid BIO sequences, and every entity must
    /// hold at least one "name-like" token (see [`name_like`]), except a
    /// single-token MISC (German `europäischen`, Spanish `europeos`). So a
    /// run of lower-case words is never an entity. `cap[i]` says whether
    /// token `i` is name-like; an empty `cap` turns the second rule off.
    ///
    /// The search runs over (tag, entity-so-far-has-a-name-like-token) states.
    pub(crate) fn viterbi(em: &[[f32; N_TAGS]], trans: &[f32], cap: &[bool]) -> Vec<usize> {
        let n = em.len();
        if n == 0 {
            return Vec::new();
        }
        // state s = tag + N_TAGS * u, u = 1: entity open and not yet name-like
        const NS: usize = 2 * N_TAGS;
        let is_cap = |i: usize| cap.get(i).copied().unwrap_or(true);
        // may an entity in state s end here (followed by O, B or the end)?
        let may_end = |s: usize| s < N_TAGS || s - N_TAGS == Tag::B(Label::Misc).index();
        let next_state = |prev: Option<usize>, t: usize, i: usize| -> usize {
            let u = match Tag::from_index(t) {
                Tag::O => false,
                Tag::B(_) => !is_cap(i),
                Tag::I(_) => prev.is_some_and(|p| p >= N_TAGS) && !is_cap(i),
            };
            t + if u { N_TAGS } else { 0 }
        };
        let mut score = vec![[f32::NEG_INFINITY; NS]; n];
        let mut back = vec![[0usize; NS]; n];
        for t in 0..N_TAGS {
            if allowed(START, t) {
                let s = next_state(None, t, 0);
                score[0][s] = trans[START * N_TAGS + t] + em[0][t];
            }
        }
        for i in 1..n {
            for p in 0..NS {
                let ps = score[i - 1][p];
                if ps == f32::NEG_INFINITY {
                    continue;
                }
                let pt = p % N_TAGS;
                for t in 0..N_TAGS {
                    if !allowed(pt, t) {
                        continue;
                    }
                    if !matches!(Tag::from_index(t), Tag::I(_)) && !may_end(p) {
                        continue;
                    }
                    let s = next_state(Some(p), t, i);
                    let v = ps + trans[pt * N_TAGS + t] + em[i][t];
                    if v > score[i][s] {
                        score[i][s] = v;
                        back[i][s] = p;
                    }
                }
            }
        }
        let mut st = 0;
        for k in 1..NS {
            if may_end(k) && score[n - 1][k] > score[n - 1][st] {
                st = k;
            }
        }
        let mut path = vec![0; n];
        path[n - 1] = st % N_TAGS;
        for i in (1..n).rev() {
            st = back[i][st];
            path[i - 1] = st % N_TAGS;
        }
        path
    }

    /// Posterior tag probabilities (forward–backward over the scores read as
    /// log-potentials).
    fn marginals(em: &[[f32; N_TAGS]], trans: &[f32]) -> Vec<[f32; N_TAGS]> {
        let n = em.len();
        let lse = |v: &[f32]| {
            let m = v.iter().copied().fold(f32::NEG_INFINITY, f32::max);
            if m == f32::NEG_INFINITY {
                m
            } else {
                m + v.iter().map(|x| (x - m).exp()).sum::<f32>().ln()
            }
        };
        let tr = |p: usize, t: usize| {
            if allowed(p, t) {
                trans[p * N_TAGS + t]
            } else {
                f32::NEG_INFINITY
            }
        };
        let mut a = vec![[f32::NEG_INFINITY; N_TAGS]; n];
        let mut b = vec![[0f32; N_TAGS]; n];
        for t in 0..N_TAGS {
            a[0][t] = tr(START, t) + em[0][t];
        }
        let mut tmp = [0f32; N_TAGS];
        for i in 1..n {
            for t in 0..N_TAGS {
                for p in 0..N_TAGS {
                    tmp[p] = a[i - 1][p] + tr(p, t);
                }
                a[i][t] = lse(&tmp) + em[i][t];
            }
        }
        for i in (0..n.saturating_sub(1)).rev() {
            for p in 0..N_TAGS {
                for t in 0..N_TAGS {
                    tmp[t] = tr(p, t) + em[i + 1][t] + b[i + 1][t];
                }
                b[i][p] = lse(&tmp);
            }
        }
        let z = lse(&a[n - 1]);
        (0..n)
            .map(|i| {
                let mut m = [0f32; N_TAGS];
                for t in 0..N_TAGS {
                    m[t] = (a[i][t] + b[i][t] - z).exp();
                }
                m
            })
            .collect()
    }

    /// Best BIO tag sequence for a sentence.
    pub fn predict_tags(&self, tokens: &[&str]) -> Vec<Tag> {
        if tokens.is_empty() {
            return Vec::new();
        }
        let (f, o) = self.sentence_features(tokens);
        let em = self.emissions(&f, &o, &self.weights);
        Self::viterbi(&em, &self.transitions, &name_like_all(tokens))
            .into_iter()
            .map(Tag::from_index)
            .collect()
    }

    /// Entities of one tokenised sentence, with a confidence score.
    pub fn predict(&self, tokens: &[&str]) -> Vec<EntitySpan> {
        self.analyse(tokens).entities
    }

    /// Entities of one tokenised sentence and, per token, the model's
    /// probability that the token is outside any entity (the forward–backward
    /// marginal of `O`). A caller uses the latter to overrule other detectors.
    pub fn analyse(&self, tokens: &[&str]) -> SentenceAnalysis {
        if tokens.is_empty() {
            return SentenceAnalysis::default();
        }
        let (f, o) = self.sentence_features(tokens);
        let em = self.emissions(&f, &o, &self.weights);
        let path = Self::viterbi(&em, &self.transitions, &name_like_all(tokens));
        let marg = Self::marginals(&em, &self.transitions);
        let tags: Vec<Tag> = path.iter().map(|&t| Tag::from_index(t)).collect();
        let mut spans = bio_to_spans(&tags);
        for s in &mut spans {
            let sum: f32 = (s.start_token..s.end_token).map(|i| marg[i][path[i]]).sum();
            let v = sum / (s.end_token - s.start_token) as f32;
            s.score = if v.is_finite() {
                v.clamp(0.0, 1.0)
            } else {
                0.0
            };
        }
        let outside = marg.iter().map(|m| if m[0].is_finite() { m[0].clamp(0.0, 1.0) } else { 0.0 }).collect();
        SentenceAnalysis { entities: spans, outside }
    }

    /// Rounds weights to the 16-bit grid used in files, so that a model
    /// predicts exactly the same before saving and after loading.
    pub(crate) fn quantise(&mut self) {
        let s = scale(&self.weights);
        for w in &mut self.weights {
            *w = quantise_one(*w, s) as f32 * s;
        }
    }

    /// Writes the model (format described in the crate documentation).
    pub fn save(&self, path: &Path) -> Result<(), NerError> {
        let mut b: Vec<u8> = Vec::with_capacity(self.weights.len() * 2 + 4096);
        b.extend_from_slice(MAGIC);
        b.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        put_str(&mut b, &self.language);
        b.extend_from_slice(&self.hash_bits.to_le_bytes());
        b.extend_from_slice(&(N_TAGS as u32).to_le_bytes());
        for t in 0..N_TAGS {
            put_str(&mut b, &Tag::from_index(t).to_string());
        }
        b.extend_from_slice(&(self.gazetteer.entries.len() as u32).to_le_bytes());
        for e in &self.gazetteer.entries {
            b.push(e.label.index() as u8);
            b.extend_from_slice(&(e.tokens.len() as u32).to_le_bytes());
            for t in &e.tokens {
                put_str(&mut b, t);
            }
        }
        let mut ws: Vec<(&String, &u8)> = self.word_stats.map.iter().collect();
        ws.sort();
        b.extend_from_slice(&(ws.len() as u32).to_le_bytes());
        for (w, k) in ws {
            put_str(&mut b, w);
            b.push(*k);
        }
        let mut cl: Vec<(&String, &[u16; 3])> = self.clusters.map.iter().collect();
        cl.sort();
        b.extend_from_slice(&(cl.len() as u32).to_le_bytes());
        for (w, p) in cl {
            put_str(&mut b, w);
            for x in p {
                b.extend_from_slice(&x.to_le_bytes());
            }
        }
        for t in &self.transitions {
            b.extend_from_slice(&t.to_le_bytes());
        }
        let s = scale(&self.weights);
        b.extend_from_slice(&s.to_le_bytes());
        b.extend_from_slice(&(self.weights.len() as u64).to_le_bytes());
        for w in &self.weights {
            b.extend_from_slice(&quantise_one(*w, s).to_le_bytes());
        }
        let sum = checksum(&b);
        b.extend_from_slice(&sum.to_le_bytes());
        std::fs::write(path, &b).map_err(|e| NerError::io(path, e))
    }

    /// Reads a model written by [`NerModel::save`].
    pub fn load(path: &Path) -> Result<NerModel, NerError> {
        let bytes = std::fs::read(path).map_err(|e| NerError::io(path, e))?;
        Self::from_bytes(&bytes).map_err(|k| k.at(path))
    }

    /// Reads a model from the bytes of a model file (e.g. one embedded with
    /// `include_bytes!`); `name` stands for the path in errors.
    pub fn from_file_bytes(bytes: &[u8], name: &str) -> Result<NerModel, NerError> {
        Self::from_bytes(bytes).map_err(|k| k.at(Path::new(name)))
    }

    pub(crate) fn from_bytes(bytes: &[u8]) -> Result<NerModel, LoadError> {
        if bytes.len() < MAGIC.len() || &bytes[..MAGIC.len()] != MAGIC {
            return Err(LoadError::BadMagic);
        }
        let mut r = Reader {
            b: bytes,
            pos: MAGIC.len(),
        };
        let version = r.u32()?;
        if version != FORMAT_VERSION && version != 1 {
            return Err(LoadError::Version(version));
        }
        if bytes.len() < MAGIC.len() + 12 {
            return Err(LoadError::Corrupt("truncated".into()));
        }
        let (body, tail) = bytes.split_at(bytes.len() - 8);
        let mut sum = [0u8; 8];
        sum.copy_from_slice(tail);
        if checksum(body) != u64::from_le_bytes(sum) {
            return Err(LoadError::Corrupt(
                "checksum mismatch (truncated or damaged file)".into(),
            ));
        }
        r.b = body;
        let language = r.string()?;
        let hash_bits = r.u32()?;
        if !(8..=28).contains(&hash_bits) {
            return Err(LoadError::Corrupt(format!("hash size of {hash_bits} bits")));
        }
        let n_tags = r.u32()? as usize;
        if n_tags != N_TAGS {
            return Err(LoadError::Corrupt(format!(
                "{n_tags} tags, expected {N_TAGS}"
            )));
        }
        for t in 0..N_TAGS {
            let name = r.string()?;
            if name != Tag::from_index(t).to_string() {
                return Err(LoadError::Corrupt(format!("unexpected tag {name:?}")));
            }
        }
        let n_gaz = r.u32()? as usize;
        let mut gazetteer = Gazetteer::default();
        for _ in 0..n_gaz {
            let l = r.u8()? as usize;
            let label = *Label::ALL
                .get(l)
                .ok_or_else(|| LoadError::Corrupt(format!("label index {l}")))?;
            let k = r.u32()? as usize;
            if k == 0 || k > 64 {
                return Err(LoadError::Corrupt(format!("gazetteer entry of {k} tokens")));
            }
            let tokens = (0..k).map(|_| r.string()).collect::<Result<Vec<_>, _>>()?;
            gazetteer.push(GazEntry { tokens, label });
        }
        let n_ws = r.u32()? as usize;
        let mut word_stats = WordStats::default();
        for _ in 0..n_ws {
            let w = r.string()?;
            let k = r.u8()?;
            word_stats.map.insert(w, k);
        }
        // version 1 files have no cluster table
        let n_cl = if version >= 2 { r.u32()? as usize } else { 0 };
        let mut clusters = WordClusters::default();
        for _ in 0..n_cl {
            let w = r.string()?;
            let mut p = [0u16; 3];
            for x in &mut p {
                *x = u16::from_le_bytes(r.arr::<2>()?);
            }
            clusters.map.insert(w, p);
        }
        let transitions = (0..(N_TAGS + 1) * N_TAGS)
            .map(|_| r.f32())
            .collect::<Result<Vec<_>, _>>()?;
        let s = r.f32()?;
        let n = r.u64()? as usize;
        if n != (1usize << hash_bits) * N_TAGS {
            return Err(LoadError::Corrupt(format!(
                "{n} weights for {hash_bits} hash bits"
            )));
        }
        let raw = r.take(n.checked_mul(2).ok_or(LoadError::Corrupt("size".into()))?)?;
        let weights = raw
            .chunks_exact(2)
            .map(|c| i16::from_le_bytes([c[0], c[1]]) as f32 * s)
            .collect();
        if r.pos != r.b.len() {
            return Err(LoadError::Corrupt("trailing bytes".into()));
        }
        if !s.is_finite() || transitions.iter().any(|t| !t.is_finite()) {
            return Err(LoadError::Corrupt("non-finite weights".into()));
        }
        Ok(NerModel {
            language,
            hash_bits,
            weights,
            transitions,
            gazetteer,
            word_stats,
            clusters,
            lexicons: Lexicons::new(),
        })
    }
}

fn scale(w: &[f32]) -> f32 {
    let m = w.iter().fold(0f32, |m, x| m.max(x.abs()));
    if m == 0.0 {
        1.0
    } else {
        m / 32767.0
    }
}

fn quantise_one(w: f32, s: f32) -> i16 {
    (w / s).round().clamp(-32767.0, 32767.0) as i16
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

/// Load failure before the path is attached.
#[derive(Debug)]
pub(crate) enum LoadError {
    BadMagic,
    Version(u32),
    Corrupt(String),
}

impl LoadError {
    fn at(self, path: &Path) -> NerError {
        let path = path.to_path_buf();
        match self {
            LoadError::BadMagic => NerError::NotAModel { path },
            LoadError::Version(found) => NerError::UnsupportedVersion {
                path,
                found,
                supported: FORMAT_VERSION,
            },
            LoadError::Corrupt(reason) => NerError::Corrupt { path, reason },
        }
    }
}

struct Reader<'a> {
    b: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], LoadError> {
        let end = self.pos.checked_add(n).filter(|&e| e <= self.b.len());
        let end = end.ok_or_else(|| LoadError::Corrupt("truncated".into()))?;
        let s = &self.b[self.pos..end];
        self.pos = end;
        Ok(s)
    }
    fn arr<const N: usize>(&mut self) -> Result<[u8; N], LoadError> {
        let mut a = [0u8; N];
        a.copy_from_slice(self.take(N)?);
        Ok(a)
    }
    fn u8(&mut self) -> Result<u8, LoadError> {
        Ok(self.arr::<1>()?[0])
    }
    fn u32(&mut self) -> Result<u32, LoadError> {
        Ok(u32::from_le_bytes(self.arr()?))
    }
    fn u64(&mut self) -> Result<u64, LoadError> {
        Ok(u64::from_le_bytes(self.arr()?))
    }
    fn f32(&mut self) -> Result<f32, LoadError> {
        Ok(f32::from_le_bytes(self.arr()?))
    }
    fn string(&mut self) -> Result<String, LoadError> {
        let n = self.u32()? as usize;
        let s = self.take(n)?;
        String::from_utf8(s.to_vec()).map_err(|_| LoadError::Corrupt("invalid UTF-8 string".into()))
    }
}

/// Hints the processor to bring the cache line at the start of `row` in;
/// does nothing elsewhere than on x86-64.
#[inline]
fn prefetch(row: &[f32]) {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
        // SAFETY: a prefetch is a hint: it never faults and changes no value
        // the program reads; the pointer comes from a live slice anyway.
        unsafe { _mm_prefetch::<_MM_HINT_T0>(row.as_ptr().cast()) };
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = row;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn viterbi_never_outputs_invalid_bio() {
        // emissions strongly prefer I-PER everywhere; the decoder must start with B-PER
        let mut em = vec![[0f32; N_TAGS]; 3];
        for row in &mut em {
            row[Tag::I(Label::Per).index()] = 10.0;
        }
        let trans = vec![0f32; (N_TAGS + 1) * N_TAGS];
        let path: Vec<Tag> = NerModel::viterbi(&em, &trans, &[])
            .into_iter()
            .map(Tag::from_index)
            .collect();
        assert_eq!(
            path,
            [Tag::B(Label::Per), Tag::I(Label::Per), Tag::I(Label::Per)]
        );
    }

    #[test]
    fn lower_case_runs_are_never_entities() {
        // "Bank of America said the company": ORG preferred on every token
        let toks = ["Bank", "of", "America", "said", "the", "company"];
        let mut em = vec![[0f32; N_TAGS]; toks.len()];
        for (i, row) in em.iter_mut().enumerate() {
            row[Tag::B(Label::Org).index()] = if i == 0 || i == 3 { 6.0 } else { 0.0 };
            row[Tag::I(Label::Org).index()] = 5.0;
        }
        let trans = vec![0f32; (N_TAGS + 1) * N_TAGS];
        let cap = name_like_all(&toks);
        let path: Vec<Tag> = NerModel::viterbi(&em, &trans, &cap)
            .into_iter()
            .map(Tag::from_index)
            .collect();
        // "said the company" may only join the entity before it, never stand alone
        let spans = bio_to_spans(&path);
        for s in &spans {
            assert!((s.start_token..s.end_token).any(|i| cap[i]), "{path:?}");
        }
        // a lone lower-case MISC (German "europäischen") stays possible
        let mut em = vec![[0f32; N_TAGS]; 2];
        em[0][Tag::B(Label::Misc).index()] = 5.0;
        em[1][Tag::B(Label::Org).index()] = 5.0;
        let cap = name_like_all(&["europäischen", "union"]);
        let path: Vec<Tag> = NerModel::viterbi(&em, &trans, &cap)
            .into_iter()
            .map(Tag::from_index)
            .collect();
        assert_eq!(path, [Tag::B(Label::Misc), Tag::O]);
        assert!(name_like("G7") && name_like("iPhone") && !name_like("2000") && !name_like("de"));
    }

    #[test]
    fn marginals_sum_to_one() {
        let mut em = vec![[0f32; N_TAGS]; 4];
        em[1][2] = 3.0;
        let trans = vec![0.1f32; (N_TAGS + 1) * N_TAGS];
        for m in NerModel::marginals(&em, &trans) {
            let s: f32 = m.iter().sum();
            assert!((s - 1.0).abs() < 1e-4, "{s}");
        }
    }
}

