//! Parquet output: one table per item type, joined by `doc_id`.
//!
//! Layout: `DIR/<table>/part-NNNNN.parquet` for the tables of [`TABLES`],
//! plus `DIR/README.md` describing every column. Rows are appended to
//! in-memory column builders and handed to the Parquet writer every
//! [`BATCH_ROWS`] rows; the writer flushes a row group when it holds
//! [`ROW_GROUP_ROWS`] rows or [`ROW_GROUP_BYTES`] of encoded data, so memory
//! stays bounded whatever the corpus size. A part is closed (footer written,
//! file synced) every `part_docs` documents: closed parts are what a
//! checkpoint records, so `--resume` deletes any later part and redoes it.

use crate::Error;
use arrow_array::builder::{BooleanBuilder, Float64Builder, Int64Builder, StringBuilder};
use arrow_array::{ArrayRef, RecordBatch};
use arrow_schema::{DataType, Field, Schema, SchemaRef};
use parquet::arrow::ArrowWriter;
use parquet::basic::Compression;
use parquet::file::properties::WriterProperties;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Rows buffered per table before they are handed to the Parquet writer.
pub const BATCH_ROWS: usize = 4096;
/// Most rows in one row group.
pub const ROW_GROUP_ROWS: usize = 65_536;
/// A row group is flushed once its encoded data reaches this size.
pub const ROW_GROUP_BYTES: usize = 32 * 1024 * 1024;

/// Type of a column.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Kind {
    Str,
    Int,
    Float,
    Bool,
    /// A list or map, stored as its JSON text (`json_extract` in DuckDB).
    Json,
}

/// One column: its name, type, where its value comes from and what it means.
pub struct Column {
    pub name: &'static str,
    pub kind: Kind,
    /// JSON pointer into the row's object; `$doc` is the document id, `$idx`
    /// the row's position in its list, `$parent/...` a field of the parent row.
    pub path: &'static str,
    /// Value when the field is absent (e.g. `published_precision` is omitted when `day`).
    pub default: Option<&'static str>,
    pub doc: &'static str,
}

/// One output table.
pub struct Table {
    pub name: &'static str,
    /// Pointer to the list whose elements are the rows (`""`: the record itself).
    pub list: &'static str,
    /// For `mentions`: the list inside each element of `list`.
    pub sublist: Option<&'static str>,
    pub doc: &'static str,
    pub columns: &'static [Column],
}

const fn c(name: &'static str, kind: Kind, path: &'static str, doc: &'static str) -> Column {
    Column { name, kind, path, default: None, doc }
}

const DOC_ID: Column = c("doc_id", Kind::Str, "$doc", "document id (join key with `documents.doc_id`)");
const IDX: Column = c("idx", Kind::Int, "$idx", "position in the document's list, from 0");

/// Columns of the speaker (quotes) or claimant (claims) of a statement.
macro_rules! statement_columns {
    ($who:literal) => {
        &[
            DOC_ID,
            IDX,
            c("text", Kind::Str, "/text", "the statement"),
            c("start", Kind::Int, "/start", "code-point offset of the statement in the document text"),
            c("end", Kind::Int, "/end", "end offset (exclusive)"),
            c(concat!($who, "_actor_id"), Kind::Str, concat!("/", $who, "/actor_id"), "id of the resolved actor (join with `actors.actor_id`), null when unresolved"),
            c(concat!($who, "_text"), Kind::Str, concat!("/", $who, "/text"), "the words naming them here"),
            c(concat!($who, "_start"), Kind::Int, concat!("/", $who, "/start"), "offset of those words"),
            c(concat!($who, "_end"), Kind::Int, concat!("/", $who, "/end"), "end offset of those words"),
            c(concat!($who, "_role"), Kind::Str, concat!("/", $who, "/role/text"), "their role as the text gives it"),
            c(concat!($who, "_confidence"), Kind::Float, concat!("/", $who, "/confidence"), "how sure the attribution is, 0..1"),
            c("cue", Kind::Str, "/cue/text", "the speech verb or phrase"),
            c("date", Kind::Str, "/date", "date of the statement (YYYY, YYYY-MM, YYYY-Www or YYYY-MM-DD)"),
            c("date_inferred", Kind::Bool, "/date_inferred", "true when the date is the publication date"),
            c("stance", Kind::Str, "/stance", "against, for or neutral (toward weakening encryption)"),
            c("topics", Kind::Json, "/topics", "topic tags, JSON list"),
            c("instruments", Kind::Json, "/instruments", "registry ids of cited legal instruments, JSON list (null when none)"),
        ]
    };
}

/// Every table written by `--format parquet`.
pub const TABLES: &[Table] = &[
    Table {
        name: "documents",
        list: "",
        sublist: None,
        doc: "one row per document",
        columns: &[
            DOC_ID,
            c("source", Kind::Str, "/source", "file, file:LINE, URL or WARC target URI it came from"),
            c("title", Kind::Str, "/title", "title"),
            c("published", Kind::Str, "/published", "publication date, YYYY-MM-DD (or YYYY-MM / YYYY at that precision)"),
            Column { name: "published_precision", kind: Kind::Str, path: "/published_precision", default: Some("day"), doc: "day, week, month or year" },
            c("year", Kind::Int, "$year", "publication year, for partitioning"),
            c("language", Kind::Str, "/language", "ISO 639-1 code"),
            c("language_confidence", Kind::Float, "/language_confidence", "0..1"),
            c("kind", Kind::Str, "/kind", "news or legal"),
            c("topic_relevance", Kind::Float, "/topic_relevance", "how much the document is about the policy topics, 0..1"),
            c("authors", Kind::Json, "/authors", "JSON list of bylines (null when none)"),
            c("site_name", Kind::Str, "/site_name", "publication name"),
            c("modified", Kind::Str, "/modified", "last modification day the page declares"),
            c("description", Kind::Str, "/description", "page description"),
            c("tags", Kind::Json, "/tags", "JSON list of keywords (null when none)"),
            c("section", Kind::Str, "/section", "page section"),
            c("published_source", Kind::Str, "/published_source", "where the publication date was read"),
            c("text", Kind::Str, "/text", "clean text all offsets point into (only with --with-text)"),
        ],
    },
    Table {
        name: "actors",
        list: "/actors",
        sublist: None,
        doc: "one row per actor of a document",
        columns: &[
            DOC_ID,
            c("actor_id", Kind::Str, "/id", "registry id, or ner:NAME for actors found by NER"),
            c("name", Kind::Str, "/name", "name"),
            c("kind", Kind::Str, "/kind", "person, company, government, agency, court, parliament, ngo, media, international_org, regulator, organization, place"),
            c("wikidata", Kind::Str, "/wikidata", "Wikidata id when known"),
        ],
    },
    Table {
        name: "mentions",
        list: "/actors",
        sublist: Some("/mentions"),
        doc: "one row per mention of an actor",
        columns: &[
            DOC_ID,
            c("actor_id", Kind::Str, "$parent/id", "the actor mentioned (join with `actors` on doc_id, actor_id)"),
            c("start", Kind::Int, "/start", "code-point offset"),
            c("end", Kind::Int, "/end", "end offset (exclusive)"),
            c("text", Kind::Str, "/text", "the words"),
        ],
    },
    Table { name: "quotes", list: "/quotes", sublist: None, doc: "one row per direct quote", columns: statement_columns!("speaker") },
    Table { name: "claims", list: "/claims", sublist: None, doc: "one row per reported claim", columns: statement_columns!("claimant") },
    Table {
        name: "events",
        list: "/events",
        sublist: None,
        doc: "one row per dated event",
        columns: &[
            DOC_ID,
            IDX,
            c("date", Kind::Str, "/date", "YYYY, YYYY-MM, YYYY-Www or YYYY-MM-DD"),
            c("precision", Kind::Str, "/precision", "day, week, month or year"),
            c("approximate", Kind::Bool, "/approximate", "the words name a period around the date"),
            c("date_text", Kind::Str, "/date_text", "the time expression"),
            c("date_start", Kind::Int, "/date_start", "its offset"),
            c("date_end", Kind::Int, "/date_end", "its end offset"),
            c("text", Kind::Str, "/text", "the sentence"),
            c("start", Kind::Int, "/start", "offset of the sentence"),
            c("end", Kind::Int, "/end", "end offset"),
            c("actors", Kind::Json, "/actors", "JSON list of actor ids taking part"),
        ],
    },
    Table {
        name: "dates",
        list: "/dates",
        sublist: None,
        doc: "one row per resolved time expression",
        columns: &[
            DOC_ID,
            IDX,
            c("text", Kind::Str, "/text", "the words"),
            c("start", Kind::Int, "/start", "code-point offset"),
            c("end", Kind::Int, "/end", "end offset"),
            c("value", Kind::Str, "/value", "resolved value at its precision"),
            c("precision", Kind::Str, "/precision", "day, week, month or year"),
            c("approximate", Kind::Bool, "/approximate", "the words name a period around the value"),
            c("relative", Kind::Bool, "/relative", "resolved against the publication date"),
        ],
    },
    Table {
        name: "legal_refs",
        list: "/legal_refs",
        sublist: None,
        doc: "one row per reference to a law, provision, EU act or court decision",
        columns: &[
            DOC_ID,
            IDX,
            c("text", Kind::Str, "/text", "the reference as written"),
            c("start", Kind::Int, "/start", "code-point offset"),
            c("end", Kind::Int, "/end", "end offset"),
            c("kind", Kind::Str, "/kind", "act, section, article, regulation, directive, case, decision, identifier"),
            c("jurisdiction", Kind::Str, "/jurisdiction", "uk, us, eu, fr, de, es, it or und"),
            c("instrument_id", Kind::Str, "/instrument_id", "registry id of the instrument"),
            c("fields", Kind::Json, "/fields", "parsed parts, JSON object"),
        ],
    },
];

/// The README written into the output folder: layout, join keys and every column.
pub fn readme() -> String {
    let mut s = String::from(
        "# Dossier extraction tables\n\n\
         Written by `dossier extract --format parquet -o DIR`. Each table is a folder of\n\
         Parquet parts (`TABLE/part-NNNNN.parquet`, Snappy); read a table with a glob.\n\
         Every table has `doc_id`; join on it (and on `actor_id` between `actors` and\n\
         `mentions`). Offsets are Unicode code points into the document text, end exclusive.\n\n\
         ```sql\n\
         -- DuckDB\n\
         SELECT d.title, d.language, q.speaker_text, q.text\n\
         FROM read_parquet('DIR/quotes/*.parquet') q\n\
         JOIN read_parquet('DIR/documents/*.parquet') d USING (doc_id);\n\
         ```\n",
    );
    for t in TABLES {
        s.push_str(&format!("\n## `{}`\n\n{}.\n\n| column | type | meaning |\n|---|---|---|\n", t.name, t.doc));
        for col in t.columns {
            let ty = match col.kind {
                Kind::Str => "string",
                Kind::Int => "int64",
                Kind::Float => "double",
                Kind::Bool => "boolean",
                Kind::Json => "string (JSON)",
            };
            s.push_str(&format!("| `{}` | {ty} | {} |\n", col.name, col.doc));
        }
    }
    s
}

enum Builder {
    Str(StringBuilder),
    Int(Int64Builder),
    Float(Float64Builder),
    Bool(BooleanBuilder),
}

impl Builder {
    fn new(kind: Kind) -> Builder {
        match kind {
            Kind::Str | Kind::Json => Builder::Str(StringBuilder::new()),
            Kind::Int => Builder::Int(Int64Builder::new()),
            Kind::Float => Builder::Float(Float64Builder::new()),
            Kind::Bool => Builder::Bool(BooleanBuilder::new()),
        }
    }

    fn append(&mut self, kind: Kind, v: Option<&Value>) {
        let v = v.filter(|v| !v.is_null());
        match self {
            Builder::Str(b) => match (kind, v) {
                (_, None) => b.append_null(),
                (Kind::Str, Some(Value::String(s))) => b.append_value(s),
                (_, Some(other)) => b.append_value(other.to_string()),
            },
            Builder::Int(b) => b.append_option(v.and_then(Value::as_i64)),
            Builder::Float(b) => b.append_option(v.and_then(Value::as_f64)),
            Builder::Bool(b) => b.append_option(v.and_then(Value::as_bool)),
        }
    }

    fn finish(&mut self) -> ArrayRef {
        match self {
            Builder::Str(b) => Arc::new(b.finish()),
            Builder::Int(b) => Arc::new(b.finish()),
            Builder::Float(b) => Arc::new(b.finish()),
            Builder::Bool(b) => Arc::new(b.finish()),
        }
    }
}

fn schema(t: &Table) -> SchemaRef {
    let fields: Vec<Field> = t
        .columns
        .iter()
        .map(|c| {
            let ty = match c.kind {
                Kind::Str | Kind::Json => DataType::Utf8,
                Kind::Int => DataType::Int64,
                Kind::Float => DataType::Float64,
                Kind::Bool => DataType::Boolean,
            };
            Field::new(c.name, ty, c.name != "doc_id")
        })
        .collect();
    Arc::new(Schema::new(fields))
}

/// One table's writer for the current part.
struct TableWriter {
    table: &'static Table,
    schema: SchemaRef,
    builders: Vec<Builder>,
    rows: usize,
    writer: ArrowWriter<std::fs::File>,
    path: PathBuf,
}

impl TableWriter {
    fn open(dir: &Path, table: &'static Table, part: u64) -> Result<TableWriter, Error> {
        let folder = dir.join(table.name);
        std::fs::create_dir_all(&folder).map_err(|e| Error::io(&folder, e))?;
        let path = folder.join(part_name(part));
        let file = std::fs::File::create(&path).map_err(|e| Error::io(&path, e))?;
        let schema = schema(table);
        let props = WriterProperties::builder().set_compression(Compression::SNAPPY).set_max_row_group_row_count(Some(ROW_GROUP_ROWS)).build();
        let writer = ArrowWriter::try_new(file, schema.clone(), Some(props)).map_err(|e| Error::Parquet(e.to_string()))?;
        let builders = table.columns.iter().map(|c| Builder::new(c.kind)).collect();
        Ok(TableWriter { table, schema, builders, rows: 0, writer, path })
    }

    fn push_row(&mut self, doc_id: &str, idx: usize, row: &Value, parent: Option<&Value>, record: &Value) {
        for (col, b) in self.table.columns.iter().zip(&mut self.builders) {
            let owned;
            let v = match col.path {
                "$doc" => {
                    owned = Value::String(doc_id.to_string());
                    Some(&owned)
                }
                "$idx" => {
                    owned = Value::from(idx as u64);
                    Some(&owned)
                }
                "$year" => {
                    owned = record.get("published").and_then(Value::as_str).and_then(|p| p.get(..4)).and_then(|y| y.parse::<i64>().ok()).map(Value::from).unwrap_or(Value::Null);
                    Some(&owned)
                }
                p if p.starts_with("$parent") => parent.and_then(|pv| pv.pointer(&p["$parent".len()..])),
                p => match (row.pointer(p), col.default) {
                    (None, Some(d)) => {
                        owned = Value::String(d.to_string());
                        Some(&owned)
                    }
                    (v, _) => v,
                },
            };
            b.append(col.kind, v);
        }
        self.rows += 1;
    }

    fn flush_batch(&mut self) -> Result<(), Error> {
        if self.rows == 0 {
            return Ok(());
        }
        let arrays: Vec<ArrayRef> = self.builders.iter_mut().map(Builder::finish).collect();
        let batch = RecordBatch::try_new(self.schema.clone(), arrays).map_err(|e| Error::Parquet(e.to_string()))?;
        self.rows = 0;
        self.writer.write(&batch).map_err(|e| Error::Parquet(e.to_string()))?;
        if self.writer.in_progress_size() >= ROW_GROUP_BYTES {
            self.writer.flush().map_err(|e| Error::Parquet(e.to_string()))?;
        }
        Ok(())
    }

    fn close(mut self) -> Result<(), Error> {
        self.flush_batch()?;
        let file = self.writer.into_inner().map_err(|e| Error::Parquet(e.to_string()))?;
        file.sync_all().map_err(|e| Error::io(&self.path, e))
    }
}

/// The name of part `n`.
pub fn part_name(n: u64) -> String {
    format!("part-{n:05}.parquet")
}

/// Writes extraction records (as JSON values) into the tables, in parts.
pub struct ParquetSink {
    dir: PathBuf,
    part: u64,
    part_docs: u64,
    docs_in_part: u64,
    tables: Option<Vec<TableWriter>>,
}

impl ParquetSink {
    /// Start writing into `dir` at part `first_part` (0 for a new run; the
    /// number of closed parts when resuming, whose later parts are deleted).
    pub fn new(dir: &Path, first_part: u64, part_docs: u64) -> Result<ParquetSink, Error> {
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        let readme = dir.join("README.md");
        std::fs::write(&readme, self::readme()).map_err(|e| Error::io(&readme, e))?;
        // Parts at or after `first_part` were not checkpointed: remove them.
        for t in TABLES {
            let folder = dir.join(t.name);
            let Ok(entries) = std::fs::read_dir(&folder) else { continue };
            for e in entries.flatten() {
                let name = e.file_name().to_string_lossy().into_owned();
                let n = name.strip_prefix("part-").and_then(|r| r.strip_suffix(".parquet")).and_then(|n| n.parse::<u64>().ok());
                if n.is_some_and(|n| n >= first_part) {
                    std::fs::remove_file(e.path()).map_err(|err| Error::io(&e.path(), err))?;
                }
            }
        }
        Ok(ParquetSink { dir: dir.to_path_buf(), part: first_part, part_docs: part_docs.max(1), docs_in_part: 0, tables: None })
    }

    /// Add one record.
    pub fn write(&mut self, record: &Value) -> Result<(), Error> {
        if self.tables.is_none() {
            let tables = TABLES.iter().map(|t| TableWriter::open(&self.dir, t, self.part)).collect::<Result<Vec<_>, _>>()?;
            self.tables = Some(tables);
        }
        let Some(tables) = self.tables.as_mut() else { return Ok(()) };
        let doc_id = record.get("doc_id").and_then(Value::as_str).unwrap_or_default();
        for tw in tables.iter_mut() {
            let t = tw.table;
            if t.list.is_empty() {
                tw.push_row(doc_id, 0, record, None, record);
            } else if let Some(Value::Array(items)) = record.pointer(t.list) {
                for (i, item) in items.iter().enumerate() {
                    match t.sublist {
                        None => tw.push_row(doc_id, i, item, None, record),
                        Some(sub) => {
                            if let Some(Value::Array(subs)) = item.pointer(sub) {
                                for (j, s) in subs.iter().enumerate() {
                                    tw.push_row(doc_id, j, s, Some(item), record);
                                }
                            }
                        }
                    }
                }
            }
            if tw.rows >= BATCH_ROWS {
                tw.flush_batch()?;
            }
        }
        self.docs_in_part += 1;
        Ok(())
    }

    /// Whether the current part is full and should be closed and checkpointed.
    pub fn part_full(&self) -> bool {
        self.docs_in_part >= self.part_docs
    }

    /// Close the current part (footers written, files synced); returns the
    /// number of closed parts, which is where a resumed run starts.
    pub fn commit(&mut self) -> Result<u64, Error> {
        if let Some(tables) = self.tables.take() {
            for t in tables {
                t.close()?;
            }
            self.part += 1;
            self.docs_in_part = 0;
        }
        Ok(self.part)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use parquet::file::reader::{FileReader, SerializedFileReader};

    fn rows(dir: &Path, table: &str) -> i64 {
        let mut n = 0;
        for e in std::fs::read_dir(dir.join(table)).unwrap() {
            let r = SerializedFileReader::new(std::fs::File::open(e.unwrap().path()).unwrap()).unwrap();
            n += r.metadata().file_metadata().num_rows();
        }
        n
    }

    #[test]
    fn records_become_rows_of_every_table_in_parts() {
        let dir = tempfile::tempdir().unwrap();
        let rec = serde_json::json!({
            "doc_id": "d1", "source": "a.txt", "title": "T", "published": "2025-02", "published_precision": "month",
            "language": "fr", "language_confidence": 0.9, "kind": "news", "topic_relevance": 0.5,
            "actors": [{"id": "apple", "name": "Apple", "kind": "company", "mentions": [{"start": 0, "end": 5, "text": "Apple"}, {"start": 9, "end": 14, "text": "Apple"}]}],
            "quotes": [{"text": "Non", "start": 20, "end": 23, "speaker": {"actor_id": "apple", "text": "Apple", "start": 0, "end": 5}, "cue": null,
                        "date": null, "date_inferred": false, "stance": "against", "topics": ["backdoor"]}],
            "claims": [], "events": [], "dates": [], "legal_refs": []
        });
        let mut sink = ParquetSink::new(dir.path(), 0, 2).unwrap();
        for _ in 0..3 {
            sink.write(&rec).unwrap();
            if sink.part_full() {
                assert_eq!(sink.commit().unwrap(), 1);
            }
        }
        assert_eq!(sink.commit().unwrap(), 2);
        assert_eq!(rows(dir.path(), "documents"), 3);
        assert_eq!(rows(dir.path(), "mentions"), 6);
        assert_eq!(rows(dir.path(), "quotes"), 3);
        assert_eq!(rows(dir.path(), "claims"), 0);
        assert!(std::fs::read_to_string(dir.path().join("README.md")).unwrap().contains("| `speaker_actor_id` | string |"));
        // Resuming after part 1 removes part 1 and keeps part 0.
        let _ = ParquetSink::new(dir.path(), 1, 2).unwrap();
        assert_eq!(rows(dir.path(), "documents"), 2);
    }
}
