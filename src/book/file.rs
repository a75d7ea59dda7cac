//! The Servicebook file: plain, readable JSON that says what it is, which
//! schema version it follows, and when and by which app it was exported.
//!
//! A file of the current schema is read straight into the workbook; an older
//! one goes through a chain of migrations over `serde_json::Value`, one
//! step per schema version, so every older file still loads. A newer
//! version, another format, or a field of the wrong type is refused with an
//! error that names the problem; the caller changes nothing.

use crate::book::workbook::Workbook;
use crate::kernel::bounds;
use chrono::{DateTime, Utc};
use serde::de::IgnoredAny;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

pub const FORMAT: &str = "servicebook";
/// The schema version this build writes.
pub const VERSION: u64 = 5;
/// Files larger than this are refused before parsing (characters).
pub const MAX_FILE_CHARS: usize = 64 * 1024 * 1024;

/// Why a file was refused. Each maps to a message in the user's language.
/// (Kept with a refused sync document, hence serialisable.)
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum FileError {
    /// The file is empty.
    Empty,
    /// The browser could not read the file (moved, no permission, not text).
    Unreadable,
    /// Larger than [`MAX_FILE_CHARS`].
    TooLarge { chars: usize },
    /// Not JSON at all, or broken JSON: where it broke.
    NotJson { line: usize, column: usize },
    /// JSON, but not a Servicebook file.
    NotServicebook,
    /// A Servicebook file without a usable version number.
    NoVersion,
    /// Written by a newer Servicebook than this one.
    Newer { found: u64, supported: u64 },
    /// A field has the wrong type or value: its path and what was expected.
    BadField { path: String, detail: String },
    /// The workbook breaks an invariant (e.g. an id appears twice).
    Invalid { detail: String },
}

/// The file as written: a header, then the workbook.
#[derive(Serialize)]
struct Doc<'a> {
    format: &'static str,
    version: u64,
    exported_at: DateTime<Utc>,
    app_version: &'a str,
    workbook: &'a Workbook,
}

/// Writes the export file.
pub fn export(workbook: &Workbook, at: DateTime<Utc>, app_version: &str) -> String {
    let doc = Doc {
        format: FORMAT,
        version: VERSION,
        exported_at: at,
        app_version,
        workbook,
    };
    pretty(&serde_json::to_string(&doc).expect("a workbook always serialises"))
}

/// Lays compact JSON out as `serde_json::to_string_pretty` does (two
/// spaces, one value per line), so that files are readable while the wasm
/// holds only the compact serialiser of every record type, which storage
/// needs anyway: a second, pretty copy of them all cost about 30 KB.
/// `compact` must be JSON as `serde_json::to_string` writes it.
pub fn pretty(compact: &str) -> String {
    let mut out = String::with_capacity(compact.len() + compact.len() / 2);
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let mut chars = compact.chars().peekable();
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        for _ in 0..depth {
            out.push_str("  ");
        }
    };
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '{' | '[' => {
                out.push(c);
                let close = if c == '{' { '}' } else { ']' };
                if chars.peek() == Some(&close) {
                    chars.next();
                    out.push(close);
                } else {
                    depth = depth.saturating_add(1);
                    newline(&mut out, depth);
                }
            }
            '}' | ']' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(c);
            }
            ',' => {
                out.push(c);
                newline(&mut out, depth);
            }
            ':' => out.push_str(": "),
            _ => out.push(c),
        }
    }
    out
}

/// A file's header, read before its workbook is accepted.
#[derive(Debug, Clone, PartialEq)]
pub struct Header {
    pub version: u64,
    pub exported_at: Option<DateTime<Utc>>,
    pub app_version: Option<String>,
}

/// The top level of a file, read first and cheaply: the workbook is only
/// skipped over, so a newer or foreign file is refused before its content
/// is looked at. Any type is taken here; the checks below name what is wrong.
#[derive(Deserialize)]
struct Probe {
    format: Option<Value>,
    version: Option<Value>,
    exported_at: Option<Value>,
    app_version: Option<Value>,
    workbook: Option<Shape>,
}

/// Whether a value is an object, its content skipped. (A struct would also
/// read from an array, so the workbook's shape is checked first.)
#[derive(PartialEq)]
enum Shape {
    Object,
    Other,
}

impl<'de> Deserialize<'de> for Shape {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Shape;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("any value")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Shape, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(Shape::Object)
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<Shape, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(Shape::Other)
            }
            fn visit_bool<E>(self, _: bool) -> Result<Shape, E> {
                Ok(Shape::Other)
            }
            fn visit_i64<E>(self, _: i64) -> Result<Shape, E> {
                Ok(Shape::Other)
            }
            fn visit_u64<E>(self, _: u64) -> Result<Shape, E> {
                Ok(Shape::Other)
            }
            fn visit_f64<E>(self, _: f64) -> Result<Shape, E> {
                Ok(Shape::Other)
            }
            fn visit_str<E>(self, _: &str) -> Result<Shape, E> {
                Ok(Shape::Other)
            }
            fn visit_unit<E>(self) -> Result<Shape, E> {
                Ok(Shape::Other)
            }
        }
        d.deserialize_any(V)
    }
}

/// A file of the current schema, read straight into the workbook.
#[derive(Deserialize)]
struct Body {
    workbook: Workbook,
}

/// Reads a file: checks the header, migrates, parses and validates.
pub fn import(text: &str) -> Result<(Header, Workbook), FileError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(FileError::Empty);
    }
    if text.len() > MAX_FILE_CHARS {
        return Err(FileError::TooLarge { chars: text.len() });
    }
    let not_json = |e: serde_json::Error| FileError::NotJson {
        line: e.line(),
        column: e.column(),
    };
    // A struct would also read from an array; a file is an object.
    if !text.trim_start().starts_with('{') {
        serde_json::from_str::<IgnoredAny>(text).map_err(not_json)?;
        return Err(FileError::NotServicebook);
    }
    let probe: Probe = serde_json::from_str(text).map_err(|e| {
        if e.is_data() {
            // Valid JSON of another shape (a key given twice, say).
            FileError::NotServicebook
        } else {
            not_json(e)
        }
    })?;
    if probe.format.as_ref().and_then(Value::as_str) != Some(FORMAT) {
        return Err(FileError::NotServicebook);
    }
    let version = probe
        .version
        .as_ref()
        .and_then(Value::as_u64)
        .filter(|v| *v >= 1)
        .ok_or(FileError::NoVersion)?;
    if version > VERSION {
        return Err(FileError::Newer {
            found: version,
            supported: VERSION,
        });
    }
    let exported_at = probe
        .exported_at
        .as_ref()
        .and_then(Value::as_str)
        .and_then(|s| s.parse::<DateTime<Utc>>().ok());
    // Read as the workbook's stamps are. Unreadable, it is simply not
    // shown; readable, it is bounded like every other date from outside.
    if exported_at.is_some_and(|at| !bounds::stamp_in_range(at)) {
        return Err(FileError::BadField {
            path: "exported_at".into(),
            detail: bounds::OUT_OF_RANGE.into(),
        });
    }
    let app_version = probe
        .app_version
        .as_ref()
        .and_then(Value::as_str)
        .map(str::to_string);
    match probe.workbook {
        None => {
            return Err(FileError::BadField {
                path: "workbook".into(),
                detail: "missing".into(),
            })
        }
        Some(Shape::Other) => {
            return Err(FileError::BadField {
                path: "workbook".into(),
                detail: "expected an object".into(),
            })
        }
        Some(Shape::Object) => {}
    }
    let workbook = if version == VERSION {
        let body: Body = serde_json::from_str(text).map_err(|e| {
            if e.is_data() {
                bad_field(text, &e, "workbook.")
            } else {
                not_json(e)
            }
        })?;
        checked(body.workbook, Rules::Forms)?
    } else {
        let mut doc: Value = serde_json::from_str(text).map_err(not_json)?;
        parse_migrated(doc["workbook"].take(), version, Rules::Forms)?
    };
    Ok((
        Header {
            version,
            exported_at,
            app_version,
        },
        workbook,
    ))
}

/// Migrates a workbook value of schema `version` to the current schema and
/// parses it. Shared by files and by storage written by an older build.
pub fn workbook_from_value(body: Value, version: u64) -> Result<Workbook, FileError> {
    parse_migrated(body, version, Rules::Invariants)
}

/// Migrates and parses part of a workbook from outside (a document a sync
/// server sent), with every check an imported file passes.
pub fn workbook_from_outside(body: Value, version: u64) -> Result<Workbook, FileError> {
    if version == 0 || version > VERSION {
        return Err(FileError::Newer {
            found: version,
            supported: VERSION,
        });
    }
    parse_migrated(body, version, Rules::Forms)
}

/// What a workbook read from outside must keep to.
#[derive(Clone, Copy, PartialEq)]
enum Rules {
    /// Unique ids (storage: what this app wrote is not refused again).
    Invariants,
    /// Those, and every record as its form would accept it (a file).
    Forms,
}

fn parse_migrated(body: Value, version: u64, rules: Rules) -> Result<Workbook, FileError> {
    let body = migrate(body, version)?;
    // Read from text, as current files are: one parser for both, and a
    // position to name the field by.
    let text = body.to_string();
    let workbook = serde_json::from_str(&text).map_err(|e| bad_field(&text, &e, ""))?;
    checked(workbook, rules)
}

/// Checks the workbook's invariants (and, for a file, its records against
/// the rules of their forms, in the order read, so the path names the
/// record in the file), then puts it in its usual order.
fn checked(mut workbook: Workbook, rules: Rules) -> Result<Workbook, FileError> {
    workbook
        .validate()
        .map_err(|detail| FileError::Invalid { detail })?;
    if rules == Rules::Forms {
        if let Some((path, why)) = workbook.form_refusal() {
            return Err(FileError::BadField {
                path,
                detail: why.to_string(),
            });
        }
    }
    workbook.normalise();
    Ok(workbook)
}

/// A parse error of the workbook, named by the path of the field where the
/// parser stopped (`complaints[3].data.status`), `prefix` taken off.
fn bad_field(text: &str, e: &serde_json::Error, prefix: &str) -> FileError {
    let message = e.to_string();
    let detail = match message.rfind(" at line ") {
        Some(i) if e.line() > 0 => message[..i].to_string(),
        _ => message,
    };
    let missing = detail.starts_with("missing field");
    let path = path_at(text, offset_of(text, e.line(), e.column()), missing);
    let path = match path.strip_prefix(prefix) {
        Some(rest) if !rest.is_empty() => rest.to_string(),
        _ => path,
    };
    FileError::BadField { path, detail }
}

/// The byte offset of a parser's (1-based line, column) position.
fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    (start + column.saturating_sub(1)).min(text.len())
}

/// The path (`a.b[2].c`) of the value being read at byte `offset` of the
/// JSON `text`: a small scan of strings, objects and arrays up to there.
pub fn path_at(text: &str, offset: usize, missing_field: bool) -> String {
    enum Frame {
        Object {
            key: Option<String>,
            expect_key: bool,
        },
        Array {
            index: usize,
        },
    }
    let bytes = text.as_bytes();
    let end = offset.min(bytes.len());
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < end {
        match bytes[i] {
            b'"' => {
                let start = i;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                if let Some(Frame::Object { key, expect_key }) = stack.last_mut() {
                    if *expect_key {
                        let raw = &text[start..(i + 1).min(text.len())];
                        *key = Some(
                            serde_json::from_str::<String>(raw)
                                .unwrap_or_else(|_| raw.trim_matches('"').to_string()),
                        );
                        *expect_key = false;
                    }
                }
            }
            b'{' => stack.push(Frame::Object {
                key: None,
                expect_key: true,
            }),
            b'[' => stack.push(Frame::Array { index: 0 }),
            b'}' | b']' => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Frame::Object { expect_key, .. }) => *expect_key = true,
                Some(Frame::Array { index }) => *index += 1,
                None => {}
            },
            _ => {}
        }
        i += 1;
    }
    // Stopped at the end of an object because a field is missing: name the
    // object, not the last field read.
    if missing_field && bytes.get(end) == Some(&b'}') {
        if let Some(Frame::Object { key, .. }) = stack.last_mut() {
            *key = None;
        }
    }
    let mut path = String::new();
    for frame in &stack {
        match frame {
            Frame::Object { key: Some(k), .. } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(k);
            }
            Frame::Object { key: None, .. } => {}
            Frame::Array { index } => path.push_str(&format!("[{index}]")),
        }
    }
    path
}

/// One migration step: turns a workbook of schema N into schema N + 1.
type Step = fn(Value) -> Result<Value, FileError>;

/// `STEPS[i]` migrates schema `i + 1` to `i + 2`. A schema change adds a step
/// here, bumps [`VERSION`], and keeps a fixture of the old version under
/// `tests/fixtures` loading.
const STEPS: &[Step] = &[v1_to_v2, v2_to_v3, v3_to_v4, v4_to_v5];

/// Schema 2 adds the complaint log and its categories. A version-1 file
/// has neither: it gets an empty log (and an older app, which would drop
/// complaints it does not know, refuses a version-2 file).
fn v1_to_v2(mut body: Value) -> Result<Value, FileError> {
    let obj = body.as_object_mut().expect("checked by migrate");
    obj.entry("complaints").or_insert_with(|| json!([]));
    Ok(body)
}

/// Schema 3 adds the listening inputs (surveys, operational and suppliers'
/// figures), the top problems, the vision drafts, the service goals and
/// the policy points:
/// empty in a version-2 file.
fn v2_to_v3(mut body: Value) -> Result<Value, FileError> {
    let obj = body.as_object_mut().expect("checked by migrate");
    for part in [
        "surveys",
        "operations",
        "supplier_figures",
        "problems",
        "visions",
        "goals",
    ] {
        obj.entry(part).or_insert_with(|| json!([]));
    }
    Ok(body)
}

/// Schema 4 adds the rest of the plan: the rules marked for removal, the
/// staff guidelines, the training plan and the reviews (empty collections),
/// and the customer profile and support hours (left out: they default).
fn v3_to_v4(mut body: Value) -> Result<Value, FileError> {
    let obj = body.as_object_mut().expect("checked by migrate");
    for part in ["rules", "guidelines", "training", "reviews"] {
        obj.entry(part).or_insert_with(|| json!([]));
    }
    Ok(body)
}

/// Schema 5 adds the Run section: procedures, customer meeting notes, the
/// checklist's rounds, pulse surveys, team members, 1:1s and eNPS rounds
/// (empty collections), and the checklist's items (left out: the seed's).
fn v4_to_v5(mut body: Value) -> Result<Value, FileError> {
    let obj = body.as_object_mut().expect("checked by migrate");
    for part in [
        "sops",
        "meetings",
        "check_rounds",
        "pulses",
        "members",
        "one_on_ones",
        "enps",
    ] {
        obj.entry(part).or_insert_with(|| json!([]));
    }
    Ok(body)
}

pub fn migrate(mut body: Value, version: u64) -> Result<Value, FileError> {
    if !body.is_object() {
        return Err(FileError::BadField {
            path: "workbook".into(),
            detail: "expected an object".into(),
        });
    }
    let from = (version as usize).saturating_sub(1);
    for step in STEPS.iter().skip(from) {
        body = step(body)?;
    }
    Ok(body)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::selftest::quotient::SelfTest;
    use chrono::TimeZone;

    fn at() -> DateTime<Utc> {
        Utc.timestamp_opt(1_750_000_000, 0).unwrap()
    }

    fn sample() -> Workbook {
        let mut wb = Workbook::default();
        wb.profile.set(
            crate::book::workbook::Profile {
                business_name: "Bottega Rossi".into(),
                example: false,
            },
            at(),
        );
        let mut t = SelfTest::default();
        t.answer("culture.1", 4);
        wb.self_tests.insert(t, at());
        wb
    }

    /// Issue 17: the currency travels in the file; a file without it (any
    /// older one) loads with none, and a file's value that is no code
    /// loads as it is, kept, and counts as none.
    #[test]
    fn the_currency_travels_in_the_file_and_older_files_have_none() {
        let mut wb = sample();
        wb.currency.set("TRY".into(), at());
        let text = export(&wb, at(), "0.1.0");
        assert!(text.contains("\"currency\""), "{text}");
        let (_, back) = import(&text).unwrap();
        assert_eq!(back, wb);
        assert_eq!(
            back.currency().map(|c| c.code().to_string()),
            Some("TRY".into())
        );
        let older = export(&sample(), at(), "0.1.0");
        let mut value: Value = serde_json::from_str(&older).unwrap();
        value["workbook"]
            .as_object_mut()
            .unwrap()
            .remove("currency");
        let (_, back) = import(&value.to_string()).unwrap();
        assert_eq!(back.currency(), None);
        for hostile in [
            json!("<img src=x onerror=alert(1)>"),
            json!("e\u{202e}ur"),
            json!(""),
        ] {
            value["workbook"]["currency"] =
                json!({"updated": "2026-01-01T00:00:00Z", "data": hostile});
            let (_, back) = import(&value.to_string()).unwrap();
            assert_eq!(back.currency(), None, "{hostile}");
            assert_eq!(json!(back.currency.data), hostile, "kept as it was");
        }
        // A currency of the wrong type is refused by its path, not a panic.
        value["workbook"]["currency"] = json!({"updated": "2026-01-01T00:00:00Z", "data": 5});
        assert!(import(&value.to_string()).is_err());
    }

    #[test]
    fn round_trip_gives_the_same_workbook() {
        let wb = sample();
        let text = export(&wb, at(), "0.1.0");
        let (header, back) = import(&text).unwrap();
        assert_eq!(back, wb);
        assert_eq!(header.version, VERSION);
        assert_eq!(header.app_version.as_deref(), Some("0.1.0"));
        assert_eq!(header.exported_at, Some(at()));
    }

    #[test]
    fn the_file_says_what_it_is() {
        let v: Value = serde_json::from_str(&export(&sample(), at(), "9")).unwrap();
        assert_eq!(v["format"], "servicebook");
        assert_eq!(v["version"], VERSION);
        assert_eq!(v["app_version"], "9");
        assert!(v["exported_at"].as_str().unwrap().starts_with("2025-06-15"));
    }

    #[test]
    fn a_byte_order_mark_is_accepted() {
        let text = format!("\u{feff}{}", export(&sample(), at(), "1"));
        assert!(import(&text).is_ok());
    }

    #[test]
    fn refusals_name_the_problem() {
        assert_eq!(import("  "), Err(FileError::Empty));
        assert_eq!(
            import("hello"),
            Err(FileError::NotJson { line: 1, column: 1 })
        );
        assert!(matches!(
            import("{\"a\": [1,"),
            Err(FileError::NotJson { .. })
        ));
        assert_eq!(import("[1,2]"), Err(FileError::NotServicebook));
        assert_eq!(
            import(r#"{"format":"other","version":1,"workbook":{}}"#),
            Err(FileError::NotServicebook)
        );
        assert_eq!(
            import(r#"{"format":"servicebook","workbook":{}}"#),
            Err(FileError::NoVersion)
        );
        assert_eq!(
            import(r#"{"format":"servicebook","version":"1","workbook":{}}"#),
            Err(FileError::NoVersion)
        );
        assert_eq!(
            import(r#"{"format":"servicebook","version":99,"workbook":{}}"#),
            Err(FileError::Newer {
                found: 99,
                supported: VERSION
            })
        );
    }

    #[test]
    fn a_wrong_field_type_is_named_by_its_path() {
        let text = r#"{"format":"servicebook","version":1,"workbook":{"self_tests":[
            {"id":"6f1c8a3e-2a7b-4c1d-9e0f-1a2b3c4d5e6f","created":"2025-01-01T00:00:00Z",
             "updated":"2025-01-01T00:00:00Z","data":{"answers":{"culture.1":"four"}}}]}}"#;
        match import(text) {
            Err(FileError::BadField { path, .. }) => {
                assert_eq!(path, "self_tests[0].data.answers.culture.1")
            }
            other => panic!("expected BadField, got {other:?}"),
        }
    }

    #[test]
    fn a_count_beyond_32_bits_is_refused_and_named() {
        let rec = |data: &str| {
            format!(
                r#"{{"id":"6f1c8a3e-2a7b-4c1d-9e0f-1a2b3c4d5e6f","created":"2025-01-01T00:00:00Z",
                "updated":"2025-01-01T00:00:00Z","data":{data}}}"#
            )
        };
        for (part, data, want) in [
            (
                "enps",
                r#"{"date":"2026-11-01","counts":[0,0,0,0,0,0,0,0,0,2,4294967297]}"#,
                "enps[0].data.counts[10]",
            ),
            (
                "pulses",
                r#"{"title":"t","rounds":[{"date":"2026-11-01","answers":[[1,2,3,4,5],[0,4294967297,0,0,0]]}]}"#,
                "pulses[0].data.rounds[0].answers[1][1]",
            ),
            (
                "operations",
                r#"{"period":"2026-11","sold":4294967297}"#,
                "operations[0].data.sold",
            ),
            (
                "supplier_figures",
                r#"{"period":"2026-11","web_feedback":[{"category":"x","count":4294967297}]}"#,
                "supplier_figures[0].data.web_feedback[0].count",
            ),
        ] {
            let text = format!(
                r#"{{"format":"servicebook","version":5,"workbook":{{"{part}":[{}]}}}}"#,
                rec(data)
            );
            match import(&text) {
                Err(FileError::BadField { path, detail }) => {
                    assert_eq!(path, want);
                    assert!(detail.contains("4294967297"), "{detail}");
                }
                other => panic!("{part}: expected BadField, got {other:?}"),
            }
        }
    }

    #[test]
    fn a_record_its_form_would_refuse_is_refused_on_import_and_named() {
        use crate::listen::complaints::Complaint;
        let mut wb = sample();
        let c = |amount: f64| Complaint {
            nature: "broken".into(),
            compensation_amount: Some(amount),
            ..Complaint::new(at())
        };
        wb.complaints.insert(c(10.0), at());
        wb.complaints
            .insert(c(-5.0), at() + chrono::Duration::seconds(1));
        let text = export(&wb, at(), "1");
        assert_eq!(
            import(&text),
            Err(FileError::BadField {
                path: "complaints[1].data.compensation_amount".into(),
                detail: "a negative amount".into()
            })
        );
        // The same record in an older file, through the migrations.
        let old = text.replace("\"version\": 5", "\"version\": 4");
        assert!(matches!(import(&old), Err(FileError::BadField { path, .. })
            if path == "complaints[1].data.compensation_amount"));
        // Storage is not refused again for it (what was saved stays readable).
        let v: Value = serde_json::from_str(&text).unwrap();
        assert!(workbook_from_value(v["workbook"].clone(), VERSION).is_ok());
        // What the form asks to complete or correct is accepted: one
        // unfinished record does not refuse a colleague's whole file.
        let mut unfinished = sample();
        unfinished.complaints.insert(
            Complaint {
                resolved: Some(at() - chrono::Duration::hours(1)),
                ..Complaint::new(at())
            },
            at(),
        );
        unfinished
            .surveys
            .insert(crate::listen::inputs::Survey::new(at().date_naive()), at());
        assert!(import(&export(&unfinished, at(), "1")).is_ok());
    }

    #[test]
    fn the_example_workbook_keeps_to_its_forms_rules() {
        for lang in [
            crate::i18n::Lang::En,
            crate::i18n::Lang::It,
            crate::i18n::Lang::Tr,
        ] {
            let wb = crate::book::example::tests::example(lang, at());
            assert_eq!(wb.form_refusal(), None, "{lang:?}");
            assert!(import(&export(&wb, at(), "1")).is_ok());
        }
    }

    #[test]
    fn duplicate_ids_are_refused() {
        let rec = r#"{"id":"6f1c8a3e-2a7b-4c1d-9e0f-1a2b3c4d5e6f","created":"2025-01-01T00:00:00Z","updated":"2025-01-01T00:00:00Z","data":{}}"#;
        let text = format!(
            r#"{{"format":"servicebook","version":1,"workbook":{{"self_tests":[{rec},{rec}]}}}}"#
        );
        assert!(matches!(import(&text), Err(FileError::Invalid { .. })));
    }

    #[test]
    fn deep_nesting_is_refused_not_a_crash() {
        // Nested arrays are JSON, but not a Servicebook file.
        let text = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        assert_eq!(import(&text), Err(FileError::NotServicebook));
        // Nested inside the workbook: past the parser's depth limit, refused
        // where it stopped.
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        for text in [
            format!(r#"{{"format":"servicebook","version":5,"workbook":{{"complaints":{deep}}}}}"#),
            format!(r#"{{"format":"servicebook","version":2,"workbook":{{"complaints":{deep}}}}}"#),
        ] {
            match import(&text) {
                Err(FileError::NotJson { line: 1, column }) => assert!(column > 40, "{column}"),
                Err(FileError::BadField { path, .. }) => assert_eq!(path, "complaints[0]"),
                other => panic!("expected NotJson or BadField, got {other:?}"),
            }
        }
    }

    #[test]
    fn a_field_is_named_by_its_path_in_a_current_file_too() {
        let mut wb = Workbook::default();
        wb.self_tests.insert(
            SelfTest {
                completed: Some(at()),
                ..SelfTest::default()
            },
            at(),
        );
        let text = export(&wb, at(), "1");
        let broken = text.replace("\"completed\": \"", "\"completed\": \"soon");
        match import(&broken) {
            Err(FileError::BadField { path, detail }) => {
                assert_eq!(path, "self_tests[0].data.completed");
                assert!(!detail.contains(" at line "), "{detail}");
            }
            other => panic!("expected BadField, got {other:?}"),
        }
        // A field missing from a record names the record's part.
        let cut = text.replace("\"id\": ", "\"key\": ");
        match import(&cut) {
            Err(FileError::BadField { path, detail }) => {
                assert_eq!(path, "self_tests[0]");
                assert!(detail.contains("`id`"), "{detail}");
            }
            other => panic!("expected BadField, got {other:?}"),
        }
    }

    #[test]
    fn a_workbook_that_is_not_an_object_is_refused() {
        for body in ["[]", "[{}]", "\"x\"", "1", "true"] {
            let text = format!(r#"{{"format":"servicebook","version":5,"workbook":{body}}}"#);
            assert_eq!(
                import(&text),
                Err(FileError::BadField {
                    path: "workbook".into(),
                    detail: "expected an object".into()
                }),
                "{body}"
            );
        }
        let null = r#"{"format":"servicebook","version":5,"workbook":null}"#;
        assert!(
            matches!(import(null), Err(FileError::BadField { path, .. }) if path == "workbook")
        );
    }

    #[test]
    fn a_rating_off_the_scale_is_refused_and_named() {
        for r in ["0", "6", "9", "255"] {
            let text = format!(
                r#"{{"format":"servicebook","version":5,"workbook":{{"self_tests":[
                {{"id":"6f1c8a3e-2a7b-4c1d-9e0f-1a2b3c4d5e6f","created":"2025-01-01T00:00:00Z",
                 "updated":"2025-01-01T00:00:00Z","data":{{"answers":{{"culture.1":4,"culture.2":{r}}}}}}}]}}}}"#
            );
            match import(&text) {
                Err(FileError::BadField { path, detail }) => {
                    assert_eq!(path, "self_tests[0].data.answers.culture.2");
                    assert!(
                        detail.contains(&format!("rating {r} of culture.2")),
                        "{detail}"
                    );
                }
                other => panic!("{r}: expected BadField, got {other:?}"),
            }
        }
    }

    #[test]
    fn path_at_follows_objects_arrays_and_escaped_keys() {
        let text = r#"{"a": [1, {"b\"c": [true, "x,]"]}], "d": 2}"#;
        let at = |needle: &str| path_at(text, text.find(needle).unwrap() + needle.len(), false);
        assert_eq!(at("[1"), "a[0]");
        assert_eq!(at("[true"), "a[1].b\"c[0]");
        assert_eq!(at("\"x,]\""), "a[1].b\"c[1]");
        assert_eq!(at("\"d\": 2"), "d");
        assert_eq!(path_at(text, 0, false), "");
        // A field missing: the parser stops at the object's end.
        let end = text.find("]}").unwrap() + 1;
        assert_eq!(path_at(text, end, false), "a[1].b\"c");
        assert_eq!(path_at(text, end, true), "a[1]");
    }

    #[test]
    fn migration_from_1_adds_an_empty_log_and_keeps_the_rest() {
        let v = migrate(
            json!({"self_tests": [], "profile": {"data": {"business_name": "X"}}}),
            1,
        )
        .unwrap();
        assert_eq!(v["complaints"], json!([]));
        assert_eq!(v["profile"]["data"]["business_name"], "X");
        // The current version is not migrated again.
        let v = migrate(json!({"complaints": [1]}), VERSION).unwrap();
        assert_eq!(v["complaints"], json!([1]));
    }

    #[test]
    fn version_1_fixture_still_loads() {
        let text = include_str!("../../tests/fixtures/workbook-v1.json");
        let (header, wb) = import(text).expect("the version-1 fixture loads");
        assert_eq!(header.version, 1);
        assert!(wb.complaints.is_empty());
        assert_eq!(wb.profile.data.business_name, "Ferramenta Bianchi");
        assert_eq!(wb.finished_self_tests().len(), 1);
        let score = wb.finished_self_tests()[0].data.score().unwrap();
        assert_eq!(score.total.0, 1520); // 25.333…
    }

    #[test]
    fn version_4_fixture_still_loads_with_its_plan() {
        use crate::draft::plan::{guideline, review_status, GuideStep, ReviewStatus};
        let text = include_str!("../../tests/fixtures/workbook-v4.json");
        let (header, wb) = import(text).expect("the version-4 fixture loads");
        assert_eq!(header.version, 4);
        assert_eq!(wb.customer.data.location, "Kadıköy");
        assert_eq!(wb.support.data.hours[5].to.to_string(), "19:00:00");
        assert_eq!(wb.support.data.channels.len(), 2);
        assert_eq!(wb.rules.len(), 1);
        assert_eq!(
            guideline(&wb.guidelines, GuideStep::Understand, crate::i18n::Lang::Tr).0,
            "Sözünü kesmeden dinleyin."
        );
        assert_eq!(wb.training.len(), 1);
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        assert!(matches!(
            review_status(&wb.reviews, today),
            ReviewStatus::Scheduled { .. }
        ));
        assert!(wb.sops.is_empty() && wb.enps.is_empty() && wb.checklist.data.is_empty());
    }

    #[test]
    fn version_3_fixture_still_loads_with_an_empty_plan() {
        let text = include_str!("../../tests/fixtures/workbook-v3.json");
        let (header, wb) = import(text).expect("the version-3 fixture loads");
        assert_eq!(header.version, 3);
        assert_eq!(wb.profile.data.business_name, "Kırtasiye Yıldız");
        assert_eq!(wb.surveys.len(), 1);
        assert_eq!(wb.operations.all()[0].data.return_rate(), Some(0.02));
        assert_eq!(wb.problems.all()[0].data.rank, Some(1));
        let vision = wb.vision.data.and_then(|id| wb.visions.get(id)).unwrap();
        assert!(vision.data.statement.starts_with("Aradığınızı bulur"));
        let speed =
            crate::draft::policy::point(&wb.policy, crate::draft::policy::PointKey::Speed).unwrap();
        assert_eq!(speed.data.stage, crate::draft::policy::Stage::Proposed);
        assert!(wb.rules.is_empty() && wb.guidelines.is_empty());
        assert!(wb.training.is_empty() && wb.reviews.is_empty());
        assert_eq!(wb.customer.data, Default::default());
        assert_eq!(wb.support.data, crate::draft::plan::Support::default());
        assert!(
            wb.support.updated.is_none(),
            "an untouched plan loses to any colleague's"
        );
    }

    #[test]
    fn version_2_fixture_still_loads_with_empty_inputs() {
        let text = include_str!("../../tests/fixtures/workbook-v2.json");
        let (header, wb) = import(text).expect("the version-2 fixture loads");
        assert_eq!(header.version, 2);
        assert_eq!(wb.complaints.len(), 1);
        let c = &wb.complaints.all()[0].data;
        assert_eq!(c.customer.name, "Mario Rossi");
        assert_eq!(c.compensation_amount, Some(15.0));
        assert!(wb.surveys.is_empty() && wb.operations.is_empty());
        assert!(wb.supplier_figures.is_empty() && wb.problems.is_empty());
        assert_eq!(
            wb.categories.data,
            vec!["Articolo rotto", "Consegna in ritardo"]
        );
    }

    #[test]
    fn migration_from_2_adds_empty_inputs_and_keeps_what_is_there() {
        let v = migrate(json!({"complaints": [], "surveys": [1]}), 2).unwrap();
        for part in [
            "operations",
            "supplier_figures",
            "problems",
            "visions",
            "goals",
        ] {
            assert_eq!(v[part], json!([]), "{part}");
        }
        assert_eq!(v["surveys"], json!([1]), "an entry already there is kept");
    }

    #[test]
    fn listening_inputs_and_problems_travel_in_the_file() {
        use crate::listen::inputs::{CategoryCount, Operations, Period, SupplierFigures, Survey};
        use crate::listen::problems::{Problem, Source};
        let mut wb = sample();
        wb.surveys.insert(
            Survey {
                title: "<script>alert(1)</script>".into(),
                questions: vec!["What nearly stopped you?".into()],
                learned: "Delivery times".into(),
                ..Survey::new(at().date_naive())
            },
            at(),
        );
        wb.operations.insert(
            Operations {
                period: Period::new(2026, 10).unwrap(),
                sold: Some(300),
                returns: Some(9),
                ..Operations::default()
            },
            at(),
        );
        wb.supplier_figures.insert(
            SupplierFigures {
                period: Period::new(2026, 10).unwrap(),
                web_feedback: vec![CategoryCount {
                    category: "Checkout".into(),
                    count: 3,
                }],
                avg_wait_seconds: Some(95),
                ..SupplierFigures::default()
            },
            at(),
        );
        wb.problems.insert(
            Problem {
                title: "Items arrive broken".into(),
                sources: vec![Source::Returns],
                rank: Some(1),
                ..Problem::default()
            },
            at(),
        );
        let text = export(&wb, at(), "1");
        assert!(text.contains("\"period\": \"2026-10\""));
        let (_, back) = import(&text).unwrap();
        assert_eq!(back, wb);
        // A month that is not a month is named by its path.
        let broken = text.replace("\"2026-10\"", "\"2026-13\"");
        match import(&broken) {
            Err(FileError::BadField { path, .. }) => assert_eq!(path, "operations[0].data.period"),
            other => panic!("expected BadField, got {other:?}"),
        }
    }
}

/// Property tests of import (native only: proptest is a native
/// dev-dependency): no input makes it panic, a file survives the round trip,
/// and merging a file is idempotent and loses no record.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use super::*;
    use crate::book::example::tests::example;
    use crate::i18n::Lang;
    use crate::kernel::record::pinned_now as now;
    use proptest::prelude::*;

    fn json_value() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(|n| json!(n)),
            (-1e12f64..1e12).prop_map(|f| json!(f)),
            ".{0,12}".prop_map(Value::String),
            Just(json!("2026-11-24")),
            Just(json!("<script>alert(1)</script>")),
        ];
        leaf.prop_recursive(4, 32, 6, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
                proptest::collection::btree_map("[a-z_]{1,10}", inner, 0..6)
                    .prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #[test]
        fn pretty_lays_out_as_serde_json_does(v in json_value()) {
            let compact = serde_json::to_string(&v).unwrap();
            prop_assert_eq!(pretty(&compact), serde_json::to_string_pretty(&v).unwrap());
        }
    }

    #[test]
    fn pretty_lays_out_every_example_and_odd_strings_as_serde_json_does() {
        let mut values: Vec<Value> = Lang::ALL
            .iter()
            .map(|l| serde_json::to_value(example(*l, now())).unwrap())
            .collect();
        values.push(json!({"a\"{[": ["\\", "\\\"", "}],:", "\u{2028}\u{0}é😀", {}, [], [{}], ""]}));
        for v in values {
            let compact = serde_json::to_string(&v).unwrap();
            assert_eq!(pretty(&compact), serde_json::to_string_pretty(&v).unwrap());
        }
    }

    /// Every place in a JSON tree, as the steps to reach it.
    fn places(v: &Value, here: &mut Vec<Step>, out: &mut Vec<Vec<Step>>) {
        out.push(here.clone());
        match v {
            Value::Object(m) => {
                for (k, child) in m {
                    here.push(Step::Key(k.clone()));
                    places(child, here, out);
                    here.pop();
                }
            }
            Value::Array(a) => {
                for (i, child) in a.iter().enumerate() {
                    here.push(Step::Index(i));
                    places(child, here, out);
                    here.pop();
                }
            }
            _ => {}
        }
    }

    #[derive(Debug, Clone)]
    enum Step {
        Key(String),
        Index(usize),
    }

    fn at<'a>(v: &'a mut Value, path: &[Step]) -> &'a mut Value {
        path.iter().fold(v, |v, s| match s {
            Step::Key(k) => &mut v[k.as_str()],
            Step::Index(i) => &mut v[*i],
        })
    }

    fn example_file(lang: usize) -> (Workbook, Value) {
        let wb = example(Lang::ALL[lang], now());
        let text = export(&wb, now(), "test");
        (wb, serde_json::from_str(&text).unwrap())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]

        #[test]
        fn any_text_is_read_or_refused_never_a_panic(s in "\\PC{0,300}") {
            let _ = import(&s);
        }

        #[test]
        fn any_json_is_read_or_refused_never_a_panic(v in json_value()) {
            let _ = import(&v.to_string());
            let _ = import(&json!({"format": FORMAT, "version": VERSION, "workbook": v}).to_string());
        }

        #[test]
        fn a_real_file_with_any_part_replaced_is_read_or_refused_and_what_is_read_round_trips(
            lang in 0usize..3,
            pick in any::<proptest::sample::Index>(),
            v in json_value(),
        ) {
            let (_, mut file) = example_file(lang);
            let mut all = Vec::new();
            places(&file, &mut Vec::new(), &mut all);
            let path = pick.get(&all).clone();
            *at(&mut file, &path) = v;
            if let Ok((_, wb)) = import(&file.to_string()) {
                // What was accepted is a workbook like any other: it exports
                // and reads back the same.
                let (_, again) = import(&export(&wb, now(), "test")).unwrap();
                prop_assert_eq!(again, wb);
            }
        }

        #[test]
        fn export_then_import_gives_the_same_workbook(
            lang in 0usize..3,
            name in "\\PC{0,40}",
            note in "\\PC{0,80}",
        ) {
            let mut wb = example(Lang::ALL[lang], now());
            wb.profile.data.business_name = name;
            let complaint = wb.complaints.live().next().map(|r| r.id);
            if let Some(id) = complaint {
                wb.complaints.update(id, now(), |c| c.nature = note.clone());
            }
            let meeting = wb.meetings.live().next().map(|r| r.id);
            if let Some(id) = meeting {
                wb.meetings.update(id, now(), |m| m.feedback = note);
            }
            let (header, back) = import(&export(&wb, now(), "test")).unwrap();
            prop_assert_eq!(header.version, VERSION);
            prop_assert_eq!(back, wb);
        }

        #[test]
        fn merging_a_colleagues_file_is_idempotent_and_loses_no_record(
            lang in 0usize..3,
            trash in proptest::collection::vec(any::<proptest::sample::Index>(), 0..6),
        ) {
            let (mine, _) = example_file(lang);
            // The colleague trashed some complaints and added a meeting note.
            let mut theirs = mine.clone();
            let ids: Vec<uuid::Uuid> = theirs.complaints.all().iter().map(|r| r.id).collect();
            for i in &trash {
                theirs.complaints.trash(*i.get(&ids), now());
            }
            let first = theirs.meetings.live().next().unwrap().data.clone();
            theirs.meetings.insert(first, now());
            let (_, theirs) = import(&export(&theirs, now(), "test")).unwrap();
            let mut merged = mine.clone();
            merged.merge_from(&theirs);
            let once = merged.clone();
            merged.merge_from(&theirs);
            prop_assert_eq!(&merged, &once);
            // Live records: everything of mine, less the complaints they
            // trashed, plus their note.
            let trashed: std::collections::BTreeSet<usize> = trash.iter().map(|i| i.index(ids.len())).collect();
            for (part, n) in mine.counts() {
                let after = once.counts().into_iter().find(|(p, _)| *p == part).unwrap().1;
                let want = match part {
                    crate::book::workbook::Part::Complaints => n - trashed.len(),
                    crate::book::workbook::Part::Meetings => n + 1,
                    _ => n,
                };
                prop_assert_eq!(after, want, "{:?}", part);
            }
            prop_assert_eq!(once.meetings.all().len(), mine.meetings.all().len() + 1);
            for id in &ids {
                prop_assert!(once.complaints.get(*id).is_some());
            }
        }
    }
}

/// Issue 15: no date from outside can panic the app. Every date a file
/// holds is bounded to the years 1900–9999 on the way in, and refused by
/// its path otherwise (see `domain::bounds`; the property test is there).
#[cfg(test)]
mod date_bounds {
    use super::*;
    use crate::book::example::tests::example;
    use crate::i18n::Lang;
    use crate::kernel::bounds::OUT_OF_RANGE;
    use crate::kernel::record::pinned_now as now;
    use chrono::NaiveDate;
    use std::collections::BTreeSet;

    /// The value in the report: chrono's last millisecond.
    const EDGE: &str = "+262142-12-31T23:59:59.999Z";

    /// A file of schema `version` with one complaint, `field` (a path in
    /// the record, `data.received`) set to `value`.
    fn with_complaint(version: u64, field: &str, value: &str) -> String {
        let mut record = json!({
            "id": "6f1c8a3e-2a7b-4c1d-9e0f-1a2b3c4d5e6f",
            "created": "2025-01-01T00:00:00Z",
            "updated": "2025-01-02T00:00:00Z",
            "data": {"received": "2025-01-01T09:00:00Z", "nature": "Arrived broken"}
        });
        let mut place = &mut record;
        for key in field.split('.') {
            place = &mut place[key];
        }
        *place = json!(value);
        json!({
            "format": FORMAT,
            "version": version,
            "exported_at": "2025-01-03T00:00:00Z",
            "app_version": "test",
            "workbook": {"complaints": [record]}
        })
        .to_string()
    }

    fn refusal(text: &str) -> (String, String) {
        match import(text) {
            Err(FileError::BadField { path, detail }) => (path, detail),
            other => panic!("expected BadField, got {other:?}"),
        }
    }

    #[test]
    fn the_reported_received_is_refused_by_its_path() {
        for version in [2, VERSION] {
            let (path, detail) = refusal(&with_complaint(version, "data.received", EDGE));
            assert_eq!(path, "complaints[0].data.received", "v{version}");
            assert_eq!(detail, OUT_OF_RANGE);
        }
    }

    #[test]
    fn the_reported_updated_is_refused_by_its_path() {
        for version in [2, VERSION] {
            let (path, detail) = refusal(&with_complaint(version, "updated", EDGE));
            assert_eq!(path, "complaints[0].updated", "v{version}");
            assert_eq!(detail, OUT_OF_RANGE);
        }
    }

    #[test]
    fn the_reported_deleted_is_refused_by_its_path() {
        for version in [2, VERSION] {
            let (path, detail) = refusal(&with_complaint(version, "deleted", EDGE));
            assert_eq!(path, "complaints[0].deleted", "v{version}");
            assert_eq!(detail, OUT_OF_RANGE);
        }
    }

    #[test]
    fn every_stamp_of_a_complaint_is_bounded_at_both_ends() {
        let fields = [
            "created",
            "updated",
            "deleted",
            "data.received",
            "data.resolved",
            "data.follow_up",
            "data.erased",
        ];
        for field in fields {
            for bad in [EDGE, "1899-12-31T23:59:59.999Z", "+10000-01-01T00:00:00Z"] {
                let (path, detail) = refusal(&with_complaint(VERSION, field, bad));
                assert_eq!(path, format!("complaints[0].{field}"), "{bad}");
                assert_eq!(detail, OUT_OF_RANGE, "{field} {bad}");
            }
            // In range: never refused for its range (a form rule, such as
            // "resolved after received", may still refuse it).
            for good in ["1900-01-01T00:00:00Z", "9999-12-31T23:59:59.999Z"] {
                let text = with_complaint(VERSION, field, good);
                match import(&text) {
                    Ok(_) => {}
                    Err(FileError::BadField { detail, .. }) => {
                        assert_ne!(detail, OUT_OF_RANGE, "{field} {good}")
                    }
                    Err(e) => panic!("{field} {good}: {e:?}"),
                }
            }
        }
        for bad in ["1899-12-31", "+10000-01-01", "+262142-12-31"] {
            let (path, detail) = refusal(&with_complaint(VERSION, "data.promised_for", bad));
            assert_eq!(path, "complaints[0].data.promised_for");
            assert_eq!(detail, OUT_OF_RANGE, "{bad}");
        }
        for good in ["1900-01-01", "9999-12-31"] {
            assert!(import(&with_complaint(VERSION, "data.promised_for", good)).is_ok());
        }
    }

    #[test]
    fn an_exported_at_out_of_range_is_refused_by_its_path() {
        let text = with_complaint(VERSION, "updated", "2025-01-02T00:00:00Z")
            .replace("2025-01-03T00:00:00Z", "1899-12-31T23:59:59Z");
        assert_eq!(
            import(&text),
            Err(FileError::BadField {
                path: "exported_at".into(),
                detail: OUT_OF_RANGE.into()
            })
        );
    }

    /// What kind of date a text is, if any: a time stamp, a day or a month.
    fn kind_of(text: &str) -> Option<&'static str> {
        if DateTime::parse_from_rfc3339(text).is_ok() {
            Some("stamp")
        } else if NaiveDate::parse_from_str(text, "%Y-%m-%d").is_ok() {
            Some("date")
        } else if text.len() == 7 && crate::listen::inputs::Period::parse(text).is_some() {
            Some("month")
        } else {
            None
        }
    }

    /// Every string leaf of a JSON tree, with its path as `path_at` names it.
    fn leaves(v: &Value, path: String, out: &mut Vec<(String, String)>) {
        match v {
            Value::Object(m) => {
                for (k, child) in m {
                    let p = if path.is_empty() {
                        k.clone()
                    } else {
                        format!("{path}.{k}")
                    };
                    leaves(child, p, out);
                }
            }
            Value::Array(a) => {
                for (i, child) in a.iter().enumerate() {
                    leaves(child, format!("{path}[{i}]"), out);
                }
            }
            Value::String(s) => out.push((path, s.clone())),
            _ => {}
        }
    }

    fn set(v: &mut Value, path: &str, to: &str) {
        let mut place = v;
        for part in path.split('.') {
            let (key, indexes) = part.split_once('[').unwrap_or((part, ""));
            place = &mut place[key];
            for i in indexes.split('[').filter(|s| !s.is_empty()) {
                place = &mut place[i.trim_end_matches(']').parse::<usize>().unwrap()];
            }
        }
        *place = json!(to);
    }

    /// The class, not the case: every date anywhere in a file (the example
    /// workbook has every collection), put out of range, is refused and
    /// named by its path, in a current file and through the migrations.
    #[test]
    fn every_date_in_a_file_is_bounded_and_named() {
        let mut wb = example(Lang::En, now());
        // The fields the example leaves empty.
        let ids: Vec<_> = wb.complaints.live().map(|r| r.id).take(2).collect();
        wb.complaints.update(ids[0], now(), |c| {
            c.promised_for = Some(now().date_naive());
            c.erase_personal_data(now());
        });
        wb.complaints.trash(ids[1], now());
        let file: Value = serde_json::from_str(&export(&wb, now(), "test")).unwrap();
        let mut found = Vec::new();
        leaves(&file, String::new(), &mut found);
        let dated: Vec<(String, &str)> = found
            .iter()
            .filter_map(|(p, s)| kind_of(s).map(|k| (p.clone(), k)))
            .collect();
        // Field names (indexes left out) that were put out of range.
        let mut fields = BTreeSet::new();
        for (i, (path, kind)) in dated.iter().enumerate() {
            let (bad, detail) = match *kind {
                "stamp" => (
                    if i % 2 == 0 {
                        EDGE
                    } else {
                        "1899-12-31T23:59:59.999Z"
                    },
                    OUT_OF_RANGE,
                ),
                "date" => (
                    if i % 2 == 0 {
                        "+262142-12-31"
                    } else {
                        "1899-12-31"
                    },
                    OUT_OF_RANGE,
                ),
                _ => ("1899-12", "expected a month YYYY-MM, got \"1899-12\""),
            };
            let mut broken = file.clone();
            set(&mut broken, path, bad);
            // The header's version decides the route: current, or migrated.
            for version in [4, VERSION] {
                broken["version"] = json!(version);
                let want = path.strip_prefix("workbook.").unwrap_or(path);
                assert_eq!(
                    import(&broken.to_string()).err(),
                    Some(FileError::BadField {
                        path: want.to_string(),
                        detail: detail.to_string()
                    }),
                    "{path} = {bad} (v{version})"
                );
            }
            let name: String = path
                .split('.')
                .next_back()
                .unwrap()
                .split('[')
                .next()
                .unwrap()
                .into();
            fields.insert(name);
        }
        // Every kind of date field was among them.
        for name in [
            "exported_at",
            "created",
            "updated",
            "deleted",
            "received",
            "resolved",
            "follow_up",
            "promised_for",
            "erased",
            "completed",
            "date",
            "on",
            "next",
            "version",
            "period",
        ] {
            assert!(fields.contains(name), "{name} not covered: {fields:?}");
        }
    }

    #[test]
    fn a_month_out_of_range_is_refused_by_its_path() {
        for bad in ["1899-12", "10000-01", "2026-13"] {
            let text = json!({
                "format": FORMAT, "version": VERSION,
                "workbook": {"operations": [{
                    "id": "6f1c8a3e-2a7b-4c1d-9e0f-1a2b3c4d5e6f",
                    "created": "2025-01-01T00:00:00Z", "updated": "2025-01-01T00:00:00Z",
                    "data": {"period": bad}
                }]}
            })
            .to_string();
            assert_eq!(refusal(&text).0, "operations[0].data.period", "{bad}");
        }
    }

    #[test]
    fn the_fixtures_still_load_within_the_bounds() {
        for text in [
            include_str!("../../tests/fixtures/workbook-v1.json"),
            include_str!("../../tests/fixtures/workbook-v2.json"),
            include_str!("../../tests/fixtures/workbook-v3.json"),
            include_str!("../../tests/fixtures/workbook-v4.json"),
        ] {
            assert!(import(text).is_ok());
        }
    }
}
