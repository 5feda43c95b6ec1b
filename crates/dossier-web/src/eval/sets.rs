//! The layouts of the main-text evaluation sets, read into one list of
//! [`GoldPage`]s so that every set is scored by one command:
//!
//! * the Zyte article-extraction benchmark: `ground-truth.json` (an object by
//!   id, `articleBody`) and `html/<id>.html.gz`;
//! * `main-text-extra` folders: `ground-truth.jsonl` (`id`, `url`, `lang`,
//!   `text`, optional `gold_type: "prefix"`) and `html/<id>.html.gz`;
//! * snippet files (`*.jsonl` with `file`, `lang`, `with`, `without`, optional
//!   `split`), whose `file` is relative to a pages folder given apart, since
//!   the pages themselves are not ours to copy.

use std::path::{Path, PathBuf};

use super::{read_json, Error};

/// What a page's main text is checked against.
#[derive(Debug, Clone, PartialEq)]
pub enum Gold {
    /// The whole main text (shingle metric).
    Text(String),
    /// Only the first words of the main text (goose3's tests).
    Prefix(String),
    /// Phrases that must and must not appear (trafilatura's metric).
    Snippets { with: Vec<String>, without: Vec<String> },
}

/// One page of a set with its gold.
#[derive(Debug, Clone, PartialEq)]
pub struct GoldPage {
    pub id: String,
    pub html_path: PathBuf,
    pub url: Option<String>,
    pub lang: Option<String>,
    /// `dev`/`test` where the set declares one.
    pub split: Option<String>,
    pub gold: Gold,
}

/// Reads a set folder of either benchmark layout, or a snippet folder or file
/// whose pages lie under `pages`.
pub fn load_set(path: &Path, pages: Option<&Path>) -> Result<Vec<GoldPage>, Error> {
    if path.join("ground-truth.json").is_file() {
        return load_zyte(path);
    }
    if path.join("ground-truth.jsonl").is_file() {
        return load_jsonl(path);
    }
    let Some(pages) = pages else {
        return Err(Error::Layout {
            path: path.display().to_string(),
            reason: "no ground-truth.json(l) here; for snippet files give the pages folder with --pages DIR".into(),
        });
    };
    let files = if path.is_dir() { jsonl_files(path)? } else { vec![path.to_path_buf()] };
    let mut out = Vec::new();
    for f in files {
        out.extend(load_snippets(&f, pages)?);
    }
    Ok(out)
}

fn jsonl_files(dir: &Path) -> Result<Vec<PathBuf>, Error> {
    let io = |source| Error::Io { path: dir.display().to_string(), source };
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(io)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "jsonl"))
        .collect();
    files.sort();
    Ok(files)
}

fn load_zyte(dir: &Path) -> Result<Vec<GoldPage>, Error> {
    let truth = read_json(&dir.join("ground-truth.json"))?;
    let Some(truth) = truth.as_object() else {
        return Err(Error::Layout { path: dir.display().to_string(), reason: "ground-truth.json is not an object".into() });
    };
    let mut pages: Vec<GoldPage> = truth
        .iter()
        .map(|(id, v)| GoldPage {
            id: id.clone(),
            html_path: dir.join("html").join(format!("{id}.html.gz")),
            url: v["url"].as_str().map(str::to_string),
            lang: None,
            split: None,
            gold: Gold::Text(v["articleBody"].as_str().unwrap_or("").to_string()),
        })
        .collect();
    pages.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(pages)
}

fn read_lines(path: &Path) -> Result<Vec<serde_json::Value>, Error> {
    let text = std::fs::read_to_string(path).map_err(|source| Error::Io { path: path.display().to_string(), source })?;
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).map_err(|source| Error::Json { path: path.display().to_string(), source }))
        .collect()
}

fn str_field(v: &serde_json::Value, name: &str) -> Option<String> {
    v[name].as_str().map(str::to_string)
}

fn load_jsonl(dir: &Path) -> Result<Vec<GoldPage>, Error> {
    let rows = read_lines(&dir.join("ground-truth.jsonl"))?;
    Ok(rows
        .iter()
        .map(|v| {
            let id = v["id"].as_str().map(str::to_string).unwrap_or_else(|| v["id"].to_string());
            let text = str_field(v, "text").unwrap_or_default();
            let gold = if v["gold_type"].as_str() == Some("prefix") { Gold::Prefix(text) } else { Gold::Text(text) };
            GoldPage {
                html_path: dir.join("html").join(format!("{id}.html.gz")),
                id,
                url: str_field(v, "url"),
                lang: str_field(v, "lang"),
                split: str_field(v, "split"),
                gold,
            }
        })
        .collect())
}

fn string_list(v: &serde_json::Value) -> Vec<String> {
    v.as_array().map(|a| a.iter().filter_map(|s| s.as_str().map(str::to_string)).collect()).unwrap_or_default()
}

fn load_snippets(file: &Path, pages: &Path) -> Result<Vec<GoldPage>, Error> {
    let rows = read_lines(file)?;
    let mut out = Vec::new();
    for v in rows {
        let Some(page) = str_field(&v, "file") else {
            return Err(Error::Layout { path: file.display().to_string(), reason: "a line has no \"file\"".into() });
        };
        out.push(GoldPage {
            id: page.clone(),
            html_path: pages.join(&page),
            url: str_field(&v, "url"),
            lang: str_field(&v, "lang"),
            split: str_field(&v, "split"),
            gold: Gold::Snippets { with: string_list(&v["with"]), without: string_list(&v["without"]) },
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_each_layout() {
        let dir = std::env::temp_dir().join(format!("dossier-web-sets-{}", std::process::id()));
        let (zyte, jsonl, snip) = (dir.join("zyte"), dir.join("jsonl"), dir.join("snip"));
        for d in [&zyte, &jsonl, &snip] {
            std::fs::create_dir_all(d).unwrap();
        }
        std::fs::write(zyte.join("ground-truth.json"), r#"{"b":{"articleBody":"B","url":"https://x/b"},"a":{"articleBody":"A"}}"#).unwrap();
        std::fs::write(jsonl.join("ground-truth.jsonl"), "{\"id\": 7, \"lang\": \"de\", \"gold_type\": \"prefix\", \"text\": \"T\"}\n").unwrap();
        std::fs::write(snip.join("s.jsonl"), r#"{"file":"p/x.html.gz","lang":"fr","split":"test","with":["a b"],"without":["c"]}"#).unwrap();
        let z = load_set(&zyte, None).unwrap();
        assert_eq!((z[0].id.as_str(), z[1].url.as_deref()), ("a", Some("https://x/b")));
        let j = load_set(&jsonl, None).unwrap();
        assert_eq!((j[0].id.as_str(), &j[0].gold), ("7", &Gold::Prefix("T".into())));
        assert!(j[0].html_path.ends_with("html/7.html.gz"));
        assert!(load_set(&snip, None).is_err());
        let s = load_set(&snip, Some(Path::new("/pages"))).unwrap();
        assert_eq!(s[0].html_path, Path::new("/pages/p/x.html.gz"));
        assert_eq!(s[0].gold, Gold::Snippets { with: vec!["a b".into()], without: vec!["c".into()] });
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
