//! Parsing of machine-written dates (metadata fields, command-line bounds).

use chrono::{DateTime, NaiveDate, NaiveDateTime};

/// Parse a publication date as found in metadata: `2025-02-21`,
/// `2025-02-21T10:32:00+01:00`, `2025-02-21 10:32:00`, `2025/02/21`,
/// RFC 2822 (`Fri, 21 Feb 2025 10:32:00 GMT`), or `20250221`.
/// Returns `None` for anything else rather than guessing.
pub fn parse_published(raw: &str) -> Option<NaiveDate> {
    let s = raw.trim();
    if s.is_empty() {
        return None;
    }
    if let Ok(dt) = DateTime::parse_from_rfc3339(s) {
        return Some(dt.date_naive());
    }
    if let Ok(dt) = DateTime::parse_from_rfc2822(s) {
        return Some(dt.date_naive());
    }
    for fmt in ["%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%d %H:%M:%S%.f", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"] {
        if let Ok(dt) = NaiveDateTime::parse_from_str(s, fmt) {
            return Some(dt.date());
        }
    }
    for fmt in ["%Y-%m-%d", "%Y/%m/%d", "%Y%m%d", "%d.%m.%Y", "%d/%m/%Y"] {
        if let Ok(d) = NaiveDate::parse_from_str(s, fmt) {
            return Some(d);
        }
    }
    // A longer string that starts with an ISO day, e.g. "2025-02-21T10:32Z".
    s.get(..10).and_then(|head| NaiveDate::parse_from_str(head, "%Y-%m-%d").ok())
}

/// Like [`parse_published`], and also a month (`2024-08`) or a year
/// (`2024`) alone, with the precision it was given at; the date is then the
/// first day of that month or year.
///
/// ```
/// use dossier_core::{parse_published_precise, Precision};
/// let (d, p) = parse_published_precise("2024-08").unwrap();
/// assert_eq!((d.to_string(), p), ("2024-08-01".to_string(), Precision::Month));
/// assert_eq!(parse_published_precise("2024-08-21").unwrap().1, Precision::Day);
/// assert!(parse_published_precise("soon").is_none());
/// ```
pub fn parse_published_precise(raw: &str) -> Option<(NaiveDate, crate::Precision)> {
    if let Some(d) = parse_published(raw) {
        return Some((d, crate::Precision::Day));
    }
    let s = raw.trim();
    let digits = |p: &str| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit());
    match s.split(['-', '/']).collect::<Vec<_>>().as_slice() {
        [y, m] if y.len() == 4 && digits(y) && digits(m) && m.len() <= 2 => {
            NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, 1).map(|d| (d, crate::Precision::Month))
        }
        [y] if y.len() == 4 && digits(y) => NaiveDate::from_ymd_opt(y.parse().ok()?, 1, 1).map(|d| (d, crate::Precision::Year)),
        _ => None,
    }
}

/// Parse a date bound given as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
///
/// Returns the first and the last day the bound covers, so that `--to 2025`
/// means "up to 31 December 2025".
///
/// ```
/// use dossier_core::parse_date_prefix;
/// use chrono::NaiveDate;
/// let (first, last) = parse_date_prefix("2024-02").unwrap();
/// assert_eq!(first, NaiveDate::from_ymd_opt(2024, 2, 1).unwrap());
/// assert_eq!(last, NaiveDate::from_ymd_opt(2024, 2, 29).unwrap());
/// assert!(parse_date_prefix("Feb 2024").is_err());
/// ```
pub fn parse_date_prefix(raw: &str) -> Result<(NaiveDate, NaiveDate), String> {
    let s = raw.trim();
    let bad = || format!("invalid date {raw:?}: expected YYYY, YYYY-MM or YYYY-MM-DD");
    let parts: Vec<&str> = s.split('-').collect();
    let num = |p: &str| p.parse::<u32>().map_err(|_| bad());
    match parts.as_slice() {
        [y] if y.len() == 4 => {
            let y = num(y)? as i32;
            let first = NaiveDate::from_ymd_opt(y, 1, 1).ok_or_else(bad)?;
            let last = NaiveDate::from_ymd_opt(y, 12, 31).ok_or_else(bad)?;
            Ok((first, last))
        }
        [y, m] if y.len() == 4 => {
            let (y, m) = (num(y)? as i32, num(m)?);
            let first = NaiveDate::from_ymd_opt(y, m, 1).ok_or_else(bad)?;
            let next = if m == 12 { NaiveDate::from_ymd_opt(y + 1, 1, 1) } else { NaiveDate::from_ymd_opt(y, m + 1, 1) };
            let last = next.and_then(|d| d.pred_opt()).ok_or_else(bad)?;
            Ok((first, last))
        }
        [y, m, d] if y.len() == 4 => {
            let day = NaiveDate::from_ymd_opt(num(y)? as i32, num(m)?, num(d)?).ok_or_else(bad)?;
            Ok((day, day))
        }
        _ => Err(bad()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn parses_common_metadata_forms() {
        assert_eq!(parse_published("2025-02-21"), Some(d(2025, 2, 21)));
        assert_eq!(parse_published("2025-02-21T10:32:00+01:00"), Some(d(2025, 2, 21)));
        assert_eq!(parse_published("Fri, 21 Feb 2025 10:32:00 GMT"), Some(d(2025, 2, 21)));
        assert_eq!(parse_published("2025-02-21T10:32Z"), Some(d(2025, 2, 21)));
        assert_eq!(parse_published("21.02.2025"), Some(d(2025, 2, 21)));
        assert_eq!(parse_published("yesterday"), None);
        assert_eq!(parse_published(""), None);
    }

    #[test]
    fn bounds_cover_whole_periods() {
        assert_eq!(parse_date_prefix("2025").unwrap(), (d(2025, 1, 1), d(2025, 12, 31)));
        assert_eq!(parse_date_prefix("2025-12").unwrap(), (d(2025, 12, 1), d(2025, 12, 31)));
        assert!(parse_date_prefix("2025-13").is_err());
        assert!(parse_date_prefix("25-1-1").is_err());
    }
}
