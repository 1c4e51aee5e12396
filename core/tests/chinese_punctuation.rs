//! Chinese text uses full-width punctuation: "来源：", "（交战中）", not "来源: " or "(交战中)". Every piece of
//! markup the core writes in Chinese is scanned, for every year.

mod common;

use atlas_core::{callout, html, i18n, legend_html, status_html, Lang, Selection, FIRST_YEAR, LAST_YEAR};
use common::atlas;

fn is_cjk(c: char) -> bool {
    ('\u{3000}'..='\u{9fff}').contains(&c) || ('\u{ff00}'..='\u{ffef}').contains(&c)
}

/// The text of markup (tags dropped), then every half-width colon or bracket next to Chinese.
fn half_width_next_to_chinese(markup: &str) -> Vec<String> {
    // The source lines quote the articles' section headings as the articles write them ("关系恶化 (1932-1945年)"):
    // a citation is not rewritten. Their separators are checked apart.
    let mut markup = markup.to_string();
    while let Some(start) =
        markup.find("<p class=\"card__sources\">").or_else(|| markup.find("<p class=\"print-notes__sources\">"))
    {
        let end = markup[start..].find("</p>").map_or(markup.len(), |e| start + e + 4);
        let line = markup[start..end].to_string();
        assert!(!line.contains("; "), "sources are separated by a full-width semicolon in Chinese: {line}");
        markup.replace_range(start..end, "");
    }
    let mut text = String::new();
    let mut in_tag = false;
    for c in markup.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    let chars: Vec<char> = text.chars().collect();
    let mut found = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        if !matches!(c, ':' | '(' | ')') {
            continue;
        }
        // The nearest letters on each side, skipping spaces.
        let before = chars[..i].iter().rev().find(|c| !c.is_whitespace()).copied();
        let after = chars[i + 1..].iter().find(|c| !c.is_whitespace()).copied();
        let near_cjk = match c {
            ':' => before.is_some_and(is_cjk),
            '(' => after.is_some_and(is_cjk),
            _ => before.is_some_and(is_cjk),
        };
        if near_cjk {
            let lo = i.saturating_sub(12);
            let hi = (i + 12).min(chars.len());
            found.push(chars[lo..hi].iter().collect());
        }
    }
    found
}

#[test]
fn the_chinese_markup_uses_full_width_colons_and_brackets() {
    let a = atlas();
    let mut bad = Vec::new();
    for year in FIRST_YEAR..=LAST_YEAR {
        let sel = Selection::Year(year);
        let day = sel.state_day();
        let events = a.events_in_year(year);
        let mut pieces = vec![
            html::cards(a, Lang::Zh, year, &events, None, html::Shown::All),
            html::endnotes(a, Lang::Zh, year, &events),
            status_html::region_rows(a, Lang::Zh, day, false),
            status_html::railway_rows(a, Lang::Zh, day, false),
            status_html::changes(a, Lang::Zh, year, false),
            legend_html::legend(a, Lang::Zh, day, None, false),
        ];
        for s in a.state_at(day) {
            pieces.push(i18n::describe_region(Lang::Zh, a, &s));
            pieces.push(callout::region(a, Lang::Zh, s.id, day, false));
        }
        for e in &events {
            if let Some(id) = a.event_id(&e.id) {
                pieces.push(callout::event(a, Lang::Zh, id, true));
            }
        }
        for p in pieces {
            for b in half_width_next_to_chinese(&p) {
                bad.push(format!("{year}: …{b}…"));
            }
        }
    }
    bad.sort();
    bad.dedup();
    assert!(bad.is_empty(), "half-width punctuation in Chinese:\n{}", bad.join("\n"));
}
