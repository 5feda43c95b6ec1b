//! The instrument registry: canonical legal instruments with names, aliases and identifiers,
//! read from `corpora/legal/instruments.toml`.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::LegalError;
use crate::text::normalize_name;

/// The registry bundled with the crate (`corpora/legal/instruments.toml`).
pub const BUILTIN_REGISTRY: &str = include_str!("../../../corpora/legal/instruments.toml");

/// One canonical instrument: a statute, code, regulation, directive, proposal or agreement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Instrument {
    pub id: String,
    pub title: String,
    pub jurisdiction: String,
    #[serde(default)]
    pub kind: String,
    /// Date of enactment, adoption or signature (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`).
    #[serde(default)]
    pub enacted: Option<String>,
    /// Identifier schemes (`celex`, `eu_number`, `com`, `public_law`, `usc_title`, `si`, `national`, …).
    #[serde(default)]
    pub identifiers: BTreeMap<String, String>,
    /// Names and aliases in any language, matched case-insensitively.
    #[serde(default)]
    pub names: Vec<String>,
    /// Short forms matched case-sensitively as stand-alone mentions.
    #[serde(default)]
    pub abbreviations: Vec<String>,
    /// Book abbreviations used only right after a provision ("§ 100a StPO").
    #[serde(default)]
    pub codes: Vec<String>,
}

#[derive(Deserialize)]
struct RegistryFile {
    #[serde(default)]
    instrument: Vec<Instrument>,
}

/// All instruments with lookups by id, name, identifier and code abbreviation.
#[derive(Debug, Clone, Default)]
pub struct InstrumentRegistry {
    instruments: Vec<Instrument>,
    by_id: HashMap<String, usize>,
    by_name: HashMap<String, usize>,
    by_identifier: HashMap<(String, String), usize>,
}

impl InstrumentRegistry {
    /// Parse a registry from TOML text (`[[instrument]]` tables).
    pub fn from_toml_str(text: &str) -> Result<Self, LegalError> {
        let file: RegistryFile = toml::from_str(text)?;
        Self::from_instruments(file.instrument)
    }

    /// Read a registry file.
    pub fn load(path: impl AsRef<Path>) -> Result<Self, LegalError> {
        let path = path.as_ref();
        let text = std::fs::read_to_string(path).map_err(|e| LegalError::io(path, e))?;
        Self::from_toml_str(&text)
    }

    /// The registry bundled with the crate.
    pub fn builtin() -> Result<Self, LegalError> {
        Self::from_toml_str(BUILTIN_REGISTRY)
    }

    /// Build from instruments; ids must be non-empty and unique.
    pub fn from_instruments(instruments: Vec<Instrument>) -> Result<Self, LegalError> {
        let mut reg = InstrumentRegistry { instruments, ..Default::default() };
        for (i, inst) in reg.instruments.iter().enumerate() {
            if inst.id.trim().is_empty() {
                return Err(LegalError::Registry(format!("instrument {i} has an empty id")));
            }
            if reg.by_id.insert(inst.id.clone(), i).is_some() {
                return Err(LegalError::Registry(format!("duplicate instrument id {:?}", inst.id)));
            }
            for name in inst.names.iter().chain(std::iter::once(&inst.title)) {
                reg.by_name.entry(normalize_name(name)).or_insert(i);
            }
            for (scheme, value) in &inst.identifiers {
                reg.by_identifier.insert((scheme.clone(), normalize_id(value)), i);
            }
        }
        Ok(reg)
    }

    pub fn instruments(&self) -> &[Instrument] {
        &self.instruments
    }

    pub fn len(&self) -> usize {
        self.instruments.len()
    }

    pub fn is_empty(&self) -> bool {
        self.instruments.is_empty()
    }

    pub fn get(&self, id: &str) -> Option<&Instrument> {
        self.by_id.get(id).map(|&i| &self.instruments[i])
    }

    /// The instrument with this name or alias (case-insensitive, apostrophes and dashes folded).
    pub fn by_name(&self, name: &str) -> Option<&Instrument> {
        let key = normalize_name(name);
        let key = key.strip_prefix("the ").unwrap_or(&key);
        self.by_name.get(key).map(|&i| &self.instruments[i])
    }

    /// The instrument with an identifier, e.g. `("eu_number", "2016/679")`, `("celex", "32016R0679")`.
    pub fn by_identifier(&self, scheme: &str, value: &str) -> Option<&Instrument> {
        self.by_identifier.get(&(scheme.to_string(), normalize_id(value))).map(|&i| &self.instruments[i])
    }

    /// The instrument whose `codes` or `abbreviations` contain `code` (exact case).
    /// When several instruments use it, only a single one in a `prefer`red jurisdiction (tried in
    /// order) resolves it; otherwise it stays unresolved.
    pub fn by_code(&self, code: &str, prefer: &[&str]) -> Option<&Instrument> {
        let hits: Vec<&Instrument> = self
            .instruments
            .iter()
            .filter(|i| i.codes.iter().chain(&i.abbreviations).any(|c| c == code))
            .collect();
        if hits.len() == 1 {
            return hits.first().copied();
        }
        prefer.iter().find_map(|j| {
            let mut same = hits.iter().filter(|i| i.jurisdiction == *j);
            match (same.next(), same.next()) {
                (Some(one), None) => Some(*one),
                _ => None,
            }
        })
    }

    /// Every code abbreviation in the registry (for building patterns).
    pub fn all_codes(&self) -> Vec<&str> {
        let mut v: Vec<&str> =
            self.instruments.iter().flat_map(|i| i.codes.iter().chain(&i.abbreviations)).map(String::as_str).collect();
        v.sort_by_key(|s| std::cmp::Reverse(s.len()));
        v.dedup();
        v
    }
}

/// Identifier comparison form: lower-case, no spaces, `n°`/`no` prefixes and dots dropped.
pub(crate) fn normalize_id(value: &str) -> String {
    value.to_lowercase().chars().filter(|c| !c.is_whitespace() && *c != '.').collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loads_the_real_registry_file() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpora/legal/instruments.toml");
        let reg = InstrumentRegistry::load(path).expect("registry loads");
        for id in [
            "ipa-2016",
            "cloud-act",
            "us-uk-data-access-agreement-2019",
            "calea",
            "18-usc",
            "eu-reg-2021-1232",
            "eu-csa-proposal-2022-209",
            "eprivacy-directive-2002-58",
            "gdpr",
            "fr-code-penal",
            "fr-cpp",
            "de-stpo",
            "de-tkg-2021",
            "de-g10",
            "de-bkag",
            "es-lecrim",
            "it-cpp",
            "it-privacy-code-196-2003",
            "uk-online-safety-act-2023",
            "uk-ripa-2000",
        ] {
            assert!(reg.get(id).is_some(), "{id} missing");
        }
        assert_eq!(reg.by_name("Snoopers’ Charter").map(|i| i.id.as_str()), Some("ipa-2016"));
        assert_eq!(reg.by_identifier("celex", "32016R0679").map(|i| i.id.as_str()), Some("gdpr"));
        assert_eq!(reg.by_code("StPO", &["de"]).map(|i| i.id.as_str()), Some("de-stpo"));
        // "CP" is both the French and the Spanish penal code: unresolved without a preference.
        assert!(reg.by_code("CP", &[]).is_none());
        assert_eq!(reg.by_code("CP", &["es"]).map(|i| i.id.as_str()), Some("es-codigo-penal"));
    }

    #[test]
    fn rejects_duplicate_ids() {
        let t = "[[instrument]]\nid='a'\ntitle='A'\njurisdiction='uk'\n[[instrument]]\nid='a'\ntitle='B'\njurisdiction='uk'\n";
        assert!(matches!(InstrumentRegistry::from_toml_str(t), Err(LegalError::Registry(_))));
        assert!(InstrumentRegistry::from_toml_str("instrument = 3").is_err());
    }
}
