//! The legend's markup against the record: the powers that held a region on the day, and nothing about holders
//! while a quiz question is open.

mod common;

use atlas_core::legend_html::legend;
use atlas_core::{Day, Lang, Selection};
use common::atlas;

fn day(s: &str) -> Day {
    s.parse::<atlas_core::Date>().unwrap().first_day()
}

fn lists_power(html: &str, id: &str) -> bool {
    html.contains(&format!("<li class=\"legend__item power--{id}\">"))
}

#[test]
fn the_legend_names_the_powers_on_the_map_that_day() {
    let a = atlas();
    let html = legend(a, Lang::En, day("1930-06-01"), None, false);
    assert!(lists_power(&html, "japan"), "Japan held Korea, Karafuto and Kwantung in 1930");
    assert!(lists_power(&html, "ussr"));
    assert!(!lists_power(&html, "us"), "no American occupation before 1945");
    let html = legend(a, Lang::En, day("1946-06-01"), None, false);
    assert!(lists_power(&html, "us"), "the American occupation of Japan and south Korea");
    assert!(!lists_power(&html, "manchukuo"), "Manchukuo was gone by 1946");
    assert!(html.contains("data-testid=\"legend-compared\" hidden"), "no comparison: its line is hidden");
}

#[test]
fn a_comparison_explains_its_outline() {
    let a = atlas();
    let html = legend(a, Lang::En, day("1946-06-01"), Some(Selection::Year(1930)), false);
    assert!(
        html.contains("<li class=\"legend__item legend__item--compared\" data-testid=\"legend-compared\">"),
        "{html}"
    );
    assert!(html.contains("1930"), "{html}");
    assert!(html.contains("legend__item--changed\" hidden"), "the changed-this-year line gives way");
}

#[test]
fn while_a_quiz_question_is_open_no_railway_says_who_ran_it() {
    let a = atlas();
    let open = legend(a, Lang::En, day("1930-06-01"), None, false);
    assert!(open.contains("data-railway=\"cer\" data-controller="), "{open}");
    let masked = legend(a, Lang::En, day("1930-06-01"), None, true);
    assert!(!masked.contains("data-railway"), "{masked}");
    assert!(!masked.contains("data-controller"), "{masked}");
}
