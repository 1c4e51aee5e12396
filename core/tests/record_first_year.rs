//! The first year on the slider is where the record begins, not a year in which everything changed hands.
//!
//! The data starts every region's first control period on 1 January 1917 because that is where the atlas begins:
//! Japan had annexed Korea in 1910 and held South Sakhalin since 1905 (Treaty of Portsmouth), Kwantung since 1905,
//! Hokkaido and the Kurils long before. None of that happened in 1917.

mod common;

use atlas_core::i18n::{describe_region, quiz_answer, since_text};
use atlas_core::{Day, Frame, Lang, Selection, Status};
use common::{atlas, ByKey};

fn day(text: &str) -> Day {
    text.parse().unwrap()
}

#[test]
fn in_1917_only_the_revolution_changes_hands() {
    // What changed in 1917 is the October Revolution (7 November): Russia's regions pass to Soviet Russia.
    // Japan's Korea, Sakhalin, Kwantung and home islands did not change hands.
    let changes = atlas().changes_in_year(1917);
    assert!(!changes.is_empty(), "the October Revolution is a change of 1917");
    for c in &changes {
        assert!(c.before.is_some(), "{} is listed as changing hands in 1917 from nobody", c.region.id);
        assert_ne!(c.after.from.first_day(), day("1917-01-01"), "{}: 1 January 1917 is not a change", c.region.id);
    }
    for region in ["korea-north", "korea-south", "south-sakhalin", "kwantung", "hokkaido"] {
        assert!(
            !changes.iter().any(|c| c.region.id == region),
            "{region} did not change hands in 1917 (Japanese since 1905–1910 or earlier)"
        );
    }
}

#[test]
fn the_first_frame_marks_no_region_changed_but_those_of_the_revolution() {
    let frame = Frame::at(atlas(), Selection::Year(1917), None, Lang::En);
    let shapes = atlas().shape_regions();
    for (i, r) in frame.regions.iter().enumerate() {
        if !r.changed {
            continue;
        }
        let region = shapes[i].map(|id| atlas().region(id).id.clone()).unwrap_or_default();
        let p = atlas().control(&region, day("1917-12-31")).unwrap();
        assert_eq!(atlas().key(p.power), "soviet-russia", "{region} is outlined as changed in 1917");
    }
    let korea = atlas().region_id("korea-south").and_then(|r| shapes.iter().position(|s| *s == Some(r))).unwrap();
    assert!(!frame.regions[korea].changed, "Korea was annexed in 1910, not in 1917");
}

#[test]
fn korea_is_japanese_since_before_1917_not_since_1_january_1917() {
    let korea = atlas().region_id("korea-south").unwrap();
    let state = atlas().state_at(day("1917-06-01")).into_iter().find(|s| s.id == korea).unwrap();
    let en = describe_region(Lang::En, atlas(), &state);
    assert!(en.contains("Japan") && en.contains("since before 1917"), "{en}");
    assert!(!en.contains("1 January 1917"), "{en}");
    let zh = describe_region(Lang::Zh, atlas(), &state);
    assert!(zh.contains("1917年以前") && !zh.contains("1917年1月1日"), "{zh}");
    let from = state.control.unwrap().from;
    assert_eq!(since_text(Lang::En, from), "before 1917");
    let answer = quiz_answer(Lang::En, "Korea", day("1920-03-01"), "Japan", Status::Sovereign, from);
    assert!(answer.contains("since before 1917"), "{answer}");
}

#[test]
fn a_real_change_keeps_its_day() {
    // North Sakhalin: Japanese military occupation from 21 April 1920 (after the Nikolayevsk incident).
    let p = atlas().control("north-sakhalin", day("1923-06-01")).unwrap();
    assert_eq!(atlas().key(p.power), "japan");
    assert_eq!(since_text(Lang::En, p.from), "21 April 1920");
}

#[test]
fn the_go_to_box_reads_dates_as_people_type_them() {
    let d = |s: &str| Some(Selection::Day(day(s)));
    assert_eq!(Selection::from_typed(" 1945 "), Some(Selection::Year(1945)));
    assert_eq!(Selection::from_typed("１９４５"), Some(Selection::Year(1945)), "full-width digits");
    assert_eq!(Selection::from_typed("1945-08-09"), d("1945-08-09"));
    assert_eq!(Selection::from_typed("1945年8月9日"), d("1945-08-09"));
    assert_eq!(Selection::from_typed("１９４５年８月９日"), d("1945-08-09"));
    assert_eq!(Selection::from_typed("1945/08/09"), d("1945-08-09"));
    assert_eq!(Selection::from_typed("1945/8/9"), d("1945-08-09"));
    assert_eq!(Selection::from_typed("1945.8.9"), d("1945-08-09"));
    assert_eq!(Selection::from_typed("1945-08"), d("1945-08-01"));
    assert_eq!(Selection::from_typed("1945年8月"), d("1945-08-01"));
    assert_eq!(Selection::from_typed("1945年"), Some(Selection::Year(1945)));
    for bad in ["1905", "1945-02-30", "soon", "", "1945--08", "19 45", "1945-8-9-1", "-1945"] {
        assert_eq!(Selection::from_typed(bad), None, "{bad:?}");
    }
}

#[test]
fn a_change_of_status_under_the_same_holder_says_what_changed() {
    use atlas_core::status_html::change_text;
    let a = atlas();
    let mut same_holder = 0;
    for year in atlas_core::FIRST_YEAR..=atlas_core::LAST_YEAR {
        for c in a.changes_in_year(year) {
            let en = change_text(a, Lang::En, c.before, c.after);
            let after = a.power(c.after.power).name.en.as_str();
            assert!(!en.starts_with(&format!("{after} → {after}")), "{year} {}: reads as no change: {en}", c.region.id);
            if let Some(b) = c.before.filter(|b| b.power == c.after.power) {
                same_holder += 1;
                let (sb, sa) = (
                    atlas_core::i18n::status_name(Lang::En, b.status),
                    atlas_core::i18n::status_name(Lang::En, c.after.status),
                );
                assert_eq!(en, format!("{after}: {sb} → {sa}"), "{year} {}", c.region.id);
            }
        }
    }
    assert!(
        same_holder > 0,
        "the record has changes of status under one holder (fighting, occupation turning into annexation)"
    );
    // Chinese punctuation is full-width.
    let c = a.changes_in_year(1945).into_iter().next().unwrap();
    let zh = change_text(a, Lang::Zh, c.before, c.after);
    assert!(!zh.contains(" (") && !zh.contains(": "), "{zh}");
}

#[test]
fn chahar_and_suiyuan_are_western_inner_mongolia_in_every_language() {
    // The two provinces were the western part of Inner Mongolia (its east lay in Manchuria and Jehol): all four
    // languages say the same.
    let a = atlas();
    let r = a.region_by("inner-mongolia").unwrap();
    assert_eq!(r.name.zh, "察哈尔与绥远（内蒙古西部）");
    assert_eq!(r.name.en, "Chahar and Suiyuan (western Inner Mongolia)");
    let names: Vec<String> =
        a.local_names_by("inner-mongolia", day("1940-01-01")).into_iter().map(|(_, n)| n.to_string()).collect();
    assert!(names.iter().any(|n| n.contains("内蒙古西部")), "{names:?}");
    assert!(names.iter().any(|n| n.contains("западная")), "{names:?}");
}
