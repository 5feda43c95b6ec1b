//! Resolve descriptions: which actor "la fédération", "the company's chief
//! executive", "ein Sprecher des Ministeriums" or "le quotidien" stands for —
//! the name in apposition or right after it, the actor a like description
//! first stood beside, the organisation a spokesperson speaks for, else the
//! latest compatible actor or the country last named.

use super::{compatible, ActorKey, Seen};
use crate::names::{resource_list, Candidate, Referent};
use crate::resources::Resources;
use crate::text::{Text, Token};
use dossier_core::ActorKind;
use std::collections::HashMap;

/// Resolves one document's descriptions in text order.
pub(super) struct Descriptions<'a> {
    res: &'a Resources,
    cands: &'a [Candidate],
    toks: &'a [Token],
    indefinites: &'a [String],
    spokespersons: &'a [String],
    /// A description's head noun → the actor it was first seen naming
    /// ("Le quotidien français Le Figaro" … "indique le quotidien").
    described: HashMap<String, ActorKey>,
}

impl<'a> Descriptions<'a> {
    pub(super) fn new(res: &'a Resources, cands: &'a [Candidate], text: &'a Text, lang: &str) -> Descriptions<'a> {
        Descriptions {
            res,
            cands,
            toks: &text.tokens,
            indefinites: resource_list(res, lang, |c| &c.indefinite_articles),
            spokespersons: resource_list(res, lang, |c| &c.spokesperson_nouns),
            described: HashMap::new(),
        }
    }

    /// The actor description `ci`, of one of the kinds `kinds`, refers to,
    /// given the actors seen so far (`history`) and the places named so far.
    pub(super) fn resolve(&mut self, ci: usize, kinds: &[ActorKind], history: &[Seen], places: &[usize]) -> Option<ActorKey> {
        let (res, cands, toks) = (self.res, self.cands, self.toks);
        let c = &cands[ci];
        let head = toks[c.tok_end - 1].lower.clone();
        let named = named_in_apposition(cands, ci, toks, kinds).or_else(|| named_right_after(res, cands, ci, toks, kinds));
        if let Some(k) = &named {
            self.described.entry(head.clone()).or_insert_with(|| k.clone());
        }
        let indefinite = self.indefinites.contains(&toks[c.tok_start].lower);
        // A person described by role ("le ministre de l'Intérieur") is no organisation; a spokesperson speaks for one.
        let speaks_for_organisation = !kinds.contains(&ActorKind::Person) || self.spokespersons.contains(&head);
        named
            .or_else(|| self.described.get(&head).filter(|_| !indefinite).cloned())
            .or_else(|| (!indefinite).then(|| person_titled(cands, ci, toks, &head)).flatten())
            .or_else(|| speaks_for_organisation.then(|| organisation_after(cands, ci, toks, &self.described)).flatten())
            .or_else(|| latest_compatible(res, history, kinds, &head))
            // "Le gouvernement" with no government seen yet: the country last named.
            .or_else(|| kinds.contains(&ActorKind::Government).then(|| places.last().map(|&i| ActorKey::Registry(i))).flatten())
    }
}

/// How many candidates back a title is looked for (a few news pages).
const TITLED_LOOKBACK: usize = 300;

/// "Il giudice John Paul Stevens … il giudice chiede": a description whose
/// head word stood as a title right before a person's name earlier is that
/// person (the latest one so titled, within the last [`TITLED_LOOKBACK`]
/// candidates, so that a long text stays linear).
fn person_titled(cands: &[Candidate], ci: usize, toks: &[Token], head: &str) -> Option<ActorKey> {
    cands[..ci].iter().rev().take(TITLED_LOOKBACK).find_map(|p| match &p.referent {
        Referent::Named { name, kind: ActorKind::Person } if p.tok_start > 0 && toks[p.tok_start - 1].lower == head => Some(ActorKey::Named(name.clone(), ActorKind::Person)),
        _ => None,
    })
}

/// The latest of the last four compatible actors, preferring one whose
/// names contain the description's head noun ("des Ministeriums" after
/// "Bundesinnenministerium").
fn latest_compatible(res: &Resources, history: &[Seen], kinds: &[ActorKind], head: &str) -> Option<ActorKey> {
    let head: String = head.chars().take(6).collect();
    let names_contain = |k: &ActorKey| match k {
        ActorKey::Registry(i) => {
            let a = &res.actors[*i];
            head.chars().count() >= 5 && std::iter::once(&a.name).chain(&a.aliases).any(|n| n.to_lowercase().contains(&head))
        }
        ActorKey::Named(n, _) => head.chars().count() >= 5 && n.to_lowercase().contains(&head),
    };
    let recent: Vec<&ActorKey> = history.iter().rev().map(|s| &s.key).filter(|k| compatible(res, k, kinds)).take(4).collect();
    recent.iter().find(|k| names_contain(k)).or(recent.first()).map(|k| (*k).clone())
}

/// "Le ministre du Redressement productif, Arnaud Montebourg, …", "the
/// company's chief executive, Jan Novak, said": a role description followed
/// by a comma and a person's name is that person.
fn named_in_apposition(cands: &[Candidate], ci: usize, toks: &[Token], kinds: &[ActorKind]) -> Option<ActorKey> {
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
        // Whatever kind a model gave the name: "Il portavoce dei Talibani, Dudallah,".
        Referent::Named { name, kind } if next.tok_start == comma + 1 && toks.get(next.tok_end).is_some_and(|t| t.text == ",") => Some(ActorKey::Named(name.clone(), *kind)),
        _ => None,
    }
}

/// "Le quotidien français Le Figaro", "la fédération des banques, Febelfin,":
/// a description with the actor's name right after it (a few words of
/// complement between, at most one comma, just before the name) is that
/// actor. Persons take the stricter [`named_in_apposition`].
fn named_right_after(res: &Resources, cands: &[Candidate], ci: usize, toks: &[Token], kinds: &[ActorKind]) -> Option<ActorKey> {
    let c = &cands[ci];
    let next = cands.get(ci + 1).filter(|n| n.tok_start >= c.tok_end && n.tok_start <= c.tok_end + 6)?;
    let between = &toks[c.tok_end..next.tok_start];
    let comma_at = between.iter().position(|t| t.text == ",");
    let plain = between.iter().all(|t| t.is_word || t.text == ",") && comma_at.is_none_or(|i| i + 1 == between.len());
    // Without a comma only an adjective or two stand between ("français");
    // "la fédération à une question de la RTBF" is another phrase.
    let adjectives = comma_at.is_some() || (between.len() <= 2 && !between.iter().any(|t| crate::names::is_function_word(&t.lower)));
    // After a comma the name must close the apposition.
    let closed = comma_at.is_none() || toks.get(next.tok_end).is_none_or(|t| !t.is_word);
    if !plain || !closed || !adjectives || between.iter().any(|t| t.is_capitalised()) {
        return None;
    }
    let key = match &next.referent {
        Referent::Registry(i) => ActorKey::Registry(*i),
        Referent::Named { name, kind } => ActorKey::Named(name.clone(), *kind),
        _ => return None,
    };
    compatible(res, &key, kinds).then_some(key)
}

/// "eine Sprecherin des Justizministeriums", "a spokesperson for Stagecoach
/// South", "un alto cargo del ministerio de Interior": an unnamed member of
/// an organisation named right after speaks for it.
fn organisation_after(cands: &[Candidate], ci: usize, toks: &[Token], described: &HashMap<String, ActorKey>) -> Option<ActorKey> {
    let c = &cands[ci];
    let link = toks.get(c.tok_end).is_some_and(|t| matches!(t.lower.as_str(), "des" | "der" | "de" | "du" | "of" | "for" | "del" | "della" | "dello" | "dei" | "degli" | "di" | "from" | "at" | "bei" | "von" | "vom"));
    let next = cands[ci + 1..].iter().find(|n| n.tok_start >= c.tok_end)?;
    if !link || next.tok_start > c.tok_end + 3 {
        return None;
    }
    match &next.referent {
        Referent::Registry(i) | Referent::Place(i) => Some(ActorKey::Registry(*i)),
        Referent::Named { name, kind } if *kind != ActorKind::Person => Some(ActorKey::Named(name.clone(), *kind)),
        // Whatever a model took it for: "a spokesperson for Stagecoach South" speaks for it.
        Referent::Named { name, kind } if toks[c.tok_end].lower == "for" => Some(ActorKey::Named(name.clone(), *kind)),
        // "la porte-parole de la fédération", the federation named before.
        Referent::Description(_) => described.get(&toks[next.tok_end - 1].lower).cloned(),
        _ => None,
    }
}
