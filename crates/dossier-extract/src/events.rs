//! Events: a dated sentence with actors in it. Dated statements are events
//! too ("Apple said on Friday: “…”"), but a date inside the quotation marks
//! belongs to what is said, not to the saying. Built after quotes and before
//! the actor list (event participants are actors even when they do not act
//! elsewhere).

use crate::dates::DateMention;
use crate::names::{Candidate, Referent};
use crate::attribution::Found;
use crate::resolve::Resolver;
use crate::text::Text;
use dossier_core::Event;

/// One event per dated act — a resolved date outside quotation marks in a
/// sentence with at least one actor — with the candidate indices of its
/// participants: named actors wherever they stand in the sentence (outside the
/// quotation), places, descriptions and pronouns only where they act.
pub(crate) fn events(text: &Text, dates: &[DateMention], cands: &[Candidate], resolver: &Resolver, quotes: &[Found]) -> Vec<(Event, Vec<usize>)> {
    let mut events = Vec::new();
    // A sentence may date two acts ("voted on Friday on a deadline the court
    // set in 2017"): one event per distinct value, participants found once.
    let mut seen = std::collections::HashSet::new();
    let mut participants: std::collections::HashMap<usize, (Vec<String>, Vec<usize>)> = std::collections::HashMap::new();
    for d in dates {
        let (Some(value), Some(si)) = (&d.value, text.sentence_at(d.start)) else { continue };
        if quotes.iter().any(|q| q.start <= d.start && d.end <= q.end) || !seen.insert((si, value.clone())) {
            continue;
        }
        let (ids, members) = participants.entry(si).or_insert_with(|| sentence_participants(text, si, cands, resolver, quotes));
        if ids.is_empty() {
            continue;
        }
        let s = text.sentences[si];
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
                actors: ids.clone(),
            },
            members.clone(),
        ));
    }
    events
}

/// The actor ids taking part in sentence `si` and their candidate indices.
fn sentence_participants(text: &Text, si: usize, cands: &[Candidate], resolver: &Resolver, quotes: &[Found]) -> (Vec<String>, Vec<usize>) {
    let s = text.sentences[si];
    let inside: Vec<&Found> = quotes.iter().filter(|q| q.start < s.end && s.start < q.end).collect();
    let quoted = |start: usize, end: usize| inside.iter().any(|q| q.start <= start && end <= q.end);
    let (mut ids, mut members, mut seen) = (Vec::new(), Vec::new(), std::collections::HashSet::new());
    for (ci, c) in cands.iter().enumerate().filter(|(_, c)| c.start >= s.start && c.end <= s.end) {
        // A model's organisation guess takes part only where it acts; names of people and known actors always.
        let named = matches!(c.referent, Referent::Registry(_) | Referent::Named { kind: dossier_core::ActorKind::Person, .. }) || (matches!(c.referent, Referent::Named { .. }) && !c.weak);
        // "He died today": a pronoun or description opening the sentence is its subject.
        let opens_sentence = c.tok_start <= s.tok_start + 1 && matches!(c.referent, Referent::Pronoun(_) | Referent::Description(_));
        if quoted(c.start, c.end) || !(named || resolver.acts(ci) || opens_sentence) {
            continue;
        }
        if let Some(id) = resolver.actor_id(ci) {
            if seen.insert(id.clone()) {
                ids.push(id);
            }
            members.push(ci);
        }
    }
    (ids, members)
}
