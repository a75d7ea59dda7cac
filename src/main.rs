fn main() {
    // Italian and Turkish texts are data: fetched before the mount, so the
    // first screen is in the chosen language. If they cannot be had, the
    // app starts in English (the choice stays stored).
    let lang = servicebook::app::state::chosen_lang();
    wasm_bindgen_futures::spawn_local(async move {
        servicebook::app::web::load_texts(lang).await;
        leptos::mount::mount_to_body(servicebook::app::App);
    });
}
