//! How far an "according to" attribution runs. Gold (all sets, 136 spans
//! opening "according to") ends every one but a split pair at a comma or the
//! sentence's end (84 at the end, 45 at a comma): what follows the source's
//! name up to there is the source's description — a relative or contact
//! clause ("an association *the buyers set up in November*", "two foremen
//! *who asked not to be named*"), a participle ("figures *released by the
//! city on Dec 2*"), an appositive closing the sentence ("Choi Hyun-woo*, a
//! researcher at KIDA*"). And "according to photographs *released by* the
//! coast guard" is one span, opened at "according to".

/// Words that open a contrasting clause of its own after the source: the
/// span stops before them. Not "because", "while", "since": gold takes
/// those in as part of the description 4 of 4 times ("who asked not to be
/// named *because* they still work there", "briefings he received *while*
/// still in office").
const CLAUSE_OPENERS: &[&str] = &["but", "whereas", "although", "though", "yet"];

/// Subject pronouns: "and" before one opens a clause of its own.
const PRONOUNS: &[&str] = &["he", "she", "it", "they", "we", "i", "you"];

/// Relative pronouns that go on describing the source after a comma.
const RELATIVES: &[&str] = &["who", "which", "whose", "whom"];

/// The most words the span may gain in one stretch (fresh22's "foremen and
/// an Uzbek electrician who all asked not to be named because they still
/// work in the city's construction trade": 21).
const MAX_WORDS: usize = 24;

/// The most words of the leading stretch between "according to" and a
/// participle cue ("according to *final standings* published by").
const MAX_LEAD_WORDS: usize = 5;

/// True when `cue` is "according to".
pub(super) fn is_according(cue: &str) -> bool {
    cue.len() >= 12 && cue[..12].eq_ignore_ascii_case("according to")
}

/// The byte where the stretch after `at` stops: the first comma, semicolon,
/// colon, dash, bracket or quote, a full stop that ends the sentence, or
/// the sentence's end; with the byte of the punctuation found (`None` at
/// the end).
fn stretch_stop(sentence: &str, at: usize) -> (usize, Option<char>) {
    let rest = &sentence[at..];
    for (i, c) in rest.char_indices() {
        match c {
            ',' | ';' | ':' | '—' | '–' | '(' | ')' | '[' | '"' | '“' | '”' | '!' | '?' => {
                return (at + i, Some(c));
            }
            '.' if rest[i + 1..]
                .trim_start_matches(['"', '”', '’', '\'', ')', ' ', '\n'])
                .is_empty() =>
            {
                return (at + i, Some('.'));
            }
            _ => {}
        }
    }
    (sentence.len(), None)
}

/// The end of the plain words of `sentence[at..stop]` before a word that
/// opens a clause of its own ("but", "and she …"), trimmed; `None` when the
/// stretch is too long.
fn words_end(sentence: &str, at: usize, stop: usize) -> Option<usize> {
    let stretch = &sentence[at..stop];
    let mut end = at;
    let mut prev_and = false;
    let mut count = 0;
    let mut offset = at;
    for raw in stretch.split_inclusive(' ') {
        let word = raw.trim();
        let lower = word.to_ascii_lowercase();
        if CLAUSE_OPENERS.contains(&lower.as_str())
            || (prev_and && PRONOUNS.contains(&lower.as_str()))
        {
            if prev_and {
                // Drop the "and" before the pronoun too.
                let kept = sentence[at..end].trim_end();
                let kept = kept.strip_suffix("and").unwrap_or(kept).trim_end();
                return Some(at + kept.len());
            }
            return Some(end);
        }
        if !word.is_empty() {
            count += 1;
            end = offset + raw.trim_end().len();
        }
        prev_and = lower == "and";
        offset += raw.len();
    }
    (count <= MAX_WORDS).then_some(end)
}

/// The end of an "according to" attribution at `start..end` of `sentence`
/// taken to its clause's close (see the module's doc); `end` when nothing
/// should join. `holds_cue(a, b)` tells whether an attribution cue starts
/// in `a..b`: a relative clause after the comma with one is a report of
/// its own ("according to KCNA, *which reported* that …": gold 3 of 3
/// apart) and does not join; before the comma a cue word is the
/// description's ("who *asked* not to be named").
pub(super) fn clause_end(
    sentence: &str,
    start: usize,
    end: usize,
    holds_cue: impl Fn(usize, usize) -> bool,
) -> usize {
    let lead = sentence[..start].trim_start_matches([' ', '"', '“', '(', '\n']);
    let initial = lead.trim().is_empty();
    let (stop, punct) = stretch_stop(sentence, end);
    // "According to the ministry the ship sank": with no comma, the main
    // clause would be swallowed.
    if initial && punct != Some(',') {
        return end;
    }
    let Some(mut new_end) = words_end(sentence, end, stop) else {
        return end;
    };
    if new_end < stop && sentence[new_end..stop].trim().is_empty() {
        new_end = new_end.max(end);
    }
    if new_end < end {
        return end;
    }
    if new_end != stop && !sentence[new_end..stop].trim().is_empty() {
        return new_end;
    }
    if punct != Some(',') {
        return new_end;
    }
    // After the comma: a relative clause or an appositive closing the
    // sentence.
    let after = stop + 1;
    let rest = sentence[after..].trim_start();
    let first = rest.split(' ').next().unwrap_or("");
    let first_lower = first.to_ascii_lowercase();
    let (next_stop, next_punct) = stretch_stop(sentence, after);
    let Some(next_end) = words_end(sentence, after, next_stop) else {
        return new_end;
    };
    let clean = (next_end == next_stop || sentence[next_end..next_stop].trim().is_empty())
        && !holds_cue(after, next_end);
    if RELATIVES.contains(&first_lower.as_str()) && clean {
        // "…, who sits on the committee, said": up to the next comma.
        return if initial && next_punct != Some(',') {
            new_end
        } else {
            next_end
        };
    }
    // An appositive closing the sentence, after a clause of its own
    // ("Costs rose sharply last year, according to Kim, an economist at X.").
    let closes_sentence = next_punct.is_none() || next_punct == Some('.');
    let claim_before = lead.split_whitespace().count() >= 4;
    if !initial && claim_before && clean && closes_sentence && appositive_opening(rest) {
        return next_end;
    }
    new_end
}

/// True when `rest` opens like an appositive: "a"/"an", "the" before a
/// capital, or a capitalised name of capitalised words.
fn appositive_opening(rest: &str) -> bool {
    let mut words = rest.split_whitespace();
    let first = words.next().unwrap_or("");
    let second = words.next().unwrap_or("");
    match first.to_ascii_lowercase().as_str() {
        "a" | "an" => true,
        "the" => second.starts_with(char::is_uppercase),
        _ => {
            first.starts_with(char::is_uppercase)
                && rest
                    .split_whitespace()
                    .take_while(|w| !w.ends_with('.'))
                    .all(|w| w.starts_with(char::is_uppercase))
        }
    }
}

/// For a participle cue ("released by", "published by") at byte `start`:
/// the byte where an "according to" opens at most [`MAX_LEAD_WORDS`] plain
/// words before it ("according to *photographs* released by").
pub(super) fn according_lead(sentence: &str, start: usize) -> Option<usize> {
    let before = &sentence[..start];
    let lower = before.to_ascii_lowercase();
    let at = lower.rfind("according to ")?;
    let between = &before[at + "according to ".len()..];
    let plain = !between.contains([',', ';', ':', '.', '"', '“', '”', '(', ')', '—']);
    (plain && between.split_whitespace().count() <= MAX_LEAD_WORDS).then_some(at)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The span from "according to" to `|` (removed), taken to its end.
    fn extend(marked: &str) -> String {
        let bar = marked.find('|').expect("bar");
        let s = marked.replacen('|', "", 1);
        let start = s.to_ascii_lowercase().find("according to").expect("cue");
        let cue = |a: usize, b: usize| s[a..b].contains(" said");
        s[start..clause_end(&s, start, bar, cue)].to_string()
    }

    #[test]
    fn runs_to_the_clause_end() {
        assert_eq!(
            extend("Prices rose, according to an association| the buyers set up in May."),
            "according to an association the buyers set up in May"
        );
        assert_eq!(
            extend("According to the clerk| on duty, the gate was shut."),
            "According to the clerk on duty"
        );
        // Sentence-initial with no comma: the clause is not the source's.
        assert_eq!(
            extend("According to the clerk| the gate was shut."),
            "According to the clerk"
        );
        assert_eq!(
            extend("The pier held, according to the port|, and she said so."),
            "according to the port"
        );
        assert_eq!(
            extend("The pier held, according to the port| but the road was shut."),
            "according to the port"
        );
        assert_eq!(
            extend("Trade fell 5 percent, according to Choi Ha-na|, an economist in Busan."),
            "according to Choi Ha-na, an economist in Busan"
        );
        assert_eq!(
            extend("In May, according to the port|, the ship sank."),
            "according to the port"
        );
        assert_eq!(
            extend(
                "The pier held, according to Kim Su-a|, who runs the café ☕ there, and others."
            ),
            "according to Kim Su-a, who runs the café ☕ there"
        );
        assert_eq!(
            extend(
                "Rates rose, according to figures| released by the Busan Metropolitan Government on Dec. 2."
            ),
            "according to figures released by the Busan Metropolitan Government on Dec. 2"
        );
    }

    #[test]
    fn a_relative_clause_with_a_cue_stays_apart() {
        assert_eq!(
            extend("It sank, according to a report by the navy|, which said it was old."),
            "according to a report by the navy"
        );
    }

    #[test]
    fn a_participle_cue_opens_at_according_to() {
        let s = "It sank, according to photographs released by the navy.";
        let at = s.find("released by").expect("cue");
        assert_eq!(according_lead(s, at), s.find("according"));
        let s = "It sank, according to the navy, and photos released by the army show it.";
        let at = s.find("released by").expect("cue");
        assert_eq!(according_lead(s, at), None);
    }
}
