//! Resolve: which actor each candidate is. Registry candidates are their
//! actor; detected names are a `ner:` actor of their own; descriptions and
//! pronouns refer back to the most recent compatible actor; places and weak
//! model names count only when they act (subject of a verb, speaker, event
//! participant). Quotes, claims and events ask the [`Resolver`] for actor ids,
//! and it builds the document's actor list last.

use crate::names::{is_cue, resource_list, Candidate, Referent};
use crate::resources::Resources;
use crate::text::Text;
use dossier_core::{Actor, ActorKind, Event, Mention};
use std::collections::HashMap;

/// Resolves candidates to actors: registry ids directly; descriptions and
/// pronouns to the most recent compatible actor; places only when they act.
pub struct Resolver<'a> {
    res: &'a Resources,
    cands: &'a [Candidate],
    /// Per candidate: the actor key it resolves to.
    resolved: Vec<Option<ActorKey>>,
    /// Per candidate: whether it is in subject/agent position.
    acting: Vec<bool>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum ActorKey {
    Registry(usize),
    Named(String, ActorKind),
}

fn kind_of(res: &Resources, key: &ActorKey) -> ActorKind {
    match key {
        ActorKey::Registry(i) => res.actors[*i].kind,
        ActorKey::Named(_, k) => *k,
    }
}

/// "Le ministre du Redressement productif, Arnaud Montebourg, …", "the
/// company's chief executive, Jan Novak, said": a role description followed
/// by a comma and a person's name is that person.
fn named_in_apposition(cands: &[Candidate], ci: usize, toks: &[crate::Token], kinds: &[ActorKind]) -> Option<ActorKey> {
    if !kinds.contains(&ActorKind::Person) {
        return None;
    }
    let c = &cands[ci];
    // The description's own complement ("du Redressement productif") runs up to the comma.
    let comma = (c.tok_end..(c.tok_end + 6).min(toks.len())).find(|&k| toks[k].text == ",")?;
    if toks[c.tok_end..comma].iter().any(|t| matches!(t.text.as_str(), "." | ";" | ":")) {
        return None;
    }
    let next = cands[ci + 1..].iter().find(|n| n.tok_start > comma)?;
    match &next.referent {
        Referent::Named { name, kind: ActorKind::Person } if next.tok_start == comma + 1 && toks.get(next.tok_end).is_some_and(|t| t.text == ",") => Some(ActorKey::Named(name.clone(), ActorKind::Person)),
        _ => None,
    }
}

fn compatible(kind: ActorKind, wanted: &[ActorKind]) -> bool {
    wanted.contains(&kind) || (kind == ActorKind::Organization && wanted.iter().any(|w| !matches!(w, ActorKind::Person)))
}

impl<'a> Resolver<'a> {
    pub(crate) fn new(res: &'a Resources, cands: &'a [Candidate], text: &Text, lang: &str) -> Resolver<'a> {
        let toks = &text.tokens;
        let aux = resource_list(res, lang, |c| &c.auxiliaries);
        let locatives = resource_list(res, lang, |c| &c.locatives);
        let mut resolved: Vec<Option<ActorKey>> = Vec::with_capacity(cands.len());
        let mut acting = Vec::with_capacity(cands.len());
        let mut history: Vec<ActorKey> = Vec::new();
        for (ci, c) in cands.iter().enumerate() {
            // Subject position: a verb (auxiliary or cue) follows within three tokens,
            // or it is coordinated with a following actor ("X et Y ont signé").
            let verb_follows = (c.tok_end..(c.tok_end + 3).min(toks.len())).any(|k| {
                aux.iter().any(|a| *a == toks[k].lower) || is_cue(text, k).is_some()
            });
            let coordinated = toks.get(c.tok_end).is_some_and(|t| matches!(t.lower.as_str(), "et" | "and" | "und" | "y" | "e"))
                && cands.get(ci + 1).is_some_and(|n| n.tok_start <= c.tok_end + 3);
            let preceded_by_cue = c.tok_start > 0 && (c.tok_start.saturating_sub(3)..c.tok_start).any(|k| is_cue(text, k).is_some_and(|(e, _)| e <= c.tok_start));
            let after_locative = (c.tok_start.saturating_sub(2)..c.tok_start).any(|k| locatives.iter().any(|l| *l == toks[k].lower))
                && !(c.tok_start >= 1 && matches!(toks[c.tok_start - 1].lower.as_str(), "entre" | "between" | "zwischen" | "por" | "par" | "by" | "von" | "da"));
            let subject = verb_follows || coordinated || preceded_by_cue;
            let key = match &c.referent {
                Referent::Registry(i) => Some(ActorKey::Registry(*i)),
                Referent::Place(i) => (!after_locative).then_some(ActorKey::Registry(*i)),
                Referent::Named { name, kind } => Some(ActorKey::Named(name.clone(), *kind)),
                Referent::Description(kinds) => {
                    // "des Ministeriums" after "Bundesinnenministerium": prefer an actor
                    // whose names contain the description's head noun.
                    let head: String = toks[c.tok_end - 1].lower.chars().take(6).collect();
                    let names_contain = |k: &ActorKey| match k {
                        ActorKey::Registry(i) => {
                            let a = &res.actors[*i];
                            head.chars().count() >= 5 && std::iter::once(&a.name).chain(&a.aliases).any(|n| n.to_lowercase().contains(&head))
                        }
                        ActorKey::Named(n, _) => head.chars().count() >= 5 && n.to_lowercase().contains(&head),
                    };
                    let compatible_recent: Vec<&ActorKey> = history.iter().rev().filter(|k| compatible(kind_of(res, k), kinds)).take(4).collect();
                    named_in_apposition(cands, ci, toks, kinds)
                        .or_else(|| compatible_recent.iter().find(|k| names_contain(k)).or(compatible_recent.first()).map(|k| (*k).clone()))
                }
                Referent::Pronoun(g) => history
                    .iter()
                    .rev()
                    .find(|k| {
                        let kind = kind_of(res, k);
                        let gender = match k {
                            ActorKey::Registry(i) => res.actors[*i].gender.clone(),
                            _ => None,
                        };
                        match g.as_str() {
                            "m" | "f" if kind == ActorKind::Person => gender.as_deref().is_none_or(|x| x == g),
                            // French "elle"/"il" also refer to organisations (l'entreprise → elle).
                            "f" | "m" => lang == "fr" || lang == "es" || lang == "it",
                            "pl" => kind != ActorKind::Person,
                            _ => kind != ActorKind::Person,
                        }
                    })
                    .cloned(),
            };
            let act = match c.referent {
                Referent::Registry(_) => true,
                Referent::Named { .. } => !c.weak || subject,
                Referent::Place(_) => key.is_some() && subject,
                Referent::Description(_) | Referent::Pronoun(_) => key.is_some() && subject,
            };
            if let Some(k) = &key {
                if !matches!(c.referent, Referent::Place(_)) || act {
                    history.push(k.clone());
                }
            }
            resolved.push(key);
            acting.push(act);
        }
        Resolver { res, cands, resolved, acting }
    }

    pub(crate) fn actor_id(&self, ci: usize) -> Option<String> {
        match self.resolved.get(ci)?.as_ref()? {
            ActorKey::Registry(i) => Some(self.res.actors[*i].id.clone()),
            ActorKey::Named(name, _) => Some(named_id(name)),
        }
    }

    pub(crate) fn acts(&self, ci: usize) -> bool {
        self.acting.get(ci).copied().unwrap_or(false)
    }

    /// The actor list: every actor with at least one acting mention or a role
    /// as speaker, claimant or event participant, with all its counted mentions.
    pub(crate) fn actors(&self, text: &Text, speakers: &[usize], events: &[(Event, Vec<usize>)]) -> Vec<Actor> {
        let mut order: Vec<ActorKey> = Vec::new();
        let mut mentions: HashMap<ActorKey, Vec<Mention>> = HashMap::new();
        let in_role = |ci: usize| speakers.contains(&ci) || events.iter().any(|(_, m)| m.contains(&ci));
        for (ci, c) in self.cands.iter().enumerate() {
            let Some(key) = self.resolved[ci].clone() else { continue };
            if !(self.acting[ci] || in_role(ci)) {
                continue;
            }
            let list = mentions.entry(key.clone()).or_default();
            if list.is_empty() {
                order.push(key.clone());
            }
            list.push(Mention { start: c.start, end: c.end, text: text.slice(c.start, c.end) });
        }
        order
            .into_iter()
            .map(|key| {
                let (id, name, kind, wikidata) = match &key {
                    ActorKey::Registry(i) => {
                        let a = &self.res.actors[*i];
                        (a.id.clone(), a.name.clone(), a.kind, a.wikidata.clone())
                    }
                    ActorKey::Named(name, kind) => (named_id(name), name.clone(), *kind, None),
                };
                Actor { id, name, kind, wikidata, mentions: mentions.remove(&key).unwrap_or_default() }
            })
            .collect()
    }
}

/// Id of an actor found by the entity detector: `ner:` + lower-case name with dashes.
fn named_id(name: &str) -> String {
    let slug: Vec<String> = name.split_whitespace().map(|w| w.to_lowercase()).collect();
    format!("ner:{}", slug.join("-"))
}
