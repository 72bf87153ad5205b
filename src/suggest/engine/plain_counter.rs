//! A count by a plain subject is a claim, not an attribution: "*Volunteers
//! counted* 1,214 cranes", "*Seoul recorded* five yellow-dust days", "*the
//! city had recorded* no increase", "*The group logged* 2,140 items". The
//! `source-recorded` cue ("recorded", "counted", "logged", …) reports a
//! body's own count only when its subject names a body: an acronym ("the
//! Joint Chiefs of Staff (JCS) recorded", "NK Pro … counts") or a body's head
//! noun ("Japan's defence ministry counted"). Over the 31 sets the cue fired
//! 15 times: 3 gold attributions (fresh7, each a body as above), 12 gold
//! whole claims whose subject is a plain noun, a place or a unit (fresh10,
//! fresh11, fresh17, fresh20, fresh21, fresh26, fresh27, fresh28 ×2,
//! fresh29 ×3), each cut into a false attribution and a claim missing its
//! subject.

/// Head nouns of bodies whose count is a report (lower case).
const BODY_HEADS: &[&str] = &[
    "ministry",
    "agency",
    "institute",
    "bureau",
    "department",
    "service",
    "command",
    "commission",
    "authority",
    "authorities",
    "government",
    "administration",
    "police",
    "military",
    "army",
    "navy",
    "coastguard",
    "guard",
    "observatory",
    "monitor",
    "monitors",
    "centre",
    "center",
    "council",
    "committee",
    "association",
    "union",
    "office's",
    "statistics",
    "registry",
    "tracker",
    "database",
    "newspaper",
    "outlet",
    "news",
];

/// True when the rule `rule_id` is the count rule and the words before its
/// cue (`before`, from the sentence's start) name no body: no acronym, no
/// body's head noun.
pub(super) fn is_plain_counter(rule_id: &str, before: &str) -> bool {
    if rule_id != "source-recorded" {
        return false;
    }
    let subject = before.rsplit_once("; ").map_or(before, |(_, s)| s);
    !opens_with_a_name(subject)
        && !subject.split_whitespace().any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’');
            let w = w.trim_end_matches("'s").trim_end_matches("’s");
            let acronym = w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase());
            acronym || BODY_HEADS.contains(&w.to_ascii_lowercase().as_str())
        })
}

/// True when `subject` opens with two capitalised words, a body's own name
/// ("Farm Pulse, which tracks harvests …, counts"), not a capitalised
/// sentence start ("Volunteers", "Stations at Cheorwon").
fn opens_with_a_name(subject: &str) -> bool {
    let mut words = subject.split_whitespace();
    let capitalised = |w: Option<&str>| {
        w.and_then(|w| w.chars().next())
            .is_some_and(char::is_uppercase)
    };
    capitalised(words.next()) && capitalised(words.next())
}

#[cfg(test)]
mod tests {
    use super::is_plain_counter;

    const R: &str = "source-recorded";

    #[test]
    fn a_plain_subject_counts_as_a_claim() {
        assert!(is_plain_counter(R, "Volunteers "));
        assert!(is_plain_counter(R, "Stations at Cheorwon and Paju "));
        assert!(is_plain_counter(R, "On 9 and 10 October, embassy staff "));
        assert!(is_plain_counter(R, "the city had "));
    }

    #[test]
    fn a_body_reports_its_count() {
        assert!(!is_plain_counter(
            R,
            "South Korea's Joint Chiefs of Staff (JCS) "
        ));
        assert!(!is_plain_counter(R, "Japan's defence ministry "));
        assert!(!is_plain_counter(
            R,
            "NK Pro, which tracks the leader's appearances, "
        ));
        assert!(!is_plain_counter(
            R,
            "Farm Pulse, which tracks harvests across the region, "
        ));
        assert!(!is_plain_counter("source-said", "Volunteers "));
    }
}
