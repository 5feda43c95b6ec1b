//! The data directory: `dossier.sqlite` (source of truth) and `index/`
//! (derived), kept in step through store revisions.

use anyhow::{Context, Result};
use dossier_index::{IndexError, IndexWriterHandle, SearchIndex};
use dossier_store::{Store, StoreError};
use std::path::{Path, PathBuf};

pub struct DataDir {
    pub store: Store,
    pub index: SearchIndex,
}

fn index_dir(dir: &Path) -> PathBuf {
    dir.join("index")
}

/// Open (creating when absent) the data directory. An index written by
/// another version of Dossier is rebuilt from the store.
pub fn open(dir: &Path) -> Result<DataDir> {
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create data directory {}", dir.display()))?;
    let store = Store::open(&dir.join("dossier.sqlite"))?;
    let index = match SearchIndex::open(&index_dir(dir)) {
        Ok(index) => index,
        Err(IndexError::Format { .. }) => {
            eprintln!("note: the search index has an older format; rebuilding it from the store");
            let index = SearchIndex::recreate(&index_dir(dir))?;
            catch_up(&store, &mut index.writer()?, 0)?;
            index
        }
        Err(e) => return Err(e.into()),
    };
    Ok(DataDir { store, index })
}

/// Add to the index every stored document newer than the index's last commit
/// (after a crash between the two commits, or a rebuild), then commit.
pub fn catch_up(store: &Store, writer: &mut IndexWriterHandle<'_>, indexed_rev: u64) -> Result<u64> {
    let store_rev = store.max_rev()?;
    if store_rev <= indexed_rev {
        return Ok(0);
    }
    let mut added = 0u64;
    store.for_each_since::<CatchUpError>(indexed_rev, |_, doc| {
        writer.upsert(&doc)?;
        added += 1;
        Ok(())
    })?;
    writer.commit(store_rev)?;
    Ok(added)
}

#[derive(Debug)]
pub enum CatchUpError {
    Store(StoreError),
    Index(IndexError),
}

impl From<StoreError> for CatchUpError {
    fn from(e: StoreError) -> Self {
        CatchUpError::Store(e)
    }
}
impl From<IndexError> for CatchUpError {
    fn from(e: IndexError) -> Self {
        CatchUpError::Index(e)
    }
}
impl std::fmt::Display for CatchUpError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CatchUpError::Store(e) => e.fmt(f),
            CatchUpError::Index(e) => e.fmt(f),
        }
    }
}
impl std::error::Error for CatchUpError {}

/// Bring the index up to date with the store when it lags and no other
/// process holds the writer; searching goes on with the index as it is otherwise.
pub fn sync_if_behind(data: &DataDir) -> Result<()> {
    let indexed = data.index.indexed_rev();
    if data.store.max_rev()? > indexed {
        match data.index.writer() {
            Ok(mut writer) => {
                let n = catch_up(&data.store, &mut writer, indexed)?;
                eprintln!("note: indexed {n} stored document(s) the index was missing");
            }
            Err(IndexError::Locked { .. }) => {}
            Err(e) => return Err(e.into()),
        }
    }
    Ok(())
}

/// `dossier reindex`: rebuild the index from the store.
pub fn reindex(dir: &Path) -> Result<()> {
    let store_path = dir.join("dossier.sqlite");
    if !store_path.exists() {
        anyhow::bail!("no store at {}; ingest something first with `dossier ingest PATH`", store_path.display());
    }
    let store = Store::open(&store_path)?;
    let index = SearchIndex::recreate(&index_dir(dir))?;
    let mut writer = index.writer()?;
    let n = catch_up(&store, &mut writer, 0)?;
    drop(writer);
    println!("reindexed {n} documents into {}", index_dir(dir).display());
    Ok(())
}
