//! Officials out of office: "X, who left the State Department in 2023, said"
//! speaks as one of the former officials, not as the body they left.

/// Verbs of a relative clause telling that a person left a post ("who
/// *left* the Foreign Ministry"), lower case; "retired" and "resigned" take
/// "from" after them.
const LEFT_VERBS: &[&str] = &["left", "quit", "retired", "resigned"];

/// Last words of a government body's name ("the State *Department*"), as
/// written.
const GOVERNMENT_HEADS: &[&str] = &[
    "Department",
    "Ministry",
    "Agency",
    "Service",
    "Office",
    "Commission",
    "Bureau",
    "Pentagon",
    "Cabinet",
    "Administration",
    "Secretariat",
    "Command",
];

/// Lower-case objects that are a government post themselves ("who left
/// *office* in 2022", "who quit *government*").
const GOVERNMENT_WORDS: &[&str] = &["office", "government", "the government", "public office"];

/// How many words of a body's name are read after "left the".
const NAME_WORDS: usize = 5;

/// True when `description` (what follows a name's comma) says the person
/// left a government body or post: "who left the State Department in
/// 2023", "who retired from the Defence Ministry", "who left office last
/// year"; not "who left the city in 2019" or "who left Chongjin".
pub(super) fn left_government(description: &str) -> bool {
    let words: Vec<&str> = description
        .split_whitespace()
        .take(3 + NAME_WORDS)
        .map(|w| w.trim_end_matches([',', '.', ';', ':']))
        .collect();
    let verb = words.first().is_some_and(|w| w.eq_ignore_ascii_case("who"))
        && words.get(1).is_some_and(|w| LEFT_VERBS.contains(w));
    if !verb {
        return false;
    }
    let mut rest = &words[2..];
    if let Some(tail) = rest.strip_prefix(&["from"]) {
        rest = tail;
    }
    let plain = rest.first().copied().unwrap_or_default();
    let two = rest.get(..2).map(|p| p.join(" ")).unwrap_or_default();
    if GOVERNMENT_WORDS.contains(&plain) || GOVERNMENT_WORDS.contains(&two.as_str()) {
        return true;
    }
    let Some(name) = rest.strip_prefix(&["the"]) else {
        return false;
    };
    // "the State Department", "the Ministry of Foreign Affairs": capitalised
    // words (and "of", "for", "and"), one of them a government body's head.
    let body: Vec<&str> = name
        .iter()
        .take_while(|w| w.starts_with(char::is_uppercase) || ["of", "for", "and"].contains(w))
        .copied()
        .collect();
    body.iter().any(|w| GOVERNMENT_HEADS.contains(w))
}

/// Determiners that introduce an unnamed person ("*A* former …", "*One*
/// retired …"), lower case.
const INTRODUCING: &[&str] = &["a", "an", "one", "another"];

/// How many words after "former" or "retired" the title is looked for in
/// ("a former South Korean naval intelligence *officer*").
const TITLE_WORDS: usize = 6;

/// True when `span` opens on an unnamed person out of office whose country
/// the description gives: "A former South Korean naval intelligence officer
/// said", "A retired Chinese army colonel told …" — a determiner, "former"
/// or "retired", then words of the description (lower case, or capitalised
/// ones of a nationality) up to a title a former official held. The sets
/// file such an unnamed person under the former officials, not under the
/// country's officials (4 spans of 4); a named one is read elsewhere.
pub(super) fn introduced_former(span: &str) -> bool {
    let mut words = span.split_whitespace();
    let opens = words
        .next()
        .is_some_and(|w| INTRODUCING.iter().any(|d| w.eq_ignore_ascii_case(d)));
    let out_of_office = words
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("former") || w.eq_ignore_ascii_case("retired"));
    if !opens || !out_of_office {
        return false;
    }
    for word in words.take(TITLE_WORDS) {
        // "U.S." keeps its points; a comma ends the description.
        let unpunctuated = word.trim_end_matches([',', ';', ':']);
        let ends_phrase = unpunctuated.len() != word.len();
        let bare = unpunctuated.trim_end_matches('.');
        if super::person_source::FORMER_TITLES
            .iter()
            .any(|t| bare.eq_ignore_ascii_case(t))
        {
            // "A former North Korean diplomat": a defector, read elsewhere.
            let phrase_end = span.find(word).map_or(span.len(), |at| at + word.len());
            return !super::person_source::defector_described(&span[..phrase_end]);
        }
        if ends_phrase
            || !bare
                .chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '.')
        {
            return false;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn officials_who_left_a_government_body() {
        assert!(left_government("who left the State Department in 2023"));
        assert!(left_government(
            "who retired from the Defence Ministry last spring"
        ));
        assert!(left_government(
            "who left the Ministry of Foreign Affairs in 2019"
        ));
        assert!(left_government("who left office in 2022"));
        assert!(left_government("who quit government after the election"));
        // Not a government post: a place, a city, a company, a verb that is
        // no leaving.
        assert!(!left_government("who left the city in 2019"));
        assert!(!left_government("who left Chongjin in 2023"));
        assert!(!left_government("who left the North by boat"));
        assert!(!left_government("who left the Orbis Group in May"));
        assert!(!left_government("who visited the State Department in 2023"));
        assert!(!left_government("a former teacher"));
    }

    #[test]
    fn an_unnamed_person_out_of_office() {
        assert!(introduced_former(
            "A former Japanese naval intelligence officer said"
        ));
        assert!(introduced_former("A retired Chinese army colonel told NHK"));
        assert!(introduced_former("one former U.S. diplomat wrote"));
        // A defector, a trade, a named person, a comma before the title.
        assert!(!introduced_former("A former North Korean diplomat said"));
        assert!(!introduced_former("A former teacher from Busan said"));
        assert!(!introduced_former("Kim, a former colonel, said"));
        assert!(!introduced_former("A former student, now an officer, said"));
    }
}
