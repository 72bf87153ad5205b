//! A named person whose relative clause says they trade ("X, who buys for
//! two hotels in Osaka and has sold …, said"; "said X, who deals in spare
//! parts") speaks as one of the traders of the country they trade in: the
//! large city the clause names ([`super::cities`]), else the dateline's
//! country, else the country of the text's places. Traders in the North are
//! left as they are. Later
//! attributions that kept the person's name (a surname, a pronoun) follow.

use super::{Found, Suggester};

/// Verbs of buying and selling in a relative clause, lower case: the
/// present, the past and the participle.
const TRADE_VERBS: &[&str] = &[
    "buys", "buy", "bought", "sells", "sell", "sold", "trades", "trade", "traded", "deals", "deal",
    "dealt", "imports", "imported", "exports", "exported",
];

/// Words after which a clause's verb stands ("who *buys*", "and has
/// *traded*"), lower case.
const VERB_LEADS: &[&str] = &["who", "and", "has", "have", "had", "also", "still", "now"];

/// How many bytes after a name are read for its relative clause.
const CLAUSE_REACH: usize = 240;

impl Suggester {
    /// Renames the sources of `found` (of `text`) that are a person's name
    /// followed by a clause of trading, as the module doc says.
    pub(super) fn name_trading_people(&self, text: &str, found: &mut [Found]) {
        let dateline = super::person_role::dateline_country(text, |p| self.nationality_of_place(p))
            // No dateline: the country of the text's places (a South Korean
            // market's trader, fresh20 and fresh23).
            .or_else(|| self.text_nationality(text));
        super::source_renames::rename_sources(found, "a clause of trading", |f, source| {
            let named = source.starts_with(char::is_uppercase) && source.contains(' ');
            let span = text.get(f.start..f.end).unwrap_or_default();
            let after = (named.then(|| span.find(source)).flatten())
                .map(|at| f.start + at + source.len())
                .and_then(|from| {
                    let to = text.floor_char_boundary((from + CLAUSE_REACH).min(text.len()));
                    text.get(from..to)
                });
            after
                .and_then(|a| trading_country(a, dateline.as_deref()))
                .filter(|_| self.registry_name_in(source).is_none())
                .map(|country| self.index.normalise(&format!("{country} traders")))
        });
    }
}

/// The nationality of the traders whose relative clause opens `after` (the
/// text after a name): ", who buys for hotels in Osaka" → "Japanese"; with no
/// listed city in the clause, the `dateline` nationality. `None` when no
/// clause of trading opens `after` or the country is the North.
pub(super) fn trading_country(after: &str, dateline: Option<&str>) -> Option<String> {
    let clause = after.strip_prefix(", who ")?;
    let end = clause
        .find(['.', ';', '“', '"', '('])
        .unwrap_or(clause.len());
    let words: Vec<&str> = clause[..end].split_whitespace().collect();
    let plain = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    };
    let first = words
        .first()
        .is_some_and(|w| TRADE_VERBS.contains(&plain(w).as_str()));
    let later = words.windows(2).any(|p| {
        VERB_LEADS.contains(&plain(p[0]).as_str()) && TRADE_VERBS.contains(&plain(p[1]).as_str())
    });
    if !(first || later) {
        return None;
    }
    let city = words.iter().find_map(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        w.starts_with(char::is_uppercase)
            .then(|| super::cities::city_nationality(w))
            .flatten()
    });
    city.or_else(|| dateline.map(str::to_string))
        .filter(|n| n != "North Korean")
}

#[cfg(test)]
mod tests {
    use super::trading_country;

    #[test]
    fn a_clause_of_trading_names_the_traders() {
        let c = |s: &str| trading_country(s, None);
        assert_eq!(
            c(", who sells dried fish to three hotels in Osaka, said").as_deref(),
            Some("Japanese")
        );
        assert_eq!(
            c(", who owns a van and has bought timber in Dalian since 2019").as_deref(),
            Some("Chinese")
        );
        assert_eq!(
            trading_country(", who deals in used tyres, said", Some("Russian")).as_deref(),
            Some("Russian")
        );
        // Look-alikes: no trading verb, a trading noun, the peninsula, no
        // place at all, no clause.
        assert_eq!(c(", who teaches in Osaka, said"), None);
        assert_eq!(c(", who signs trade deals in Osaka, said"), None);
        assert_eq!(
            c(", who sells rice in Busan, said").as_deref(),
            Some("South Korean")
        );
        assert_eq!(c(", who buys fabric, said"), None);
        assert_eq!(c(" sold shares in Osaka"), None);
    }
}
