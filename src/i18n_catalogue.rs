catalogue! {
    AppName => ["Servicebook", "Servicebook", "Servicebook"],
}
