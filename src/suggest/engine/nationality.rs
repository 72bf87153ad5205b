//! Countries and their nationality words, for naming a government's speakers
//! the way analysts do ("Norway's foreign ministry" and "a Dutch diplomat" →
//! "Norwegian officials", "Dutch officials") for countries the source
//! registry does not list.

/// Countries as news writes them and the nationality word of their officials.
/// The registry's own government sources (US, Japanese, Chinese, Russian,
/// North and South Korean officials) are found before this table is read.
const COUNTRIES: &[(&str, &str)] = &[
    ("Afghanistan", "Afghan"),
    ("Albania", "Albanian"),
    ("Algeria", "Algerian"),
    ("Angola", "Angolan"),
    ("Argentina", "Argentine"),
    ("Armenia", "Armenian"),
    ("Australia", "Australian"),
    ("Austria", "Austrian"),
    ("Azerbaijan", "Azerbaijani"),
    ("Bahrain", "Bahraini"),
    ("Bangladesh", "Bangladeshi"),
    ("Belarus", "Belarusian"),
    ("Belgium", "Belgian"),
    ("Bolivia", "Bolivian"),
    ("Botswana", "Botswanan"),
    ("Brazil", "Brazilian"),
    ("Britain", "British"),
    ("Brunei", "Bruneian"),
    ("Bulgaria", "Bulgarian"),
    ("Cambodia", "Cambodian"),
    ("Cameroon", "Cameroonian"),
    ("Canada", "Canadian"),
    ("Chile", "Chilean"),
    ("Colombia", "Colombian"),
    ("Croatia", "Croatian"),
    ("Cuba", "Cuban"),
    ("Cyprus", "Cypriot"),
    ("Czech Republic", "Czech"),
    ("Denmark", "Danish"),
    ("Ecuador", "Ecuadorian"),
    ("Egypt", "Egyptian"),
    ("Equatorial Guinea", "Equatorial Guinean"),
    ("Eritrea", "Eritrean"),
    ("Estonia", "Estonian"),
    ("Ethiopia", "Ethiopian"),
    ("Fiji", "Fijian"),
    ("Finland", "Finnish"),
    ("France", "French"),
    ("Germany", "German"),
    ("Ghana", "Ghanaian"),
    ("Greece", "Greek"),
    ("Guatemala", "Guatemalan"),
    ("Honduras", "Honduran"),
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
    ("Kuwait", "Kuwaiti"),
    ("Kyrgyzstan", "Kyrgyz"),
    ("Laos", "Lao"),
    ("Latvia", "Latvian"),
    ("Lebanon", "Lebanese"),
    ("Libya", "Libyan"),
    ("Lithuania", "Lithuanian"),
    ("Luxembourg", "Luxembourgish"),
    ("Madagascar", "Malagasy"),
    ("Malawi", "Malawian"),
    ("Malaysia", "Malaysian"),
    ("Mali", "Malian"),
    ("Malta", "Maltese"),
    ("Mauritius", "Mauritian"),
    ("Mexico", "Mexican"),
    ("Moldova", "Moldovan"),
    ("Mongolia", "Mongolian"),
    ("Morocco", "Moroccan"),
    ("Mozambique", "Mozambican"),
    ("Namibia", "Namibian"),
    ("Nepal", "Nepali"),
    ("Netherlands", "Dutch"),
    ("New Zealand", "New Zealand"),
    ("Nicaragua", "Nicaraguan"),
    ("Nigeria", "Nigerian"),
    ("Norway", "Norwegian"),
    ("Oman", "Omani"),
    ("Pakistan", "Pakistani"),
    ("Panama", "Panamanian"),
    ("Paraguay", "Paraguayan"),
    ("Peru", "Peruvian"),
    ("Philippines", "Philippine"),
    ("Poland", "Polish"),
    ("Portugal", "Portuguese"),
    ("Qatar", "Qatari"),
    ("Romania", "Romanian"),
    ("Rwanda", "Rwandan"),
    ("Saudi Arabia", "Saudi"),
    ("Senegal", "Senegalese"),
    ("Serbia", "Serbian"),
    ("Sierra Leone", "Sierra Leonean"),
    ("Singapore", "Singaporean"),
    ("Slovakia", "Slovak"),
    ("Slovenia", "Slovenian"),
    ("Somalia", "Somali"),
    ("South Africa", "South African"),
    ("Spain", "Spanish"),
    ("Sri Lanka", "Sri Lankan"),
    ("Sudan", "Sudanese"),
    ("Sweden", "Swedish"),
    ("Switzerland", "Swiss"),
    ("Syria", "Syrian"),
    ("Taiwan", "Taiwanese"),
    ("Tajikistan", "Tajik"),
    ("Tanzania", "Tanzanian"),
    ("Thailand", "Thai"),
    ("Tunisia", "Tunisian"),
    ("Turkey", "Turkish"),
    ("Turkmenistan", "Turkmen"),
    ("Uganda", "Ugandan"),
    ("Ukraine", "Ukrainian"),
    ("Uruguay", "Uruguayan"),
    ("Uzbekistan", "Uzbek"),
    ("Venezuela", "Venezuelan"),
    ("Vietnam", "Vietnamese"),
    ("Yemen", "Yemeni"),
    ("Zambia", "Zambian"),
    ("Zimbabwe", "Zimbabwean"),
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
