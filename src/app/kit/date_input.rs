//! The one date field of the app: `<input type="date">` (or
//! `datetime-local`) that never fights the keyboard.
//!
//! A date typed digit by digit passes through values the browser reports as
//! `""` (a day or month begun with 0 is incomplete until its second digit), or
//! as complete but not yet meant (typing the year 2026 passes through 0002,
//! 0020 and 0202). A field bound both ways (`prop:value` reading a signal
//! that `on:input` sets) writes the `""` back into the DOM, and the browser
//! then clears the whole field under the user's fingers. So this field:
//!
//! - reports a value only when it is complete, or truly empty (cleared: no
//!   part of it is left, so `validity.badInput` is false); a half-typed
//!   date is never reported;
//! - writes into the DOM only when the value changes from outside (a form
//!   reset, another tab's edit), never the echo of what the user typed while
//!   the field has the focus;
//! - when the user leaves it half typed, or with a value the owner refused
//!   (an empty required date), shows the value that is kept again, and tells
//!   the owner through `on_incomplete`.
//!
//! `lazy` holds the value back until the user leaves the field or presses
//! Enter (and takes programmatic changes at once): for a field whose record
//! moves in a list sorted by that date, where each intermediate year would
//! move the row, and the focus with it.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;

#[component]
pub fn DateInput(
    /// What the field holds when the user is not typing: `YYYY-MM-DD` (or
    /// `YYYY-MM-DDTHH:MM` with `time`), empty for none.
    #[prop(into)]
    value: Signal<String>,
    /// Called with each complete value the user enters, or `""` when the user
    /// clears the field.
    #[prop(into)]
    on_set: Callback<(String,)>,
    /// Called when the user leaves the field half typed.
    #[prop(optional, into)]
    on_incomplete: Option<Callback<()>>,
    /// A date and time (`datetime-local`) rather than a date.
    #[prop(optional)]
    time: bool,
    #[prop(optional)] required: bool,
    #[prop(optional)] lazy: bool,
    #[prop(optional)] testid: Option<&'static str>,
) -> impl IntoView {
    let node = NodeRef::<leptos::html::Input>::new();
    // The last value this field reported: its echo is not written back.
    let reported = StoredValue::new(None::<String>);
    let focused = |el: &HtmlInputElement| {
        document()
            .active_element()
            .is_some_and(|a| a == *el.unchecked_ref::<web_sys::Element>())
    };
    Effect::new(move |_| {
        let v = value.get();
        let Some(el) = node.get() else { return };
        let echo = focused(&el) && reported.with_value(|r| r.as_deref() == Some(v.as_str()));
        if el.value() != v && !echo {
            el.set_value(&v);
        }
    });
    // Reports the field's value if it is complete or cleared; returns whether
    // the field is half typed.
    let report = move |el: &HtmlInputElement| -> bool {
        let v = el.value();
        if v.is_empty() && el.validity().bad_input() {
            return true;
        }
        reported.set_value(Some(v.clone()));
        on_set.run((v,));
        false
    };
    let on_edit = move |ev: leptos::ev::Event| {
        let el = event_target::<HtmlInputElement>(&ev);
        // Untrusted events come from code (a test's fill, the app's own
        // commit before a merge): the value is whole, take it now.
        if !lazy || !ev.is_trusted() {
            report(&el);
        }
    };
    let on_blur = move |ev: leptos::ev::FocusEvent| {
        let el = event_target::<HtmlInputElement>(&ev);
        let half = report(&el);
        if half {
            if let Some(f) = on_incomplete {
                f.run(());
            }
        }
        // Show what is kept: the value, or the saved one if the owner
        // refused the entry or it was left half typed.
        let kept = value.get_untracked();
        if el.value() != kept || half {
            el.set_value(&kept);
        }
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if lazy && ev.key() == "Enter" {
            report(&event_target::<HtmlInputElement>(&ev));
        }
    };
    view! {
        <input
            node_ref=node
            type=if time { "datetime-local" } else { "date" }
            required=required
            data-testid=testid
            prop:value=value.get_untracked()
            on:input=on_edit
            on:change=on_edit
            on:blur=on_blur
            on:keydown=on_key
        />
    }
}
