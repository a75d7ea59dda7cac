//! The app's one formatter (`web::Intl`) against the real Intl of headless
//! Chromium. Run by scripts/test.sh through wasm-bindgen-test-runner.
//!
//! Italian and Turkish are asked for by their bare tags (the test browser
//! prefers neither), so the expected texts do not depend on the machine's
//! locale; the date-only checks do not depend on its time zone either.
#![cfg(target_arch = "wasm32")]

use chrono::{NaiveDate, NaiveTime, TimeZone, Utc, Weekday};
use servicebook::app::web::Intl;
use servicebook::i18n::Lang;
use servicebook::kernel::format::{Currency, Format};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[wasm_bindgen_test]
fn dates_have_one_long_style_and_a_date_only_value_keeps_its_day() {
    let it = Intl(Lang::It);
    assert_eq!(it.date(day(2026, 12, 6)), "6 dicembre 2026");
    assert_eq!(Intl(Lang::Tr).date(day(2026, 8, 30)), "30 Ağustos 2026");
    // The first and the last day of the range a file may hold.
    assert_eq!(it.date(day(1900, 1, 1)), "1 gennaio 1900");
    assert_eq!(it.date(day(9999, 12, 31)), "31 dicembre 9999");
    // The local day of an instant is in the same style as a date-only value.
    let noon = Utc.with_ymd_and_hms(2026, 12, 6, 12, 0, 0).unwrap();
    let local = it.day_of(noon);
    assert!(local.ends_with(" dicembre 2026"), "{local}");
    assert!(it.stamp(noon).starts_with(&local), "{}", it.stamp(noon));
}

#[wasm_bindgen_test]
fn times_weekdays_and_months_come_from_intl() {
    let it = Intl(Lang::It);
    assert_eq!(it.time(NaiveTime::from_hms_opt(9, 0, 0).unwrap()), "09:00");
    assert_eq!(it.weekday(Weekday::Mon), "lunedì");
    assert_eq!(it.weekday(Weekday::Sun), "domenica");
    assert_eq!(Intl(Lang::Tr).weekday(Weekday::Sat), "Cumartesi");
    // Months are written out, as in the long dates beside them.
    assert_eq!(it.month(day(2026, 10, 1)), "ottobre 2026");
    assert_eq!(Intl(Lang::Tr).month(day(2026, 12, 1)), "Aralık 2026");
}

#[wasm_bindgen_test]
fn numbers_shares_and_money_follow_the_language() {
    let it = Intl(Lang::It);
    let tr = Intl(Lang::Tr);
    assert_eq!(it.number(1234.5, 1), "1234,5");
    assert_eq!(it.number(1_000_000.0, 0), "1.000.000");
    assert_eq!(it.number(2.0, 1), "2");
    assert_eq!(it.fixed(2.0, 1), "2,0");
    assert_eq!(it.fixed(-0.04, 1), "0,0", "no minus on a zero");
    assert_eq!(it.number(-0.04, 1), "0");
    assert_eq!(it.number(-12.25, 2), "-12,25");
    assert_eq!(it.money(12.5, None), "12,50");
    assert_eq!(it.count(12_345), "12.345");
    // A share is 0 to 1.
    assert_eq!(it.percent(0.025, 1), "2,5%");
    assert_eq!(tr.percent(0.025, 1), "%2,5");
    assert_eq!(it.percent(1.0, 0), "100%");
    assert_eq!(it.percent(0.0004, 1), "< 0,1%");
    assert_eq!(it.percent(-0.0001, 1), "0%");
}

#[wasm_bindgen_test]
fn money_carries_the_business_currency_as_each_language_writes_it() {
    let eur = Currency::parse("EUR");
    // Intl separates the symbol with a no-break space where it does.
    let nb = |s: &str| s.replace('\u{a0}', " ");
    assert_eq!(nb(&Intl(Lang::It).money(75.0, eur)), "75,00 €");
    assert_eq!(nb(&Intl(Lang::En).money(75.0, eur)), "€75.00");
    assert_eq!(
        nb(&Intl(Lang::Tr).money(75.0, Currency::parse("TRY"))),
        "₺75,00"
    );
    assert_eq!(
        nb(&Intl(Lang::It).money(1234.5, Currency::parse("USD"))),
        "1234,50 USD"
    );
    // A well-formed code no country uses is still written, by its code.
    assert!(Intl(Lang::En)
        .money(5.0, Currency::parse("QQQ"))
        .contains("QQQ"));
    // No currency: two decimals, as before.
    assert_eq!(Intl(Lang::It).money(75.0, None), "75,00");
}
