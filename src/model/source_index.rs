//! A source registry's names hashed as [`SourceRegistry::canonical`] compares
//! them: the same answers without scanning every name and alias per look-up.
//! The suggestions normalise a source per attribution, and the scans were a
//! sixth of a 10 MB article's instructions.

use std::cell::RefCell;

use foldhash::HashMap;

use super::sources::{SourceRegistry, comparable, comparable_into};

thread_local! {
    /// The buffer each thread builds a looked-up name's compared form in.
    static COMPARED: RefCell<String> = const { RefCell::new(String::new()) };
}

/// The names of one registry, for look-ups while that registry does not change
/// (build it again after an edit).
#[derive(Debug, Clone, Default)]
pub struct SourceIndex {
    /// Each name as compared, and the canonical name of the first source (in
    /// [`SourceRegistry::names`] order) that goes by it.
    canonical: HashMap<String, String>,
}

impl SourceIndex {
    /// The index of `registry`'s names.
    pub fn new(registry: &SourceRegistry) -> Self {
        let mut canonical = HashMap::default();
        for (name, i) in registry.names() {
            // The first source by a name wins, as in the registry's own scan.
            canonical
                .entry(comparable(name))
                .or_insert_with(|| registry.sources[i].name.clone());
        }
        SourceIndex { canonical }
    }

    /// [`SourceRegistry::canonical`]: the canonical name of `name` when it is a
    /// source's name or alias (ASCII case, runs of spaces and a leading "the"
    /// ignored).
    pub fn canonical(&self, name: &str) -> Option<&str> {
        COMPARED.with_borrow_mut(|compared| {
            comparable_into(name, compared);
            self.canonical.get(compared.as_str()).map(String::as_str)
        })
    }

    /// [`SourceRegistry::normalise`]: the canonical name of `name`, else `name`
    /// with its spaces collapsed.
    pub fn normalise(&self, name: &str) -> String {
        match self.canonical(name) {
            Some(c) => c.to_string(),
            None => {
                let mut spaced = String::with_capacity(name.len());
                for word in name.split_whitespace() {
                    if !spaced.is_empty() {
                        spaced.push(' ');
                    }
                    spaced.push_str(word);
                }
                spaced
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Source;

    fn source(name: &str, aliases: &[&str]) -> Source {
        Source {
            name: name.into(),
            kind: String::new(),
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
        }
    }

    proptest::proptest! {
        /// The index answers as the registry's scan, whatever the names (one
        /// name shared by two sources, a leading "the", case, spaces).
        #[test]
        fn the_index_answers_as_the_registry(
            names in proptest::collection::vec("[ tThHeEkK조a\u{212A}]{0,8}", 1..6),
            asked in "[ tThHeEkK조a\u{212A}]{0,10}",
        ) {
            let registry = SourceRegistry {
                sources: names
                    .chunks(2)
                    .map(|c| source(&c[0], &c[1..].iter().map(String::as_str).collect::<Vec<_>>()))
                    .collect(),
            };
            let index = SourceIndex::new(&registry);
            proptest::prop_assert_eq!(index.canonical(&asked), registry.canonical(&asked));
            proptest::prop_assert_eq!(index.normalise(&asked), registry.normalise(&asked));
            for (n, _) in registry.names() {
                proptest::prop_assert_eq!(index.canonical(n), registry.canonical(n));
            }
        }
    }

    #[test]
    fn the_builtin_registry_answers_as_it_scans() {
        let registry = SourceRegistry::builtin();
        let index = SourceIndex::new(&registry);
        let asked = [
            "KCNA",
            "kcna",
            "the  Associated Press",
            "조선중앙통신",
            "analysts",
        ];
        for name in asked.into_iter().chain(registry.names().map(|(n, _)| n)) {
            assert_eq!(index.canonical(name), registry.canonical(name), "{name:?}");
        }
        assert_eq!(index.canonical("the Associated Press"), Some("AP"));
        assert_eq!(
            index.normalise("a  ministry\nspokesperson"),
            "a ministry spokesperson"
        );
        assert_eq!(index.canonical("nobody"), None);
    }
}
