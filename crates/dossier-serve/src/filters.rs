//! Query parameters → search requests and timeline filters, checked: a bad
//! value is a 400 that names the parameter and says what to type.
//!
//! Parameters may repeat (`lang=fr&lang=en`) or hold commas (`lang=fr,en`).

use crate::catalog::Catalog;
use crate::error::HttpError;
use chrono::NaiveDate;
use dossier_core::{parse_date_prefix, DocKind, Stance};
use dossier_index::{SearchRequest, Sort};
use dossier_timeline::Filter;

/// Longest accepted query, in characters.
pub const MAX_QUERY_CHARS: usize = 500;
/// Largest page size.
pub const MAX_PER_PAGE: usize = 100;

/// Raw query parameters in order.
#[derive(Debug, Clone, Default)]
pub struct Params(pub Vec<(String, String)>);

impl Params {
    pub fn one(&self, key: &str) -> Option<&str> {
        self.0.iter().rev().find(|(k, v)| k == key && !v.trim().is_empty()).map(|(_, v)| v.trim())
    }

    pub fn all(&self, key: &str) -> Vec<String> {
        self.0
            .iter()
            .filter(|(k, _)| k == key)
            .flat_map(|(_, v)| v.split(',').map(|s| s.trim().to_string()).collect::<Vec<_>>())
            .filter(|s| !s.is_empty())
            .collect()
    }

    pub fn flag(&self, key: &str) -> bool {
        self.one(key).is_some_and(|v| matches!(v, "1" | "on" | "true" | "yes"))
    }

    /// The parameters as a query string, without `drop` keys, plus `add`.
    pub fn with(&self, drop: &[&str], add: &[(&str, &str)]) -> String {
        let mut pairs: Vec<(String, String)> =
            self.0.iter().filter(|(k, v)| !drop.contains(&k.as_str()) && !v.is_empty()).cloned().collect();
        pairs.extend(add.iter().map(|(k, v)| (k.to_string(), v.to_string())));
        encode(&pairs)
    }
}

/// `k=v&k2=v2`, percent-encoded.
pub fn encode(pairs: &[(String, String)]) -> String {
    let enc = |s: &str| -> String {
        s.bytes()
            .map(|b| match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => (b as char).to_string(),
                b' ' => "+".into(),
                other => format!("%{other:02X}"),
            })
            .collect()
    };
    pairs.iter().map(|(k, v)| format!("{}={}", enc(k), enc(v))).collect::<Vec<_>>().join("&")
}

fn date(p: &Params, key: &str, last: bool) -> Result<Option<NaiveDate>, HttpError> {
    p.one(key)
        .map(|v| {
            parse_date_prefix(v).map(|(a, b)| if last { b } else { a }).map_err(|_| {
                HttpError::bad_request(format!("{key}={v} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD (e.g. {key}=2025-02)"))
            })
        })
        .transpose()
}

/// 1-based page number and page size.
pub fn paging(p: &Params, default_per: usize) -> Result<(usize, usize), HttpError> {
    let number = |key: &str, default: usize| -> Result<usize, HttpError> {
        match p.one(key) {
            None => Ok(default),
            Some(v) => v
                .parse::<usize>()
                .ok()
                .filter(|n| *n >= 1)
                .ok_or_else(|| HttpError::bad_request(format!("{key}={v} is not a page number; use 1, 2, 3…"))),
        }
    };
    let page = number("page", 1)?;
    let per = number("per_page", default_per)?;
    if per > MAX_PER_PAGE {
        return Err(HttpError::bad_request(format!("per_page={per} is too large; at most {MAX_PER_PAGE}")));
    }
    if page > 100_000 {
        return Err(HttpError::bad_request(format!("page={page} is too large")));
    }
    Ok((page, per))
}

/// A page past the last one is a 404 that says how many there are.
pub fn check_page(page: usize, per: usize, total: u64) -> Result<(), HttpError> {
    let pages = total.div_ceil(per as u64).max(1);
    if page as u64 > pages {
        return Err(HttpError::not_found(format!("page {page} is beyond the last page ({pages}) of {total} results")));
    }
    Ok(())
}

fn query(p: &Params) -> Result<String, HttpError> {
    let q = p.one("q").unwrap_or("").to_string();
    let n = q.chars().count();
    if n > MAX_QUERY_CHARS {
        return Err(HttpError::bad_request(format!("the query is {n} characters long; at most {MAX_QUERY_CHARS}")));
    }
    Ok(q)
}

/// The search request of a `/search` or `/api/search` URL, with its page and size.
pub fn search_request(p: &Params) -> Result<(SearchRequest, usize, usize), HttpError> {
    let (page, per) = paging(p, 20)?;
    let mut req = SearchRequest::new(&query(p)?);
    req.languages = p.all("lang").iter().map(|l| l.to_ascii_lowercase()).collect();
    req.kinds = p
        .all("kind")
        .iter()
        .map(|k| k.parse::<DocKind>().map_err(|_| HttpError::bad_request(format!("kind={k} is not a document kind; use news or legal"))))
        .collect::<Result<_, _>>()?;
    req.sites = p.all("site");
    req.authors = p.all("author");
    req.from = date(p, "from", false)?;
    req.to = date(p, "to", true)?;
    req.collapse = p.flag("collapse");
    req.sort = match p.one("sort").unwrap_or("relevance") {
        "relevance" => Sort::Relevance,
        "newest" => Sort::Newest,
        "oldest" => Sort::Oldest,
        other => return Err(HttpError::bad_request(format!("sort={other} is unknown; use relevance, newest or oldest"))),
    };
    req.limit = per;
    req.offset = (page - 1) * per;
    Ok((req, page, per))
}

/// The timeline filter of a `/timeline`, `/api/timeline` or export URL, and
/// its text query. Actor values must name a known actor.
pub fn timeline_filter(p: &Params, catalog: &Catalog) -> Result<(Filter, Option<String>), HttpError> {
    let stances = p
        .all("stance")
        .iter()
        .map(|s| match s.as_str() {
            "against" => Ok(Stance::Against),
            "for" => Ok(Stance::For),
            "neutral" => Ok(Stance::Neutral),
            other => Err(HttpError::bad_request(format!("stance={other} is unknown; use against, for or neutral"))),
        })
        .collect::<Result<_, _>>()?;
    let kinds = p.all("kind");
    if let Some(k) = kinds.iter().find(|k| !matches!(k.as_str(), "quote" | "claim" | "event")) {
        return Err(HttpError::bad_request(format!("kind={k} is unknown; use quote, claim or event")));
    }
    let actors = p.all("actor");
    if let Some(a) = actors.iter().find(|a| !catalog.actor_matches(a)) {
        let near = catalog.actor_suggestions(a);
        let hint = if near.is_empty() { "see /actors for the list".to_string() } else { format!("did you mean {}?", near.join(", ")) };
        return Err(HttpError::not_found(format!("no actor matches \"{a}\"; {hint}")));
    }
    let filter = Filter {
        actors,
        from: date(p, "from", false)?,
        to: date(p, "to", true)?,
        stances,
        topics: p.all("topic"),
        instruments: p.all("instrument"),
        languages: p.all("lang").iter().map(|l| l.to_ascii_lowercase()).collect(),
        kinds,
        undated: p.flag("undated"),
        with_copies: p.flag("copies"),
    };
    Ok((filter, Some(query(p)?).filter(|q| !q.is_empty())))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params(q: &[(&str, &str)]) -> Params {
        Params(q.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect())
    }

    #[test]
    fn bad_values_are_400_with_what_to_type() {
        let e = search_request(&params(&[("from", "notadate")])).unwrap_err();
        assert_eq!(e.status.as_u16(), 400);
        assert!(e.message.contains("YYYY-MM-DD"), "{}", e.message);
        let long = "a".repeat(MAX_QUERY_CHARS + 1);
        assert_eq!(search_request(&params(&[("q", &long)])).unwrap_err().status.as_u16(), 400);
        assert_eq!(search_request(&params(&[("page", "0")])).unwrap_err().status.as_u16(), 400);
        assert_eq!(search_request(&params(&[("sort", "x")])).unwrap_err().status.as_u16(), 400);
        assert_eq!(check_page(3, 10, 20).unwrap_err().status.as_u16(), 404);
        assert!(check_page(1, 10, 0).is_ok());
    }

    #[test]
    fn repeated_and_comma_values_and_encoding() {
        let p = params(&[("lang", "fr,en"), ("lang", "de"), ("q", "a b"), ("page", "2")]);
        let (req, page, per) = search_request(&p).unwrap();
        assert_eq!(req.languages, ["fr", "en", "de"]);
        assert_eq!((page, per, req.offset), (2, 20, 20));
        assert_eq!(p.with(&["page"], &[("sort", "newest")]), "lang=fr%2Cen&lang=de&q=a+b&sort=newest");
    }
}
