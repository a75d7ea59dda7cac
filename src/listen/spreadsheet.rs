//! The complaint log in and out of a spreadsheet (CSV).
//!
//! Out: one row per complaint, separated by a comma or, where the
//! language writes decimals with a comma (Italian, Turkish), by a
//! semicolon, as that language's Excel expects; dates and times in the one
//! style every spreadsheet reads as a date (`2026-03-02`, `2026-03-02
//! 09:30`, local time, each at its own date's offset from UTC, so a
//! summer date in a winter export is not an hour off); amounts as plain decimals whose decimal mark goes
//! with the separator; every cell through `complaints::csv_cell`, so a
//! phone number written `+39 …` is never run as a formula.
//!
//! In: the bytes of a file (UTF-8, with or without a byte order mark,
//! UTF-16 with one, or Windows-1252 / Latin-1 as Excel often saves), read
//! as RFC 4180 with the separator found on the heading line; each column
//! mapped to a complaint's field by its heading (English, Italian,
//! Turkish, our own export's headings); every row checked and its problems
//! named; the rows that can go in merged into the log under ids taken from
//! their content, so the same file imported twice adds nothing the second
//! time, and Undo takes out exactly what went in. Everything is bounded
//! (file size, rows, columns, cell length): no input can panic.
//!
//! The reader is written here rather than taken from the `csv` crate: the
//! crate reads bytes as UTF-8 only, has no separator detection and no
//! bounds of its own, so it would have saved little code and added its
//! size to the wasm.

use crate::i18n::{Lang, K};
use crate::kernel::bounds;
use crate::kernel::record::{Collection, Record};
use crate::kernel::text::name_key;
use crate::listen::complaints::{csv, csv_cell_unguard, Answer, Channel, Complaint, Status};
use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, NaiveTime, Timelike, Utc};
use std::collections::HashSet;
use uuid::Uuid;

/// The largest file read (bytes).
pub const MAX_BYTES: usize = 5 * 1024 * 1024;
/// Rows read after the heading; the rest are left out and the user told.
pub const MAX_ROWS: usize = 5000;
/// Columns read; the rest are left out and the user told.
pub const MAX_COLUMNS: usize = 64;
/// Characters a cell keeps while reading.
pub const MAX_CELL: usize = 20_000;
/// Characters a text field takes; a longer text is cut there.
pub const MAX_TEXT: usize = 10_000;

// ---- the separator ----------------------------------------------------

/// What separates the cells of a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sep {
    Comma,
    Semicolon,
    Tab,
}

impl Sep {
    /// The choices offered for an export.
    pub const EXPORT: [Sep; 2] = [Sep::Semicolon, Sep::Comma];

    pub fn char(self) -> char {
        match self {
            Sep::Comma => ',',
            Sep::Semicolon => ';',
            Sep::Tab => '\t',
        }
    }

    /// Its word in the device's settings and the page.
    pub fn code(self) -> &'static str {
        match self {
            Sep::Comma => "comma",
            Sep::Semicolon => "semicolon",
            Sep::Tab => "tab",
        }
    }

    pub fn from_code(code: &str) -> Option<Sep> {
        [Sep::Comma, Sep::Semicolon, Sep::Tab]
            .into_iter()
            .find(|s| s.code() == code)
    }

    /// The separator a spreadsheet in `lang` expects: a semicolon where
    /// decimals are written with a comma.
    pub fn for_lang(lang: Lang) -> Sep {
        if lang.decimal_comma() {
            Sep::Semicolon
        } else {
            Sep::Comma
        }
    }

    /// The decimal mark that goes with it: a comma beside a semicolon.
    pub fn decimal(self) -> char {
        match self {
            Sep::Semicolon => ',',
            _ => '.',
        }
    }

    pub fn label(self) -> K {
        match self {
            Sep::Comma => K::CsvSepComma,
            Sep::Semicolon => K::CsvSepSemicolon,
            Sep::Tab => K::CsvSepTab,
        }
    }
}

// ---- the fields -------------------------------------------------------

/// A complaint's field, as a column of the spreadsheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Received,
    Name,
    Address,
    Phone,
    Email,
    TakenBy,
    Channel,
    Category,
    Nature,
    Status,
    Solution,
    OnTheSpot,
    PromisedFor,
    StepsNow,
    Resolved,
    FollowUp,
    Compensation,
    Amount,
    Prevention,
    Satisfied,
    BoughtAgain,
}

impl Field {
    /// The export's columns, in order.
    pub const ALL: [Field; 21] = [
        Field::Received,
        Field::Name,
        Field::Address,
        Field::Phone,
        Field::Email,
        Field::TakenBy,
        Field::Channel,
        Field::Category,
        Field::Nature,
        Field::Status,
        Field::Solution,
        Field::OnTheSpot,
        Field::PromisedFor,
        Field::StepsNow,
        Field::Resolved,
        Field::FollowUp,
        Field::Compensation,
        Field::Amount,
        Field::Prevention,
        Field::Satisfied,
        Field::BoughtAgain,
    ];

    /// Its heading in the export, and its name in the mapping step.
    pub fn label(self) -> K {
        match self {
            Field::Received => K::Received,
            Field::Name => K::CustomerName,
            Field::Address => K::Address,
            Field::Phone => K::Phone,
            Field::Email => K::Email,
            Field::TakenBy => K::TakenBy,
            Field::Channel => K::Channel,
            Field::Category => K::Category,
            Field::Nature => K::Nature,
            Field::Status => K::Status,
            Field::Solution => K::Solution,
            Field::OnTheSpot => K::OnTheSpot,
            Field::PromisedFor => K::PromisedFor,
            Field::StepsNow => K::StepsNow,
            Field::Resolved => K::Resolved,
            Field::FollowUp => K::FollowUp,
            Field::Compensation => K::Compensation,
            Field::Amount => K::Amount,
            Field::Prevention => K::Prevention,
            Field::Satisfied => K::Satisfied,
            Field::BoughtAgain => K::BoughtAgain,
        }
    }

    /// Its word in the page (a select's value, a test id).
    pub fn code(self) -> &'static str {
        match self {
            Field::Received => "received",
            Field::Name => "name",
            Field::Address => "address",
            Field::Phone => "phone",
            Field::Email => "email",
            Field::TakenBy => "taken_by",
            Field::Channel => "channel",
            Field::Category => "category",
            Field::Nature => "nature",
            Field::Status => "status",
            Field::Solution => "solution",
            Field::OnTheSpot => "on_the_spot",
            Field::PromisedFor => "promised_for",
            Field::StepsNow => "steps_now",
            Field::Resolved => "resolved",
            Field::FollowUp => "follow_up",
            Field::Compensation => "compensation",
            Field::Amount => "amount",
            Field::Prevention => "prevention",
            Field::Satisfied => "satisfied",
            Field::BoughtAgain => "bought_again",
        }
    }

    pub fn from_code(code: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.code() == code)
    }

    /// A row without it cannot be imported.
    pub fn required(self) -> bool {
        matches!(self, Field::Received | Field::Nature)
    }

    /// Headings that name it, folded (`kernel::text::name_key`): common
    /// words in English, Italian and Turkish, and the export's headings in
    /// each language (a test checks those against the language files, so
    /// a file exported in Italian maps back whatever the interface's
    /// language is).
    fn headings(self) -> &'static [&'static str] {
        match self {
            Field::Received => &[
                "received",
                "date",
                "date received",
                "day",
                "when",
                "ricevuto",
                "data",
                "data ricezione",
                "giorno",
                "quando",
                "data reclamo",
                "alindi",
                "tarih",
                "gun",
                "sikayet tarihi",
                "alinma tarihi",
                "date/time",
                "data/ora",
                "datetime",
            ],
            Field::Name => &[
                "name",
                "customer",
                "customer name",
                "client",
                "nome",
                "cliente",
                "nome cliente",
                "nominativo",
                "cognome e nome",
                "nome e cognome",
                "ad",
                "musteri",
                "musteri adi",
                "ad soyad",
                "adi soyadi",
                "isim",
            ],
            Field::Address => &["address", "indirizzo", "adres"],
            Field::Phone => &[
                "phone",
                "telephone",
                "tel",
                "tel.",
                "mobile",
                "phone number",
                "telefono",
                "cellulare",
                "cell",
                "numero di telefono",
                "telefon",
                "cep",
                "gsm",
                "telefon no",
                "telefon numarasi",
            ],
            Field::Email => &[
                "e-mail",
                "email",
                "mail",
                "e-mail address",
                "email address",
                "posta",
                "indirizzo email",
                "e-posta",
                "eposta",
                "e-posta adresi",
            ],
            Field::TakenBy => &[
                "taken by (employee)",
                "taken by",
                "employee",
                "staff",
                "handled by",
                "ricevuto da (dipendente)",
                "ricevuto da",
                "operatore",
                "addetto",
                "dipendente",
                "sikayeti alan calisan",
                "alan calisan",
                "calisan",
                "personel",
                "ilgilenen",
            ],
            Field::Channel => &["channel", "canale", "kanal", "via", "mezzo"],
            Field::Category => &[
                "category",
                "type",
                "categoria",
                "tipo",
                "tipologia",
                "kategori",
                "tur",
            ],
            Field::Nature => &[
                "nature of the complaint",
                "complaint",
                "problem",
                "issue",
                "description",
                "details",
                "nature",
                "natura del reclamo",
                "reclamo",
                "problema",
                "descrizione",
                "motivo",
                "dettagli",
                "sikayetin niteligi",
                "sikayet",
                "sorun",
                "aciklama",
                "konu",
                "detay",
            ],
            Field::Status => &["status", "state", "stato", "durum"],
            Field::Solution => &[
                "agreed solution",
                "solution",
                "soluzione concordata",
                "soluzione",
                "uzerinde anlasilan cozum",
                "cozum",
            ],
            Field::OnTheSpot => &[
                "solved on the spot",
                "on the spot",
                "risolto sul posto",
                "sul posto",
                "yerinde cozuldu",
                "yerinde",
            ],
            Field::PromisedFor => &[
                "if not, promised for",
                "promised for",
                "promised",
                "altrimenti, data promessa",
                "data promessa",
                "promesso per",
                "cozulmediyse soz verilen tarih",
                "soz verilen tarih",
            ],
            Field::StepsNow => &[
                "steps under way now",
                "steps",
                "azioni gia avviate",
                "azioni",
                "azioni avviate",
                "su anda atilan adimlar",
                "adimlar",
            ],
            Field::Resolved => &[
                "resolved",
                "resolved on",
                "date resolved",
                "closed",
                "closed on",
                "data di risoluzione",
                "data risoluzione",
                "risolto il",
                "chiuso",
                "data chiusura",
                "cozum tarihi",
                "cozuldugu tarih",
                "kapanis tarihi",
            ],
            Field::FollowUp => &[
                "follow-up",
                "follow up",
                "followup",
                "ricontatto",
                "richiamo",
                "data ricontatto",
                "takip",
                "takip tarihi",
            ],
            Field::Compensation => &[
                "compensation given (kind)",
                "compensation",
                "refund",
                "voucher",
                "risarcimento concesso (tipo)",
                "risarcimento",
                "rimborso",
                "indennizzo",
                "verilen telafi (turu)",
                "telafi",
                "tazminat",
                "iade",
            ],
            Field::Amount => &[
                "amount", "value", "importo", "valore", "euro", "eur", "tutar", "miktar",
            ],
            Field::Prevention => &[
                "how to avoid this problem in future",
                "prevention",
                "how to avoid",
                "come evitare il problema in futuro",
                "prevenzione",
                "come evitarlo",
                "bu sorun gelecekte nasil onlenir",
                "onlem",
                "onleme",
            ],
            Field::Satisfied => &[
                "satisfied with the handling?",
                "satisfied",
                "satisfied?",
                "soddisfatto della gestione?",
                "soddisfatto",
                "soddisfatto?",
                "sikayetin ele alinisindan memnun mu?",
                "memnun",
                "memnun mu?",
            ],
            Field::BoughtAgain => &[
                "bought again?",
                "bought again",
                "repeat purchase",
                "ha acquistato di nuovo?",
                "riacquisto",
                "ha riacquistato",
                "yeniden satin aldi mi?",
                "yeniden satin aldi",
                "tekrar aldi",
            ],
        }
    }

    fn is_date(self) -> bool {
        matches!(
            self,
            Field::Received | Field::PromisedFor | Field::Resolved | Field::FollowUp
        )
    }
}

// ---- local time ---------------------------------------------------------

/// The reader's time zone: its offset from UTC, in minutes east, at an
/// instant (the browser's for that date, so summer and winter time each
/// get their own; a fixed offset in tests).
pub type OffsetAt<'a> = &'a dyn Fn(DateTime<Utc>) -> i32;

/// An instant as the reader's wall clock shows it.
pub fn to_local(at: DateTime<Utc>, offset_at: OffsetAt) -> NaiveDateTime {
    bounds::shift_minutes(at, i64::from(offset_at(at))).naive_utc()
}

/// A wall-clock time as the instant it names. The offset is taken at a
/// first guess (the wall time read as UTC, at most a day off), then again
/// at the instant that gives, so each date gets its own. A time in the hour
/// skipped when clocks go forward comes out that far later (02:30 becomes
/// 03:30 summer time, as a browser does); one in the hour that happens
/// twice when clocks go back comes out as one of the two, either written
/// back as the same wall time.
pub fn from_local(local: NaiveDateTime, offset_at: OffsetAt) -> DateTime<Utc> {
    let at = |offset: i32| bounds::shift_minutes(local.and_utc(), -i64::from(offset));
    let first = at(offset_at(local.and_utc()));
    at(offset_at(first))
}

// ---- out --------------------------------------------------------------

/// A time as a spreadsheet reads it, in the reader's local time:
/// `2026-03-02 09:30`.
pub fn stamp_cell(at: DateTime<Utc>, offset_at: OffsetAt) -> String {
    let local = to_local(at, offset_at);
    format!(
        "{} {:02}:{:02}",
        date_cell(local.date()),
        local.hour(),
        local.minute()
    )
}

/// A date as a spreadsheet reads it: `2026-03-02`.
pub fn date_cell(d: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

/// An amount as a plain decimal with `decimal` as its mark, no thousands
/// separator, two decimals unless it is whole: `12,50`, `12.50`, `30`.
pub fn amount_cell(v: f64, decimal: char) -> String {
    if !v.is_finite() {
        return String::new();
    }
    // Two decimals when they say it exactly ("12.50"), else every digit
    // the value needs, so the file reads back as the same amount.
    let two = format!("{v:.2}");
    let text = if v.fract() == 0.0 {
        format!("{v:.0}")
    } else if two.parse::<f64>() == Ok(v) {
        two
    } else {
        format!("{v}")
    };
    if decimal == '.' {
        text
    } else {
        text.replace('.', &decimal.to_string())
    }
}

/// An answer's name (its text key).
pub fn answer_key(a: Answer) -> K {
    match a {
        Answer::Unknown => K::AnswerUnknown,
        Answer::Yes => K::AnswerYes,
        Answer::No => K::AnswerNo,
    }
}

/// A channel's name (its text key).
pub fn channel_key(c: Channel) -> K {
    match c {
        Channel::Phone => K::ChannelPhone,
        Channel::Email => K::ChannelEmail,
        Channel::Web => K::ChannelWeb,
        Channel::Social => K::ChannelSocial,
        Channel::InPerson => K::ChannelInPerson,
    }
}

/// A status's name (its text key).
pub fn status_key(s: Status) -> K {
    match s {
        Status::Open => K::StatusOpen,
        Status::InProgress => K::StatusInProgress,
        Status::Resolved => K::StatusResolved,
        Status::FollowedUp => K::StatusFollowedUp,
    }
}

/// One complaint as the export's row, in `Field::ALL` order.
pub fn export_row(c: &Complaint, lang: Lang, sep: Sep, offset_at: OffsetAt) -> Vec<String> {
    let stamp = |d: Option<DateTime<Utc>>| d.map(|d| stamp_cell(d, offset_at)).unwrap_or_default();
    Field::ALL
        .into_iter()
        .map(|f| match f {
            Field::Received => stamp_cell(c.received, offset_at),
            Field::Name => c.customer.name.clone(),
            Field::Address => c.customer.address.clone(),
            Field::Phone => c.customer.phone.clone(),
            Field::Email => c.customer.email.clone(),
            Field::TakenBy => c.taken_by.clone(),
            Field::Channel => channel_key(c.channel).in_lang(lang).to_string(),
            Field::Category => c.category.clone(),
            Field::Nature => c.nature.clone(),
            Field::Status => status_key(c.status).in_lang(lang).to_string(),
            Field::Solution => c.solution.clone(),
            Field::OnTheSpot => if c.on_the_spot {
                K::AnswerYes
            } else {
                K::AnswerNo
            }
            .in_lang(lang)
            .to_string(),
            Field::PromisedFor => c.promised_for.map(date_cell).unwrap_or_default(),
            Field::StepsNow => c.steps_now.clone(),
            Field::Resolved => stamp(c.resolved),
            Field::FollowUp => stamp(c.follow_up),
            Field::Compensation => c.compensation.clone(),
            Field::Amount => c
                .compensation_amount
                .map(|a| amount_cell(a, sep.decimal()))
                .unwrap_or_default(),
            Field::Prevention => c.prevention.clone(),
            Field::Satisfied => answer_key(c.satisfied).in_lang(lang).to_string(),
            Field::BoughtAgain => answer_key(c.bought_again).in_lang(lang).to_string(),
        })
        .collect()
}

/// The complaints as a CSV file, headings in `lang`.
pub fn export<'a>(
    complaints: impl Iterator<Item = &'a Complaint>,
    lang: Lang,
    sep: Sep,
    offset_at: OffsetAt,
) -> String {
    let header: Vec<&str> = Field::ALL.iter().map(|f| f.label().in_lang(lang)).collect();
    csv(
        sep.char(),
        &header,
        complaints.map(|c| export_row(c, lang, sep, offset_at)),
    )
}

// ---- in: bytes to text ------------------------------------------------

/// Why a file was not read at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    TooBig,
    /// No heading and no row.
    Empty,
}

/// Windows-1252's characters for 0x80–0x9F (Latin-1 has control codes
/// there; an undefined byte reads as U+FFFD).
const CP1252: [char; 32] = [
    '€', '\u{fffd}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{fffd}', 'Ž',
    '\u{fffd}', '\u{fffd}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{fffd}',
    'ž', 'Ÿ',
];

/// The file's text: UTF-8 (a byte order mark dropped), UTF-16 with a byte
/// order mark, else Windows-1252 (which reads Latin-1 too).
pub fn decode(bytes: &[u8]) -> Result<String, Refused> {
    if bytes.len() > MAX_BYTES {
        return Err(Refused::TooBig);
    }
    let text = if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        String::from_utf8_lossy(rest).into_owned()
    } else if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        utf16(rest, u16::from_le_bytes)
    } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        utf16(rest, u16::from_be_bytes)
    } else {
        match std::str::from_utf8(bytes) {
            Ok(s) => s.to_string(),
            Err(_) => bytes
                .iter()
                .map(|&b| match b {
                    0x80..=0x9F => CP1252[usize::from(b - 0x80)],
                    _ => char::from(b),
                })
                .collect(),
        }
    };
    if text.trim().is_empty() {
        return Err(Refused::Empty);
    }
    Ok(text)
}

fn utf16(bytes: &[u8], read: fn([u8; 2]) -> u16) -> String {
    let units = bytes.chunks_exact(2).map(|p| read([p[0], p[1]]));
    char::decode_utf16(units)
        .map(|c| c.unwrap_or('\u{fffd}'))
        .collect()
}

// ---- in: text to cells ------------------------------------------------

/// A file read into cells.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Table {
    pub sep: Option<Sep>,
    pub header: Vec<String>,
    /// Each row with the line it starts on (1 is the heading).
    pub rows: Vec<(usize, Vec<String>)>,
    /// Rows past [`MAX_ROWS`] were left out.
    pub cut_rows: bool,
    /// Columns past [`MAX_COLUMNS`] or characters past [`MAX_CELL`] were left out.
    pub cut_cells: bool,
}

/// The separator of the heading line: the most frequent of tab,
/// semicolon and comma outside quotes (a tie goes in that order).
pub fn detect_sep(text: &str) -> Option<Sep> {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\r' | '\n' if !quoted => break,
            '\t' if !quoted => counts[0] += 1,
            ';' if !quoted => counts[1] += 1,
            ',' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let best = counts.iter().copied().max().unwrap_or(0);
    if best == 0 {
        return None;
    }
    [Sep::Tab, Sep::Semicolon, Sep::Comma]
        .into_iter()
        .zip(counts)
        .find(|(_, n)| *n == best)
        .map(|(s, _)| s)
}

/// Reads CSV text (RFC 4180, leniently: a quote inside an unquoted cell is
/// kept, text after a closing quote is kept, CR, LF and CRLF all end a
/// row, rows may have any number of cells). Blank rows are skipped.
pub fn read(text: &str) -> Table {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let sep = detect_sep(text);
    let sep_char = sep.map(Sep::char);
    let mut table = Table {
        sep,
        ..Table::default()
    };
    let mut row: Vec<String> = Vec::new();
    let mut cell = String::new();
    let mut cell_len = 0usize;
    let mut quoted = false;
    let mut at_start = true;
    let mut line = 1usize;
    let mut row_line = 1usize;
    let mut chars = text.chars().peekable();
    let mut done = false;
    // Ends the current cell.
    fn end_cell(row: &mut Vec<String>, cell: &mut String, cut: &mut bool) {
        if row.len() < MAX_COLUMNS {
            row.push(std::mem::take(cell));
        } else {
            cell.clear();
            *cut = true;
        }
    }
    let end_row = |row: &mut Vec<String>, table: &mut Table, row_line: usize| -> bool {
        let r = std::mem::take(row);
        if r.iter().all(|c| c.trim().is_empty()) {
            return false;
        }
        if table.header.is_empty() && table.rows.is_empty() {
            table.header = r.into_iter().map(|h| h.trim().to_string()).collect();
            return false;
        }
        if table.rows.len() >= MAX_ROWS {
            table.cut_rows = true;
            return true;
        }
        table.rows.push((row_line, r));
        false
    };
    while let Some(c) = chars.next() {
        if quoted {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    chars.next();
                    push_bounded(&mut cell, &mut cell_len, '"', &mut table.cut_cells);
                } else {
                    quoted = false;
                }
            } else {
                if c == '\n' || (c == '\r' && chars.peek() != Some(&'\n')) {
                    line = line.saturating_add(1);
                }
                push_bounded(&mut cell, &mut cell_len, c, &mut table.cut_cells);
            }
            continue;
        }
        if Some(c) == sep_char {
            end_cell(&mut row, &mut cell, &mut table.cut_cells);
            cell_len = 0;
            at_start = true;
            continue;
        }
        match c {
            '"' if at_start => {
                quoted = true;
                at_start = false;
            }
            '\r' | '\n' => {
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                end_cell(&mut row, &mut cell, &mut table.cut_cells);
                cell_len = 0;
                at_start = true;
                if end_row(&mut row, &mut table, row_line) {
                    done = true;
                    break;
                }
                line = line.saturating_add(1);
                row_line = line;
            }
            _ => {
                at_start = false;
                push_bounded(&mut cell, &mut cell_len, c, &mut table.cut_cells);
            }
        }
    }
    if !done && (!cell.is_empty() || !row.is_empty()) {
        end_cell(&mut row, &mut cell, &mut table.cut_cells);
        end_row(&mut row, &mut table, row_line);
    }
    table
}

fn push_bounded(cell: &mut String, len: &mut usize, c: char, cut: &mut bool) {
    if *len < MAX_CELL {
        cell.push(c);
        *len += 1;
    } else {
        *cut = true;
    }
}

// ---- in: the mapping --------------------------------------------------

/// A heading folded for comparing: `kernel::text::name_key`, with the
/// typographic apostrophe and dashes made plain.
fn heading_key(s: &str) -> String {
    name_key(
        &s.replace(['’', '‘', '–', '—', '_'], " ")
            .replace(['\u{a0}'], " "),
    )
    .trim_matches(|c: char| c == ':' || c == '*' || c == '.')
    .trim()
    .to_string()
}

/// The field a heading names, if any: its exact words first (the
/// headings above, or the field's label in `lang`), then a heading that
/// mentions a date with a date field's word, then any heading word that
/// is one of a field's one-word headings.
pub fn guess_one(heading: &str, lang: Lang) -> Option<Field> {
    let key = heading_key(heading);
    if key.is_empty() {
        return None;
    }
    let exact = Field::ALL.into_iter().find(|f| {
        f.headings().iter().any(|h| heading_key(h) == key)
            || heading_key(f.label().in_lang(lang)) == key
    });
    if exact.is_some() {
        return exact;
    }
    let words: Vec<&str> = key
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let has = |list: &[&str]| words.iter().any(|w| list.contains(w));
    if has(&[
        "date", "data", "tarih", "giorno", "day", "gun", "when", "quando",
    ]) {
        return Some(
            if has(&[
                "resolved",
                "risoluzione",
                "chiusura",
                "closed",
                "cozum",
                "kapanis",
            ]) {
                Field::Resolved
            } else if has(&["follow", "ricontatto", "richiamo", "takip"]) {
                Field::FollowUp
            } else if has(&["promised", "promessa", "soz"]) {
                Field::PromisedFor
            } else {
                Field::Received
            },
        );
    }
    Field::ALL.into_iter().find(|f| {
        f.headings()
            .iter()
            .filter(|h| !h.contains(' '))
            .any(|h| words.contains(&heading_key(h).as_str()))
    })
}

/// Each column's field, guessed from the headings; a field goes to the
/// first column that names it, later ones are ignored.
pub fn guess(header: &[String], lang: Lang) -> Vec<Option<Field>> {
    let mut taken = HashSet::new();
    header
        .iter()
        .map(|h| guess_one(h, lang).filter(|f| taken.insert(*f)))
        .collect()
}

// ---- in: dates and values ---------------------------------------------

/// How a date such as 03/04/2026 is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DayOrder {
    /// 3 April (Italian, Turkish, British).
    #[default]
    DayFirst,
    /// 4 March (American).
    MonthFirst,
}

/// A date's numbers, split: (first, second, third, time text).
fn date_parts(s: &str) -> Option<(&str, &str, &str, &str)> {
    let s = s.trim();
    let (date, time) = match s.find([' ', 'T']) {
        Some(i) => (&s[..i], s[i + 1..].trim()),
        None => (s, ""),
    };
    let mut it = date.split(['/', '.', '-']);
    let (a, b, c) = (it.next()?, it.next()?, it.next()?);
    if it.next().is_some() {
        return None;
    }
    let digits = |x: &str| !x.is_empty() && x.len() <= 4 && x.bytes().all(|b| b.is_ascii_digit());
    (digits(a) && digits(b) && digits(c)).then_some((a, b, c, time))
}

/// The order the file's day-first-or-not dates are in, and whether any of
/// them could be read both ways.
pub fn day_order<'a>(values: impl Iterator<Item = &'a str>) -> (DayOrder, bool) {
    let (mut day_first, mut month_first, mut ambiguous) = (false, false, false);
    for v in values {
        let Some((a, b, _, _)) = date_parts(v) else {
            continue;
        };
        if a.len() == 4 {
            continue;
        }
        let (Ok(a), Ok(b)) = (a.parse::<u32>(), b.parse::<u32>()) else {
            continue;
        };
        match (a > 12, b > 12) {
            (true, false) => day_first = true,
            (false, true) => month_first = true,
            (false, false) if a != b => ambiguous = true,
            _ => {}
        }
    }
    let order = if month_first && !day_first {
        DayOrder::MonthFirst
    } else {
        DayOrder::DayFirst
    };
    (order, ambiguous)
}

fn parse_time(s: &str) -> Option<NaiveTime> {
    let s = s.trim().trim_end_matches('Z');
    if s.is_empty() {
        return Some(NaiveTime::MIN);
    }
    let lower = s.to_ascii_lowercase();
    let (clock, pm) = if let Some(x) = lower.strip_suffix("pm") {
        (x.trim().to_string(), Some(true))
    } else if let Some(x) = lower.strip_suffix("am") {
        (x.trim().to_string(), Some(false))
    } else {
        (lower, None)
    };
    let mut it = clock.split([':', '.']);
    let h: u32 = it.next()?.trim().parse().ok()?;
    let m: u32 = it.next().map_or(Some(0), |m| m.trim().parse().ok())?;
    let sec: u32 = match it.next() {
        Some(x) => x.trim().parse().ok()?,
        None => 0,
    };
    // A fraction of a second (".000") is dropped.
    let h = match pm {
        Some(true) if (1..12).contains(&h) => h + 12,
        Some(false) if h == 12 => 0,
        Some(_) if !(1..=12).contains(&h) => return None,
        _ => h,
    };
    NaiveTime::from_hms_opt(h, m, sec)
}

/// A date (and time, midnight if none) from a cell: ISO `2026-03-02`,
/// `02/03/2026`, `02.03.2026`, `2-3-26` in `order`, a time `09:30`,
/// `9.30`, `09:30:15`, `9:30 PM` after a space or `T`. Only years
/// 1900–9999; a two-digit year is 2000–2029 or 1930–1999, as Excel reads it.
pub fn parse_when(s: &str, order: DayOrder) -> Option<NaiveDateTime> {
    let (a, b, c, time) = date_parts(s)?;
    let n = |x: &str| x.parse::<u32>().ok();
    let (y, m, d) = if a.len() == 4 {
        (a, n(b)?, n(c)?)
    } else {
        let (d, m) = match order {
            DayOrder::DayFirst => (n(a)?, n(b)?),
            DayOrder::MonthFirst => (n(b)?, n(a)?),
        };
        (c, m, d)
    };
    let year: i32 = match y.len() {
        4 => y.parse().ok()?,
        2 => {
            let yy: i32 = y.parse().ok()?;
            if yy < 30 {
                2000 + yy
            } else {
                1900 + yy
            }
        }
        _ => return None,
    };
    let date = bounds::checked_date(NaiveDate::from_ymd_opt(year, m, d)?)?;
    Some(date.and_time(parse_time(time)?))
}

/// A local time read from a cell, as UTC, inside the accepted years.
fn stamp_from(s: &str, order: DayOrder, offset_at: OffsetAt) -> Option<DateTime<Utc>> {
    bounds::checked_stamp(from_local(parse_when(s, order)?, offset_at))
}

/// An amount: `12,50`, `12.50`, `1.234,50`, `1,234.50`, `€ 12,50`,
/// `12,50 TL`. With one kind of mark once and three digits after it, the
/// mark is the thousands separator when the file's decimal mark is the
/// other one. None when it is not a number, negative, or absurd.
pub fn parse_amount(s: &str, decimal: char) -> Option<f64> {
    let kept: String = s
        .chars()
        .filter(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '-'))
        .collect();
    if kept.is_empty() || kept.starts_with('-') || kept.contains('-') {
        return None;
    }
    let (dots, commas) = (kept.matches('.').count(), kept.matches(',').count());
    let last_mark = kept.rfind(['.', ',']);
    let mark = match (dots, commas) {
        (0, 0) => None,
        (_, 0) | (0, _) => {
            let m = if dots > 0 { '.' } else { ',' };
            let count = dots + commas;
            let after = last_mark.map_or(0, |i| kept.len() - i - 1);
            if count > 1 || (after == 3 && m != decimal) {
                None
            } else {
                Some(m)
            }
        }
        _ => last_mark.and_then(|i| kept[i..].chars().next()),
    };
    let mut plain = String::with_capacity(kept.len());
    for (i, c) in kept.char_indices() {
        match c {
            '0'..='9' => plain.push(c),
            _ if Some(c) == mark && Some(i) == last_mark => plain.push('.'),
            _ => {}
        }
    }
    if plain.is_empty() || plain == "." {
        return None;
    }
    let v: f64 = plain.parse().ok()?;
    (v.is_finite() && v < 1e12).then_some(v)
}

/// The words a value may be written as, folded: codes and labels in
/// `lang` and English, and the Italian and Turkish export's words (a test
/// checks them), so an Italian export reads back in any interface.
fn value_words(k: K, lang: Lang, extra: &[&str]) -> Vec<String> {
    let mut out: Vec<String> = [k.in_lang(lang), k.in_lang(Lang::En)]
        .into_iter()
        .chain(extra.iter().copied())
        .map(heading_key)
        .collect();
    out.dedup();
    out
}

fn channel_from(s: &str, lang: Lang) -> Option<Channel> {
    let key = heading_key(s);
    Channel::ALL.into_iter().find(|c| {
        let extra: &[&str] = match c {
            Channel::Phone => &[
                "phone",
                "telefono",
                "telefon",
                "tel",
                "call",
                "chiamata",
                "cellulare",
            ],
            Channel::Email => &["email", "e-mail", "mail", "e-posta", "eposta"],
            Channel::Web => &[
                "web",
                "website",
                "sito web",
                "sito",
                "web sitesi",
                "online",
                "internet",
            ],
            Channel::Social => &[
                "social",
                "social media",
                "social network",
                "sosyal medya",
                "facebook",
                "instagram",
                "whatsapp",
            ],
            Channel::InPerson => &[
                "in_person",
                "in person",
                "di persona",
                "yuz yuze",
                "in negozio",
                "negozio",
                "shop",
                "store",
                "magaza",
                "banco",
            ],
        };
        key == c.code() || value_words(channel_key(*c), lang, extra).contains(&key)
    })
}

fn status_from(s: &str, lang: Lang) -> Option<Status> {
    let key = heading_key(s);
    Status::ALL.into_iter().find(|st| {
        let extra: &[&str] = match st {
            Status::Open => &["open", "aperto", "aperta", "acik", "new", "nuovo", "yeni"],
            Status::InProgress => &[
                "in_progress",
                "in progress",
                "in corso",
                "islemde",
                "in lavorazione",
                "devam ediyor",
            ],
            Status::Resolved => &[
                "resolved", "risolto", "risolta", "cozuldu", "closed", "chiuso", "chiusa",
                "kapandi", "done",
            ],
            Status::FollowedUp => &[
                "followed_up",
                "followed up",
                "ricontattato",
                "ricontattata",
                "takibi yapildi",
            ],
        };
        key == st.code() || value_words(status_key(*st), lang, extra).contains(&key)
    })
}

fn answer_from(s: &str, lang: Lang) -> Option<Answer> {
    let key = heading_key(s);
    [Answer::Yes, Answer::No, Answer::Unknown]
        .into_iter()
        .find(|a| {
            let extra: &[&str] = match a {
                Answer::Yes => &[
                    "yes", "y", "si", "sì", "evet", "e", "true", "1", "x", "ok", "vero",
                ],
                Answer::No => &["no", "n", "hayir", "h", "false", "0", "falso"],
                Answer::Unknown => &[
                    "not known",
                    "unknown",
                    "non si sa",
                    "non so",
                    "bilinmiyor",
                    "?",
                    "n/a",
                    "-",
                ],
            };
            value_words(answer_key(*a), lang, extra).contains(&key)
        })
}

// ---- in: the rows -----------------------------------------------------

/// What is wrong with a row, and so what happens to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    /// A required field is empty: the row is skipped.
    Missing(Field),
    /// A date that cannot be read (or lies outside 1900–9999): the row is
    /// skipped for the date received, else the field is left empty.
    BadDate(Field),
    /// A date before the complaint was received: left empty.
    BeforeReceived(Field),
    /// Longer than [`MAX_TEXT`]: cut there.
    TooLong(Field),
    /// Not an amount (or negative): left empty.
    BadAmount,
    /// An e-mail address without @: left empty.
    BadEmail,
    /// A channel, status or answer not recognised: left as the default.
    Unknown(Field),
    /// The same as a complaint already in the log: skipped.
    Duplicate,
    /// The same as an earlier row of the file: skipped.
    Repeated,
}

impl Problem {
    /// Whether the row is skipped because of it.
    pub fn skips(self) -> bool {
        match self {
            Problem::Missing(_) | Problem::Duplicate | Problem::Repeated => true,
            Problem::BadDate(f) => f == Field::Received,
            _ => false,
        }
    }
}

/// One row of the file, read.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The line of the file it starts on.
    pub line: usize,
    /// The complaint it makes (None when skipped).
    pub complaint: Option<Complaint>,
    /// Its id, taken from its content.
    pub id: Uuid,
    pub problems: Vec<Problem>,
    /// The nature of the complaint as the file has it, to name the row.
    pub nature: String,
}

impl Row {
    pub fn skipped(&self) -> bool {
        self.complaint.is_none()
    }
}

/// What an import would do.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Preview {
    pub rows: Vec<Row>,
    pub order: DayOrder,
    /// Some date could be read either way; the preview says which.
    pub ambiguous: bool,
    pub cut_rows: bool,
    pub cut_cells: bool,
}

impl Preview {
    pub fn importable(&self) -> usize {
        self.rows.iter().filter(|r| !r.skipped()).count()
    }
}

/// An id from a complaint's content: two FNV-1a hashes of its JSON, as a
/// version 4 UUID, so the same row always gets the same id.
pub fn content_id(c: &Complaint) -> Uuid {
    let json = serde_json::to_string(c).unwrap_or_default();
    let fnv = |basis: u64| {
        json.bytes().fold(basis, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
        })
    };
    let mut bytes = [0u8; 16];
    bytes[..8].copy_from_slice(&fnv(0xcbf2_9ce4_8422_2325).to_be_bytes());
    bytes[8..].copy_from_slice(&fnv(0x6c62_272e_07bb_0142).to_be_bytes());
    uuid::Builder::from_random_bytes(bytes).into_uuid()
}

/// What makes two complaints the same one: when (to the minute), what,
/// and who.
fn same_key(c: &Complaint) -> (i64, String, String) {
    (
        c.received.timestamp().div_euclid(60),
        name_key(&c.nature),
        name_key(&c.customer.name),
    )
}

fn text_field(v: &str, field: Field, problems: &mut Vec<Problem>) -> String {
    let v = csv_cell_unguard(v.trim());
    if v.chars().count() > MAX_TEXT {
        problems.push(Problem::TooLong(field));
        v.chars().take(MAX_TEXT).collect()
    } else {
        v.to_string()
    }
}

/// Reads every row through the mapping and checks it against the log.
pub fn preview(
    table: &Table,
    mapping: &[Option<Field>],
    existing: &Collection<Complaint>,
    lang: Lang,
    offset_at: OffsetAt,
) -> Preview {
    let decimal = table.sep.unwrap_or(Sep::Comma).decimal();
    let date_columns: Vec<usize> = mapping
        .iter()
        .enumerate()
        .filter(|(_, f)| f.is_some_and(Field::is_date))
        .map(|(i, _)| i)
        .collect();
    let (order, ambiguous) = day_order(
        table
            .rows
            .iter()
            .flat_map(|(_, r)| date_columns.iter().filter_map(|&i| r.get(i)))
            .map(String::as_str),
    );
    let known: HashSet<_> = existing.live().map(|r| same_key(&r.data)).collect();
    let live_ids: HashSet<Uuid> = existing.live().map(|r| r.id).collect();
    let mut seen = HashSet::new();
    let rows = table
        .rows
        .iter()
        .map(|(line, cells)| {
            let mut problems = Vec::new();
            let mut c = Complaint::default();
            let mut received = None;
            let mut status_given = false;
            for (i, field) in mapping.iter().enumerate() {
                let Some(field) = *field else { continue };
                let v = cells.get(i).map(|s| s.trim()).unwrap_or("");
                if v.is_empty() {
                    continue;
                }
                let stamp = |p: &mut Vec<Problem>| {
                    let s = stamp_from(v, order, offset_at);
                    if s.is_none() {
                        p.push(Problem::BadDate(field));
                    }
                    s
                };
                match field {
                    Field::Received => received = stamp(&mut problems),
                    Field::Resolved => c.resolved = stamp(&mut problems),
                    Field::FollowUp => c.follow_up = stamp(&mut problems),
                    Field::PromisedFor => {
                        c.promised_for = parse_when(v, order).map(|d| d.date());
                        if c.promised_for.is_none() {
                            problems.push(Problem::BadDate(field));
                        }
                    }
                    Field::Name => c.customer.name = text_field(v, field, &mut problems),
                    Field::Address => c.customer.address = text_field(v, field, &mut problems),
                    Field::Phone => c.customer.phone = text_field(v, field, &mut problems),
                    Field::Email => c.customer.email = text_field(v, field, &mut problems),
                    Field::TakenBy => c.taken_by = text_field(v, field, &mut problems),
                    Field::Category => c.category = text_field(v, field, &mut problems),
                    Field::Nature => c.nature = text_field(v, field, &mut problems),
                    Field::Solution => c.solution = text_field(v, field, &mut problems),
                    Field::StepsNow => c.steps_now = text_field(v, field, &mut problems),
                    Field::Compensation => c.compensation = text_field(v, field, &mut problems),
                    Field::Prevention => c.prevention = text_field(v, field, &mut problems),
                    Field::Amount => {
                        c.compensation_amount = parse_amount(v, decimal);
                        if c.compensation_amount.is_none() {
                            problems.push(Problem::BadAmount);
                        }
                    }
                    Field::Channel => match channel_from(v, lang) {
                        Some(ch) => c.channel = ch,
                        None => problems.push(Problem::Unknown(field)),
                    },
                    Field::Status => match status_from(v, lang) {
                        Some(s) => {
                            c.status = s;
                            status_given = true;
                        }
                        None => problems.push(Problem::Unknown(field)),
                    },
                    Field::OnTheSpot => match answer_from(v, lang) {
                        Some(a) => c.on_the_spot = a == Answer::Yes,
                        None => problems.push(Problem::Unknown(field)),
                    },
                    Field::Satisfied => match answer_from(v, lang) {
                        Some(a) => c.satisfied = a,
                        None => problems.push(Problem::Unknown(field)),
                    },
                    Field::BoughtAgain => match answer_from(v, lang) {
                        Some(a) => c.bought_again = a,
                        None => problems.push(Problem::Unknown(field)),
                    },
                }
            }
            if !status_given && c.resolved.is_some() {
                c.status = Status::Resolved;
            }
            match received {
                Some(r) => c.received = r,
                None if !problems.contains(&Problem::BadDate(Field::Received)) => {
                    problems.push(Problem::Missing(Field::Received));
                }
                None => {}
            }
            if c.nature.trim().is_empty() {
                problems.push(Problem::Missing(Field::Nature));
            }
            if received.is_some() {
                if c.resolved.is_some_and(|r| r < c.received) {
                    c.resolved = None;
                    problems.push(Problem::BeforeReceived(Field::Resolved));
                }
                if c.follow_up.is_some_and(|f| f < c.received) {
                    c.follow_up = None;
                    problems.push(Problem::BeforeReceived(Field::FollowUp));
                }
            }
            let email = c.customer.email.trim();
            if !email.is_empty() && !email.contains('@') {
                c.customer.email.clear();
                problems.push(Problem::BadEmail);
            }
            let id = content_id(&c);
            if !problems.iter().any(|p| p.skips()) {
                if live_ids.contains(&id) || known.contains(&same_key(&c)) {
                    problems.push(Problem::Duplicate);
                } else if !seen.insert(id) {
                    problems.push(Problem::Repeated);
                }
            }
            let skipped = problems.iter().any(|p| p.skips());
            let nature = mapping
                .iter()
                .position(|f| *f == Some(Field::Nature))
                .and_then(|i| cells.get(i))
                .map(|v| v.trim().chars().take(200).collect())
                .unwrap_or_default();
            Row {
                nature,
                line: *line,
                complaint: (!skipped).then_some(c),
                id,
                problems,
            }
        })
        .collect();
    Preview {
        rows,
        order,
        ambiguous,
        cut_rows: table.cut_rows,
        cut_cells: table.cut_cells,
    }
}

/// What an import put in, for Undo.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Imported {
    /// New records, at the stamp they were made with.
    pub added: Vec<Uuid>,
    /// Records brought back from the trash (an earlier import undone).
    pub restored: Vec<Uuid>,
    pub at: DateTime<Utc>,
}

impl Imported {
    pub fn count(&self) -> usize {
        self.added.len() + self.restored.len()
    }
}

/// Merges the preview's importable rows into the log: a new id is merged
/// in as a record of the incoming side (`Collection::merge_from`), an id
/// in the trash comes back with the row's content, a live one is left as
/// it is.
pub fn apply(log: &mut Collection<Complaint>, preview: &Preview, at: DateTime<Utc>) -> Imported {
    let mut incoming = Vec::new();
    let mut done = Imported {
        at,
        ..Imported::default()
    };
    for row in &preview.rows {
        let Some(c) = &row.complaint else { continue };
        match log.get(row.id).map(Record::is_live) {
            None => {
                let mut record = Record::new(c.clone(), at);
                record.id = row.id;
                done.at = record.updated;
                incoming.push(record);
                done.added.push(row.id);
            }
            Some(false) => {
                log.restore(row.id, at);
                log.update(row.id, at, |old| *old = c.clone());
                done.restored.push(row.id);
            }
            Some(true) => {}
        }
    }
    log.merge_from(&Collection::from_records(incoming));
    done
}

/// Takes out what an import put in: the records added and not changed
/// since go for good; one changed since goes to the trash (what was typed
/// into it is kept there), as do the ones that came back from the trash.
/// Everything else stays as it is. Returns how many were taken out.
pub fn undo(log: &mut Collection<Complaint>, imported: &Imported, at: DateTime<Utc>) -> usize {
    let mut n = 0;
    for id in &imported.added {
        if log.remove_unchanged(*id, imported.at) || log.trash(*id, at) {
            n += 1;
        }
    }
    for id in &imported.restored {
        if log.trash(*id, at) {
            n += 1;
        }
    }
    n
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::listen::complaints::Customer;
    use chrono::TimeZone;
    use proptest::prelude::*;

    fn at(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, mo, d, h, mi, 0).unwrap()
    }

    fn full() -> Complaint {
        Complaint {
            customer: Customer {
                name: "Mario Rossi".into(),
                address: "Via Roma 1; Firenze".into(),
                phone: "+39 333 1234567".into(),
                email: "mario@example.it".into(),
            },
            taken_by: "Giulia".into(),
            received: at(2026, 3, 2, 9, 30),
            resolved: Some(at(2026, 3, 4, 16, 5)),
            nature: "Consegna in ritardo, \"di nuovo\"\nseconda riga".into(),
            category: "Late delivery".into(),
            channel: Channel::InPerson,
            status: Status::Resolved,
            solution: "=rimborso".into(),
            on_the_spot: false,
            promised_for: NaiveDate::from_ymd_opt(2026, 3, 5),
            steps_now: "-chiamato il fornitore".into(),
            follow_up: Some(at(2026, 3, 10, 11, 0)),
            compensation: "@voucher".into(),
            compensation_amount: Some(1234.5),
            prevention: "Check stock daily".into(),
            satisfied: Answer::Yes,
            bought_again: Answer::Unknown,
            erased: None,
        }
    }

    /// Export, then import into an empty log: the complaints it gives back.
    fn round_trip(cs: &[Complaint], lang: Lang, ui: Lang, sep: Sep, offset: i32) -> Preview {
        let file = export(cs.iter(), lang, sep, &|_| offset);
        let text = decode(file.as_bytes()).unwrap();
        let table = read(&text);
        assert_eq!(table.sep, Some(sep));
        let mapping = guess(&table.header, ui);
        assert_eq!(
            mapping,
            Field::ALL.map(Some).to_vec(),
            "{lang:?} headings read in {ui:?}"
        );
        preview(&table, &mapping, &Collection::default(), ui, &|_| offset)
    }

    #[test]
    fn the_separator_goes_with_the_languages_decimal_mark() {
        assert_eq!(Sep::for_lang(Lang::En), Sep::Comma);
        assert_eq!(Sep::for_lang(Lang::It), Sep::Semicolon);
        assert_eq!(Sep::for_lang(Lang::Tr), Sep::Semicolon);
        assert_eq!(Sep::Semicolon.decimal(), ',');
        assert_eq!(Sep::Comma.decimal(), '.');
        for s in [Sep::Comma, Sep::Semicolon, Sep::Tab] {
            assert_eq!(Sep::from_code(s.code()), Some(s));
        }
    }

    #[test]
    fn the_export_writes_dates_spreadsheets_read_and_guards_formulas() {
        let c = full();
        let out = export([&c].into_iter(), Lang::It, Sep::Semicolon, &|_| 60);
        assert!(out.starts_with("\u{feff}\"Ricevuto\";\"Nome\";"));
        let lines: Vec<&str> = out.split("\r\n").collect();
        let row = lines[1];
        // Local time (one hour east), ISO order, minutes.
        assert!(
            row.starts_with("\"2026-03-02 10:30\";\"Mario Rossi\";"),
            "{row}"
        );
        assert!(row.contains("\"'+39 333 1234567\""), "{row}");
        assert!(row.contains("\"'=rimborso\""));
        assert!(row.contains("\"'-chiamato il fornitore\""));
        assert!(row.contains("\"'@voucher\""));
        assert!(row.contains("\"2026-03-05\""), "promised date: {row}");
        assert!(row.contains("\"2026-03-04 17:05\""), "resolved: {row}");
        assert!(row.contains("\"1234,50\""), "amount: {row}");
        assert!(row.contains("\"Di persona\";"));
        assert!(row.contains("\"Consegna in ritardo, \"\"di nuovo\"\"\nseconda riga\""));
        let en = export([&c].into_iter(), Lang::En, Sep::Comma, &|_| -300);
        assert!(en.contains("\"2026-03-02 04:30\",\"Mario Rossi\","), "{en}");
        assert!(en.contains("\"1234.50\""));
        assert!(en.contains("\"'+39 333 1234567\""));
        assert!(en.ends_with("\r\n"));
    }

    #[test]
    fn amounts_are_plain_decimals() {
        assert_eq!(amount_cell(12.5, ','), "12,50");
        assert_eq!(amount_cell(12.5, '.'), "12.50");
        assert_eq!(amount_cell(30.0, ','), "30");
        assert_eq!(amount_cell(0.125, '.'), "0.125");
        assert_eq!(amount_cell(1e6, ','), "1000000");
        assert_eq!(amount_cell(f64::NAN, ','), "");
        assert_eq!(amount_cell(f64::INFINITY, ','), "");
        assert_eq!(amount_cell(1e300, '.').len(), 301);
    }

    #[test]
    fn the_guard_comes_off_on_the_way_back() {
        for v in ["+39 333", "=1+1", "@x", "-2+3", "\tx"] {
            let cell = crate::listen::complaints::csv_cell(v);
            let inner = &cell[1..cell.len() - 1];
            assert_eq!(csv_cell_unguard(inner), v);
        }
        assert_eq!(csv_cell_unguard("'plain"), "'plain");
        assert_eq!(csv_cell_unguard("l'ordine"), "l'ordine");
    }

    #[test]
    fn export_then_import_gives_back_the_records_in_every_language() {
        let mut second = full();
        second.customer = Customer::default();
        second.resolved = None;
        second.follow_up = None;
        second.promised_for = None;
        second.compensation_amount = None;
        second.status = Status::Open;
        second.channel = Channel::Social;
        second.nature = "Scortese al banco".into();
        second.on_the_spot = true;
        second.satisfied = Answer::No;
        second.received = at(1900, 1, 1, 6, 0);
        let cs = vec![full(), second];
        for lang in Lang::ALL {
            for sep in [Sep::Comma, Sep::Semicolon, Sep::Tab] {
                for offset in [0, 60, -300, 330] {
                    let p = round_trip(&cs, lang, Lang::En, sep, offset);
                    let back: Vec<Complaint> =
                        p.rows.iter().filter_map(|r| r.complaint.clone()).collect();
                    assert_eq!(back, cs, "{lang:?} {sep:?} {offset}");
                    assert!(p.rows.iter().all(|r| r.problems.is_empty()), "{p:?}");
                }
            }
        }
    }

    /// A zone like Rome's: one hour east of UTC in winter, two in summer,
    /// the clocks going forward at 01:00 UTC on 29 March (02:00 becomes
    /// 03:00) and back at 01:00 UTC on 25 October (03:00 becomes 02:00).
    fn rome_like(at: DateTime<Utc>) -> i32 {
        let y = at.year();
        let start = Utc.with_ymd_and_hms(y, 3, 29, 1, 0, 0).single();
        let end = Utc.with_ymd_and_hms(y, 10, 25, 1, 0, 0).single();
        match (start, end) {
            (Some(start), Some(end)) if start <= at && at < end => 120,
            _ => 60,
        }
    }

    fn wall(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, mo, d)
            .and_then(|d| d.and_hms_opt(h, mi, 0))
            .unwrap()
    }

    #[test]
    fn each_date_is_written_at_its_own_offset_from_utc() {
        // 10:00 on the wall clock in January (09:00 UTC) and in July
        // (08:00 UTC), exported in January or July alike.
        let mut winter = full();
        winter.received = at(2026, 1, 15, 9, 0);
        winter.resolved = Some(at(2026, 7, 15, 8, 0));
        winter.follow_up = Some(at(2026, 12, 1, 9, 0));
        let mut summer = full();
        summer.received = at(2026, 7, 15, 8, 0);
        let row = |c: &Complaint| export_row(c, Lang::En, Sep::Comma, &rome_like);
        let col = |f: Field| Field::ALL.iter().position(|g| *g == f).unwrap();
        assert_eq!(row(&winter)[col(Field::Received)], "2026-01-15 10:00");
        assert_eq!(row(&winter)[col(Field::Resolved)], "2026-07-15 10:00");
        assert_eq!(row(&winter)[col(Field::FollowUp)], "2026-12-01 10:00");
        assert_eq!(row(&summer)[col(Field::Received)], "2026-07-15 10:00");
        // Either side of the change: 00:59 UTC is 01:59 winter time, 01:00
        // UTC is 03:00 summer time; in October 00:59 UTC is 02:59 summer
        // time and 01:00 UTC is 02:00 winter time.
        assert_eq!(
            stamp_cell(at(2026, 3, 29, 0, 59), &rome_like),
            "2026-03-29 01:59"
        );
        assert_eq!(
            stamp_cell(at(2026, 3, 29, 1, 0), &rome_like),
            "2026-03-29 03:00"
        );
        assert_eq!(
            stamp_cell(at(2026, 10, 25, 0, 59), &rome_like),
            "2026-10-25 02:59"
        );
        assert_eq!(
            stamp_cell(at(2026, 10, 25, 1, 0), &rome_like),
            "2026-10-25 02:00"
        );
    }

    #[test]
    fn each_date_is_read_at_its_own_offset_from_utc() {
        let t = table(
            "Date,Complaint,Resolved\n\
             2026-01-15 10:00,winter,2026-07-15 10:00\n\
             2026-03-29 01:59,before the change,2026-03-29 03:00\n\
             2026-03-29 02:30,skipped hour,2026-10-25 02:30\n\
             2026-07-15 10:00,summer,2026-10-25 03:00\n",
        );
        let p = preview(
            &t,
            &guess(&t.header, Lang::En),
            &Collection::default(),
            Lang::En,
            &rome_like,
        );
        let got: Vec<(DateTime<Utc>, Option<DateTime<Utc>>)> = p
            .rows
            .iter()
            .map(|r| {
                assert!(r.problems.is_empty(), "{r:?}");
                let c = r.complaint.as_ref().unwrap();
                (c.received, c.resolved)
            })
            .collect();
        assert_eq!(got[0], (at(2026, 1, 15, 9, 0), Some(at(2026, 7, 15, 8, 0))));
        assert_eq!(
            got[1],
            (at(2026, 3, 29, 0, 59), Some(at(2026, 3, 29, 1, 0)))
        );
        // 02:30 on the morning the clocks go forward never shows on a
        // clock: it is read as 03:30 summer time, as a browser reads it.
        assert_eq!(got[2].0, at(2026, 3, 29, 1, 30));
        assert_eq!(stamp_cell(got[2].0, &rome_like), "2026-03-29 03:30");
        // 02:30 on the morning they go back happens twice (00:30 and 01:30
        // UTC): it is read as one of them, which is written back as 02:30.
        let twice = got[2].1.unwrap();
        assert!(
            [at(2026, 10, 25, 0, 30), at(2026, 10, 25, 1, 30)].contains(&twice),
            "{twice}"
        );
        assert_eq!(stamp_cell(twice, &rome_like), "2026-10-25 02:30");
        assert_eq!(
            got[3],
            (at(2026, 7, 15, 8, 0), Some(at(2026, 10, 25, 2, 0)))
        );
    }

    #[test]
    fn export_then_import_in_a_zone_with_summer_time_gives_back_the_records() {
        // Every seven hours of a year, summer and winter, and every quarter
        // of an hour around both changes, except in the repeated hour,
        // which a file cannot tell apart (it holds no offset): a time in
        // it reads back as the same wall time.
        let mut stamps = Vec::new();
        let mut t = at(2026, 1, 1, 0, 17);
        while t < at(2027, 1, 1, 0, 0) {
            stamps.push(t);
            t = bounds::shift_minutes(t, 7 * 60);
        }
        for change in [at(2026, 3, 29, 1, 0), at(2026, 10, 25, 1, 0)] {
            for quarter in -12..12 {
                stamps.push(bounds::shift_minutes(change, quarter * 15));
            }
        }
        let cs: Vec<Complaint> = stamps
            .iter()
            .map(|&t| Complaint {
                nature: format!("n {t}"),
                received: t,
                // 100 days later: the other half of the year.
                resolved: Some(bounds::shift_days(t, 100)),
                follow_up: None,
                ..full()
            })
            .collect();
        let repeated = |d: DateTime<Utc>| at(2026, 10, 25, 0, 0) <= d && d < at(2026, 10, 25, 1, 0);
        let p = {
            let file = export(cs.iter(), Lang::It, Sep::Semicolon, &rome_like);
            let table = read(&decode(file.as_bytes()).unwrap());
            preview(
                &table,
                &guess(&table.header, Lang::It),
                &Collection::default(),
                Lang::It,
                &rome_like,
            )
        };
        assert_eq!(p.rows.len(), cs.len());
        for (row, want) in p.rows.iter().zip(&cs) {
            assert!(row.problems.is_empty(), "{row:?}");
            let back = row.complaint.as_ref().unwrap();
            for (got, want) in [
                (Some(back.received), Some(want.received)),
                (back.resolved, want.resolved),
            ] {
                let (got, want) = (got.unwrap(), want.unwrap());
                if repeated(want) {
                    assert_eq!(stamp_cell(got, &rome_like), stamp_cell(want, &rome_like));
                } else {
                    assert_eq!(got, want, "{}", stamp_cell(want, &rome_like));
                }
            }
        }
    }

    #[test]
    fn local_time_at_the_ends_of_time_does_not_panic() {
        for local in [
            NaiveDateTime::MIN,
            NaiveDateTime::MAX,
            wall(1900, 1, 1, 0, 0),
            wall(9999, 12, 31, 23, 59),
        ] {
            let utc = from_local(local, &rome_like);
            let _ = to_local(utc, &rome_like);
            let _ = stamp_cell(utc, &rome_like);
            let _ = from_local(local, &|_| i32::MAX);
            let _ = from_local(local, &|_| i32::MIN);
        }
        let _ = stamp_cell(DateTime::<Utc>::MAX_UTC, &|_| i32::MAX);
        let _ = stamp_cell(DateTime::<Utc>::MIN_UTC, &|_| i32::MIN);
        // Midnight of the first day, one hour east, is before 1900 in UTC:
        // refused, as before.
        let t = table("Date,Complaint\n1900-01-01 00:00,early\n");
        let p = preview(
            &t,
            &guess(&t.header, Lang::En),
            &Collection::default(),
            Lang::En,
            &rome_like,
        );
        assert_eq!(p.rows[0].problems, [Problem::BadDate(Field::Received)]);
    }

    #[test]
    fn every_languages_export_headings_and_words_read_back_in_any_interface() {
        for lang in Lang::ALL {
            for ui in Lang::ALL {
                for f in Field::ALL {
                    assert_eq!(
                        guess_one(f.label().in_lang(lang), ui),
                        Some(f),
                        "{lang:?} {f:?}"
                    );
                }
                for c in Channel::ALL {
                    assert_eq!(channel_from(channel_key(c).in_lang(lang), ui), Some(c));
                }
                for s in Status::ALL {
                    assert_eq!(status_from(status_key(s).in_lang(lang), ui), Some(s));
                }
                for a in [Answer::Yes, Answer::No, Answer::Unknown] {
                    assert_eq!(answer_from(answer_key(a).in_lang(lang), ui), Some(a));
                }
            }
        }
    }

    #[test]
    fn headings_owners_write_are_guessed() {
        let cases = [
            ("Data", Field::Received),
            ("DATA", Field::Received),
            ("Tarih", Field::Received),
            ("Date", Field::Received),
            ("Data reclamo", Field::Received),
            ("Data del reclamo", Field::Received),
            ("Cliente", Field::Name),
            ("Müşteri", Field::Name),
            ("MÜŞTERİ ADI", Field::Name),
            ("Customer", Field::Name),
            ("Telefono", Field::Phone),
            ("Tel.", Field::Phone),
            ("Cep telefonu", Field::Phone),
            ("Problema", Field::Nature),
            ("Descrizione", Field::Nature),
            ("Şikayet", Field::Nature),
            ("Şikâyet", Field::Nature),
            ("Descrizione del problema", Field::Nature),
            ("Complaint", Field::Nature),
            ("Importo €", Field::Amount),
            ("Stato", Field::Status),
            ("Data risoluzione", Field::Resolved),
            ("Date resolved", Field::Resolved),
            ("Kanal", Field::Channel),
            ("Email:", Field::Email),
            ("Categoria*", Field::Category),
        ];
        for (h, f) in cases {
            assert_eq!(guess_one(h, Lang::En), Some(f), "{h}");
        }
        for h in ["", "  ", "Note interne", "xyz", "#"] {
            assert_eq!(guess_one(h, Lang::It), None, "{h}");
        }
        // A field goes to the first column that names it.
        let header: Vec<String> = ["Data", "Tarih", "Cliente", "Note"]
            .map(String::from)
            .to_vec();
        assert_eq!(
            guess(&header, Lang::It),
            vec![Some(Field::Received), None, Some(Field::Name), None]
        );
    }

    #[test]
    fn the_reader_follows_rfc_4180_and_what_excel_writes() {
        let t = read("a,b,c\r\n1,\"x, y\",\"say \"\"hi\"\"\"\r\n2,\"line\r\nnext\",3\r\n");
        assert_eq!(t.sep, Some(Sep::Comma));
        assert_eq!(t.header, ["a", "b", "c"]);
        assert_eq!(
            t.rows[0],
            (2, vec!["1".into(), "x, y".into(), "say \"hi\"".into()])
        );
        assert_eq!(
            t.rows[1],
            (3, vec!["2".into(), "line\r\nnext".into(), "3".into()])
        );
        // Semicolons, LF only, a BOM, blank rows and ragged rows.
        let t = read("\u{feff}Data;Cliente;Problema\n\n01/02/2026;Rossi\n;;\n02/02/2026;Bianchi;Rotto;extra\n");
        assert_eq!(t.sep, Some(Sep::Semicolon));
        assert_eq!(t.header, ["Data", "Cliente", "Problema"]);
        assert_eq!(t.rows.len(), 2);
        assert_eq!(t.rows[0].0, 3);
        assert_eq!(t.rows[1].1.len(), 4);
        // CR only (old Mac), and tabs.
        let t = read("a\tb\rc\td\r");
        assert_eq!(t.sep, Some(Sep::Tab));
        assert_eq!(t.rows, vec![(2, vec!["c".to_string(), "d".to_string()])]);
        // The separator of the heading line, not of the data.
        let t = read("\"Data; ora\",Cliente\n1;2,3\n");
        assert_eq!(t.sep, Some(Sep::Comma));
        assert_eq!(t.header, ["Data; ora", "Cliente"]);
        // One column.
        let t = read("Problema\nRotto\n");
        assert_eq!(t.sep, None);
        assert_eq!(t.rows, vec![(2, vec!["Rotto".to_string()])]);
        // An unclosed quote runs to the end, and nothing panics.
        let t = read("a,b\n\"open,1\n2,3");
        assert_eq!(t.rows, vec![(2, vec!["open,1\n2,3".to_string()])]);
        assert_eq!(read(""), Table::default());
        assert_eq!(read("\"").header, Vec::<String>::new());
    }

    #[test]
    fn the_reader_is_bounded() {
        let mut text = String::from("a,b\n");
        for i in 0..MAX_ROWS + 10 {
            text.push_str(&format!("{i},x\n"));
        }
        let t = read(&text);
        assert_eq!(t.rows.len(), MAX_ROWS);
        assert!(t.cut_rows);
        let wide = vec!["h"; MAX_COLUMNS + 5].join(",");
        let t = read(&format!("{wide}\n1\n"));
        assert_eq!(t.header.len(), MAX_COLUMNS);
        assert!(t.cut_cells);
        let long = "x".repeat(MAX_CELL + 7);
        let t = read(&format!("a\n\"{long}\"\n"));
        assert_eq!(t.rows[0].1[0].chars().count(), MAX_CELL);
        assert!(t.cut_cells);
        assert_eq!(decode(&vec![b'a'; MAX_BYTES + 1]), Err(Refused::TooBig));
        assert_eq!(decode(b""), Err(Refused::Empty));
        assert_eq!(decode(b" \r\n"), Err(Refused::Empty));
    }

    #[test]
    fn bytes_that_are_not_utf8_are_read_as_windows_1252() {
        // "Città;Perché;€ 5" as Excel saves it in Italy.
        let bytes = b"Citt\xe0;Perch\xe9;\x80 5\r\nM\xfcller;\x93ok\x94;\x81\r\n";
        let text = decode(bytes).unwrap();
        assert_eq!(text, "Città;Perché;€ 5\r\nMüller;“ok”;\u{fffd}\r\n");
        assert_eq!(decode("Città".as_bytes()).unwrap(), "Città");
        assert_eq!(decode(b"\xef\xbb\xbfok").unwrap(), "ok");
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("Şikâyet\tTarih".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(decode(&utf16).unwrap(), "Şikâyet\tTarih");
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain("ab".encode_utf16().flat_map(u16::to_be_bytes))
            .chain([0xD8])
            .collect();
        assert_eq!(decode(&be).unwrap(), "ab");
    }

    #[test]
    fn dates_in_the_forms_spreadsheets_write() {
        let d = |y, m, day, h, mi| {
            NaiveDate::from_ymd_opt(y, m, day)
                .unwrap()
                .and_hms_opt(h, mi, 0)
                .unwrap()
        };
        let df = DayOrder::DayFirst;
        assert_eq!(parse_when("2026-03-02", df), Some(d(2026, 3, 2, 0, 0)));
        assert_eq!(
            parse_when("2026-03-02 09:30", df),
            Some(d(2026, 3, 2, 9, 30))
        );
        assert_eq!(
            parse_when("2026-03-02T09:30:00", df),
            Some(d(2026, 3, 2, 9, 30))
        );
        assert_eq!(parse_when("02/03/2026", df), Some(d(2026, 3, 2, 0, 0)));
        assert_eq!(
            parse_when("02.03.2026 14.45", df),
            Some(d(2026, 3, 2, 14, 45))
        );
        assert_eq!(parse_when("2/3/26", df), Some(d(2026, 3, 2, 0, 0)));
        assert_eq!(parse_when("2/3/99", df), Some(d(1999, 3, 2, 0, 0)));
        assert_eq!(
            parse_when("3/2/2026 9:05 PM", DayOrder::MonthFirst),
            Some(d(2026, 3, 2, 21, 5))
        );
        assert_eq!(
            parse_when("3/2/2026 12:05 am", DayOrder::MonthFirst),
            Some(d(2026, 3, 2, 0, 5))
        );
        for bad in [
            "",
            "yesterday",
            "31/02/2026",
            "32/01/2026",
            "01/13/2026",
            "1899-12-31",
            "10000-01-01",
            "2026-03-02 25:00",
            "2026-03-02 9:61",
            "1/2/3/4",
            "٣/٢/٢٠٢٦",
            "2026-03-02 13:00 PM",
            "99999999999999999999/1/2026",
            "1/1/1",
            "1/1/123",
        ] {
            assert_eq!(parse_when(bad, df), None, "{bad}");
        }
        assert_eq!(
            parse_when("31/12/9999 23:59", df),
            Some(d(9999, 12, 31, 23, 59))
        );
        assert_eq!(parse_when("01/01/1900", df), Some(d(1900, 1, 1, 0, 0)));
        // At the edge, a time zone would take the stamp out of range.
        assert_eq!(stamp_from("01/01/1900 00:30", df, &|_| 60), None);
        assert_eq!(stamp_from("31/12/9999 23:30", df, &|_| -60), None);
        assert_eq!(
            stamp_from("31/12/9999 23:30", df, &|_| 60),
            Some(at(9999, 12, 31, 22, 30))
        );
    }

    #[test]
    fn the_order_of_day_and_month_comes_from_the_file() {
        let (o, amb) = day_order(["13/01/2026", "03/04/2026"].into_iter());
        assert_eq!((o, amb), (DayOrder::DayFirst, true));
        let (o, amb) = day_order(["01/13/2026", "03/04/2026"].into_iter());
        assert_eq!((o, amb), (DayOrder::MonthFirst, true));
        let (o, amb) = day_order(["2026-03-04", "13/01/2026", "05/05/2026"].into_iter());
        assert_eq!((o, amb), (DayOrder::DayFirst, false));
        // Evidence both ways: the Italian and Turkish order stays.
        assert_eq!(
            day_order(["13/01/2026", "01/13/2026"].into_iter()).0,
            DayOrder::DayFirst
        );
    }

    #[test]
    fn amounts_as_owners_write_them() {
        for (s, dec, v) in [
            ("12,50", ',', 12.5),
            ("12.50", ',', 12.5),
            ("12,50", '.', 12.5),
            ("1.234,50", ',', 1234.5),
            ("1,234.50", '.', 1234.5),
            ("1.234", ',', 1234.0),
            ("1.234", '.', 1.234),
            ("1,234", '.', 1234.0),
            ("1.234.567", ',', 1_234_567.0),
            ("€ 12,50", ',', 12.5),
            ("12,50 TL", ',', 12.5),
            ("₺12", ',', 12.0),
            ("0", ',', 0.0),
        ] {
            assert_eq!(parse_amount(s, dec), Some(v), "{s} {dec}");
        }
        for s in ["", "abc", "-5", "5-", ",", ".", "9999999999999", "--"] {
            assert_eq!(parse_amount(s, ','), None, "{s}");
        }
    }

    fn table(text: &str) -> Table {
        read(text)
    }

    #[test]
    fn every_row_says_what_is_wrong_and_what_happens() {
        let t = table(
            "Data;Cliente;Problema;Importo;Email;Canale;Risolto il\n\
             02/03/2026 09:30;Rossi;Rotto;12,50;r@x.it;Telefono;03/03/2026\n\
             ;Bianchi;Rotto;;;;\n\
             31/02/2026;Verdi;Rotto;;;;\n\
             04/03/2026;Neri;;;;;\n\
             05/03/2026;Gialli;In ritardo;dieci;gialli.it;Piccione;01/01/2026\n\
             02/03/2026 09:30;Rossi;Rotto;12,50;r@x.it;Telefono;03/03/2026\n",
        );
        let mapping = guess(&t.header, Lang::It);
        assert!(mapping.iter().all(Option::is_some), "{mapping:?}");
        let p = preview(&t, &mapping, &Collection::default(), Lang::It, &|_| 60);
        let problems: Vec<&[Problem]> = p.rows.iter().map(|r| r.problems.as_slice()).collect();
        assert_eq!(problems[0], []);
        assert_eq!(problems[1], [Problem::Missing(Field::Received)]);
        assert_eq!(problems[2], [Problem::BadDate(Field::Received)]);
        assert_eq!(problems[3], [Problem::Missing(Field::Nature)]);
        assert_eq!(
            problems[4],
            [
                Problem::BadAmount,
                Problem::Unknown(Field::Channel),
                Problem::BeforeReceived(Field::Resolved),
                Problem::BadEmail
            ]
        );
        assert_eq!(problems[5], [Problem::Repeated]);
        let kept: Vec<bool> = p.rows.iter().map(|r| !r.skipped()).collect();
        assert_eq!(kept, [true, false, false, false, true, false]);
        assert_eq!(p.importable(), 2);
        let first = p.rows[0].complaint.as_ref().unwrap();
        assert_eq!(first.received, at(2026, 3, 2, 8, 30));
        assert_eq!(
            first.status,
            Status::Resolved,
            "a resolved date means resolved"
        );
        assert_eq!(first.compensation_amount, Some(12.5));
        let fifth = p.rows[4].complaint.as_ref().unwrap();
        assert_eq!((fifth.resolved, fifth.compensation_amount), (None, None));
        assert_eq!(fifth.customer.email, "");
        assert_eq!(fifth.channel, Channel::Phone);
        assert!(fifth.validate().is_empty());
        // A skipped row is still named by what the file says.
        assert_eq!(p.rows[2].nature, "Rotto");
        assert_eq!(p.rows[3].nature, "");
        // Lines are the file's.
        assert_eq!(
            p.rows.iter().map(|r| r.line).collect::<Vec<_>>(),
            [2, 3, 4, 5, 6, 7]
        );
    }

    #[test]
    fn a_too_long_text_is_cut_and_said() {
        let long = "x".repeat(MAX_TEXT + 5);
        let t = table(&format!("Date,Complaint\n2026-03-02,{long}\n"));
        let p = preview(
            &t,
            &guess(&t.header, Lang::En),
            &Collection::default(),
            Lang::En,
            &|_| 0,
        );
        assert_eq!(p.rows[0].problems, [Problem::TooLong(Field::Nature)]);
        assert_eq!(
            p.rows[0].complaint.as_ref().unwrap().nature.chars().count(),
            MAX_TEXT
        );
    }

    #[test]
    fn import_merges_undo_takes_out_exactly_it_and_a_second_import_adds_nothing() {
        let t0 = at(2026, 3, 1, 0, 0);
        let mut log: Collection<Complaint> = Collection::default();
        let mine = log.insert(full(), t0);
        let other = log.insert(
            Complaint {
                nature: "Mine".into(),
                ..Complaint::new(t0)
            },
            t0,
        );
        log.trash(other, t0);
        let before = log.clone();
        let t = table(
            "Tarih;Müşteri;Şikayet\n02.03.2026;Ayşe;Geç teslimat\n03.03.2026;Mehmet;Kırık ürün\n",
        );
        let mapping = guess(&t.header, Lang::Tr);
        let p = preview(&t, &mapping, &log, Lang::Tr, &|_| 180);
        assert_eq!(p.importable(), 2);
        let done = apply(&mut log, &p, at(2026, 3, 5, 0, 0));
        assert_eq!(done.count(), 2);
        assert_eq!(log.live().count(), 3);
        assert_eq!(log.get(mine), before.get(mine));
        // The same file again: every row is already there.
        let again = preview(&t, &mapping, &log, Lang::Tr, &|_| 180);
        assert_eq!(again.importable(), 0);
        assert!(again
            .rows
            .iter()
            .all(|r| r.problems == [Problem::Duplicate]));
        assert_eq!(apply(&mut log, &again, at(2026, 3, 6, 0, 0)).count(), 0);
        // Our own export of the log, imported back: all duplicates.
        let file = export(
            log.live().map(|r| &r.data),
            Lang::It,
            Sep::Semicolon,
            &|_| 60,
        );
        let back = read(&decode(file.as_bytes()).unwrap());
        let p2 = preview(
            &back,
            &guess(&back.header, Lang::En),
            &log,
            Lang::En,
            &|_| 60,
        );
        assert_eq!(p2.importable(), 0, "{p2:?}");
        // Undo: exactly the imported records go, the rest is as it was.
        assert_eq!(undo(&mut log, &done, at(2026, 3, 7, 0, 0)), 2);
        assert_eq!(log, before);
        // Imported again after the undo: they come back, with the same ids.
        let p3 = preview(&t, &mapping, &log, Lang::Tr, &|_| 180);
        let done3 = apply(&mut log, &p3, at(2026, 3, 8, 0, 0));
        assert_eq!(done3.added, done.added);
    }

    #[test]
    fn undo_keeps_what_was_typed_into_an_imported_complaint_in_the_trash() {
        let mut log: Collection<Complaint> = Collection::default();
        let t = table("Date,Complaint\n2026-03-02,Broken\n2026-03-03,Late\n");
        let p = preview(&t, &guess(&t.header, Lang::En), &log, Lang::En, &|_| 0);
        let done = apply(&mut log, &p, at(2026, 3, 5, 0, 0));
        let edited = done.added[0];
        log.update(edited, at(2026, 3, 5, 1, 0), |c| {
            c.solution = "Called back".into()
        });
        assert_eq!(undo(&mut log, &done, at(2026, 3, 6, 0, 0)), 2);
        assert_eq!(log.live().count(), 0);
        assert_eq!(log.len(), 1);
        assert_eq!(log.get(edited).unwrap().data.solution, "Called back");
    }

    #[test]
    fn an_id_comes_from_the_content_alone() {
        let a = full();
        assert_eq!(content_id(&a), content_id(&a.clone()));
        let mut b = full();
        b.nature.push('!');
        assert_ne!(content_id(&a), content_id(&b));
        assert_eq!(content_id(&a).get_version_num(), 4);
    }

    fn text() -> impl Strategy<Value = String> {
        // Every kind of character, trimmed (the import trims cells), and
        // not beginning with an apostrophe before a formula character.
        "(?s).{0,40}".prop_map(|s: String| {
            let s = s.trim().to_string();
            if s.starts_with('\'') {
                format!("x{s}")
            } else {
                s
            }
        })
    }

    fn stamp() -> impl Strategy<Value = DateTime<Utc>> {
        (1900i32..=9999, 1u32..=12, 1u32..=28, 0u32..24, 0u32..60)
            .prop_map(|(y, m, d, h, mi)| at(y, m, d, h, mi))
    }

    prop_compose! {
        fn complaint()(
            name in text(), phone in text(), nature in text(), solution in text(),
            received in stamp(), later in proptest::option::of(0i64..100_000),
            amount in proptest::option::of(0u32..10_000_000), ch in 0usize..5, st in 0usize..4,
            spot in any::<bool>(),
        ) -> Complaint {
            let nature = if nature.is_empty() { "n".to_string() } else { nature };
            let resolved = later
                .map(|m| bounds::shift_minutes(received, m))
                .filter(|r| bounds::stamp_in_range(*r));
            Complaint {
                customer: Customer { name, phone, ..Customer::default() },
                received,
                resolved,
                nature,
                solution,
                channel: Channel::ALL[ch],
                status: Status::ALL[st],
                on_the_spot: spot,
                compensation_amount: amount.map(|a| f64::from(a) / 100.0),
                ..Complaint::default()
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        #[test]
        fn any_complaints_round_trip(cs in proptest::collection::vec(complaint(), 1..6),
                                     lang in 0usize..3, semi in any::<bool>()) {
            let lang = Lang::ALL[lang];
            let sep = if semi { Sep::Semicolon } else { Sep::Comma };
            let p = round_trip(&cs, lang, lang, sep, 0);
            let mut want = cs.clone();
            // Two equal complaints are one.
            let mut seen = HashSet::new();
            want.retain(|c| seen.insert(content_id(c)));
            let back: Vec<Complaint> = p.rows.iter().filter_map(|r| r.complaint.clone()).collect();
            prop_assert_eq!(back, want);
        }

        #[test]
        fn no_bytes_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
            if let Ok(text) = decode(&bytes) {
                let t = read(&text);
                let mapping = guess(&t.header, Lang::It);
                let p = preview(&t, &mapping, &Collection::default(), Lang::It, &|_| 0);
                let mut log = Collection::default();
                let done = apply(&mut log, &p, Utc::now());
                prop_assert_eq!(done.count(), p.importable());
            }
        }

        #[test]
        fn no_text_panics(text in "(?s)[\"\r\n,;\t a-z0-9/.:\u{feff}é€-]{0,300}",
                          offset in -900i32..900, col in 0usize..4, f in 0usize..21) {
            let t = read(&text);
            let mut mapping = guess(&t.header, Lang::En);
            if let Some(m) = mapping.get_mut(col) {
                *m = Some(Field::ALL[f]);
            }
            let p = preview(&t, &mapping, &Collection::default(), Lang::Tr, &|_| offset);
            for row in &p.rows {
                if let Some(c) = &row.complaint {
                    prop_assert!(c.validate().is_empty());
                    prop_assert!(bounds::stamp_in_range(c.received));
                }
            }
        }

        #[test]
        fn any_cells_read_back_as_written(rows in proptest::collection::vec(
            proptest::collection::vec("(?s).{0,12}", 2..5), 1..5), semi in any::<bool>()) {
            let sep = if semi { ';' } else { ',' };
            let width = rows[0].len();
            let rows: Vec<Vec<String>> = rows.into_iter().map(|mut r| { r.resize(width, String::new()); r }).collect();
            let header: Vec<String> = (0..width).map(|i| format!("h{i}")).collect();
            let hdr: Vec<&str> = header.iter().map(String::as_str).collect();
            let file = csv(sep, &hdr, rows.clone().into_iter());
            let t = read(&file);
            prop_assert_eq!(&t.header, &header);
            // A cell as written: quoted, inner quotes doubled, guarded.
            let written = |c: &str| {
                let q = crate::listen::complaints::csv_cell(c);
                q[1..q.len() - 1].replace("\"\"", "\"")
            };
            let want: Vec<Vec<String>> = rows
                .iter()
                .map(|r| r.iter().map(|c| written(c)).collect::<Vec<_>>())
                .filter(|r| !r.iter().all(|c| c.trim().is_empty()))
                .map(|r| r.iter().map(|c| csv_cell_unguard(c).to_string()).collect())
                .collect();
            let got: Vec<Vec<String>> = t
                .rows
                .into_iter()
                .map(|(_, r)| r.iter().map(|c| csv_cell_unguard(c).to_string()).collect())
                .collect();
            prop_assert_eq!(got, want);
        }
    }
}
