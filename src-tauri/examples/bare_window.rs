// The memory floor for `make bench`: a bare Tauri window built from the app's own dependencies, configuration and
// settings (the same tauri.conf.json: window size, CSP, identifier; the same WebKit setting), whose page is one line
// of HTML instead of Privacy Desk. What our window uses above this is our own cost.
use std::borrow::Cow;
use tauri::utils::assets::{AssetKey, AssetsIter, CspHash};

const PAGE: &[u8] = b"<!doctype html><title>Privacy Desk</title><p>A bare window.</p>";

struct OneLinePage;

impl<R: tauri::Runtime> tauri::Assets<R> for OneLinePage {
    fn get(&self, key: &AssetKey) -> Option<Cow<'_, [u8]>> {
        matches!(key.as_ref(), "/index.html" | "/").then_some(Cow::Borrowed(PAGE))
    }

    fn iter(&self) -> Box<AssetsIter<'_>> {
        Box::new(std::iter::once((Cow::Borrowed("/index.html"), Cow::Borrowed(PAGE))))
    }

    fn csp_hashes(&self, _html_path: &AssetKey) -> Box<dyn Iterator<Item = CspHash<'_>> + '_> {
        Box::new(std::iter::empty())
    }
}

fn main() {
    // As the app does (see src/main.rs): accelerated compositing off unless the user says otherwise.
    #[cfg(target_os = "linux")]
    if std::env::var_os("WEBKIT_DISABLE_COMPOSITING_MODE").is_none() {
        std::env::set_var("WEBKIT_DISABLE_COMPOSITING_MODE", "1");
    }
    let mut context = tauri::generate_context!("tauri.conf.json");
    context.set_assets(Box::new(OneLinePage));
    tauri::Builder::default().run(context).expect("the bare window failed to start");
}
