//! A sentence that opens with a figure after a full stop ("Details below.
//! *1,091 of you have filled in the survey*; 46 have not."): UAX #29 joins
//! it to the sentence before (SB8: after a full stop there is no break while
//! the next letter is lower case, and a digit is no letter), so a claim ran
//! across both sentences or was lost with the one before. The segment is cut
//! again before the figure when the word before the stop is a lower-case
//! word of three letters or more with no stop inside ("a.m.") and no
//! abbreviation ("approx. 300", "vol. 3"), and a lower-case word follows
//! the figure. In the gold of all sets (session 35) such a sentence opens
//! a claim once (fresh28) and no span runs across such a stop.

/// Lower-case abbreviations that a figure follows inside a sentence.
const ABBREVIATIONS: &[&str] = &[
    "approx", "est", "incl", "tel", "vol", "fig", "ref", "min", "max", "nos", "para", "sec", "art",
    "ibid", "cap", "ch", "pp",
];

/// `piece`, a sentence segment starting at byte `start` of the text, cut
/// before each figure that opens a sentence of its own (see the module
/// comment), as `(start, segment)` pairs covering it.
pub(super) fn pieces<'a>(
    start: usize,
    piece: &'a str,
    abbreviations: &'a [String],
) -> impl Iterator<Item = (usize, &'a str)> + 'a {
    let mut from = 0;
    std::iter::from_fn(move || {
        let rest = piece.get(from..).filter(|r| !r.is_empty())?;
        let cut = next_cut(rest, abbreviations).unwrap_or(rest.len());
        let out = (start + from, &rest[..cut]);
        from += cut;
        Some(out)
    })
}

/// The first byte of `text` (after its first byte) where a sentence opening
/// with a figure starts.
fn next_cut(text: &str, abbreviations: &[String]) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(i) = memchr::memmem::find(&bytes[from..], b". ") {
        let stop = from + i;
        from = stop + 2;
        let at = (from..bytes.len()).find(|&j| bytes[j] != b' ')?;
        if !bytes[at].is_ascii_digit() {
            continue;
        }
        if opens_with_figure(&text[at..]) && ends_with_word(&text[..stop], abbreviations) {
            return Some(at);
        }
    }
    None
}

/// True when `text` opens with a figure ("1,091", "46", "3.5") and a
/// lower-case word after it.
fn opens_with_figure(text: &str) -> bool {
    let mut words = text.split(' ');
    let figure = words.next().unwrap_or("");
    let figure_only = figure
        .bytes()
        .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
        && !figure.ends_with(['.', ',']);
    figure_only
        && words
            .next()
            .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_lowercase()))
}

/// True when `before` (the text before a full stop) ends with a lower-case
/// word of three letters or more that is no abbreviation.
fn ends_with_word(before: &str, abbreviations: &[String]) -> bool {
    let word = before.rsplit(' ').next().unwrap_or("");
    word.len() >= 3
        && word.bytes().all(|b| b.is_ascii_lowercase())
        && !ABBREVIATIONS.contains(&word)
        && !abbreviations.iter().any(|a| {
            a.strip_suffix('.')
                .is_some_and(|a| a.eq_ignore_ascii_case(word))
        })
}

#[cfg(test)]
mod tests {
    use super::pieces;

    fn split(text: &str) -> Vec<&str> {
        let abbr: &'static [String] = Box::leak(vec!["approx.".to_string()].into_boxed_slice());
        pieces(0, text, abbr).map(|(_, p)| p).collect()
    }

    #[test]
    fn a_sentence_opening_with_a_figure_is_cut() {
        assert_eq!(
            split("Details below. 1,091 of you have voted; 46 have not."),
            ["Details below. ", "1,091 of you have voted; 46 have not."]
        );
    }

    #[test]
    fn abbreviations_names_and_capitals_are_not() {
        for text in [
            "It rose to approx. 300 tonnes.",
            "See vol. 3 of the series.",
            "It fell at 9 a.m. 12 people were hurt.",
            "Meridian House. 312 pages.",
            "Prices rose. 1,091 Koreans voted.",
            "It held No. 4 in the list.",
        ] {
            assert_eq!(split(text), [text], "{text}");
        }
    }
}
