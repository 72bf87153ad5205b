//! A body's data speak for the body: "Korea Exchange data showed", "Unification
//! Ministry figures show" → the body that keeps them, not "Korea Exchange
//! data".

/// Nouns for a body's numbers, read as its voice when a name stands before
/// them.
const DATA_NOUNS: &[&str] = &["data", "figures", "statistics", "records", "numbers"];

/// Words that open a description, not a name ("The figures", "Its data").
const DETERMINERS: &[&str] = &[
    "The", "A", "An", "Its", "Their", "This", "These", "Those", "Such",
];

/// The body `name` ("Korea Exchange data") puts before a data noun of
/// [`DATA_NOUNS`]: one to six words, the first capitalised, none a
/// possessive (the possessive is the owner reading's); `None` otherwise
/// ("the data", "trade data").
pub(super) fn data_owner(name: &str) -> Option<&str> {
    let name = name.trim();
    let (body, noun) = name.rsplit_once(' ')?;
    if !DATA_NOUNS.contains(&noun) {
        return None;
    }
    let body = body.trim_end();
    let words = body.split_whitespace().count();
    let first = body.split_whitespace().next().unwrap_or_default();
    let named = body.starts_with(char::is_uppercase)
        && !DETERMINERS.contains(&first)
        && !body.contains(['\'', '’', ',']);
    (named && (1..=6).contains(&words)).then_some(body)
}

#[cfg(test)]
mod tests {
    use super::data_owner;

    #[test]
    fn a_names_data_are_the_bodys() {
        assert_eq!(data_owner("Korea Exchange data"), Some("Korea Exchange"));
        assert_eq!(
            data_owner("Unification Ministry figures"),
            Some("Unification Ministry")
        );
        assert_eq!(data_owner("the data"), None);
        assert_eq!(data_owner("trade data"), None);
        assert_eq!(data_owner("The figures"), None);
        assert_eq!(data_owner("KOFIC's records"), None);
        assert_eq!(data_owner("Korea Exchange"), None);
    }
}
