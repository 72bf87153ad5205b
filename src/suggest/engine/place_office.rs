//! A local government named by its place: "Primorye's regional government",
//! "Hunchun's commerce bureau", "the customs office in Hunchun" speak for
//! the officials of the place's country, "Gyeonggi's police" for its
//! police. The place is a large city or a region `cities.rs` knows; a
//! place it does not know keeps the name as written.

/// Head nouns of a local government's office, lower case.
const OFFICE_HEADS: &[&str] = &[
    "government",
    "administration",
    "authorities",
    "authority",
    "bureau",
    "department",
    "office",
    "committee",
    "governor",
    "mayor",
    "police",
];

/// How many lower-case words the office's name may have ("regional
/// government", "commerce and trade bureau").
const MOST_WORDS: usize = 4;

/// The group a local office of a known place speaks as: its country's
/// police for a police force, else its country's officials ("Russian
/// officials"), written "<nationality> <group>". `name` is a subject as
/// written: "<Place>'s <office>" or "<the> <office> in <Place>".
pub(super) fn place_office_group(name: &str) -> Option<String> {
    let name = name.trim();
    // Most subjects are neither: a byte check before any split.
    let possessive = name.contains("'s ") || name.contains("’s ");
    if !possessive && !name.contains(" in ") {
        return None;
    }
    let (place, office) = if possessive {
        let at = name.find("'s ").or_else(|| name.find("’s "))?;
        let apostrophe = name[at..].chars().next()?.len_utf8();
        let owner = name[..at].trim();
        let owner = (owner
            .strip_prefix("the ")
            .or_else(|| owner.strip_prefix("The ")))
        .unwrap_or(owner);
        (owner, &name[at + apostrophe + 2..])
    } else {
        let (office, place) = name.rsplit_once(" in ")?;
        let office = office.trim_start();
        let office = (office
            .strip_prefix("the ")
            .or_else(|| office.strip_prefix("The ")))
        .unwrap_or(office);
        (
            place.trim_end_matches(|c: char| !c.is_alphanumeric()),
            office,
        )
    };
    if place.contains(' ') {
        return None;
    }
    let words = office.split_whitespace();
    let plain = (1..=MOST_WORDS).contains(&words.clone().count())
        && words
            .clone()
            .all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'));
    let head = words.last()?;
    if !plain || !OFFICE_HEADS.contains(&head) {
        return None;
    }
    let nationality = super::cities::place_nationality(place)?;
    let group = if head == "police" {
        "police"
    } else {
        "officials"
    };
    Some(format!("{nationality} {group}"))
}

#[cfg(test)]
mod tests {
    use super::place_office_group;

    #[test]
    fn a_places_office_is_its_countrys_officials() {
        assert_eq!(
            place_office_group("Primorye's regional government").as_deref(),
            Some("Russian officials")
        );
        assert_eq!(
            place_office_group("Hunchun’s commerce bureau").as_deref(),
            Some("Chinese officials")
        );
        assert_eq!(
            place_office_group("The customs office in Hunchun").as_deref(),
            Some("Chinese officials")
        );
        assert_eq!(
            place_office_group("Gyeonggi's provincial police").as_deref(),
            Some("South Korean police")
        );
    }

    #[test]
    fn other_possessives_and_places_keep_their_name() {
        // A place the table does not know, a company's office, a person.
        assert_eq!(place_office_group("Tarnwick's regional government"), None);
        assert_eq!(place_office_group("Hyundai's Busan office"), None);
        assert_eq!(place_office_group("Busan's mayor Park Hyun"), None);
        assert_eq!(place_office_group("a trader in Hunchun"), None);
        assert_eq!(place_office_group("Hunchun's biggest market"), None);
    }
}
