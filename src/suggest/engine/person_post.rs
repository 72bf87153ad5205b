//! Staff who speak for the body they work at: a person described as "a
//! caseworker at the Riverside Shelter" or "an organiser for the Tenants'
//! Union" is filed under that body, not as a person. A research post ("a
//! fellow at …", "a professor at …") is left to the readings of experts and
//! institutes.

use super::Suggester;

/// Posts whose holder speaks for the body they hold it at, lower case.
pub(super) const BODY_POSTS: &[&str] = &[
    "caseworker",
    "counsellor",
    "counselor",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "official",
    "director",
    "manager",
    "coordinator",
    "staffer",
    "employee",
    "volunteer",
    "administrator",
    "organiser",
    "organizer",
    "chief",
    "executive",
    "founder",
    "co-founder",
    "chairman",
    "chairwoman",
    "chairperson",
];

/// Words of a research or teaching post, or of one held before: such a
/// person is no body's voice here ("a senior *fellow* at …").
const NOT_BODY_POSTS: &[&str] = &[
    "researcher",
    "research",
    "fellow",
    "professor",
    "lecturer",
    "analyst",
    "economist",
    "scientist",
    "specialist",
    "expert",
    "scholar",
    "former",
    "retired",
];

/// Small words a body's name may hold between capitalised ones ("Centre
/// *for* Policy *and* Law").
const NAME_JOINERS: &[&str] = &["of", "for", "and", "on", "&"];

/// The most words of a post before its preposition ("a senior *intake
/// caseworker* at").
const POST_WORDS: usize = 4;

/// The most words of a body's name.
const NAME_WORDS: usize = 7;

/// The body named in `description` (the text after a person's name and its
/// comma, or the appositive alone) when it makes the person staff of it: "a
/// caseworker at the Riverside Shelter, a charity …" → "Riverside Shelter".
/// The appositive opens with "a", "an" or "the", holds up to four lower-case
/// words with a post of [`BODY_POSTS`] (and none of [`NOT_BODY_POSTS`]), then
/// "at", "for" or "with", perhaps "the", and a capitalised name that ends
/// the appositive or is followed by "in" and a place. Not "a spokesperson
/// for China's foreign ministry" (a possessive, the name stops short) nor "a
/// fellow at the Lund Institute".
pub(super) fn staff_body(description: &str) -> Option<&str> {
    let description = description.trim_start_matches([',', ' ']);
    let end = description
        .find([',', ';', '.', ':', '(', '"', '“', '”', '—', '\n'])
        .unwrap_or(description.len());
    let appositive = &description[..end];
    let words: Vec<(usize, &str)> = appositive
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - appositive.as_ptr() as usize, w))
        .collect();
    let first = words.first()?.1.to_lowercase();
    if !["a", "an", "the"].contains(&first.as_str()) {
        return None;
    }
    let prep = (1..words.len().min(POST_WORDS + 2))
        .find(|&i| ["at", "for", "with"].contains(&words[i].1))?;
    let post = &words[1..prep];
    let plain = !post.is_empty()
        && post
            .iter()
            .all(|(_, w)| w.chars().all(|c| c.is_lowercase() || c == '-'));
    let staff = post.iter().any(|(_, w)| BODY_POSTS.contains(w))
        && !post.iter().any(|(_, w)| NOT_BODY_POSTS.contains(w));
    if !plain || !staff {
        return None;
    }
    let mut start = prep + 1;
    if words.get(start).is_some_and(|(_, w)| *w == "the") {
        start += 1;
    }
    let mut stop = start;
    while stop < words.len() && stop - start < NAME_WORDS {
        let w = words[stop].1;
        let capital = w.starts_with(char::is_uppercase) && !w.contains(['\'', '’']);
        let joiner = stop > start && NAME_JOINERS.contains(&w);
        if !capital && !joiner {
            break;
        }
        stop += 1;
    }
    // A joiner closes no name ("the Harbour Trust *for*").
    while stop > start && NAME_JOINERS.contains(&words[stop - 1].1) {
        stop -= 1;
    }
    if stop == start {
        return None;
    }
    // The name ends the appositive, or a place follows it ("in Busan").
    let closes = stop == words.len()
        || (words[stop].1 == "in"
            && words
                .get(stop + 1)
                .is_some_and(|(_, w)| w.starts_with(char::is_uppercase)));
    if !closes {
        return None;
    }
    let (from, _) = words[start];
    let (last_at, last) = words[stop - 1];
    appositive.get(from..last_at + last.len())
}

/// Last words of a bank's, brokerage's or research house's name ("Haneul
/// *Securities*"): whoever covers an industry there is an analyst.
const HOUSE_WORDS: &[&str] = &[
    "Securities",
    "Investment",
    "Investments",
    "Capital",
    "Bank",
    "Brokerage",
    "Research",
    "Financial",
    "Markets",
    "Partners",
    "Advisors",
    "Advisers",
];

/// True when `description` (after a person's name and comma) tells an
/// analyst's beat at a bank or brokerage: "who covers steel at Mirae
/// Securities", "who covers retailers for Orchard Capital"; not "who covers
/// the courts for the Daily Mirror" (a reporter).
pub(super) fn covers_at_house(description: &str) -> bool {
    let words: Vec<&str> = description.split_whitespace().take(12).collect();
    let covers = words.first().is_some_and(|w| w.eq_ignore_ascii_case("who"))
        && words
            .get(1)
            .is_some_and(|w| *w == "covers" || *w == "follows");
    covers
        && words.windows(2).enumerate().any(|(i, p)| {
            ["at", "for", "with"].contains(&p[0])
                && (words[i + 1..].iter().take(4))
                    .take_while(|w| w.starts_with(char::is_uppercase))
                    .any(|w| HOUSE_WORDS.contains(&w.trim_end_matches([',', '.', ';'])))
        })
}

/// Words of a research post held at a house ("head of property *research*",
/// "chief *economist*"), lower case.
const HOUSE_RESEARCH_POSTS: &[&str] = &[
    "research",
    "researcher",
    "economist",
    "strategist",
    "analyst",
    // "head of currency strategy", "director of economics".
    "strategy",
    "economics",
];

/// True when `description` (after a person's name and comma) gives a
/// research post at a bank or brokerage, with or without an article: "head
/// of property research at Shinhan Securities", "the chief economist at
/// Haneul Investment"; not "head of sales at Shinhan Securities" (no
/// research post) nor "head of research at the Lund Institute" (no house).
pub(super) fn research_at_house(description: &str) -> bool {
    let words: Vec<&str> = description.split_whitespace().take(12).collect();
    let Some(at) = (0..words.len().min(POST_WORDS + 3)).find(|&i| words[i] == "at") else {
        return false;
    };
    let post = &words[..at];
    let plain = post
        .iter()
        .all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'));
    let research = post.iter().any(|w| HOUSE_RESEARCH_POSTS.contains(w))
        && !post.iter().any(|w| *w == "former" || *w == "retired");
    plain
        && research
        && (words[at + 1..].iter().take(4))
            .take_while(|w| w.starts_with(char::is_uppercase))
            .any(|w| HOUSE_WORDS.contains(&w.trim_end_matches([',', '.', ';'])))
}

/// Words of what a lawmaker or agent represents, not a client: "who
/// represents the district", lower case.
const NOT_CLIENTS: &[&str] = &[
    "district",
    "constituency",
    "county",
    "city",
    "province",
    "seat",
    "ward",
    "riding",
    "region",
    "country",
    "company",
    "firm",
    "union",
    "party",
    "state",
    "town",
    "government",
];

/// True when `description` (after a person's name and comma) makes the
/// person a defendant's lawyer: "who represents one of the guards", "who
/// represents the accused"; not "who represents the district" nor "who
/// represents Gangnam".
pub(super) fn represents_client(description: &str) -> bool {
    let words: Vec<&str> = description.split_whitespace().take(8).collect();
    let opens = words.first().is_some_and(|w| w.eq_ignore_ascii_case("who"))
        && words.get(1) == Some(&"represents");
    // The object up to and with the word a clause mark closes.
    let mut object: Vec<&str> = Vec::new();
    for w in words.iter().skip(2) {
        object.push(w.trim_end_matches([',', '.', ';']));
        if w.ends_with([',', '.', ';']) {
            break;
        }
    }
    let plain = !object.is_empty()
        && object
            .iter()
            .all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'));
    opens && plain && !object.iter().any(|w| NOT_CLIENTS.contains(w))
}

impl Suggester {
    /// The source of the body whose staff `description` makes a person
    /// ([`staff_body`]): the registry's name for it, else the name as
    /// written.
    pub(super) fn staff_body_source(&self, description: &str) -> Option<String> {
        let body = staff_body(description)?;
        Some(
            self.index
                .canonical(body)
                .map_or_else(|| self.source_of(body), str::to_string),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::{covers_at_house, represents_client, staff_body};

    #[test]
    fn a_research_post_at_a_house() {
        assert!(super::research_at_house(
            "head of property research at Shinhan Securities"
        ));
        assert!(super::research_at_house(
            "the chief economist at Haneul Investment, said"
        ));
        assert!(!super::research_at_house(
            "head of sales at Shinhan Securities"
        ));
        assert!(!super::research_at_house(
            "head of research at the Lund Institute"
        ));
        assert!(!super::research_at_house(
            "a former analyst at Mirae Securities"
        ));
    }

    #[test]
    fn a_lawyer_representing_a_client() {
        assert!(represents_client("who represents one of the guards, told"));
        assert!(represents_client("who represents the accused"));
        assert!(!represents_client(
            "who represents the district in parliament"
        ));
        assert!(!represents_client("who represents Gangnam, said"));
        assert!(!represents_client("who works for the guards"));
    }

    #[test]
    fn an_analyst_covering_an_industry_at_a_house() {
        assert!(covers_at_house(
            "who covers steel at Mirae Securities, said"
        ));
        assert!(covers_at_house("who covers retailers for Orchard Capital"));
        assert!(!covers_at_house(
            "who covers the courts for the Daily Mirror"
        ));
        assert!(!covers_at_house("who covers steel"));
        assert!(!covers_at_house("a broker at Mirae Securities"));
    }

    #[test]
    fn staff_of_a_named_body() {
        assert_eq!(
            staff_body(", a caseworker at the Riverside Shelter, a charity that helps refugees"),
            Some("Riverside Shelter")
        );
        assert_eq!(
            staff_body("an organiser for the Union of Dock Workers in Busan"),
            Some("Union of Dock Workers")
        );
        assert_eq!(
            staff_body("the programme director at Green Harbour"),
            Some("Green Harbour")
        );
    }

    #[test]
    fn no_body_for_research_posts_possessives_or_bodies_cut_short() {
        assert_eq!(staff_body("a senior fellow at the Lund Institute"), None);
        assert_eq!(
            staff_body("a research director at the Lund Institute"),
            None
        );
        assert_eq!(
            staff_body("a spokesperson for China's foreign ministry"),
            None
        );
        assert_eq!(staff_body("a senior analyst at the company"), None);
        assert_eq!(staff_body("a director at Haneul Bank's Seoul branch"), None);
        assert_eq!(staff_body("who directs the Riverside Shelter"), None);
        assert_eq!(
            staff_body("a former director at the Riverside Shelter"),
            None
        );
    }
}
