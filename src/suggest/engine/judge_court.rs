//! A judge speaks for the court: "Justice Ana Reyes of the Appeals Court
//! found", "the judge said", "Presiding Judge Ito said" → the court the text
//! named last ("Kobe District Court"; a bare "the High Court" takes the
//! dateline's place: "Valletta High Court").

/// How far back, in bytes, the court's name is looked for.
const COURT_LOOK_BACK: usize = 6_000;

/// First words of a court's name that say only its level ("the High
/// Court"): such a name takes the dateline's place before it.
const LEVELS: &[&str] = &[
    "High",
    "Supreme",
    "District",
    "Appeals",
    "Appellate",
    "Constitutional",
    "Family",
    "Military",
    "Criminal",
    "Superior",
];

/// Words after "Justice" that make a body, not a judge ("Justice Ministry").
const NOT_JUDGE: &[&str] = &["Ministry", "Department", "Minister", "Secretary", "Working"];

/// True when `source` names a judge: a word "judge", or "Justice" and a name.
pub(super) fn is_judge(source: &str) -> bool {
    let judge = (super::ascii_words::words(source)).any(|w| w.eq_ignore_ascii_case("judge"));
    let mut words = super::ascii_words::words(source);
    let justice = words.next() == Some("Justice")
        && words
            .next()
            .is_some_and(|second| !NOT_JUDGE.contains(&second));
    judge || justice
}

/// The court named last in `text` up to `end` (within [`COURT_LOOK_BACK`]
/// bytes): the capitalised words before "Court", a leading "The" dropped;
/// a name of a level only takes the dateline's place (`place`, as the
/// dateline writes it) before it. `None` with no court named.
pub(super) fn court_named_before(text: &str, end: usize, place: Option<&str>) -> Option<String> {
    let from = text.floor_char_boundary(end.saturating_sub(COURT_LOOK_BACK));
    let window = text.get(from..text.floor_char_boundary(end))?;
    let (at, _) = window.rmatch_indices("Court").find(|(at, _)| {
        let after = &window[at + "Court".len()..];
        !after.starts_with(char::is_alphanumeric)
    })?;
    let words: Vec<&str> = window[..at].split_whitespace().rev().take(4).collect();
    let mut name: Vec<&str> = (words.iter())
        .take_while(|w| {
            w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic) && **w != "The"
        })
        .copied()
        .collect();
    name.reverse();
    let first = name.first()?;
    if LEVELS.contains(first) {
        let place = place?;
        let mut title: String = place.chars().take(1).collect();
        title.push_str(&place.chars().skip(1).collect::<String>().to_lowercase());
        return Some(format!("{title} {} Court", name.join(" ")));
    }
    Some(format!("{} Court", name.join(" ")))
}

/// The place a dateline opens `text` with ("VALLETTA, May 2 — …" →
/// "VALLETTA"), within its first 600 bytes, or `None`.
pub(super) fn dateline_place(text: &str) -> Option<&str> {
    super::person_role::dateline(text)?
        .split(',')
        .next()
        .map(str::trim)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn judges_and_look_alikes() {
        assert!(is_judge("Presiding Judge Ito Ken"));
        assert!(is_judge("judge"));
        assert!(is_judge("Justice Ana Reyes of the Appeals Court"));
        assert!(!is_judge("Justice Ministry"));
        assert!(!is_judge("prosecutors"));
    }

    #[test]
    fn the_court_named_before() {
        let text = "The Kobe District Court on Monday heard the case. Later, the judge said so.";
        assert_eq!(
            court_named_before(text, text.len(), None),
            Some("Kobe District Court".to_string())
        );
        let text = "VALLETTA, May 2 — Justice Ana Reyes of the High Court found it true.";
        assert_eq!(
            court_named_before(text, text.len(), dateline_place(text)),
            Some("Valletta High Court".to_string())
        );
        // A level alone with no dateline names no court.
        let text = "Justice Ana Reyes of the High Court found it true.";
        assert_eq!(court_named_before(text, text.len(), None), None);
        assert_eq!(court_named_before("No trial was held.", 18, None), None);
    }
}
