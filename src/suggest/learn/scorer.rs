//! The model's scores for a text, fast (issue 20: a 10 MB article in ≤ 1 s).
//!
//! Most of a token's features belong to its word type (the word, its shape and
//! affixes, its cue marks) or to a neighbour's type at a fixed offset, and a
//! type occurs many times in an article. So the weight rows of those features are
//! looked up once per type and kept ([`TypeRows`]); the features that take few
//! values (place in the sentence, cue marks of three words, the tags before) once
//! per value. Only the word pairs and shape pairs are hashed per token. A token's
//! scores are summed from those rows **in the order** the reference
//! ([`super::features::static_features`] then [`super::features::tag_features`])
//! gives its features, so the sums are the very same floats: the suggestions are
//! identical to the feature-by-feature scoring, only faster. No allocation per
//! token: the buffers live as long as the scorer.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::features::{Cues, END, START, Word, describe, mix};
use super::perceptron::Weights;
use super::tags::TAGS;
use super::tokens::Token;

/// The scores of one feature (or a sum of them) for each tag.
pub(super) type Row = [f32; TAGS];

/// Past this many word types cached, the cache starts again (bounded memory on
/// text with no repeated words: ~760 bytes a type).
const MAX_TYPES: usize = 100_000;

fn add(sum: &mut Row, row: &Row) {
    for (s, w) in sum.iter_mut().zip(row) {
        *s += w;
    }
}

/// The rows of the features one word type gives, wherever it stands.
struct TypeRows {
    /// Features 1–4 and 14: the word itself (lower case, shape, prefix, suffix,
    /// cue marks).
    own: [Row; 5],
    /// Features 5 and 19: the word as the previous token (lower case, suffix).
    as_prev: [Row; 2],
    /// Feature 6: the word two tokens back.
    as_prev2: Row,
    /// Features 7 and 20: the word as the next token (lower case, suffix).
    as_next: [Row; 2],
    /// Feature 8: the word two tokens on.
    as_next2: Row,
    /// Feature 21 from the fourth token of a sentence on.
    deep: Row,
    /// Feature 18 (an attribution cue after it, tokens to the sentence's end,
    /// the word's shape) by `after * 4 + to_end`.
    by_place: [Row; 8],
    /// Feature 102: the word after each tag.
    after_tag: [Row; TAGS],
}

/// A hasher for [`Word`]s (five hashes already): a multiply-rotate mix.
#[derive(Default)]
struct WordHasher(u64);

impl Hasher for WordHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }
    fn write_u64(&mut self, x: u64) {
        self.0 = (self.0.rotate_left(5) ^ x).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

/// The scores of the tokens of one sentence after another (of a text that
/// lives `'t`), with the rows of the word types seen so far kept.
pub(super) struct Scorer<'m, 't> {
    weights: &'m Weights,
    cues: &'m Cues,
    types: HashMap<Word, u32, BuildHasherDefault<WordHasher>>,
    /// Each word as written (with its cue marks) seen so far: its [`Word`] and
    /// type, so a word met again is neither described nor looked up again.
    written: HashMap<(&'t str, u64), (Word, u32), foldhash::fast::RandomState>,
    rows: Vec<TypeRows>,
    bias: Row,
    /// Feature 13 by `from_start * 4 + to_end`.
    place: [Row; 16],
    /// Feature 16 by `hedge_seen * 2 + in_hedge`.
    hedge: [Row; 4],
    /// Feature 17 by `before * 2 + after`.
    attribution: [Row; 4],
    /// Feature 15 by the cue marks of the previous, own and next words.
    cue_triples: Vec<Option<Row>>,
    /// Features 100, 101 and 103: the tag before, the two before, the tag
    /// before with the word's cue marks.
    prev: [Row; TAGS],
    prev2: [[Row; TAGS]; TAGS],
    prev_cues: [[Row; 16]; TAGS],
    marks: Vec<u64>,
    words: Vec<Word>,
    ids: Vec<u32>,
}

impl<'m, 't> Scorer<'m, 't> {
    /// A scorer with `weights`, marking cues with `cues`.
    pub(super) fn new(weights: &'m Weights, cues: &'m Cues) -> Self {
        let row = |template: u8, parts: &[u64]| weights.row(mix(template, parts));
        let pair = |template: u8, a: u64, b: u64| row(template, &[a, b]);
        let mut s = Scorer {
            weights,
            cues,
            types: HashMap::default(),
            written: HashMap::default(),
            rows: Vec::new(),
            bias: row(0, &[]),
            place: std::array::from_fn(|k| pair(13, k as u64 / 4, k as u64 % 4)),
            hedge: std::array::from_fn(|k| pair(16, k as u64 / 2, k as u64 % 2)),
            attribution: std::array::from_fn(|k| pair(17, k as u64 / 2, k as u64 % 2)),
            cue_triples: vec![None; 16 * 16 * 16],
            prev: std::array::from_fn(|p| row(100, &[p as u64])),
            prev2: std::array::from_fn(|p| std::array::from_fn(|q| pair(101, p as u64, q as u64))),
            prev_cues: std::array::from_fn(|p| {
                std::array::from_fn(|c| pair(103, p as u64, mix(14, &[c as u64])))
            }),
            marks: Vec::new(),
            words: Vec::new(),
            ids: Vec::new(),
        };
        s.reset();
        s
    }

    /// Forgets the word types (keeps the sentence edges' stand-ins first).
    fn reset(&mut self) {
        self.types.clear();
        self.written.clear();
        self.rows.clear();
        self.type_id(START);
        self.type_id(END);
    }

    /// The index of `w`'s rows, looked up the first time it is seen.
    fn type_id(&mut self, w: Word) -> u32 {
        if let Some(&id) = self.types.get(&w) {
            return id;
        }
        let weights = self.weights;
        let row = |template: u8, parts: &[u64]| weights.row(mix(template, parts));
        let lower_feature = mix(1, &[w.lower]);
        let rows = TypeRows {
            own: [
                weights.row(lower_feature),
                row(2, &[w.shape]),
                row(3, &[w.prefix]),
                row(4, &[w.suffix]),
                row(14, &[w.cues]),
            ],
            as_prev: [row(5, &[w.lower]), row(19, &[w.suffix])],
            as_prev2: row(6, &[w.lower]),
            as_next: [row(7, &[w.lower]), row(20, &[w.suffix])],
            as_next2: row(8, &[w.lower]),
            deep: row(21, &[3, w.lower]),
            by_place: std::array::from_fn(|k| row(18, &[k as u64 / 4, k as u64 % 4, w.shape])),
            after_tag: std::array::from_fn(|p| row(102, &[p as u64, lower_feature])),
        };
        let id = self.rows.len() as u32;
        self.rows.push(rows);
        self.types.insert(w, id);
        id
    }

    /// The description and type of `word` (as written) with cue marks `cues`.
    fn word_of(&mut self, word: &'t str, cues: u64) -> (Word, u32) {
        if let Some(&known) = self.written.get(&(word, cues)) {
            return known;
        }
        let w = describe(word, cues);
        let known = (w, self.type_id(w));
        self.written.insert((word, cues), known);
        known
    }

    fn cue_triple(&mut self, prev: u64, own: u64, next: u64) -> Row {
        let at = ((prev & 15) * 256 + (own & 15) * 16 + (next & 15)) as usize;
        if let Some(Some(row)) = self.cue_triples.get(at) {
            return *row;
        }
        let row = self.weights.row(mix(15, &[prev, own, next]));
        if let Some(slot) = self.cue_triples.get_mut(at) {
            *slot = Some(row);
        }
        row
    }

    /// The static scores of each token of `sentence` (of `text`) into `out`
    /// (cleared first): what the reference sums from the 22 static features.
    pub(super) fn static_scores(&mut self, text: &'t str, sentence: &[Token], out: &mut Vec<Row>) {
        out.clear();
        if self.rows.len() > MAX_TYPES || self.written.len() > 2 * MAX_TYPES {
            self.reset();
        }
        let mut marks = std::mem::take(&mut self.marks);
        let mut words = std::mem::take(&mut self.words);
        let mut ids = std::mem::take(&mut self.ids);
        self.cues.marks_into(text, sentence, &mut marks);
        words.clear();
        ids.clear();
        for (t, &m) in sentence.iter().zip(&marks) {
            let (w, id) = self.word_of(&text[t.byte_start..t.byte_end], m);
            words.push(w);
            ids.push(id);
        }
        let n = words.len();
        let first_attribution = words.iter().position(|w| w.cues & 2 != 0);
        let last_attribution = words.iter().rposition(|w| w.cues & 2 != 0);
        let (start_id, end_id) = (0u32, 1u32);
        let word_at = |j: isize| -> (Word, u32) {
            if j < 0 {
                (START, start_id)
            } else {
                let j = j as usize;
                match (words.get(j), ids.get(j)) {
                    (Some(&w), Some(&id)) => (w, id),
                    _ => (END, end_id),
                }
            }
        };
        let mut hedge_seen = 0u64;
        for i in 0..n {
            let k = i as isize;
            let ((w, id), (p1, p1_id), (_, p2_id)) = (word_at(k), word_at(k - 1), word_at(k - 2));
            let ((n1, n1_id), (_, n2_id)) = (word_at(k + 1), word_at(k + 2));
            let from_start = i.min(3) as u64;
            let to_end = (n - 1 - i).min(3) as u64;
            let before = first_attribution.is_some_and(|a| a < i) as u64;
            let after = last_attribution.is_some_and(|a| a > i) as u64;
            if w.cues & 1 != 0 {
                hedge_seen = 1;
            }
            let triple = self.cue_triple(p1.cues, w.cues, n1.cues);
            let weights = self.weights;
            let row = |template: u8, parts: &[u64]| weights.row(mix(template, parts));
            let (t, tp1, tp2) = (
                &self.rows[id as usize],
                &self.rows[p1_id as usize],
                &self.rows[p2_id as usize],
            );
            let (tn1, tn2) = (&self.rows[n1_id as usize], &self.rows[n2_id as usize]);
            let mut sum = [0.0; TAGS];
            add(&mut sum, &self.bias);
            for r in &t.own[..4] {
                add(&mut sum, r);
            }
            add(&mut sum, &tp1.as_prev[0]);
            add(&mut sum, &tp2.as_prev2);
            add(&mut sum, &tn1.as_next[0]);
            add(&mut sum, &tn2.as_next2);
            add(&mut sum, &row(9, &[p1.shape, w.shape]));
            add(&mut sum, &row(10, &[w.shape, n1.shape]));
            add(&mut sum, &row(11, &[p1.lower, w.lower]));
            add(&mut sum, &row(12, &[w.lower, n1.lower]));
            add(&mut sum, &self.place[(from_start * 4 + to_end) as usize]);
            add(&mut sum, &t.own[4]);
            add(&mut sum, &triple);
            add(
                &mut sum,
                &self.hedge[(hedge_seen * 2 + (w.cues & 1)) as usize],
            );
            add(&mut sum, &self.attribution[(before * 2 + after) as usize]);
            add(&mut sum, &t.by_place[(after * 4 + to_end) as usize]);
            add(&mut sum, &tp1.as_prev[1]);
            add(&mut sum, &tn1.as_next[1]);
            if from_start == 3 {
                add(&mut sum, &t.deep);
            } else {
                add(&mut sum, &row(21, &[from_start, w.lower]));
            }
            out.push(sum);
        }
        self.marks = marks;
        self.words = words;
        self.ids = ids;
    }

    /// The scores of token `i` of the last sentence scored, whose static scores
    /// are `own`, after the tags `prev` and `prev2`: the reference's four tag
    /// features added in its order.
    pub(super) fn with_tags(&self, i: usize, own: &Row, prev: usize, prev2: usize) -> Row {
        let mut sum = *own;
        let (Some(&id), Some(w)) = (self.ids.get(i), self.words.get(i)) else {
            return sum;
        };
        add(&mut sum, &self.prev[prev]);
        add(&mut sum, &self.prev2[prev][prev2]);
        add(&mut sum, &self.rows[id as usize].after_tag[prev]);
        add(&mut sum, &self.prev_cues[prev][(w.cues & 15) as usize]);
        sum
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::super::LearnedModel;
    use crate::model::Project;
    use crate::task::Progress;

    fn fixture(name: &str, text: &str) -> Project {
        crate::store::parse_project(text, Path::new(name)).expect("fixture reads")
    }

    #[test]
    fn the_scorer_suggests_exactly_what_feature_by_feature_scoring_does() {
        let tune = fixture(
            "tune.ron",
            include_str!("../../../tests/fixtures/suggest/tune.ron"),
        );
        let heldout = fixture(
            "heldout.ron",
            include_str!("../../../tests/fixtures/suggest/heldout.ron"),
        );
        let model = LearnedModel::train(&tune, None, &Progress::new()).expect("trains");
        let mut long = String::new();
        for d in tune.documents.iter().chain(&heldout.documents) {
            let fast = model.suggest_text(&d.text);
            assert!(!fast.is_empty(), "{}", d.id);
            assert_eq!(fast, model.suggest_text_reference(&d.text), "{}", d.id);
            long.push_str(&d.text);
            long.push_str("\r\n조선중앙통신 said 🚀 e\u{301}lite “may” act.\n");
        }
        // Past 256 kB the sentences are scored on several threads, each with
        // its own cache of word types.
        while long.len() < 300 * 1024 {
            long = long.repeat(2);
        }
        let reference = model.suggest_text_reference(&long);
        assert_eq!(model.suggest_text(&long), reference);
        // Cut into pieces after line feeds, each on a thread of its own: the
        // same suggestions, offsets moved by the chars before each piece.
        for threads in [2, 3, 7] {
            let found = model.suggest_on_threads(&long, threads);
            assert_eq!(found.len(), reference.len(), "{threads} threads");
            assert_eq!(found, reference, "{threads} threads");
        }
        let chars: Vec<char> = long.chars().collect();
        for s in &reference {
            assert_eq!(chars[s.start..s.end].iter().collect::<String>(), s.quote);
        }
    }
}
