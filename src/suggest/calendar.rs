//! The calendar's names, which read like proper names in text ("the agency
//! *Monday* said", "By *August*"): one list for every rule that tells them
//! from names of people and bodies.

/// The weekdays' names.
pub(crate) const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// The months' names ("May" among them: a caller tells the month from the verb).
pub(crate) const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// True when `word` is a weekday's or a month's name.
pub(crate) fn is_calendar_word(word: &str) -> bool {
    WEEKDAYS.contains(&word) || MONTHS.contains(&word)
}
