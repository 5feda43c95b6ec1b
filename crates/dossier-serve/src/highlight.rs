//! A document's clean text with its extraction highlighted in place.
//!
//! Offsets in an extraction are Unicode code points into the text, end
//! exclusive. The text is cut at every span boundary; each piece is wrapped
//! in one `<mark>` per span covering it (outermost first) and escaped by
//! maud. A span whose offsets fall outside the text is left out, never
//! sliced.

use dossier_core::{Document, Extraction};
use maud::{html, Markup};

/// One highlighted span.
#[derive(Debug, Clone)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    /// `actor`, `quote`, `claim`, `speaker`, `date`, `event`, `legal`.
    pub class: &'static str,
    /// Element id of its first piece (for the side list).
    pub anchor: String,
    /// Tooltip: what it is.
    pub title: String,
}

/// An entry of the side list: a link to a span.
#[derive(Debug, Clone)]
pub struct Jump {
    pub class: &'static str,
    pub anchor: String,
    pub label: String,
    pub detail: String,
}

fn name_of(x: &Extraction, id: &Option<String>, text: &str) -> String {
    id.as_ref().and_then(|id| x.actors.iter().find(|a| &a.id == id)).map(|a| a.name.clone()).unwrap_or_else(|| text.to_string())
}

fn stance(s: dossier_core::Stance) -> &'static str {
    crate::templates::stance_word(Some(s))
}

/// Every span of `x` and the side list, in text order.
pub fn spans(x: &Extraction) -> (Vec<Span>, Vec<Jump>) {
    let mut spans = Vec::new();
    let mut jumps = Vec::new();
    for (i, a) in x.actors.iter().enumerate() {
        for (j, m) in a.mentions.iter().enumerate() {
            let anchor = format!("actor-{i}-{j}");
            if j == 0 {
                jumps.push(Jump { class: "actor", anchor: anchor.clone(), label: a.name.clone(), detail: format!("{} mentions", a.mentions.len()) });
            }
            spans.push(Span { start: m.start, end: m.end, class: "actor", anchor, title: format!("actor: {}", a.name) });
        }
    }
    for (i, q) in x.quotes.iter().enumerate() {
        let speaker = q.speaker.as_ref().map(|s| name_of(x, &s.actor_id, &s.text));
        let who = speaker.clone().unwrap_or_else(|| "unattributed".into());
        let title = format!("quote · speaker: {who} · stance: {}", stance(q.stance));
        spans.push(Span { start: q.start, end: q.end, class: "quote", anchor: format!("quote-{i}"), title: title.clone() });
        if let Some(s) = &q.speaker {
            spans.push(Span { start: s.start, end: s.end, class: "speaker", anchor: format!("quote-{i}-speaker"), title: format!("speaker of quote {}: {who}", i + 1) });
        }
        jumps.push(Jump { class: "quote", anchor: format!("quote-{i}"), label: q.text.clone(), detail: format!("{who} · {}", stance(q.stance)) });
    }
    for (i, c) in x.claims.iter().enumerate() {
        let who = c.claimant.as_ref().map(|s| name_of(x, &s.actor_id, &s.text)).unwrap_or_else(|| "unattributed".into());
        spans.push(Span { start: c.start, end: c.end, class: "claim", anchor: format!("claim-{i}"), title: format!("claim · claimant: {who} · stance: {}", stance(c.stance)) });
        if let Some(s) = &c.claimant {
            spans.push(Span { start: s.start, end: s.end, class: "speaker", anchor: format!("claim-{i}-claimant"), title: format!("claimant of claim {}: {who}", i + 1) });
        }
        jumps.push(Jump { class: "claim", anchor: format!("claim-{i}"), label: c.text.clone(), detail: format!("{who} · {}", stance(c.stance)) });
    }
    for (i, d) in x.dates.iter().enumerate() {
        spans.push(Span { start: d.start, end: d.end, class: "date", anchor: format!("date-{i}"), title: format!("date: {}", d.value) });
        jumps.push(Jump { class: "date", anchor: format!("date-{i}"), label: d.text.clone(), detail: d.value.clone() });
    }
    for (i, e) in x.events.iter().enumerate() {
        spans.push(Span { start: e.start, end: e.end, class: "event", anchor: format!("event-{i}"), title: format!("event on {}", e.date) });
        let label: String = e.text.chars().take(90).collect();
        jumps.push(Jump { class: "event", anchor: format!("event-{i}"), label, detail: e.date.clone() });
    }
    for (i, r) in x.legal_refs.iter().enumerate() {
        let what = r.instrument_id.clone().unwrap_or_else(|| r.jurisdiction.clone());
        spans.push(Span { start: r.start, end: r.end, class: "legal", anchor: format!("legal-{i}"), title: format!("legal reference: {what}") });
        jumps.push(Jump { class: "legal", anchor: format!("legal-{i}"), label: r.text.clone(), detail: what });
    }
    (spans, jumps)
}

/// The text with `spans` highlighted; a statement starting at offset `n`
/// also gets the id `at-n` so timeline links land on it.
pub fn render(doc: &Document, spans: &[Span]) -> Markup {
    // Byte offset of every code point, plus the end.
    let bytes: Vec<usize> = doc.text.char_indices().map(|(b, _)| b).chain(std::iter::once(doc.text.len())).collect();
    let len = bytes.len() - 1;
    let mut valid: Vec<&Span> = spans.iter().filter(|s| s.start < s.end && s.end <= len).collect();
    // Outer spans first: earlier start, then longer.
    valid.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    let mut cuts: Vec<usize> = valid.iter().flat_map(|s| [s.start, s.end]).chain([0, len]).collect();
    cuts.sort_unstable();
    cuts.dedup();
    let mut anchored_statements = std::collections::HashSet::new();
    html! {
        div.doctext {
            @for w in cuts.windows(2) {
                @let (a, b) = (w[0], w[1]);
                @let piece = &doc.text[bytes[a]..bytes[b]];
                @let active: Vec<&Span> = valid.iter().copied().filter(|s| s.start <= a && s.end >= b).collect();
                @let at = (matches!(active.first().map(|s| s.class), Some("quote" | "claim" | "event")) && anchored_statements.insert(a))
                    .then(|| format!("at-{a}"));
                @if let Some(id) = at { span id=(id) {} }
                (nest(&active, a, piece))
            }
        }
    }
}

fn nest(active: &[&Span], piece_start: usize, piece: &str) -> Markup {
    match active.split_first() {
        None => html! { (piece) },
        Some((s, rest)) => html! {
            mark class={"hl " (s.class)} id=[(s.start == piece_start).then(|| s.anchor.clone())] title=(s.title) {
                (nest(rest, piece_start, piece))
            }
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dossier_core::{DocKind, Mention, Quote, SpeakerRef, Stance};

    fn doc(text: &str) -> Document {
        Document {
            id: "d".into(),
            source: "s".into(),
            url: None,
            title: "t".into(),
            text: text.into(),
            language: "fr".into(),
            language_confidence: 1.0,
            kind: DocKind::News,
            published: None,
            published_precision: Default::default(),
            site: None,
            ingested_at: chrono::Utc::now(),
            duplicate_of: None,
            page: Default::default(),
        }
    }

    #[test]
    fn code_point_offsets_nesting_and_escaping() {
        // "É" and "«" are multi-byte: byte offsets would cut them.
        let text = "É « <b>Jamais</b> » a dit Apple & co.";
        let x = Extraction {
            actors: vec![dossier_core::Actor {
                id: "apple".into(),
                name: "Apple".into(),
                kind: dossier_core::ActorKind::Company,
                wikidata: None,
                mentions: vec![Mention { start: 26, end: 31, text: "Apple".into() }],
            }],
            quotes: vec![Quote {
                text: "<b>Jamais</b>".into(),
                start: 4,
                end: 17,
                speaker: Some(SpeakerRef { actor_id: Some("apple".into()), text: "Apple".into(), start: 26, end: 31, role: None, confidence: None }),
                cue: None,
                date: None,
                date_inferred: false,
                stance: Stance::Against,
                topics: vec![],
                instruments: vec![],
            }],
            ..Default::default()
        };
        let (spans, jumps) = spans(&x);
        let mut bad = spans.clone();
        bad.push(Span { start: 30, end: 999, class: "date", anchor: "x".into(), title: "x".into() });
        let html = render(&doc(text), &bad).into_string();
        assert!(html.contains("id=\"quote-0\" title=\"quote · speaker: Apple · stance: against\">&lt;b&gt;Jamais&lt;/b&gt;</mark>"), "{html}");
        assert!(html.contains("<mark class=\"hl actor\" id=\"actor-0-0\" title=\"actor: Apple\"><mark class=\"hl speaker\""), "{html}");
        assert!(html.contains("&amp; co."));
        assert!(html.contains("id=\"at-4\""));
        assert!(!html.contains("<b>"));
        assert_eq!(jumps.iter().filter(|j| j.class == "quote").count(), 1);
    }
}
