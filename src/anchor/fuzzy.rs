//! Approximate matching: where a quote occurs with a few edits, and how similar two
//! short strings are. Works on `char` slices of a small window, never the whole text.

/// One approximate occurrence of a pattern in a text (char offsets into the text).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ApproxMatch {
    /// First char of the occurrence.
    pub start: usize,
    /// One past its last char.
    pub end: usize,
    /// Edit distance between the pattern and `text[start..end]`.
    pub errors: usize,
}

/// Every end position where `pattern` occurs in `text` with at most `max_errors`
/// edits (Sellers' dynamic programme, O(pattern × text)), one match per start
/// position (the one with the fewest errors). The caller keeps `text` small.
pub fn approx_matches(pattern: &[char], text: &[char], max_errors: usize) -> Vec<ApproxMatch> {
    let m = pattern.len();
    if m == 0 {
        return Vec::new();
    }
    let mut prev_cost: Vec<usize> = (0..=m).collect();
    let mut prev_start: Vec<usize> = vec![0; m + 1];
    let mut cur_cost = vec![0usize; m + 1];
    let mut cur_start = vec![0usize; m + 1];
    let mut found: Vec<ApproxMatch> = Vec::new();
    for (j, &tc) in text.iter().enumerate() {
        cur_cost[0] = 0;
        cur_start[0] = j + 1;
        for i in 1..=m {
            let mut cost = prev_cost[i - 1] + usize::from(pattern[i - 1] != tc);
            let mut start = prev_start[i - 1];
            if prev_cost[i] + 1 < cost {
                cost = prev_cost[i] + 1;
                start = prev_start[i];
            }
            if cur_cost[i - 1] + 1 < cost {
                cost = cur_cost[i - 1] + 1;
                start = cur_start[i - 1];
            }
            cur_cost[i] = cost;
            cur_start[i] = start;
        }
        if cur_cost[m] <= max_errors {
            let candidate = ApproxMatch {
                start: cur_start[m],
                end: j + 1,
                errors: cur_cost[m],
            };
            match found.last_mut() {
                Some(last) if last.start == candidate.start => {
                    if candidate.errors < last.errors {
                        *last = candidate;
                    }
                }
                _ => found.push(candidate),
            }
        }
        std::mem::swap(&mut prev_cost, &mut cur_cost);
        std::mem::swap(&mut prev_start, &mut cur_start);
    }
    found
}

/// Levenshtein distance between two char slices.
pub fn edit_distance(a: &[char], b: &[char]) -> usize {
    if a.is_empty() {
        return b.len();
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0usize; b.len() + 1];
    for (i, &ac) in a.iter().enumerate() {
        cur[0] = i + 1;
        for (j, &bc) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ac != bc))
                .min(prev[j + 1] + 1)
                .min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// Similarity in `0.0..=1.0`: one minus the edit distance over the longer length
/// (two empty strings are identical).
pub fn similarity(a: &[char], b: &[char]) -> f32 {
    let longest = a.len().max(b.len());
    if longest == 0 {
        return 1.0;
    }
    1.0 - edit_distance(a, b) as f32 / longest as f32
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn finds_a_quote_with_one_edit() {
        let text = chars("조선중앙통신 said the parade was “historic” today");
        let pat = chars("the parade were “historic”");
        let found = approx_matches(&pat, &text, 3);
        let best = found.iter().min_by_key(|m| m.errors).unwrap();
        let got: String = text[best.start..best.end].iter().collect();
        assert_eq!(got, "the parade was “historic”");
        assert_eq!(best.errors, 3);
    }

    #[test]
    fn distances() {
        assert_eq!(edit_distance(&chars("kitten"), &chars("sitting")), 3);
        assert_eq!(edit_distance(&chars(""), &chars("ab")), 2);
        assert_eq!(similarity(&chars(""), &chars("")), 1.0);
        assert!((similarity(&chars("abcd"), &chars("abce")) - 0.75).abs() < 1e-6);
    }

    #[test]
    fn no_match_when_too_different() {
        let found = approx_matches(&chars("KCNA"), &chars("Yonhap reported"), 1);
        assert!(found.is_empty());
    }
}
