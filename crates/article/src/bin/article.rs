//! `article FILE [YYYY-MM-DD]`: prints the parsed article as JSON; the
//! optional story date resolves relative dates ("am Mittwoch").
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: article FILE [YYYY-MM-DD]  (prints the parsed article as JSON)");
        return ExitCode::from(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(err) => {
            eprintln!("article: cannot read {path}: {err}");
            return ExitCode::from(1);
        }
    };
    let published = std::env::args().nth(2).and_then(|d| {
        let mut p = d.splitn(3, '-').map(str::parse::<i32>);
        let (y, m, day) = (p.next()?.ok()?, p.next()?.ok()?, p.next()?.ok()?);
        Some((y, u8::try_from(m).ok()?, u8::try_from(day).ok()?))
    });
    match serde_json::to_string_pretty(&article::parse_dated(&text, published)) {
        Ok(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("article: cannot serialise: {err}");
            ExitCode::from(1)
        }
    }
}
