//! The code map's rules, checked on the source itself (ARCHITECTURE.md):
//! - the models (every file outside `app/` that is not a `*_view.rs`) never
//!   touch the DOM, the browser or a view;
//! - the kernel knows no section and no workbook; the book knows no view;
//! - no module imports another that imports it back, directly or through
//!   others (test modules aside: a test may build a whole workbook).
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Every `.rs` file under `src/`, by module path ("listen::complaints").
fn modules() -> BTreeMap<String, String> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("src/ is readable") {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    walk(&src, &mut files);
    let mut out = BTreeMap::new();
    for file in files {
        let rel = file.strip_prefix(&src).expect("under src/");
        let mut parts: Vec<String> = rel
            .iter()
            .map(|p| p.to_string_lossy().trim_end_matches(".rs").to_string())
            .collect();
        if parts
            .last()
            .is_some_and(|p| p == "mod" || p == "lib" || p == "main")
        {
            parts.pop();
        }
        // The keys are `include!`d into i18n, not a module of their own.
        if parts == ["i18n", "keys"] {
            parts.pop();
        }
        let name = parts.join("::");
        let text = std::fs::read_to_string(&file).expect("a source file is readable");
        out.entry(name)
            .and_modify(|t: &mut String| t.push_str(&text))
            .or_insert(text);
    }
    out
}

/// The length of the braced block `text` starts with, skipping braces in
/// comments, strings, raw strings and character literals.
fn item_end(text: &str) -> usize {
    let b = text.as_bytes();
    let (mut i, mut depth) = (0usize, 0usize);
    while i < b.len() {
        match b[i] {
            b'/' if b.get(i + 1) == Some(&b'/') => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                i += 2;
                while i + 1 < b.len() && !(b[i] == b'*' && b[i + 1] == b'/') {
                    i += 1;
                }
                i += 1;
            }
            b'r' if matches!(b.get(i + 1), Some(b'#') | Some(b'"'))
                && !b[i.saturating_sub(1)].is_ascii_alphanumeric() =>
            {
                let hashes = b[i + 1..].iter().take_while(|c| **c == b'#').count();
                if b.get(i + 1 + hashes) == Some(&b'"') {
                    let close = format!("\"{}", "#".repeat(hashes));
                    let from = i + 2 + hashes;
                    i = text[from..]
                        .find(&close)
                        .map_or(b.len(), |at| from + at + close.len())
                        - 1;
                }
            }
            b'"' => {
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    if b[i] == b'\\' {
                        i += 1;
                    }
                    i += 1;
                }
            }
            // A character literal ('{', '\''); a lifetime ('a) has no closing quote.
            b'\'' if b.get(i + 2) == Some(&b'\'') => i += 2,
            b'\'' if b.get(i + 1) == Some(&b'\\') => {
                i += 2;
                while i < b.len() && b[i] != b'\'' {
                    i += 1;
                }
            }
            b'{' => depth += 1,
            b'}' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return i + 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
    b.len()
}

/// The text without its test-only items (`#[cfg(test)]`, `#[cfg(all(test, …))]`).
fn without_tests(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    let next = |s: &str| {
        ["#[cfg(test)]", "#[cfg(all(test"]
            .iter()
            .filter_map(|p| s.find(p))
            .min()
    };
    while let Some(at) = next(rest) {
        out.push_str(&rest[..at]);
        let after = &rest[at..];
        let Some(open) = after.find(['{', ';']) else {
            return out;
        };
        if after.as_bytes()[open] == b';' {
            rest = &after[open + 1..];
            continue;
        }
        let end = open + item_end(&after[open..]);
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}

/// The modules a text names through `crate::` paths (grouped uses too).
fn references(text: &str, known: &BTreeSet<String>) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut rest = text;
    while let Some(at) = rest.find("crate::") {
        rest = &rest[at + "crate::".len()..];
        let mut path: Vec<String> = Vec::new();
        let mut s = rest;
        loop {
            let ident: String = s
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if ident.is_empty() {
                break;
            }
            path.push(ident.clone());
            s = &s[ident.len()..];
            if let Some(next) = s.strip_prefix("::") {
                s = next;
                if let Some(group) = s.strip_prefix('{') {
                    // A grouped use: each first-level name may be a module.
                    let inner: String = group.chars().take_while(|c| *c != '}').collect();
                    for item in inner.split(',') {
                        let name: String = item
                            .trim()
                            .chars()
                            .take_while(|c| c.is_alphanumeric() || *c == '_')
                            .collect();
                        let mut p = path.clone();
                        p.push(name);
                        if known.contains(&p.join("::")) {
                            found.insert(p.join("::"));
                        }
                    }
                    break;
                }
            } else {
                break;
            }
        }
        // The longest prefix that is a module.
        while !path.is_empty() {
            let name = path.join("::");
            if known.contains(&name) {
                found.insert(name);
                break;
            }
            path.pop();
        }
    }
    found
}

fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let mods = modules();
    let known: BTreeSet<String> = mods.keys().cloned().collect();
    mods.iter()
        .map(|(name, text)| {
            let mut refs = references(&without_tests(text), &known);
            refs.remove(name);
            // A module declares its children; that is not an import.
            refs.retain(|r| !r.starts_with(&format!("{name}::")) || name.is_empty());
            refs.remove("");
            (name.clone(), refs)
        })
        .collect()
}

fn is_view(module: &str) -> bool {
    module == "app" || module.starts_with("app::") || module.ends_with("_view") || module.is_empty()
}

#[test]
fn the_models_never_touch_the_dom() {
    let mods = modules();
    let mut wrong = Vec::new();
    for (name, text) in &mods {
        if is_view(name) {
            continue;
        }
        let code = without_tests(text);
        for foreign in [
            "leptos",
            "web_sys",
            "wasm_bindgen",
            "js_sys",
            "gloo_storage",
            "crate::app",
        ] {
            if code.contains(&format!("{foreign}::")) {
                wrong.push(format!("{name} uses {foreign}"));
            }
        }
    }
    for (name, refs) in graph() {
        if is_view(&name) {
            continue;
        }
        for r in refs.iter().filter(|r| is_view(r)) {
            wrong.push(format!("{name} imports the view {r}"));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
    // The check sees what it must: a view does use Leptos.
    assert!(mods["listen::complaints_view"].contains("leptos::"));
}

#[test]
fn the_kernel_knows_no_section_and_the_book_no_view() {
    let mut wrong = Vec::new();
    for (name, refs) in graph() {
        if name.starts_with("kernel") {
            for r in refs
                .iter()
                .filter(|r| !r.starts_with("kernel") && *r != "i18n")
            {
                wrong.push(format!("{name} imports {r}"));
            }
        }
        if name.starts_with("book") {
            for r in refs.iter().filter(|r| is_view(r)) {
                wrong.push(format!("{name} imports {r}"));
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn no_module_imports_itself_back() {
    let g = graph();
    assert!(
        g["book::workbook"].contains("listen::complaints"),
        "the graph sees imports"
    );
    // Depth-first search for a cycle; reports the first one found.
    fn visit(
        n: &str,
        g: &BTreeMap<String, BTreeSet<String>>,
        stack: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = stack.iter().position(|s| s == n) {
            let mut cycle = stack[at..].to_vec();
            cycle.push(n.to_string());
            return Some(cycle);
        }
        if done.contains(n) {
            return None;
        }
        stack.push(n.to_string());
        for m in g.get(n).into_iter().flatten() {
            if let Some(c) = visit(m, g, stack, done) {
                return Some(c);
            }
        }
        stack.pop();
        done.insert(n.to_string());
        None
    }
    let mut done = BTreeSet::new();
    for n in g.keys() {
        if let Some(cycle) = visit(n, &g, &mut Vec::new(), &mut done) {
            panic!("an import cycle: {}", cycle.join(" → "));
        }
    }
}

#[test]
fn every_sort_goes_through_the_one_sort() {
    let mut wrong = Vec::new();
    let mut seen = 0;
    for (name, text) in modules() {
        let code = without_tests(&text);
        if name == "kernel::order" {
            continue;
        }
        seen += code.matches("order::sort").count();
        for method in [
            ".sort(",
            ".sort_by(",
            ".sort_by_key(",
            ".sort_unstable",
            ".sort_by_cached_key(",
        ] {
            if code.contains(method) {
                wrong.push(format!("{name} calls {method}…): use kernel::order"));
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
    // The check sees what it must: the app does sort.
    assert!(seen > 20, "only {seen} sorts found");
}

/// A screen edits a record's field through `kit::Editor` (a field named by a
/// plain function) or `kit::form::Form`, never a closure boxed per field.
#[test]
fn no_screen_boxes_a_closure_per_field() {
    let mut wrong = Vec::new();
    let mut views = 0;
    for (name, text) in modules() {
        // The editor itself boxes each change once, to keep one copy of
        // its body per record type.
        if !is_view(&name) || name == "app::kit::editor" {
            continue;
        }
        views += 1;
        for boxed in ["Box::new(move", "Box<dyn Fn"] {
            if text.contains(boxed) {
                wrong.push(format!("{name} has {boxed}…: use kit::Editor"));
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
    assert!(views > 15, "only {views} screens found");
}
