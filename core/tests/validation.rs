//! Every validation rule fed data that breaks it (issue 29): each problem is reported with the real file and the
//! line of the record that breaks the rule (its `[[period]]` header; for two records that clash, the later one),
//! never a placeholder such as `control` or `names`.

use atlas_core::data::load_for_map;
use atlas_core::load;

const BASE: &str = r##"
[[source]]
id = "en"
title = { zh = "英文条目", en = "English article" }

[[power]]
id = "japan"
name = { zh = "日本", en = "Japan" }
colour = "#0072b2"

[[power]]
id = "ussr"
name = { zh = "苏联", en = "Soviet Union" }
colour = "#d55e00"

[[power]]
id = "roc"
name = { zh = "中华民国", en = "Republic of China" }
colour = "#999933"

[[region]]
id = "kunashiri"
name = { zh = "国后岛", en = "Kunashiri" }

[[period]]
region = "kunashiri"
from = "1900"
power = "ussr"
status = "sovereign"
sources = [{ src = "en" }]
"##;

/// The problems of the base with `extra.toml` added, as the reader sees them.
fn errors_of(extra: &str) -> Vec<String> {
    match load(&[("base.toml", BASE), ("extra.toml", extra)]) {
        Ok(_) => Vec::new(),
        Err(e) => e.iter().map(|e| e.to_string()).collect(),
    }
}

#[track_caller]
fn assert_only(extra: &str, expected: &[&str]) {
    let errs = errors_of(extra);
    assert_eq!(errs, expected, "\n{}", errs.join("\n"));
}

/// A region of its own with these periods (the base's region stays covered).
fn periods(body: &str) -> String {
    format!(
        r#"
[[region]]
id = "etorofu"
name = {{ zh = "择捉岛", en = "Etorofu" }}
{body}"#
    )
}

#[test]
fn a_period_that_ends_before_it_starts() {
    let extra = periods(
        r#"
[[period]]
region = "etorofu"
from = "1900"
to = "1899"
power = "japan"
status = "sovereign"
sources = [{ src = "en" }]
"#,
    );
    let errs = errors_of(&extra);
    assert!(
        errs.contains(&"extra.toml:6: period of `etorofu` from 1900: ends (1899) before it starts (1900)".to_string()),
        "{errs:?}"
    );
}

#[test]
fn an_open_period_followed_by_another_names_the_later_one() {
    assert_only(
        &periods(
            r#"
[[period]]
region = "etorofu"
from = "1900"
power = "japan"
status = "sovereign"
sources = [{ src = "en" }]

[[period]]
region = "etorofu"
from = "1945-09-01"
power = "ussr"
status = "occupied"
sources = [{ src = "en" }]
"#,
        ),
        &["extra.toml:13: region `etorofu`: the period from 1900 (`japan`) has no end, but another starts 1945-09-01"],
    );
}

#[test]
fn overlaps_gaps_and_uncovered_ends_name_the_period_that_breaks_the_cover() {
    let extra = periods(
        r#"
[[period]]
region = "etorofu"
from = "1920"
to = "1940"
power = "japan"
status = "sovereign"
sources = [{ src = "en" }]

[[period]]
region = "etorofu"
from = "1940-06"
to = "1950"
power = "ussr"
status = "occupied"
sources = [{ src = "en" }]

[[period]]
region = "etorofu"
from = "1952"
to = "1960"
power = "ussr"
status = "sovereign"
sources = [{ src = "en" }]
"#,
    );
    assert_only(
        &extra,
        &[
            "extra.toml:6: region `etorofu`: nobody controls it from 1917-01-01 until 1920",
            "extra.toml:14: region `etorofu`: two controllers at once: `japan` 1920–1940 overlaps `ussr` from 1940-06 \
             (a coarse date covers its whole span)",
            "extra.toml:22: region `etorofu`: gap in control: nobody from 1951-01-01 to 1951-12-31",
            "extra.toml:22: region `etorofu`: nobody controls it after 1960",
        ],
    );
}

#[test]
fn a_region_without_periods_is_named_at_its_own_record() {
    assert_only(&periods(""), &["extra.toml:2: region `etorofu`: has no control periods"]);
}

#[test]
fn a_claim_that_ends_before_it_starts() {
    assert_only(
        r#"
[[claim]]
region = "kunashiri"
from = "1950"
to = "1940"
power = "japan"
sources = [{ src = "en" }]
"#,
        &["extra.toml:2: claim of `japan` on `kunashiri` from 1950: ends (1940) before it starts (1950)"],
    );
}

#[test]
fn the_same_power_claiming_twice_at_once() {
    assert_only(
        r#"
[[claim]]
region = "kunashiri"
from = "1950"
power = "japan"
sources = [{ src = "en" }]

[[claim]]
region = "kunashiri"
from = "1956"
to = "1960"
power = "japan"
sources = [{ src = "en" }]
"#,
        &["extra.toml:8: claim of `japan` on `kunashiri`: two claims at once (from 1950 and from 1956)"],
    );
}

#[test]
fn two_powers_claiming_one_region_at_once() {
    assert_only(
        r#"
[[claim]]
region = "kunashiri"
from = "1950"
to = "1970"
power = "japan"
sources = [{ src = "en" }]

[[claim]]
region = "kunashiri"
from = "1960-05"
power = "roc"
sources = [{ src = "en" }]
"#,
        &["extra.toml:9: claim of `roc` on `kunashiri` from 1960-05: two powers claim it at once: `japan` from 1950 \
           and `roc` from 1960-05 (the map draws one claim outline: end one claim first)"],
    );
    // One after the other is fine.
    assert_only(
        r#"
[[claim]]
region = "kunashiri"
from = "1950"
to = "1959"
power = "japan"
sources = [{ src = "en" }]

[[claim]]
region = "kunashiri"
from = "1960"
power = "roc"
sources = [{ src = "en" }]
"#,
        &[],
    );
}

#[test]
fn a_power_claiming_what_it_holds() {
    assert_only(
        r#"
[[claim]]
region = "kunashiri"
from = "1950"
power = "ussr"
sources = [{ src = "en" }]
"#,
        &["extra.toml:2: claim of `ussr` on `kunashiri` from 1950: `ussr` controls the region itself then (period from 1900)"],
    );
}

#[test]
fn overlapping_dated_names_are_one_rule_for_points_and_local_names() {
    assert_only(
        r#"
[[point]]
id = "beijing"
lon = 116.386
lat = 39.931
name = { zh = "北京", en = "Beijing" }
names = [
  { when = "1928-06-20/1949-09-26", zh = "北平", en = "Peiping" },
  { when = "1937-10-12/1945-08-20", zh = "北京", en = "Peking" },
]

[[local_name]]
of = "kunashiri"
lang = "ja"
name = "国後島"
when = "1900/1950"
sources = [{ src = "en" }]

[[local_name]]
of = "kunashiri"
lang = "ja"
name = "クナシリ"
when = "1945/1991"
sources = [{ src = "en" }]
"#,
        &[
            "extra.toml:2: point `beijing`: two names at once: `Peiping` (1928-06-20/1949-09-26) overlaps `Peking` \
             (1937-10-12/1945-08-20) (a coarse date covers its whole span)",
            "extra.toml:19: ja name of `kunashiri`: two names at once: `国後島` (1900/1950) overlaps `クナシリ` \
             (1945/1991) (a coarse date covers its whole span)",
        ],
    );
}

const ERA: &str = r#"
[[era]]
id = "{id}"
when = "{when}"
name = { zh = "时期", en = "Era" }
"#;

fn eras(list: &[(&str, &str)]) -> String {
    list.iter().map(|(id, when)| ERA.replace("{id}", id).replace("{when}", when)).collect()
}

#[test]
fn eras_in_order_without_overlap_or_gap() {
    assert_only(&eras(&[("a", "1917/1930"), ("b", "1931/1945-08-15"), ("c", "1945-08-16/1991")]), &[]);
    assert_only(
        &eras(&[("a", "1917/1930"), ("b", "1929/1945")]),
        &["extra.toml:7: era `b`: starts before `a` ends: eras may not overlap"],
    );
    assert_only(
        &eras(&[("a", "1917/1930"), ("b", "1933/1945")]),
        &["extra.toml:7: era `b`: gap between eras: nothing from 1931-01-01 to 1932-12-31 (after `a`)"],
    );
    assert_only(
        &eras(&[("a", "1931/1945"), ("b", "1917/1930")]),
        &["extra.toml:7: era `b`: starts before `a`, listed before it: list the eras in order"],
    );
}

#[test]
fn an_event_with_no_places_and_a_second_key_event_of_a_year() {
    assert_only(
        r#"
[[event]]
id = "one"
date = "1956-10-19"
category = "treaty"
places = ["kunashiri"]
key = true
title = { zh = "宣言", en = "Declaration" }
summary = { zh = "复交。", en = "Relations restored." }
sources = [{ src = "en" }]

[[event]]
id = "two"
date = "1956-12"
category = "diplomacy"
places = []
key = true
title = { zh = "加入联合国", en = "UN membership" }
summary = { zh = "日本加入联合国。", en = "Japan joined the UN." }
sources = [{ src = "en" }]
"#,
        &[
            "extra.toml:12: event `two`: no places: name at least one region or point",
            "extra.toml:12: event `two`: second key event of 1956 (also `one`): keep one `key = true` per year",
        ],
    );
}

#[test]
fn coordinates_out_of_range_for_a_point_and_a_station() {
    let errs = errors_of(
        r#"
[[point]]
id = "nowhere"
lon = 200.0
lat = 46.0
name = { zh = "无处", en = "Nowhere" }

[[railway]]
id = "line"
name = { zh = "铁路", en = "Railway" }
stations = [
  { id = "a", name = { zh = "甲", en = "A" }, lon = 131.9, lat = 95.0 },
  { id = "b", name = { zh = "乙", en = "B" }, lon = 132.0, lat = 43.0 },
]
lines = [["a", "b"]]
sources = [{ src = "en" }]

[[railway_period]]
railway = "line"
from = "1900"
to = "1899"
power = "ussr"
status = "owned"
sources = [{ src = "en" }]
"#,
    );
    for want in [
        "extra.toml:2: point `nowhere`: coordinates out of range: lon 200 lat 46",
        "extra.toml:8: railway `line`, station `a`: coordinates out of range: lon 131.9 lat 95",
        "extra.toml:18: period of railway `line` from 1900: ends (1899) before it starts (1900)",
    ] {
        assert!(errs.iter().any(|e| e == want), "missing `{want}` in:\n{}", errs.join("\n"));
    }
}

#[test]
fn the_map_checks_a_shape_for_every_region_a_region_for_every_shape_and_cities_on_the_map() {
    let extra = r#"
[[region]]
id = "atlantis"
name = { zh = "亚特兰蒂斯", en = "Atlantis" }

[[period]]
region = "atlantis"
from = "1900"
power = "japan"
status = "sovereign"
sources = [{ src = "en" }]

[[point]]
id = "london"
lon = -0.126
lat = 51.509
name = { zh = "伦敦", en = "London" }

[[point]]
id = "null-island"
lon = 0.0
lat = 0.0
name = { zh = "零岛", en = "Null Island" }
region = "kunashiri"
"#;
    // The rules alone (small data sets have no shapes): fine.
    assert!(load(&[("base.toml", BASE), ("extra.toml", extra)]).is_ok());
    let errs: Vec<String> = load_for_map(&[("base.toml", BASE), ("extra.toml", extra)])
        .map(|_| ())
        .expect_err("the map's rules refuse it")
        .iter()
        .map(|e| e.to_string())
        .collect();
    let all = errs.join("\n");
    for want in [
        "extra.toml:2: region `atlantis`: has no shape on the map: add it to tools/mapgen/regions.mjs and run the generator",
        "extra.toml:19: point `null-island`: off the map: lon 0 lat 0 falls outside it",
        "base.toml: every region: the map's shape `habomai` is no region of the data: add `[[region]] id = \"habomai\"`",
    ] {
        assert!(errs.iter().any(|e| e == want), "missing `{want}` in:\n{all}");
    }
    assert!(!all.contains("kunashiri`: has no shape"), "kunashiri has a shape:\n{all}");
    assert!(!all.contains("london"), "a point of no region may lie off the map:\n{all}");
}

#[test]
fn the_shipped_data_passes_the_map_rules_too() {
    atlas_core::bundled()
        .unwrap_or_else(|e| panic!("{}", e.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n")));
}
