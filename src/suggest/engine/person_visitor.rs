//! Visitors quoted: "A Russian visitor told us" speaks as one of that
//! country's tourists, not for its government.

/// Head nouns of a person visiting a country ("a Russian *visitor*"),
/// lower case.
const VISITORS: &[&str] = &[
    "visitor",
    "visitors",
    "tourist",
    "tourists",
    "traveller",
    "travellers",
    "traveler",
    "travelers",
    "holidaymaker",
    "holidaymakers",
];

/// What the group of visitors is called after their nationality ("Russian
/// tourists").
const TOURISTS: &str = "tourists";

/// True when the last word of `name` is a visitor's head noun ("A Russian
/// visitor", "two Chinese tourists"); not "a visitor centre" or "tourism
/// officials".
pub(super) fn is_visitor(name: &str) -> bool {
    name.split_whitespace()
        .last()
        .is_some_and(|w| VISITORS.contains(&w.to_lowercase().as_str()))
}

/// "Russian officials" (the officials a nationality in a visitor's name
/// gives) → "Russian tourists".
pub(super) fn tourists_of(officials: &str) -> Option<String> {
    let nationality = officials.strip_suffix(" officials")?;
    Some(format!("{nationality} {TOURISTS}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn visitors_by_nationality() {
        assert!(is_visitor("A Russian visitor"));
        assert!(is_visitor("two Chinese tourists"));
        assert!(!is_visitor("a visitor centre"));
        assert!(!is_visitor("Russian tourism officials"));
        assert_eq!(
            tourists_of("Russian officials").as_deref(),
            Some("Russian tourists")
        );
        assert_eq!(tourists_of("experts"), None);
    }
}
