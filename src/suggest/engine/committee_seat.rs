//! A person a relative clause seats on a committee ("Carradine, who sits on
//! the Foreign Affairs Committee, said", "Kim, who chairs the defence
//! committee, said") is a lawmaker: analysts file them as the country's
//! lawmakers (seven named committee members in five sets, all lawmakers).

/// Verbs of holding a seat, with the word after them, lower case.
const SEATED: &[&str] = &["sits on ", "serves on ", "chairs ", "is a member of "];

/// Words of a body that is no legislature's committee, lower case.
const NOT_LEGISLATURE: &[&str] = &[
    "board",
    "company",
    "club",
    "olympic",
    "organising",
    "organizing",
];

/// Parliaments news names by their own name, and the nationality of their
/// members.
const PARLIAMENTS: &[(&str, &str)] = &[
    ("House of Commons", "British"),
    ("House of Lords", "British"),
    ("Bundestag", "German"),
    ("Knesset", "Israeli"),
    ("State Duma", "Russian"),
    ("Storting", "Norwegian"),
    ("Riksdag", "Swedish"),
    ("Folketing", "Danish"),
    ("Sejm", "Polish"),
    ("Oireachtas", "Irish"),
    ("Lok Sabha", "Indian"),
];

/// How many bytes of a text's opening are read for its parliament.
const OPENING: usize = 1_500;

/// The nationality of the parliament a text's opening names ("The House of
/// Commons published …" → British), the first named, else `None`: where a
/// committee member sits when no dateline says.
pub(super) fn parliament_nationality(text: &str) -> Option<&'static str> {
    let head = &text[..text.floor_char_boundary(text.len().min(OPENING))];
    PARLIAMENTS
        .iter()
        .filter_map(|(name, nationality)| head.find(name).map(|at| (at, *nationality)))
        .min_by_key(|(at, _)| *at)
        .map(|(_, nationality)| nationality)
}

/// Parliaments a role names without its country, and the nationality of
/// their members, after [`PARLIAMENTS`]: the National Assembly is South
/// Korea's in this news (all 7 gold texts that name it file its members as
/// South Korean lawmakers).
const NAMED_ONLY: &[(&str, &str)] = &[("National Assembly", "South Korean")];

/// The nationality of the parliament `context` (a role, an appositive)
/// names ("an opposition member of the National Assembly's foreign affairs
/// committee" → South Korean), else `None`.
pub(super) fn parliament_named(context: &str) -> Option<&'static str> {
    (PARLIAMENTS.iter().chain(NAMED_ONLY))
        .find(|(name, _)| context.contains(name))
        .map(|(_, nationality)| *nationality)
}

/// The relative clause right after byte `end` of `text` when it seats the
/// person on a committee (", who sits on the defence committee"): the
/// clause up to the next comma, clause mark or second verb ("… and has
/// raised North Korean shipping": not the seat), else `None`.
pub(super) fn committee_seat(text: &str, end: usize) -> Option<&str> {
    let to = text.floor_char_boundary(end.saturating_add(200).min(text.len()));
    let rest = text.get(end..to)?.strip_prefix(", who ")?;
    let stop = rest
        .find([',', '.', ';', ':', '“', '”', '"', '\n', '—', '(', ')'])
        .unwrap_or(rest.len());
    let clause = &rest[..stop];
    let clause = clause.split(" and ").next().unwrap_or(clause);
    let lower = clause.to_lowercase();
    let seated = SEATED.iter().any(|v| lower.starts_with(v));
    let committee = lower.contains("committee");
    let other = NOT_LEGISLATURE.iter().any(|w| lower.contains(w));
    (seated && committee && !other).then_some(clause)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_seat_on_a_committee_is_read() {
        let text = "Carradine, who sits on the Foreign Affairs Committee and has asked twice, said";
        assert_eq!(
            committee_seat(text, 9),
            Some("sits on the Foreign Affairs Committee")
        );
        let text = "Kim, who chairs the defence committee, said";
        assert_eq!(
            committee_seat(text, 3),
            Some("chairs the defence committee")
        );
    }

    #[test]
    fn the_opening_names_the_parliament() {
        assert_eq!(
            parliament_nationality("Question\n\nThe House of Commons published it."),
            Some("British")
        );
        assert_eq!(parliament_nationality("The assembly met."), None);
    }

    #[test]
    fn other_seats_are_not() {
        assert_eq!(committee_seat("Kim, who sits on the board, said", 3), None);
        assert_eq!(
            committee_seat("Kim, who sits on the company's audit committee, said", 3),
            None
        );
        assert_eq!(
            committee_seat("Kim, who chairs the organising committee, said", 3),
            None
        );
        assert_eq!(committee_seat("Kim, who ran the committee, said", 3), None);
    }
}
