//! Head nouns of bodies read back by a generic word: "the centre" stands for
//! a "… Center" as well as a "… Centre" (one noun spelled two ways), and "the
//! coast guard" for the latest coast guard named with its country ("the
//! Lakeland Coast Guard").

/// Head nouns spelled two ways, lower case.
const SPELLED_ALIKE: &[(&str, &str)] = &[("centre", "center")];

/// True when `word` (any case) is the head noun `body` (lower case) or its
/// other spelling ("Center" for "centre").
pub(super) fn is_head(word: &str, body: &str) -> bool {
    if word.chars().flat_map(char::to_lowercase).eq(body.chars()) {
        return true;
    }
    SPELLED_ALIKE.iter().any(|(a, b)| {
        (body == *a && word.eq_ignore_ascii_case(b)) || (body == *b && word.eq_ignore_ascii_case(a))
    })
}

/// The latest whitespace-separated word of `window` that `accept` takes,
/// where `accept` only takes a word holding `body` (lower case) as its head
/// noun ([`is_head`] of the word without its punctuation): the same word as
/// `window.split_whitespace().rev().find(accept)`, read from the places where
/// `body` occurs (ASCII case ignored) instead of word by word; with the
/// word's byte offset. A look-back of 6 kB is read once by `memchr` instead
/// of trimmed and compared a word at a time.
pub(super) fn latest_head_word<'a>(
    body: &str,
    window: &'a str,
    accept: impl Fn(&str) -> bool,
) -> Option<(usize, &'a str)> {
    // Only an ASCII word spelled one way is found by its bytes (the Kelvin
    // sign is the one non-ASCII letter that lower-cases to an ASCII one).
    let by_bytes = !body.is_empty()
        && body.bytes().all(|b| b.is_ascii_alphabetic())
        && !SPELLED_ALIKE.iter().any(|(a, b)| body == *a || body == *b)
        && !window.contains('\u{212A}');
    if !by_bytes {
        return (window.split_whitespace().rev())
            .find(|w| accept(w))
            .map(|w| (w.as_ptr() as usize - window.as_ptr() as usize, w));
    }
    let bytes = window.as_bytes();
    let needle = body.as_bytes();
    let (lower, upper) = (needle[0], needle[0].to_ascii_uppercase());
    let mut end = bytes.len();
    while let Some(at) = memchr::memrchr2(lower, upper, &bytes[..end]) {
        let holds =
            (bytes.get(at..at + needle.len())).is_some_and(|w| w.eq_ignore_ascii_case(needle));
        if !holds {
            end = at;
            continue;
        }
        let start = window[..at]
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace())
            .map_or(0, |(i, c)| i + c.len_utf8());
        let stop = window[at..]
            .find(char::is_whitespace)
            .map_or(window.len(), |i| at + i);
        let word = &window[start..stop];
        if accept(word) {
            return Some((start, word));
        }
        end = start;
    }
    None
}

/// Two-word heads of a body named with its country before them.
const COUNTRY_HEADS: &[&str] = &["Coast Guard"];

/// The latest body named in `window` by a capitalised country word and a
/// head of [`COUNTRY_HEADS`] ("the Lakeland Coast Guard said") when `generic`
/// (lower case) is that head ("coast guard"): "Lakeland Coast Guard".
pub(super) fn latest_country_head(generic: &str, window: &str) -> Option<String> {
    let head = COUNTRY_HEADS
        .iter()
        .find(|h| h.eq_ignore_ascii_case(generic))?;
    window.rmatch_indices(head).find_map(|(at, _)| {
        let country = window[..at].strip_suffix(' ')?.rsplit(' ').next()?;
        let plain = country.len() > 1
            && country.starts_with(|c: char| c.is_uppercase())
            && country.chars().all(char::is_alphabetic)
            && !["The", "A", "An", "This", "That"].contains(&country);
        plain.then(|| format!("{country} {head}"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_head_matches_either_spelling() {
        assert!(is_head("Center", "centre"));
        assert!(is_head("Centre", "centre"));
        assert!(is_head("centre", "center"));
        assert!(is_head("Foundation", "foundation"));
        assert!(!is_head("Central", "centre"));
        assert!(!is_head("Institute", "centre"));
    }

    /// What [`latest_head_word`] must equal: the word-by-word reading.
    fn word_by_word<'a>(body: &str, window: &'a str) -> Option<&'a str> {
        let bare = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string();
        (window.split_whitespace().rev()).find(|w| {
            let b = bare(w);
            b.starts_with(char::is_uppercase) && is_head(&b, body)
        })
    }

    #[test]
    fn the_latest_head_word_is_the_word_by_word_one() {
        let accept = |body: &'static str| {
            move |w: &str| {
                let b = w.trim_matches(|c: char| !c.is_alphanumeric());
                b.starts_with(char::is_uppercase) && is_head(b, body)
            }
        };
        let windows = [
            "The Korea Trade Agency said; the agency added. “Agency,” AGENCY agencywide",
            "no head here at all",
            "Agency\u{a0}Agencies  (Agency) Ministry’s agency",
            "the Sejong Institute (Institute) and the institute’s Institute.",
            "“Office” 사무소 Office\r\nOFFICE, office",
            "Bank Bank\u{212A} BAN\u{212A} bank",
            "Centre for X; the Center; center",
            "",
        ];
        for window in windows {
            for body in [
                "agency",
                "institute",
                "office",
                "bank",
                "centre",
                "ministry",
                "x",
            ] {
                let fast = latest_head_word(body, window, accept(body)).map(|(at, w)| {
                    assert_eq!(&window[at..at + w.len()], w);
                    w
                });
                assert_eq!(fast, word_by_word(body, window), "{body} in {window:?}");
            }
        }
        assert_eq!(
            latest_head_word("agency", "A Agency b. C agency", accept("agency")),
            Some((2, "Agency"))
        );
    }

    proptest::proptest! {
        /// On any mix of heads, their look-alikes, punctuation and scripts,
        /// the read from occurrences finds the word-by-word word.
        #[test]
        fn the_latest_head_word_matches_on_any_text(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "Agency", "agency", "AGENCY", "Agencyʼs", "“Agency,”", "agencies", "Office", "office.",
                " ", "  ", "\n", "\r\n", "\u{a0}", "\u{3000}", "청", "é", "(", ")", ",", "Agen", "cy",
                "K\u{212A}", "Bank", "ban", "k",
            ]), 0..24)
        ) {
            let window: String = parts.concat();
            for body in ["agency", "office", "bank"] {
                let accept = |w: &str| {
                    let b = w.trim_matches(|c: char| !c.is_alphanumeric());
                    b.starts_with(char::is_uppercase) && is_head(b, body)
                };
                let fast = latest_head_word(body, &window, accept).map(|(_, w)| w);
                proptest::prop_assert_eq!(fast, word_by_word(body, &window));
            }
        }
    }

    #[test]
    fn the_coast_guard_is_the_latest_named_with_its_country() {
        let text = "The Lakeland Coast Guard said so. Later the Norland Coast Guard sailed.";
        assert_eq!(
            latest_country_head("coast guard", text).as_deref(),
            Some("Norland Coast Guard")
        );
        // Not a possessive, not a sentence's article, not another word.
        assert_eq!(
            latest_country_head("coast guard", "Lakeland's Coast Guard said."),
            None
        );
        assert_eq!(
            latest_country_head("coast guard", "The Coast Guard said."),
            None
        );
        assert_eq!(
            latest_country_head("guard", "The Lakeland Coast Guard said."),
            None
        );
    }
}
