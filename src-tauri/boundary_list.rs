// Reads the command list of `src/boundary.rs` as text: for `build.rs` (the app manifest) and for
// `tests/boundary.rs` (the capability and the window's typed calls). Included with `include!` in both, so the one
// reading is shared. Each entry is `KIND NAME(ARG: TYPE, …) -> TYPE => CALL;`.

/// One command of the boundary.
#[allow(dead_code)]
pub struct Command {
    pub kind: String,
    pub name: String,
    pub args: Vec<(String, String)>,
    pub ret: String,
}

/// Splits at commas outside angle brackets and parentheses.
fn split_top(text: &str) -> Vec<String> {
    let (mut out, mut depth, mut cur) = (Vec::new(), 0i32, String::new());
    for ch in text.chars() {
        match ch {
            '<' | '(' => depth += 1,
            '>' | ')' => depth -= 1,
            ',' if depth == 0 => {
                out.push(std::mem::take(&mut cur));
                continue;
            }
            _ => {}
        }
        cur.push(ch);
    }
    out.push(cur);
    out.into_iter().map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect()
}

/// The commands listed in `boundary! { … }`, in order. Panics with the entry when one cannot be read.
pub fn commands(source: &str) -> Vec<Command> {
    let start = source.rfind("boundary! {").expect("src/boundary.rs has a `boundary! {` list") + "boundary! {".len();
    let body = &source[start..source[start..].rfind('}').expect("the list ends with }") + start];
    let mut out = Vec::new();
    let mut entry = String::new();
    for line in body.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with("//") {
            continue;
        }
        entry.push_str(line);
        entry.push(' ');
        if !line.ends_with(';') {
            continue;
        }
        let e = std::mem::take(&mut entry);
        let (kind, rest) = e.trim().split_once(' ').unwrap_or_else(|| panic!("no kind in {e}"));
        let open = rest.find('(').unwrap_or_else(|| panic!("no ( in {e}"));
        let name = rest[..open].trim().to_string();
        let close = open + rest[open..].find(") ->").unwrap_or_else(|| panic!("no ) -> in {e}"));
        let args = split_top(&rest[open + 1..close])
            .into_iter()
            .map(|a| {
                let (n, t) = a.split_once(':').unwrap_or_else(|| panic!("argument without a type in {e}"));
                (n.trim().to_string(), t.trim().to_string())
            })
            .collect();
        let after = &rest[close + 4..];
        let ret = after[..after.find("=>").unwrap_or_else(|| panic!("no => in {e}"))].trim().to_string();
        out.push(Command { kind: kind.to_string(), name, args, ret });
    }
    out
}
