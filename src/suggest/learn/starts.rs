//! Start conventions learned from the analyst's annotations (issue 20), the
//! mirror of [`super::boundary`]'s ends: the words an analyst's span adds before
//! a suggested span's start (a claim that includes its "that"; speculation from
//! its clause's subject, "{North Korea may test}" where the rule says "North
//! Korea {may test}") and the words it cuts from the start (an attribution
//! without "according to", or without a possessive "South Korea's").
//!
//! Each case votes twice: by the words themselves (lower case, "according
//! to") and by their shape (a capitalised word is `X`, a capitalised
//! possessive `X's`, one with a digit `0`, any other its lower case). A key the
//! words' own votes decide wins over the shape's. Speculation from the subject
//! is voted a third way, "to the clause's first word" (after punctuation, a
//! line start or "that"), since subjects differ from one sentence to the next.
//! A convention is applied with a clear majority: at least [`MIN_VOTES`] cases
//! for it and more than twice those against. Never across a line or
//! punctuation.

use std::collections::HashMap;

/// The most words a start adds or cuts.
pub const MAX_WORDS: usize = 4;

/// Cases for a convention before it is applied.
pub const MIN_VOTES: i64 = 2;

/// The words that open a clause: a subject starts after them ("analysts said
/// the launch may slip").
const CLAUSE_OPENERS: [&str; 9] = [
    "that", "and", "but", "while", "because", "if", "said", "say", "says",
];

/// The key of extending a start to its clause's first word.
const CLAUSE: &str = "+<clause>";

/// Votes per label and key: cases for and against.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Starts {
    votes: HashMap<String, HashMap<String, (i64, i64)>>,
}

/// A word near a span's start: its own form, its shape and where it lies.
#[derive(Debug, Clone)]
struct Word {
    lower: String,
    shape: String,
    start: usize,
}

impl Starts {
    /// Adds `o`'s votes, times `sign` (1 or −1, for leave one out).
    pub fn add(&mut self, o: &Starts, sign: i64) {
        for (label, keys) in &o.votes {
            let mine = self.votes.entry(label.clone()).or_default();
            for (k, (yes, no)) in keys {
                let e = mine.entry(k.clone()).or_default();
                e.0 += sign * yes;
                e.1 += sign * no;
            }
        }
    }

    /// True when nothing was learned.
    pub fn is_empty(&self) -> bool {
        (self.votes.values().flat_map(HashMap::values)).all(|&(yes, no)| yes == 0 && no == 0)
    }

    /// Learns from a suggestion of `label` starting at `start` in `chars` whose
    /// analyst's span, ending at the same place, starts at `gold_start`.
    pub fn learn(&mut self, chars: &[char], label: &str, start: usize, gold_start: usize) {
        let before = words_before(chars, start);
        let from = words_from(chars, start);
        let clause = clause_words(chars, &before);
        if gold_start == start {
            for k in 1..=before.len() {
                self.vote(label, '+', &before[..k], false);
            }
            for k in 1..from.len() {
                self.vote(label, '-', &from[..k], false);
            }
            if clause > 0 {
                self.tally(label, CLAUSE, false);
            }
        } else if gold_start < start {
            if let Some(k) = before.iter().position(|w| w.start == gold_start) {
                self.vote(label, '+', &before[..=k], true);
            }
            if clause > 0 {
                self.tally(label, CLAUSE, before[clause - 1].start == gold_start);
            }
        } else {
            let kept = (gold_start..chars.len())
                .find(|&i| chars[i] != ' ')
                .unwrap_or(gold_start);
            if let Some(k) = (from.iter().skip(1)).position(|w| w.start == kept) {
                self.vote(label, '-', &from[..=k], true);
            }
        }
    }

    /// One case for (`yes`) or against a start moved over `words` (`sign` '+'
    /// for added words, nearest first; '-' for cut words, first first): by the
    /// words and by their shape.
    fn vote(&mut self, label: &str, sign: char, words: &[Word], yes: bool) {
        let (lower, shape) = keys(sign, words);
        self.tally(label, &lower, yes);
        if shape != lower {
            self.tally(label, &shape, yes);
        }
    }

    fn tally(&mut self, label: &str, key: &str, yes: bool) {
        let e = (self.votes.entry(label.to_string()).or_default())
            .entry(key.to_string())
            .or_default();
        if yes {
            e.0 += 1;
        } else {
            e.1 += 1;
        }
    }

    /// Whether the votes on `key` decide for it: `Some(true)` with a clear
    /// majority, `Some(false)` when [`MIN_VOTES`] cases were seen without one,
    /// `None` with fewer cases.
    fn decided(&self, label: &str, key: &str) -> Option<bool> {
        let &(yes, no) = self.votes.get(label)?.get(key)?;
        decides(yes, no)
    }

    /// These votes with only the conventions that hold document by document
    /// (`docs`, each annotated document's own votes, summed in `self`): a key
    /// decided for is kept when, on each document, the decision made without
    /// it saved more cases (its votes for) than it spoiled (against), summed
    /// over the documents; else its votes for are taken away. See
    /// `super::validated`.
    pub fn held(&self, docs: &[&Starts]) -> Starts {
        let mut out = self.clone();
        for (label, keys) in &self.votes {
            for (key, &(yes, no)) in keys {
                if self.decided(label, key) != Some(true) {
                    continue;
                }
                let gain: i64 = (docs.iter())
                    .filter_map(|d| d.votes.get(label)?.get(key).copied())
                    .map(|(y, n)| {
                        if decides(yes - y, no - n) == Some(true) {
                            y - n
                        } else {
                            0
                        }
                    })
                    .sum();
                if gain <= 0
                    && let Some(e) = out.votes.get_mut(label).and_then(|k| k.get_mut(key))
                {
                    e.0 = 0;
                }
            }
        }
        out
    }

    /// Whether moving the start over `words` is the analyst's convention: the
    /// words' own votes when they saw cases, else their shape's.
    fn applies(&self, label: &str, sign: char, words: &[Word]) -> bool {
        let (lower, shape) = keys(sign, words);
        (self.decided(label, &lower))
            .or_else(|| self.decided(label, &shape))
            .unwrap_or(false)
    }

    /// Where a suggestion of `label` spanning `[start, end)` in `chars` should
    /// start by the analyst's conventions: over the longest run of words before
    /// it the analyst adds, else to its clause's first word, else past the
    /// longest run of its first words the analyst cuts (never its last word);
    /// `start` when none applies.
    pub fn start_for(&self, chars: &[char], label: &str, start: usize, end: usize) -> usize {
        if !self.votes.contains_key(label) {
            return start;
        }
        let before = words_before(chars, start);
        if let Some(k) = (1..=before.len())
            .rev()
            .find(|&k| self.applies(label, '+', &before[..k]))
        {
            return before[k - 1].start;
        }
        let clause = clause_words(chars, &before);
        if clause > 0 && self.decided(label, CLAUSE) == Some(true) {
            return before[clause - 1].start;
        }
        let from = words_from(chars, start);
        (1..from.len())
            .rev()
            .find(|&k| self.applies(label, '-', &from[..k]))
            .map(|k| from[k].start)
            .filter(|&s| s < end)
            .unwrap_or(start)
    }
}

/// The keys of moving a start over `words`: by the words, by their shape.
fn keys(sign: char, words: &[Word]) -> (String, String) {
    let mut ordered: Vec<&Word> = words.iter().collect();
    if sign == '+' {
        ordered.reverse();
    }
    let join = |f: fn(&Word) -> &str| {
        let parts: Vec<&str> = ordered.iter().map(|w| f(w)).collect();
        format!("{sign}{}", parts.join(" "))
    };
    // A name's possessive is one shape however many words the name has
    // ("Japan’s", "South Korea’s": `X's`).
    let mut shape = join(|w| &w.shape);
    while shape.contains("X X's") {
        shape = shape.replace("X X's", "X's");
    }
    (join(|w| &w.lower), shape)
}

fn is_word_char(chars: &[char], i: usize) -> bool {
    let c = chars[i];
    c.is_alphanumeric()
        || c == '-'
        || (matches!(c, '\'' | '’')
            && i > 0
            && chars[i - 1].is_alphanumeric()
            && chars.get(i + 1).is_some_and(|n| n.is_alphanumeric()))
}

fn word(chars: &[char], start: usize, end: usize) -> Word {
    let text: String = chars[start..end].iter().collect();
    let lower = text.to_lowercase().replace('’', "'");
    let shape = if text.chars().any(|c| c.is_ascii_digit()) {
        "0".to_string()
    } else if text.chars().next().is_some_and(char::is_uppercase) {
        if lower.ends_with("'s") {
            "X's".to_string()
        } else {
            "X".to_string()
        }
    } else {
        lower.clone()
    };
    Word {
        lower,
        shape,
        start,
    }
}

/// Up to [`MAX_WORDS`] words before `start`, nearest first, each followed by
/// spaces only (a run stops at punctuation, a line's start or a list's number
/// opening the line: "3 Estuary Watch said" never starts at "3").
fn words_before(chars: &[char], start: usize) -> Vec<Word> {
    let mut out = Vec::new();
    let mut j = start.min(chars.len());
    while out.len() < MAX_WORDS {
        let mut i = j;
        while i > 0 && chars[i - 1] == ' ' {
            i -= 1;
        }
        if i == j {
            break;
        }
        let mut w = i;
        while w > 0 && is_word_char(chars, w - 1) {
            w -= 1;
        }
        if w == i || is_list_number(chars, w, i) {
            break;
        }
        out.push(word(chars, w, i));
        j = w;
    }
    out
}

/// Whether the word `[w, i)` ends a list's or section's number opening its
/// line ("3" in "3 Estuary Watch said", in "2.3 Estuary Watch said"): the
/// line up to it is digits and dots only. No span includes it (the rules
/// start after it).
fn is_list_number(chars: &[char], w: usize, i: usize) -> bool {
    let line = chars[..w]
        .iter()
        .rposition(|&c| c == '\n')
        .map_or(0, |n| n + 1);
    chars[w..i].iter().all(char::is_ascii_digit)
        && chars[line..w]
            .iter()
            .all(|&c| c.is_ascii_digit() || c == '.')
}

/// Up to [`MAX_WORDS`] words from `start` on, first first, each followed by
/// spaces (the last may end anywhere); stops at punctuation.
fn words_from(chars: &[char], start: usize) -> Vec<Word> {
    let mut out = Vec::new();
    let mut i = start;
    while out.len() < MAX_WORDS && i < chars.len() {
        let mut j = i;
        while j < chars.len() && is_word_char(chars, j) {
            j += 1;
        }
        if j == i {
            break;
        }
        out.push(word(chars, i, j));
        let mut next = j;
        while next < chars.len() && chars[next] == ' ' {
            next += 1;
        }
        if next == j {
            break;
        }
        i = next;
    }
    out
}

/// How many of `before` (nearest first) reach back to the clause's first word:
/// the run stops at punctuation, a line's start or a clause opener ("that").
/// 0 when the clause starts further back than [`MAX_WORDS`] words, or here.
fn clause_words(chars: &[char], before: &[Word]) -> usize {
    if let Some(k) = (before.iter()).position(|w| CLAUSE_OPENERS.contains(&w.lower.as_str())) {
        return k;
    }
    let Some(last) = before.last() else {
        return 0;
    };
    let mut i = last.start;
    while i > 0 && chars[i - 1] == ' ' {
        i -= 1;
    }
    if i == 0 || !is_word_char(chars, i - 1) {
        before.len()
    } else {
        0
    }
}

/// Whether `yes` votes for a key and `no` against decide for it: `Some(true)`
/// with a clear majority, `Some(false)` when [`MIN_VOTES`] cases were seen
/// without one, `None` with fewer cases.
fn decides(yes: i64, no: i64) -> Option<bool> {
    (yes + no >= MIN_VOTES).then_some(yes >= MIN_VOTES && yes > 2 * no)
}

#[cfg(test)]
#[path = "starts_tests.rs"]
mod tests;
