//! Sentences of a text (UAX #29, as `unicode-segmentation` splits them: see
//! [`sentence_bounds`]), rejoined after an abbreviation ("Gen. Park"), trimmed
//! of surrounding white space.

use super::sentence_bounds::sentence_bounds;

/// The byte ranges of the sentences of `text`, in order, each trimmed of white
/// space and never empty. A sentence that ends in one of `abbreviations` goes on
/// into the next one, unless a line break separates them.
pub fn sentences(text: &str, abbreviations: &[String]) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut join_next = false;
    let mut after_time = false;
    let bounds = sentence_bounds(text).into_iter();
    let mut after_day_month = false;
    // "Details below. 1,091 of you …": a figure opening a sentence; "… in
    // twelve days ❤️ Mrs Yoon …": an emoji opening one.
    for (start, piece) in bounds
        .flat_map(|(at, p)| super::figure_start::pieces(at, p, abbreviations))
        .flat_map(|(at, p)| super::emoji_break::pieces(at, p))
    {
        let body = piece.trim_end();
        let lead = piece.len() - piece.trim_start().len();
        if body.trim().is_empty() {
            join_next = false;
            continue;
        }
        // "at 10:44 a.m. (0144 GMT), the ministry said": a time's "a.m." goes
        // on into a bracket or a lower-case word; before a capital it may end
        // the sentence.
        if after_time {
            join_next = piece
                .trim_start()
                .starts_with(|c: char| c == '(' || c.is_lowercase());
        }
        // "… on 5 Dec. One bird …": after a day and a short month, a
        // capital opens a new sentence.
        if after_day_month && piece.trim_start().starts_with(char::is_uppercase) {
            join_next = false;
        }
        let (s, e) = (start + lead, start + body.len());
        match out.last_mut() {
            Some(last) if join_next => last.1 = e,
            _ => out.push((s, e)),
        }
        let broke_line = piece[body.len()..].contains('\n');
        join_next = !broke_line && ends_with_abbreviation(body, abbreviations);
        after_time = !broke_line && (body.ends_with(" a.m.") || body.ends_with(" p.m."));
        after_day_month = join_next && super::day_month_end::ends_with_day_month(body);
    }
    if out.iter().any(|&(s, e)| text[s..e].contains('|')) {
        out = out
            .into_iter()
            .flat_map(|(s, e)| table_cells(text, s, e))
            .collect();
    }
    out
}

/// The sentence `s..e` of `text`, cut into the cells of the Markdown table
/// row it stands in (a line that opens and closes with "|"), each trimmed,
/// without the separator row's cells ("---"); else the sentence itself.
fn table_cells(text: &str, s: usize, e: usize) -> Vec<(usize, usize)> {
    // Most sentences hold no "|": their line is not looked for.
    if !text[s..e].contains('|') {
        return vec![(s, e)];
    }
    let line_start = text[..s].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[e..].find('\n').map_or(text.len(), |i| e + i);
    let line = text[line_start..line_end].trim_end();
    if !(line.starts_with('|') && line.ends_with('|')) {
        return vec![(s, e)];
    }
    text[s..e]
        .split('|')
        .scan(s, |at, cell| {
            let start = *at;
            *at += cell.len() + 1;
            let lead = cell.len() - cell.trim_start().len();
            Some((start + lead, start + lead + cell.trim().len()))
        })
        .filter(|&(a, b)| a < b && !text[a..b].bytes().all(|c| c == b'-' || c == b':'))
        .collect()
}

/// [`sentences`] of a long text, one piece of it per thread (`threads`), cut by
/// [`cut_at_lines`]: the same sentences as on one thread.
pub fn sentences_on_threads(
    text: &str,
    abbreviations: &[String],
    threads: usize,
) -> Vec<(usize, usize)> {
    let pieces = cut_at_lines(text, threads);
    if pieces.len() < 2 {
        return sentences(text, abbreviations);
    }
    std::thread::scope(|scope| {
        let runs: Vec<_> = (pieces.iter())
            .map(|&(s, e)| {
                let piece = &text[s..e];
                scope.spawn(move || (s, sentences(piece, abbreviations)))
            })
            .collect();
        let mut out = Vec::new();
        for run in runs {
            match run.join() {
                Ok((s, found)) => out.extend(found.into_iter().map(|(a, b)| (a + s, b + s))),
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
        out
    })
}

/// Where `text` can be cut into about `parts` pieces that are split into
/// sentences, each on its own, exactly as the whole text is: just after a line
/// feed that follows a character other than white space (a carriage return
/// between them allowed). A sentence always ends with such a line feed, nothing
/// joins it to the next one ("Gen.", "a.m." do not reach over a line break), and
/// [`sentences`] starts afresh after it. Not after any line feed: after "a.m."
/// and a lone carriage return, a blank line does not stop the next "(" from
/// joining. The byte ranges of the pieces, in order, covering `text`; one piece
/// when it has no line feed to cut at.
pub fn cut_at_lines(text: &str, parts: usize) -> Vec<(usize, usize)> {
    let mut cuts = vec![0];
    let step = text.len() / parts.max(1);
    for k in 1..parts {
        let mut from = (k * step).max(*cuts.last().unwrap_or(&0));
        let cut = loop {
            match memchr::memchr(b'\n', &text.as_bytes()[from..]) {
                Some(at) if ends_a_line(text, from + at) => break Some(from + at + 1),
                Some(at) => from += at + 1,
                None => break None,
            }
        };
        match cut {
            Some(cut) if cut < text.len() => cuts.push(cut),
            _ => break,
        }
    }
    cuts.dedup();
    cuts.push(text.len());
    cuts.windows(2)
        .map(|w| (w[0], w[1]))
        .filter(|&(s, e)| s < e)
        .collect()
}

/// True when the line feed at byte `lf` of `text` follows a character other
/// than white space, with at most a carriage return between them.
fn ends_a_line(text: &str, lf: usize) -> bool {
    let line = &text[..lf];
    let line = line.strip_suffix('\r').unwrap_or(line);
    line.chars().next_back().is_some_and(|c| !c.is_whitespace())
}

/// True when the last word of `sentence` is one of `abbreviations` (exactly).
fn ends_with_abbreviation(sentence: &str, abbreviations: &[String]) -> bool {
    let last = sentence
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '“' || c == '"')
        .next()
        .unwrap_or("");
    abbreviations.iter().any(|a| a == last)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        let abbr = vec!["Gen.".to_string(), "U.S.".to_string()];
        sentences(text, &abbr)
            .iter()
            .map(|&(s, e)| &text[s..e])
            .collect()
    }

    #[test]
    fn pieces_cut_at_lines_split_as_the_whole_text_even_after_a_time() {
        let abbr = vec!["Gen.".to_string()];
        // After "a.m." and a lone carriage return, the "(" still joins across
        // the line feed of "\r\n": no cut there.
        let text = "It fell at 9 a.m.\r\r\n(0144 GMT), Tokyo said.\nGen.\nPark spoke.\r\nLast 🚀.";
        let whole = sentences(text, &abbr);
        assert_eq!(
            &text[whole[0].0..whole[0].1],
            "It fell at 9 a.m.\r\r\n(0144 GMT), Tokyo said."
        );
        for parts in 1..12 {
            let pieces = cut_at_lines(text, parts);
            let mut split = Vec::new();
            for &(s, e) in &pieces {
                split.extend(
                    sentences(&text[s..e], &abbr)
                        .iter()
                        .map(|&(a, b)| (a + s, b + s)),
                );
            }
            assert_eq!(split, whole, "{parts} pieces: {pieces:?}");
            assert!(pieces.iter().all(|&(s, _)| !text[..s].ends_with("\r\r\n")));
            assert_eq!(sentences_on_threads(text, &abbr, parts), whole);
        }
        assert_eq!(cut_at_lines(text, 12).len(), 4);
    }

    #[test]
    fn abbreviations_do_not_end_a_sentence_but_lines_do() {
        assert_eq!(
            split("Gen. Park spoke. The U.S. Army said so.\nHeadline\n\n  Next one 🚀."),
            vec![
                "Gen. Park spoke.",
                "The U.S. Army said so.",
                "Headline",
                "Next one 🚀."
            ]
        );
        assert_eq!(
            split("Windows\r\nline ends."),
            vec!["Windows", "line ends."]
        );
        assert!(split(" \n ").is_empty());
        assert_eq!(
            split("It fell at 10:44 a.m. (0144 GMT), Tokyo said. At 9 p.m. Seoul spoke."),
            vec![
                "It fell at 10:44 a.m. (0144 GMT), Tokyo said.",
                "At 9 p.m.",
                "Seoul spoke."
            ]
        );
    }
}
