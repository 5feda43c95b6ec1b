//! Multilingual full-text search over Dossier documents, with tantivy.
//!
//! Each document's title and body go into the fields of its language
//! (`body_fr`, `body_de`, …, `body_other`), each with its own analyzer:
//! lower-casing, the language's stop words and Snowball stemmer, then ASCII
//! folding — stemming before folding because the French and German stemmers
//! expect accents. A query is parsed against every language field, each with
//! that field's analyzer, so one query finds matches in all languages:
//! `chiffrement` finds `chiffrées`, `Etats-Unis` finds `États-Unis`.
//!
//! # Invariants
//!
//! * The index is derived data: the store is the source of truth and
//!   [`SearchIndex::recreate`] + re-adding every document rebuilds it.
//! * Every commit records the highest store revision it contains
//!   ([`SearchIndex::indexed_rev`]), so a crash between the store commit and
//!   the index commit is repaired by re-adding the newer revisions.
//!
//! ```
//! use dossier_core::{Document, DocKind};
//! use dossier_index::{SearchIndex, SearchRequest};
//! let dir = tempfile::tempdir().unwrap();
//! let index = SearchIndex::open(dir.path()).unwrap();
//! let doc = Document { id: "d1".into(), source: "a.txt".into(), url: None,
//!     title: "Apple et Londres".into(), text: "Les données chiffrées des utilisateurs aux États-Unis.".into(),
//!     language: "fr".into(), language_confidence: 0.9, kind: DocKind::News, published: None, published_precision: Default::default(),
//!     site: None, ingested_at: chrono::Utc::now(), duplicate_of: None, page: Default::default() };
//! let mut writer = index.writer().unwrap();
//! writer.upsert(&doc).unwrap();
//! writer.commit(1).unwrap();
//! let found = index.search(&SearchRequest::new("chiffrement Etats-Unis")).unwrap();
//! assert_eq!(found.hits[0].id, "d1");
//! assert_eq!(index.indexed_rev(), 1);
//! ```

use chrono::{DateTime as ChronoDateTime, NaiveDate, Utc};
use dossier_core::{DocKind, Document};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use std::ops::Bound;
use std::path::{Path, PathBuf};
use tantivy::collector::{Count, FacetCollector, TopDocs};
use tantivy::query::{AllQuery, BooleanQuery, Occur, Query, QueryParser, RangeQuery, TermQuery};
use tantivy::schema::{
    DateOptions, Facet, FacetOptions, Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, Value,
    STORED, STRING, TEXT,
};
use tantivy::snippet::SnippetGenerator;
use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer, StopWordFilter, TextAnalyzer,
};
use tantivy::{DateTime, Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument, Term};

mod query;

/// Languages with a dedicated analyzer; everything else uses `other`.
pub const LANGUAGES: [&str; 7] = ["fr", "en", "de", "es", "it", "pt", "nl"];

/// Bumped whenever the schema or analyzers change; an index of another
/// version must be rebuilt with `dossier reindex`.
const INDEX_FORMAT: u32 = 4;

/// An index error, naming the index folder and what to do.
#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    #[error("search index {dir}: {source}")]
    Tantivy {
        dir: PathBuf,
        #[source]
        source: tantivy::TantivyError,
    },
    #[error("search index {dir} is locked by another dossier process; wait for it to finish")]
    Locked { dir: PathBuf },
    #[error("search index {dir} has format {found}, this build uses {expected}; run `dossier reindex`")]
    Format { dir: PathBuf, found: u32, expected: u32 },
    #[error("invalid query {query:?}: {reason}")]
    Query { query: String, reason: String },
    #[error("cannot create {dir}: {source}")]
    Io {
        dir: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

#[derive(Clone, Copy)]
struct LangFields {
    title: Field,
    body: Field,
}

#[derive(Clone)]
struct Fields {
    id: Field,
    title: Field,
    body: Field,
    url: Field,
    source: Field,
    site: Field,
    /// Author names, lower-cased words (`--author dupont`).
    authors: Field,
    language: Field,
    language_facet: Field,
    kind: Field,
    kind_facet: Field,
    /// Site (host without `www.`) and publication year, for facet counts.
    site_facet: Field,
    year_facet: Field,
    published: Field,
    ingested_at: Field,
    /// The id of the earliest copy of the story (the document's own id for originals).
    story: Field,
    /// Per language, in [`LANGUAGES`] order, then `other`.
    by_lang: Vec<LangFields>,
}

impl Fields {
    fn for_language(&self, lang: &str) -> LangFields {
        let i = LANGUAGES.iter().position(|l| *l == lang).unwrap_or(LANGUAGES.len());
        self.by_lang[i]
    }
}

fn analyzer_name(lang: &str) -> String {
    format!("dossier_{lang}")
}

fn build_schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let stored_text = TextOptions::default().set_stored();
    let date_opts = DateOptions::default().set_indexed().set_stored().set_fast();
    let id = b.add_text_field("id", STRING | STORED);
    let title = b.add_text_field("title", stored_text.clone());
    let body = b.add_text_field("body", stored_text.clone());
    let url = b.add_text_field("url", STRING | STORED);
    let source = b.add_text_field("source", stored_text);
    let site = b.add_text_field("site", STRING | STORED);
    let authors = b.add_text_field("authors", TEXT | STORED);
    let language = b.add_text_field("language", STRING | STORED);
    let language_facet = b.add_facet_field("language_facet", FacetOptions::default());
    let kind = b.add_text_field("kind", STRING | STORED);
    let kind_facet = b.add_facet_field("kind_facet", FacetOptions::default());
    let site_facet = b.add_facet_field("site_facet", FacetOptions::default());
    let year_facet = b.add_facet_field("year_facet", FacetOptions::default());
    let published = b.add_date_field("published", date_opts.clone());
    let ingested_at = b.add_date_field("ingested_at", date_opts);
    let story = b.add_text_field("story", STRING | STORED);
    let by_lang = LANGUAGES
        .iter()
        .chain(std::iter::once(&"other"))
        .map(|lang| {
            let indexing = TextFieldIndexing::default()
                .set_tokenizer(&analyzer_name(lang))
                .set_index_option(IndexRecordOption::WithFreqsAndPositions);
            let opts = TextOptions::default().set_indexing_options(indexing);
            LangFields {
                title: b.add_text_field(&format!("title_{lang}"), opts.clone()),
                body: b.add_text_field(&format!("body_{lang}"), opts),
            }
        })
        .collect();
    let fields = Fields {
        id,
        title,
        body,
        url,
        source,
        site,
        authors,
        language,
        language_facet,
        kind,
        kind_facet,
        site_facet,
        year_facet,
        published,
        ingested_at,
        story,
        by_lang,
    };
    (b.build(), fields)
}

fn stemmer_language(lang: &str) -> Option<Language> {
    Some(match lang {
        "fr" => Language::French,
        "en" => Language::English,
        "de" => Language::German,
        "es" => Language::Spanish,
        "it" => Language::Italian,
        "pt" => Language::Portuguese,
        "nl" => Language::Dutch,
        _ => return None,
    })
}

fn register_analyzers(index: &Index) {
    for lang in LANGUAGES {
        let Some(language) = stemmer_language(lang) else { continue };
        let stop = StopWordFilter::new(language).unwrap_or_else(|| StopWordFilter::remove(Vec::<String>::new()));
        let analyzer = TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(48))
            .filter(LowerCaser)
            .filter(stop)
            .filter(Stemmer::new(language))
            .filter(AsciiFoldingFilter)
            .build();
        index.tokenizers().register(&analyzer_name(lang), analyzer);
    }
    let neutral = TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(48))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build();
    index.tokenizers().register(&analyzer_name("other"), neutral);
}

#[derive(serde::Deserialize, Serialize)]
struct CommitPayload {
    format: u32,
    rev: u64,
}

/// An open search index.
pub struct SearchIndex {
    dir: PathBuf,
    index: Index,
    reader: IndexReader,
    fields: Fields,
}

impl SearchIndex {
    /// Open the index in `dir`, creating it when the folder is empty or absent.
    pub fn open(dir: &Path) -> Result<SearchIndex, IndexError> {
        std::fs::create_dir_all(dir).map_err(|source| IndexError::Io { dir: dir.into(), source })?;
        let (schema, fields) = build_schema();
        let tv = |source| IndexError::Tantivy { dir: dir.into(), source };
        let index = if dir.join("meta.json").exists() {
            let index = Index::open_in_dir(dir).map_err(tv)?;
            let found = payload(&index).map(|p| p.format).unwrap_or(INDEX_FORMAT);
            if found != INDEX_FORMAT || index.schema() != schema {
                return Err(IndexError::Format { dir: dir.into(), found, expected: INDEX_FORMAT });
            }
            index
        } else {
            Index::create_in_dir(dir, schema).map_err(tv)?
        };
        register_analyzers(&index);
        let reader = index.reader_builder().reload_policy(ReloadPolicy::Manual).try_into().map_err(tv)?;
        Ok(SearchIndex { dir: dir.into(), index, reader, fields })
    }

    /// Delete the index in `dir` and create an empty one (for `reindex`).
    pub fn recreate(dir: &Path) -> Result<SearchIndex, IndexError> {
        if dir.exists() {
            std::fs::remove_dir_all(dir).map_err(|source| IndexError::Io { dir: dir.into(), source })?;
        }
        SearchIndex::open(dir)
    }

    fn tv(&self, source: tantivy::TantivyError) -> IndexError {
        IndexError::Tantivy { dir: self.dir.clone(), source }
    }

    /// Highest store revision the last commit contains (0 when none).
    pub fn indexed_rev(&self) -> u64 {
        payload(&self.index).map(|p| p.rev).unwrap_or(0)
    }

    /// See commits made since the index was opened (by this or another process).
    pub fn reload(&self) -> Result<(), IndexError> {
        self.reader.reload().map_err(|e| self.tv(e))
    }

    /// Number of searchable documents.
    pub fn num_docs(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    /// Disk space used by the index, in bytes.
    pub fn size_bytes(&self) -> u64 {
        std::fs::read_dir(&self.dir)
            .map(|entries| entries.filter_map(|e| e.ok()?.metadata().ok()).map(|m| m.len()).sum())
            .unwrap_or(0)
    }

    /// A writer; only one may exist at a time across processes.
    pub fn writer(&self) -> Result<IndexWriterHandle<'_>, IndexError> {
        let threads = std::thread::available_parallelism().map(|n| n.get().min(4)).unwrap_or(1);
        let writer = self.index.writer_with_num_threads(threads, 64_000_000 * threads).map_err(|e| match e {
            tantivy::TantivyError::LockFailure(..) => IndexError::Locked { dir: self.dir.clone() },
            other => self.tv(other),
        })?;
        Ok(IndexWriterHandle { index: self, writer })
    }

    /// Run a search.
    pub fn search(&self, req: &SearchRequest) -> Result<SearchResults, IndexError> {
        let f = &self.fields;
        let query_err = |reason: String| IndexError::Query { query: req.query.clone(), reason };
        let user_query: Box<dyn Query> = if req.query.trim().is_empty() || req.query.trim() == "*" {
            Box::new(AllQuery)
        } else {
            let mut default_fields = Vec::new();
            for lf in &f.by_lang {
                default_fields.push(lf.title);
                default_fields.push(lf.body);
            }
            let mut parser = QueryParser::for_index(&self.index, default_fields);
            parser.set_conjunction_by_default();
            for lf in &f.by_lang {
                parser.set_field_boost(lf.title, 2.0);
            }
            let title_fields: Vec<String> =
                LANGUAGES.iter().chain(std::iter::once(&"other")).map(|l| format!("title_{l}")).collect();
            let rewritten = query::to_tantivy(&req.query, &title_fields).map_err(query_err)?;
            parser.parse_query(&rewritten).map_err(|e| query_err(describe_query_error(&e)))?
        };
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Must, user_query)];
        let any_of = |field: Field, values: &[String]| -> Box<dyn Query> {
            let terms = values
                .iter()
                .map(|v| {
                    let q: Box<dyn Query> =
                        Box::new(TermQuery::new(Term::from_field_text(field, v), IndexRecordOption::Basic));
                    (Occur::Should, q)
                })
                .collect();
            Box::new(BooleanQuery::new(terms))
        };
        if !req.languages.is_empty() {
            clauses.push((Occur::Must, any_of(f.language, &req.languages)));
        }
        if !req.kinds.is_empty() {
            let kinds: Vec<String> = req.kinds.iter().map(|k| k.as_str().to_string()).collect();
            clauses.push((Occur::Must, any_of(f.kind, &kinds)));
        }
        if !req.sites.is_empty() {
            let sites: Vec<String> = req.sites.iter().map(|s| s.trim_start_matches("www.").to_ascii_lowercase()).collect();
            clauses.push((Occur::Must, any_of(f.site, &sites)));
        }
        if !req.authors.is_empty() {
            clauses.push((Occur::Must, author_query(f.authors, &req.authors)));
        }
        if req.from.is_some() || req.to.is_some() {
            let term = |d: NaiveDate, end_of_day: bool| {
                let secs = day_start_secs(d) + if end_of_day { 86_399 } else { 0 };
                Term::from_field_date(f.published, DateTime::from_timestamp_secs(secs))
            };
            let lower = req.from.map_or(Bound::Unbounded, |d| Bound::Included(term(d, false)));
            let upper = req.to.map_or(Bound::Unbounded, |d| Bound::Included(term(d, true)));
            clauses.push((Occur::Must, Box::new(RangeQuery::new(lower, upper))));
        }
        let query = BooleanQuery::new(clauses);

        let searcher = self.reader.searcher();
        let mut lang_facets = FacetCollector::for_field("language_facet");
        lang_facets.add_facet("/");
        let mut kind_facets = FacetCollector::for_field("kind_facet");
        kind_facets.add_facet("/");
        let mut site_facets = FacetCollector::for_field("site_facet");
        site_facets.add_facet("/");
        let mut year_facets = FacetCollector::for_field("year_facet");
        year_facets.add_facet("/");
        let facets = (lang_facets, kind_facets, site_facets, year_facets);
        let limit = req.limit.max(1);
        // Collapsing drops copies after the fact, so ask for more and page here.
        let top = if req.collapse {
            TopDocs::with_limit((req.offset + limit) * 4)
        } else {
            TopDocs::with_limit(limit).and_offset(req.offset)
        };
        let (top_docs, total, (langs, kinds, sites, years)) = match req.sort {
            Sort::Relevance => searcher.search(&query, &(top.order_by_score(), Count, facets)).map_err(|e| self.tv(e))?,
            Sort::Newest | Sort::Oldest => {
                let order = if req.sort == Sort::Newest { tantivy::Order::Desc } else { tantivy::Order::Asc };
                let by_date = top.order_by_fast_field::<DateTime>("published", order);
                let (top, total, facets) = searcher.search(&query, &(by_date, Count, facets)).map_err(|e| self.tv(e))?;
                (top.into_iter().map(|(_, address)| (0.0, address)).collect(), total, facets)
            }
        };

        let mut generators: HashMap<String, SnippetGenerator> = HashMap::new();
        let mut hits = Vec::with_capacity(top_docs.len());
        let mut stories_seen = std::collections::HashSet::new();
        let mut skipped = 0usize;
        for (score, address) in top_docs {
            let doc: TantivyDocument = searcher.doc(address).map_err(|e| self.tv(e))?;
            let text = |field: Field| doc.get_first(field).and_then(|v| v.as_str().map(str::to_string));
            let id = text(f.id).unwrap_or_default();
            let story = text(f.story).unwrap_or_else(|| id.clone());
            if req.collapse {
                if !stories_seen.insert(story.clone()) {
                    continue;
                }
                if skipped < req.offset {
                    skipped += 1;
                    continue;
                }
                if hits.len() >= limit {
                    break;
                }
            }
            let language = text(f.language).unwrap_or_else(|| "und".into());
            let body = text(f.body).unwrap_or_default();
            let generator = match generators.entry(language.clone()) {
                std::collections::hash_map::Entry::Occupied(e) => e.into_mut(),
                std::collections::hash_map::Entry::Vacant(e) => {
                    let lf = f.for_language(&language);
                    let mut g = SnippetGenerator::create(&searcher, &query, lf.body).map_err(|e| self.tv(e))?;
                    g.set_max_num_chars(req.snippet_chars);
                    e.insert(g)
                }
            };
            let snippet = Snippet::from_tantivy(&generator.snippet(&body), &body, req.snippet_chars);
            let published = doc
                .get_first(f.published)
                .and_then(|v| v.as_datetime())
                .and_then(|d| ChronoDateTime::<Utc>::from_timestamp(d.into_timestamp_secs(), 0))
                .map(|d| d.date_naive());
            hits.push(Hit {
                duplicate_of: (story != id).then_some(story),
                id,
                score,
                title: text(f.title).unwrap_or_default(),
                url: text(f.url),
                source: text(f.source).unwrap_or_default(),
                site: text(f.site),
                language,
                kind: text(f.kind).unwrap_or_default(),
                published,
                snippet,
            });
        }
        let facet_counts = |counts: tantivy::collector::FacetCounts| -> BTreeMap<String, u64> {
            counts.get("/").map(|(facet, n)| (facet_leaf(facet), n)).collect()
        };
        Ok(SearchResults {
            total: total as u64,
            hits,
            languages: facet_counts(langs),
            kinds: facet_counts(kinds),
            sites: facet_counts(sites),
            years: facet_counts(years),
        })
    }
}

fn facet_leaf(facet: &Facet) -> String {
    facet.to_path().last().map(|s| s.to_string()).unwrap_or_default()
}

fn describe_query_error(e: &tantivy::query::QueryParserError) -> String {
    use tantivy::query::QueryParserError as E;
    match e {
        E::SyntaxError(_) => {
            "cannot read this query; type words, \"phrases\", AND, OR, NOT and (groups), e.g. \"porte dérobée\" AND (Apple OR Londres)".into()
        }
        E::FieldDoesNotExist(field) => {
            format!("unknown field `{field}`; the fields are title:, site:, lang: and author:")
        }
        other => other.to_string(),
    }
}

fn day_start_secs(d: NaiveDate) -> i64 {
    d.and_hms_opt(0, 0, 0).map(|t| t.and_utc().timestamp()).unwrap_or(0)
}

fn payload(index: &Index) -> Option<CommitPayload> {
    let metas = index.load_metas().ok()?;
    serde_json::from_str(metas.payload.as_deref()?).ok()
}

/// A writer over the index; documents become visible at [`commit`](Self::commit).
pub struct IndexWriterHandle<'a> {
    index: &'a SearchIndex,
    writer: IndexWriter,
}

impl IndexWriterHandle<'_> {
    /// Add a document, replacing any earlier version with the same id.
    pub fn upsert(&mut self, doc: &Document) -> Result<(), IndexError> {
        let f = &self.index.fields;
        self.writer.delete_term(Term::from_field_text(f.id, &doc.id));
        let lf = f.for_language(&doc.language);
        let mut d = TantivyDocument::default();
        d.add_text(f.id, &doc.id);
        d.add_text(f.title, &doc.title);
        d.add_text(f.body, &doc.text);
        d.add_text(lf.title, &doc.title);
        d.add_text(lf.body, &doc.text);
        if let Some(url) = &doc.url {
            d.add_text(f.url, url);
        }
        d.add_text(f.source, &doc.source);
        if let Some(site) = &doc.site {
            d.add_text(f.site, site);
        }
        for author in &doc.page.authors {
            d.add_text(f.authors, author);
        }
        d.add_text(f.language, &doc.language);
        d.add_facet(f.language_facet, Facet::from_path([doc.language.as_str()]));
        d.add_text(f.kind, doc.kind.as_str());
        d.add_facet(f.kind_facet, Facet::from_path([doc.kind.as_str()]));
        if let Some(site) = &doc.site {
            d.add_facet(f.site_facet, Facet::from_path([site.as_str()]));
        }
        if let Some(p) = doc.published {
            d.add_facet(f.year_facet, Facet::from_path([p.format("%Y").to_string()]));
        }
        if let Some(p) = doc.published {
            d.add_date(f.published, DateTime::from_timestamp_secs(day_start_secs(p)));
        }
        d.add_date(f.ingested_at, DateTime::from_timestamp_secs(doc.ingested_at.timestamp()));
        d.add_text(f.story, doc.duplicate_of.as_deref().unwrap_or(&doc.id));
        self.writer.add_document(d).map_err(|e| self.index.tv(e))?;
        Ok(())
    }

    /// Make everything added so far durable and searchable, recording that the
    /// index now holds store revisions up to `rev`.
    pub fn commit(&mut self, rev: u64) -> Result<(), IndexError> {
        let payload = serde_json::to_string(&CommitPayload { format: INDEX_FORMAT, rev }).unwrap_or_default();
        let mut prepared = self.writer.prepare_commit().map_err(|e| self.index.tv(e))?;
        prepared.set_payload(&payload);
        prepared.commit().map_err(|e| self.index.tv(e))?;
        self.index.reader.reload().map_err(|e| self.index.tv(e))?;
        Ok(())
    }
}

/// Any of `names`, each as all of its lower-cased words in the authors field.
fn author_query(field: Field, names: &[String]) -> Box<dyn Query> {
    let any: Vec<(Occur, Box<dyn Query>)> = names
        .iter()
        .map(|name| {
            let words: Vec<(Occur, Box<dyn Query>)> = name
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(|w| {
                    let q: Box<dyn Query> = Box::new(TermQuery::new(Term::from_field_text(field, &w.to_lowercase()), IndexRecordOption::Basic));
                    (Occur::Must, q)
                })
                .collect();
            let q: Box<dyn Query> = Box::new(BooleanQuery::new(words));
            (Occur::Should, q)
        })
        .collect();
    Box::new(BooleanQuery::new(any))
}

/// A search, with filters and paging.
#[derive(Debug, Clone)]
pub struct SearchRequest {
    /// Query as a person types it: words (all required; apostrophes belong to
    /// words), `"phrases"`, `AND`, `OR`, `NOT`/`-`, parentheses, and the
    /// fields `title:`, `site:`, `lang:`, `author:` (any other `word:` is
    /// words). See the `query` module.
    pub query: String,
    pub languages: Vec<String>,
    pub kinds: Vec<DocKind>,
    pub sites: Vec<String>,
    /// Author names or parts of them (`dupont`, `Marie Dupont`): a document
    /// matches when one of its authors has every word of one of these.
    pub authors: Vec<String>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub limit: usize,
    pub offset: usize,
    /// Maximum snippet length in characters.
    pub snippet_chars: usize,
    /// Show one hit per story: near-duplicate copies of a higher-ranked hit are dropped.
    pub collapse: bool,
    /// Order of the hits.
    pub sort: Sort,
}

/// Order of search hits.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Sort {
    /// Best match first.
    #[default]
    Relevance,
    /// Latest publication date first (undated last).
    Newest,
    /// Earliest publication date first.
    Oldest,
}

impl SearchRequest {
    pub fn new(query: &str) -> SearchRequest {
        SearchRequest {
            query: query.to_string(),
            languages: Vec::new(),
            kinds: Vec::new(),
            sites: Vec::new(),
            authors: Vec::new(),
            from: None,
            to: None,
            limit: 10,
            offset: 0,
            snippet_chars: 220,
            collapse: false,
            sort: Sort::Relevance,
        }
    }
}

/// Search results: one page of hits, the total and facet counts over all matches.
#[derive(Debug, Clone, Serialize)]
pub struct SearchResults {
    pub total: u64,
    pub hits: Vec<Hit>,
    /// Matching documents per language code.
    pub languages: BTreeMap<String, u64>,
    /// Matching documents per kind (`news`, `legal`).
    pub kinds: BTreeMap<String, u64>,
    /// Matching documents per site (host without `www.`).
    pub sites: BTreeMap<String, u64>,
    /// Matching documents per publication year.
    pub years: BTreeMap<String, u64>,
}

/// One matching document.
#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    pub id: String,
    pub score: f32,
    pub title: String,
    pub url: Option<String>,
    pub source: String,
    pub site: Option<String>,
    pub language: String,
    pub kind: String,
    pub published: Option<NaiveDate>,
    /// Id of the earliest copy when this document is a syndicated near-duplicate.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duplicate_of: Option<String>,
    pub snippet: Snippet,
}

/// A passage of the body around the best matches.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Snippet {
    pub text: String,
    /// Code-point offsets of the passage in the document's clean text.
    pub start: usize,
    pub end: usize,
    /// Highlighted ranges as code-point `[start, end)` offsets into `text`.
    pub highlights: Vec<[usize; 2]>,
}

impl Snippet {
    fn from_tantivy(s: &tantivy::snippet::Snippet, body: &str, max_chars: usize) -> Snippet {
        if s.is_empty() {
            // Match in the title only: show the opening of the text.
            let text: String = body.chars().take(max_chars).collect();
            let end = text.chars().count();
            return Snippet { text, start: 0, end, highlights: Vec::new() };
        }
        let fragment = s.fragment();
        let range = s.fragment_range();
        let chars_before = |byte: usize, within: &str| within.get(..byte).map(|p| p.chars().count()).unwrap_or(0);
        let start = chars_before(range.start, body);
        let highlights = s
            .highlighted()
            .iter()
            .map(|r| [chars_before(r.start, fragment), chars_before(r.end, fragment)])
            .collect();
        Snippet { text: fragment.to_string(), start, end: start + fragment.chars().count(), highlights }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(id: &str, lang: &str, title: &str, text: &str, published: Option<(i32, u32, u32)>) -> Document {
        Document {
            id: id.into(),
            source: format!("{id}.txt"),
            url: Some(format!("https://www.{id}.example/a")),
            title: title.into(),
            text: text.into(),
            language: lang.into(),
            language_confidence: 0.9,
            kind: if id.starts_with("law") { DocKind::Legal } else { DocKind::News },
            published: published.and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d)),
            published_precision: Default::default(),
            site: Some(format!("{id}.example")),
            ingested_at: Utc::now(),
            duplicate_of: None,
            page: dossier_core::PageMeta { authors: vec![format!("Ana {id}-Writer")], ..Default::default() },
        }
    }

    fn fixture() -> (tempfile::TempDir, SearchIndex) {
        let dir = tempfile::tempdir().unwrap();
        let index = SearchIndex::open(dir.path()).unwrap();
        let mut w = index.writer().unwrap();
        w.upsert(&doc("fr1", "fr", "Apple et Londres", "Créer une porte dérobée (backdoor) pour accéder aux données chiffrées des États-Unis.", Some((2025, 2, 21)))).unwrap();
        w.upsert(&doc("en1", "en", "Encryption fight", "The Home Office demands a backdoor into encrypted iCloud data.", Some((2024, 5, 1)))).unwrap();
        w.upsert(&doc("de1", "de", "Verschlüsselung", "Die Bundesregierung lehnt eine Hintertür in verschlüsselten Diensten ab.", None)).unwrap();
        w.upsert(&doc("law1", "fr", "Code pénal", "Article 434-15-2 : refus de remettre la convention secrète de déchiffrement.", None)).unwrap();
        w.commit(4).unwrap();
        drop(w);
        (dir, index)
    }

    fn ids(index: &SearchIndex, req: &SearchRequest) -> Vec<String> {
        index.search(req).unwrap().hits.into_iter().map(|h| h.id).collect()
    }

    #[test]
    fn stemming_and_folding_cross_forms() {
        let (_d, index) = fixture();
        assert_eq!(ids(&index, &SearchRequest::new("chiffrement")), vec!["fr1"]);
        assert_eq!(ids(&index, &SearchRequest::new("Etats-Unis")), vec!["fr1"]);
        assert_eq!(ids(&index, &SearchRequest::new("verschlüsselt")), vec!["de1"]);
        let mut both = ids(&index, &SearchRequest::new("backdoor"));
        both.sort();
        assert_eq!(both, vec!["en1", "fr1"]);
    }

    #[test]
    fn phrases_booleans_and_filters() {
        let (_d, index) = fixture();
        assert_eq!(ids(&index, &SearchRequest::new("\"porte dérobée\"")), vec!["fr1"]);
        assert!(ids(&index, &SearchRequest::new("\"dérobée porte\"")).is_empty());
        assert_eq!(ids(&index, &SearchRequest::new("backdoor AND NOT icloud")), vec!["fr1"]);
        let mut either = ids(&index, &SearchRequest::new("Hintertür OR déchiffrement"));
        either.sort();
        assert_eq!(either, vec!["de1", "law1"]);
        let mut req = SearchRequest::new("backdoor");
        req.languages = vec!["en".into()];
        assert_eq!(ids(&index, &req), vec!["en1"]);
        let mut req = SearchRequest::new("*");
        req.from = NaiveDate::from_ymd_opt(2025, 1, 1);
        assert_eq!(ids(&index, &req), vec!["fr1"]);
        let mut req = SearchRequest::new("*");
        req.kinds = vec![DocKind::Legal];
        assert_eq!(ids(&index, &req), vec!["law1"]);
        let mut req = SearchRequest::new("*");
        req.sites = vec!["www.de1.example".into()];
        assert_eq!(ids(&index, &req), vec!["de1"]);
        let mut req = SearchRequest::new("*");
        req.authors = vec!["DE1 writer".into()];
        assert_eq!(ids(&index, &req), vec!["de1"]);
        req.authors = vec!["fr1-writer".into(), "law1 Writer".into()];
        assert_eq!(ids(&index, &req).len(), 2);
        req.authors = vec!["nobody".into()];
        assert!(ids(&index, &req).is_empty());
    }

    #[test]
    fn snippets_highlight_in_code_points_and_facets_count() {
        let (_d, index) = fixture();
        let res = index.search(&SearchRequest::new("dérobée")).unwrap();
        let s = &res.hits[0].snippet;
        let [a, b] = s.highlights[0];
        let highlighted: String = s.text.chars().skip(a).take(b - a).collect();
        assert_eq!(highlighted, "dérobée");
        let all = index.search(&SearchRequest::new("*")).unwrap();
        assert_eq!(all.total, 4);
        assert_eq!(all.languages.get("fr"), Some(&2));
        assert_eq!(all.kinds.get("legal"), Some(&1));
        assert_eq!(all.sites.get("en1.example"), Some(&1));
        assert_eq!(all.years.get("2025"), Some(&1));
        let mut newest = SearchRequest::new("*");
        newest.sort = Sort::Newest;
        assert_eq!(ids(&index, &newest)[..2], ["fr1", "en1"]);
        newest.sort = Sort::Oldest;
        let oldest = ids(&index, &newest);
        let at = |id: &str| oldest.iter().position(|x| x == id);
        assert!(at("en1") < at("fr1"), "{oldest:?}");
    }

    #[test]
    fn queries_as_people_type_them() {
        let dir = tempfile::tempdir().unwrap();
        let index = SearchIndex::open(dir.path()).unwrap();
        let mut w = index.writer().unwrap();
        w.upsert(&doc("fr2", "fr", "Chat Control : le vote", "Aujourd'hui l'entreprise refuse la porte dérobée.", None)).unwrap();
        w.upsert(&doc("en2", "en", "Apple's answer", "Apple's lawyers said the Chat Control vote was delayed.", None)).unwrap();
        w.upsert(&doc("de2", "de", "Hintertür", "Die Regierung will keine Hintertür.", None)).unwrap();
        w.commit(3).unwrap();
        drop(w);
        let sorted = |q: &str| {
            let mut v = ids(&index, &SearchRequest::new(q));
            v.sort();
            v
        };
        assert_eq!(sorted("l'entreprise"), vec!["fr2"]);
        assert_eq!(sorted("aujourd'hui"), vec!["fr2"]);
        assert_eq!(sorted("Apple's"), vec!["en2"]);
        assert_eq!(sorted("l’entreprise"), vec!["fr2"], "typographic apostrophe");
        assert_eq!(sorted("Chat Control: vote"), vec!["en2", "fr2"]);
        assert_eq!(sorted("NOT Apple"), vec!["de2", "fr2"]);
        assert_eq!(sorted("-Hintertür"), vec!["en2", "fr2"]);
        assert_eq!(sorted("-Hintertür vote"), vec!["en2", "fr2"]);
        assert_eq!(sorted("title:Apple"), vec!["en2"]);
        assert_eq!(sorted("title:\"chat control\" -title:apple"), vec!["fr2"]);
        assert_eq!(sorted("site:www.de2.example"), vec!["de2"]);
        assert_eq!(sorted("lang:fr,de"), vec!["de2", "fr2"]);
        assert_eq!(sorted("author:en2-writer"), vec!["en2"]);
        assert_eq!(sorted("(vote OR Hintertür"), vec!["de2", "en2", "fr2"]);
        assert_eq!(sorted("vote AND OR"), vec!["en2", "fr2"]);
        for bad in ["actor:apple", "\"porte", "()"] {
            let err = index.search(&SearchRequest::new(bad)).err().unwrap().to_string();
            assert!(!err.contains("Syntax") && !err.contains("Error("), "{bad}: {err}");
            assert!(err.contains("type") || err.contains("close") || err.contains("search the name"), "{bad}: {err}");
        }
    }

    #[test]
    fn upsert_replaces_and_bad_query_is_an_error() {
        let (_d, index) = fixture();
        let mut w = index.writer().unwrap();
        w.upsert(&doc("en1", "en", "Encryption fight", "Nothing about doors now.", None)).unwrap();
        w.commit(5).unwrap();
        assert!(ids(&index, &SearchRequest::new("icloud")).is_empty());
        assert_eq!(index.num_docs(), 4);
        assert_eq!(index.indexed_rev(), 5);
        let err = index.search(&SearchRequest::new("\"porte dérobée")).err().unwrap().to_string();
        assert!(err.contains("invalid query"), "{err}");
    }
}
