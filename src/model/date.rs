//! Publication dates as news pages write them, normalised to RFC 3339.
//!
//! Pages write dates in many ways: `2026-03-14T09:30:00+09:00` (Open Graph,
//! JSON-LD), `Sat, 14 Mar 2026 09:30:00 +0900` (feeds), `March 14, 2026`,
//! `14 Mar 2026 09:30 KST`, `2026. 3. 14.` or `2026년 3월 14일` (Korean sites). The
//! reader here splits the text into numbers, words and signs and picks out a day,
//! a month, a year, and, when present, a time with its offset (numeric or one of
//! the zone abbreviations news sites use). The result is the date alone
//! (`2026-03-14`), or the date, time and offset (`2026-03-14T09:30:00+09:00`) when
//! the offset is known: a time without a zone says nothing exact, so it is dropped
//! (the original text is kept beside the date by the caller).
//!
//! No date crate: jiff and chrono read fixed formats (a list of `strptime`
//! patterns to try) and neither knows zone abbreviations such as KST.

/// Zone abbreviations news sites print, with their offsets in minutes.
const ZONES: &[(&str, i32)] = &[
    ("Z", 0),
    ("UT", 0),
    ("UTC", 0),
    ("GMT", 0),
    ("KST", 9 * 60),
    ("JST", 9 * 60),
    ("PYT", 9 * 60),
    ("CST", -6 * 60),
    ("CDT", -5 * 60),
    ("EST", -5 * 60),
    ("EDT", -4 * 60),
    ("MST", -7 * 60),
    ("MDT", -6 * 60),
    ("PST", -8 * 60),
    ("PDT", -7 * 60),
    ("BST", 60),
    ("CET", 60),
    ("CEST", 2 * 60),
    ("HKT", 8 * 60),
    ("SGT", 8 * 60),
];

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// `text`'s date in RFC 3339 form: `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SS±HH:MM`
/// (`Z` for UTC) when a time and its offset are given. `None` when no whole,
/// valid date (day, month, year) can be read, or when it is ambiguous
/// (`03/04/2026`).
pub fn normalize_date(text: &str) -> Option<String> {
    let tokens = tokenize(text);
    let mut parts = Parts::default();
    let mut k = 0;
    while let Some(token) = tokens.get(k) {
        k += parts.take(&tokens, k, token)?;
    }
    parts.finish()
}

#[derive(Debug, Clone, PartialEq)]
enum Token {
    /// Digits, with their value and how many there were.
    Number(u32, usize),
    /// Letters (Latin or Korean).
    Word(String),
    /// Any other char but whitespace.
    Sign(char),
}

fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_ascii_digit() {
            let mut digits = String::from(c);
            while let Some(d) = chars.next_if(char::is_ascii_digit) {
                digits.push(d);
            }
            let value = digits.parse().unwrap_or(u32::MAX);
            out.push(Token::Number(value, digits.len()));
        } else if c.is_alphabetic() {
            let mut word = String::from(c);
            while let Some(d) = chars.next_if(|d| d.is_alphabetic()) {
                word.push(d);
            }
            out.push(Token::Word(word));
        } else if !c.is_whitespace() {
            out.push(Token::Sign(c));
        }
    }
    out
}

/// What has been read so far.
#[derive(Debug, Default)]
struct Parts {
    year: Option<u32>,
    month: Option<u32>,
    day: Option<u32>,
    /// Hours, minutes, seconds.
    time: Option<(u32, u32, u32)>,
    /// Offset from UTC in minutes.
    offset: Option<i32>,
    /// Numbers not yet placed (a day or a month without a month name).
    loose: Vec<(u32, usize)>,
    /// True when the year came before any loose number (2026/03/14).
    year_first: bool,
}

impl Parts {
    /// Reads the token at `k`; returns how many tokens it used, `None` when the
    /// text cannot be a date (a value out of range, two years…).
    fn take(&mut self, tokens: &[Token], k: usize, token: &Token) -> Option<usize> {
        let next = |n: usize| tokens.get(k + n);
        match token {
            Token::Number(value, digits) => {
                // A time: H:MM[:SS[.fraction]].
                if next(1) == Some(&Token::Sign(':'))
                    && let Some(Token::Number(minutes, 2)) = next(2)
                    && self.time.is_none()
                {
                    let mut used = 3;
                    let mut seconds = 0;
                    if next(3) == Some(&Token::Sign(':'))
                        && let Some(Token::Number(s, 2)) = next(4)
                    {
                        seconds = *s;
                        used = 5;
                        if matches!(next(5), Some(Token::Sign('.' | ',')))
                            && matches!(next(6), Some(Token::Number(..)))
                        {
                            used = 7;
                        }
                    }
                    let mut hours = *value;
                    if let Some(Token::Word(w)) = next(used) {
                        match w.to_ascii_lowercase().as_str() {
                            "am" | "a" if hours <= 12 => {
                                hours %= 12;
                                used += 1;
                            }
                            "pm" | "p" if hours <= 12 => {
                                hours = hours % 12 + 12;
                                used += 1;
                            }
                            _ => {}
                        }
                        if matches!(next(used), Some(Token::Sign('.'))) {
                            used += 1;
                        }
                    }
                    if *digits > 2 || hours > 23 || *minutes > 59 || seconds > 60 {
                        return None;
                    }
                    self.time = Some((hours, *minutes, seconds.min(59)));
                    return Some(used);
                }
                // Korean units: 2026년 3월 14일.
                if let Some(Token::Word(w)) = next(1) {
                    let slot = match w.as_str() {
                        "년" => Some(&mut self.year),
                        "월" => Some(&mut self.month),
                        "일" => Some(&mut self.day),
                        _ => None,
                    };
                    if let Some(slot) = slot {
                        set_once(slot, *value)?;
                        return Some(2);
                    }
                }
                if *digits == 4 && self.year.is_none() {
                    self.year = Some(*value);
                    self.year_first = self.loose.is_empty();
                } else if *digits <= 2 {
                    self.loose.push((*value, *digits));
                } else if *digits > 4 {
                    return None;
                }
                // Ordinals: 14th, 1st.
                if let Some(Token::Word(w)) = next(1)
                    && matches!(w.as_str(), "st" | "nd" | "rd" | "th")
                {
                    return Some(2);
                }
                Some(1)
            }
            Token::Sign(sign @ ('+' | '-' | '−'))
                if self.time.is_some() && self.offset.is_none() =>
            {
                let minus = *sign != '+';
                let minutes = match (next(1), next(2), next(3)) {
                    (
                        Some(Token::Number(hh, 2)),
                        Some(Token::Sign(':')),
                        Some(Token::Number(mm, 2)),
                    ) => Some((hh * 60 + mm, 4)),
                    (Some(Token::Number(hhmm, 4)), ..) => Some((hhmm / 100 * 60 + hhmm % 100, 2)),
                    (Some(Token::Number(hh, 2)), ..) => Some((hh * 60, 2)),
                    _ => None,
                };
                match minutes {
                    Some((m, used)) if m < 24 * 60 => {
                        let m = i32::try_from(m).ok()?;
                        self.offset = Some(if minus { -m } else { m });
                        Some(used)
                    }
                    _ => Some(1),
                }
            }
            Token::Sign(_) => Some(1),
            Token::Word(w) => {
                let lower = w.to_lowercase();
                // 2026-03-14T09:30: the T glued between date and time.
                if lower == "t" {
                    return Some(1);
                }
                if let Some(month) = month_of(&lower) {
                    set_once(&mut self.month, month)?;
                    return Some(1);
                }
                if self.time.is_some()
                    && let Some((_, offset)) = ZONES.iter().find(|(z, _)| z.eq_ignore_ascii_case(w))
                {
                    // "GMT+9" and "UTC+09:00" name the offset after the zone.
                    if self.offset.is_none() {
                        self.offset = Some(*offset);
                    }
                    return Some(1);
                }
                // Weekdays, "Published", "Updated", "on", "at": not part of the date.
                Some(1)
            }
        }
    }

    fn finish(mut self) -> Option<String> {
        let mut loose = std::mem::take(&mut self.loose).into_iter();
        match (self.month, self.day) {
            (Some(_), None) => self.day = loose.next().map(|(v, _)| v),
            (None, None) => {
                let (a, b) = (loose.next()?.0, loose.next()?.0);
                // Year first (2026/03/14, 2026. 3. 14.): month then day. Otherwise
                // only an order that cannot be read the other way round.
                let year_first = self.year.is_some() && self.year_first;
                let (month, day) = if year_first || (a <= 12 && b > 12) {
                    (a, b)
                } else if a > 12 && b <= 12 {
                    (b, a)
                } else {
                    return None;
                };
                self.month = Some(month);
                self.day = Some(day);
            }
            (None, Some(_)) => self.month = loose.next().map(|(v, _)| v),
            (Some(_), Some(_)) => {}
        }
        if loose.next().is_some() {
            return None;
        }
        let (year, month, day) = (self.year?, self.month?, self.day?);
        if !(1..=9999).contains(&year) || !(1..=12).contains(&month) {
            return None;
        }
        if day == 0 || day > days_in_month(year, month) {
            return None;
        }
        let date = format!("{year:04}-{month:02}-{day:02}");
        match (self.time, self.offset) {
            (Some((h, m, s)), Some(offset)) => {
                let zone = if offset == 0 {
                    "Z".to_string()
                } else {
                    let sign = if offset < 0 { '-' } else { '+' };
                    let abs = offset.unsigned_abs();
                    format!("{sign}{:02}:{:02}", abs / 60, abs % 60)
                };
                Some(format!("{date}T{h:02}:{m:02}:{s:02}{zone}"))
            }
            _ => Some(date),
        }
    }
}

fn set_once(slot: &mut Option<u32>, value: u32) -> Option<()> {
    if slot.is_some() {
        return None;
    }
    *slot = Some(value);
    Some(())
}

/// The month number of a month name or its abbreviation (`mar`, `sept`).
fn month_of(word: &str) -> Option<u32> {
    if word.len() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| m.starts_with(word))
        .and_then(|i| u32::try_from(i + 1).ok())
        .or((word == "sept").then_some(9))
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::normalize_date;

    #[test]
    fn the_forms_news_pages_use_are_read() {
        let cases = [
            (
                "2026-03-14T09:30:00+09:00",
                Some("2026-03-14T09:30:00+09:00"),
            ),
            ("2026-03-14T00:30:00Z", Some("2026-03-14T00:30:00Z")),
            (
                "2026-03-14T09:30:00.250+0900",
                Some("2026-03-14T09:30:00+09:00"),
            ),
            ("2026-03-14 09:30-05:00", Some("2026-03-14T09:30:00-05:00")),
            ("2026-03-14T09:30:00", Some("2026-03-14")),
            ("2026-03-14", Some("2026-03-14")),
            ("March 14, 2026", Some("2026-03-14")),
            ("Mar. 14th, 2026", Some("2026-03-14")),
            ("14 Mar 2026 09:30 KST", Some("2026-03-14T09:30:00+09:00")),
            (
                "Sat, 14 Mar 2026 09:30:00 +0900",
                Some("2026-03-14T09:30:00+09:00"),
            ),
            (
                "Saturday, March 14, 2026 9:30 p.m. EST",
                Some("2026-03-14T21:30:00-05:00"),
            ),
            (
                "Updated 14 September 2026, 12:05 GMT",
                Some("2026-09-14T12:05:00Z"),
            ),
            ("2026년 3월 14일 09:30", Some("2026-03-14")),
            ("2026. 3. 14.", Some("2026-03-14")),
            ("2026/03/14", Some("2026-03-14")),
            ("14/03/2026", Some("2026-03-14")),
            ("2024-02-29", Some("2024-02-29")),
        ];
        for (text, want) in cases {
            assert_eq!(normalize_date(text).as_deref(), want, "{text}");
        }
    }

    #[test]
    fn impossible_ambiguous_and_partial_dates_are_not_guessed() {
        for text in [
            "03/04/2026",
            "2026-02-30",
            "2025-02-29",
            "March 2026",
            "the day after the parade",
            "",
            "2026-13-01",
            "14 Mar 2026 25:30 KST",
            "99999-01-01",
            "조선 👋🏽",
        ] {
            assert_eq!(normalize_date(text), None, "{text}");
        }
    }
}
