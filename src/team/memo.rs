//! The project memo merged three-way (codebook, issue 19): a memo is prose, so when
//! both analysts changed it neither text is dropped; both are kept, joined by a line
//! that names the conflict, and the merge reports it.

use super::report::{Conflict, ConflictItem};

/// The line placed between the two versions of a memo both sides changed.
pub const MEMO_CONFLICT_LINE: &str = "----- merge conflict: the project memo was changed on both sides; the other version follows -----";

/// The merged memo: changed on one side → that side; on both sides (differently) →
/// both texts (the one that sorts first on top, so the result does not depend on
/// which side is ours) around [`MEMO_CONFLICT_LINE`], and a conflict reported.
pub(crate) fn merge_memo(base: &str, a: &str, b: &str, conflicts: &mut Vec<Conflict>) -> String {
    if a == b || b == base {
        return a.to_string();
    }
    if a == base {
        return b.to_string();
    }
    if a.is_empty() || b.is_empty() {
        // Deleted on one side, changed on the other: the changed text stays.
        conflicts.push(Conflict {
            item: ConflictItem::Other,
            id: "memo".into(),
            reason: "project memo deleted on one side, changed on the other: kept".into(),
        });
        return if a.is_empty() { b } else { a }.to_string();
    }
    let (first, second) = if a <= b { (a, b) } else { (b, a) };
    conflicts.push(Conflict {
        item: ConflictItem::Other,
        id: "memo".into(),
        reason: "project memo changed differently on both sides: both versions kept".into(),
    });
    format!("{first}\n{MEMO_CONFLICT_LINE}\n{second}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_side_wins_when_only_it_changed() {
        let mut c = Vec::new();
        assert_eq!(merge_memo("o", "o", "조선 y", &mut c), "조선 y");
        assert_eq!(merge_memo("o", "x", "o", &mut c), "x");
        assert_eq!(merge_memo("o", "same", "same", &mut c), "same");
        assert_eq!(merge_memo("o", "", "o", &mut c), "");
        assert!(c.is_empty());
    }

    #[test]
    fn both_changed_keeps_both_texts_in_either_order() {
        let mut c = Vec::new();
        let m = merge_memo("o", "bob's", "alice's", &mut c);
        assert_eq!(m, format!("alice's\n{MEMO_CONFLICT_LINE}\nbob's"));
        assert_eq!(merge_memo("o", "alice's", "bob's", &mut c), m);
        assert_eq!(c.len(), 2);
        assert_eq!(c[0].id, "memo");
        let mut c = Vec::new();
        assert_eq!(merge_memo("o", "", "new", &mut c), "new");
        assert_eq!(c.len(), 1);
    }
}
