//! "quoted" and an object no name or audience rule reads, then "as saying":
//! "The paper quoted *a market manager* as saying", "The agency quoted *him*
//! as saying", "The agency quoted *the message* as saying", "KCNA quoted
//! *the zoo's director, Ri Song*, as saying". The span runs through "as
//! saying" (before, it ended at "quoted"). Gold, 27 sets: 4 such spans
//! (fresh6, fresh8, fresh15, fresh25), all through "as saying".

/// The most words between the cue and "as saying".
const MAX_WORDS: usize = 8;

/// The most bytes read after the cue.
const MAX_BYTES: usize = 120;

/// After a "quoted"/"quotes" cue `cue` whose object ends at byte `from`:
/// the end of " as saying" within [`MAX_WORDS`] words, no full stop, colon,
/// quote, bracket or "that" before it; `None` else.
pub(super) fn as_saying_within(cue: &str, sentence: &str, from: usize) -> Option<usize> {
    // Cheap first: the cue is "quoted" or "quotes".
    let verb = cue.rsplit(' ').next().unwrap_or(cue);
    if !(verb.eq_ignore_ascii_case("quoted") || verb.eq_ignore_ascii_case("quotes")) {
        return None;
    }
    let rest = sentence.get(from..)?;
    let mut limit = rest.len().min(MAX_BYTES);
    while !rest.is_char_boundary(limit) {
        limit -= 1;
    }
    let i = rest[..limit].find(" as saying")?;
    let between = &rest[..i];
    if between.contains(['.', ';', ':', '"', '“', '”', '(', ')'])
        || between.contains(" that ")
        || between.split_whitespace().count() > MAX_WORDS
    {
        return None;
    }
    let end = i + " as saying".len();
    (!rest[end..].starts_with(char::is_alphanumeric)).then_some(from + end)
}

#[cfg(test)]
mod tests {
    use super::as_saying_within;

    fn through(sentence: &str) -> Option<&str> {
        let from = sentence.find("quoted")? + "quoted".len();
        as_saying_within("quoted", sentence, from).map(|e| &sentence[..e])
    }

    #[test]
    fn through_as_saying() {
        assert_eq!(
            through("The paper quoted a market manager as saying prices fell."),
            Some("The paper quoted a market manager as saying")
        );
        assert_eq!(
            through("The agency quoted him as saying the talks failed."),
            Some("The agency quoted him as saying")
        );
    }

    #[test]
    fn not_past_a_clause() {
        assert_eq!(
            through("The paper quoted a report that prices fell as saying so."),
            None
        );
        assert_eq!(
            through("The paper quoted prices. Kim was seen as saying no."),
            None
        );
        assert_eq!(as_saying_within("said", "He said it as saying", 7), None);
    }
}
