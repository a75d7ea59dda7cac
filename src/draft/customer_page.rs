//! The page for customers: the business's terms (returns, shipping,
//! payment, guarantees, how to complain), its support hours and channels
//! and its contact, as one standalone HTML page in the chosen language, to
//! publish on the shop's website or print for the counter.
//!
//! Only what the user wrote for customers or confirmed appears: the hours
//! once entered (`Support::hours_entered`), each text once written, never
//! the staff's material (policy points, guidelines, goals, complaints). The
//! page holds no script and loads nothing: its style is inline, every text
//! of the user is escaped, and each block of it is isolated (`dir="auto"`)
//! so a right-to-left text or a stray bidi control cannot reorder the rest.

use crate::book::workbook::Workbook;
use crate::draft::document::channel_text;
use crate::draft::plan::{hour_spans, ChannelKind, Reach, SupportChannel, WEEK};
use crate::i18n::{fill, Lang, K};
use crate::kernel::format::Format;
use chrono::NaiveDate;

/// The page's style: readable on a phone and a desk, light or dark as the
/// reader's system is, black on white when printed. A file of its own, so
/// the build can allow exactly this style in the preview
/// (`scripts/post-build.mjs` adds its hash to the app's `style-src`).
pub const STYLE: &str = include_str!("customer_page.css");

/// `text` safe inside HTML text or a quoted attribute: `& < > " '`
/// escaped, and the characters HTML does not allow in a document (C0 and
/// C1 controls other than tab and line feed, noncharacters) left out. A
/// carriage return becomes a line feed.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' => out.push(c),
            '\r' => out.push('\n'),
            c if c.is_control() => {}
            c if matches!(c as u32, 0xFDD0..=0xFDEF) || (c as u32 & 0xFFFE) == 0xFFFE => {}
            c => out.push(c),
        }
    }
    out
}

/// The user's text as paragraphs: a blank line starts a new one, a single
/// line break stays one. Each paragraph takes its direction from its text.
fn paragraphs(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut out = String::new();
    let mut para: Vec<&str> = Vec::new();
    fn flush(para: &mut Vec<&str>, out: &mut String) {
        if !para.is_empty() {
            let lines: Vec<String> = para.iter().map(|l| escape(l.trim())).collect();
            out.push_str(&format!("<p dir=\"auto\">{}</p>\n", lines.join("<br>\n")));
            para.clear();
        }
    }
    for line in text.lines() {
        if line.trim().is_empty() {
            flush(&mut para, &mut out);
        } else {
            para.push(line);
        }
    }
    flush(&mut para, &mut out);
    out
}

/// A channel's detail as a link where it is plainly an address to write to
/// or a number to call; otherwise as text.
fn channel_detail(c: &SupportChannel) -> String {
    let detail = c.detail.trim();
    let text = format!("<bdi>{}</bdi>", escape(detail));
    match c.kind {
        ChannelKind::Email
            if detail.contains('@')
                && !detail
                    .chars()
                    .any(|ch| ch.is_whitespace() || ch.is_control()) =>
        {
            format!("<a href=\"mailto:{}\">{text}</a>", escape(detail))
        }
        ChannelKind::Phone | ChannelKind::Messaging => {
            let number: String = detail
                .chars()
                .filter(|ch| ch.is_ascii_digit() || *ch == '+')
                .collect();
            let only_number = detail
                .chars()
                .all(|ch| ch.is_ascii_digit() || " +-./()".contains(ch));
            if only_number && number.len() >= 3 && c.kind == ChannelKind::Phone {
                format!("<a href=\"tel:{number}\">{text}</a>")
            } else {
                text
            }
        }
        _ => text,
    }
}

fn reach_for_customers(r: Reach, lang: Lang) -> &'static str {
    match r {
        Reach::InHours => K::CpReachInHours,
        Reach::OffHours => K::CpReachOffHours,
        Reach::Always => K::CpReachAlways,
    }
    .in_lang(lang)
}

/// One section: a heading (with its id, which names the section for
/// assistive technology) and its content.
fn section(out: &mut String, id: &str, heading: &str, body: &str) {
    out.push_str(&format!(
        "<section aria-labelledby=\"{id}\">\n<h2 id=\"{id}\">{}</h2>\n{body}</section>\n",
        escape(heading)
    ));
}

/// Whether the page has anything to tell a customer besides its title.
pub fn has_content(wb: &Workbook) -> bool {
    let s = &wb.support.data;
    let t = &s.terms;
    (s.hours_entered() && !hour_spans(&s.hours).is_empty())
        || !s.channels.is_empty()
        || [
            &t.returns,
            &t.shipping,
            &t.payment,
            &t.guarantees,
            &t.complain,
            &t.contact,
            &s.get_help,
            &s.self_help,
        ]
        .iter()
        .any(|x| !x.trim().is_empty())
}

/// The page's title: "Customer service · Name", or without a name.
pub fn page_title(wb: &Workbook, lang: Lang) -> String {
    let business = wb.profile.data.business_name.trim();
    if business.is_empty() {
        K::CpTitle.in_lang(lang).to_string()
    } else {
        fill(K::CpTitleOf.in_lang(lang), &[("business", business)])
    }
}

/// The file's name: `<business>-customer-policy-<lang>.html`, the name
/// lower-cased with every run of other characters as one hyphen, at most
/// 40 characters of it ("servicebook" without a name).
pub fn file_name(wb: &Workbook, lang: Lang) -> String {
    let mut slug = String::new();
    for c in wb.profile.data.business_name.chars() {
        if c.is_alphanumeric() {
            slug.extend(c.to_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let mut slug: String = slug.chars().take(40).collect();
    while slug.ends_with('-') {
        slug.pop();
    }
    if slug.is_empty() {
        slug.push_str("servicebook");
    }
    format!("{slug}-customer-policy-{}.html", lang.code())
}

/// The page in `lang`, its dates and hours written by `f`, dated `today`.
pub fn customer_page(wb: &Workbook, lang: Lang, f: &dyn Format, today: NaiveDate) -> String {
    let k = |key: K| key.in_lang(lang);
    let s = &wb.support.data;
    let t = &s.terms;
    let business = wb.profile.data.business_name.trim();
    let title = page_title(wb, lang);
    let mut body = String::new();

    for (id, heading, text) in [
        ("returns", K::CpReturns, &t.returns),
        ("shipping", K::CpShipping, &t.shipping),
        ("payment", K::CpPayment, &t.payment),
        ("guarantees", K::CpGuarantees, &t.guarantees),
        ("complaints", K::CpComplain, &t.complain),
    ] {
        if !text.trim().is_empty() {
            section(&mut body, id, k(heading), &paragraphs(text));
        }
    }

    // Support: the hours once the user entered them, the channels, and
    // how to get help.
    let mut support = String::new();
    if s.hours_entered() && !hour_spans(&s.hours).is_empty() {
        support.push_str(&format!(
            "<h3>{}</h3>\n<table>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>\n",
            escape(k(K::CpHours)),
            escape(k(K::DocDay)),
            escape(k(K::DocHours))
        ));
        for (day, h) in WEEK.iter().zip(s.hours.iter()) {
            let hours = if h.open && h.to > h.from {
                format!("{}–{}", f.time(h.from), f.time(h.to))
            } else {
                k(K::Closed).to_string()
            };
            support.push_str(&format!(
                "<tr><th scope=\"row\">{}</th><td>{}</td></tr>\n",
                escape(&f.weekday(*day)),
                escape(&hours)
            ));
        }
        support.push_str("</tbody>\n</table>\n");
    }
    if !s.channels.is_empty() {
        support.push_str(&format!("<h3>{}</h3>\n<ul>\n", escape(k(K::CpChannels))));
        for c in &s.channels {
            let detail = c.detail.trim();
            let line = if c.kind == ChannelKind::Other {
                if detail.is_empty() {
                    escape(channel_text(c.kind, lang))
                } else {
                    format!("<bdi>{}</bdi>", escape(detail))
                }
            } else if detail.is_empty() {
                escape(channel_text(c.kind, lang))
            } else {
                format!(
                    "{}: {}",
                    escape(channel_text(c.kind, lang)),
                    channel_detail(c)
                )
            };
            support.push_str(&format!(
                "<li>{line} — {}</li>\n",
                escape(reach_for_customers(c.reach, lang))
            ));
        }
        support.push_str("</ul>\n");
    }
    for (heading, text) in [(K::CpGetHelp, &s.get_help), (K::CpSelfHelp, &s.self_help)] {
        if !text.trim().is_empty() {
            support.push_str(&format!(
                "<h3>{}</h3>\n{}",
                escape(k(heading)),
                paragraphs(text)
            ));
        }
    }
    if !support.is_empty() {
        section(&mut body, "support", k(K::CpSupport), &support);
    }

    if !t.contact.trim().is_empty() {
        section(
            &mut body,
            "contact",
            k(K::CpContact),
            &format!("<address>\n{}</address>\n", paragraphs(&t.contact)),
        );
    }

    let header = if business.is_empty() {
        format!("<h1>{}</h1>\n", escape(&title))
    } else {
        format!(
            "<h1 dir=\"auto\">{}</h1>\n<p class=\"sub\">{}</p>\n",
            escape(business),
            escape(k(K::CpTitle))
        )
    };
    format!(
        "<!doctype html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n\
         <div class=\"page\">\n<header>\n{header}</header>\n<main>\n{body}</main>\n\
         <footer>\n<p>{updated}</p>\n</footer>\n</div>\n</body>\n</html>\n",
        lang = lang.code(),
        title = escape(&title),
        updated = escape(&fill(k(K::CpUpdated), &[("date", &f.date(today))])),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::book::workbook::Profile;
    use crate::draft::plan::{CustomerTerms, DayHours, Support};
    use crate::draft::policy::{edit_point, PointKey};
    use crate::kernel::format::Plain;
    use crate::listen::complaints::Complaint;
    use chrono::{NaiveTime, TimeZone, Utc};

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 7).unwrap()
    }

    fn at() -> chrono::DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 12, 7, 9, 0, 0).unwrap()
    }

    fn workbook(name: &str, support: Support) -> Workbook {
        let mut wb = Workbook::default();
        wb.profile.set(
            Profile {
                business_name: name.into(),
                example: false,
            },
            at(),
        );
        wb.support.set(support, at());
        wb
    }

    fn shop() -> Workbook {
        let mut s = Support::default();
        s.hours[5] = DayHours {
            open: true,
            from: NaiveTime::from_hms_opt(9, 0, 0).unwrap(),
            to: NaiveTime::from_hms_opt(13, 0, 0).unwrap(),
        };
        s.channels.push(SupportChannel {
            kind: ChannelKind::Phone,
            detail: "+39 051 123456".into(),
            reach: Reach::InHours,
        });
        s.channels.push(SupportChannel {
            kind: ChannelKind::Email,
            detail: "help@bianchi.example".into(),
            reach: Reach::OffHours,
        });
        s.get_help = "Bring the receipt.".into();
        s.terms = CustomerTerms {
            returns: "30 days, with the receipt.\n\nSale items: exchange only.".into(),
            shipping: "Free over 50 euro.".into(),
            payment: "Cash, cards, bank transfer.".into(),
            guarantees: "Two years on every tool.".into(),
            complain: "Ask at the counter or write to us.".into(),
            contact: "Via Roma 1\n40100 Bologna".into(),
        };
        workbook("Ferramenta Bianchi", s)
    }

    /// The tags of `html` balance: every element opened is closed, in
    /// order, apart from the void elements.
    fn assert_balanced(html: &str) {
        const VOID: [&str; 4] = ["meta", "br", "!doctype", "link"];
        let mut stack: Vec<String> = Vec::new();
        let mut rest = html;
        while let Some(start) = rest.find('<') {
            let end = rest[start..].find('>').expect("a tag closes") + start;
            let tag = &rest[start + 1..end];
            rest = &rest[end + 1..];
            if let Some(name) = tag.strip_prefix('/') {
                assert_eq!(stack.pop().as_deref(), Some(name), "closing </{name}>");
            } else {
                let name = tag.split_whitespace().next().unwrap().to_ascii_lowercase();
                if name == "style" {
                    let close = rest.find("</style>").unwrap();
                    rest = &rest[close + "</style>".len()..];
                    continue;
                }
                if !VOID.contains(&name.as_str()) {
                    stack.push(name);
                }
            }
        }
        assert!(stack.is_empty(), "left open: {stack:?}");
    }

    #[test]
    fn the_page_is_a_standalone_document_in_the_chosen_language() {
        let html = customer_page(&shop(), Lang::It, &Plain, today());
        assert!(html.starts_with("<!doctype html>\n<html lang=\"it\">"));
        assert!(html.contains("<meta charset=\"utf-8\">"));
        assert!(html.contains("<meta name=\"viewport\""));
        assert!(
            html.contains("<title>Servizio clienti · Ferramenta Bianchi</title>"),
            "{html}"
        );
        assert!(!html.to_lowercase().contains("<script"));
        assert!(!STYLE.contains('<'), "nothing in the style can close it");
        assert!(
            html.contains(&format!("<style>{STYLE}</style>")),
            "the style as hashed"
        );
        for external in ["<link", "src=", "url(", "@import", "http://", "https://"] {
            assert!(!html.contains(external), "loads nothing: {external}");
        }
        assert_balanced(&html);
        // Headings in order: one h1, then h2s, h3s only inside a section.
        let h1 = html.find("<h1").unwrap();
        assert_eq!(html.matches("<h1").count(), 1);
        assert!(html.find("<h2").unwrap() > h1);
        assert!(html.find("<h3").unwrap() > html.find("<h2 id=\"support\"").unwrap());
        for landmark in ["<header>", "<main>", "<footer>"] {
            assert_eq!(html.matches(landmark).count(), 1, "{landmark}");
        }
        // Sections in the order customers look for them.
        let order: Vec<usize> = [
            "id=\"returns\"",
            "id=\"shipping\"",
            "id=\"payment\"",
            "id=\"guarantees\"",
            "id=\"complaints\"",
            "id=\"support\"",
            "id=\"contact\"",
        ]
        .iter()
        .map(|id| html.find(id).unwrap_or_else(|| panic!("{id}")))
        .collect();
        assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");
        // The texts, in Italian where they are the app's, dated by `f`.
        assert!(
            html.contains("<h2 id=\"returns\">Resi e cambi</h2>"),
            "{html}"
        );
        assert!(html.contains("<p dir=\"auto\">30 days, with the receipt.</p>"));
        assert!(html.contains("<p dir=\"auto\">Sale items: exchange only.</p>"));
        assert!(html.contains("Via Roma 1<br>\n40100 Bologna"));
        assert!(html.contains("<tr><th scope=\"row\">Sat</th><td>09:00–13:00</td></tr>"));
        assert!(html.contains("<a href=\"tel:+39051123456\"><bdi>+39 051 123456</bdi></a>"));
        assert!(html.contains("<a href=\"mailto:help@bianchi.example\">"));
        assert!(html.contains("2026-12-07"), "dated by the formatter");
    }

    /// Only what the user entered or confirmed: the suggested hours, empty
    /// texts and every internal part of the plan stay out.
    #[test]
    fn the_page_says_only_what_the_user_wrote_for_customers() {
        let mut wb = workbook("Bottega", Support::default());
        assert!(!has_content(&wb));
        edit_point(&mut wb.policy, PointKey::Complaints, at(), |p| {
            p.answer = "Staff may refund up to 100 on the spot".into()
        });
        wb.complaints.insert(
            Complaint {
                nature: "Rude cashier".into(),
                ..Complaint::default()
            },
            at(),
        );
        let html = customer_page(&wb, Lang::En, &Plain, today());
        assert!(
            !has_content(&wb),
            "policy points and complaints are internal"
        );
        for internal in ["refund up to 100", "Rude cashier", "09:00", "<h2", "<table"] {
            assert!(!html.contains(internal), "{internal}: {html}");
        }
        let s = Support {
            hours_confirmed: true,
            ..Support::default()
        };
        wb.support.set(s, at());
        assert!(has_content(&wb));
        let html = customer_page(&wb, Lang::En, &Plain, today());
        assert!(
            html.contains("<td>09:00–18:00</td>"),
            "confirmed hours show"
        );
        assert!(
            !html.contains("id=\"returns\""),
            "an empty text is left out"
        );
    }

    #[test]
    fn hostile_text_is_shown_as_typed_never_run() {
        let hostile = "<script>alert('x')</script> \"quoted\" & 'single' \u{202E}evil\u{202C} \u{0}\u{7}\u{9F}</p></main>";
        let mut s = Support::default();
        s.terms.returns = hostile.into();
        s.terms.contact = format!("{}\n{}", "x".repeat(20_000), hostile);
        s.channels.push(SupportChannel {
            kind: ChannelKind::Email,
            detail: "a@b\" onmouseover=\"alert(1)".into(),
            reach: Reach::Always,
        });
        s.channels.push(SupportChannel {
            kind: ChannelKind::Phone,
            detail: "javascript:alert(1)".into(),
            reach: Reach::Always,
        });
        s.channels.push(SupportChannel {
            kind: ChannelKind::Other,
            detail: "<img src=x onerror=alert(1)>".into(),
            reach: Reach::Always,
        });
        let wb = workbook("<b>Bad</b> & \"Co\"", s);
        let html = customer_page(&wb, Lang::Tr, &Plain, today());
        assert!(!html.to_lowercase().contains("<script"), "{html}");
        assert!(!html.contains("<img"));
        assert!(!html.contains("<b>"));
        assert!(!html.contains("onmouseover=\""));
        assert!(!html.contains("href=\"javascript"));
        assert!(!html.contains("href=\"tel:"), "not a number");
        assert!(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &quot;quoted&quot; &amp; &#39;single&#39;"));
        assert!(
            html.contains(
                "<title>&lt;b&gt;Bad&lt;/b&gt; &amp; &quot;Co&quot; müşteri hizmetleri</title>"
            ),
            "{}",
            &html[..400]
        );
        assert!(!html.contains('\u{0}') && !html.contains('\u{7}') && !html.contains('\u{9F}'));
        // The bidi override stays inside its own isolated paragraph.
        assert!(html.contains("<p dir=\"auto\">&lt;script&gt;"));
        assert!(html.contains(&"x".repeat(20_000)), "long text kept whole");
        assert_balanced(&html);
    }

    #[test]
    fn the_file_is_named_for_the_business_and_the_language() {
        let mut wb = Workbook::default();
        assert_eq!(
            file_name(&wb, Lang::En),
            "servicebook-customer-policy-en.html"
        );
        wb.profile.data.business_name = "  Ferramenta Bianchi & Figli!  ".into();
        assert_eq!(
            file_name(&wb, Lang::It),
            "ferramenta-bianchi-figli-customer-policy-it.html"
        );
        wb.profile.data.business_name = "Çiçekçi Şükrü/../..\u{202E}".into();
        assert_eq!(
            file_name(&wb, Lang::Tr),
            "çiçekçi-şükrü-customer-policy-tr.html"
        );
        wb.profile.data.business_name = "a".repeat(300);
        assert_eq!(
            file_name(&wb, Lang::En).len(),
            40 + "-customer-policy-en.html".len()
        );
    }

    #[test]
    fn every_text_of_the_page_is_in_three_languages() {
        for lang in Lang::ALL {
            let html = customer_page(&shop(), lang, &Plain, today());
            assert_balanced(&html);
            assert!(html.contains(&format!("lang=\"{}\"", lang.code())));
        }
    }
}
