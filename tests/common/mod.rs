//! Shared by the browser test binaries (web_storage, bench_storage).

/// Empties this origin's localStorage, so each test starts from nothing.
pub fn clear() {
    web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .clear()
        .unwrap();
}
