//! Behaviour against a local server on 127.0.0.1: robots, retries, limits,
//! conditional requests. No test touches the internet.

use super::*;
use std::io::Write;
use std::net::TcpListener;
use std::sync::atomic::{AtomicUsize, Ordering};

/// What the test server answers for a path.
#[derive(Clone)]
enum Reply {
    /// status, extra headers, body
    Plain(u16, Vec<(&'static str, String)>, Vec<u8>),
    /// Fail with this status `n` times, then answer 200 with the body.
    FailThen(u16, usize, Vec<(&'static str, String)>, &'static str),
    /// Send the headers, then one body byte per `ms` milliseconds.
    Trickle(u64),
    /// 304 when If-None-Match equals the etag, else 200 with the etag.
    Etag(&'static str, &'static str),
}

fn serve(routes: Vec<(&'static str, Reply)>) -> (String, Arc<AtomicUsize>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let hits = Arc::new(AtomicUsize::new(0));
    let counter = hits.clone();
    let fail_counts = Arc::new(Mutex::new(HashMap::<String, usize>::new()));
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let routes = routes.clone();
            let counter = counter.clone();
            let fail_counts = fail_counts.clone();
            std::thread::spawn(move || {
                let mut buf = [0u8; 8192];
                let n = stream.read(&mut buf).unwrap_or(0);
                let req = String::from_utf8_lossy(&buf[..n]).to_string();
                let path = req.split_whitespace().nth(1).unwrap_or("/").to_string();
                if path != "/robots.txt" {
                    counter.fetch_add(1, Ordering::SeqCst);
                }
                let write = |stream: &mut std::net::TcpStream, status: u16, headers: &[(&str, String)], body: &[u8]| {
                    let mut head = format!("HTTP/1.1 {status} X\r\nContent-Length: {}\r\nConnection: close\r\n", body.len());
                    for (k, v) in headers {
                        head.push_str(&format!("{k}: {v}\r\n"));
                    }
                    head.push_str("\r\n");
                    let _ = stream.write_all(head.as_bytes());
                    let _ = stream.write_all(body);
                };
                match routes.iter().find(|(p, _)| *p == path).map(|(_, r)| r.clone()) {
                    None => write(&mut stream, 404, &[], b"not found"),
                    Some(Reply::Plain(status, headers, body)) => write(&mut stream, status, &headers, &body),
                    Some(Reply::FailThen(status, n, headers, body)) => {
                        let seen = {
                            let mut f = fail_counts.lock().unwrap();
                            let c = f.entry(path.clone()).or_insert(0);
                            *c += 1;
                            *c
                        };
                        if seen <= n {
                            write(&mut stream, status, &headers, b"busy");
                        } else {
                            write(&mut stream, 200, &[], body.as_bytes());
                        }
                    }
                    Some(Reply::Trickle(ms)) => {
                        let _ = stream.write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\nConnection: close\r\n\r\n");
                        for _ in 0..100 {
                            if stream.write_all(b"x").is_err() {
                                break;
                            }
                            std::thread::sleep(Duration::from_millis(ms));
                        }
                    }
                    Some(Reply::Etag(etag, body)) => {
                        if req.to_ascii_lowercase().contains(&format!("if-none-match: {}", etag.to_ascii_lowercase())) {
                            write(&mut stream, 304, &[("ETag", etag.to_string())], b"");
                        } else {
                            write(&mut stream, 200, &[("ETag", etag.to_string())], body.as_bytes());
                        }
                    }
                }
            });
        }
    });
    (base, hits)
}

fn fast() -> FetchConfig {
    FetchConfig {
        per_host_delay: Duration::ZERO,
        backoff: Duration::from_millis(10),
        timeout: Duration::from_secs(5),
        ..FetchConfig::default()
    }
}

fn html(body: &str) -> Reply {
    Reply::Plain(200, vec![("Content-Type", "text/html; charset=utf-8".into())], body.as_bytes().to_vec())
}

#[test]
fn robots_txt_disallow_is_honoured_and_reported() {
    let robots = Reply::Plain(200, vec![], b"User-agent: *\nDisallow: /private\n".to_vec());
    let (base, hits) = serve(vec![("/robots.txt", robots), ("/private/a", html("secret")), ("/public", html("ok"))]);
    let f = Fetcher::new(fast()).unwrap();
    let err = f.fetch(&format!("{base}/private/a"), None).unwrap_err();
    assert!(err.to_string().contains("robots.txt of http://127.0.0.1"), "{err}");
    assert_eq!(hits.load(Ordering::SeqCst), 0, "a disallowed page is never requested");
    let ok = f.fetch(&format!("{base}/public"), None).unwrap();
    assert_eq!(ok.body, b"ok");
    assert_eq!(ok.charset(), Some("utf-8"));
}

#[test]
fn retries_429_with_retry_after_and_5xx_with_backoff() {
    let (base, hits) = serve(vec![
        ("/busy", Reply::FailThen(429, 1, vec![("Retry-After", "0".into())], "finally")),
        ("/flaky", Reply::FailThen(503, 2, vec![], "up")),
        ("/down", Reply::FailThen(500, 99, vec![], "never")),
    ]);
    let f = Fetcher::new(fast()).unwrap();
    assert_eq!(f.fetch(&format!("{base}/busy"), None).unwrap().body, b"finally");
    assert_eq!(f.fetch(&format!("{base}/flaky"), None).unwrap().body, b"up");
    let before = hits.load(Ordering::SeqCst);
    let err = f.fetch(&format!("{base}/down"), None).unwrap_err();
    assert_eq!(err.to_string(), "HTTP status 500 after 3 retries");
    assert_eq!(hits.load(Ordering::SeqCst) - before, 4);
}

#[test]
fn redirect_loops_slow_servers_and_huge_bodies_are_bounded() {
    let (base, _) = serve(vec![
        ("/loop", Reply::Plain(302, vec![("Location", "/loop".into())], Vec::new())),
        ("/slow", Reply::Trickle(1000)),
        ("/big", Reply::Plain(200, vec![], vec![b'a'; 2_000_000])),
    ]);
    let f = Fetcher::new(FetchConfig { timeout: Duration::from_secs(2), retries: 0, max_body_bytes: 1_000_000, ..fast() }).unwrap();
    assert!(matches!(f.fetch(&format!("{base}/loop"), None), Err(FetchError::TooManyRedirects(10))));
    assert!(matches!(f.fetch(&format!("{base}/slow"), None), Err(FetchError::Timeout(_))));
    assert!(matches!(f.fetch(&format!("{base}/big"), None), Err(FetchError::TooLarge(1_000_000))));
}

#[test]
fn gzip_bomb_is_cut_off_after_decompression() {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    enc.write_all(&vec![0u8; 50_000_000]).unwrap();
    let bomb = enc.finish().unwrap();
    assert!(bomb.len() < 200_000);
    let (base, _) = serve(vec![("/bomb", Reply::Plain(200, vec![("Content-Encoding", "gzip".into())], bomb))]);
    let f = Fetcher::new(FetchConfig { max_body_bytes: 1_000_000, ..fast() }).unwrap();
    assert!(matches!(f.fetch(&format!("{base}/bomb"), None), Err(FetchError::TooLarge(_))));
}

#[test]
fn conditional_requests_get_304() {
    let (base, _) = serve(vec![("/page", Reply::Etag("\"v1\"", "<p>hello</p>"))]);
    let f = Fetcher::new(fast()).unwrap();
    let first = f.fetch(&format!("{base}/page"), None).unwrap();
    assert!(!first.not_modified);
    assert_eq!(first.validators.etag.as_deref(), Some("\"v1\""));
    let again = f.fetch(&format!("{base}/page"), Some(&first.validators)).unwrap();
    assert!(again.not_modified && again.body.is_empty());
}

#[test]
fn same_host_requests_are_spaced_by_the_delay() {
    let (base, _) = serve(vec![("/a", html("a")), ("/b", html("b")), ("/c", html("c"))]);
    let f = Arc::new(Fetcher::new(FetchConfig { per_host_delay: Duration::from_millis(150), ..fast() }).unwrap());
    let start = Instant::now();
    let rx = f.fetch_many(["/a", "/b", "/c"].iter().map(|p| (format!("{base}{p}"), None)).collect(), 4);
    let got: Vec<_> = rx.iter().collect();
    assert_eq!(got.len(), 3);
    assert!(got.iter().all(|(_, r)| r.is_ok()));
    // robots.txt + 3 pages on one host: at least three gaps of 150 ms.
    assert!(start.elapsed() >= Duration::from_millis(450), "{:?}", start.elapsed());
}

#[test]
fn feeds_and_sitemaps_are_parsed() {
    let rss = br#"<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
        <item><title>Apple et Londres</title><link>https://ex.org/a</link><pubDate>Fri, 21 Feb 2025 10:00:00 +0100</pubDate></item>
        </channel></rss>"#;
    let items = parse_feed(rss).unwrap();
    assert_eq!(items, vec![Discovered { url: "https://ex.org/a".into(), title: Some("Apple et Londres".into()), published: NaiveDate::from_ymd_opt(2025, 2, 21) }]);
    let atom = br#"<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title><entry><title>E</title><link href="https://ex.org/e"/><id>1</id><updated>2024-05-01T00:00:00Z</updated></entry></feed>"#;
    assert_eq!(parse_feed(atom).unwrap()[0].url, "https://ex.org/e");
    assert!(parse_feed(b"<html><body>not a feed</body></html>").is_err());

    let index = br#"<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://ex.org/s1.xml</loc></sitemap></sitemapindex>"#;
    assert_eq!(parse_sitemap(index).unwrap().sitemaps, vec!["https://ex.org/s1.xml"]);
    let news = br#"<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
        <url><loc>https://ex.org/n?a=1&amp;b=2</loc><news:news><news:publication_date>2025-03-01T08:00:00+01:00</news:publication_date><news:title>Titre</news:title></news:news></url></urlset>"#;
    let sm = parse_sitemap(news).unwrap();
    assert_eq!(sm.urls[0].url, "https://ex.org/n?a=1&b=2");
    assert_eq!(sm.urls[0].title.as_deref(), Some("Titre"));
    assert_eq!(sm.urls[0].published, NaiveDate::from_ymd_opt(2025, 3, 1));
    assert!(parse_sitemap(b"<html></html>").is_err());
    assert!(parse_sitemap(b"{}").is_err());
}

#[test]
fn unreadable_robots_blocks_and_odd_crawl_delays_do_not_panic() {
    let (down, hits) = serve(vec![("/robots.txt", Reply::Plain(503, vec![], b"down".to_vec())), ("/a", html("a"))]);
    let f = Fetcher::new(FetchConfig { retries: 0, ..fast() }).unwrap();
    let err = f.fetch(&format!("{down}/a"), None).unwrap_err();
    assert!(matches!(err, FetchError::RobotsUnavailable { .. }), "{err}");
    assert_eq!(hits.load(Ordering::SeqCst), 0);
    let (odd, _) = serve(vec![("/robots.txt", Reply::Plain(200, vec![], b"User-agent: *\nCrawl-delay: inf\n".to_vec())), ("/a", html("a"))]);
    let f = Fetcher::new(FetchConfig { max_crawl_delay: Duration::from_millis(10), ..fast() }).unwrap();
    assert_eq!(f.fetch(&format!("{odd}/a"), None).unwrap().body, b"a");
}

#[test]
fn redirects_to_another_origin_go_through_its_robots_txt() {
    let robots = Reply::Plain(200, vec![], b"User-agent: *\nDisallow: /private\n".to_vec());
    let (target, target_hits) = serve(vec![("/robots.txt", robots), ("/private/x", html("secret")), ("/open", html("open"))]);
    let (origin, _) = serve(vec![
        ("/to-private", Reply::Plain(302, vec![("Location", format!("{target}/private/x"))], Vec::new())),
        ("/to-open", Reply::Plain(301, vec![("Location", format!("{target}/open"))], Vec::new())),
    ]);
    let f = Fetcher::new(fast()).unwrap();
    let err = f.fetch(&format!("{origin}/to-private"), None).unwrap_err();
    assert!(matches!(err, FetchError::RobotsDisallowed { .. }), "{err}");
    assert_eq!(target_hits.load(Ordering::SeqCst), 0, "the disallowed target is never requested");
    let page = f.fetch(&format!("{origin}/to-open"), None).unwrap();
    assert_eq!(page.body, b"open");
    assert_eq!(page.final_url, format!("{target}/open"));
    assert_eq!(page.url, format!("{origin}/to-open"));
}
