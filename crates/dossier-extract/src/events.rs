//! Events: a dated sentence with actors in it. Dated statements are events
//! too ("Apple said on Friday: “…”"), but a date inside the quotation marks
//! belongs to what is said, not to the saying. Built after quotes and before
//! the actor list (event participants are actors even when they do not act
//! elsewhere).

use crate::dates::DateMention;
use crate::names::{Candidate, Referent};
use crate::quotes;
use crate::resolve::Resolver;
use crate::text::Text;
use dossier_core::Event;

/// One event per sentence with a resolved date outside quotation marks and at
/// least one actor, with the candidate indices of its participants: named
/// actors wherever they stand in the sentence (outside the quotation), places,
/// descriptions and pronouns only where they act.
pub(crate) fn events(text: &Text, dates: &[DateMention], cands: &[Candidate], resolver: &Resolver, quotes: &[quotes::Found]) -> Vec<(Event, Vec<usize>)> {
    let mut events = Vec::new();
    // One event per dated act: a sentence may date two ("voted on Friday on a deadline the court set in 2017").
    let mut seen = std::collections::HashSet::new();
    for d in dates {
        let (Some(value), Some(si)) = (&d.value, text.sentence_at(d.start)) else { continue };
        let s = text.sentences[si];
        let quoted = |start: usize, end: usize| quotes.iter().any(|q| q.start <= start && end <= q.end);
        if quoted(d.start, d.end) || !seen.insert((si, value.clone())) {
            continue;
        }
        let mut ids: Vec<String> = Vec::new();
        let mut members = Vec::new();
        for (ci, c) in cands.iter().enumerate() {
            // A model's organisation guess takes part only where it acts; names of people and known actors always.
            let named = matches!(c.referent, Referent::Registry(_) | Referent::Named { kind: dossier_core::ActorKind::Person, .. }) || (matches!(c.referent, Referent::Named { .. }) && !c.weak);
            // "He died today": a pronoun or description opening the sentence is its subject.
            let opens_sentence = c.tok_start <= s.tok_start + 1 && matches!(c.referent, Referent::Pronoun(_) | Referent::Description(_));
            if c.start >= s.start && c.end <= s.end && !quoted(c.start, c.end) && (named || resolver.acts(ci) || opens_sentence) {
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
