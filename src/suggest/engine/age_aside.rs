//! An age set off by commas after a name ("Pedro Alves*, 54,* who owns a
//! bakery, said"): the name before it is the subject of the relative clause
//! after it.

/// When `sentence` before byte `who` (a relative clause's " who ") ends with
/// an age aside, a comma, one to three digits and a comma: the byte of its
/// first comma, where the name before it ends. `None` otherwise.
pub(super) fn age_aside_before(sentence: &str, who: usize) -> Option<usize> {
    let head = sentence.get(..who)?.strip_suffix(',')?;
    let digits = head.len() - head.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    if !(1..=3).contains(&digits) {
        return None;
    }
    let name_end = head[..head.len() - digits].strip_suffix(", ")?;
    // A name's last letter before the aside, not a figure's ("in 2020, 54,").
    name_end
        .chars()
        .next_back()
        .is_some_and(char::is_alphabetic)
        .then_some(name_end.len())
}

#[cfg(test)]
mod tests {
    use super::age_aside_before;

    #[test]
    fn an_age_between_commas() {
        let s = "Pedro Alves, 54, who owns a bakery, said";
        assert_eq!(age_aside_before(s, s.find(" who").unwrap_or(0)), Some(11));
        let s = "Ana Ruiz, 7, who sings, said";
        assert_eq!(age_aside_before(s, s.find(" who").unwrap_or(0)), Some(8));
    }

    #[test]
    fn other_figures_are_no_age() {
        let s = "Pedro Alves, 2024, who owns a bakery, said";
        assert_eq!(age_aside_before(s, s.find(" who").unwrap_or(0)), None);
        let s = "Pedro Alves, who owns a bakery, said";
        assert_eq!(age_aside_before(s, s.find(" who").unwrap_or(0)), None);
        let s = "rose by 3, 54, who knew";
        assert_eq!(age_aside_before(s, s.find(" who").unwrap_or(0)), None);
    }
}
