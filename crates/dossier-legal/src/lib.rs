//! Legal references and legal-text structure for Dossier.
//!
//! * [`LegalRefFinder`] finds references to statutes, provisions, EU acts, identifiers and court
//!   decisions in news and legal texts of seven legal systems (UK, US, EU, France, Germany,
//!   Spain, Italy) and returns [`dossier_core::LegalRef`]s with code-point spans, parsed
//!   `fields` and, when the reference itself names it, the instrument's registry id.
//! * [`LegalRefFinder::find_in`] does the same for a legal text whose own instrument is known
//!   ([`detect_own_instrument`]): "§ 100a Absatz 2" with no book in the StPO is the StPO's.
//! * [`InstrumentRegistry`] holds the canonical instruments (`corpora/legal/instruments.toml`)
//!   with multilingual names, aliases, code abbreviations and identifiers.
//! * [`split_units`] cuts a statute or code into addressable units (`18-usc-2523#b-1`,
//!   `stpo#100a-1`) as [`dossier_core::LegalUnit`]s.
//! * [`eval`] scores the finder on the refex-de benchmark, reporters-db examples and the
//!   project's gold (`eval-legal` binary).
//!
//! A reference that does not name its instrument ("section 2", "art. 5") stays unresolved
//! (`instrument_id: None`); it is never linked by guesswork.
//!
//! ```
//! use dossier_legal::{InstrumentRegistry, LegalRefFinder};
//! use dossier_core::{char_slice, LegalRefKind};
//!
//! let registry = InstrumentRegistry::builtin()?;
//! let finder = LegalRefFinder::new(&registry)?;
//! let text = "Notices under section 253 of the Investigatory Powers Act 2016 and § 100a Abs. 1 StPO; see also section 2.";
//! let refs = finder.find(text);
//! assert_eq!(refs[0].text, "section 253 of the Investigatory Powers Act 2016");
//! assert_eq!(refs[0].instrument_id.as_deref(), Some("ipa-2016"));
//! assert_eq!(refs[1].fields["absatz"], "1");
//! assert_eq!(refs[1].instrument_id.as_deref(), Some("de-stpo"));
//! assert_eq!(refs[2].kind, LegalRefKind::Section);
//! assert_eq!(refs[2].instrument_id, None); // "section 2" alone: unresolved
//! for r in &refs {
//!     assert_eq!(char_slice(text, r.start, r.end), Some(r.text.as_str()));
//! }
//! # Ok::<(), dossier_legal::LegalError>(())
//! ```

mod error;
pub mod eval;
mod finder;
mod own;
mod patterns;
mod registry;
mod text;
mod units;

pub use error::LegalError;
pub use finder::LegalRefFinder;
pub use own::{detect_own_instrument, detect_own_instrument_in_file};
pub use patterns::us::{parse_reporters, Reporter, BUNDLED_REPORTERS};
pub use registry::{Instrument, InstrumentRegistry, BUILTIN_REGISTRY};
pub use units::split_units;

/// Reporter abbreviations from a reporters-db `reporters.json` file (editions and variations).
pub fn load_reporters_json(path: impl AsRef<std::path::Path>) -> Result<Vec<Reporter>, LegalError> {
    let path = path.as_ref();
    let text = std::fs::read_to_string(path).map_err(|e| LegalError::Io { path: path.into(), source: e })?;
    let value: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| LegalError::Json { what: path.display().to_string(), source: e })?;
    let mut out = Vec::new();
    for entries in value.as_object().into_iter().flat_map(|o| o.values()) {
        for e in entries.as_array().into_iter().flatten() {
            let single = e.get("cite_format").and_then(|f| f.as_str()) == Some("{reporter} {page}");
            for ed in e.get("editions").and_then(|x| x.as_object()).into_iter().flat_map(|o| o.keys()) {
                out.push(Reporter { variation: ed.clone(), canonical: ed.clone(), single_volume: single });
            }
            for (var, canon) in e.get("variations").and_then(|x| x.as_object()).into_iter().flatten() {
                let canonical = canon.as_str().unwrap_or(var).to_string();
                out.push(Reporter { variation: var.clone(), canonical, single_volume: single });
            }
        }
    }
    Ok(out)
}
