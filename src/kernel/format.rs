//! How dates, times, numbers, shares and money are written for the reader:
//! one interface, so every screen, the printed policy document and its
//! Markdown export say them the same way.
//!
//! The browser's implementation is `web::Intl` (the `Intl` formatters of
//! the chosen language, in the browser's regional variant); native tests
//! use [`Plain`]. Nothing outside this interface turns a date or a number
//! into text for the reader (files, CSV and form fields keep their own
//! machine formats: ISO dates, plain decimals).

use chrono::{DateTime, NaiveDate, NaiveTime, Utc, Weekday};

/// Writes values for the reader in one language. Dates have one style
/// everywhere (the long one: "6 December 2026" in British English,
/// "December 6, 2026" in American, "6 dicembre 2026", "6 Aralık 2026").
pub trait Format {
    /// A calendar date that has no time of day (a review, a training, a
    /// promised date): the same day wherever the reader is, never shifted
    /// by a time zone.
    fn date(&self, d: NaiveDate) -> String;

    /// The reader's local calendar day of an instant (when a self-test was
    /// taken, when a record was trashed), in the style of [`Format::date`].
    fn day_of(&self, at: DateTime<Utc>) -> String;

    /// An instant as the reader's local date and time (when a complaint
    /// came, when the workbook was saved).
    fn stamp(&self, at: DateTime<Utc>) -> String;

    /// A time of day on the clock, with no zone (opening hours): "09:00",
    /// "9:00 AM".
    fn time(&self, t: NaiveTime) -> String;

    /// A day of the week: "Monday", "lunedì", "Pazartesi".
    fn weekday(&self, d: Weekday) -> String;

    /// The month that `d` falls in, with its year, its name written out as
    /// in [`Format::date`]: "October 2026", "ottobre 2026", "Ekim 2026".
    fn month(&self, d: NaiveDate) -> String;

    /// A number with at most `decimals` decimals (trailing zeros dropped)
    /// and the language's separators: "1,234.5", "1.234,5".
    fn number(&self, v: f64, decimals: u32) -> String;

    /// A number with exactly `decimals` decimals, for columns of figures:
    /// "4.0" beside "3.7".
    fn fixed(&self, v: f64, decimals: u32) -> String;

    /// A **share**, 0.0 for none to 1.0 for all (never 0 to 100), as a
    /// percentage with at most `decimals` decimals: 0.025 is "2.5%" ("%2,5"
    /// in Turkish). A share above zero too small to show reads "< 0.1%"
    /// (with one decimal), not "0%".
    fn percent(&self, share: f64, decimals: u32) -> String;

    /// An amount of money in the business's currency, if it named one
    /// ("75,00 €", "₺75,00", "€75.00"); without one, two decimals and no
    /// symbol ("75.00"). The default writes the code after the number.
    fn money(&self, v: f64, currency: Option<Currency>) -> String {
        match currency {
            Some(c) => format!("{} {}", self.fixed(v, 2), c.code()),
            None => self.fixed(v, 2),
        }
    }

    /// A count of things: a whole number with the language's grouping.
    fn count(&self, n: u64) -> String {
        self.number(n as f64, 0)
    }
}

/// How a list of instants is named for the reader (the takings of the
/// self-test): by their day, with the time added to those that share a
/// day with another, and a number in brackets to those that share the
/// minute too, so no two read the same.
pub fn when_labels(instants: &[DateTime<Utc>], f: &dyn Format) -> Vec<String> {
    let days: Vec<String> = instants.iter().map(|at| f.day_of(*at)).collect();
    let timed: Vec<String> = instants
        .iter()
        .zip(&days)
        .map(|(at, day)| {
            if days.iter().filter(|d| *d == day).count() > 1 {
                f.stamp(*at)
            } else {
                day.clone()
            }
        })
        .collect();
    timed
        .iter()
        .enumerate()
        .map(|(i, label)| {
            if timed.iter().filter(|l| *l == label).count() > 1 {
                let n = timed[..i].iter().filter(|l| *l == label).count() + 1;
                format!("{label} ({})", f.count(n as u64))
            } else {
                label.clone()
            }
        })
        .collect()
}

/// A currency as ISO 4217 names it: three ASCII capital letters ("EUR").
/// Anything else (a file's hostile or mistyped value) is no currency, so a
/// formatter never meets a code it would refuse.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Currency([u8; 3]);

impl Currency {
    /// The codes the settings offer first: the languages' own, then common
    /// ones. A file may hold any other well-formed code.
    pub const COMMON: [&'static str; 16] = [
        "EUR", "TRY", "USD", "GBP", "CHF", "CAD", "AUD", "JPY", "CNY", "SEK", "NOK", "DKK", "PLN",
        "CZK", "HUF", "RON",
    ];

    /// The currency `code` names, if it is three ASCII capital letters
    /// (surrounding spaces ignored).
    pub fn parse(code: &str) -> Option<Currency> {
        match code.trim().as_bytes() {
            &[a, b, c] if [a, b, c].iter().all(u8::is_ascii_uppercase) => Some(Currency([a, b, c])),
            _ => None,
        }
    }

    pub fn code(&self) -> &str {
        // Three ASCII capitals, checked by `parse`.
        std::str::from_utf8(&self.0).unwrap_or("XXX")
    }
}

/// A share below this shows as "< the smallest step" rather than zero.
pub fn tiny_share(share: f64, decimals: u32) -> Option<f64> {
    let step = 10f64.powi(-(decimals as i32) - 2);
    (share > 0.0 && share < step / 2.0).then_some(step)
}

/// A deterministic [`Format`] for native tests: ISO dates, 24-hour times,
/// English weekdays, "." as the decimal point and no grouping. It does not
/// try to look like any language; tests that care about a language's look
/// are end-to-end tests in the browser, where `web::Intl` writes.
#[cfg(test)]
pub struct Plain;

#[cfg(test)]
impl Format for Plain {
    fn date(&self, d: NaiveDate) -> String {
        d.format("%Y-%m-%d").to_string()
    }

    fn day_of(&self, at: DateTime<Utc>) -> String {
        self.date(at.date_naive())
    }

    fn stamp(&self, at: DateTime<Utc>) -> String {
        at.format("%Y-%m-%d %H:%M").to_string()
    }

    fn time(&self, t: NaiveTime) -> String {
        t.format("%H:%M").to_string()
    }

    fn weekday(&self, d: Weekday) -> String {
        format!("{d:?}")
    }

    fn month(&self, d: NaiveDate) -> String {
        d.format("%Y-%m").to_string()
    }

    fn number(&self, v: f64, decimals: u32) -> String {
        let text = self.fixed(v, decimals);
        if text.contains('.') {
            text.trim_end_matches('0').trim_end_matches('.').to_string()
        } else {
            text
        }
    }

    fn fixed(&self, v: f64, decimals: u32) -> String {
        let text = format!("{:.*}", decimals as usize, v);
        // No "-0" or "-0.0".
        match text.strip_prefix('-') {
            Some(rest) if rest.chars().all(|c| c == '0' || c == '.') => rest.to_string(),
            _ => text,
        }
    }

    fn percent(&self, share: f64, decimals: u32) -> String {
        if let Some(step) = tiny_share(share, decimals) {
            return format!("< {}", self.percent(step, decimals));
        }
        format!("{}%", self.number(share * 100.0, decimals))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Regression (issue 17): two self-tests on one day read the same date
    /// twice in the history, with no time.
    #[test]
    fn instants_sharing_a_day_get_their_time() {
        use chrono::TimeZone;
        let at = |d: u32, h: u32| Utc.with_ymd_and_hms(2026, 12, d, h, 5, 0).unwrap();
        assert_eq!(
            when_labels(&[at(1, 9), at(2, 9), at(2, 15), at(3, 8)], &Plain),
            vec![
                "2026-12-01",
                "2026-12-02 09:05",
                "2026-12-02 15:05",
                "2026-12-03"
            ]
        );
        assert!(when_labels(&[], &Plain).is_empty());
        // Two in one minute are numbered.
        let twice = Utc.with_ymd_and_hms(2026, 12, 2, 9, 5, 30).unwrap();
        assert_eq!(
            when_labels(&[at(2, 9), twice, at(3, 8)], &Plain),
            vec!["2026-12-02 09:05 (1)", "2026-12-02 09:05 (2)", "2026-12-03"]
        );
    }

    #[test]
    fn a_currency_is_three_ascii_capitals_and_nothing_else() {
        assert_eq!(
            Currency::parse("EUR").map(|c| c.code().to_string()),
            Some("EUR".into())
        );
        assert_eq!(
            Currency::parse(" TRY ").map(|c| c.code().to_string()),
            Some("TRY".into())
        );
        for bad in [
            "",
            "eur",
            "EU",
            "EURO",
            "€",
            "E\u{202e}R",
            "<script>",
            "ÉUR",
            "E1R",
            "E R",
            "EUR\0",
        ] {
            assert_eq!(Currency::parse(bad), None, "{bad:?}");
        }
        for code in Currency::COMMON {
            assert!(Currency::parse(code).is_some(), "{code}");
        }
    }

    #[test]
    fn the_plain_format_is_deterministic() {
        let f = Plain;
        assert_eq!(f.number(1234.5, 1), "1234.5");
        assert_eq!(f.number(2.0, 1), "2");
        assert_eq!(f.number(-0.04, 1), "0");
        assert_eq!(f.fixed(2.0, 1), "2.0");
        assert_eq!(f.fixed(-0.04, 1), "0.0");
        assert_eq!(f.money(12.5, None), "12.50");
        assert_eq!(f.money(12.5, Currency::parse("EUR")), "12.50 EUR");
        assert_eq!(f.percent(0.025, 1), "2.5%");
        assert_eq!(f.percent(0.0004, 1), "< 0.1%");
        assert_eq!(f.percent(0.004, 0), "< 1%");
        assert_eq!(f.percent(0.0, 1), "0%");
        assert_eq!(
            f.date(NaiveDate::from_ymd_opt(2026, 12, 6).unwrap()),
            "2026-12-06"
        );
        assert_eq!(f.weekday(Weekday::Sat), "Sat");
    }

    #[test]
    fn tiny_shares_are_below_the_smallest_step() {
        assert_eq!(tiny_share(0.0004, 1), Some(0.001));
        assert_eq!(tiny_share(0.0005, 1), None);
        assert_eq!(tiny_share(0.0, 1), None);
        assert_eq!(tiny_share(0.004, 0), Some(0.01));
    }
}
