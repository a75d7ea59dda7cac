fn main() {
    leptos::mount::mount_to_body(servicebook::app::App);
}
