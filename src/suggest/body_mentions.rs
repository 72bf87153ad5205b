//! Bodies a generic word stands for, found by their names' shape: "the paper"
//! is the latest newspaper named ("the Daily Courier", "the Hokkai
//! Shimbun"), and "the interior ministry" is not a ministry of another topic
//! named before.

use crate::model::SourceRegistry;

/// Generic words for a newspaper ("The paper said").
const PAPER_WORDS: &[&str] = &["paper", "newspaper", "daily"];

/// Last words of a newspaper's name, as papers are titled in many countries.
const PAPER_TITLES: &[&str] = &[
    "Times",
    "Shimbun",
    "Daily",
    "Post",
    "Herald",
    "Journal",
    "Ilbo",
    "Gazette",
    "Tribune",
    "Courier",
    "Chronicle",
    "Guardian",
    "Telegraph",
    "Sinmun",
];

/// True when `word` (lower case) is a generic word for a newspaper.
pub(super) fn is_paper_word(word: &str) -> bool {
    PAPER_WORDS.contains(&word)
}

/// The latest newspaper named in `window` by its title ("the Global Courier",
/// "Asahi Shimbun's"): one to three capitalised words ending in a word of
/// [`PAPER_TITLES`] (not at a sentence's start), and where the name starts.
pub(super) fn latest_paper(window: &str) -> Option<(usize, String)> {
    let bare = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .trim_end_matches("'s")
            .trim_end_matches("’s")
            .to_string()
    };
    let words: Vec<(usize, &str)> = window
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - window.as_ptr() as usize, w))
        .collect();
    (0..words.len()).rev().find_map(|at| {
        let (_, title) = words[at];
        let title_bare = bare(title.trim_end_matches("'s").trim_end_matches("’s"));
        if !PAPER_TITLES.contains(&title_bare.as_str()) {
            return None;
        }
        let mut first = at;
        while first > 0 && at - first < 3 {
            let (_, prev) = words[first - 1];
            let b = bare(prev);
            let capital = b.starts_with(char::is_uppercase)
                && !["The", "A", "An", "In", "On", "At"].contains(&b.as_str());
            if !capital || prev.ends_with([',', '.', ';', ':', '"', '”']) {
                break;
            }
            first -= 1;
        }
        if first == at {
            return None;
        }
        let name: Vec<String> = (first..=at).map(|i| bare(words[i].1)).collect();
        Some((words[first].0, name.join(" ")))
    })
}

/// True when `head` is "ministry", its modifiers are plain lower-case topic
/// words ("interior"), and none of them is in the name or aliases of the
/// registry source `resolved` ("the interior ministry" is not the
/// Unification Ministry).
pub(super) fn is_other_ministry(
    head: &str,
    modifiers: &[&str],
    resolved: &str,
    registry: &SourceRegistry,
) -> bool {
    if !head.eq_ignore_ascii_case("ministry")
        || !(modifiers.iter()).all(|m| m.chars().all(|c| c.is_lowercase()))
    {
        return false;
    }
    let source = registry.sources.iter().find(|s| s.name == resolved);
    let names: Vec<String> = std::iter::once(resolved.to_lowercase())
        .chain(
            source
                .into_iter()
                .flat_map(|s| s.aliases.iter().map(|a| a.to_lowercase())),
        )
        .collect();
    !modifiers
        .iter()
        .any(|m| names.iter().any(|n| n.split_whitespace().any(|w| w == *m)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_latest_newspaper_by_its_title() {
        let text = "The Daily Courier reported a fire. Later the Hokkai Shimbun said more.";
        let (at, name) = latest_paper(text).expect("a paper");
        assert_eq!(name, "Hokkai Shimbun");
        assert_eq!(&text[at..at + 6], "Hokkai");
        assert_eq!(
            latest_paper("Officials said on Monday that Times had changed."),
            None
        );
        assert_eq!(latest_paper("The ministry said so."), None);
    }

    #[test]
    fn a_topic_word_tells_ministries_apart() {
        let registry = SourceRegistry::builtin();
        assert!(is_other_ministry(
            "ministry",
            &["interior"],
            "Unification Ministry",
            &registry
        ));
        assert!(!is_other_ministry(
            "ministry",
            &["unification"],
            "Unification Ministry",
            &registry
        ));
        assert!(!is_other_ministry(
            "agency",
            &["intelligence"],
            "KCNA",
            &registry
        ));
    }
}
