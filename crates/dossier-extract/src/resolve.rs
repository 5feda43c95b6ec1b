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

mod descriptions;

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

/// An actor mention the resolver has passed: what later pronouns and
/// descriptions may refer back to.
struct Seen {
    key: ActorKey,
    /// In subject position (a verb or cue follows, or a cue precedes).
    subject: bool,
    /// Sentence index.
    sentence: usize,
    /// `m` or `f` where known: the registry, a title ("Mrs", "Frau"), a given name.
    gender: Option<String>,
}

/// Demonstrative pronouns ("the latter") refer to the nearest actor, not the most salient.
fn is_demonstrative(first_word: &str) -> bool {
    matches!(first_word, "dieser" | "diese" | "dieses" | "letzterer" | "letztere" | "celui-ci" | "celle-ci" | "ce" | "cette" | "ceux-ci" | "celles-ci" | "quest" | "questi" | "questo" | "questa" | "éste" | "ésta" | "este" | "esta")
}

/// Sentences back that count towards an actor's salience.
const SALIENCE_SENTENCES: usize = 4;
/// Most mentions counted for salience (far more than four news sentences hold).
const SALIENCE_MENTIONS: usize = 200;
/// What a person gains over an organisation for "he", "elle", "er"…
const PERSON_BONUS: f64 = 60.0;
/// What the story's main person gains for "he", "elle", "er"…
const TOPIC_BONUS: f64 = 50.0;

/// The actor a pronoun of gender `g` in sentence `sentence` refers to. Within
/// the last two sentences a person outranks an organisation for personal
/// pronouns, a subject outranks a mere mention, and the nearest wins among
/// equals ("Anna Weber met the Apple team. She said …" → Anna Weber); a
/// person's known gender must agree. Further back, the nearest person that
/// agrees, else the nearest actor.
fn resolve_pronoun<'h>(res: &Resources, history: &'h [Seen], g: &str, lang: &str, sentence: usize) -> Option<&'h ActorKey> {
    let fits = |s: &&Seen| {
        let kind = kind_of(res, &s.key);
        match g {
            "m" | "f" if kind == ActorKind::Person => s.gender.as_deref().is_none_or(|x| x == g),
            // French "elle"/"il" also refer to organisations (l'entreprise → elle).
            "f" | "m" => matches!(lang, "fr" | "es" | "it"),
            _ => kind != ActorKind::Person,
        }
    };
    let personal = matches!(g, "m" | "f");
    let person = |s: &&Seen| personal && kind_of(res, &s.key) == ActorKind::Person;
    // Salience in the manner of Lappin and Leass: every mention of an actor in
    // the last sentences counts, a subject more, halving with each sentence
    // back; a chain of pronouns keeps its actor salient.
    // `usize::MAX` as the sentence: no salience, the nearest that fits.
    // Bounded, so that a text without sentence ends stays linear.
    let window: Vec<&Seen> = if sentence == usize::MAX { Vec::new() } else { history.iter().rev().take_while(|s| s.sentence + SALIENCE_SENTENCES >= sentence).take(SALIENCE_MENTIONS).collect() };
    let mut salience: HashMap<&ActorKey, f64> = HashMap::new();
    for s in &window {
        *salience.entry(&s.key).or_default() += (100.0 + if s.subject { 80.0 } else { 0.0 }) * 0.5f64.powi((sentence - s.sentence) as i32);
    }
    // The person a news story is about, the first subject of its lead, stays
    // salient however far back ("Thierry Roland s'est éteint … Dès 1976, il …").
    let topic = history.iter().take_while(|s| s.sentence <= history[0].sentence + 1).find(|s| s.subject && kind_of(res, &s.key) == ActorKind::Person);
    let topic_seen = topic.filter(|t| personal && sentence != usize::MAX && !window.iter().any(|s| s.key == t.key));
    let mut best: Option<(&Seen, f64)> = None;
    for s in window.iter().copied().chain(topic_seen).filter(fits) {
        let topic_bonus = if personal && topic.is_some_and(|t| t.key == s.key) { TOPIC_BONUS } else { 0.0 };
        let score = salience.get(&s.key).copied().unwrap_or(0.0) + topic_bonus + if person(&s) { PERSON_BONUS } else { 0.0 };
        if best.is_none_or(|(_, b)| score > b) {
            best = Some((s, score));
        }
    }
    best.map(|(s, _)| s).or_else(|| history.iter().rev().filter(fits).find(person)).or_else(|| history.iter().rev().find(fits)).map(|s| &s.key)
}

/// Gender of a detected person from a title just before the name ("Mrs",
/// "M.", "Frau", "la señora") or from the given name's usual gender.
fn person_gender(res: &Resources, toks: &[crate::Token], c: &Candidate) -> Option<String> {
    if !matches!(c.referent, Referent::Named { kind: ActorKind::Person, .. }) {
        return None;
    }
    let before = |n: usize| c.tok_start.checked_sub(n).map(|k| toks[k].lower.as_str());
    let title = if before(1) == Some(".") { before(2) } else { before(1) };
    let by_title = match title {
        Some("mr" | "m" | "monsieur" | "herr" | "herrn" | "señor" | "sr" | "signor" | "sig" | "don") => Some("m"),
        Some("mrs" | "ms" | "miss" | "mme" | "madame" | "mlle" | "frau" | "señora" | "sra" | "signora" | "doña") => Some("f"),
        _ => None,
    };
    by_title.map(str::to_string).or_else(|| res.first_names.get(toks[c.tok_start].text.as_str()).cloned())
}

/// Whether actor `key` fits a description of one of the kinds `wanted`. An
/// organisation a model found, of unknown kind, fits any organisation's
/// description; a registry organisation (a party) only its own.
fn compatible(res: &Resources, key: &ActorKey, wanted: &[ActorKind]) -> bool {
    let kind = kind_of(res, key);
    let unknown_kind = matches!(key, ActorKey::Named(_, ActorKind::Organization));
    // "A government spokesperson": a government, which the registry knows
    // by its country, never a body a model found.
    let government_only = wanted.iter().all(|w| *w == ActorKind::Government);
    wanted.contains(&kind) || (unknown_kind && !government_only && wanted.iter().any(|w| !matches!(w, ActorKind::Person)))
}

impl<'a> Resolver<'a> {
    pub(crate) fn new(res: &'a Resources, cands: &'a [Candidate], text: &Text, lang: &str) -> Resolver<'a> {
        let toks = &text.tokens;
        let aux = resource_list(res, lang, |c| &c.auxiliaries);
        let locatives = resource_list(res, lang, |c| &c.locatives);
        let mut resolved: Vec<Option<ActorKey>> = Vec::with_capacity(cands.len());
        let mut acting = Vec::with_capacity(cands.len());
        let quoted = crate::attribution::quoted_spans(text);
        let mut history: Vec<Seen> = Vec::new();
        // Registry actors of the places named so far, acting or not.
        let mut places: Vec<usize> = Vec::new();
        let mut descriptions = descriptions::Descriptions::new(res, cands, text, lang);
        for (ci, c) in cands.iter().enumerate() {
            let sentence = text.sentence_at(c.start).unwrap_or(0);
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
            // "He said Zelensky is …": the subject of a reported clause, whose
            // cue has its own subject just before it, is no main subject.
            let reported = (c.tok_start.saturating_sub(4)..c.tok_start).any(|k| {
                // Candidates are in text order: only the last few can end by the cue.
                is_cue(text, k).is_some_and(|(e, _)| e <= c.tok_start) && cands[..ci].iter().rev().take(8).any(|p| p.tok_end + 2 >= k && p.tok_end <= k)
            });
            let subject = verb_follows || coordinated || preceded_by_cue;
            let key = match &c.referent {
                Referent::Registry(i) => Some(ActorKey::Registry(*i)),
                Referent::Place(i) => (!after_locative).then_some(ActorKey::Registry(*i)),
                Referent::Named { name, kind } => Some(ActorKey::Named(name.clone(), *kind)),
                Referent::Description(kinds) => descriptions.resolve(ci, kinds, &history, &places),
                // "dieser", "celui-ci", "ce dernier": the latter, the nearest that fits.
                // "« … elle sera exploitée »": a quotation's pronouns are the speaker's own.
                Referent::Pronoun(_) if quoted.iter().any(|(a, b)| *a <= c.start && c.end <= *b) => None,
                Referent::Pronoun(g) if is_demonstrative(&toks[c.tok_start].lower) => resolve_pronoun(res, &history, g, lang, usize::MAX).cloned(),
                Referent::Pronoun(g) => resolve_pronoun(res, &history, g, lang, sentence).cloned(),
            };
            let act = match c.referent {
                Referent::Registry(_) => true,
                Referent::Named { .. } => !c.weak || subject,
                Referent::Place(_) => key.is_some() && subject,
                Referent::Description(_) | Referent::Pronoun(_) => key.is_some() && subject,
            };
            if let Some(k) = &key {
                if !matches!(c.referent, Referent::Place(_)) || act {
                    let gender = match (&c.referent, k) {
                        (_, ActorKey::Registry(i)) => res.actors[*i].gender.clone(),
                        (Referent::Named { .. }, _) => person_gender(res, toks, c),
                        _ => history.iter().rev().find(|s| s.key == *k).and_then(|s| s.gender.clone()),
                    };
                    history.push(Seen { key: k.clone(), subject: subject && !reported, sentence, gender });
                }
            }
            if let Referent::Place(i) = c.referent {
                places.push(i);
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
