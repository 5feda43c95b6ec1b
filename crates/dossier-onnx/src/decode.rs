//! Pure post-processing: byte → code-point offsets, window planning and
//! merging, word-piece → word aggregation, BIO/IOB/BILOU/plain decoding and
//! label mapping. Nothing here needs ONNX Runtime.

use std::collections::BTreeMap;

/// How the pieces of one word get one label.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Aggregation {
    /// The first piece's argmax label and its probability (the usual choice
    /// for models fine-tuned with labels on first pieces only).
    #[default]
    First,
    /// The argmax of the mean of the pieces' probability vectors.
    Average,
}

/// Maps byte offsets of a `&str` to Unicode code-point offsets.
#[derive(Debug, Clone)]
pub struct CharIndex {
    /// Byte offset of the start of each code point.
    starts: Vec<usize>,
    len_bytes: usize,
}

impl CharIndex {
    pub fn new(text: &str) -> CharIndex {
        CharIndex {
            starts: text.char_indices().map(|(b, _)| b).collect(),
            len_bytes: text.len(),
        }
    }

    /// Number of code points.
    pub fn len_chars(&self) -> usize {
        self.starts.len()
    }

    /// Code-point index of the character containing byte `b` (a start
    /// offset: rounds down inside a character). Clamped to the text.
    pub fn floor(&self, b: usize) -> usize {
        if b >= self.len_bytes {
            return self.starts.len();
        }
        self.starts.partition_point(|&s| s <= b).saturating_sub(1)
    }

    /// Code-point index of the first character starting at or after byte `b`
    /// (an end offset: rounds up inside a character). Clamped to the text.
    pub fn ceil(&self, b: usize) -> usize {
        if b >= self.len_bytes {
            return self.starts.len();
        }
        self.starts.partition_point(|&s| s < b)
    }

    /// Byte offset of code point `c` (the text length for `c == len_chars()`).
    pub fn byte(&self, c: usize) -> usize {
        self.starts.get(c).copied().unwrap_or(self.len_bytes)
    }
}

/// Converts a byte range (end exclusive) to a code-point range, widening a
/// range that cuts a character.
pub fn byte_range_to_chars(text: &str, start: usize, end: usize) -> (usize, usize) {
    let idx = CharIndex::new(text);
    (idx.floor(start), idx.ceil(end))
}

/// Splits `0..n` tokens into windows of at most `budget` tokens; each window
/// after the first starts `stride` tokens before the previous one ended
/// (moved back to the start of the word there), and a window that would cut a
/// word ends before that word when it can. Windows always make progress and
/// together cover every token.
pub fn plan_windows(word_ids: &[Option<u32>], budget: usize, stride: usize) -> Vec<(usize, usize)> {
    let n = word_ids.len();
    let budget = budget.max(1);
    let stride = stride.min(budget - 1);
    let same_word =
        |i: usize| i > 0 && i < n && word_ids[i].is_some() && word_ids[i] == word_ids[i - 1];
    let mut windows = Vec::new();
    let mut start = 0;
    while start < n {
        let mut end = (start + budget).min(n);
        if end < n && same_word(end) {
            // Do not cut a word in two if the window can end before it.
            let mut e = end;
            while e > start && same_word(e) {
                e -= 1;
            }
            if e > start {
                end = e;
            }
        }
        windows.push((start, end));
        if end == n {
            break;
        }
        let mut next = end.saturating_sub(stride);
        while next > start && same_word(next) {
            next -= 1;
        }
        if next <= start {
            // No room for an overlap that starts on a word: go on from `end`.
            next = end;
        }
        start = next;
    }
    windows
}

/// For each of `n` tokens, the index of the window whose prediction to keep:
/// the window where the token has the most context on its closer side (a
/// window edge that is also the text edge counts as full context). Ties go to
/// the earlier window. Tokens no window covers get `None`.
pub fn choose_windows(n: usize, windows: &[(usize, usize)]) -> Vec<Option<usize>> {
    let mut best: Vec<Option<(usize, usize)>> = vec![None; n];
    for (w, &(s, e)) in windows.iter().enumerate() {
        for (i, slot) in best.iter_mut().enumerate().take(e.min(n)).skip(s) {
            let left = if s == 0 { usize::MAX } else { i - s };
            let right = if e >= n { usize::MAX } else { e - 1 - i };
            let context = left.min(right);
            if slot.is_none_or(|(_, c)| context > c) {
                *slot = Some((w, context));
            }
        }
    }
    best.into_iter().map(|b| b.map(|(w, _)| w)).collect()
}

/// One word after aggregation of its pieces; byte offsets.
#[derive(Debug, Clone, PartialEq)]
pub struct WordPred {
    pub start: usize,
    pub end: usize,
    pub label: usize,
    pub score: f32,
}

/// Groups consecutive tokens with the same word id into words and labels
/// each word. `probs[i]` is token `i`'s probability vector (`None` if no
/// window covered it); `offsets` are byte offsets. Tokens without a word id
/// or with an empty span are skipped.
pub fn aggregate_words(
    word_ids: &[Option<u32>],
    offsets: &[(usize, usize)],
    probs: &[Option<&[f32]>],
    aggregation: Aggregation,
) -> Vec<WordPred> {
    let mut words = Vec::new();
    let mut i = 0;
    let n = word_ids.len().min(offsets.len()).min(probs.len());
    while i < n {
        let Some(wid) = word_ids[i] else {
            i += 1;
            continue;
        };
        let mut j = i + 1;
        while j < n && word_ids[j] == Some(wid) {
            j += 1;
        }
        let pieces: Vec<usize> = (i..j)
            .filter(|&k| offsets[k].1 > offsets[k].0 && probs[k].is_some())
            .collect();
        if let (Some(&first), Some(&last)) = (pieces.first(), pieces.last()) {
            let (label, score) = match aggregation {
                Aggregation::First => argmax(probs[first].unwrap_or(&[])),
                Aggregation::Average => {
                    let width = probs[first].map_or(0, <[f32]>::len);
                    let mut mean = vec![0f32; width];
                    for &k in &pieces {
                        for (m, p) in mean.iter_mut().zip(probs[k].unwrap_or(&[])) {
                            *m += p;
                        }
                    }
                    mean.iter_mut().for_each(|m| *m /= pieces.len() as f32);
                    argmax(&mean)
                }
            };
            words.push(WordPred {
                start: offsets[first].0,
                end: offsets[last].1.max(offsets[first].1),
                label,
                score,
            });
        }
        i = j;
    }
    words
}

fn argmax(v: &[f32]) -> (usize, f32) {
    let mut best = (0, f32::NEG_INFINITY);
    for (k, &p) in v.iter().enumerate() {
        if p > best.1 {
            best = (k, p);
        }
    }
    if v.is_empty() {
        (0, 0.0)
    } else {
        best
    }
}

/// In-place softmax of one row of logits.
pub fn softmax(row: &mut [f32]) {
    let max = row.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let mut sum = 0.0;
    for x in row.iter_mut() {
        *x = (*x - max).exp();
        sum += *x;
    }
    if sum > 0.0 {
        row.iter_mut().for_each(|x| *x /= sum);
    }
}

/// The tagging-scheme prefix of a label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tag {
    /// `O`: outside any entity.
    Outside,
    /// `B-`: begins an entity.
    Begin,
    /// `I-`: inside (continues, or begins in IOB1 when the type changes).
    Inside,
    /// `E-` / `L-`: last word of an entity.
    End,
    /// `S-` / `U-`: a one-word entity.
    Single,
    /// No prefix (`PER`): consecutive words of one type form one entity.
    Plain,
}

/// Splits `B-PER` into `(Begin, "PER")`, `O` into `(Outside, "")`, `PER` into
/// `(Plain, "PER")`. Prefixes are case-insensitive and may use `-` or `_`.
pub fn split_label(label: &str) -> (Tag, &str) {
    let l = label.trim();
    if l.is_empty() || l.eq_ignore_ascii_case("o") {
        return (Tag::Outside, "");
    }
    let b = l.as_bytes();
    if b.len() > 2 && (b[1] == b'-' || b[1] == b'_') {
        let tag = match b[0].to_ascii_uppercase() {
            b'B' => Some(Tag::Begin),
            b'I' => Some(Tag::Inside),
            b'E' | b'L' => Some(Tag::End),
            b'S' | b'U' => Some(Tag::Single),
            _ => None,
        };
        if let Some(tag) = tag {
            return (tag, &l[2..]);
        }
    }
    (Tag::Plain, l)
}

/// A decoded entity in byte offsets, with its word count (for score means).
#[derive(Debug, Clone, PartialEq)]
pub struct ByteSpan {
    pub start: usize,
    pub end: usize,
    pub label: String,
    pub score: f32,
    pub words: usize,
}

/// Decodes labelled words (in text order) into entity spans.
///
/// BIO/IOB1/IOB2, BIOES/BILOU and prefix-less labels are accepted; an `I-`
/// after a different type (or after `O`) starts a new entity. Same-type
/// entities that touch (no character between them, as the word pieces of
/// `maria.garcia@example.com` each tagged `B-EMAIL` by some models) are
/// merged. The score is the mean of the word scores.
pub fn decode_entities(words: &[WordPred], labels: &[String]) -> Vec<ByteSpan> {
    let mut spans: Vec<ByteSpan> = Vec::new();
    let mut open: Option<ByteSpan> = None;
    let close = |open: &mut Option<ByteSpan>, spans: &mut Vec<ByteSpan>| {
        if let Some(s) = open.take() {
            spans.push(s);
        }
    };
    for w in words {
        let label = labels.get(w.label).map_or("O", String::as_str);
        let (tag, ty) = split_label(label);
        let new = || ByteSpan {
            start: w.start,
            end: w.end,
            label: ty.to_string(),
            score: w.score,
            words: 1,
        };
        match tag {
            Tag::Outside => close(&mut open, &mut spans),
            Tag::Begin | Tag::Single => {
                close(&mut open, &mut spans);
                open = Some(new());
            }
            Tag::Inside | Tag::End | Tag::Plain => match open.as_mut() {
                Some(o) if o.label == ty => {
                    o.end = w.end;
                    o.score += w.score;
                    o.words += 1;
                }
                _ => {
                    close(&mut open, &mut spans);
                    open = Some(new());
                }
            },
        }
        if matches!(tag, Tag::End | Tag::Single) {
            close(&mut open, &mut spans);
        }
    }
    close(&mut open, &mut spans);
    // Scores were summed; merge touching same-type spans, then average.
    let mut merged: Vec<ByteSpan> = Vec::with_capacity(spans.len());
    for s in spans {
        match merged.last_mut() {
            Some(m) if m.label == s.label && m.end == s.start => {
                m.end = s.end;
                m.score += s.score;
                m.words += s.words;
            }
            _ => merged.push(s),
        }
    }
    for m in &mut merged {
        m.score /= m.words.max(1) as f32;
    }
    merged
}

/// Maps a model label (with or without a `B-`/`I-`… prefix) to a user kind
/// through `map`: exact key first, then case-insensitive. `O` maps to `None`.
///
/// ```
/// use std::collections::BTreeMap;
/// let map = BTreeMap::from([("GIVEN_NAME".to_string(), "person".to_string())]);
/// assert_eq!(dossier_onnx::map_label("B-GIVEN_NAME", &map).as_deref(), Some("person"));
/// assert_eq!(dossier_onnx::map_label("given_name", &map).as_deref(), Some("person"));
/// assert_eq!(dossier_onnx::map_label("O", &map), None);
/// ```
pub fn map_label(label: &str, map: &BTreeMap<String, String>) -> Option<String> {
    let (tag, ty) = split_label(label);
    if tag == Tag::Outside {
        return None;
    }
    if let Some(v) = map.get(ty).or_else(|| map.get(label)) {
        return Some(v.clone());
    }
    map.iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(ty) || k.eq_ignore_ascii_case(label))
        .map(|(_, v)| v.clone())
}

/// A default map from common NER label sets (CoNLL/OntoNotes `PER`, `ORG`,
/// `LOC`, `GPE`…, WikiNEuRal, and Rampart's `GIVEN_NAME`, `SURNAME`, `CITY`,
/// `STATE`) to Dossier actor kinds `person`, `organization`, `place`.
pub fn default_actor_map() -> BTreeMap<String, String> {
    let mut m = BTreeMap::new();
    for k in [
        "PER",
        "PERSON",
        "GIVEN_NAME",
        "SURNAME",
        "FIRSTNAME",
        "LASTNAME",
        "NAME",
    ] {
        m.insert(k.to_string(), "person".to_string());
    }
    for k in ["ORG", "ORGANIZATION", "ORGANISATION", "COMPANY", "NORP"] {
        m.insert(k.to_string(), "organization".to_string());
    }
    for k in ["LOC", "LOCATION", "GPE", "FAC", "CITY", "STATE", "COUNTRY"] {
        m.insert(k.to_string(), "place".to_string());
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    fn w(start: usize, end: usize, label: usize) -> WordPred {
        WordPred {
            start,
            end,
            label,
            score: 0.5 + label as f32 / 100.0,
        }
    }

    #[test]
    fn char_index_handles_multibyte_text() {
        let t = "Zoë Ürün 東京";
        let idx = CharIndex::new(t);
        assert_eq!(idx.len_chars(), 11);
        let b = t.find("Ürün").unwrap();
        assert_eq!((idx.floor(b), idx.ceil(b + "Ürün".len())), (4, 8));
        let b = t.find("東京").unwrap();
        assert_eq!((idx.floor(b), idx.ceil(t.len())), (9, 11));
        // A byte inside 'ë' rounds down for a start and up for an end.
        assert_eq!(idx.floor(3), 2);
        assert_eq!(idx.ceil(3), 3);
        assert_eq!(idx.byte(9), b);
        assert_eq!(idx.byte(11), t.len());
        assert_eq!(byte_range_to_chars(t, 0, 4), (0, 3));
        assert_eq!(idx.floor(1000), 11);
    }

    #[test]
    fn bio_decoding() {
        let l = labels(&["O", "B-PER", "I-PER", "B-LOC", "I-LOC"]);
        // "Alex Rivera lives in New York"
        let words = [
            w(0, 4, 1),
            w(5, 11, 2),
            w(12, 17, 0),
            w(18, 20, 0),
            w(21, 24, 3),
            w(25, 29, 4),
        ];
        let e = decode_entities(&words, &l);
        assert_eq!(e.len(), 2);
        assert_eq!((e[0].start, e[0].end, e[0].label.as_str()), (0, 11, "PER"));
        assert!((e[0].score - (0.51 + 0.52) / 2.0).abs() < 1e-6);
        assert_eq!((e[1].start, e[1].end, e[1].label.as_str()), (21, 29, "LOC"));
    }

    #[test]
    fn b_after_b_starts_new_entity_and_i_after_other_type_too() {
        let l = labels(&["O", "B-PER", "I-PER", "I-LOC"]);
        let e = decode_entities(&[w(0, 4, 1), w(5, 9, 1), w(10, 14, 3), w(15, 19, 2)], &l);
        let got: Vec<_> = e
            .iter()
            .map(|s| (s.start, s.end, s.label.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                (0, 4, "PER"),
                (5, 9, "PER"),
                (10, 14, "LOC"),
                (15, 19, "PER")
            ]
        );
        // IOB1: an I- after O begins an entity.
        let e = decode_entities(&[w(0, 2, 0), w(3, 5, 2)], &l);
        assert_eq!((e[0].start, e[0].label.as_str()), (3, "PER"));
    }

    #[test]
    fn touching_same_type_pieces_merge() {
        // maria.garcia@x.com with every piece B-EMAIL (what Rampart does).
        let l = labels(&["O", "B-EMAIL", "I-EMAIL"]);
        let words = [
            w(0, 5, 1),
            w(5, 6, 1),
            w(6, 12, 1),
            w(12, 13, 1),
            w(13, 14, 1),
            w(15, 20, 1),
        ];
        let e = decode_entities(&words, &l);
        assert_eq!(e.len(), 2, "{e:?}");
        assert_eq!((e[0].start, e[0].end, e[0].words), (0, 14, 5));
        assert_eq!((e[1].start, e[1].end), (15, 20));
    }

    #[test]
    fn bilou_and_plain_labels() {
        let l = labels(&["O", "B-ORG", "L-ORG", "U-LOC", "PER"]);
        let e = decode_entities(
            &[
                w(0, 3, 1),
                w(4, 7, 2),
                w(8, 11, 2),
                w(12, 15, 3),
                w(16, 19, 4),
                w(20, 23, 4),
            ],
            &l,
        );
        let got: Vec<_> = e
            .iter()
            .map(|s| (s.start, s.end, s.label.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                (0, 7, "ORG"),
                (8, 11, "ORG"),
                (12, 15, "LOC"),
                (16, 23, "PER")
            ]
        );
        assert_eq!(split_label("b_misc"), (Tag::Begin, "misc"));
        assert_eq!(split_label("O"), (Tag::Outside, ""));
        assert_eq!(split_label("B-"), (Tag::Plain, "B-"));
        // Unknown label ids count as O.
        assert!(decode_entities(&[w(0, 3, 99)], &l).is_empty());
    }

    #[test]
    fn word_pieces_aggregate_first_or_average() {
        // Tokens: "ri" "##vera" (word 0), "lives" (word 1), a zero-width token.
        let word_ids = [Some(0), Some(0), Some(1), Some(2)];
        let offsets = [(0, 2), (2, 6), (7, 12), (12, 12)];
        let p0 = [0.1, 0.6, 0.3];
        let p1 = [0.1, 0.1, 0.8];
        let p2 = [0.9, 0.05, 0.05];
        let probs = [Some(&p0[..]), Some(&p1[..]), Some(&p2[..]), Some(&p2[..])];
        let first = aggregate_words(&word_ids, &offsets, &probs, Aggregation::First);
        assert_eq!(first.len(), 2);
        assert_eq!((first[0].start, first[0].end, first[0].label), (0, 6, 1));
        assert!((first[0].score - 0.6).abs() < 1e-6);
        let avg = aggregate_words(&word_ids, &offsets, &probs, Aggregation::Average);
        assert_eq!(avg[0].label, 2);
        assert!((avg[0].score - 0.55).abs() < 1e-6);
        assert_eq!(avg[1].label, 0);
    }

    #[test]
    fn softmax_normalises() {
        let mut r = [1.0f32, 2.0, 3.0];
        softmax(&mut r);
        assert!((r.iter().sum::<f32>() - 1.0).abs() < 1e-6);
        assert!(r[2] > r[1] && r[1] > r[0]);
    }

    #[test]
    fn windows_cover_overlap_and_respect_words() {
        let ids: Vec<Option<u32>> = (0..10).map(Some).collect();
        assert_eq!(plan_windows(&ids, 4, 1), [(0, 4), (3, 7), (6, 10)]);
        assert_eq!(plan_windows(&ids, 20, 5), [(0, 10)]);
        assert!(plan_windows(&[], 4, 1).is_empty());
        // Stride >= budget still makes progress.
        assert_eq!(
            plan_windows(&ids[..5], 2, 9),
            [(0, 2), (1, 3), (2, 4), (3, 5)]
        );
        assert_eq!(plan_windows(&ids[..5], 2, 0), [(0, 2), (2, 4), (4, 5)]);
        // Words of several pieces: 0 0 1 1 1 2 3 3
        let ids = [
            Some(0),
            Some(0),
            Some(1),
            Some(1),
            Some(1),
            Some(2),
            Some(3),
            Some(3),
        ];
        let w = plan_windows(&ids, 4, 1);
        assert_eq!(w, [(0, 2), (2, 6), (5, 8)]);
        // No window cuts a word when the budget allows, and all tokens are covered.
        for &(s, e) in &w {
            assert!(s == 0 || ids[s] != ids[s - 1], "{w:?}");
            assert!(e == ids.len() || ids[e] != ids[e - 1], "{w:?}");
            assert!(e - s <= 4);
        }
        let cover = choose_windows(ids.len(), &w);
        assert!(cover.iter().all(Option::is_some));
        // A word longer than the budget is cut, but still covered.
        let long = [Some(0); 7];
        let w = plan_windows(&long, 3, 1);
        assert_eq!(w.last().unwrap().1, 7);
        assert!(choose_windows(7, &w).iter().all(Option::is_some));
    }

    #[test]
    fn overlap_tokens_come_from_the_most_central_window() {
        let windows = [(0, 6), (4, 10)];
        let c = choose_windows(10, &windows);
        // Token 4: 1 token of right context in window 0 (edge at 6), 0 of left in window 1.
        assert_eq!(c[4], Some(0));
        // Token 5: 0 right context in window 0, 1 left in window 1.
        assert_eq!(c[5], Some(1));
        assert_eq!(c[0], Some(0));
        assert_eq!(c[9], Some(1));
    }

    #[test]
    fn label_map() {
        let mut map = BTreeMap::new();
        map.insert("GIVEN_NAME".to_string(), "person".to_string());
        map.insert("Org".to_string(), "organization".to_string());
        assert_eq!(map_label("B-GIVEN_NAME", &map).as_deref(), Some("person"));
        assert_eq!(map_label("I-given_name", &map).as_deref(), Some("person"));
        assert_eq!(map_label("ORG", &map).as_deref(), Some("organization"));
        assert_eq!(map_label("B-CITY", &map), None);
        assert_eq!(map_label("O", &map), None);
        let d = default_actor_map();
        assert_eq!(map_label("B-PER", &d).as_deref(), Some("person"));
        assert_eq!(map_label("SURNAME", &d).as_deref(), Some("person"));
        assert_eq!(map_label("I-LOC", &d).as_deref(), Some("place"));
        assert_eq!(map_label("B-ORG", &d).as_deref(), Some("organization"));
        assert_eq!(map_label("B-MISC", &d), None);
    }
}
