//! The status table's markup (the map's text twin) against the record: who held what on a day, the year's changes,
//! the local names, and nothing about holders while a quiz question is open.

mod common;

use atlas_core::status_html::{changes, local_names, railway_rows, region_rows};
use atlas_core::{Day, Lang, Place};
use common::atlas;

fn day(s: &str) -> Day {
    s.parse::<atlas_core::Date>().unwrap().first_day()
}

/// The opening tag of the row of `key="id"` in `html`.
fn row<'a>(html: &'a str, key: &str, id: &str) -> &'a str {
    let start = html.find(&format!("<tr {key}=\"{id}\"")).unwrap_or_else(|| panic!("no row {id}"));
    &html[start..start + html[start..].find('>').unwrap() + 1]
}

#[test]
fn each_region_row_says_who_held_it_on_the_day() {
    let a = atlas();
    let rows = region_rows(a, Lang::En, day("1923-06-01"), false);
    let ns = row(&rows, "data-region", "north-sakhalin");
    assert!(
        ns.contains("data-controller=\"japan\" data-status=\"occupied\""),
        "Japan occupied North Sakhalin 1920–25: {ns}"
    );
    assert!(ns.contains("class=\"status-row power--japan\""), "{ns}");
    let rows = region_rows(a, Lang::En, day("1925-06-01"), false);
    assert!(
        row(&rows, "data-region", "north-sakhalin").contains("data-controller=\"ussr\""),
        "handed back in May 1925"
    );
    let rows = region_rows(a, Lang::En, day("1946-06-01"), false);
    assert!(
        row(&rows, "data-region", "south-sakhalin").contains("data-controller=\"ussr\""),
        "Soviet from August 1945"
    );
    assert_eq!(rows.matches("<tr data-region=").count(), a.regions.len(), "one row per region");
}

#[test]
fn the_railway_rows_follow_the_record() {
    let a = atlas();
    let rows = railway_rows(a, Lang::En, day("1936-01-01"), false);
    // The Soviet Union sold its share of the Chinese Eastern Railway to Manchukuo in March 1935.
    assert!(!row(&rows, "data-railway", "cer").contains("data-controller=\"ussr\""), "{rows}");
    let rows = railway_rows(a, Lang::En, day("1930-01-01"), false);
    assert!(row(&rows, "data-railway", "cer").contains("data-controller=\"ussr\""), "Soviet-run (joint) in 1930");
    assert_eq!(rows.matches("<tr data-railway=").count(), a.railways.len());
}

#[test]
fn the_changes_of_1945_include_south_sakhalin_and_a_quiet_year_has_none() {
    let a = atlas();
    let list = changes(a, Lang::En, 1945, false);
    assert!(list.contains("<li data-region=\"south-sakhalin\" data-controller=\"ussr\">"), "{list}");
    assert!(
        list.contains(
            "South Sakhalin (Karafuto)</strong>: Japan (fighting in progress) → Soviet Union (military occupation)"
        ),
        "{list}"
    );
    assert!(list.contains("South Sakhalin (Karafuto)</strong>: Japan: sovereign → fighting in progress"), "{list}");
    let zh = changes(a, Lang::Zh, 1945, false);
    assert!(zh.contains("南库页岛") || zh.contains("南萨哈林"), "{zh}");
    let quiet = (1917..=1991).find(|y| a.changes_in_year(*y).is_empty()).expect("some year changed nothing");
    assert!(changes(a, Lang::En, quiet, false).starts_with("<p class=\"changes__empty\">"), "{quiet}");
}

#[test]
fn while_a_quiz_question_is_open_nothing_says_who_held_what() {
    let a = atlas();
    for html in [
        region_rows(a, Lang::En, day("1945-09-05"), true),
        railway_rows(a, Lang::En, day("1945-09-05"), true),
        changes(a, Lang::En, 1945, true),
    ] {
        assert!(!html.contains("data-controller"), "{html}");
        assert!(!html.contains("data-status"), "{html}");
        // No cell names a holder: the cells are empty.
        assert!(!html.contains("<td>") || html.matches("<td></td>").count() == html.matches("<td>").count(), "{html}");
    }
    let rows = region_rows(a, Lang::En, day("1945-09-05"), true);
    assert!(rows.contains("South Sakhalin"), "the regions are still named");
}

#[test]
fn local_names_carry_their_language() {
    let a = atlas();
    let place = Place::Region(a.region_id("south-sakhalin").unwrap());
    let names = local_names(a, Lang::En, place, day("1930-01-01"));
    assert!(names.contains("lang=\"ja\""), "{names}");
    assert!(names.contains("樺太"), "Karafuto in Japanese: {names}");
    assert!(names.contains("lang=\"ru\""), "{names}");
    assert!(names.contains("<span class=\"visually-hidden\">"), "a hidden label says which language");
}

#[test]
fn data_text_is_escaped() {
    let a = atlas();
    for lang in [Lang::En, Lang::Zh] {
        let html = region_rows(a, lang, day("1939-06-01"), false);
        // Every tag opened is one of ours: no stray markup from the data.
        for tag in html.split('<').skip(1) {
            let name: String = tag.trim_start_matches('/').chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
            assert!(["tr", "th", "td", "span", "button"].contains(&name.as_str()), "<{name} in {lang:?}");
        }
    }
}

#[test]
fn rows_one_by_one_are_the_table_and_a_year_later_only_the_changed_regions_differ() {
    use atlas_core::status_html::region_row_list;
    let a = atlas();
    let before = region_row_list(a, Lang::En, day("1924-06-01"), false);
    assert_eq!(before.len(), a.regions.len());
    assert_eq!(before.concat(), region_rows(a, Lang::En, day("1924-06-01"), false));
    assert!(before.iter().all(|r| r.starts_with("<tr ") && r.ends_with("</tr>") && r.matches("<tr").count() == 1));
    // Japan left North Sakhalin in May 1925 (the Soviet–Japanese Basic Convention of 20 January 1925), and the
    // Mongolian People's Republic was proclaimed on 26 November 1924: those two rows, and only those, read
    // differently a year later.
    let after = region_row_list(a, Lang::En, day("1925-06-01"), false);
    let changed: Vec<&str> =
        before.iter().zip(&after).filter(|(b, a)| b != a).map(|(b, _)| b.split('"').nth(1).unwrap_or("")).collect();
    assert_eq!(changed, ["north-sakhalin", "mongolia"]);
}
