//! A cheap first test for regexes the rules run on every sentence (the
//! claims' `not_claims`): the literal text each needs, read off its pattern
//! (a run of plain characters every match holds: " been " of "(?i)\b(has|have)
//! been (edited|…)"), looked for in the sentence in ASCII lower case before
//! the regex runs. Most sentences lack it, and the regexes with a Unicode
//! `\b` are dear on a sentence with a curly quote (the regex crate's lazy DFA
//! gives up on a non-ASCII byte and its bounded backtracker clears a table
//! as long as the sentence): on the generated 1 MB article the seven
//! `not_claims` read about 25 M instructions a thread, gated 9 M. A regex
//! whose pattern tells no literal, or only one of many words (an
//! alternation), runs as before; the answer is the same either way.

use regex_syntax::hir::{Class, Hir, HirKind};

/// The shortest literal kept as a need: shorter ones are in most sentences.
const MIN_LITERAL: usize = 3;

/// The most literals a need may have to be looked for: a need of many
/// (one per word of an alternation) costs more to look for than the regex.
const MAX_ALTERNATIVES: usize = 2;

/// Per regex, the literals (lower-case ASCII) of which each match holds one,
/// when the pattern tells and they are few and long enough.
#[derive(Debug, Clone, Default)]
pub(super) struct RegexGate {
    needs: Vec<Option<Vec<memchr::memmem::Finder<'static>>>>,
}

thread_local! {
    /// A text in ASCII lower case, reused.
    static LOWER: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
}

impl RegexGate {
    /// The gate of `patterns` (as the regex crate reads them, default flags).
    pub(super) fn new(patterns: &[String]) -> Self {
        let needs = (patterns.iter())
            .map(|p| {
                let hir = regex_syntax::ParserBuilder::new().build().parse(p).ok()?;
                let alts = need(&hir)?;
                (alts.len() <= MAX_ALTERNATIVES && alts.iter().all(|a| a.len() >= MIN_LITERAL))
                    .then(|| {
                        (alts.iter())
                            .map(|a| memchr::memmem::Finder::new(a.as_bytes()).into_owned())
                            .collect()
                    })
            })
            .collect();
        RegexGate { needs }
    }

    /// Whether one of `regexes` (the patterns this gate was made from, in
    /// order) matches `text`: those whose literals `text` lacks are not run.
    pub(super) fn any_match(&self, regexes: &[regex::Regex], text: &str) -> bool {
        if self.needs.iter().all(Option::is_none) {
            return regexes.iter().any(|r| r.is_match(text));
        }
        LOWER.with_borrow_mut(|lower| {
            let mut lowered = false;
            regexes.iter().enumerate().any(|(i, r)| {
                if let Some(Some(finders)) = self.needs.get(i) {
                    if !lowered {
                        lower.clear();
                        lower.extend(text.bytes().map(|b| b.to_ascii_lowercase()));
                        lowered = true;
                    }
                    if !finders.iter().any(|f| f.find(lower).is_some()) {
                        return false;
                    }
                }
                r.is_match(text)
            })
        })
    }
}

/// Literals (lower-case ASCII) of which every match of `hir` holds one, if
/// the pattern tells.
fn need(hir: &Hir) -> Option<Vec<String>> {
    match hir.kind() {
        HirKind::Literal(_) | HirKind::Class(_) => plain_all(hir).map(|c| vec![c]),
        HirKind::Capture(c) => need(&c.sub),
        HirKind::Repetition(r) if r.min >= 1 => need(&r.sub),
        HirKind::Alternation(subs) => {
            let mut all = Vec::new();
            for s in subs {
                all.extend(need(s)?);
            }
            Some(all)
        }
        HirKind::Concat(items) => {
            let mut best: Option<Vec<String>> = None;
            let mut keep = |cand: Vec<String>| {
                let min = |v: &Vec<String>| v.iter().map(String::len).min().unwrap_or(0);
                if best.as_ref().is_none_or(|b| {
                    (cand.len(), usize::MAX - min(&cand)) < (b.len(), usize::MAX - min(b))
                }) {
                    best = Some(cand);
                }
            };
            let mut run = String::new();
            for item in items {
                match plain_all(item) {
                    Some(s) => run.push_str(&s),
                    None => {
                        if !run.is_empty() {
                            keep(vec![std::mem::take(&mut run)]);
                        }
                        if let Some(n) = need(item) {
                            keep(n);
                        }
                    }
                }
            }
            if !run.is_empty() {
                keep(vec![run]);
            }
            best
        }
        _ => None,
    }
}

/// The text of `hir` in lower case when it is a literal of ASCII bytes or a
/// run of one-character classes each an ASCII letter in both cases (or one
/// ASCII character).
fn plain_all(hir: &Hir) -> Option<String> {
    match hir.kind() {
        HirKind::Literal(l) => {
            let b = &l.0;
            b.is_ascii()
                .then(|| String::from_utf8_lossy(b).to_ascii_lowercase())
        }
        HirKind::Class(_) => plain(hir).map(|c| c.to_string()),
        _ => None,
    }
}

/// The character of a one-character class (an ASCII letter in both cases,
/// or one ASCII character), lower case.
fn plain(hir: &Hir) -> Option<char> {
    match hir.kind() {
        HirKind::Literal(l) if l.0.len() == 1 && l.0[0].is_ascii() => {
            Some((l.0[0] as char).to_ascii_lowercase())
        }
        HirKind::Class(Class::Unicode(c)) => {
            let chars: Vec<char> = c
                .ranges()
                .iter()
                .flat_map(|r| (r.start()..=r.end()).take(3))
                .collect();
            match chars[..] {
                [a] if a.is_ascii() => Some(a.to_ascii_lowercase()),
                [a, b] if a.is_ascii_alphabetic() && a.to_ascii_lowercase() == b => Some(b),
                _ => None,
            }
        }
        HirKind::Class(Class::Bytes(c)) => {
            let bytes: Vec<u8> = c
                .ranges()
                .iter()
                .flat_map(|r| (r.start()..=r.end()).take(3))
                .collect();
            match bytes[..] {
                [a] if a.is_ascii() => Some((a as char).to_ascii_lowercase()),
                [a, b] if a.is_ascii_alphabetic() && a.to_ascii_lowercase() == b => Some(b as char),
                _ => None,
            }
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The gate's answer against every regex run, on `texts`.
    fn same(patterns: &[&str], texts: &[&str]) {
        let patterns: Vec<String> = patterns.iter().map(|p| p.to_string()).collect();
        let regexes: Vec<regex::Regex> = (patterns.iter())
            .map(|p| regex::Regex::new(p).expect("pattern"))
            .collect();
        let gate = RegexGate::new(&patterns);
        for t in texts {
            let plain = regexes.iter().any(|r| r.is_match(t));
            assert_eq!(gate.any_match(&regexes, t), plain, "{t}");
        }
    }

    #[test]
    fn reads_the_literal_a_pattern_needs() {
        let gate = RegexGate::new(&[
            r"(?i)\b(has|have) been (edited|condensed) (for|to)\b".to_string(),
            r"(?i)^\W*(live|breaking|update|watch)\s*:".to_string(),
            r"(?i)^\W*all times (are|in)\b".to_string(),
            r"[0-9]".to_string(),
        ]);
        let needles: Vec<Option<Vec<&[u8]>>> = (gate.needs.iter())
            .map(|n| n.as_ref().map(|f| f.iter().map(|f| f.needle()).collect()))
            .collect();
        // "(?i)s" holds the long s (ſ): "times" ends the literal before it.
        let want: Vec<Option<Vec<&[u8]>>> =
            vec![Some(vec![b" been "]), None, Some(vec![b"all time"]), None];
        assert_eq!(needles, want);
    }

    #[test]
    fn answers_as_the_regexes_do() {
        let rules = crate::suggest::rules::RuleSet::builtin();
        let patterns: Vec<&str> = rules.claim.not_claims.iter().map(String::as_str).collect();
        let texts = [
            "This story has been edited for length.",
            "This story HAS BEEN Edited for length.",
            "“This interview has been condensed.”",
            "The report has been shortened —",
            "The report had been shortened.",
            "All times are Seoul time.",
            "“All times in KST”",
            "Times are local time.",
            "TIMES ARE local TIME",
            "Here are the main points:",
            "LIVE: Rockets fired",
            "Not everyone is convinced.",
            "Not everyone was ſure.",
            "North Korea fired a missile on Tuesday, officials said.",
            "",
            "been",
        ];
        same(&patterns, &texts);
        same(
            &[
                r"(?i)\bbeen\b",
                r"(?-i)SEOUL time",
                r"(?i)(north|south) korea",
                r"x+yz",
            ],
            &[
                "Seoul time",
                "SEOUL TIME",
                "seoul time",
                "NORTH KOREA",
                "xxyz",
                "Been",
                "yz",
            ],
        );
    }
}
