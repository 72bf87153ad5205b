//! A reporting frame left alone by the cuts around it ("The board noted
//! that", before a second attribution): no claim of its own.

use foldhash::HashSet;

/// True when `clause` ends with a reporting verb and its "that", so all it
/// holds is who reports, not what; `verbs` are the reporting verbs (lower
/// case).
pub(super) fn is_frame_only(clause: &str, verbs: &HashSet<String>) -> bool {
    let Some(head) = clause.trim_end().strip_suffix("that") else {
        return false;
    };
    head.ends_with(' ')
        && head
            .split_whitespace()
            .last()
            .is_some_and(|w| verbs.contains(&w.to_lowercase()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_frame_without_its_clause_is_no_claim() {
        let verbs: HashSet<String> = ["noted", "said"].iter().map(|v| v.to_string()).collect();
        assert!(is_frame_only("The board noted that", &verbs));
        assert!(is_frame_only("The mayor said that ", &verbs));
        assert!(!is_frame_only("The board rejected that", &verbs));
        assert!(!is_frame_only("The board noted that fees rose", &verbs));
        assert!(!is_frame_only("The board said what", &verbs));
    }
}
