//! A body's data and documents speak for the body: "Korea Exchange data
//! showed", "Unification Ministry figures show", "a UNC statement said" → the
//! body that keeps or issued them, not "Korea Exchange data" or "UNC
//! statement".

/// Nouns for a body's numbers, read as its voice when a name stands before
/// them.
const DATA_NOUNS: &[&str] = &["data", "figures", "statistics", "records", "numbers"];

/// Nouns for a document a body issues, read as its voice when a name stands
/// before them ("a UNC statement said", "A Reuters report said").
const DOCUMENT_NOUNS: &[&str] = &[
    "statement",
    "report",
    "study",
    "survey",
    "analysis",
    "assessment",
    "estimate",
    "notice",
    "memo",
    "bulletin",
    "communique",
];

/// Articles that may open a name's data or document ("*a* UNC statement",
/// "*the* JCS figures"): dropped when a capitalised word follows.
const ARTICLES: &[&str] = &["a", "an", "the", "A", "An", "The"];

/// Words that open a description, not a name ("The figures", "Its data").
const DETERMINERS: &[&str] = &[
    "The", "A", "An", "Its", "Their", "This", "These", "Those", "Such",
];

/// The body `name` ("Korea Exchange data", "a UNC statement") puts before a
/// data noun of [`DATA_NOUNS`] or a document noun of [`DOCUMENT_NOUNS`],
/// after an article if any: one to six words, the first capitalised, none a
/// possessive (the possessive is the owner reading's); `None` otherwise
/// ("the data", "trade data", "a statement").
pub(super) fn data_owner(name: &str) -> Option<&str> {
    let name = name.trim();
    let (body, noun) = name.rsplit_once(' ')?;
    if !DATA_NOUNS.contains(&noun) && !DOCUMENT_NOUNS.contains(&noun) {
        return None;
    }
    let body = body.trim_end();
    let body = match body.split_once(' ') {
        Some((article, rest))
            if ARTICLES.contains(&article) && rest.starts_with(char::is_uppercase) =>
        {
            rest.trim_start()
        }
        _ => body,
    };
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

    #[test]
    fn a_names_document_is_the_bodys() {
        assert_eq!(data_owner("a UNC statement"), Some("UNC"));
        assert_eq!(data_owner("A Reuters report"), Some("Reuters"));
        assert_eq!(data_owner("the JCS figures"), Some("JCS"));
        assert_eq!(data_owner("a statement"), None);
        assert_eq!(data_owner("The report"), None);
        assert_eq!(data_owner("a joint statement"), None);
        assert_eq!(data_owner("the ministry's statement"), None);
    }
}
