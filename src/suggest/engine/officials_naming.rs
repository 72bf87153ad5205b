//! A government's speakers named by nationality: "Japanese Prime Minister
//! Ishiba" → Japanese officials, "A Dutch defence official, speaking on
//! condition of anonymity" → Dutch officials, a body a country owns
//! ("North Korea's mission") → its officials.

use super::Suggester;
use super::source_name::{NOT_GOVERNMENT_WORDS, ORGANISATION_WORDS};

impl Suggester {
    /// "Japanese Prime Minister Ishiba", "the U.S. envoy": the registry's
    /// "Japanese officials" or "US officials" (a government source named
    /// "NATIONALITY officials") when the name holds that nationality before
    /// its last word.
    pub(super) fn officials_of_nationality(&self, name: &str) -> Option<String> {
        let mut words = name.split_whitespace().peekable();
        let determiners = &self.rules.attribution.determiners;
        while words
            .peek()
            .is_some_and(|w| determiners.iter().any(|d| d.eq_ignore_ascii_case(w)))
        {
            words.next();
        }
        let rest: Vec<&str> = words.flat_map(nationality_of_possessive).collect();
        let plain = |w: &str| w.replace('.', "");
        self.registry
            .sources
            .iter()
            .filter(|s| s.kind == "government")
            .find_map(|s| {
                let nationality = s.name.strip_suffix(" officials")?;
                let n: Vec<&str> = nationality.split_whitespace().collect();
                // At any word but the last ("a senior official at the *U.S.*
                // Treasury").
                // Not inside a body's own name ("the Database Center *for*
                // North Korean Human Rights").
                let fits = (0..rest.len().saturating_sub(n.len())).any(|at| {
                    n.iter().zip(&rest[at..]).all(|(a, b)| *a == plain(b))
                        && !(at > 0 && ["for", "of", "on"].contains(&rest[at - 1]))
                });
                fits.then(|| s.name.clone())
            })
            .or_else(|| self.listed_nationality_officials(name))
    }

    /// "a Danish diplomat", "Norway's foreign ministry": the officials of a
    /// country the registry does not list (see
    /// [`super::nationality::nationality_officials`]), when the name ends in a
    /// lower-case word or a government body's word ("Ministry"), not in a
    /// company's or outlet's name ("Finnish company Nokia") or word.
    fn listed_nationality_officials(&self, name: &str) -> Option<String> {
        let last = name.split_whitespace().last()?;
        let lower = last.to_lowercase();
        let plain = last.chars().all(|c| c.is_lowercase() || c == '-');
        let speaks = (plain || ORGANISATION_WORDS.contains(&lower.as_str()))
            && !NOT_GOVERNMENT_WORDS.contains(&lower.as_str());
        if !speaks {
            return None;
        }
        super::nationality::nationality_officials(name).map(|o| self.index.normalise(&o))
    }

    /// The source of "NAME, speaking on condition of anonymity, said": the
    /// officials of the country the name gives when it ends in "official(s)"
    /// ("A Dutch defence official" → Dutch officials), else the anonymous
    /// source ("A ministry official").
    pub(super) fn anonymous_official_source(&self, name: &str) -> String {
        let last = name.split_whitespace().last().unwrap_or_default();
        let official = ["official", "officials"].contains(&last.to_lowercase().as_str());
        (official.then(|| self.officials_of_nationality(name)))
            .flatten()
            .unwrap_or_else(|| self.anonymous_source())
    }
}

/// A country's possessive as its nationality's words ("North Korea's
/// [mission]" → "North Korean"; "China's" → "Chinese"), other words as they
/// are: a body a country owns speaks for its officials.
fn nationality_of_possessive(word: &str) -> Vec<&str> {
    let Some(country) = word.strip_suffix("'s").or_else(|| word.strip_suffix("’s")) else {
        return vec![word];
    };
    match country {
        "Korea" => vec!["Korean"],
        "China" => vec!["Chinese"],
        "Japan" => vec!["Japanese"],
        "Russia" => vec!["Russian"],
        _ => vec![word],
    }
}
