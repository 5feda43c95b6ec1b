//! Events: a dated sentence in which actors act. Built after quotes (a
//! sentence carrying a quote reports speech, so its date dates the quote) and
//! before the actor list (event participants are actors even when they do
//! not act elsewhere).

use crate::dates::DateMention;
use crate::names::Candidate;
use crate::quotes;
use crate::resolve::Resolver;
use crate::text::Text;
use dossier_core::Event;

/// One event per sentence with a resolved date and at least one acting actor,
/// with the candidate indices of its participants.
pub(crate) fn events(text: &Text, dates: &[DateMention], cands: &[Candidate], resolver: &Resolver, quotes: &[quotes::Found]) -> Vec<(Event, Vec<usize>)> {
    let mut events = Vec::new();
    let mut seen_sentences = std::collections::HashSet::new();
    for d in dates {
        let (Some(value), Some(si)) = (&d.value, text.sentence_at(d.start)) else { continue };
        let s = text.sentences[si];
        // A sentence carrying a quote reports speech; its date dates the quote, not an event.
        if quotes.iter().any(|q| q.start < s.end && s.start < q.end) || !seen_sentences.insert(si) {
            continue;
        }
        let mut ids: Vec<String> = Vec::new();
        let mut members = Vec::new();
        for (ci, c) in cands.iter().enumerate() {
            if c.start >= s.start && c.end <= s.end && resolver.acts(ci) {
                if let Some(id) = resolver.actor_id(ci) {
                    if !ids.contains(&id) {
                        ids.push(id);
                    }
                    members.push(ci);
                }
            }
        }
        if ids.is_empty() {
            continue;
        }
        let (start, end) = text.trim_span(s.start, s.end);
        events.push((
            Event {
                date: value.clone(),
                precision: d.precision,
                approximate: d.approximate,
                date_text: d.text.clone(),
                date_start: d.start,
                date_end: d.end,
                text: text.slice(start, end),
                start,
                end,
                actors: ids,
            },
            members,
        ));
    }
    events
}
