//! Polite HTTP fetching for Dossier, and discovery of article URLs in feeds
//! and sitemaps.
//!
//! A [`Fetcher`] honours robots.txt (cached per origin, including
//! `Crawl-delay`), waits a configurable delay between two requests to the same
//! host, retries 429 and 5xx answers with exponential backoff and
//! `Retry-After`, bounds redirects, time and body size (decompressed, so a
//! gzip bomb is cut off), and sends `If-None-Match`/`If-Modified-Since` when
//! given validators from an earlier fetch so that re-running a crawl is cheap.
//! [`Fetcher::fetch_many`] fetches many URLs with one worker per host
//! (per-host concurrency 1) and a global concurrency limit.
//!
//! ```
//! use dossier_fetch::{parse_sitemap, parse_feed};
//! let sm = parse_sitemap(br#"<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
//!   <url><loc>https://example.org/a</loc><lastmod>2025-02-21</lastmod></url></urlset>"#).unwrap();
//! assert_eq!(sm.urls[0].url, "https://example.org/a");
//! assert!(parse_feed(b"not xml at all").is_err());
//! ```

use chrono::{DateTime, NaiveDate, Utc};
use std::collections::HashMap;
use std::io::Read;
use std::sync::{mpsc, Arc, Mutex};
use std::time::{Duration, Instant};

/// Why a URL could not be fetched. Messages name the URL's problem and what to do.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    #[error("invalid URL: {0}")]
    InvalidUrl(String),
    #[error("robots.txt of {origin} disallows this path for our user agent; skipped")]
    RobotsDisallowed { origin: String },
    #[error("robots.txt of {origin} could not be read (server error or no answer); not fetching until it can be (use --ignore-robots only for sites you may crawl)")]
    RobotsUnavailable { origin: String },
    #[error("HTTP status {status}{}", if *.retries > 0 { format!(" after {} retries", .retries) } else { String::new() })]
    Status { status: u16, retries: u32 },
    #[error("body larger than the {0} byte limit (raise --max-bytes to accept it)")]
    TooLarge(u64),
    #[error("too many redirects (limit {0}); the site may be in a redirect loop")]
    TooManyRedirects(usize),
    #[error("timed out after {0:?}")]
    Timeout(Duration),
    #[error("network error: {0}")]
    Network(String),
    #[error("not a feed: {0}")]
    Feed(String),
    #[error("not a sitemap: {0}")]
    Sitemap(String),
}

/// Settings of a [`Fetcher`].
#[derive(Debug, Clone)]
pub struct FetchConfig {
    /// Sent as User-Agent; robots.txt rules are matched against its first word.
    pub user_agent: String,
    /// Minimum time between two requests to the same host.
    pub per_host_delay: Duration,
    /// Upper bound for a robots.txt `Crawl-delay`.
    pub max_crawl_delay: Duration,
    /// Whole-request time limit (connect, headers and body).
    pub timeout: Duration,
    pub connect_timeout: Duration,
    pub max_body_bytes: u64,
    pub max_redirects: usize,
    /// Retries after a 429, a 5xx or a network error.
    pub retries: u32,
    /// First backoff; doubled at each retry.
    pub backoff: Duration,
    /// Longest `Retry-After` honoured; a longer one gives up.
    pub max_retry_after: Duration,
    pub respect_robots: bool,
}

impl Default for FetchConfig {
    fn default() -> Self {
        FetchConfig {
            user_agent: user_agent(None),
            per_host_delay: Duration::from_secs(1),
            max_crawl_delay: Duration::from_secs(30),
            timeout: Duration::from_secs(30),
            connect_timeout: Duration::from_secs(10),
            max_body_bytes: 20 * 1024 * 1024,
            max_redirects: 10,
            retries: 3,
            backoff: Duration::from_secs(1),
            max_retry_after: Duration::from_secs(120),
            respect_robots: true,
        }
    }
}

/// The User-Agent Dossier sends, with an optional contact URL or address.
pub fn user_agent(contact: Option<&str>) -> String {
    let base = concat!("DossierBot/", env!("CARGO_PKG_VERSION"));
    match contact {
        Some(c) => format!("{base} (+{c})"),
        None => format!("{base} (news and legal text analysis)"),
    }
}

/// Validators from an earlier fetch, for a conditional request.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Validators {
    pub etag: Option<String>,
    pub last_modified: Option<String>,
}

/// A fetched response.
#[derive(Debug, Clone)]
pub struct Fetched {
    pub url: String,
    pub final_url: String,
    pub status: u16,
    /// Lower-cased `Content-Type` header, empty when absent.
    pub content_type: String,
    pub body: Vec<u8>,
    pub fetched_at: DateTime<Utc>,
    pub validators: Validators,
    /// True on `304 Not Modified`: the body is empty and the stored copy is current.
    pub not_modified: bool,
}

impl Fetched {
    /// The `charset` parameter of the content type.
    pub fn charset(&self) -> Option<&str> {
        charset_of(&self.content_type)
    }
}

/// The `charset` parameter of a `Content-Type` value.
pub fn charset_of(content_type: &str) -> Option<&str> {
    content_type.split(';').find_map(|p| p.trim().strip_prefix("charset=")).map(|c| c.trim_matches('"'))
}

struct Robots {
    rules: Option<texting_robots::Robot>,
    /// robots.txt answered 5xx or could not be fetched: RFC 9309 says to assume
    /// complete disallow until it can be read.
    unreachable: bool,
}

/// A polite HTTP client; share it with `Arc` across threads.
pub struct Fetcher {
    config: FetchConfig,
    client: reqwest::blocking::Client,
    robots: Mutex<HashMap<String, Arc<Robots>>>,
    /// Per host: when the next request may start.
    next_slot: Mutex<HashMap<String, Instant>>,
}

fn classify(e: &reqwest::Error, config: &FetchConfig) -> FetchError {
    if e.is_redirect() {
        FetchError::TooManyRedirects(config.max_redirects)
    } else if e.is_timeout() {
        FetchError::Timeout(config.timeout)
    } else {
        let mut msg = e.to_string();
        let mut source = std::error::Error::source(e);
        while let Some(s) = source {
            msg.push_str(": ");
            msg.push_str(&s.to_string());
            source = s.source();
        }
        FetchError::Network(msg)
    }
}

impl Fetcher {
    pub fn new(config: FetchConfig) -> Result<Fetcher, FetchError> {
        let client = reqwest::blocking::Client::builder()
            .user_agent(config.user_agent.clone())
            .timeout(config.timeout)
            .connect_timeout(config.connect_timeout)
            // Redirects are followed by `fetch` itself, hop by hop, so that every
            // target goes through its own robots.txt check and the hop limit.
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|e| FetchError::Network(e.to_string()))?;
        Ok(Fetcher { config, client, robots: Mutex::new(HashMap::new()), next_slot: Mutex::new(HashMap::new()) })
    }

    pub fn config(&self) -> &FetchConfig {
        &self.config
    }

    /// Wait until this host may be asked again, then book the next slot.
    fn wait_turn(&self, host: &str, delay: Duration) {
        let wait = {
            let mut slots = self.next_slot.lock().unwrap_or_else(|p| p.into_inner());
            let now = Instant::now();
            let at = slots.get(host).copied().unwrap_or(now).max(now);
            slots.insert(host.to_string(), at + delay);
            at - now
        };
        if !wait.is_zero() {
            std::thread::sleep(wait);
        }
    }

    fn robots_for(&self, url: &url::Url) -> Arc<Robots> {
        let origin = url.origin().ascii_serialization();
        if let Some(r) = self.robots.lock().unwrap_or_else(|p| p.into_inner()).get(&origin) {
            return r.clone();
        }
        let robots_url = format!("{origin}/robots.txt");
        let host = url.host_str().unwrap_or("").to_string();
        self.wait_turn(&host, self.config.per_host_delay);
        let (rules, unreachable) = match self.client.get(&robots_url).send() {
            Ok(resp) if resp.status().is_success() => {
                let mut body = Vec::new();
                let _ = resp.take(512 * 1024).read_to_end(&mut body);
                let agent = self.config.user_agent.split('/').next().unwrap_or("DossierBot");
                (texting_robots::Robot::new(agent, &body).ok(), false)
            }
            // No robots.txt (4xx): no rules.
            Ok(resp) if resp.status().is_client_error() => (None, false),
            // 5xx or no answer at all: disallow until it can be read.
            _ => (None, true),
        };
        let entry = Arc::new(Robots { rules, unreachable });
        self.robots.lock().unwrap_or_else(|p| p.into_inner()).insert(origin, entry.clone());
        entry
    }

    /// Fetch one URL politely. With `validators`, a `304` answer gives
    /// `Fetched { not_modified: true, .. }`.
    pub fn fetch(&self, raw_url: &str, validators: Option<&Validators>) -> Result<Fetched, FetchError> {
        self.fetch_hops(raw_url, validators, 0)
    }

    fn fetch_hops(&self, raw_url: &str, validators: Option<&Validators>, hops: usize) -> Result<Fetched, FetchError> {
        let url = url::Url::parse(raw_url).map_err(|e| FetchError::InvalidUrl(format!("{raw_url}: {e}")))?;
        if !matches!(url.scheme(), "http" | "https") {
            return Err(FetchError::InvalidUrl(format!("{raw_url}: only http and https are fetched")));
        }
        let host = url.host_str().unwrap_or("").to_string();
        let mut delay = self.config.per_host_delay;
        if self.config.respect_robots {
            let robots = self.robots_for(&url);
            if robots.unreachable {
                return Err(FetchError::RobotsUnavailable { origin: url.origin().ascii_serialization() });
            }
            if let Some(rules) = &robots.rules {
                if !rules.allowed(url.as_str()) {
                    return Err(FetchError::RobotsDisallowed { origin: url.origin().ascii_serialization() });
                }
                if let Some(d) = rules.delay {
                    // "Crawl-delay: inf" parses as infinity: cap instead of panicking.
                    let asked = Duration::try_from_secs_f32(d.max(0.0)).unwrap_or(self.config.max_crawl_delay);
                    delay = delay.max(asked.min(self.config.max_crawl_delay));
                }
            }
        }
        let mut attempt = 0u32;
        loop {
            self.wait_turn(&host, delay);
            let started = Instant::now();
            let mut req = self.client.get(url.as_str());
            if let Some(v) = validators {
                if let Some(etag) = &v.etag {
                    req = req.header(reqwest::header::IF_NONE_MATCH, etag);
                }
                if let Some(lm) = &v.last_modified {
                    req = req.header(reqwest::header::IF_MODIFIED_SINCE, lm);
                }
            }
            let outcome = req.send();
            let retry_in = match &outcome {
                Ok(resp) if resp.status().as_u16() == 429 || resp.status().is_server_error() => {
                    Some(retry_after(resp).unwrap_or(self.config.backoff * 2u32.pow(attempt)))
                }
                Err(e) if (e.is_timeout() || e.is_connect()) && !e.is_redirect() => Some(self.config.backoff * 2u32.pow(attempt)),
                _ => None,
            };
            if let Some(wait) = retry_in {
                if attempt < self.config.retries && wait <= self.config.max_retry_after {
                    attempt += 1;
                    std::thread::sleep(wait);
                    continue;
                }
            }
            let resp = outcome.map_err(|e| classify(&e, &self.config))?;
            // Follow a redirect as a new request: robots.txt, delay and limits apply to it.
            if resp.status().is_redirection() && resp.status().as_u16() != 304 {
                if let Some(target) = resp
                    .headers()
                    .get(reqwest::header::LOCATION)
                    .and_then(|l| l.to_str().ok())
                    .and_then(|l| resp.url().join(l).ok())
                {
                    if hops >= self.config.max_redirects {
                        return Err(FetchError::TooManyRedirects(self.config.max_redirects));
                    }
                    let mut page = self.fetch_hops(target.as_str(), validators, hops + 1)?;
                    page.url = raw_url.to_string();
                    return Ok(page);
                }
            }
            return self.read_response(raw_url, resp, attempt, started, validators);
        }
    }

    fn read_response(
        &self,
        raw_url: &str,
        resp: reqwest::blocking::Response,
        retries: u32,
        started: Instant,
        sent: Option<&Validators>,
    ) -> Result<Fetched, FetchError> {
        let status = resp.status().as_u16();
        let header = |name: reqwest::header::HeaderName| resp.headers().get(name).and_then(|v| v.to_str().ok()).map(str::to_string);
        let mut validators = Validators { etag: header(reqwest::header::ETAG), last_modified: header(reqwest::header::LAST_MODIFIED) };
        if status == 304 {
            // A 304 need not repeat the validators: keep the ones that still hold.
            if let Some(sent) = sent {
                validators.etag = validators.etag.or_else(|| sent.etag.clone());
                validators.last_modified = validators.last_modified.or_else(|| sent.last_modified.clone());
            }
        }
        let content_type = header(reqwest::header::CONTENT_TYPE).unwrap_or_default().to_ascii_lowercase();
        let final_url = resp.url().to_string();
        if status == 304 {
            return Ok(Fetched {
                url: raw_url.into(),
                final_url,
                status,
                content_type,
                body: Vec::new(),
                fetched_at: Utc::now(),
                validators,
                not_modified: true,
            });
        }
        if !(200..300).contains(&status) {
            return Err(FetchError::Status { status, retries });
        }
        let limit = self.config.max_body_bytes;
        if resp.content_length().is_some_and(|n| n > limit) {
            return Err(FetchError::TooLarge(limit));
        }
        // Read in chunks against a deadline: a server trickling one byte a
        // second never trips a per-read timeout, but must not hold us forever.
        let mut body = Vec::new();
        let mut chunk = vec![0u8; 64 * 1024];
        let mut resp = resp;
        loop {
            if started.elapsed() > self.config.timeout {
                return Err(FetchError::Timeout(self.config.timeout));
            }
            let n = resp.read(&mut chunk).map_err(|e| {
                if e.to_string().contains("timed out") || e.kind() == std::io::ErrorKind::TimedOut {
                    FetchError::Timeout(self.config.timeout)
                } else {
                    FetchError::Network(format!("reading body: {e}"))
                }
            })?;
            if n == 0 {
                break;
            }
            body.extend_from_slice(&chunk[..n]);
            if body.len() as u64 > limit {
                return Err(FetchError::TooLarge(limit));
            }
        }
        Ok(Fetched { url: raw_url.into(), final_url, status, content_type, body, fetched_at: Utc::now(), validators, not_modified: false })
    }

    /// Fetch many URLs: one worker per host (so each host sees one request
    /// at a time, spaced by the delay), at most `concurrency` hosts at once.
    /// Results arrive on the returned channel as they complete.
    pub fn fetch_many(
        self: &Arc<Self>,
        requests: Vec<Request>,
        concurrency: usize,
    ) -> mpsc::Receiver<(String, Result<Fetched, FetchError>)> {
        let mut by_host: Vec<(String, Vec<Request>)> = Vec::new();
        for (u, v) in requests {
            let host = url::Url::parse(&u).ok().and_then(|p| p.host_str().map(str::to_string)).unwrap_or_default();
            match by_host.iter_mut().find(|(h, _)| *h == host) {
                Some((_, list)) => list.push((u, v)),
                None => by_host.push((host, vec![(u, v)])),
            }
        }
        let queue = Arc::new(Mutex::new(by_host));
        let (tx, rx) = mpsc::channel();
        for _ in 0..concurrency.max(1) {
            let queue = queue.clone();
            let tx = tx.clone();
            let fetcher = self.clone();
            std::thread::spawn(move || loop {
                let next = queue.lock().unwrap_or_else(|p| p.into_inner()).pop();
                let Some((_, urls)) = next else { break };
                for (u, v) in urls {
                    let result = fetcher.fetch(&u, v.as_ref());
                    if tx.send((u, result)).is_err() {
                        return;
                    }
                }
            });
        }
        rx
    }
}

/// A URL to fetch, with validators from its last fetch.
pub type Request = (String, Option<Validators>);

/// `Retry-After` as seconds or an HTTP date.
fn retry_after(resp: &reqwest::blocking::Response) -> Option<Duration> {
    let v = resp.headers().get(reqwest::header::RETRY_AFTER)?.to_str().ok()?.trim().to_string();
    if let Ok(secs) = v.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let when = DateTime::parse_from_rfc2822(&v).ok()?.with_timezone(&Utc);
    (when - Utc::now()).to_std().ok()
}

/// An article link found in a feed or a sitemap, with what it says about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Discovered {
    pub url: String,
    pub title: Option<String>,
    pub published: Option<NaiveDate>,
}

/// Parse an RSS 1.0/2.0, Atom or JSON feed into its article links.
pub fn parse_feed(bytes: &[u8]) -> Result<Vec<Discovered>, FetchError> {
    let feed = feed_rs::parser::parse(bytes).map_err(|e| FetchError::Feed(e.to_string()))?;
    Ok(feed
        .entries
        .into_iter()
        .filter_map(|e| {
            let link = e.links.iter().find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate")).or(e.links.first())?;
            Some(Discovered {
                url: link.href.clone(),
                title: e.title.map(|t| t.content.trim().to_string()).filter(|t| !t.is_empty()),
                published: e.published.or(e.updated).map(|d| d.date_naive()),
            })
        })
        .collect())
}

/// A parsed sitemap: page URLs (`urlset`) and child sitemaps (`sitemapindex`).
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Sitemap {
    pub urls: Vec<Discovered>,
    pub sitemaps: Vec<String>,
}

/// Parse an XML sitemap, sitemap index or Google News sitemap (gzip-compressed
/// ones too, decompressing at most 50 MB).
pub fn parse_sitemap(bytes: &[u8]) -> Result<Sitemap, FetchError> {
    let owned;
    let bytes = if bytes.starts_with(&[0x1f, 0x8b]) {
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(bytes)
            .take(50 * 1024 * 1024)
            .read_to_end(&mut out)
            .map_err(|e| FetchError::Sitemap(format!("bad gzip: {e}")))?;
        owned = out;
        &owned[..]
    } else {
        bytes
    };
    let mut reader = quick_xml::Reader::from_reader(bytes);
    let mut sitemap = Sitemap::default();
    let mut path: Vec<String> = Vec::new();
    let mut current = Discovered { url: String::new(), title: None, published: None };
    let mut saw_root = false;
    // Text of the innermost element; quick-xml reports entity references separately.
    let mut text = String::new();
    let mut buf = Vec::new();
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(quick_xml::events::Event::Start(e)) => {
                let name = e.local_name().into_inner().to_string();
                if path.is_empty() {
                    if name != "urlset" && name != "sitemapindex" {
                        return Err(FetchError::Sitemap(format!("root element is <{name}>, expected <urlset> or <sitemapindex>")));
                    }
                    saw_root = true;
                }
                path.push(name);
                text.clear();
            }
            Ok(quick_xml::events::Event::End(_)) => {
                let name = path.pop().unwrap_or_default();
                let value = text.trim().to_string();
                text.clear();
                match name.as_str() {
                    "loc" => current.url = value,
                    "publication_date" => current.published = parse_day(&value).or(current.published),
                    "lastmod" if current.published.is_none() => current.published = parse_day(&value),
                    "title" => current.title = Some(value).filter(|t| !t.is_empty()),
                    "url" if !current.url.is_empty() => {
                        sitemap.urls.push(std::mem::replace(&mut current, Discovered { url: String::new(), title: None, published: None }))
                    }
                    "sitemap" if path.last().map(String::as_str) == Some("sitemapindex") && !current.url.is_empty() => {
                        sitemap.sitemaps.push(std::mem::take(&mut current.url));
                        current.published = None;
                    }
                    _ => {}
                }
            }
            Ok(quick_xml::events::Event::Text(t)) => text.push_str(&t.into_inner()),
            Ok(quick_xml::events::Event::CData(t)) => text.push_str(&t.into_inner()),
            Ok(quick_xml::events::Event::GeneralRef(r)) => {
                let name = r.into_inner();
                let resolved = match name.as_ref() {
                    "amp" => Some('&'),
                    "lt" => Some('<'),
                    "gt" => Some('>'),
                    "quot" => Some('"'),
                    "apos" => Some('\''),
                    n => n
                        .strip_prefix("#x")
                        .and_then(|h| u32::from_str_radix(h, 16).ok())
                        .or_else(|| n.strip_prefix('#').and_then(|d| d.parse().ok()))
                        .and_then(char::from_u32),
                };
                if let Some(c) = resolved {
                    text.push(c);
                }
            }
            Ok(quick_xml::events::Event::Eof) => break,
            Err(e) => return Err(FetchError::Sitemap(format!("XML error at byte {}: {e}", reader.buffer_position()))),
            _ => {}
        }
        buf.clear();
    }
    if !saw_root {
        return Err(FetchError::Sitemap("no <urlset> or <sitemapindex> element".into()));
    }
    Ok(sitemap)
}

fn parse_day(s: &str) -> Option<NaiveDate> {
    DateTime::parse_from_rfc3339(s).map(|d| d.date_naive()).ok().or_else(|| NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d").ok())
}

#[cfg(test)]
mod tests;
