//! Germany: provisions ("§ 100a Abs. 1 StPO", "§§ 170 ff. TKG", "Art. 10 GG", "HGB § 74a"),
//! lists ("§§ 511, 513, 520 ZPO": one reference per item), court decisions with file numbers
//! ("BVerfG, 1 BvR 966/09", "BGH, Beschluss vom 29. April 2015 - XII ZB 214/14", bare
//! "XII ZB 586/14") and reporter citations ("NJW 2015, 1827", "BGHZ 123, 45", "BStBl II 1999, 213").

use dossier_core::LegalRefKind;
use regex::Regex;

use super::{cap, re, Attach, Candidate};

pub(crate) struct DePatterns {
    provision: Regex,
    list_item: Regex,
    court: Regex,
    file: Regex,
    reporter: Regex,
    continuation: Regex,
    contract: Regex,
    reporter_locator: Regex,
    commentary_locator: Regex,
}

/// Fields that [`parse_subdivisions`] fills.
const SUBDIVISION_FIELDS: [&str; 6] = ["absatz", "satz", "nummer", "buchstabe", "alternative", "halbsatz"];

/// How the items after the first provision of a match are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum List {
    /// "§ 5": further numbers continue its last subdivision.
    Single,
    /// "§§ 5, 6": every number is a provision.
    Plural,
    /// "Art. 12, 14": a provision, unless it continues the last subdivision.
    Articles,
}

const NUMBER: &str = r"\d{1,4}(?:\s?[a-z]\b)?";
const SUBDIV: &str = r"(?:(?:,|\sund|\soder)?\s?(?:Abs\.?|Absatz|Satz|S\.|S|Nr\.?|Nrn\.?|Nummer|Buchst\.?|Buchstabe|lit\.|Alt\.?|Alternative|Halbs\.|Halbsatz|Hs\.|Var\.|UAbs\.|Unterabs\.)\s{0,10}(?:\d{1,4}[a-z]?\b|[a-z]\b)(?:\s{1,10}(?:und|oder|bis)\s{1,10}(?:\d{1,4}[a-z]?\b|[a-z]\)))*|\s[a-z]\)(?:\s(?:und|oder|bis)\s[a-z]\))?)";
const FF: &str = r"(?:\s?(?:ff\.?|f\.))?";
const COURT: &str = r"(?:(?:Bayer\.|Bayerisches|Hessisches|Hess\.|Sächsisches|Niedersächsisches|Thüringer)\s)?(?:BVerfG|BVerwG|BGH|BAG|BSG|BFH|BPatG|EuGH|EuG|EGMR|RG|BayObLG|BayVGH|KG|OVG|VGH|OLG|LSG|LAG|LG|AG|VG|SG|FG|ArbG)(?:\s(?:NRW|[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?))?";
const DATE: &str = r"(?:(?:vom|v\.)\s\d{1,2}\.\s?(?:\d{1,2}\.\s?\d{2,4}|[A-ZÄ][a-zä]+\s\d{4})|\d{4}-\d{2}-\d{2})";
const FILE: &str = r"(?:(?:[A-Z][A-Za-z]{0,3}\s)?(?:[IVX]{1,5}[a-z]?|\d{1,2}[A-Za-z]?)\s[A-Z][A-Za-z]{0,4}\s\d{1,5}[/.]\d{2,4}(?:\s(?:R|B\sER|B|ER)\b)?|[CT]-\d{1,4}/\d{2})";
const REPORTERS: &str = r"NJW-RR|NJW-CoR|NJW|FamRZ|GRUR-RR|GRUR\sInt\.|GRUR|WRP|BGHZ|BGHSt|BVerfGE|BVerwGE|BAGE|BSGE|BFHE|BStBl|BFH/NV|RGZ|RGSt|BayObLGZ|BayVBl\.?|WuM|MM|NVwZ-RR|NVwZ|ZIP|NZG|RNotZ|BtPrax|EFG|UR|WM|JurBüro|Rpfleger|NStZ-RR|NStZ|StV|MMR|CR|K&R|NZA-RR|NZA|NZS|DStRE|DStR|HFR|DB|BB|MDR|JZ|ZUM|AfP|NJOZ|VersR|ZfBR|BauR|DVBl\.?|DÖV|NZM|ZMR|GmbHR|ZInsO|NZI|FGPrax|ZEV|DNotZ|MittBayNot|EuZW|EuGRZ|NZV|DAR|VRS|JuS|ZUR|NuR|AnwBl|VBlBW|NdsVBl|NWVBl|SächsVBl|LKV|KStZ|JW|ZD|CuR|ITRB|KommJur|NZBau|IBR|ZfIR|NotBZ|ZErb|ErbR|FuR|FF|NZFam|ZKJ|JAmt|ZfJ|SGb|Breith\.|ZfSH/SGB|info\s?also|ZFSH/SGB|NZS|VSSR|BKK|DOK|WzS|SozSich|RdLH|KrV|USK|StuB|INF|BFH-PR|GStB|EStB|UStB|DStZ|FR|StE|BStBl\.|ZfZ|AW-Prax|RIW|IStR|DStJG|ZVglRWiss|EuR|EuZA|ZESAR|RdA|SAE|EzA|AuR|ArbuR|ZTR|PersR|PersV|öAT|ZBR|RiA|IÖD|NZWehrr|DVP|VR|KKZ|Kommunalpraxis|ZfW|AbfallR|UPR|NVwZ-Extra|JA|Jura|JR|StraFo|wistra|NZWiSt|ZWH|CCZ|ZWeR|WuW|GWR";
const NOT_REPORTERS: &[&str] = &["BAG", "BGH", "BSG", "BFH", "BVerfG", "BVerwG", "EuGH", "OLG", "LSG", "BayObLG", "RdNr", "BGBl", "GVBl", "ABl", "BAnz", "BT-Drucks", "BR-Drucks", "SGB", "GG", "Rn", "RdNr", "Tz", "Abs", "Nr"];

impl DePatterns {
    pub(crate) fn new() -> Result<Self, regex::Error> {
        let book_before = r"(?:(?P<prebook>[A-ZÄÖÜ][A-Za-zäöüß]*[A-Z][A-Za-zäöüß]*(?:\s[IVX]{1,4})?)\s)?";
        let provision =
            format!(r"{book_before}(?P<sym>§§?|\bArt\.?|\bArtikels?)\s?(?P<num>{NUMBER})(?P<sub>{SUBDIV}*)(?P<ff>{FF})");
        let list_item = format!(r"^(?:\s?,\s?|\s(?:und|bis|oder|sowie)\s)(?P<num>\d{{1,4}}(?:\s?[a-z]\b)?)(?P<sub>{SUBDIV}*){FF}");
        let court = format!(
            r"(?P<court>{COURT})(?:-(?P<t1>Urteile?|Beschlüsse|Beschluss|Beschluß))?(?:,?\s(?P<t2>Urteile?|Beschlüsse|Beschluss|Beschluß|Beschl\.|Urt\.|Gerichtsbescheid))?(?:,?\s(?P<date>{DATE}))?(?:\s?[-–,]\s?|\s)(?:Az\.\s|Rs\.\s)?(?:(?P<court2>{COURT})\s)?(?P<file>{FILE})"
        );
        let generic = r"[A-ZÄÖÜ][A-Za-zÄÖÜäöü]*[A-Z][A-Za-zÄÖÜäöü]*(?:-[A-Z]{1,3})?";
        let reporter = format!(
            r"(?:(?P<court>{COURT})(?:\s{DATE})?\s)?(?P<rep>{REPORTERS}|{generic})\s(?:(?P<part>I{{1,3}})\s)?(?P<vol>\d{{1,4}}),\s?(?P<page>[A-Z]?-?\d{{1,5}})(?:,\s?(?P<pin>\d{{1,5}})\b)?(?:\s?\((?P<pin2>\d{{1,5}})\))?"
        );
        Ok(DePatterns {
            provision: re(&provision)?,
            list_item: re(&list_item)?,
            court: re(&court)?,
            file: re(&format!(r"\b(?P<file>{FILE})"))?,
            reporter: re(&reporter)?,
            continuation: re(r"^[^;\n\d]{0,8};\s(?P<vol>\d{1,4}),\s?(?P<page>\d{1,5})(?:\s?\((?P<pin2>\d{1,5})\)?)?")?,
            contract: re(
                r"^\s(?:des|der|dieses|seines|ihres|eines|im|in|aus)\s(?:(?:Arbeits|Miet|Kauf|Pacht|Dienst|Gesellschafts|Übergabe|Praxisübergabe|Darlehens|Werk|Leasing|Anstellungs|Geschäftsführer|Bau|Liefer|Lizenz|Versicherungs|Ehe|Erb|Tarif|Formular|Leih|Verwahrungs|Franchise|Händler|Vertriebs|Handelsvertreter)vertrag(?:e?s)?\b|Vertrag(?:e?s)?\s(?:vom|v\.|der\sParteien)\b|(?:Miet|Arbeits|Kauf)?[Vv]ertrag(?:e?s)?\s\(|Vereinbarung\b|Allgemeinen\sGeschäftsbedingungen|AGB\b)",
            )?,
            reporter_locator: re(r"(?:\b(?:AP|EzA)\s(?:Nr\.?\s?\d+(?:(?:,|\sund|\sbis)\s?\d+)*\s)?(?:zu\s)?|\bSozR\s(?:\d\s?-\s?\d{3,4}\s)?)$")?,
            commentary_locator: re(r"(?:\d{1,2}\.\s?Aufl\.?,?\s(?:\d{4},?\s)?(?:Bd\.\s?[\dIVX]+,?\s)?|\baaO\.?,?\s|\ba\.\s?a\.\s?O\.?,?\s)$")?,
        })
    }

    pub(crate) fn find(&self, text: &str, out: &mut Vec<Candidate>) {
        self.find_provisions(text, out);
        self.find_courts(text, out);
        self.find_reporters(text, out);
    }

    fn find_provisions(&self, text: &str, out: &mut Vec<Candidate>) {
        for (group, c) in self.provision.captures_iter(text).enumerate() {
            let Some(m) = c.get(0) else { continue };
            let sym = cap(&c, "sym").unwrap_or("§");
            let kind = if sym.starts_with('§') { LegalRefKind::Section } else { LegalRefKind::Article };
            // refex convention: "HGB §§ 74 ff" is cited as "HGB §§ 74"; "§§ 74 ff. HGB" keeps "ff.".
            let end = match (cap(&c, "prebook"), c.name("ff")) {
                (Some(_), Some(ff)) if !ff.as_str().is_empty() => ff.start(),
                _ => m.end(),
            };
            let mut first = provision(text, m.start(), end, kind, cap(&c, "num"), cap(&c, "sub"), group);
            first = first.field("book", cap(&c, "prebook"));
            if cap(&c, "prebook").is_some() {
                first.attach = Attach::No;
            }
            let list = if sym == "§§" {
                List::Plural
            } else if kind == LegalRefKind::Article {
                List::Articles
            } else {
                List::Single
            };
            let mut end = first.end;
            let head_only = (sym == "§§").then(|| m.start() + c.name("num").map_or(0, |n| n.end() - m.start()));
            let first_index = out.len();
            out.push(first);
            while let Some(item) = self.list_item.captures(&text[end..]) {
                let (Some(whole), Some(num)) = (item.get(0), item.name("num")) else { break };
                let Some(last) = out.last_mut() else { break };
                let last_has_subdivisions = SUBDIVISION_FIELDS.iter().any(|k| last.fields.contains_key(*k));
                let item_has_subdivisions = cap(&item, "sub").is_some_and(|s| !s.is_empty());
                let continues = match list {
                    // "§ 172 Absatz 1, 2 und 4": values of the last subdivision, not new sections.
                    List::Single => last_has_subdivisions,
                    // "Art. 5 Abs. 1, 3 GG" continues Abs.; "Art. 12, 14 GG" and "Art. 2 Abs. 1, 1 Abs. 1 GG" list articles.
                    List::Articles => last_has_subdivisions && !item_has_subdivisions,
                    List::Plural => false,
                };
                if continues {
                    end += whole.end();
                    last.end = fix_letter_abbreviation(text, last.start, end);
                    end = last.end;
                    continue;
                }
                if list == List::Single {
                    // A lone number after "§ 5" is no reference of its own.
                    break;
                }
                let start = end + num.start();
                let cand = provision(text, start, end + whole.end(), kind, Some(num.as_str()), cap(&item, "sub"), group);
                end = cand.end;
                out.push(cand);
            }
            // refex convention: in "§§ 92 Abs. 1, 97 Abs. 1 ZPO" the first item is "§§ 92".
            if let (Some(head_end), true) = (head_only, out.len() > first_index + 1) {
                out[first_index].end = head_end;
            }
            if self.contract.is_match(&text[end..]) {
                // "§ 10 des Arbeitsvertrages", "§ 3 Nr. 8 des Mietvertrages": clauses of a contract, not law.
                out.truncate(first_index);
                continue;
            }
            if let Some(context) = self.cited_in(text, m.start()) {
                for cand in &mut out[first_index..] {
                    cand.fields.insert("cited_in".into(), context.into());
                }
            }
        }
    }

    /// "AP Nr. 17 zu § 74 HGB", "SozR 4-2500 § 13": the provision locates a reported decision;
    /// "Baumbach, ZPO, 7. Aufl., § 65": it locates a commentary.
    fn cited_in(&self, text: &str, start: usize) -> Option<&'static str> {
        let mut from = start.saturating_sub(48);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let before = &text[from..start];
        if self.reporter_locator.is_match(before) {
            Some("reporter")
        } else if self.commentary_locator.is_match(before) {
            Some("commentary")
        } else {
            None
        }
    }

    fn find_courts(&self, text: &str, out: &mut Vec<Candidate>) {
        for c in self.court.captures_iter(text) {
            let (Some(m), Some(file)) = (c.get(0), c.name("file")) else { continue };
            let start = c.name("court2").map_or(m.start(), |c2| c2.start());
            let (court, place_type) = split_court(cap(&c, "court2").or(cap(&c, "court")).unwrap_or(""));
            let decision = cap(&c, "t1").or(cap(&c, "t2")).or(place_type);
            let date = cap(&c, "date").and_then(parse_de_date);
            out.push(
                Candidate::new(start, m.end(), LegalRefKind::Case, "de")
                    .field("court", Some(court))
                    .field("decision_type", decision)
                    .field("date", date.as_deref())
                    .field("file_number", Some(&normalize_file(file.as_str()))),
            );
        }
        for c in self.file.captures_iter(text) {
            let Some(m) = c.get(0) else { continue };
            out.push(
                Candidate::new(m.start(), m.end(), LegalRefKind::Case, "de").field("file_number", Some(&normalize_file(m.as_str()))),
            );
        }
    }

    fn find_reporters(&self, text: &str, out: &mut Vec<Candidate>) {
        for c in self.reporter.captures_iter(text) {
            let (Some(m), Some(rep)) = (c.get(0), c.name("rep")) else { continue };
            if NOT_REPORTERS.contains(&rep.as_str()) || (m.start() > 0 && !text[..m.start()].ends_with(|ch: char| !ch.is_alphanumeric())) {
                continue;
            }
            let reporter = rep.as_str().to_string();
            let cand = reporter_candidate(m.start(), m.end(), &reporter, &c).field("court", cap(&c, "court"));
            let mut end = cand.end;
            out.push(cand);
            while let Some(k) = self.continuation.captures(&text[end..]) {
                let (Some(whole), Some(vol)) = (k.get(0), k.name("vol")) else { break };
                let cand = reporter_candidate(end + vol.start(), end + whole.end(), &reporter, &k);
                end = cand.end;
                out.push(cand);
            }
        }
    }
}

fn provision(
    text: &str,
    start: usize,
    end: usize,
    kind: LegalRefKind,
    num: Option<&str>,
    sub: Option<&str>,
    group: usize,
) -> Candidate {
    let end = fix_letter_abbreviation(text, start, end);
    let mut c = Candidate::new(start, end, kind, "und").field("number", num.map(|n| n.replace(' ', "")).as_deref());
    for (key, value) in parse_subdivisions(sub.unwrap_or("")) {
        if !c.fields.contains_key(key) {
            c = c.field(key, Some(&value));
        }
    }
    c.attach = Attach::Book;
    c.prefer = &["de"];
    c.group = Some(group);
    c.priority = 1;
    c
}

/// "§ 5 i.S." must not take "i" as a letter suffix: cut a final " x" followed by a dot.
fn fix_letter_abbreviation(text: &str, start: usize, end: usize) -> usize {
    let span = &text[start..end];
    let next_is_dot = text[end..].starts_with('.');
    let bytes = span.as_bytes();
    if next_is_dot && bytes.len() >= 2 && bytes[bytes.len() - 1].is_ascii_lowercase() && bytes[bytes.len() - 2] == b' ' {
        return end - 2;
    }
    end
}

/// `Abs. 1 Satz 2 Nr. 3` → absatz 1, satz 2, nummer 3 (first value of each).
fn parse_subdivisions(sub: &str) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    let spaced = sub.replace('.', ". ");
    let tokens: Vec<&str> = spaced.split([' ', ',']).filter(|t| !t.is_empty()).collect();
    for pair in tokens.windows(2) {
        let key = match pair[0].trim_end_matches('.') {
            "Abs" | "Absatz" => "absatz",
            "Satz" | "S" => "satz",
            "Nr" | "Nrn" | "Nummer" => "nummer",
            "Buchst" | "Buchstabe" | "lit" => "buchstabe",
            "Alt" | "Alternative" | "Var" => "alternative",
            "Halbs" | "Halbsatz" | "Hs" => "halbsatz",
            _ => continue,
        };
        let value: String = pair[1].chars().take_while(|c| c.is_ascii_digit()).collect();
        let value = if value.is_empty() { pair[1].trim_end_matches(')').to_string() } else { value };
        out.push((key, value));
    }
    out
}

fn reporter_candidate(start: usize, end: usize, reporter: &str, c: &regex::Captures) -> Candidate {
    let reporter = match cap(c, "part") {
        Some(part) => format!("{reporter} {part}"),
        None => reporter.to_string(),
    };
    let mut cand = Candidate::new(start, end, LegalRefKind::Case, "de")
        .field("reporter", Some(&reporter))
        .field("volume", cap(c, "vol"))
        .field("page", cap(c, "page"))
        .field("pin", cap(c, "pin").or(cap(c, "pin2")));
    cand.priority = 1;
    cand
}

/// "LSG München" → ("LSG München", None); "BGH Urteil" → ("BGH", Some("Urteil")).
fn split_court(court: &str) -> (&str, Option<&str>) {
    match court.rsplit_once(' ') {
        Some((c, t)) if ["Urteil", "Beschluss", "Beschluß", "Urteile", "Beschlüsse"].contains(&t) => (c, Some(t)),
        _ => (court, None),
    }
}

/// `4 NB 43.93` → `4 NB 43/93`.
fn normalize_file(file: &str) -> String {
    match file.rfind('.') {
        Some(i) if file[i + 1..].chars().all(|c| c.is_ascii_digit()) && !file[i + 1..].is_empty() => {
            format!("{}/{}", &file[..i], &file[i + 1..])
        }
        _ => file.to_string(),
    }
}

/// "vom 29. April 2015", "v. 27.11.1963", "1967-12-19" → ISO date.
pub(crate) fn parse_de_date(s: &str) -> Option<String> {
    const MONTHS: [&str; 12] =
        ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];
    let s = s.trim_start_matches("vom ").trim_start_matches("v. ").trim();
    if s.len() == 10 && s.as_bytes().get(4) == Some(&b'-') {
        return Some(s.to_string());
    }
    let parts: Vec<&str> = s.split(['.', ' ']).filter(|p| !p.is_empty()).collect();
    let [d, m, y] = parts.as_slice() else { return None };
    let day: u32 = d.parse().ok()?;
    let month = match m.parse::<u32>() {
        Ok(n) => n,
        Err(_) => MONTHS.iter().position(|x| x == m)? as u32 + 1,
    };
    let year: u32 = y.parse().ok()?;
    let year = if year < 100 { if year > 30 { 1900 + year } else { 2000 + year } } else { year };
    Some(format!("{year:04}-{month:02}-{day:02}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_files_normalise() {
        assert_eq!(parse_de_date("vom 29. April 2015").as_deref(), Some("2015-04-29"));
        assert_eq!(parse_de_date("v. 27.11.1963").as_deref(), Some("1963-11-27"));
        assert_eq!(normalize_file("4 NB 43.93"), "4 NB 43/93");
        let subs = parse_subdivisions(" Abs. 1 Satz 2 Nr. 3");
        assert_eq!(subs, vec![("absatz", "1".into()), ("satz", "2".into()), ("nummer", "3".into())]);
    }
}
