//! Language identification with whatlang, reported as ISO 639-1 codes.

use whatlang::{Detector, Lang};

/// Languages Dossier analyses with a dedicated stemmer; whatlang confuses some
/// of them with close relatives (Dutch → Afrikaans, Spanish ↔ Galician is not
/// in whatlang, Portuguese ↔ Galician), so ambiguous results are re-checked
/// against this list.
const CORE: [Lang; 7] = [Lang::Fra, Lang::Eng, Lang::Deu, Lang::Spa, Lang::Ita, Lang::Por, Lang::Nld];

/// Languages whatlang tends to pick instead of a core language on short or mixed text.
const CONFUSABLE: [Lang; 6] = [Lang::Afr, Lang::Lat, Lang::Cat, Lang::Epo, Lang::Slv, Lang::Hrv];

/// Detected language code (ISO 639-1 where one exists) and confidence in 0..=1.
/// Returns `("und", 0.0)` when the text carries no usable signal.
pub fn detect_language(text: &str) -> (String, f64) {
    // Language signal saturates long before the end of an article.
    let sample = match text.char_indices().nth(20_000) {
        Some((i, _)) => &text[..i],
        None => text,
    };
    let Some(info) = whatlang::detect(sample) else {
        return ("und".into(), 0.0);
    };
    let mut best = (info.lang(), info.confidence());
    if !info.is_reliable() || CONFUSABLE.contains(&info.lang()) {
        if let Some(core) = Detector::with_allowlist(CORE.to_vec()).detect(sample) {
            if core.confidence() >= best.1 || CONFUSABLE.contains(&best.0) {
                best = (core.lang(), core.confidence());
            }
        }
    }
    (iso639_1(best.0).to_string(), (best.1 * 1000.0).round() / 1000.0)
}

/// ISO 639-1 code for a whatlang language, else its ISO 639-3 code.
fn iso639_1(lang: Lang) -> &'static str {
    match lang {
        Lang::Eng => "en",
        Lang::Fra => "fr",
        Lang::Deu => "de",
        Lang::Spa => "es",
        Lang::Ita => "it",
        Lang::Por => "pt",
        Lang::Nld => "nl",
        Lang::Rus => "ru",
        Lang::Ukr => "uk",
        Lang::Pol => "pl",
        Lang::Ces => "cs",
        Lang::Slk => "sk",
        Lang::Slv => "sl",
        Lang::Hrv => "hr",
        Lang::Srp => "sr",
        Lang::Bul => "bg",
        Lang::Mkd => "mk",
        Lang::Bel => "be",
        Lang::Ron => "ro",
        Lang::Hun => "hu",
        Lang::Fin => "fi",
        Lang::Est => "et",
        Lang::Lav => "lv",
        Lang::Lit => "lt",
        Lang::Swe => "sv",
        Lang::Dan => "da",
        Lang::Nob => "nb",
        Lang::Ell => "el",
        Lang::Tur => "tr",
        Lang::Ara => "ar",
        Lang::Heb => "he",
        Lang::Yid => "yi",
        Lang::Pes => "fa",
        Lang::Urd => "ur",
        Lang::Hin => "hi",
        Lang::Ben => "bn",
        Lang::Cmn => "zh",
        Lang::Jpn => "ja",
        Lang::Kor => "ko",
        Lang::Vie => "vi",
        Lang::Tha => "th",
        Lang::Ind => "id",
        Lang::Cat => "ca",
        Lang::Afr => "af",
        Lang::Lat => "la",
        Lang::Epo => "eo",
        Lang::Cym => "cy",
        Lang::Hye => "hy",
        Lang::Kat => "ka",
        Lang::Aze => "az",
        Lang::Uzb => "uz",
        Lang::Tgl => "tl",
        Lang::Zul => "zu",
        Lang::Sna => "sn",
        Lang::Jav => "jv",
        Lang::Amh => "am",
        Lang::Tam => "ta",
        Lang::Tel => "te",
        Lang::Kan => "kn",
        Lang::Mal => "ml",
        Lang::Mar => "mr",
        Lang::Guj => "gu",
        Lang::Pan => "pa",
        Lang::Ori => "or",
        Lang::Nep => "ne",
        Lang::Sin => "si",
        Lang::Mya => "my",
        Lang::Khm => "km",
        Lang::Aka => "ak",
        other => other.code(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_the_five_core_languages() {
        let cases = [
            ("fr", "Le gouvernement britannique exige un accès aux données chiffrées des utilisateurs."),
            ("en", "The British government demands access to the encrypted data of users."),
            ("de", "Die britische Regierung verlangt Zugriff auf die verschlüsselten Daten der Nutzer."),
            ("es", "El Gobierno británico exige acceso a los datos cifrados de los usuarios."),
            ("it", "Il governo britannico chiede l'accesso ai dati crittografati degli utenti."),
            ("nl", "De Britse regering eist toegang tot de versleutelde gegevens van gebruikers."),
        ];
        for (want, text) in cases {
            assert_eq!(detect_language(text).0, want, "{text}");
        }
    }

    #[test]
    fn no_signal_is_undetermined() {
        assert_eq!(detect_language("12345 !!!").0, "und");
    }
}
