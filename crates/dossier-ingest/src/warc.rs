//! WARC files (`.warc`, `.warc.gz`, e.g. Common Crawl News): HTTP responses
//! holding HTML become documents with their target URI; other records are
//! skipped and counted; a corrupt record is reported and reading resumes at
//! the next record.

use crate::{Format, IngestError, Item, Reader};
use std::io::{BufRead, BufReader, Read};

/// Longest record we hold in memory; larger ones are skipped as corrupt.
const MAX_RECORD: usize = 64 * 1024 * 1024;

struct Record {
    headers: Vec<(String, String)>,
    block: Vec<u8>,
}

impl Record {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
}

/// Read the next record; `Ok(None)` at the end. On a corrupt record, returns
/// `Err(reason)` after skipping to the next `WARC/` line.
fn next_record(r: &mut dyn BufRead, pending_version: &mut Option<String>) -> Result<Option<Record>, String> {
    let mut line = String::new();
    // Version line (maybe already read while resynchronising).
    let version = match pending_version.take() {
        Some(v) => v,
        None => loop {
            line.clear();
            if r.read_line(&mut line).map_err(|e| e.to_string())? == 0 {
                return Ok(None);
            }
            if !line.trim().is_empty() {
                break line.trim().to_string();
            }
        },
    };
    if !version.starts_with("WARC/") {
        return Err(resync(r, pending_version, format!("expected a WARC/1.x line, found {:?}", truncate(&version))));
    }
    let mut headers = Vec::new();
    loop {
        line.clear();
        if r.read_line(&mut line).map_err(|e| e.to_string())? == 0 {
            return Err("file ends inside a record header".into());
        }
        let l = line.trim_end();
        if l.is_empty() {
            break;
        }
        if let Some((k, v)) = l.split_once(':') {
            headers.push((k.trim().to_string(), v.trim().to_string()));
        }
    }
    let len = headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("Content-Length"))
        .and_then(|(_, v)| v.parse::<usize>().ok());
    let Some(len) = len.filter(|l| *l <= MAX_RECORD) else {
        return Err(resync(r, pending_version, "missing, invalid or oversized Content-Length".into()));
    };
    let mut block = vec![0u8; len];
    r.read_exact(&mut block).map_err(|e| format!("truncated record: {e}"))?;
    Ok(Some(Record { headers, block }))
}

fn truncate(s: &str) -> String {
    s.chars().take(40).collect()
}

/// Skip lines until the next `WARC/` version line, leaving it pending.
fn resync(r: &mut dyn BufRead, pending: &mut Option<String>, reason: String) -> String {
    let mut line = Vec::new();
    loop {
        line.clear();
        match r.read_until(b'\n', &mut line) {
            Ok(0) | Err(_) => break,
            Ok(_) => {
                if line.starts_with(b"WARC/1.") {
                    *pending = Some(String::from_utf8_lossy(&line).trim().to_string());
                    break;
                }
            }
        }
    }
    reason
}

/// An HTTP response: status, lower-cased headers, body.
type HttpResponse = (u16, Vec<(String, String)>, Vec<u8>);

/// Split an HTTP response into its parts, undoing chunked transfer encoding.
fn parse_http(block: &[u8]) -> Option<HttpResponse> {
    let split = block.windows(4).position(|w| w == b"\r\n\r\n").map(|p| (p, p + 4)).or_else(|| block.windows(2).position(|w| w == b"\n\n").map(|p| (p, p + 2)))?;
    let head = String::from_utf8_lossy(&block[..split.0]);
    let mut lines = head.lines();
    let status: u16 = lines.next()?.split_whitespace().nth(1)?.parse().ok()?;
    let headers: Vec<(String, String)> =
        lines.filter_map(|l| l.split_once(':')).map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string())).collect();
    let mut body = block[split.1..].to_vec();
    if headers.iter().any(|(k, v)| k == "transfer-encoding" && v.to_ascii_lowercase().contains("chunked")) {
        body = dechunk(&body).unwrap_or(body);
    }
    if headers.iter().any(|(k, v)| k == "content-encoding" && v.to_ascii_lowercase().contains("gzip")) {
        let mut out = Vec::new();
        if flate2::read::GzDecoder::new(&body[..]).take(MAX_RECORD as u64).read_to_end(&mut out).is_ok() {
            body = out;
        }
    }
    Some((status, headers, body))
}

fn dechunk(mut data: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    loop {
        let nl = data.windows(2).position(|w| w == b"\r\n")?;
        let size = usize::from_str_radix(String::from_utf8_lossy(&data[..nl]).split(';').next()?.trim(), 16).ok()?;
        data = &data[nl + 2..];
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(data.get(..size)?);
        data = data.get(size + 2..)?;
    }
}

/// Read every record of a WARC file held in `bytes`.
pub fn read_warc(reader: &Reader, origin: &str, bytes: &[u8], sink: &mut dyn FnMut(Item)) {
    let mut input: Box<dyn BufRead> = if bytes.starts_with(&[0x1f, 0x8b]) {
        Box::new(BufReader::new(flate2::read::MultiGzDecoder::new(bytes)))
    } else {
        Box::new(BufReader::new(bytes))
    };
    let mut pending = None;
    let mut n = 0usize;
    loop {
        n += 1;
        let record = match next_record(&mut *input, &mut pending) {
            Ok(Some(r)) => r,
            Ok(None) => break,
            Err(reason) => {
                let stop = reason.starts_with("truncated") || reason.starts_with("file ends");
                sink(Item { origin: format!("{origin}#{n}"), result: Err(IngestError::Warc(format!("corrupt record skipped: {reason}"))) });
                if stop || reason.contains("gzip") || reason.contains("corrupt deflate") || reason.contains("invalid") && pending.is_none() {
                    break;
                }
                continue;
            }
        };
        let is_response = record.header("WARC-Type") == Some("response")
            && record.header("Content-Type").is_some_and(|c| c.contains("application/http"));
        let Some(target) = record.header("WARC-Target-URI").map(|u| u.trim_matches(['<', '>']).to_string()) else {
            reader.count_skipped();
            continue;
        };
        if !is_response {
            reader.count_skipped();
            continue;
        }
        let Some((status, headers, body)) = parse_http(&record.block) else {
            sink(Item { origin: format!("{origin}#{n}"), result: Err(IngestError::Warc(format!("record for {target} holds no HTTP response"))) });
            continue;
        };
        let ctype = headers.iter().find(|(k, _)| k == "content-type").map(|(_, v)| v.to_ascii_lowercase()).unwrap_or_default();
        if status != 200 || !(ctype.contains("html") || ctype.is_empty()) {
            reader.count_skipped();
            continue;
        }
        let charset = dossier_fetch::charset_of(&ctype).map(str::to_string);
        let record_date = record.header("WARC-Date").and_then(dossier_core::parse_published);
        let mut item_sink = |mut item: Item| {
            if let Ok(doc) = &mut item.result {
                if doc.url.is_none() {
                    crate::set_url(doc, &target);
                }
                // The capture date bounds the publication date; use it when the page gives none.
                if doc.published.is_none() {
                    doc.published = record_date;
                }
            }
            sink(item)
        };
        reader.read_decoded(&target, &body, Format::Html, charset.as_deref(), &mut item_sink);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::IngestOptions;

    fn record(kind: &str, uri: &str, block: &str) -> String {
        format!(
            "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2025-02-21T10:00:00Z\r\nContent-Type: application/http; msgtype={kind}\r\nContent-Length: {}\r\n\r\n{block}\r\n\r\n",
            block.len()
        )
    }

    #[test]
    fn responses_become_documents_and_corrupt_records_are_skipped() {
        let page = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body><article><p>Le gouvernement britannique exige une porte dérobée dans iCloud, selon la presse.</p></article></body></html>";
        let warc = [
            "WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 4\r\n\r\ninfo\r\n\r\n".to_string(),
            record("request", "https://ex.org/a", "GET /a HTTP/1.1\r\n\r\n"),
            record("response", "https://ex.org/a", page),
            "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: banana\r\n\r\njunk junk\r\n\r\n".to_string(),
            record("response", "https://ex.org/b", &page.replace("britannique", "américain")),
        ]
        .concat();
        let reader = Reader::new(IngestOptions::default());
        let mut items = Vec::new();
        reader.read_bytes("crawl.warc", warc.as_bytes(), Format::Warc, &mut |i| items.push(i));
        let docs: Vec<_> = items.iter().filter_map(|i| i.result.as_ref().ok()).collect();
        assert_eq!(docs.len(), 2, "{items:?}");
        assert_eq!(docs[0].url.as_deref(), Some("https://ex.org/a"));
        assert_eq!(docs[0].published.map(|d| d.to_string()).as_deref(), Some("2025-02-21"));
        let errors: Vec<String> = items.iter().filter_map(|i| i.result.as_ref().err().map(|e| format!("{}: {e}", i.origin))).collect();
        assert_eq!(errors.len(), 1);
        assert!(errors[0].starts_with("crawl.warc#4: WARC: corrupt record skipped"), "{errors:?}");
        assert_eq!(reader.skipped(), 2);

        // The same records gzip-compressed, one member per record.
        let mut gz = Vec::new();
        for r in [record("response", "https://ex.org/a", page), record("response", "https://ex.org/c", page)] {
            let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
            std::io::Write::write_all(&mut e, r.as_bytes()).unwrap();
            gz.extend(e.finish().unwrap());
        }
        let mut n = 0;
        reader.read_bytes("crawl.warc.gz", &gz, Format::Warc, &mut |i| n += i.result.is_ok() as usize);
        assert_eq!(n, 2, "every gzip member is read");
    }

    #[test]
    fn chunked_bodies_are_decoded() {
        assert_eq!(dechunk(b"4\r\nWiki\r\n5\r\npedia\r\n0\r\n\r\n").unwrap(), b"Wikipedia");
    }
}
