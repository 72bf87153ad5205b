//! Tests of `bare_guard.rs`.

use super::*;

#[test]
fn relatives_one_or_many() {
    for kin in [
        "cousin",
        "cousins",
        "relatives",
        "parents",
        "mother",
        "mothers",
        "widow",
    ] {
        assert!(is_kin(kin), "{kin}");
    }
    for other in ["boss", "official", "employee", "parent company"] {
        assert!(!is_kin(other), "{other}");
    }
}

#[test]
fn every_anonymity_phrase_holds_a_mark() {
    for phrase in ANONYMITY {
        assert!(
            ANONYMITY_MARKS.iter().any(|m| phrase.contains(m)),
            "{phrase}"
        );
    }
    let text = "He was not named. A man, speaking on condition of anonymity, said.";
    assert_eq!(anonymity_marks(text), vec![11, 50]);
}

#[test]
fn bare_nouns() {
    assert_eq!(
        bare_noun("company", "The company said"),
        Some(("company", false))
    );
    assert_eq!(
        bare_noun("group", "The Archive considers"),
        Some(("Archive", true))
    );
    assert_eq!(
        bare_noun("Entomologists", "Entomologists said"),
        Some(("Entomologists", true))
    );
    assert_eq!(
        bare_noun("unnamed sources", "The Archive said"),
        Some(("sources", false))
    );
    assert_eq!(
        bare_noun(
            "English-language version",
            "The English-language version said"
        ),
        Some(("version", false))
    );
    assert!(village_head("Tongil-chon's village head, Lee, said"));
    assert_eq!(
        bare_noun("company's statement", "the company's statement says"),
        Some(("company", false))
    );
    assert_eq!(
        suffixed_company("Applicant: Seohae Blue Energy Co. Reviewer: X.").as_deref(),
        Some("Seohae Blue Energy")
    );
    assert!(!village_head("Lee's lawyer said"));
    assert_eq!(bare_noun("KCNA", "KCNA said"), None);
    assert_eq!(bare_noun("Voice of Korea", "The service said"), None);
}
