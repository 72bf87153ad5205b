//! A named person whose appositive makes them staff of a body the text
//! named before by its kind speaks for that body: "said Dr Ana Holm, the
//! association's director of welfare", "Lena Ruiz, the group's policy
//! officer, said", "Kim Ji-ho, director of the service's investigation
//! bureau, told". "The association" is read as the body named before with
//! that head noun or described by it ("the Nordic Zoo Association (NZA)",
//! "Harbour Watch, a group that …"); "the company" as the latest company
//! introduced. Later attributions that kept the person's source (a pronoun,
//! a surname) follow. A research post ("the institute's senior fellow") is
//! left to the readings of experts, a post held before to the former
//! officials.

use super::person_staff::SPEAKING_POSTS;
use super::{Found, Suggester};

/// Words that make a post one held before or not the body's own voice.
const NOT_NOW: &[&str] = &["former", "ex", "retired", "late"];

/// Most words of the post after the possessive ("director of animal
/// welfare programmes").
const POST_WORDS: usize = 6;

/// Marks that end an appositive.
const ENDS: &[char] = &[',', '.', ';', ':', '“', '”', '"', '\n', '—', '(', ')'];

/// How many mentions of a name are read for its appositive.
const MENTIONS: usize = 16;

/// Academic and medical titles a source may keep before the name.
const TITLES: &[&str] = &["Dr. ", "Dr ", "Prof. ", "Professor "];

/// The body noun of a staff appositive: "the association's director of
/// welfare" → "association", "director of the service's investigation
/// bureau" → "service", "the company's chief executive" → "company";
/// `None` for any other shape.
pub(super) fn staff_owner_noun(appositive: &str) -> Option<&str> {
    let words: Vec<&str> = appositive.split_whitespace().collect();
    if words.len() < 2
        || words.len() > POST_WORDS + 4
        || (words.iter()).any(|w| NOT_NOW.contains(&w.to_lowercase().as_str()))
    {
        return None;
    }
    // The possessive: "the" then one lower-case word and "'s".
    let at = (1..words.len())
        .find(|&i| words[i - 1].eq_ignore_ascii_case("the") && possessed(words[i]).is_some())?;
    let noun = possessed(words[at])?;
    let lower = |w: &&str| w.chars().all(|c| c.is_lowercase() || c == '-');
    // The posts whose holder speaks for the body, and its secretary.
    let is_post = |w: &&str| SPEAKING_POSTS.contains(w) || *w == "secretary";
    let after = &words[at + 1..];
    let post = if at == 1 {
        // "the association's director of welfare": the post's head before
        // any "of", "for" or "at".
        let head: Vec<&str> = (after.iter())
            .take_while(|w| !["of", "for", "at", "in"].contains(*w))
            .copied()
            .collect();
        !head.is_empty() && head.len() <= 3 && head.iter().all(lower) && head.iter().any(is_post)
    } else {
        // "director of the service's bureau": up to three lower-case words,
        // then "of" or "at", then "the".
        let lead = &words[..at - 1];
        let (link, post) = lead.split_last()?;
        ["of", "at"].contains(link)
            && (1..=3).contains(&post.len())
            && post.iter().all(lower)
            && post.iter().any(is_post)
            && !after.is_empty()
            && after.len() <= 3
            && after.iter().all(lower)
    };
    post.then_some(noun)
}

/// The lower-case noun of a possessive word ("association's" →
/// "association"), not a plural.
fn possessed(word: &str) -> Option<&str> {
    let noun = word
        .strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))?;
    let plain = noun.len() >= 3 && noun.chars().all(|c| c.is_ascii_lowercase());
    plain.then_some(noun)
}

/// The appositive after a name ending at byte `end` of `text`: ", the
/// group's policy officer" up to the next clause mark.
fn appositive_after(text: &str, end: usize) -> Option<&str> {
    let to = text.floor_char_boundary(end.saturating_add(160).min(text.len()));
    let rest = text.get(end..to)?.strip_prefix(", ")?;
    let stop = rest.find(ENDS).unwrap_or(rest.len());
    Some(&rest[..stop])
}

/// `source` without an academic or medical title ("Dr Ana Holm" → "Ana
/// Holm").
fn untitled(source: &str) -> &str {
    TITLES
        .iter()
        .find_map(|t| source.strip_prefix(t))
        .unwrap_or(source)
}

impl Suggester {
    /// Renames the sources of `found` (of `text`) that are a person named
    /// with a staff post of a body the text named by its kind, as the
    /// module doc says.
    pub(super) fn name_possessive_staff(&self, text: &str, found: &mut [Found]) {
        super::source_renames::rename_sources(
            found,
            "the body whose staff the text makes them",
            |f, source| {
                // "Dr Ana Holm, the association's director": the appositive
                // kept in the source; else the one after the name's mention.
                let (at, noun) = match source.split_once(", ") {
                    Some((name, appositive)) => {
                        let name = untitled(name);
                        if !super::person_source::is_name(name) {
                            return None;
                        }
                        (f.start, staff_owner_noun(appositive)?)
                    }
                    None => {
                        let name = untitled(source);
                        if !super::person_source::is_name(name)
                            || self.index.canonical(name).is_some()
                        {
                            return None;
                        }
                        super::surname::name_occurrences(text, f.end, name)
                            .filter(|(_, whole)| *whole)
                            .take(MENTIONS)
                            .find_map(|(at, _)| {
                                let appositive = appositive_after(text, at + name.len())?;
                                staff_owner_noun(appositive).map(|noun| (at, noun))
                            })?
                    }
                };
                self.body_of_kind(text, noun, at)
            },
        );
    }

    /// The body a description of a post "the `noun`'s director" (a
    /// back-reference's words, its "the" dropped or kept) stands for before
    /// byte `at` of `text`: "The forum's director, Mikko Laine, said" after
    /// "the Arctic Routes Forum" → Arctic Routes Forum, not the source
    /// before; `None` when the words are no staff post of a body's kind.
    pub(super) fn post_holder_body(
        &self,
        text: &str,
        description: &str,
        at: usize,
    ) -> Option<String> {
        // Cheap first: a possessive in the words.
        if !description.contains("'s ") && !description.contains("’s ") {
            return None;
        }
        let bare = (description.strip_prefix("the "))
            .or_else(|| description.strip_prefix("The "))
            .unwrap_or(description);
        let described = format!("the {bare}");
        let noun = staff_owner_noun(&described)?;
        self.body_of_kind(text, noun, at)
    }

    /// The body "the `noun`" stands for before byte `at` of `text`: the
    /// latest company introduced for a company word, else the body named or
    /// described with that noun ([`Suggester::head_noun_body`]).
    fn body_of_kind(&self, text: &str, noun: &str, at: usize) -> Option<String> {
        if crate::suggest::company::is_company_word(noun) {
            let from = text.floor_char_boundary(at.saturating_sub(6_000));
            let company = crate::suggest::company::latest_company(text.get(from..at)?)?;
            return Some(self.index.normalise(&company));
        }
        let the = format!("the {noun}");
        self.head_noun_body(text, noun, &the, at).or_else(|| {
            // "the ministry's director" with no ministry named: a ministry
            // of the text's country, filed as its officials like "the
            // ministry said" ([`Suggester::name_ministries_by_dateline`]).
            (noun == "ministry")
                .then(|| {
                    self.text_nationality(text)
                        .or_else(|| self.capitals_nationality(text))
                })
                .flatten()
                .map(|n| self.index.normalise(&format!("{n} officials")))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn staff_appositives_name_their_body_noun() {
        assert_eq!(
            staff_owner_noun("the association's director of animal welfare"),
            Some("association")
        );
        assert_eq!(
            staff_owner_noun("the group's policy officer"),
            Some("group")
        );
        assert_eq!(
            staff_owner_noun("the house’s head of Asian art"),
            Some("house")
        );
        assert_eq!(
            staff_owner_noun("director of the service's investigation bureau"),
            Some("service")
        );
        // Not a staff post, a post held before, a research post, a name.
        assert_eq!(staff_owner_noun("the group's youngest member"), None);
        assert_eq!(staff_owner_noun("the agency's former director"), None);
        assert_eq!(staff_owner_noun("the institute's senior fellow"), None);
        assert_eq!(staff_owner_noun("the Kims' neighbour"), None);
        assert_eq!(staff_owner_noun("a director of the firm"), None);
    }
}
