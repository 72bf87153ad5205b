//! Countries and their nationality words, for naming a government's speakers
//! the way analysts do ("Norway's foreign ministry" and "a Dutch diplomat" →
//! "Norwegian officials", "Dutch officials") for countries the source
//! registry does not list.

/// Countries as news writes them and the nationality word of their officials.
/// The registry's own government sources (US, Japanese, Chinese, Russian,
/// North and South Korean officials) are found before this table is read.
const COUNTRIES: &[(&str, &str)] = &[
    ("Afghanistan", "Afghan"),
    ("Algeria", "Algerian"),
    ("Argentina", "Argentine"),
    ("Australia", "Australian"),
    ("Austria", "Austrian"),
    ("Bangladesh", "Bangladeshi"),
    ("Belarus", "Belarusian"),
    ("Belgium", "Belgian"),
    ("Brazil", "Brazilian"),
    ("Britain", "British"),
    ("Bulgaria", "Bulgarian"),
    ("Cambodia", "Cambodian"),
    ("Canada", "Canadian"),
    ("Chile", "Chilean"),
    ("Colombia", "Colombian"),
    ("Cuba", "Cuban"),
    ("Denmark", "Danish"),
    ("Egypt", "Egyptian"),
    ("Estonia", "Estonian"),
    ("Ethiopia", "Ethiopian"),
    ("Finland", "Finnish"),
    ("France", "French"),
    ("Germany", "German"),
    ("Greece", "Greek"),
    ("Hungary", "Hungarian"),
    ("Iceland", "Icelandic"),
    ("India", "Indian"),
    ("Indonesia", "Indonesian"),
    ("Iran", "Iranian"),
    ("Iraq", "Iraqi"),
    ("Ireland", "Irish"),
    ("Israel", "Israeli"),
    ("Italy", "Italian"),
    ("Jordan", "Jordanian"),
    ("Kazakhstan", "Kazakh"),
    ("Kenya", "Kenyan"),
    ("Laos", "Lao"),
    ("Latvia", "Latvian"),
    ("Lebanon", "Lebanese"),
    ("Libya", "Libyan"),
    ("Lithuania", "Lithuanian"),
    ("Malaysia", "Malaysian"),
    ("Mexico", "Mexican"),
    ("Mongolia", "Mongolian"),
    ("Morocco", "Moroccan"),
    ("Nepal", "Nepali"),
    ("Netherlands", "Dutch"),
    ("Nigeria", "Nigerian"),
    ("Norway", "Norwegian"),
    ("Pakistan", "Pakistani"),
    ("Peru", "Peruvian"),
    ("Philippines", "Philippine"),
    ("Poland", "Polish"),
    ("Portugal", "Portuguese"),
    ("Qatar", "Qatari"),
    ("Romania", "Romanian"),
    ("Serbia", "Serbian"),
    ("Singapore", "Singaporean"),
    ("Spain", "Spanish"),
    ("Sweden", "Swedish"),
    ("Switzerland", "Swiss"),
    ("Syria", "Syrian"),
    ("Taiwan", "Taiwanese"),
    ("Thailand", "Thai"),
    ("Turkey", "Turkish"),
    ("Ukraine", "Ukrainian"),
    ("Uzbekistan", "Uzbek"),
    ("Venezuela", "Venezuelan"),
    ("Vietnam", "Vietnamese"),
    ("Yemen", "Yemeni"),
];

/// True when `word` is a nationality of the table ("French", "Swiss").
pub(super) fn is_nationality(word: &str) -> bool {
    COUNTRIES.iter().any(|(_, n)| *n == word)
}

/// "Swedish officials" for "Sweden" (or "the Netherlands"): the officials of
/// the country `name` is, whole, or `None`.
pub(crate) fn country_officials(name: &str) -> Option<String> {
    let name = name.trim();
    let name = name
        .strip_prefix("the ")
        .or_else(|| name.strip_prefix("The "))
        .unwrap_or(name);
    (COUNTRIES.iter())
        .find(|(country, _)| *country == name)
        .map(|(_, nationality)| format!("{nationality} officials"))
}

/// "Norwegian officials" when `name` holds a nationality word of the table
/// (or a listed country's possessive, "Norway's") before its last word, not
/// inside a body's own name ("the Institute *for* Danish Studies"), or `None`.
pub(super) fn nationality_officials(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let last = words.len().checked_sub(1)?;
    (0..last).find_map(|at| {
        let word = words[at];
        if at > 0 && ["for", "of", "on"].contains(&words[at - 1]) {
            return None;
        }
        let country = word.strip_suffix("'s").or_else(|| word.strip_suffix("’s"));
        (COUNTRIES.iter())
            .find(|(c, n)| *n == word || country == Some(c))
            .map(|(_, nationality)| format!("{nationality} officials"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_country_whole_is_its_officials() {
        assert_eq!(
            country_officials("Norway").as_deref(),
            Some("Norwegian officials")
        );
        assert_eq!(
            country_officials("the Netherlands").as_deref(),
            Some("Dutch officials")
        );
        assert_eq!(country_officials("Norway Post"), None);
        assert_eq!(country_officials("Oslo"), None);
    }

    #[test]
    fn a_nationality_before_the_last_word_is_its_officials() {
        assert_eq!(
            nationality_officials("a Danish diplomat").as_deref(),
            Some("Danish officials")
        );
        assert_eq!(
            nationality_officials("Norway's defence ministry").as_deref(),
            Some("Norwegian officials")
        );
        assert_eq!(
            nationality_officials("the Institute for Danish Studies"),
            None
        );
        // The nationality as the last word is no speaker.
        assert_eq!(nationality_officials("the Danish"), None);
        assert_eq!(nationality_officials("a Norwegian"), None);
    }
}
