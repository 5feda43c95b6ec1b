//! Long texts, extracted window by window.
//!
//! The extractor keeps per-token structures (cues, candidates, features)
//! worth about a hundred bytes per character, and a few of its passes grow
//! faster than the text. A book-length text or a 100 MB paragraph would take
//! gigabytes and minutes, so texts longer than [`WINDOW_CHARS`] are cut into
//! windows at paragraph breaks (else line breaks, sentence ends, spaces),
//! each window is extracted alone, and the results are joined with their
//! offsets moved back into the whole text. Memory is then bounded by the
//! window, and time grows linearly. What is lost is context across a cut:
//! a pronoun or a quotation spanning two windows.

use dossier_core::{Actor, Document, Extraction, Mention, SpeakerRef};

/// Texts up to this many characters are extracted whole. Far above a news
/// article (a few thousand) or a long judgment (~100,000).
pub const WINDOW_CHARS: usize = 200_000;

/// One window: its byte range and its first character's offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Window {
    pub bytes: (usize, usize),
    pub first_char: usize,
}

/// Cuts `text` into windows of at most `max_chars` characters (one window
/// when it is short enough), preferring the last paragraph break, then line
/// break, sentence end or space in the second half of each window.
pub(crate) fn windows(text: &str, max_chars: usize) -> Vec<Window> {
    let max_chars = max_chars.max(2);
    let mut out = Vec::new();
    let (mut start, mut first_char) = (0usize, 0usize);
    loop {
        let rest = &text[start..];
        let Some((limit, _)) = rest.char_indices().nth(max_chars) else {
            out.push(Window { bytes: (start, text.len()), first_char });
            return out;
        };
        let half = rest.char_indices().nth(max_chars / 2).map_or(0, |(b, _)| b);
        let cut = best_cut(&rest[..limit], half);
        out.push(Window { bytes: (start, start + cut), first_char });
        first_char += rest[..cut].chars().count();
        start += cut;
    }
}

/// Where to end a window of `head`: just after the last paragraph break,
/// line break, sentence end or space at or after byte `half`, else at its end.
fn best_cut(head: &str, half: usize) -> usize {
    let tail = &head[half..];
    let after = |pat: &str| tail.rfind(pat).map(|k| half + k + pat.len());
    after("\n\n")
        .or_else(|| after("\n"))
        .or_else(|| [". ", "! ", "? ", "。"].iter().filter_map(|p| after(p)).max())
        .or_else(|| tail.rfind(char::is_whitespace).map(|k| half + k + tail[k..].chars().next().map_or(1, char::len_utf8)))
        .unwrap_or(head.len())
}

/// The document as the extractor sees one window of it: the same metadata,
/// only the window's text (the whole text is not copied).
pub(crate) fn sub_document(doc: &Document, w: Window) -> Document {
    Document {
        id: doc.id.clone(),
        source: doc.source.clone(),
        url: doc.url.clone(),
        title: doc.title.clone(),
        text: doc.text[w.bytes.0..w.bytes.1].to_string(),
        language: doc.language.clone(),
        language_confidence: doc.language_confidence,
        kind: doc.kind,
        published: doc.published,
        published_precision: doc.published_precision,
        site: doc.site.clone(),
        ingested_at: doc.ingested_at,
        duplicate_of: doc.duplicate_of.clone(),
        page: doc.page.clone(),
    }
}

/// Adds a window's extraction to the whole text's, moving its offsets by
/// `shift` characters. Actors found in several windows become one, with all
/// their mentions.
pub(crate) fn join(whole: &mut Extraction, mut part: Extraction, shift: usize) {
    shift_offsets(&mut part, shift);
    for actor in part.actors {
        match whole.actors.iter_mut().find(|a| a.id == actor.id) {
            Some(known) => known.mentions.extend(actor.mentions),
            None => whole.actors.push(actor),
        }
    }
    whole.quotes.extend(part.quotes);
    whole.claims.extend(part.claims);
    whole.events.extend(part.events);
    whole.dates.extend(part.dates);
    whole.legal_refs.extend(part.legal_refs);
}

fn shift_offsets(x: &mut Extraction, by: usize) {
    let span = |s: &mut usize, e: &mut usize| {
        *s += by;
        *e += by;
    };
    let mention = |m: &mut Mention| span(&mut m.start, &mut m.end);
    let speaker = |r: &mut SpeakerRef| {
        span(&mut r.start, &mut r.end);
        if let Some(role) = &mut r.role {
            mention(role);
        }
    };
    x.actors.iter_mut().flat_map(|a: &mut Actor| a.mentions.iter_mut()).for_each(mention);
    for q in &mut x.quotes {
        span(&mut q.start, &mut q.end);
        q.speaker.as_mut().map(speaker);
        q.cue.as_mut().map(mention);
    }
    for c in &mut x.claims {
        span(&mut c.start, &mut c.end);
        c.claimant.as_mut().map(speaker);
        c.cue.as_mut().map(mention);
    }
    for e in &mut x.events {
        span(&mut e.start, &mut e.end);
        span(&mut e.date_start, &mut e.date_end);
    }
    x.dates.iter_mut().for_each(|d| span(&mut d.start, &mut d.end));
    x.legal_refs.iter_mut().for_each(|r| span(&mut r.start, &mut r.end));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(text: &str, max: usize) -> Vec<&str> {
        windows(text, max).iter().map(|w| &text[w.bytes.0..w.bytes.1]).collect()
    }

    #[test]
    fn a_short_text_is_one_window() {
        assert_eq!(windows("Il a dit oui.", 100), vec![Window { bytes: (0, 13), first_char: 0 }]);
    }

    #[test]
    fn windows_cover_the_text_and_cut_at_paragraphs_first() {
        let text = "Première phrase ici. Deuxième phrase là.\n\nUn autre paragraphe, assez long. Et la fin.";
        let parts = pieces(text, 60);
        assert_eq!(parts.concat(), text);
        assert_eq!(parts[0], "Première phrase ici. Deuxième phrase là.\n\n");
    }

    #[test]
    fn without_breaks_windows_end_after_a_sentence_or_a_space() {
        let text = "Ein Satz ohne Absatz. ".repeat(20);
        for part in pieces(&text, 50) {
            assert!(part.chars().count() <= 50);
            assert!(part.ends_with(". "), "{part:?}");
        }
        let one_word = "ü".repeat(120);
        let parts = pieces(&one_word, 50);
        assert_eq!(parts.iter().map(|p| p.chars().count()).collect::<Vec<_>>(), vec![50, 50, 20]);
    }

    #[test]
    fn first_chars_count_code_points() {
        let text = "été ".repeat(30);
        let ws = windows(&text, 25);
        for w in &ws {
            assert_eq!(w.first_char, text[..w.bytes.0].chars().count());
        }
    }
}
