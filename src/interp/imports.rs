//! A Go file's import paths read from its text alone, without parsing it: what the page needs
//! to decide whether a program can run here (`play::imports`), and what the compiler needs to know
//! which library packages a program reaches before parsing them (`compile::library`).

/// The import paths of a Go source file, in order: `import "p"`, `import name "p"` and
/// parenthesised groups (comments and blank lines skipped).
pub fn import_paths(source: &str) -> Vec<&str> {
    let mut paths = Vec::new();
    let mut in_group = false;
    for line in source.lines().map(str::trim) {
        let spec = if in_group {
            if line.starts_with(')') {
                in_group = false;
                continue;
            }
            line
        } else if let Some(rest) = line.strip_prefix("import") {
            let rest = rest.trim_start();
            if rest.starts_with('(') {
                in_group = true;
                continue;
            }
            rest
        } else if line.starts_with("func ") || line.starts_with("type ") || line.starts_with("var ") || line.starts_with("const ") {
            break;
        } else {
            continue;
        };
        if let Some(path) = spec.split('"').nth(1).filter(|_| !spec.starts_with("//")) {
            paths.push(path);
        }
    }
    paths
}
