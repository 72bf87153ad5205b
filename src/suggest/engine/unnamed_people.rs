//! Unnamed people filed by how an article describes them, read after the
//! groups of people (`person_groups.rs`): people who ask not to be named
//! speak as unnamed sources whatever their trade ("Two nurses, who asked not
//! to be named, said"), researchers or economists of no named body speak as
//! analysts ("Some economists said", "Researchers who study the labour
//! market say"), and a person of a trade as that trade's people ("A
//! collector from Porto who had bid said" → collectors). A pronoun right
//! after such a person ("he said") follows them.

use super::{ATTRIBUTION, Found, Suggester};

/// Plural nouns of people who study a field: unnamed and not tied to a
/// body, they speak as analysts; lower case.
const STUDY_PLURALS: &[&str] = &["researchers", "economists", "watchers", "specialists"];

/// Quantifiers that leave a group of researchers unnamed ("*Some*
/// economists"), lower case.
const QUANTIFIERS: &[&str] = &["some", "several", "many", "other", "few"];

/// Present-tense verbs of a relative clause telling a field of study
/// ("economists who *study* the North"); a past one ("who studied the
/// currents") tells one piece of work, by experts.
const FIELD_VERBS: &[&str] = &["study", "follow", "track", "watch", "monitor"];

/// Trades whose people speak as that trade's group, with the group's name:
/// singular and plural.
const TRADES: &[(&str, &str)] = &[
    ("collector", "collectors"),
    ("collectors", "collectors"),
    ("fisherman", "fishermen"),
    ("fishermen", "fishermen"),
];

/// Determiners before an unnamed person of a trade ("*A* collector").
const TRADE_DETERMINERS: &[&str] = &["a", "an", "one", "another", "two", "three", "some"];

/// Words right after a trade's noun that describe the person further ("A
/// collector *from* Porto", "a fisherman *who* …"), lower case.
const TRADE_FOLLOWERS: &[&str] = &["from", "in", "at", "who", "based"];

/// Subject pronouns that may continue the person named just before, and
/// "Others" read back to the group before it ("Market watchers said …
/// Others said": one more of the same analysts).
const PRONOUNS: &[&str] = &["he", "she", "they", "others"];

/// The common words of the anonymity phrases, one search.
static ANONYMITY_WORDS: std::sync::LazyLock<crate::suggest::finders::AnyOf> =
    std::sync::LazyLock::new(|| {
        crate::suggest::finders::AnyOf::new(&["anonym", "named", "identified"])
    });

impl Suggester {
    /// Renames the source of attributions in `found` (of `text`) whose
    /// subject is an unnamed person of a kind the module doc lists, and of a
    /// pronoun attribution right after one that kept the same source.
    pub(super) fn name_unnamed_people(&self, text: &str, found: &mut [Found]) {
        let anonymous = self.anonymous_source();
        // The source the last renamed person had, and what it became.
        let mut last: Option<(String, String)> = None;
        // How each is described, by its own span and source: read
        // beforehand, a long list on two threads.
        let described = super::tail_split::map(found, |f| {
            let span = text.get(f.start..f.end).unwrap_or_default();
            let source = f.source.as_deref().unwrap_or_default();
            (f.label == ATTRIBUTION)
                .then(|| self.described_person_group(span, source, &anonymous))
                .flatten()
        });
        for (f, group) in (found.iter_mut().zip(described)).filter(|(f, _)| f.label == ATTRIBUTION)
        {
            if let Some(group) = group {
                let source = f.source.clone().unwrap_or_default();
                if group != source {
                    f.why.push_str(&format!(
                        ", “{source}” read as {group} (how they are described)"
                    ));
                    f.source = Some(group.clone());
                }
                last = Some((source, group));
                continue;
            }
            // Cheap first: with no person renamed just before, nothing follows.
            if last.is_none() {
                continue;
            }
            let span = text.get(f.start..f.end).unwrap_or_default();
            let source = f.source.as_deref().unwrap_or_default();
            let first = span.split_whitespace().next().unwrap_or_default();
            let pronoun = PRONOUNS.iter().any(|p| first.eq_ignore_ascii_case(p));
            match &last {
                Some((old, group)) if pronoun && old == source => {
                    f.why.push_str(&format!(
                        ", the pronoun follows the person before ({group})"
                    ));
                    f.source = Some(group.clone());
                }
                _ => last = None,
            }
        }
    }

    /// The group the unnamed person of `span` speaks as, given the source
    /// found so far (`source`): see the module doc; `None` when none applies.
    fn described_person_group(&self, span: &str, source: &str, anonymous: &str) -> Option<String> {
        // The registry is read last: nearly no span asks for anonymity.
        let unplaced = without_base(source);
        let unnamed_noun = unplaced.starts_with(|c: char| c.is_lowercase())
            && source != anonymous
            && self.asks_anonymity(span);
        if unnamed_noun && self.registry_name_in(unplaced).is_none() {
            return Some(anonymous.to_string());
        }
        if super::person_kinds::person_who_left_the_north(span, source) {
            return Some(self.index.normalise("defectors"));
        }
        if let Some(group) = introduced_unnamed(span, source) {
            return Some(self.index.normalise(group));
        }
        // "A former South Korean naval intelligence officer": read as the
        // country's officials by the nationality, out of office all the same.
        if source.ends_with(" officials") && super::person_former::introduced_former(span) {
            return Some(self.index.normalise(super::person_source::FORMER_OFFICIALS));
        }
        if source.starts_with(|c: char| c.is_uppercase()) && !opening_capital(span, source) {
            return None;
        }
        if !may_name_a_kind(span) {
            return None;
        }
        let words: Vec<String> = (span.split_whitespace().take(8))
            .map(|w| {
                w.trim_matches(|c: char| !crate::suggest::letters::is_alphanumeric(c) && c != '-')
                    .to_lowercase()
            })
            .collect();
        if let Some(group) = study_group(&words) {
            return Some(self.index.normalise(group));
        }
        trade_group(&words).map(|g| self.index.normalise(g))
    }

    /// True when `span` holds one of the rules' phrases of anonymity ("who
    /// asked not to be named").
    fn asks_anonymity(&self, span: &str) -> bool {
        // Nearly no span holds one: look for the common words first.
        if !ANONYMITY_WORDS.in_text(span) {
            return false;
        }
        let lower = span.to_lowercase();
        (self.rules.attribution.anonymity.iter()).any(|p| lower.contains(p.as_str()))
            || super::unnamed_clause::negated_naming(&lower)
    }
}

/// Nouns of a person an article keeps unnamed as a source of information
/// ("A local *contact* who works for …", "an *informant* in Hyesan"), lower
/// case: they speak as unnamed sources whatever they do.
const SOURCE_NOUNS: &[&str] = &["contact", "contacts", "informant", "informants"];

/// Determiners that introduce an unnamed person ("*A* local contact"),
/// lower case; "our contacts" (a body's own) is not among them.
const INTRODUCING: &[&str] = &["a", "an", "one", "another"];

/// `source` without a leading place of base ("Shenyang-based travel agent"
/// → "travel agent"): the place tells where, not who.
fn without_base(source: &str) -> &str {
    match source.split_once(' ') {
        Some((first, rest)) if first.len() > 6 && first.ends_with("-based") => rest,
        // "Dandong seller": a city the person works in, not a body.
        Some((first, rest))
            if rest.starts_with(char::is_lowercase)
                && super::cities::place_nationality(first).is_some() =>
        {
            rest
        }
        _ => source,
    }
}

/// True when `source` is capitalised only as the sentence's first word:
/// the span opens with it and its later words are lower case ("Market
/// watchers said"), a kind of people, not a name ("Haedong Ship Brokers").
fn opening_capital(span: &str, source: &str) -> bool {
    let opening = span.starts_with(source)
        && source.contains(' ')
        && source
            .split(' ')
            .skip(1)
            .all(|w| w.starts_with(|c: char| c.is_lowercase()));
    // "Some North Korea watchers": a field named in capitals before a
    // lower-case researchers' plural.
    opening
        || (source.contains(' ')
            && (source.rsplit(' ').next()).is_some_and(|w| STUDY_PLURALS.contains(&w)))
}

/// The group of an unnamed person `span` opens by introducing ("A local
/// contact who …" → unnamed sources; "A former European diplomat who served
/// in …" → former officials, as `person_source::former_group` files a
/// named one); `source` is what was found as its subject, lower case.
fn introduced_unnamed(span: &str, source: &str) -> Option<&'static str> {
    let (first, rest) = span.split_once(' ')?;
    if !INTRODUCING.iter().any(|d| first.eq_ignore_ascii_case(d)) || !rest.starts_with(source) {
        return None;
    }
    let words: Vec<&str> = source.split_whitespace().collect();
    let (last, modifiers) = words.split_last()?;
    let plain = |w: &&str| w.chars().all(|c| c.is_lowercase() || c == '-');
    if SOURCE_NOUNS.contains(last) && modifiers.len() <= 2 && modifiers.iter().all(plain) {
        return Some("unnamed sources");
    }
    // The post is the head ("former European *diplomat*"): "a retired
    // teacher" held no office.
    let held = matches!(words.first(), Some(&("former" | "retired")))
        && super::person_source::FORMER_TITLES.contains(last)
        && super::person_source::held_before(source);
    held.then(|| super::person_source::former_group(source))
}

/// "some analysts" when `words` (a subject's first words, lower case) are
/// unnamed researchers of a field: a quantifier before the noun ("Several
/// travel-industry watchers"), or after it a relative clause of a field
/// ("who study the North"), an unnamed body ("at a think tank") or a place
/// ("in Lyon"). Bare
/// "Security researchers" and "Researchers who studied the wreck" are left.
pub(super) fn study_group(words: &[String]) -> Option<&'static str> {
    let at = words.iter().take(4).position(|w| {
        STUDY_PLURALS.iter().any(|n| {
            (w.strip_suffix(n)).is_some_and(|before| before.is_empty() || before.ends_with('-'))
        })
    })?;
    let quantified = words
        .first()
        .is_some_and(|w| QUANTIFIERS.contains(&w.as_str()))
        && at > 0;
    let after: Vec<&str> = words[at + 1..].iter().map(String::as_str).collect();
    let field = matches!(after.as_slice(), ["who", verb, ..] if field_verb(verb));
    let unnamed_body = matches!(after.as_slice(), ["at", "a" | "an", ..]);
    // "specialists *in Lyon* said": placed by a city, not by a body.
    let placed = matches!(after.as_slice(), ["in", place, ..] if place.len() > 1 && !["the", "a", "an"].contains(place));
    // "Market watchers", "China watchers": watchers of a field it names.
    let watchers = at > 0 && words[at] == "watchers";
    (quantified || field || unnamed_body || placed || watchers).then_some("some analysts")
}

/// True when `span`'s first words may hold what [`study_group`] or
/// [`trade_group`] read (a researcher's plural among the first four, a trade
/// second): read per attribution in place, before any lower-cased copy.
fn may_name_a_kind(span: &str) -> bool {
    (super::ascii_words::words(span).take(4).enumerate()).any(|(i, w)| {
        let w = w.trim_matches(|c: char| !super::ascii_words::is_alphanumeric(c) && c != '-');
        let tail = |n: &str| {
            w.len() >= n.len()
                && w.is_char_boundary(w.len() - n.len())
                && w[w.len() - n.len()..].eq_ignore_ascii_case(n)
        };
        STUDY_PLURALS.iter().any(|n| tail(n))
            || (i == 1 && TRADES.iter().any(|(t, _)| w.eq_ignore_ascii_case(t)))
    })
}

/// True when `verb` is one of [`FIELD_VERBS`] in the present: "study",
/// "studies", "follows".
fn field_verb(verb: &str) -> bool {
    FIELD_VERBS.iter().any(|v| {
        verb == *v
            || verb.strip_suffix('s') == Some(v)
            || (verb.strip_suffix("ies")).is_some_and(|stem| v.strip_suffix('y') == Some(stem))
    })
}

/// The trade's group when `words` (a subject's first words, lower case)
/// open with an unnamed person of a trade: "A collector from Porto who …" →
/// collectors; the trade must be described further (`TRADE_FOLLOWERS`), so
/// "A collector's catalogue" is left.
pub(super) fn trade_group(words: &[String]) -> Option<&'static str> {
    let [det, noun, next, ..] = words else {
        return None;
    };
    if !TRADE_DETERMINERS.contains(&det.as_str()) || !TRADE_FOLLOWERS.contains(&next.as_str()) {
        return None;
    }
    TRADES.iter().find(|(w, _)| w == noun).map(|(_, g)| *g)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        s.split_whitespace()
            .map(|w| {
                w.trim_matches(|c: char| !crate::suggest::letters::is_alphanumeric(c) && c != '-')
                    .to_lowercase()
            })
            .collect()
    }

    #[test]
    fn only_spans_with_a_kind_word_are_read() {
        assert!(may_name_a_kind("Some labour ECONOMISTS argued"));
        assert!(may_name_a_kind("Several shipping-industry watchers noted"));
        assert!(may_name_a_kind("A collector from Porto said"));
        assert!(!may_name_a_kind("The ministry said"));
        assert!(!may_name_a_kind("Collector Kim said"));
        assert!(!may_name_a_kind("The four young Korean economists said"));
    }

    #[test]
    fn researchers_of_a_field_are_analysts() {
        let g = |s: &str| study_group(&words(s));
        assert_eq!(g("Some labour economists argued"), Some("some analysts"));
        assert_eq!(
            g("Several shipping-industry watchers noted"),
            Some("some analysts")
        );
        assert_eq!(
            g("Researchers who study migration say"),
            Some("some analysts")
        );
        assert_eq!(g("Economists who follow trade say"), Some("some analysts"));
        assert_eq!(
            g("researchers at a Tokyo institute said"),
            Some("some analysts")
        );
        // Look-alikes: bare, a past study, a named body.
        assert_eq!(g("Climate researchers said"), None);
        assert_eq!(g("Researchers who studied the wreck argued"), None);
        assert_eq!(g("researchers at Keio University said"), None);
        assert_eq!(g("Some officials said"), None);
        // Placed by a city, not a body.
        assert_eq!(g("Flood specialists in Lyon warned"), Some("some analysts"));
        assert_eq!(g("Dairy economists in Cork said"), Some("some analysts"));
        assert_eq!(g("Soil specialists said"), None);
        assert_eq!(g("Specialists in the field said"), None);
    }

    #[test]
    fn people_of_a_trade() {
        let g = |s: &str| trade_group(&words(s));
        assert_eq!(
            g("A collector from Porto who had bid said"),
            Some("collectors")
        );
        assert_eq!(g("One fisherman in Sokcho told us"), Some("fishermen"));
        assert_eq!(g("A collector's catalogue said"), None);
        assert_eq!(g("The collector said"), None);
        assert_eq!(g("A banker from Porto said"), None);
    }
}
