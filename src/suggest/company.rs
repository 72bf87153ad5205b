//! "The company said", "an analyst at the firm": the latest company the text
//! introduced with a word of its trade ("the cybersecurity *company* Kestrel
//! Labs", "Tidemark, a maritime intelligence *firm*", "the Seoul-based
//! *exchange* Dobit").

/// Nouns that introduce a company by its trade, lower case.
const TRADES: &[&str] = &[
    "company",
    "firm",
    "exchange",
    "maker",
    "manufacturer",
    "carrier",
    "operator",
    "lender",
    "bank",
    "insurer",
    "retailer",
    "conglomerate",
    "startup",
    "start-up",
    "developer",
    "contractor",
    "distributor",
    "airline",
    "shipper",
    "shipbuilder",
    "platform",
    "chain",
];

/// Nouns of a trade that name a company only set off after its name, with
/// "the" ("Haeorum Foods, *the importer*, said"): elsewhere they describe
/// any party to a deal ("an importer", "the exporter's certificate").
const APPOSED_TRADES: &[&str] = &["importer", "exporter", "supplier"];

/// True when `word` ("company", "the firm") is a generic word for a company
/// that [`latest_company`] resolves.
pub fn is_company_word(word: &str) -> bool {
    // Borrowed when already lower case (most sources): no copy.
    let lower = crate::suggest::lower::lower(word.trim());
    let lower = lower.strip_prefix("the ").unwrap_or(&lower);
    // A bank is read among the registry's bodies instead.
    if TRADES.contains(&lower) && lower != "bank" {
        return true;
    }
    // "the ratings firm": one plain modifier before "firm" or "company".
    let mut words = lower.split_whitespace();
    matches!((words.next(), words.next(), words.next()),
        (Some(modifier), Some("firm" | "company"), None) if modifier.chars().all(|c| c.is_lowercase() || c == '-'))
}

/// How far into a text, in bytes, a defined "Company" is looked for: a
/// filing's header or the term's definition at its first mention.
const DEFINED_WITHIN: usize = 4_000;

/// Corporate suffixes left off a company's name ("Daewon Heavy Machinery
/// Co., Ltd." → "Daewon Heavy Machinery"), longest first.
const CORPORATE_SUFFIXES: &[&str] = &[
    " Co., Ltd.",
    " Co., Ltd",
    " Co. Ltd.",
    ", Ltd.",
    ", Inc.",
    " Ltd.",
    " Ltd",
    " Inc.",
    " Corp.",
    " Co.",
];

/// The company a capitalised "the Company" (a defined term) stands for: the
/// name on a header line "Company: X" or before `(the "Company")` in the
/// first [`DEFINED_WITHIN`] bytes of `text`, without its corporate suffix;
/// `None` when the text defines none.
pub fn defined_company(text: &str) -> Option<&str> {
    let head = text.get(..text.floor_char_boundary(text.len().min(DEFINED_WITHIN)))?;
    let header = head.lines().find_map(|line| {
        let name = line.trim_start().strip_prefix("Company:")?;
        let name = name.split(" (").next()?.trim();
        Some(name)
    });
    let defined = || {
        let at = ["(the \"Company\")", "(the “Company”)"]
            .iter()
            .find_map(|term| head.find(term))?;
        let before = head[..at].trim_end();
        // The capitalised words right before the term.
        let mut start = before.len();
        while start > 0 {
            let rest = before[..start].trim_end();
            let from = rest.rfind([' ', '\n']).map_or(0, |i| i + 1);
            if !rest[from..].starts_with(char::is_uppercase) {
                break;
            }
            start = from;
            // A name does not run across a line.
            if rest[..from].ends_with('\n') {
                break;
            }
        }
        Some(before[start..].trim().trim_end_matches(','))
    };
    let name = header.or_else(defined)?;
    let name = CORPORATE_SUFFIXES
        .iter()
        .find_map(|s| name.strip_suffix(s))
        .unwrap_or(name)
        .trim();
    (!name.is_empty() && name.starts_with(char::is_uppercase)).then_some(name)
}

/// True when `noun` (lower case) is one of the nouns that introduce a
/// company by its trade ("insurer", "lender").
pub fn is_trade(noun: &str) -> bool {
    TRADES.contains(&noun)
}

/// The name of the latest company introduced in `window`, either after its
/// trade noun ("the cybersecurity company *Kestrel Labs*") or before an
/// appositive ending in it ("*Tidemark*, a maritime intelligence firm").
pub fn latest_company(window: &str) -> Option<String> {
    let words: Vec<&str> = window.split_whitespace().collect();
    let bare = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
            .to_string()
    };
    let capital = |w: &str| w.starts_with(char::is_uppercase);
    let mut latest = None;
    for (i, word) in words.iter().enumerate() {
        let noun = bare(word).to_lowercase();
        let apposed_only = APPOSED_TRADES.contains(&noun.as_str());
        if !TRADES.contains(&noun.as_str()) && !apposed_only {
            continue;
        }
        // "Haeorum Foods, the importer,": the name before "the" alone.
        if apposed_only
            && !(word.ends_with(',')
                && i >= 2
                && words[i - 1].eq_ignore_ascii_case("the")
                && words[i - 2].ends_with(','))
        {
            continue;
        }
        // "company Kestrel Labs wrote": the capitalised words after it.
        if !word.ends_with(|c: char| !c.is_alphanumeric()) {
            let name: Vec<String> = (words[i + 1..].iter())
                .take(3)
                .take_while(|w| capital(w))
                .scan(false, |ended, w| {
                    if *ended {
                        return None;
                    }
                    *ended = w.ends_with(|c: char| !c.is_alphanumeric());
                    Some(bare(w))
                })
                .filter(|w| !w.is_empty())
                .collect();
            if !name.is_empty() && !words[i + 1].starts_with(['“', '"']) {
                latest = Some(name.join(" "));
                continue;
            }
        }
        // "the lender, Harbour Trust, said": a name set off by commas.
        if word.ends_with(',')
            && let Some(name) = apposed(&words[i + 1..])
        {
            latest = Some(name);
            continue;
        }
        // "Tidemark, a maritime intelligence firm": a name, a comma, "a" or
        // "an", then at most four words up to the noun; "Haeorum Foods,
        // the importer, said": "the" and the noun alone.
        let from = i.saturating_sub(5);
        let Some(article) = (from..i).rev().find(|&j| {
            let lower = words[j].to_lowercase();
            let the_alone = lower == "the" && j + 1 == i && word.ends_with(',');
            (["a", "an"].contains(&lower.as_str()) || the_alone)
                && j > 0
                && words[j - 1].ends_with(',')
        }) else {
            continue;
        };
        // "Lee, a senior engineer *at the* company": a person at it.
        if (words[article + 1..i].iter()).any(|w| {
            ["at", "of", "for", "with", "in", "the", "from"].contains(&w.to_lowercase().as_str())
        }) {
            continue;
        }
        let mut start = article - 1;
        let end = start;
        while start > 0
            && start + 3 > end
            && capital(words[start - 1])
            && !words[start - 1].ends_with([',', '.'])
        {
            start -= 1;
        }
        let name: Vec<String> = words[start..=end].iter().map(|w| bare(w)).collect();
        if name.iter().all(|w| capital(w)) && !name.is_empty() {
            latest = Some(name.join(" "));
        }
    }
    latest.filter(|n| !["The", "A", "An", "It"].contains(&n.as_str()))
}

/// One to four capitalised words at the start of `words`, the last ending
/// in a comma ("Harbour Trust, said" → "Harbour Trust"), joined.
fn apposed(words: &[&str]) -> Option<String> {
    let mut name = Vec::new();
    for w in words.iter().take(4) {
        let bare = w.trim_end_matches(',');
        if !bare.starts_with(char::is_uppercase)
            || !bare.chars().all(|c| c.is_alphanumeric() || c == '&')
        {
            return None;
        }
        name.push(bare);
        if w.ends_with(',') {
            return Some(name.join(" "));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_company_after_its_trade() {
        assert_eq!(
            latest_company("Tests by the software company Orbis Data found flaws."),
            Some("Orbis Data".to_string())
        );
        assert_eq!(
            latest_company("Ferries stopped, Halcyon, a Busan shipping firm, said."),
            Some("Halcyon".to_string())
        );
        assert_eq!(
            latest_company("Halcyon, a shipping firm, and the exchange Coinpoint both said."),
            Some("Coinpoint".to_string())
        );
        assert_eq!(latest_company("The company had no comment."), None);
        assert_eq!(
            latest_company("Lee Soo, a senior engineer at the company, said so."),
            None
        );
        assert_eq!(latest_company("Several firms closed."), None);
        assert_eq!(
            latest_company("Cover ended, the lender, Harbour Trust, said."),
            Some("Harbour Trust".to_string())
        );
        assert_eq!(latest_company("Cover ended, the lender, he said."), None);
        assert_eq!(
            latest_company("Ships left. Bluefin Foods, the importer, said so."),
            Some("Bluefin Foods".to_string())
        );
        // Not a person at it, nor "the" with other words before the noun.
        assert_eq!(
            latest_company("Ships left. Park Min, the importer's lawyer, said so."),
            None
        );
        assert_eq!(
            latest_company("Ships left. Bluefin, the largest importer, said so."),
            None
        );
    }
}
