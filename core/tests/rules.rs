//! The rules of the core, checked on small hand-written data sets: validation collects every problem with its
//! context, coarse dates cover their span, and the queries answer for edge days.

mod common;
use atlas_core::{load, Atlas, Day, Place, PowerId, Selection, Status};
use common::ByKey;

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
colour = "#D55E00"

[[region]]
id = "north-sakhalin"
name = { zh = "北库页岛", en = "North Sakhalin" }

[[point]]
id = "toyohara"
lon = 142.73
lat = 46.96
name = { zh = "南萨哈林斯克", en = "Yuzhno-Sakhalinsk" }
names = [{ when = "1905/1946-06-03", zh = "丰原", en = "Toyohara" }]
"##;

const PERIODS: &str = r#"
[[period]]
region = "north-sakhalin"
from = "1900"
to = "1920-07-02"
power = "ussr"
status = "sovereign"
sources = [{ src = "en" }]

[[period]]
region = "north-sakhalin"
from = "1920-07-03"
to = "1925-05-14"
power = "japan"
status = "occupied"
sources = [{ src = "en", section = "Sakhalin" }]

[[period]]
region = "north-sakhalin"
from = "1925-05-15"
power = "ussr"
status = "sovereign"
sources = [{ src = "en" }]

[[claim]]
region = "north-sakhalin"
from = "1925-05-15"
to = "1930"
power = "japan"
sources = [{ src = "en" }]

[[event]]
id = "basic-convention"
date = "1925-01-20"
category = "treaty"
places = ["north-sakhalin"]
key = true
title = { zh = "日苏基本条约", en = "Basic Convention" }
summary = { zh = "建交。", en = "Relations established." }
sources = [{ src = "en" }]

[[event]]
id = "withdrawal"
date = "1925-05"
category = "occupation"
places = ["north-sakhalin", "toyohara"]
title = { zh = "撤军", en = "Withdrawal" }
summary = { zh = "日军撤出。", en = "Japan withdrew." }
sources = [{ src = "en" }]

[[event]]
id = "occupation"
date = "1920-07/1925-05-14"
category = "occupation"
places = ["north-sakhalin"]
title = { zh = "占领", en = "Occupation" }
summary = { zh = "日军占领北库页岛。", en = "Japan occupied North Sakhalin." }
sources = [{ src = "en" }]
"#;

fn atlas() -> Atlas {
    load(&[("base.toml", BASE), ("periods.toml", PERIODS)]).unwrap_or_else(|e| panic!("{e:?}"))
}

fn day(s: &str) -> Day {
    s.parse().unwrap()
}

fn errors_of(extra: &str) -> Vec<String> {
    match load(&[("base.toml", BASE), ("extra.toml", extra)]) {
        Ok(_) => Vec::new(),
        Err(e) => e.iter().map(|e| e.to_string()).collect(),
    }
}

#[test]
fn control_changes_exactly_on_the_first_and_last_days_of_a_period() {
    let a = atlas();
    let who = |d: &str| a.control("north-sakhalin", day(d)).map(|p| (a.power(p.power).id.as_str(), p.status));
    assert_eq!(who("1920-07-02"), Some(("ussr", Status::Sovereign)));
    assert_eq!(who("1920-07-03"), Some(("japan", Status::Occupied)));
    assert_eq!(who("1923-06-01"), Some(("japan", Status::Occupied)));
    assert_eq!(who("1925-05-14"), Some(("japan", Status::Occupied)));
    assert_eq!(who("1925-05-15"), Some(("ussr", Status::Sovereign)));
    assert_eq!(who("1991-12-31"), Some(("ussr", Status::Sovereign)));
}

#[test]
fn a_coarse_claim_end_holds_to_the_last_day_of_its_year() {
    let a = atlas();
    assert_eq!(a.claims("north-sakhalin", day("1930-12-31")).len(), 1);
    assert!(a.claims("north-sakhalin", day("1931-01-01")).is_empty());
    assert!(a.claims("north-sakhalin", day("1925-05-14")).is_empty());
}

#[test]
fn the_changes_of_a_year_list_the_before_and_after() {
    let a = atlas();
    let c = a.changes_in_year(1925);
    assert_eq!(c.len(), 1);
    assert_eq!(c[0].before.map(|p| a.key(p.power)).as_deref(), Some("japan"));
    assert_eq!(a.key(c[0].after.power), "ussr");
    assert!(a.changes_in_year(1923).is_empty());
}

#[test]
fn events_of_a_year_include_ranges_still_ongoing_in_it() {
    let a = atlas();
    let ids = |y| a.events_in_year(y).iter().map(|e| e.id.as_str()).collect::<Vec<_>>();
    assert_eq!(ids(1923), ["occupation"]);
    assert_eq!(ids(1925), ["occupation", "basic-convention", "withdrawal"]);
    assert_eq!(a.key_event(1925).map(|e| e.id.as_str()), Some("basic-convention"));
    assert_eq!(a.key_event(1920).map(|e| e.id.as_str()), Some("occupation"));
}

#[test]
fn next_and_previous_event_step_from_a_day() {
    let a = atlas();
    assert_eq!(a.next_event(day("1920-01-01")).map(|e| e.id.as_str()), Some("occupation"));
    assert_eq!(a.next_event(day("1920-07-01")).map(|e| e.id.as_str()), Some("basic-convention"));
    assert_eq!(a.next_event(day("1925-01-20")).map(|e| e.id.as_str()), Some("withdrawal"));
    assert_eq!(a.prev_event(day("1925-01-20")).map(|e| e.id.as_str()), Some("occupation"));
    assert_eq!(a.prev_event(day("1925-01-21")).map(|e| e.id.as_str()), Some("basic-convention"));
    assert!(a.next_event(day("1925-05-01")).is_none());
    assert!(a.prev_event(day("1920-07-01")).is_none());
}

#[test]
fn stepping_through_events_visits_each_in_turn() {
    let a = atlas();
    let step = |sel: Option<&str>, s: Selection, fwd| {
        let sel = sel.map(|id| a.event_id(id).expect("a known event"));
        a.step_event(sel, s, fwd).map(|e| a.event(e).id.as_str())
    };
    assert_eq!(step(None, Selection::Year(1925), true), Some("basic-convention"));
    assert_eq!(step(None, Selection::Year(1925), false), Some("occupation"));
    assert_eq!(step(Some("basic-convention"), Selection::Year(1925), true), Some("withdrawal"));
    assert_eq!(step(Some("withdrawal"), Selection::Year(1925), true), None);
    assert_eq!(step(None, Selection::Day(day("1925-01-20")), true), Some("withdrawal"));
    assert_eq!(step(Some("occupation"), Selection::Year(1920), false), None);
}

#[test]
fn a_selected_year_shows_the_state_at_its_end() {
    assert_eq!(Selection::Year(1925).state_day(), day("1925-12-31"));
    assert_eq!(Selection::Day(day("1945-08-09")).state_day(), day("1945-08-09"));
    assert_eq!(Selection::Year(2050).clamped(), Selection::Year(1991));
}

#[test]
fn a_point_is_named_as_it_was_at_the_time() {
    let a = atlas();
    let p = a.point_by("toyohara").unwrap();
    assert_eq!(p.name_at(day("1930-01-01")).en, "Toyohara");
    assert_eq!(p.name_at(day("1946-06-03")).zh, "丰原");
    assert_eq!(p.name_at(day("1946-06-04")).en, "Yuzhno-Sakhalinsk");
}

#[test]
fn two_controllers_at_once_are_rejected() {
    let errs = errors_of(
        r#"
[[period]]
region = "north-sakhalin"
from = "1900"
to = "1920"
power = "ussr"
status = "sovereign"
sources = [{ src = "en" }]

[[period]]
region = "north-sakhalin"
from = "1920-07-03"
power = "japan"
status = "occupied"
sources = [{ src = "en" }]
"#,
    );
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(errs[0].contains("two controllers at once"), "{errs:?}");
    assert!(errs[0].contains("north-sakhalin"), "{errs:?}");
}

#[test]
fn gaps_in_control_are_rejected() {
    let errs = errors_of(
        r#"
[[period]]
region = "north-sakhalin"
from = "1900"
to = "1920-07-01"
power = "ussr"
status = "sovereign"
sources = [{ src = "en" }]

[[period]]
region = "north-sakhalin"
from = "1920-07-03"
power = "japan"
status = "occupied"
sources = [{ src = "en" }]
"#,
    );
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(errs[0].contains("gap in control: nobody from 1920-07-02 to 1920-07-02"), "{errs:?}");
}

#[test]
fn every_problem_is_reported_at_once_with_its_context() {
    let errs = errors_of(
        r#"
[[period]]
region = "atlantis"
from = "1945-02-30"
power = "narnia"
status = "haunted"
sources = [{ src = "nowhere" }]

[[event]]
id = "Bad Id"
date = "1945-13"
category = "gossip"
places = ["el-dorado"]
title = { zh = "", en = "Title" }
summary = { zh = "摘要", en = "" }
sources = []
"#,
    );
    let all = errs.join("\n");
    for needle in [
        "no such day in that month",
        "unknown status `haunted`",
        "unknown region `atlantis`",
        "unknown power `narnia`",
        "unknown source `nowhere`",
        "event `Bad Id`: ids use only",
        "month must be 01–12",
        "unknown category `gossip`",
        "unknown place `el-dorado`",
        "title.zh is empty",
        "summary.en is empty",
        "no source",
        "region `north-sakhalin`: has no control periods",
        "extra.toml",
    ] {
        assert!(all.contains(needle), "missing `{needle}` in:\n{all}");
    }
}

#[test]
fn a_syntax_error_names_its_line() {
    let errs = errors_of("[[event]]\nid = \"x\"\ndate = 1945-08-09x\n");
    assert!(errs.iter().any(|e| e.starts_with("extra.toml: line 3")), "{errs:?}");
}

#[test]
fn unknown_fields_are_rejected_so_typos_do_not_vanish() {
    let errs = errors_of(
        "[[power]]\nid = \"prc\"\nname = { zh = \"中华人民共和国\", en = \"PRC\" }\ncolour = \"#cc79a7\"\nflag = \"red\"\n",
    );
    assert!(errs.iter().any(|e| e.contains("flag")), "{errs:?}");
}

#[test]
fn every_power_has_a_colour_written_as_rrggbb() {
    let errs = errors_of(
        r##"
[[power]]
id = "prc"
name = { zh = "中华人民共和国", en = "People's Republic of China" }

[[power]]
id = "roc"
name = { zh = "中华民国", en = "Republic of China" }
colour = "yellow"

[[power]]
id = "rok"
name = { zh = "大韩民国", en = "South Korea" }
colour = "#44aa9"
"##,
    );
    let all = errs.join("\n");
    for needle in [
        "extra.toml:2: power `prc`: no colour: give every power `colour = \"#rrggbb\"`",
        "extra.toml:6: power `roc`: colour `yellow` is not a colour: write it as `#rrggbb`",
        "extra.toml:11: power `rok`: colour `#44aa9` is not a colour",
    ] {
        assert!(all.contains(needle), "missing `{needle}` in:\n{all}");
    }
    // Read in either case, kept as the colour.
    let a = atlas();
    assert_eq!(a.power_by("ussr").map(|p| p.colour.to_string()).as_deref(), Some("#d55e00"));
}

#[test]
fn a_power_added_with_a_colour_gets_that_colour_everywhere() {
    let extra = r##"
[[power]]
id = "new-power"
name = { zh = "新政权", en = "A new power" }
colour = "#117733"
"##;
    let a = load(&[("base.toml", BASE), ("periods.toml", PERIODS), ("new.toml", extra)])
        .unwrap_or_else(|e| panic!("{e:?}"));
    let css = atlas_core::palette::palette_css(&a);
    // The legend and table swatches by class, the map's regions by who holds them.
    assert!(css.contains(".power--new-power,.region[data-controller=\"new-power\"]{--power:#117733}"), "{css}");
    assert!(css.contains("--power-new-power:#117733;"), "{css}");
    assert_eq!(atlas_core::palette::colour_of(&a, "new-power").to_string(), "#117733");
}

#[test]
fn duplicate_ids_and_second_key_events_are_rejected() {
    let errs = errors_of(
        r#"
[[power]]
id = "japan"
name = { zh = "日本", en = "Japan" }

[[event]]
id = "withdrawal-2"
date = "1925-02"
category = "treaty"
places = ["north-sakhalin"]
key = true
title = { zh = "甲", en = "A" }
summary = { zh = "甲。", en = "A." }
sources = [{ src = "en" }]

[[event]]
id = "other"
date = "1925-03"
category = "treaty"
places = ["north-sakhalin"]
key = true
title = { zh = "乙", en = "B" }
summary = { zh = "乙。", en = "B." }
sources = [{ src = "en" }]
"#,
    );
    let all = errs.join("\n");
    assert!(all.contains("extra.toml:2: power `japan`: declared twice (also in base.toml:6)"), "{all}");
    assert!(all.contains("second key event of 1925"), "{all}");
}

#[test]
fn a_point_declared_twice_is_named_as_a_point() {
    let errs = errors_of(
        "[[point]]\nid = \"toyohara\"\nlon = 142.7\nlat = 47.0\nname = { zh = \"丰原\", en = \"Toyohara\" }\n",
    );
    assert!(
        errs.iter().any(|e| e == "extra.toml:1: point `toyohara`: declared twice (also in base.toml:20)"),
        "{errs:?}"
    );
}

#[test]
fn a_power_cannot_claim_what_it_holds() {
    let errs = errors_of(
        r#"
[[period]]
region = "north-sakhalin"
from = "1900"
power = "ussr"
status = "sovereign"
sources = [{ src = "en" }]

[[claim]]
region = "north-sakhalin"
from = "1950"
power = "ussr"
sources = [{ src = "en" }]
"#,
    );
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(errs[0].contains("controls the region itself"), "{errs:?}");
}

#[test]
fn density_counts_events_by_starting_year() {
    let a = atlas();
    let d = a.density();
    assert_eq!(d.len(), 75);
    assert_eq!(d[(1925 - 1917) as usize], 2);
    assert_eq!(d[(1920 - 1917) as usize], 1);
    assert_eq!(d.iter().sum::<usize>(), 3);
}

#[test]
fn every_reference_becomes_an_id_that_leads_back_to_the_record_it_names() {
    let a = atlas();
    let (japan, ussr) = (a.power_id("japan").unwrap(), a.power_id("ussr").unwrap());
    let north = a.region_id("north-sakhalin").unwrap();
    assert_eq!(a.power(japan).name.en, "Japan");
    assert_eq!(a.region(north).id, "north-sakhalin");
    let powers: Vec<_> = a.periods_of(north).map(|p| p.power).collect();
    assert_eq!(powers, [ussr, japan, ussr], "the three periods of North Sakhalin, in order");
    let cited = &a.periods_of(north).nth(1).unwrap().sources[0];
    assert_eq!((a.source(cited.src).id.as_str(), cited.section.as_deref()), ("en", Some("Sakhalin")));
    assert_eq!(a.source_id("en"), Some(cited.src));
    assert_eq!(a.claims[0].region, north);
    assert_eq!(a.claims[0].power, japan);
    let withdrawal = a.event(a.event_id("withdrawal").unwrap());
    let toyohara = a.point_id("toyohara").unwrap();
    assert_eq!(withdrawal.places, [Place::Region(north), Place::Point(toyohara)], "in the order the file lists them");
    assert_eq!(a.place_id("toyohara"), Some(Place::Point(toyohara)));
    assert_eq!(a.place_key(Place::Point(toyohara)), "toyohara");
    // Written ids nobody declared resolve to nothing (URL parameters are read this way).
    assert_eq!((a.region_id("atlantis"), a.power_id("narnia"), a.event_id("x")), (None, None, None));
}

#[test]
fn unknown_ids_are_reported_with_their_file_and_what_names_them() {
    let errs = errors_of(
        r#"
[[point]]
id = "vladivostok"
lon = 131.9
lat = 43.1
name = { zh = "符拉迪沃斯托克", en = "Vladivostok" }
region = "primorye"

[[claim]]
region = "north-sakhalin"
from = "1925-05-15"
power = "narnia"
sources = [{ src = "en" }]

[[local_name]]
of = "el-dorado"
lang = "ja"
name = "エルドラド"
"#,
    );
    for line in [
        "extra.toml:2: point `vladivostok`: unknown region `primorye`",
        "extra.toml:9: claim of `narnia` on `north-sakhalin` from 1925-05-15: unknown power `narnia`",
        "extra.toml:15: ja name of `el-dorado`: unknown place `el-dorado`",
    ] {
        assert!(errs.iter().any(|e| e == line), "missing `{line}` in:\n{}", errs.join("\n"));
    }
}

#[test]
fn a_point_may_not_share_a_regions_id() {
    let errs = errors_of(
        r#"
[[point]]
id = "north-sakhalin"
lon = 143.0
lat = 51.0
name = { zh = "北库页岛", en = "North Sakhalin" }
"#,
    );
    assert!(
        errs.iter().any(|e| e == "extra.toml:2: point `north-sakhalin`: declared twice (also in base.toml:16)"),
        "{errs:?}"
    );
}

#[test]
fn more_powers_than_their_ids_hold_is_an_error_not_a_panic() {
    let many: String = (0..=PowerId::MAX)
        .map(|i| {
            format!("[[power]]\nid = \"p{i}\"\nname = {{ zh = \"国{i}\", en = \"P{i}\" }}\ncolour = \"#123456\"\n")
        })
        .collect();
    let errs = errors_of(&many);
    // The two powers of the base data and 257 more.
    let line = "data: every power: 259 declared, but the atlas holds at most 256: its ids would overflow".to_string();
    assert!(errs.contains(&line), "{errs:?}");
}
