//! Timeline entries and actors of the whole store, read once per store
//! revision (the timeline of `dossier timeline` re-reads every extraction;
//! the app keeps them between requests and rebuilds when the store changes).

use crate::error::HttpError;
use dossier_store::{Store, StoreError};
use dossier_timeline::{entries, Entry, Filter};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// One timeline entry and whether it comes from a syndicated copy.
pub struct CatEntry {
    pub entry: Entry,
    pub copy: bool,
}

/// What the store says about one actor.
#[derive(Debug, Clone, Serialize)]
pub struct ActorInfo {
    pub id: String,
    pub name: String,
    pub kind: String,
    /// Every way documents name it (canonical names and mention texts).
    pub names: BTreeSet<String>,
    /// Documents (originals, not syndicated copies) that mention it.
    pub documents: u64,
    /// Timeline entries (quotes, claims, events) it takes part in.
    pub statements: u64,
    #[serde(skip)]
    pub co_mentions: HashMap<String, u64>,
}

/// A syndicated copy of a story.
#[derive(Debug, Clone, Serialize)]
pub struct StoryCopy {
    pub id: String,
    pub title: String,
    pub site: Option<String>,
    pub language: String,
}

/// Every entry and actor of the store at revision `rev`.
pub struct Catalog {
    pub rev: u64,
    /// Sorted by date (undated last).
    pub entries: Vec<CatEntry>,
    pub actors: BTreeMap<String, ActorInfo>,
    pub topics: BTreeSet<String>,
    pub instruments: BTreeSet<String>,
    /// Near-duplicate copies by the id of the story's earliest copy.
    pub copies: HashMap<String, Vec<StoryCopy>>,
}

impl Catalog {
    pub fn build(store: &Store, rev: u64) -> Result<Catalog, HttpError> {
        let all = Filter { undated: true, with_copies: true, ..Default::default() };
        let mut list: Vec<CatEntry> = Vec::new();
        let mut actors: BTreeMap<String, ActorInfo> = BTreeMap::new();
        let mut copies: HashMap<String, Vec<StoryCopy>> = HashMap::new();
        store.for_each_extraction::<StoreError>(|doc, x| {
            let copy = doc.duplicate_of.is_some();
            if let Some(original) = &doc.duplicate_of {
                copies.entry(original.clone()).or_default().push(StoryCopy {
                    id: doc.id.clone(),
                    title: doc.title.clone(),
                    site: doc.site.clone(),
                    language: doc.language.clone(),
                });
            }
            list.extend(entries(&doc, &x, &all).into_iter().map(|entry| CatEntry { entry, copy }));
            for a in &x.actors {
                let info = actors.entry(a.id.clone()).or_insert_with(|| ActorInfo {
                    id: a.id.clone(),
                    name: a.name.clone(),
                    kind: serde_json::to_value(a.kind).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default(),
                    names: BTreeSet::new(),
                    documents: 0,
                    statements: 0,
                    co_mentions: HashMap::new(),
                });
                info.names.insert(a.name.clone());
                for m in a.mentions.iter().take(20) {
                    if info.names.len() < 30 {
                        info.names.insert(m.text.trim().to_string());
                    }
                }
                if !copy {
                    info.documents += 1;
                    for other in x.actors.iter().filter(|o| o.id != a.id) {
                        *info.co_mentions.entry(other.id.clone()).or_default() += 1;
                    }
                }
            }
            Ok(())
        })?;
        for e in list.iter().filter(|e| !e.copy) {
            for id in &e.entry.actor_ids {
                if let Some(a) = actors.get_mut(id) {
                    a.statements += 1;
                }
            }
        }
        // The order of `dossier_timeline::sort`.
        list.sort_by(|a, b| {
            let (a, b) = (&a.entry, &b.entry);
            (a.date.is_none(), a.date.as_deref(), &a.doc_id, a.start).cmp(&(b.date.is_none(), b.date.as_deref(), &b.doc_id, b.start))
        });
        let topics = list.iter().flat_map(|c| c.entry.topics.iter().cloned()).collect();
        let instruments = list.iter().flat_map(|c| c.entry.instruments.iter().cloned()).collect();
        let entries = list;
        Ok(Catalog { rev, entries, actors, topics, instruments, copies })
    }

    /// Entries passing `filter` (and its `with_copies`), plus an optional
    /// case-insensitive text match on the statement or its sentence.
    pub fn select(&self, filter: &Filter, text: Option<&str>) -> Vec<&Entry> {
        let needle = text.map(str::to_lowercase).filter(|t| !t.trim().is_empty());
        self.entries
            .iter()
            .filter(|c| filter.with_copies || !c.copy)
            .map(|c| &c.entry)
            .filter(|e| filter.keeps(e))
            .filter(|e| {
                needle.as_ref().is_none_or(|n| {
                    e.text.to_lowercase().contains(n.as_str())
                        || e.context.to_lowercase().contains(n.as_str())
                        || e.actor_names.iter().any(|a| a.to_lowercase().contains(n.as_str()))
                })
            })
            .collect()
    }

    /// Whether an actor filter value (`apple`, `cook`) names any known actor.
    pub fn actor_matches(&self, want: &str) -> bool {
        let w = want.to_lowercase();
        self.actors.values().any(|a| a.id.to_lowercase() == w || a.name.to_lowercase().contains(&w))
            || self.entries.iter().any(|c| c.entry.actor_names.iter().any(|n| n.to_lowercase().contains(&w)))
    }

    /// Up to five actor ids that look like `want`, for "did you mean".
    pub fn actor_suggestions(&self, want: &str) -> Vec<String> {
        let w = want.to_lowercase();
        let stem: String = w.chars().take(3).collect();
        self.actors
            .values()
            .filter(|a| !stem.is_empty() && (a.id.contains(&stem) || a.name.to_lowercase().contains(&stem)))
            .map(|a| a.id.clone())
            .take(5)
            .collect()
    }

    /// The actors most often mentioned in the same documents as `id`.
    pub fn co_mentioned(&self, id: &str, n: usize) -> Vec<(&ActorInfo, u64)> {
        let Some(a) = self.actors.get(id) else { return Vec::new() };
        let mut v: Vec<(&ActorInfo, u64)> =
            a.co_mentions.iter().filter_map(|(other, count)| self.actors.get(other).map(|o| (o, *count))).collect();
        v.sort_by(|x, y| y.1.cmp(&x.1).then_with(|| x.0.name.cmp(&y.0.name)));
        v.truncate(n);
        v
    }
}
