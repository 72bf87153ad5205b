//! Where the words were posted, after the cue: "said *on its website*",
//! "says *on its website*", "said *on its website, DPR Korea Tour,*". The
//! annotators keep the page with the cue (gold, all sets: 6 of 6 "said/says
//! on its website" — fresh12, fresh15, fresh20, fresh21, fresh26 twice);
//! the span stopped at the verb. A possessive or "the", at most one plain
//! modifier, and a page's noun; a page named after it in commas joins when
//! the reported clause follows ("…, DPR Korea Tour, that").

/// Nouns of a page one posts on, lower case.
const PAGES: &[&str] = &[
    "website", "websites", "site", "page", "blog", "channel", "account", "feed", "homepage",
];

/// Words that open the page's phrase, lower case.
const OPENERS: &[&str] = &["its", "their", "his", "her", "the", "our", "my"];

/// After byte `at` (a cue's end, or the end of what joined it): the end of
/// " on its website" and of a page's name in commas after it.
pub(super) fn own_page_after(sentence: &str, at: usize) -> Option<usize> {
    let rest = sentence.get(at..)?.strip_prefix(" on ")?;
    let mut end = at + 4;
    let mut words = rest.split(' ');
    let opener = words.next()?;
    if !OPENERS.iter().any(|o| o.eq_ignore_ascii_case(opener)) {
        return None;
    }
    end += opener.len();
    for _ in 0..2 {
        let raw = words.next()?;
        let word = raw.trim_end_matches([',', '.', ';', ':']);
        if word.is_empty() || !word.chars().all(|c| c.is_lowercase() || c == '-') {
            return None;
        }
        end += 1 + word.len();
        if PAGES.contains(&word) {
            return Some(named_page_end(sentence, end).unwrap_or(end));
        }
        if word.len() < raw.len() {
            return None;
        }
    }
    None
}

/// ", DPR Korea Tour, that": the page's name in commas before "that".
fn named_page_end(sentence: &str, end: usize) -> Option<usize> {
    let rest = sentence.get(end..)?.strip_prefix(", ")?;
    let close = rest.find(',')?;
    let name = &rest[..close];
    let capitalised = name
        .split(' ')
        .all(|w| w.starts_with(|c: char| c.is_uppercase()));
    (capitalised && name.split(' ').count() <= 5 && rest[close..].starts_with(", that "))
        .then_some(end + 2 + close)
}

#[cfg(test)]
mod tests {
    use super::own_page_after;

    fn page(sentence: &str) -> Option<&str> {
        let at = sentence.find("said")? + 4;
        own_page_after(sentence, at).map(|e| &sentence[at..e])
    }

    #[test]
    fn the_page_the_words_were_on() {
        assert_eq!(
            page("The club said on its website that it would close."),
            Some(" on its website")
        );
        assert_eq!(
            page("The club said on its website, Tarn Tours, that it would close."),
            Some(" on its website, Tarn Tours")
        );
        assert_eq!(
            page("The club said on its own blog it would close."),
            Some(" on its own blog")
        );
        assert_eq!(page("The club said on Monday it would close."), None);
        assert_eq!(page("The club said on the whole it would close."), None);
    }
}
