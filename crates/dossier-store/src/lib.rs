//! The durable store of Dossier: one SQLite database holding documents and
//! their extractions. It is the source of truth; the search index is derived
//! from it and can be rebuilt at any time.
//!
//! # Invariants
//!
//! * Every write happens inside one transaction per batch, in WAL mode, so a
//!   crash (even `kill -9`) leaves every committed batch intact and the file
//!   openable; an interrupted batch is rolled back as a whole.
//! * Each insert or change of a document takes a new, strictly increasing
//!   `rev`. The index records the highest `rev` it holds, so it can catch up
//!   with [`Store::for_each_since`] after a crash between the two commits.
//! * A document id is unique: re-ingesting updates the row, never duplicates it.
//!
//! ```
//! use dossier_core::{Document, DocKind, Extraction};
//! use dossier_store::{Store, Upsert};
//! let dir = tempfile::tempdir().unwrap();
//! let mut store = Store::open(&dir.path().join("dossier.sqlite")).unwrap();
//! let doc = Document { id: "d1".into(), source: "a.txt".into(), url: None, title: "T".into(),
//!     text: "Texte".into(), language: "fr".into(), language_confidence: 0.9, kind: DocKind::News,
//!     published: None, published_precision: Default::default(), site: None, ingested_at: chrono::Utc::now(), duplicate_of: None, page: Default::default() };
//! let first = store.upsert_batch(&mut [(doc.clone(), Extraction::default())], "v1").unwrap();
//! let again = store.upsert_batch(&mut [(doc, Extraction::default())], "v1").unwrap();
//! assert_eq!((first[0], again[0]), (Upsert::Inserted, Upsert::Unchanged));
//! assert_eq!(store.count().unwrap(), 1);
//! ```

use chrono::{DateTime, Utc};
use dossier_core::{DocKind, Document, Extraction, PageMeta};
use rusqlite::{params, Connection, OptionalExtension};
use std::path::{Path, PathBuf};

/// A store error, naming the database file.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("store {path}: {source}")]
    Sqlite {
        path: PathBuf,
        #[source]
        source: rusqlite::Error,
    },
    #[error("store {path}: document {id} has unreadable data ({reason}); run `dossier reindex` after re-ingesting it")]
    Corrupt { path: PathBuf, id: String, reason: String },
    #[error("store {path} was written by a newer Dossier (schema {found}, this build knows {known}); upgrade Dossier")]
    NewerSchema { path: PathBuf, found: i64, known: i64 },
}

/// What an upsert did to one document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Upsert {
    Inserted,
    Updated,
    Unchanged,
}

const SCHEMA_VERSION: i64 = 3;

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY,
    rev INTEGER NOT NULL UNIQUE,
    content_hash TEXT NOT NULL,
    source TEXT NOT NULL,
    url TEXT,
    title TEXT NOT NULL,
    text TEXT NOT NULL,
    language TEXT NOT NULL,
    language_confidence REAL NOT NULL,
    kind TEXT NOT NULL,
    published TEXT,
    site TEXT,
    ingested_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    duplicate_of TEXT,
    page TEXT
);
CREATE TABLE IF NOT EXISTS minhash (
    doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    signature BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS minhash_band (
    band INTEGER NOT NULL,
    hash INTEGER NOT NULL,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS minhash_band_key ON minhash_band(band, hash, doc_id);
CREATE INDEX IF NOT EXISTS minhash_band_doc ON minhash_band(doc_id);
CREATE TABLE IF NOT EXISTS extractions (
    doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    extractor TEXT NOT NULL,
    json TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_published ON documents(published);

CREATE TABLE IF NOT EXISTS fetches (
    url TEXT PRIMARY KEY,
    final_url TEXT NOT NULL,
    status INTEGER NOT NULL,
    etag TEXT,
    last_modified TEXT,
    fetched_at TEXT NOT NULL
);
";

/// An open store.
pub struct Store {
    conn: Connection,
    path: PathBuf,
}

impl Store {
    /// Open (creating if needed) the database at `path`.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        let err = |source| StoreError::Sqlite { path: path.to_path_buf(), source };
        let conn = Connection::open(path).map_err(err)?;
        conn.busy_timeout(std::time::Duration::from_secs(30)).map_err(err)?;
        // WAL + NORMAL: a committed transaction survives a process crash.
        conn.pragma_update(None, "journal_mode", "WAL").map_err(err)?;
        conn.pragma_update(None, "synchronous", "NORMAL").map_err(err)?;
        conn.pragma_update(None, "foreign_keys", "ON").map_err(err)?;
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0)).map_err(err)?;
        if version > SCHEMA_VERSION {
            return Err(StoreError::NewerSchema { path: path.to_path_buf(), found: version, known: SCHEMA_VERSION });
        }
        // Migration and version bump in one transaction: a crash leaves either
        // the old schema or the new one, never a half-upgraded file.
        let mut upgrade = String::from("BEGIN IMMEDIATE;");
        if version == 1 {
            // Version 2 added near-duplicate links; old rows get their
            // fingerprints when re-ingested.
            upgrade.push_str("ALTER TABLE documents ADD COLUMN duplicate_of TEXT;");
        }
        if (1..=2).contains(&version) {
            // Version 3 keeps page metadata (authors, site name, tags) as JSON.
            upgrade.push_str("ALTER TABLE documents ADD COLUMN page TEXT;");
        }
        upgrade.push_str(SCHEMA);
        upgrade.push_str(&format!("PRAGMA user_version = {SCHEMA_VERSION}; COMMIT;"));
        if version < SCHEMA_VERSION || version == 0 {
            conn.execute_batch(&upgrade).map_err(err)?;
        }
        Ok(Store { conn, path: path.to_path_buf() })
    }

    /// Open an existing store for reading only (`dossier serve`): SQLite
    /// refuses every write on this connection. The schema must be the one
    /// this build writes; open it once with [`Store::open`] to upgrade it.
    pub fn open_read_only(path: &Path) -> Result<Store, StoreError> {
        let err = |source| StoreError::Sqlite { path: path.to_path_buf(), source };
        let flags = rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags).map_err(err)?;
        conn.busy_timeout(std::time::Duration::from_secs(30)).map_err(err)?;
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0)).map_err(err)?;
        if version > SCHEMA_VERSION {
            return Err(StoreError::NewerSchema { path: path.to_path_buf(), found: version, known: SCHEMA_VERSION });
        }
        Ok(Store { conn, path: path.to_path_buf() })
    }

    fn err(&self, source: rusqlite::Error) -> StoreError {
        StoreError::Sqlite { path: self.path.clone(), source }
    }

    /// Insert or update documents and their extractions in one transaction.
    /// `extractor` names the extractor version; a changed version rewrites the
    /// extraction even when the document is unchanged (reported as `Updated`).
    ///
    /// Each new or changed document is fingerprinted ([`dossier_core::minhash`]);
    /// when a stored document shares at least 70% of its word 3-grams, the new
    /// one is linked to the earliest copy of that story (`duplicate_of` is set
    /// on it in `items`).
    pub fn upsert_batch(&mut self, items: &mut [(Document, Extraction)], extractor: &str) -> Result<Vec<Upsert>, StoreError> {
        let path = self.path.clone();
        let err = |source| StoreError::Sqlite { path: path.clone(), source };
        let tx = self.conn.transaction().map_err(err)?;
        let mut outcomes = Vec::with_capacity(items.len());
        {
            let mut next_rev: i64 =
                tx.query_row("SELECT COALESCE(MAX(rev), 0) + 1 FROM documents", [], |r| r.get(0)).map_err(err)?;
            let mut find = tx
                .prepare_cached(
                    "SELECT d.content_hash, e.extractor FROM documents d LEFT JOIN extractions e ON e.doc_id = d.id WHERE d.id = ?1",
                )
                .map_err(err)?;
            let mut put_doc = tx
                .prepare_cached(
                    "INSERT INTO documents (id, rev, content_hash, source, url, title, text, language, language_confidence,
                        kind, published, site, ingested_at, updated_at, duplicate_of, page)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?13, ?14, ?15)
                     ON CONFLICT(id) DO UPDATE SET rev = excluded.rev, content_hash = excluded.content_hash,
                        source = excluded.source, url = excluded.url, title = excluded.title, text = excluded.text,
                        language = excluded.language, language_confidence = excluded.language_confidence,
                        kind = excluded.kind, published = excluded.published, site = excluded.site,
                        updated_at = excluded.updated_at, duplicate_of = excluded.duplicate_of, page = excluded.page",
                )
                .map_err(err)?;
            let mut candidates =
                tx.prepare_cached("SELECT doc_id FROM minhash_band WHERE band = ?1 AND hash = ?2 AND doc_id != ?3 LIMIT 16").map_err(err)?;
            let mut signature_of = tx.prepare_cached("SELECT signature FROM minhash WHERE doc_id = ?1").map_err(err)?;
            let mut story_of = tx
                .prepare_cached("SELECT COALESCE(duplicate_of, id), published, ingested_at FROM documents WHERE id = ?1")
                .map_err(err)?;
            let mut put_extraction = tx
                .prepare_cached(
                    "INSERT INTO extractions (doc_id, extractor, json) VALUES (?1, ?2, ?3)
                     ON CONFLICT(doc_id) DO UPDATE SET extractor = excluded.extractor, json = excluded.json",
                )
                .map_err(err)?;
            let mut clear_bands = tx.prepare_cached("DELETE FROM minhash_band WHERE doc_id = ?1").map_err(err)?;
            let mut put_band = tx.prepare_cached("INSERT INTO minhash_band (band, hash, doc_id) VALUES (?1, ?2, ?3)").map_err(err)?;
            let mut put_signature = tx
                .prepare_cached("INSERT INTO minhash (doc_id, signature) VALUES (?1, ?2) ON CONFLICT(doc_id) DO UPDATE SET signature = excluded.signature")
                .map_err(err)?;
            for (doc, extraction) in items.iter_mut() {
                let hash = doc.content_hash();
                let existing: Option<(String, Option<String>)> =
                    find.query_row([&doc.id], |r| Ok((r.get(0)?, r.get(1)?))).optional().map_err(err)?;
                let outcome = match &existing {
                    None => Upsert::Inserted,
                    Some((h, Some(x))) if *h == hash && x == extractor => Upsert::Unchanged,
                    Some(_) => Upsert::Updated,
                };
                if outcome != Upsert::Unchanged {
                    let signature = dossier_core::minhash(&doc.text);
                    doc.duplicate_of = None;
                    if let Some(sig) = &signature {
                        // The earliest copy (by publication, then ingestion) among similar documents.
                        let mut best: Option<(String, String, String)> = None;
                        // Bounded per band: boilerplate-heavy corpora can make one bucket
                        // huge, and a handful of earlier copies is enough to find the story.
                        let mut seen: Vec<String> = Vec::new();
                        for (band, hash) in dossier_core::minhash_bands(sig) {
                            let ids: Vec<String> =
                                candidates.query_map(params![band, hash, doc.id], |r| r.get(0)).map_err(err)?.collect::<Result<_, _>>().map_err(err)?;
                            for other_id in ids {
                                if seen.contains(&other_id) {
                                    continue;
                                }
                                seen.push(other_id.clone());
                                let blob: Option<Vec<u8>> = signature_of.query_row([&other_id], |r| r.get(0)).optional().map_err(err)?;
                                let similar = blob.as_deref().and_then(signature_from_blob).is_some_and(|o| dossier_core::minhash_similarity(sig, &o) >= 0.7);
                                if !similar {
                                    continue;
                                }
                                let (root, published, ingested): (String, Option<String>, String) =
                                    story_of.query_row([&other_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?))).map_err(err)?;
                                if root == doc.id {
                                    continue;
                                }
                                let key = (published.unwrap_or_else(|| "9999".into()), ingested);
                                // Only an earlier copy can be the original; a later one stays
                                // linked to whatever it was linked to (relinking is future work).
                                let this = (doc.published_label().unwrap_or_else(|| "9999".into()), doc.ingested_at.to_rfc3339());
                                if key > this {
                                    continue;
                                }
                                if best.as_ref().is_none_or(|(p, i, _)| key < (p.clone(), i.clone())) {
                                    best = Some((key.0, key.1, root));
                                }
                            }
                        }
                        doc.duplicate_of = best.map(|(_, _, root)| root);
                    }
                    put_doc
                        .execute(params![
                            doc.id,
                            next_rev,
                            hash,
                            doc.source,
                            doc.url,
                            doc.title,
                            doc.text,
                            doc.language,
                            doc.language_confidence,
                            doc.kind.as_str(),
                            doc.published_label(),
                            doc.site,
                            doc.ingested_at.to_rfc3339(),
                            doc.duplicate_of,
                            page_json(&doc.page),
                        ])
                        .map_err(err)?;
                    clear_bands.execute([&doc.id]).map_err(err)?;
                    if let Some(sig) = &signature {
                        let blob: Vec<u8> = sig.iter().flat_map(|v| v.to_le_bytes()).collect();
                        put_signature.execute(params![doc.id, blob]).map_err(err)?;
                        for (band, hash) in dossier_core::minhash_bands(sig) {
                            put_band.execute(params![band, hash, doc.id]).map_err(err)?;
                        }
                    }
                    next_rev += 1;
                    let json = serde_json::to_string(extraction).unwrap_or_else(|_| "{}".into());
                    put_extraction.execute(params![doc.id, extractor, json]).map_err(err)?;
                }
                outcomes.push(outcome);
            }
        }
        tx.commit().map_err(err)?;
        Ok(outcomes)
    }

    /// Number of documents.
    pub fn count(&self) -> Result<u64, StoreError> {
        self.conn.query_row("SELECT COUNT(*) FROM documents", [], |r| r.get::<_, i64>(0)).map(|n| n as u64).map_err(|e| self.err(e))
    }

    /// Highest revision in the store (0 when empty).
    pub fn max_rev(&self) -> Result<u64, StoreError> {
        self.conn
            .query_row("SELECT COALESCE(MAX(rev), 0) FROM documents", [], |r| r.get::<_, i64>(0))
            .map(|n| n as u64)
            .map_err(|e| self.err(e))
    }

    /// Document counts per language and per kind.
    pub fn counts_by(&self, column: CountColumn) -> Result<Vec<(String, u64)>, StoreError> {
        let sql = match column {
            CountColumn::Language => "SELECT language, COUNT(*) FROM documents GROUP BY language ORDER BY 2 DESC, 1",
            CountColumn::Kind => "SELECT kind, COUNT(*) FROM documents GROUP BY kind ORDER BY 2 DESC, 1",
        };
        let mut stmt = self.conn.prepare(sql).map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)? as u64)))
            .map_err(|e| self.err(e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.err(e))
    }

    /// One document by id.
    pub fn get(&self, id: &str) -> Result<Option<Document>, StoreError> {
        let sql = format!("SELECT {DOC_COLUMNS} FROM documents WHERE id = ?1");
        let row = self.conn.query_row(&sql, [id], row_to_raw).optional().map_err(|e| self.err(e))?;
        row.map(|raw| self.finish(raw)).transpose()
    }

    /// The stored extraction of a document.
    pub fn extraction(&self, id: &str) -> Result<Option<Extraction>, StoreError> {
        let json: Option<String> = self
            .conn
            .query_row("SELECT json FROM extractions WHERE doc_id = ?1", [id], |r| r.get(0))
            .optional()
            .map_err(|e| self.err(e))?;
        json.map(|j| {
            serde_json::from_str(&j).map_err(|e| StoreError::Corrupt { path: self.path.clone(), id: id.into(), reason: e.to_string() })
        })
        .transpose()
    }

    /// Call `f` with every document whose revision is above `rev`, in revision
    /// order, streaming (the store is never loaded whole into memory).
    pub fn for_each_since<E: From<StoreError>>(
        &self,
        rev: u64,
        mut f: impl FnMut(u64, Document) -> Result<(), E>,
    ) -> Result<(), E> {
        let sql = format!("SELECT {DOC_COLUMNS}, rev FROM documents WHERE rev > ?1 ORDER BY rev");
        let mut stmt = self.conn.prepare(&sql).map_err(|e| self.err(e))?;
        let mut rows = stmt.query([rev as i64]).map_err(|e| self.err(e))?;
        while let Some(row) = rows.next().map_err(|e| self.err(e))? {
            let raw = row_to_raw(row).map_err(|e| self.err(e))?;
            let doc_rev: i64 = row.get(15).map_err(|e| self.err(e))?;
            f(doc_rev as u64, self.finish(raw)?)?;
        }
        Ok(())
    }

    /// Call `f` with every document that has an extraction, with that
    /// extraction, in publication order (undated last), streaming.
    pub fn for_each_extraction<E: From<StoreError>>(&self, mut f: impl FnMut(Document, Extraction) -> Result<(), E>) -> Result<(), E> {
        let sql = format!(
            "SELECT {}, e.json FROM documents d JOIN extractions e ON e.doc_id = d.id ORDER BY d.published IS NULL, d.published, d.id",
            DOC_COLUMNS.split(", ").map(|c| format!("d.{c}")).collect::<Vec<_>>().join(", ")
        );
        let mut stmt = self.conn.prepare(&sql).map_err(|e| self.err(e))?;
        let mut rows = stmt.query([]).map_err(|e| self.err(e))?;
        while let Some(row) = rows.next().map_err(|e| self.err(e))? {
            let raw = row_to_raw(row).map_err(|e| self.err(e))?;
            let json: String = row.get(15).map_err(|e| self.err(e))?;
            let id = raw.id.clone();
            let extraction = serde_json::from_str(&json)
                .map_err(|e| StoreError::Corrupt { path: self.path.clone(), id, reason: e.to_string() })?;
            f(self.finish(raw)?, extraction)?;
        }
        Ok(())
    }

    fn finish(&self, raw: RawRow) -> Result<Document, StoreError> {
        let corrupt = |reason: String| StoreError::Corrupt { path: self.path.clone(), id: raw.id.clone(), reason };
        let kind: DocKind = raw.kind.parse().map_err(corrupt)?;
        // `2024-08-21`, or `2024-08` / `2024` for a month or a year only.
        let (published, published_precision) = match &raw.published {
            Some(p) => {
                let (d, precision) = dossier_core::parse_published_precise(p).ok_or_else(|| corrupt(format!("published: {p:?} is not a date")))?;
                (Some(d), precision)
            }
            None => (None, dossier_core::Precision::Day),
        };
        let ingested_at = DateTime::parse_from_rfc3339(&raw.ingested_at)
            .map_err(|e| corrupt(format!("ingested_at: {e}")))?
            .with_timezone(&Utc);
        Ok(Document {
            id: raw.id,
            source: raw.source,
            url: raw.url,
            title: raw.title,
            text: raw.text,
            language: raw.language,
            language_confidence: raw.language_confidence,
            kind,
            published,
            published_precision,
            site: raw.site,
            ingested_at,
            duplicate_of: raw.duplicate_of,
            // Metadata is an extra: an unreadable value must not hide the document.
            page: raw.page.and_then(|p| serde_json::from_str(&p).ok()).unwrap_or_default(),
        })
    }
}

/// What the last fetch of a URL returned, for conditional re-fetching.
#[derive(Debug, Clone, PartialEq)]
pub struct FetchRecord {
    pub url: String,
    pub final_url: String,
    pub status: u16,
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    pub fetched_at: DateTime<Utc>,
}

impl Store {
    /// The last fetch of `url`, if any.
    pub fn fetch_record(&self, url: &str) -> Result<Option<FetchRecord>, StoreError> {
        self.conn
            .query_row(
                "SELECT url, final_url, status, etag, last_modified, fetched_at FROM fetches WHERE url = ?1",
                [url],
                |r| {
                    let at: String = r.get(5)?;
                    Ok(FetchRecord {
                        url: r.get(0)?,
                        final_url: r.get(1)?,
                        status: r.get::<_, i64>(2)? as u16,
                        etag: r.get(3)?,
                        last_modified: r.get(4)?,
                        fetched_at: DateTime::parse_from_rfc3339(&at).map(|d| d.with_timezone(&Utc)).unwrap_or_default(),
                    })
                },
            )
            .optional()
            .map_err(|e| self.err(e))
    }

    /// Remember fetches (call after the documents they produced are stored,
    /// so a crash can only cause a re-fetch, never a lost document).
    pub fn record_fetches(&mut self, records: &[FetchRecord]) -> Result<(), StoreError> {
        let path = self.path.clone();
        let err = |source| StoreError::Sqlite { path: path.clone(), source };
        let tx = self.conn.transaction().map_err(err)?;
        {
            let mut stmt = tx
                .prepare_cached(
                    "INSERT INTO fetches (url, final_url, status, etag, last_modified, fetched_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                     ON CONFLICT(url) DO UPDATE SET final_url = excluded.final_url, status = excluded.status,
                        etag = excluded.etag, last_modified = excluded.last_modified, fetched_at = excluded.fetched_at",
                )
                .map_err(err)?;
            for f in records {
                stmt.execute(params![f.url, f.final_url, f.status as i64, f.etag, f.last_modified, f.fetched_at.to_rfc3339()])
                    .map_err(err)?;
            }
        }
        tx.commit().map_err(err)
    }
}

fn signature_from_blob(blob: &[u8]) -> Option<[u32; dossier_core::MINHASH_SIZE]> {
    if blob.len() != dossier_core::MINHASH_SIZE * 4 {
        return None;
    }
    let mut sig = [0u32; dossier_core::MINHASH_SIZE];
    for (slot, chunk) in sig.iter_mut().zip(blob.chunks_exact(4)) {
        *slot = u32::from_le_bytes([chunk[0], chunk[1], chunk[2], chunk[3]]);
    }
    Some(sig)
}

/// Column to group document counts by.
#[derive(Debug, Clone, Copy)]
pub enum CountColumn {
    Language,
    Kind,
}

const DOC_COLUMNS: &str =
    "id, source, url, title, text, language, language_confidence, kind, published, site, ingested_at, content_hash, updated_at, duplicate_of, page";

struct RawRow {
    id: String,
    source: String,
    url: Option<String>,
    title: String,
    text: String,
    language: String,
    language_confidence: f64,
    kind: String,
    published: Option<String>,
    site: Option<String>,
    ingested_at: String,
    duplicate_of: Option<String>,
    page: Option<String>,
}

/// Page metadata as stored: JSON, or NULL when there is none.
fn page_json(page: &PageMeta) -> Option<String> {
    (!page.is_empty()).then(|| serde_json::to_string(page).unwrap_or_default())
}

fn row_to_raw(r: &rusqlite::Row<'_>) -> rusqlite::Result<RawRow> {
    Ok(RawRow {
        id: r.get(0)?,
        source: r.get(1)?,
        url: r.get(2)?,
        title: r.get(3)?,
        text: r.get(4)?,
        language: r.get(5)?,
        language_confidence: r.get(6)?,
        kind: r.get(7)?,
        published: r.get(8)?,
        site: r.get(9)?,
        ingested_at: r.get(10)?,
        duplicate_of: r.get(13)?,
        page: r.get(14)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn doc(id: &str, text: &str) -> Document {
        Document {
            id: id.into(),
            source: format!("{id}.txt"),
            url: None,
            title: "Titre".into(),
            text: text.into(),
            language: "fr".into(),
            language_confidence: 0.9,
            kind: DocKind::News,
            published: NaiveDate::from_ymd_opt(2025, 2, 21),
            published_precision: Default::default(),
            site: None,
            ingested_at: Utc::now(),
            duplicate_of: None,
            page: PageMeta { authors: vec!["Marie Dupont".into()], site_name: Some("Le Journal".into()), ..Default::default() },
        }
    }

    #[test]
    fn upsert_updates_and_bumps_revision() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("s.sqlite")).unwrap();
        let none = Extraction::default();
        store.upsert_batch(&mut [(doc("a", "un"), none.clone()), (doc("b", "deux"), none.clone())], "v1").unwrap();
        assert_eq!(store.max_rev().unwrap(), 2);
        let out = store.upsert_batch(&mut [(doc("a", "un modifié"), none.clone()), (doc("b", "deux"), none.clone())], "v1").unwrap();
        assert_eq!(out, vec![Upsert::Updated, Upsert::Unchanged]);
        assert_eq!(store.count().unwrap(), 2);
        let mut seen = Vec::new();
        store.for_each_since::<StoreError>(2, |rev, d| {
            seen.push((rev, d.text));
            Ok(())
        }).unwrap();
        assert_eq!(seen, vec![(3, "un modifié".to_string())]);
        assert_eq!(store.get("a").unwrap().unwrap().published, NaiveDate::from_ymd_opt(2025, 2, 21));
        // A new extractor version rewrites the extraction.
        let out = store.upsert_batch(&mut [(doc("b", "deux"), none)], "v2").unwrap();
        assert_eq!(out, vec![Upsert::Updated]);
    }

    #[test]
    fn syndicated_copies_link_to_the_earliest_copy() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("s.sqlite")).unwrap();
        let story = "Le gouvernement britannique a demandé à Apple de créer une porte dérobée dans iCloud afin d'accéder aux données chiffrées des utilisateurs dans le cadre d'enquêtes sur la sécurité nationale et la criminalité, selon plusieurs sources proches du dossier citées par la presse britannique mardi.";
        let mut original = doc("afp", story);
        original.published = NaiveDate::from_ymd_opt(2025, 2, 7);
        let mut copy = doc("copy", &format!("{story} Lire aussi : nos autres articles."));
        copy.published = NaiveDate::from_ymd_opt(2025, 2, 8);
        let other = doc("other", "Die Bundesregierung lehnt eine Hintertür in verschlüsselten Messengern ab und verweist auf die Grundrechte der Nutzer, erklärte ein Sprecher des Innenministeriums am Dienstag in Berlin vor Journalisten, die nach der Position zur Chatkontrolle der EU-Kommission gefragt hatten.");
        let mut items = vec![(original, Extraction::default()), (copy, Extraction::default()), (other, Extraction::default())];
        store.upsert_batch(&mut items, "v1").unwrap();
        assert_eq!(items[0].0.duplicate_of, None);
        assert_eq!(items[1].0.duplicate_of.as_deref(), Some("afp"));
        assert_eq!(items[2].0.duplicate_of, None);
        assert_eq!(store.get("copy").unwrap().unwrap().duplicate_of.as_deref(), Some("afp"));
    }

    #[test]
    fn a_version_1_store_is_upgraded_in_place() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("v1.sqlite");
        {
            let conn = Connection::open(&path).unwrap();
            conn.execute_batch(
                "CREATE TABLE documents (id TEXT PRIMARY KEY, rev INTEGER NOT NULL UNIQUE, content_hash TEXT NOT NULL,
                    source TEXT NOT NULL, url TEXT, title TEXT NOT NULL, text TEXT NOT NULL, language TEXT NOT NULL,
                    language_confidence REAL NOT NULL, kind TEXT NOT NULL, published TEXT, site TEXT,
                    ingested_at TEXT NOT NULL, updated_at TEXT NOT NULL);
                 INSERT INTO documents VALUES ('old', 1, 'h', 'a.txt', NULL, 'T', 'texte', 'fr', 1.0, 'news', NULL, NULL,
                    '2025-01-01T00:00:00+00:00', '2025-01-01T00:00:00+00:00');
                 PRAGMA user_version = 1;",
            )
            .unwrap();
        }
        let mut store = Store::open(&path).unwrap();
        assert_eq!(store.get("old").unwrap().unwrap().duplicate_of, None);
        store.upsert_batch(&mut [(doc("new", "nouveau texte"), Extraction::default())], "v1").unwrap();
        assert_eq!(store.count().unwrap(), 2);
        drop(store);
        assert!(Store::open(&path).is_ok(), "reopening an upgraded store works");
    }

    #[test]
    fn fetch_records_round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("s.sqlite")).unwrap();
        assert_eq!(store.fetch_record("https://ex.org/a").unwrap(), None);
        let rec = FetchRecord {
            url: "https://ex.org/a".into(),
            final_url: "https://ex.org/a/".into(),
            status: 200,
            etag: Some("\"v1\"".into()),
            last_modified: None,
            fetched_at: DateTime::parse_from_rfc3339("2025-02-21T10:00:00Z").unwrap().with_timezone(&Utc),
        };
        store.record_fetches(std::slice::from_ref(&rec)).unwrap();
        assert_eq!(store.fetch_record("https://ex.org/a").unwrap(), Some(rec));
    }

    #[test]
    fn not_a_database_is_a_named_error() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("junk.sqlite");
        std::fs::write(&path, vec![7u8; 4096]).unwrap();
        let msg = Store::open(&path).err().unwrap().to_string();
        assert!(msg.contains("junk.sqlite") && msg.contains("not a database"), "{msg}");
    }
}
