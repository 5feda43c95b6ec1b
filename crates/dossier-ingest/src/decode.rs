//! Bytes to text: binary sniffing, BOMs, declared charsets and detection.
//!
//! Invariant: decoding never panics and never silently drops bytes; invalid
//! sequences become U+FFFD, as encoding_rs does.

use crate::IngestError;
use encoding_rs::Encoding;

/// Name the binary format of `bytes`, if it is one we recognise or if it has
/// NUL bytes (text in any of the encodings we decode has none, UTF-16 aside).
pub fn sniff_binary(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"\x89PNG\r\n\x1a\n", "PNG image"),
        (b"\xff\xd8\xff", "JPEG image"),
        (b"GIF87a", "GIF image"),
        (b"GIF89a", "GIF image"),
        (b"%PDF-", "PDF document"),
        (b"PK\x03\x04", "ZIP archive (or DOCX/ODT/XLSX)"),
        (b"\x1f\x8b", "gzip archive"),
        (b"BZh", "bzip2 archive"),
        (b"\xfd7zXZ\x00", "xz archive"),
        (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
        (b"\x7fELF", "ELF executable"),
        (b"RIFF", "RIFF media file"),
        (b"OggS", "Ogg media file"),
        (b"ID3", "MP3 audio"),
        (b"\xd0\xcf\x11\xe0", "legacy Office document"),
        (b"SQLite format 3\x00", "SQLite database"),
    ];
    if let Some((_, name)) = MAGIC.iter().find(|(m, _)| bytes.starts_with(m)) {
        return Some(name);
    }
    if bytes.len() >= 12 && &bytes[4..8] == b"ftyp" {
        return Some("MP4/QuickTime media file");
    }
    let head = &bytes[..bytes.len().min(8192)];
    let utf16 = head.starts_with(b"\xff\xfe") || head.starts_with(b"\xfe\xff");
    if !utf16 && head.contains(&0) {
        return Some("binary data");
    }
    None
}

/// Decode bytes to a `String`.
///
/// Order of evidence: a byte-order mark, then valid UTF-8, then the charset
/// declared by the caller (HTTP header) or inside an HTML `<meta>`, then
/// statistical detection with chardetng (Latin-1/Windows-1252 and friends).
pub fn decode_text(bytes: &[u8], declared: Option<&str>, is_html: bool) -> Result<String, IngestError> {
    if let Some(kind) = sniff_binary(bytes) {
        return Err(IngestError::Binary(kind));
    }
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        return Ok(text.into_owned());
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return Ok(s.to_string());
    }
    let declared_enc = declared
        .and_then(|label| Encoding::for_label(label.trim().as_bytes()))
        .or_else(|| if is_html { html_meta_charset(bytes) } else { None })
        // A page that declares UTF-8 but is not valid UTF-8 is mislabelled; detect instead.
        .filter(|enc| *enc != encoding_rs::UTF_8);
    let enc = declared_enc.unwrap_or_else(|| {
        let mut detector = chardetng::EncodingDetector::new();
        detector.feed(bytes, true);
        detector.guess(None, true)
    });
    let (text, _, _) = enc.decode(bytes);
    Ok(text.into_owned())
}

/// The charset of `<meta charset=...>` or `<meta http-equiv content="...; charset=...">`
/// in the first 4 KiB, as browsers look for it.
fn html_meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let lower: Vec<u8> = head.iter().map(|b| b.to_ascii_lowercase()).collect();
    let pos = find(&lower, b"charset=")? + b"charset=".len();
    let rest = &lower[pos..];
    let rest = rest.strip_prefix(b"\"").or_else(|| rest.strip_prefix(b"'")).unwrap_or(rest);
    let end = rest
        .iter()
        .position(|b| matches!(b, b'"' | b'\'' | b' ' | b';' | b'>' | b'/'))
        .unwrap_or(rest.len());
    Encoding::for_label(&rest[..end])
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin1_french_is_decoded_with_accents() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode("Le chiffrement des données protège la vie privée des utilisateurs à l'étranger.");
        assert!(std::str::from_utf8(&bytes).is_err());
        let text = decode_text(&bytes, None, false).unwrap();
        assert!(text.contains("données protège"), "{text}");
    }

    #[test]
    fn html_meta_charset_wins_over_detection() {
        let mut page = b"<html><head><meta charset=\"iso-8859-1\"></head><body>".to_vec();
        page.extend_from_slice(b"caf\xe9</body></html>");
        assert!(decode_text(&page, None, true).unwrap().contains("café"));
    }

    #[test]
    fn binary_is_named() {
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
        assert!(matches!(decode_text(png, None, false), Err(IngestError::Binary("PNG image"))));
        assert!(matches!(decode_text(b"abc\0def", None, false), Err(IngestError::Binary("binary data"))));
    }

    #[test]
    fn utf16_with_bom_decodes() {
        let mut bytes = vec![0xff, 0xfe];
        for u in "été".encode_utf16() {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(decode_text(&bytes, None, false).unwrap(), "été");
    }
}
