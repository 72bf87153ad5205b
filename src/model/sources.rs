//! The source registry: who an attribution can name, with the other names each
//! source goes by ("Korean Central News Agency" = "조선중앙통신" = KCNA).
//!
//! Plain data, loaded from RON (the default is `assets/sources.ron`), so that a
//! project can later carry its own registry.

use serde::{Deserialize, Serialize};

/// The default registry, `assets/sources.ron`, built into the program.
const BUILTIN_SOURCES: &str = include_str!("../../assets/sources.ron");

/// One source: its canonical name, its kind and its aliases.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Source {
    /// The name attributions are normalised to (`KCNA`).
    pub name: String,
    /// What kind of source it is (`state media`, `news agency`, …); free text.
    #[serde(default)]
    pub kind: String,
    /// Other names for it, in any script (`Korean Central News Agency`, `조선중앙통신`).
    #[serde(default)]
    pub aliases: Vec<String>,
}

/// What kind of source a source is, as the Sources window and the analytics group
/// them. The file keeps the kind as text ([`Source::kind`]): older files and
/// `assets/sources.ron` use finer words ("news agency", "specialist outlet",
/// "military", "person"), which map onto these ([`SourceKind::of`]) and which the
/// suggestions still match on (a "person" is looked up by surname).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SourceKind {
    /// State media (KCNA, Rodong Sinmun, KCTV).
    StateMedia,
    /// A news agency, broadcaster or specialist outlet not run by a state.
    IndependentOutlet,
    /// A government, ministry, military or official.
    Government,
    /// Analysts, experts, think tanks and research institutes.
    AnalystThinkTank,
    /// Unnamed sources.
    Anonymous,
    /// Anything else (including named persons).
    Other,
}

impl SourceKind {
    /// Every kind, in the order a chooser lists them.
    pub const ALL: [SourceKind; 6] = [
        SourceKind::StateMedia,
        SourceKind::IndependentOutlet,
        SourceKind::Government,
        SourceKind::AnalystThinkTank,
        SourceKind::Anonymous,
        SourceKind::Other,
    ];

    /// The text stored in a file for this kind (and shown to the analyst).
    pub fn label(self) -> &'static str {
        match self {
            SourceKind::StateMedia => "state media",
            SourceKind::IndependentOutlet => "independent outlet",
            SourceKind::Government => "government",
            SourceKind::AnalystThinkTank => "analyst/think tank",
            SourceKind::Anonymous => "anonymous",
            SourceKind::Other => "other",
        }
    }

    /// The kind a free-text kind stands for (any case; unknown words are
    /// [`SourceKind::Other`]).
    pub fn of(text: &str) -> SourceKind {
        let t = text.trim().to_lowercase();
        match t.as_str() {
            "state media" | "state-run media" | "state outlet" => SourceKind::StateMedia,
            "independent outlet" | "news agency" | "specialist outlet" | "broadcaster"
            | "newspaper" | "outlet" | "media" => SourceKind::IndependentOutlet,
            "government" | "military" | "official" | "officials" | "ministry" => {
                SourceKind::Government
            }
            "analyst/think tank" | "analyst" | "analysts" | "think tank" | "expert" | "experts"
            | "research institute" => SourceKind::AnalystThinkTank,
            "anonymous" | "unnamed" => SourceKind::Anonymous,
            _ => SourceKind::Other,
        }
    }
}

impl Source {
    /// The kind of this source, from its stored text.
    pub fn kind_of(&self) -> SourceKind {
        SourceKind::of(&self.kind)
    }
}

/// A list of sources with their aliases.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceRegistry {
    /// The sources, in the file's order.
    pub sources: Vec<Source>,
}

/// A registry file that cannot be read.
#[derive(Debug, thiserror::Error)]
#[error("not a source registry: {0}")]
pub struct SourcesError(String);

impl SourceRegistry {
    /// True when the registry has no source (a project without its own registry).
    pub fn is_empty(&self) -> bool {
        self.sources.is_empty()
    }

    /// The registry built into the program (`assets/sources.ron`).
    pub fn builtin() -> Self {
        Self::builtin_ref().clone()
    }

    /// The built-in registry, parsed once per process (the window asks for it
    /// after every edit of a project without a registry of its own).
    pub fn builtin_ref() -> &'static Self {
        static BUILTIN: std::sync::OnceLock<SourceRegistry> = std::sync::OnceLock::new();
        // The built-in file is tested to parse; an empty registry is the fallback.
        BUILTIN.get_or_init(|| Self::from_ron(BUILTIN_SOURCES).unwrap_or_default())
    }

    /// Reads a registry from RON text.
    pub fn from_ron(text: &str) -> Result<Self, SourcesError> {
        let registry: SourceRegistry =
            ron::from_str(text).map_err(|e| SourcesError(e.to_string()))?;
        if let Some(s) = registry.sources.iter().find(|s| s.name.trim().is_empty()) {
            return Err(SourcesError(format!(
                "a source has an empty name (aliases {:?})",
                s.aliases
            )));
        }
        Ok(registry)
    }

    /// Every name of every source, with the index of its source: the canonical
    /// names first, then the aliases.
    pub fn names(&self) -> impl Iterator<Item = (&str, usize)> {
        let canonical = self
            .sources
            .iter()
            .enumerate()
            .map(|(i, s)| (s.name.as_str(), i));
        let aliases = self
            .sources
            .iter()
            .enumerate()
            .flat_map(|(i, s)| s.aliases.iter().map(move |a| (a.as_str(), i)));
        canonical.chain(aliases)
    }

    /// The canonical name of `name` when it is a source's name or alias (ASCII case
    /// and runs of spaces ignored, a leading "the" too).
    pub fn canonical(&self, name: &str) -> Option<&str> {
        let wanted = comparable(name);
        // Compared without a copy per name: suggestions normalise a source per
        // attribution, and the copies were a fifth of a 10 MB article's time.
        self.names()
            .find(|(n, _)| is_comparable_as(n, &wanted))
            .map(|(_, i)| self.sources[i].name.as_str())
    }

    /// `name` normalised: its canonical name when the registry knows it, else the
    /// name as written with its spaces collapsed.
    pub fn normalise(&self, name: &str) -> String {
        match self.canonical(name) {
            Some(c) => c.to_string(),
            None => name.split_whitespace().collect::<Vec<_>>().join(" "),
        }
    }
}

/// The words of `name` that are compared: one leading "the" is dropped,
/// only when a word follows it.
fn compared_words(name: &str) -> impl Iterator<Item = &str> + Clone {
    let mut words = name.split_whitespace().peekable();
    if words.peek().is_some_and(|w| w.eq_ignore_ascii_case("the")) {
        let mut after = words.clone();
        after.next();
        if after.peek().is_some() {
            words = after;
        }
    }
    words
}

/// True when `comparable(name) == wanted`, without building the copy.
fn is_comparable_as(name: &str, wanted: &str) -> bool {
    let words = compared_words(name);
    let mut first = true;
    let mut rest = wanted.as_bytes();
    for word in words {
        if !first {
            match rest.split_first() {
                Some((b' ', after)) => rest = after,
                _ => return false,
            }
        }
        first = false;
        let bytes = word.as_bytes();
        if rest.len() < bytes.len()
            || !(bytes.iter().zip(rest)).all(|(a, b)| a.to_ascii_lowercase() == *b)
        {
            return false;
        }
        rest = &rest[bytes.len()..];
    }
    rest.is_empty()
}

/// A name as compared: lower case (ASCII), single spaces, no leading "the".
/// Built in one buffer: the suggestions compare a source per attribution.
pub(super) fn comparable(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    comparable_into(name, &mut out);
    out
}

/// [`comparable`] written into `out` (cleared first): a look-up per
/// attribution reuses one buffer instead of allocating a name each time.
pub(super) fn comparable_into(name: &str, out: &mut String) {
    out.clear();
    // Most names are words and single spaces: copied whole, then lowered.
    if single_spaced(name) {
        // A leading "the " has a word after it: no space ends the name.
        let the = name.len() > 4 && name.as_bytes()[..4].eq_ignore_ascii_case(b"the ");
        out.push_str(if the { &name[4..] } else { name });
        out.make_ascii_lowercase();
        return;
    }
    for word in compared_words(name) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out.make_ascii_lowercase();
}

/// True when `name` is words with one plain space between each two: no
/// other white space ([`char::is_whitespace`]), none at either end, no two
/// spaces together. Its words as [`compared_words`] reads them are then
/// its ' '-separated parts.
fn single_spaced(name: &str) -> bool {
    // A space before the first word fails as two spaces would.
    let mut after_space = true;
    for b in name.bytes() {
        match b {
            b' ' if after_space => return false,
            b' ' => after_space = true,
            b'\t'..=b'\r' => return false,
            _ => after_space = false,
        }
    }
    !after_space && (name.is_ascii() || !name.chars().any(|c| !c.is_ascii() && c.is_whitespace()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `comparable` as it was first written: collapse, lower-case, then strip.
    fn comparable_by_copies(name: &str) -> String {
        let lower = name
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_ascii_lowercase();
        match lower.strip_prefix("the ") {
            Some(rest) => rest.to_string(),
            None => lower,
        }
    }

    proptest::proptest! {
        /// The one-buffer comparable name is the one built by copies.
        #[test]
        fn comparable_in_one_buffer_is_as_by_copies(name in "[ \t\u{a0}tThHeEkK조a\u{212A}]{0,14}") {
            proptest::prop_assert_eq!(comparable(&name), comparable_by_copies(&name));
        }

        /// Single-spaced names (copied whole) and the rest, with every ASCII
        /// white space and some of Unicode's.
        #[test]
        fn comparable_single_spaced_is_as_by_copies(name in "[ \t\n\u{b}\u{c}\r\u{85}\u{2009}tThHeEkKa.’]{0,14}") {
            proptest::prop_assert_eq!(comparable(&name), comparable_by_copies(&name));
        }

        /// The copy-free comparison answers as comparing the copies does.
        #[test]
        fn comparing_without_a_copy_answers_as_with(
            name in "[ tThHeEkK조a\u{212A}]{0,12}",
            other in "[ tThHeEkK조a\u{212A}]{0,12}",
        ) {
            let wanted = comparable(&other);
            proptest::prop_assert_eq!(
                is_comparable_as(&name, &wanted),
                comparable(&name) == wanted,
                "{:?} vs {:?}", name, other
            );
            proptest::prop_assert!(is_comparable_as(&name, &comparable(&name)));
        }
    }

    #[test]
    fn a_leading_the_is_dropped_once_as_comparable_drops_it() {
        for name in ["tHE 조", "the the x", "The", "the  KCNA", " the x y"] {
            assert!(is_comparable_as(name, &comparable(name)), "{name:?}");
        }
        assert!(!is_comparable_as("the the x", "x"));
        assert!(is_comparable_as(
            "The Associated  Press",
            "associated press"
        ));
    }

    #[test]
    fn builtin_registry_parses_and_knows_kcna_in_three_names() {
        let r = SourceRegistry::from_ron(BUILTIN_SOURCES).expect("assets/sources.ron parses");
        assert!(r.sources.len() >= 10);
        for name in ["KCNA", "Korean Central News Agency", "조선중앙통신", "kcna"] {
            assert_eq!(r.canonical(name), Some("KCNA"), "{name}");
        }
        assert_eq!(r.canonical("로동신문"), Some("Rodong Sinmun"));
        assert_eq!(r.canonical("연합뉴스"), Some("Yonhap"));
        assert_eq!(r.canonical("the  Associated Press"), Some("AP"));
    }

    #[test]
    fn every_kind_of_the_builtin_file_maps_onto_the_enum_and_back() {
        let r = SourceRegistry::builtin();
        let kind = |name: &str| r.sources.iter().find(|s| s.name == name).unwrap().kind_of();
        assert_eq!(kind("KCNA"), SourceKind::StateMedia);
        assert_eq!(kind("Yonhap"), SourceKind::IndependentOutlet);
        assert_eq!(kind("NK News"), SourceKind::IndependentOutlet);
        assert_eq!(kind("JCS"), SourceKind::Government);
        assert_eq!(kind("Asan Institute"), SourceKind::AnalystThinkTank);
        assert_eq!(kind("unnamed sources"), SourceKind::Anonymous);
        assert_eq!(kind("Kim Jong Un"), SourceKind::Other);
        for k in SourceKind::ALL {
            assert_eq!(SourceKind::of(k.label()), k, "{k:?}");
            assert_eq!(SourceKind::of(&k.label().to_uppercase()), k);
        }
        assert_eq!(SourceKind::of(""), SourceKind::Other);
    }

    #[test]
    fn unknown_names_are_kept_with_spaces_collapsed() {
        let r = SourceRegistry::builtin();
        assert_eq!(
            r.normalise("a  ministry\nspokesperson"),
            "a ministry spokesperson"
        );
        assert_eq!(r.normalise("analysts"), "some analysts");
    }

    #[test]
    fn a_bad_file_is_one_clear_error() {
        let e = SourceRegistry::from_ron("SourceRegistry(sources: [(kind: \"x\")])").unwrap_err();
        assert!(e.to_string().starts_with("not a source registry"), "{e}");
        let e = SourceRegistry::from_ron("SourceRegistry(sources: [(name: \" \")])").unwrap_err();
        assert!(e.to_string().contains("empty name"), "{e}");
    }
}
