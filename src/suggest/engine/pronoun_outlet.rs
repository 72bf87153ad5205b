//! "The Valley Gazette ran the flood on its front page. *Its correspondent
//! wrote* …":
//! "it" or "its …" right after a sentence that names an outlet (a
//! registry outlet, or a newspaper by its title) stands for that outlet, not
//! for the source of the attribution before.

use super::Suggester;

/// Registry kinds of outlets.
const OUTLET_KINDS: &[&str] = &[
    "state media",
    "news agency",
    "specialist outlet",
    "broadcaster",
];

impl Suggester {
    /// The outlet a pronoun (`pronoun`: "It", "Its correspondent") stands for when
    /// the last sentence of `between` (the text since the attribution before)
    /// names one: the first registry outlet there, else a newspaper by its
    /// title; `None` for other pronouns or sentences.
    pub(super) fn outlet_before(&self, pronoun: &str, between: &str) -> Option<String> {
        let first = pronoun.split_whitespace().next()?;
        if !(first.eq_ignore_ascii_case("it") || first.eq_ignore_ascii_case("its")) {
            return None;
        }
        let body = between.trim_end();
        let body = body.strip_suffix(['.', '}']).unwrap_or(body);
        let body = body.strip_suffix(['.', '}']).unwrap_or(body);
        let start = body.rfind([':', '.', '!', '?', '\n']).map_or(0, |i| i + 1);
        let sentence = &body[start..];
        let outlet = (self.source_names.find_all(sentence).into_iter())
            .map(|h| &self.registry.sources[h.value])
            .find(|s| OUTLET_KINDS.contains(&s.kind.as_str()))
            .map(|s| s.name.clone());
        outlet.or_else(|| {
            super::super::body_mentions::latest_paper(sentence)
                .map(|(_, paper)| self.index.normalise(&paper))
        })
    }
}
