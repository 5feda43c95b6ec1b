//! Text from PDF files with pdf-extract (pure Rust).
//!
//! Pages are separated by a form feed (`\u{c}`) on its own line, so the page
//! of any offset is one plus the number of form feeds before it.

use std::sync::mpsc::RecvTimeoutError;
use std::time::Duration;

use crate::IngestError;

/// How long the PDF library may take on one file. Text PDFs of hundreds of
/// pages take a few seconds; a file that takes longer is looping.
pub(crate) const PDF_TIME_LIMIT: Duration = Duration::from_secs(60);

/// The text of a PDF, page by page. A PDF without a text layer (a scan) is an
/// error that says so; OCR is out of scope.
pub(crate) fn pdf_text(bytes: &[u8]) -> Result<String, IngestError> {
    pdf_text_within(bytes, PDF_TIME_LIMIT)
}

/// [`pdf_text`] with its own time limit.
pub(crate) fn pdf_text_within(bytes: &[u8], limit: Duration) -> Result<String, IngestError> {
    let pages = pages_within(bytes.to_vec(), limit)?;
    let pages: Vec<String> = pages.iter().map(|p| clean_page(p)).collect();
    if pages.iter().all(|p| p.trim().is_empty()) {
        return Err(IngestError::Pdf(format!(
            "no text layer in {} page(s): this looks like a scanned PDF; run OCR first (e.g. ocrmypdf) and ingest the result",
            pages.len()
        )));
    }
    Ok(pages.join("\n\n\u{c}\n\n"))
}

/// Runs pdf-extract on its own thread, so that a file making it panic, recurse
/// deeply or loop costs one error, not the batch. A looping parse cannot be
/// stopped from outside; its thread is left to finish on its own.
fn pages_within(bytes: Vec<u8>, limit: Duration) -> Result<Vec<String>, IngestError> {
    let (send, receive) = std::sync::mpsc::channel();
    let spawned = std::thread::Builder::new().name("pdf-extract".into()).stack_size(256 << 20).spawn(move || {
        // pdf-extract can panic on malformed files.
        let result = std::panic::catch_unwind(|| pdf_extract::extract_text_from_mem_by_pages(&bytes));
        let _ = send.send(result);
    });
    spawned.map_err(|e| IngestError::Pdf(format!("cannot start the PDF reader: {e}")))?;
    match receive.recv_timeout(limit) {
        Ok(Ok(pages)) => pages.map_err(|e| IngestError::Pdf(format!("cannot read: {e}"))),
        Ok(Err(_)) | Err(RecvTimeoutError::Disconnected) => {
            Err(IngestError::Pdf("the PDF parser failed on this file (damaged or unsupported PDF)".into()))
        }
        Err(RecvTimeoutError::Timeout) => Err(IngestError::Pdf(format!(
            "the PDF parser did not finish within {} s (damaged or pathological PDF): skipped",
            limit.as_secs()
        ))),
    }
}

/// Justified PDF text comes out with runs of spaces; lines keep their breaks.
fn clean_page(page: &str) -> String {
    page.lines().map(|l| l.split_whitespace().collect::<Vec<_>>().join(" ")).collect::<Vec<_>>().join("\n")
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A minimal valid PDF with one page per text (Helvetica, WinAnsi), or
    /// pages without any text when `texts` holds empty strings.
    pub fn make_pdf(texts: &[&str]) -> Vec<u8> {
        let mut objects: Vec<String> = Vec::new();
        let n = texts.len();
        // 1: catalog, 2: pages, 3: font, then per page: page object, content stream.
        objects.push("<< /Type /Catalog /Pages 2 0 R >>".into());
        let kids: Vec<String> = (0..n).map(|i| format!("{} 0 R", 4 + 2 * i)).collect();
        objects.push(format!("<< /Type /Pages /Kids [{}] /Count {n} >>", kids.join(" ")));
        objects.push("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>".into());
        for (i, t) in texts.iter().enumerate() {
            objects.push(format!(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents {} 0 R >>",
                5 + 2 * i
            ));
            let stream = if t.is_empty() { String::new() } else { format!("BT /F1 12 Tf 72 720 Td ({t}) Tj ET") };
            objects.push(format!("<< /Length {} >>\nstream\n{stream}\nendstream", stream.len()));
        }
        let mut out = b"%PDF-1.4\n".to_vec();
        let mut offsets = Vec::new();
        for (i, o) in objects.iter().enumerate() {
            offsets.push(out.len());
            out.extend_from_slice(format!("{} 0 obj\n{o}\nendobj\n", i + 1).as_bytes());
        }
        let xref = out.len();
        out.extend_from_slice(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes());
        for off in offsets {
            out.extend_from_slice(format!("{off:010} 00000 n \n").as_bytes());
        }
        out.extend_from_slice(format!("trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n", objects.len() + 1).as_bytes());
        out
    }

    #[test]
    fn text_pages_are_kept_with_page_breaks() {
        let pdf = make_pdf(&["Article 1 Le chiffrement des communications", "Article 2 La cle de dechiffrement"]);
        let text = pdf_text(&pdf).unwrap();
        assert!(text.contains("Article 1 Le chiffrement des communications"), "{text:?}");
        assert_eq!(text.matches('\u{c}').count(), 1, "{text:?}");
        assert!(text.find("Article 2").unwrap() > text.find('\u{c}').unwrap());
    }

    #[test]
    fn a_parse_past_the_time_limit_is_an_error_not_a_hang() {
        let pages: Vec<String> = (0..2000).map(|i| format!("Page {i} of a long report")).collect();
        let pdf = make_pdf(&pages.iter().map(String::as_str).collect::<Vec<_>>());
        match pdf_text_within(&pdf, Duration::from_millis(1)) {
            Err(IngestError::Pdf(m)) => assert!(m.contains("did not finish within"), "{m}"),
            other => panic!("expected a time-limit error, got {other:?}"),
        }
        assert!(pdf_text(&pdf).is_ok(), "the same file within the normal limit");
    }

    #[test]
    fn scanned_and_broken_pdfs_get_clear_errors() {
        let err = pdf_text(&make_pdf(&["", ""])).unwrap_err().to_string();
        assert!(err.contains("no text layer in 2 page(s)"), "{err}");
        let err = pdf_text(b"%PDF-1.4\n1 0 obj garbage").unwrap_err().to_string();
        assert!(err.starts_with("PDF: "), "{err}");
    }
}
