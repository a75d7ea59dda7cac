#!/usr/bin/env python3
"""One-off: splits src/i18n/catalogue.rs (one `Key => [en, it, tr]` line per
text) into src/i18n/keys.rs and one file per language, without altering a
text. Long literals are wrapped with Rust's `\\` line continuation, broken
only after a space that is followed by a non-space, so the string is the
same. With --plurals, the …One/… pairs below become plural keys `P`, their
counted placeholder renamed to {n}."""
import re, sys

SRC = "src/i18n/catalogue.rs"
LANGS = [("en", "English"), ("it", "Italian"), ("tr", "Turkish")]
WIDTH = 99
# The CLDR plural rule of each language, as the comment above its table.
RULES = {
    "en": ["/// CLDR's rule for English: `one` when i = 1 and v = 0 (exactly 1, written",
           "/// without decimals), `other` for everything else."],
    "it": ["/// CLDR's rule for Italian: `one` when i = 1 and v = 0 (exactly 1, written",
           "/// without decimals), `other` for everything else. (CLDR 42 adds `many` for",
           "/// whole millions in compact notation, \"1 milione di\"; no text here",
           "/// writes counts that way, so it is not used.)"],
    "tr": ["/// CLDR's rule for Turkish: `one` when n = 1, `other` for everything else."],
}

# P name: (key of the `one` form, key of the `other` form, counted placeholder)
PLURALS = [
    ("ProblemChunk", "ProblemChunkOne", "ProblemChunk", "records"),
    ("ProblemRebuilt", "ProblemRebuiltOne", "ProblemRebuilt", "parts"),
    ("ProblemMissing", "ProblemMissingOne", "ProblemMissing", "records"),
    ("ProblemFromEarlier", "ProblemFromEarlierOne", "ProblemFromEarlier", "records"),
    ("ImportedMerged", "ImportedMergedOne", "ImportedMerged", "n"),
    ("RecoveryText", "RecoveryTextOne", "RecoveryText", "n"),
    ("ComplaintsShown", "ComplaintsShownOne", "ComplaintsShown", "n"),
    ("EraseConfirm", "EraseConfirmOne", "EraseConfirm", "count"),
    ("EraseDone", "EraseDoneOne", "EraseDone", "count"),
    ("Points", "PointsOne", "Points", "n"),
    ("InvalidCategoryLines", "InvalidCategoryLines", "InvalidCategoryLinesMany", None),
    ("Participants", "ParticipantsOne", "ParticipantsN", "n"),
    ("RuleComplaints", "RuleComplaintsOne", "RuleComplaints", "n"),
    ("SopSteps", "SopStepsOne", "SopStepsN", "n"),
    ("SopProblems", "SopProblemsOne", "SopProblemsN", "n"),
    ("MeetDue", "MeetDueOne", "MeetDueN", "n"),
    ("MeetOpen", "MeetOpenOne", "MeetOpenN", "n"),
]


def literals(s):
    """The Rust string literals in s, as their source text (without quotes)."""
    out, i = [], 0
    while True:
        i = s.find('"', i)
        if i < 0:
            return out
        j = i + 1
        while s[j] != '"':
            j += 2 if s[j] == "\\" else 1
        out.append(s[i + 1 : j])
        i = j + 1


def parse():
    items = []  # ("comment", text) | ("blank",) | ("key", name, [en, it, tr])
    for line in open(SRC, encoding="utf-8").read().splitlines():
        st = line.strip()
        if st in ("catalogue! {", "}") or st.startswith("// The interface") or st.startswith("// must match"):
            continue
        if not st:
            items.append(("blank",))
        elif st.startswith("//"):
            items.append(("comment", st))
        else:
            m = re.match(r"(\w+) => \[(.*)\],?$", st)
            lits = literals(m.group(2))
            assert len(lits) == 3, line
            items.append(("key", m.group(1), lits))
    return items


def wrap(head, lit, tail, indent):
    """`head"lit"tail` on lines of at most WIDTH characters."""
    first = " " * indent + head + '"'
    if len(first) + len(lit) + 1 + len(tail) <= WIDTH:
        return [first + lit + '"' + tail]
    lines, cur, cont = [], first, " " * (indent + 4)
    rest = lit
    while len(cur) + len(rest) + 1 + len(tail) > WIDTH:
        room = WIDTH - len(cur) - 1  # leave room for the backslash
        cut = -1
        for k in range(min(room, len(rest) - 1), 0, -1):
            if rest[k - 1] == " " and not rest[k].isspace():
                cut = k
                break
        if cut <= 0:
            break
        lines.append(cur + rest[:cut] + "\\")
        rest, cur = rest[cut:], cont
    lines.append(cur + rest + '"' + tail)
    return lines


def main():
    plurals = "--plurals" in sys.argv
    items = parse()
    texts = {it[1]: it[2] for it in items if it[0] == "key"}
    in_plural = {}
    if plurals:
        for p, one, other, _ in PLURALS:
            in_plural[one] = p
            in_plural[other] = p
    # keys.rs
    k = ["// The keys of the interface's texts, declared once. Each language file",
         "// (en.rs, it.rs, tr.rs) gives every key its text in an exhaustive match,",
         "// so a key missing from one of them does not compile.", "keys! {"]
    for it in items:
        if it[0] == "blank":
            k.append("")
        elif it[0] == "comment":
            k.append("    " + it[1])
        elif it[1] not in in_plural:
            k.append(f"    {it[1]},")
    k.append("}")
    if plurals:
        k += ["", "// Texts that take a count: each language gives the forms its plural rule",
              "// needs (`Lang::plural`), with the count as {n}.", "plurals! {"]
        k += [f"    {p}," for p, *_ in PLURALS]
        k.append("}")
    open("src/i18n/keys.rs", "w", encoding="utf-8").write(_squeeze(k))
    for li, (code, name) in enumerate(LANGS):
        o = [f"//! The interface in {name}: a text for every key, in an exhaustive match",
             "//! (a key left out does not compile, and the error names it).", "",
             "use super::{Category, Forms, K, P};" if plurals else "use super::K;", "",
             "pub(super) const fn text(key: K) -> &'static str {", "    match key {"]
        for it in items:
            if it[0] == "blank":
                o.append("")
            elif it[0] == "comment":
                o.append("        " + it[1])
            elif it[1] not in in_plural:
                o += wrap(f"K::{it[1]} => ", it[2][li], ",", 8)
        o += ["    }", "}"]
        if plurals:
            o += [""] + RULES[code] + [
                  "pub(super) const CATEGORIES: &[Category] = &[Category::One, Category::Other];",
                  "",
                  "pub(super) fn plural(n: f64) -> Category {",
                  "    if n == 1.0 {", "        Category::One", "    } else {", "        Category::Other", "    }", "}",
                  "", "pub(super) const fn forms(key: P) -> Forms {", "    match key {"]
            for p, one, other, ph in PLURALS:
                a, b = texts[one][li], texts[other][li]
                if ph and ph != "n":
                    assert "{n}" not in a and "{n}" not in b, p
                    a, b = a.replace("{%s}" % ph, "{n}"), b.replace("{%s}" % ph, "{n}")
                single = f'        P::{p} => Forms::one_other("{a}", "{b}"),'
                if len(single) <= WIDTH:
                    o.append(single)
                else:
                    o.append(f"        P::{p} => Forms::one_other(")
                    o += wrap("", a, ",", 12)
                    o += wrap("", b, ",", 12)
                    o.append("        ),")
            o += ["    }", "}"]
        open(f"src/i18n/{code}.rs", "w", encoding="utf-8").write(_squeeze(o))


def _squeeze(lines):
    out = []
    for l in lines:
        if l == "" and (not out or out[-1] == "" or out[-1].endswith("{")):
            continue
        out.append(l)
    return "\n".join(out) + "\n"


main()
