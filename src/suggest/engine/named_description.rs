//! Named people filed by the description after their name, read after the
//! groups of people: a lawyer of no side in the case ("Ines Roth, a
//! tax lawyer in Zurich, said") or by a field ("Ana Ruiz, a Chilean
//! volcanologist who …": [`super::discipline`]) speaks as one of the experts, and a person
//! who runs a small business in a place ("X, who runs a bakery in Tongyeong,
//! said") as one of the residents. Later attributions that kept the person's
//! name (a surname, a pronoun) follow.

use super::{ATTRIBUTION, Found, Suggester};

/// Nouns of a lawyer, lower case.
const LAWYER_NOUNS: &[&str] = &["lawyer", "attorney"];

/// Modifiers that put a lawyer on a side of a case ("a *defence* lawyer"):
/// those are filed by side elsewhere.
const SIDED: &[&str] = &[
    "defence",
    "defense",
    "prosecution",
    "family",
    "his",
    "her",
    "their",
];

/// Words that end a lawyer's description ("a tax lawyer *in* Zurich").
const DESCRIPTION_ENDS: &[&str] = &["in", "at", "from", "based", "who", "with", "for"];

/// Small businesses a resident may run ("who runs a *bakery*"), lower case.
const BUSINESSES: &[&str] = &[
    "guesthouse",
    "shop",
    "store",
    "restaurant",
    "cafe",
    "café",
    "bakery",
    "farm",
    "inn",
    "hotel",
    "bar",
    "stall",
    "pharmacy",
];

impl Suggester {
    /// Renames the sources of `found` (of `text`) that are still a person's
    /// name described as the module doc says.
    pub(super) fn name_described_people(&self, text: &str, found: &mut [Found]) {
        let mut renamed: Vec<(String, &'static str)> = Vec::new();
        for f in found.iter_mut().filter(|f| f.label == ATTRIBUTION) {
            let Some(source) = f.source.clone() else {
                continue;
            };
            let span = text.get(f.start..f.end).unwrap_or_default();
            let group = match renamed.iter().find(|(old, _)| *old == source) {
                Some((_, group)) => Some(*group),
                None => {
                    // The registry is read last: few names are described so.
                    let group = (source.starts_with(char::is_uppercase) && source.contains(' '))
                        .then(|| {
                            memchr::memmem::find(span.as_bytes(), source.as_bytes())
                                .map(|at| &span[at + source.len()..])
                        })
                        .flatten()
                        .and_then(described_kind)
                        .filter(|_| self.registry_name_in(&source).is_none());
                    if let Some(g) = group {
                        renamed.push((source.clone(), g));
                    }
                    group
                }
            };
            if let Some(group) = group.map(|g| self.index.normalise(g)) {
                f.why.push_str(&format!(
                    ", “{source}” read as {group} (how they are described)"
                ));
                f.source = Some(group);
            }
        }
    }
}

/// The group the description after a name (`after`, from the name's end)
/// files the person under: "experts" for ", a tax lawyer in Zurich",
/// "residents" for ", who runs a bakery in …"; `None` otherwise.
pub(super) fn described_kind(after: &str) -> Option<&'static str> {
    let rest = skip_age(after.strip_prefix(", ")?);
    if let Some(business) = rest
        .strip_prefix("who runs a ")
        .or_else(|| rest.strip_prefix("who runs an "))
        .or_else(|| rest.strip_prefix("who owns a "))
    {
        let noun = business.split_whitespace().next()?;
        let noun = noun.trim_end_matches([',', '.']);
        return BUSINESSES.contains(&noun).then_some("residents");
    }
    if let Some(kind) = teaching_clause(rest) {
        return Some(kind);
    }
    let rest = rest
        .strip_prefix("a ")
        .or_else(|| rest.strip_prefix("an "))?;
    for (modifiers, word) in rest.split_whitespace().take(5).enumerate() {
        let plain = word.trim_end_matches(',');
        if LAWYER_NOUNS.contains(&plain) || super::discipline::is_field_noun(plain) {
            let ends = plain.len() < word.len()
                || rest[rest.find(word)? + word.len()..]
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| DESCRIPTION_ENDS.contains(&w));
            return ends.then_some("experts");
        }
        let sided = SIDED.contains(&plain) || plain.contains(['\'', '’']);
        // "a *French* ornithologist": a nationality, no employer.
        let modifier =
            plain.starts_with(char::is_lowercase) || super::nationality::is_nationality(plain);
        if sided || !modifier || modifiers == 3 {
            return None;
        }
    }
    None
}

/// Verbs of a relative clause that make the person described a field's
/// expert ("a former diver *who trains* rescuers"), lower case.
const TEACHING_VERBS: &[&str] = &["teaches", "trains", "studies", "researches"];

/// Nouns of people whose own story an article tells, not their field: they
/// stay with their group even when they study ("a defector who studies
/// law"), lower case.
const OWN_STORY: &[&str] = &[
    "defector", "refugee", "student", "soldier", "prisoner", "detainee", "survivor", "resident",
];

/// "experts" when `rest` (the description after the name) is "a/an" and up
/// to five lower-case words ending in a person's noun, then a relative
/// clause of teaching or study: "a retired ferry pilot who trains cadets";
/// `None` for "a Hanwha engineer who studies …" (an employer) or "a defector
/// who studies law".
fn teaching_clause(rest: &str) -> Option<&'static str> {
    let rest = rest
        .strip_prefix("a ")
        .or_else(|| rest.strip_prefix("an "))?;
    let words: Vec<&str> = rest.split_whitespace().take(7).collect();
    let who = words
        .iter()
        .position(|w| *w == "who")
        .filter(|&at| at > 0)?;
    let plain = words[..who]
        .iter()
        .all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'));
    let verb = words
        .get(who + 1)
        .is_some_and(|v| TEACHING_VERBS.contains(v));
    let own_story = OWN_STORY.contains(&words[who - 1]);
    (plain && verb && !own_story).then_some("experts")
}

/// `rest` after an age aside that opens it ("44, who runs …" → "who runs
/// …"); `rest` itself when it opens with no age.
fn skip_age(rest: &str) -> &str {
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    match rest[digits..].strip_prefix(", ") {
        Some(tail) if (1..=3).contains(&digits) => tail,
        _ => rest,
    }
}

#[cfg(test)]
mod tests {
    use super::described_kind;

    #[test]
    fn lawyers_of_no_side_are_experts() {
        assert_eq!(
            described_kind(", a tax lawyer in Zurich, said"),
            Some("experts")
        );
        assert_eq!(described_kind(", an attorney, said"), Some("experts"));
        assert_eq!(
            described_kind(", a shipping-law attorney who has"),
            Some("experts")
        );
        assert_eq!(described_kind(", a defence lawyer for the firm"), None);
        assert_eq!(described_kind(", the family's lawyer, said"), None);
        assert_eq!(described_kind(", a lawyer's clerk, said"), None);
        assert_eq!(
            described_kind(", a Chilean volcanologist who climbed"),
            Some("experts")
        );
        assert_eq!(described_kind(", a numismatist in Lyon"), Some("experts"));
        assert_eq!(described_kind(", a statistician, said"), Some("experts"));
        assert_eq!(described_kind(", a journalist in Lyon"), None);
        assert_eq!(described_kind(", a Hyundai chemist in Ulsan"), None);
        assert_eq!(described_kind(", a volcanologist's assistant, said"), None);
    }

    #[test]
    fn small_business_owners_are_residents() {
        assert_eq!(
            described_kind(", who runs a bakery in Tongyeong"),
            Some("residents")
        );
        assert_eq!(described_kind(", who runs a think tank"), None);
        // An age aside before the description.
        assert_eq!(
            described_kind(", 61, who runs a pharmacy by the port"),
            Some("residents")
        );
        assert_eq!(
            described_kind(", 38, a seismologist, said"),
            Some("experts")
        );
        assert_eq!(described_kind(", 2024, who runs a shop"), None);
        assert_eq!(described_kind(", 52, who runs a ministry"), None);
    }

    #[test]
    fn a_clause_of_teaching_makes_an_expert() {
        assert_eq!(
            described_kind(", a retired ferry pilot who trains cadets in Busan, said"),
            Some("experts")
        );
        assert_eq!(
            described_kind(", an engineer who studies dam safety"),
            Some("experts")
        );
        assert_eq!(described_kind(", a defector who studies law, said"), None);
        assert_eq!(
            described_kind(", a Hanwha engineer who studies steel"),
            None
        );
        assert_eq!(described_kind(", a pilot who flew the route"), None);
        assert_eq!(described_kind(" said"), None);
    }
}
