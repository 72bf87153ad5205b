//! Several lexicons searched in one pass: what [`Lexicon::find_all`] gives for
//! each of them, from a single `aho-corasick` scan of the text instead of one
//! scan per lexicon (a sentence is read for all the attribution rules' cues and
//! the clause breaks at once).
//!
//! [`Lexicon::find_all`]: super::lexicon::Lexicon::find_all

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use super::RulesError;
use super::lexicon::{Hit, is_whole_word};

/// Lexicons of `(phrase, value)`, matched like [`super::lexicon::Lexicon`]
/// (whole words, ASCII case ignored, leftmost-longest, no overlaps within one
/// lexicon), all found by one overlapping scan.
#[derive(Debug, Clone)]
pub struct LexiconSet {
    /// Every distinct phrase (ASCII case aside) of every lexicon, once.
    automaton: Option<AhoCorasick>,
    /// For each phrase of the automaton: the lexicons holding it, with the
    /// value it has there (the first one given, as `Lexicon` keeps).
    members: Vec<Vec<(usize, usize)>>,
    /// How many lexicons.
    len: usize,
}

impl LexiconSet {
    /// One lexicon per item of `lexicons`; empty phrases are skipped.
    pub fn new<'a, L, P>(lexicons: L) -> Result<Self, RulesError>
    where
        L: IntoIterator<Item = P>,
        P: IntoIterator<Item = (&'a str, usize)>,
    {
        let mut patterns: Vec<String> = Vec::new();
        let mut members: Vec<Vec<(usize, usize)>> = Vec::new();
        let mut ids: std::collections::HashMap<String, usize> = Default::default();
        let mut len = 0;
        for (lexicon, phrases) in lexicons.into_iter().enumerate() {
            len = lexicon + 1;
            for (phrase, value) in phrases {
                let phrase = phrase.trim();
                if phrase.is_empty() {
                    continue;
                }
                let id = *ids.entry(phrase.to_ascii_lowercase()).or_insert_with(|| {
                    patterns.push(phrase.to_string());
                    members.push(Vec::new());
                    patterns.len() - 1
                });
                // A phrase repeated in one lexicon (case aside) keeps its
                // first value, as the lexicon's leftmost-longest search does.
                if !members[id].iter().any(|&(l, _)| l == lexicon) {
                    members[id].push((lexicon, value));
                }
            }
        }
        let automaton = if patterns.is_empty() {
            None
        } else {
            let mut builder = AhoCorasickBuilder::new();
            builder
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::Standard);
            // A DFA reads each byte with one look-up: worth its memory for a
            // scan of every sentence (the crate picks one by itself only for
            // 100 phrases or fewer). Should it not build, the crate's choice.
            let dfa = builder.kind(Some(AhoCorasickKind::DFA)).build(&patterns);
            Some(match dfa {
                Ok(dfa) => dfa,
                Err(_) => (builder.kind(None).build(&patterns))
                    .map_err(|e| RulesError::Lexicon(e.to_string()))?,
            })
        };
        Ok(LexiconSet {
            automaton,
            members,
            len,
        })
    }

    /// For each lexicon, in order: its whole-word occurrences in `text`, in
    /// order, without overlaps — the same as that lexicon's own
    /// `Lexicon::find_all`.
    pub fn find_all(&self, text: &str) -> Vec<Vec<Hit>> {
        let mut out = vec![Vec::new(); self.len];
        let Some(ac) = &self.automaton else {
            return out;
        };
        // Every occurrence of every phrase, leftmost first and, at one start,
        // longest first: the order a leftmost-longest search prefers them in.
        let mut all: Vec<(usize, usize, usize)> = ac
            .find_overlapping_iter(text)
            .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
            .collect();
        all.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)));
        // Per lexicon, where its search goes on (the end of its last match):
        // it takes the first occurrence of its own at or after that point.
        let mut from = vec![0usize; self.len];
        for (start, end, id) in all {
            for &(lexicon, value) in &self.members[id] {
                if start >= from[lexicon] {
                    from[lexicon] = end;
                    if is_whole_word(text, start, end) {
                        out[lexicon].push(Hit { start, end, value });
                    }
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::Lexicon;
    use super::*;

    /// Each lexicon's hits from the set equal its own search's.
    fn assert_same(lexicons: &[Vec<(&str, usize)>], texts: &[&str]) {
        let set = LexiconSet::new(lexicons.iter().map(|l| l.iter().copied())).unwrap();
        let alone: Vec<Lexicon> = (lexicons.iter())
            .map(|l| Lexicon::new(l.iter().copied()).unwrap())
            .collect();
        for text in texts {
            let together = set.find_all(text);
            assert_eq!(together.len(), lexicons.len());
            for (lexicon, hits) in alone.iter().zip(&together) {
                assert_eq!(&lexicon.find_all(text), hits, "{text:?}");
            }
        }
    }

    #[test]
    fn each_lexicon_as_if_searched_alone() {
        let lexicons = vec![
            vec![
                ("said", 0),
                ("according to", 0),
                ("per", 0),
                ("as reported by", 0),
            ],
            vec![
                ("reported by", 0),
                ("said", 0),
                ("report", 0),
                ("reported", 0),
            ],
            vec![("may", 1), ("may be", 2), ("be", 3), ("MAY", 4)],
            vec![],
            vec![(", but ", 0), (" but ", 0), (": ", 0), ("; ", 0)],
            vec![("  ", 0), ("paper", 5), ("per", 6)],
        ];
        assert_same(
            &lexicons,
            &[
                "",
                "The paper said, as reported by KCNA, that it may be so; per the report: no.",
                "Perhaps he said so, but the reported figures may be wrong — maybe.",
                "AS REPORTED BY Yonhap, it May Be true, but not per se: reporters said.",
                "said said saidsaid per paper perper",
                "조선중앙통신 said; “may be” 기자 reported by 연합 but 🇰🇵: per",
            ],
        );
    }

    #[test]
    fn no_lexicons_or_no_phrases() {
        let none: Vec<Vec<(&str, usize)>> = Vec::new();
        assert!(
            LexiconSet::new(none.iter().map(|l| l.iter().copied()))
                .unwrap()
                .find_all("a b")
                .is_empty()
        );
        let empty = LexiconSet::new([vec![("  ", 0)], vec![]]).unwrap();
        assert_eq!(empty.find_all("a b"), vec![Vec::new(), Vec::new()]);
    }
}
