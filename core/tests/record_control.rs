//! The shipped control data checked against the historical record, region by region and change by change.
//!
//! Every expected answer below comes from the standard record (treaty texts, Stephan on Sakhalin and the Kurils,
//! Morley and Hara on the Siberian intervention, Glantz on August 1945, the US Army histories of the Korean War …),
//! not from `data/control.toml`. Each change of control is checked on the day before, the day of and the day after.
//! Conventions the data follows (see the header of `control.toml`): `contested` names whoever held the region's main
//! centre while fighting went on; Soviet Russia starts everywhere on 7 November 1917; the Chinese Communist
//! authorities of 1945–1949 have no power id, so civil-war China is `contested` under the Republic of China.

mod common;

use atlas_core::{Day, Status};
use common::atlas;
use common::ByKey;
use Status::*;

fn day(text: &str) -> Day {
    text.parse().unwrap_or_else(|e| panic!("bad test date {text}: {e:?}"))
}

/// Who held `region` on `date`, and how.
fn who(region: &str, date: &str) -> (String, Status) {
    let p = atlas().control(region, day(date)).unwrap_or_else(|| panic!("nobody controls {region} on {date}"));
    (atlas().key(p.power), p.status)
}

fn is(power: &str, status: Status) -> (String, Status) {
    (power.to_string(), status)
}

/// Control changes on `date`: the day before shows `before`, the day itself and the day after show `after`.
fn changes_on(region: &str, date: &str, before: (&str, Status), after: (&str, Status)) {
    let d = day(date);
    let at = |d: Day| {
        let p = atlas().control(region, d).unwrap_or_else(|| panic!("nobody controls {region} on {d:?}"));
        (atlas().key(p.power), p.status)
    };
    assert_eq!(at(d.pred()), is(before.0, before.1), "{region} on the day before {date}");
    assert_eq!(at(d), is(after.0, after.1), "{region} on {date}");
    assert_eq!(at(d.succ()), is(after.0, after.1), "{region} on the day after {date}");
}

/// The powers claiming `region` on `date`.
fn claimants(region: &str, date: &str) -> Vec<String> {
    let mut v: Vec<String> = atlas().claims(region, day(date)).into_iter().map(|c| atlas().key(c.power)).collect();
    v.sort();
    v
}

const ALL_REGIONS: [&str; 24] = [
    "north-sakhalin",
    "south-sakhalin",
    "kurils",
    "etorofu",
    "kunashiri",
    "shikotan",
    "habomai",
    "hokkaido",
    "japan-main",
    "primorye",
    "lower-amur",
    "amur",
    "amur-oblast",
    "transbaikal",
    "kamchatka",
    "okhotsk",
    "manchuria",
    "jehol",
    "kwantung",
    "korea-north",
    "korea-south",
    "mongolia",
    "inner-mongolia",
    "china-proper",
];

const RUSSIAN_REGIONS: [&str; 14] = [
    "north-sakhalin",
    "south-sakhalin",
    "kurils",
    "etorofu",
    "kunashiri",
    "shikotan",
    "habomai",
    "primorye",
    "lower-amur",
    "amur",
    "amur-oblast",
    "transbaikal",
    "kamchatka",
    "okhotsk",
];

// --- The whole map --------------------------------------------------------------------------------------------------

#[test]
fn the_shipped_data_validates() {
    let _ = atlas();
}

#[test]
fn every_region_in_the_region_list_is_tested_here() {
    let missing: Vec<&str> =
        atlas().regions.iter().map(|r| r.id.as_str()).filter(|id| !ALL_REGIONS.contains(id)).collect();
    assert!(missing.is_empty(), "regions without record tests: {missing:?}");
}

#[test]
fn every_region_has_a_controller_on_the_first_of_every_month_from_1917_into_1992() {
    for region in &atlas().regions {
        for year in 1917..=1992 {
            for month in 1..=12u8 {
                let d = Day::new(year, month, 1).expect("valid day");
                assert!(atlas().control(&region.id, d).is_some(), "nobody controls {} on {d:?}", region.id);
            }
        }
    }
}

#[test]
fn every_region_has_a_controller_on_the_first_and_last_day_of_the_span() {
    for region in &atlas().regions {
        assert!(atlas().control(&region.id, day("1917-01-01")).is_some(), "{} on 1917-01-01", region.id);
        assert!(atlas().control(&region.id, day("1991-12-31")).is_some(), "{} on 1991-12-31", region.id);
    }
}

/// Each power only existed for a span of time: no period may fall outside it.
#[test]
fn no_power_holds_anything_outside_its_own_lifetime() {
    let life: [(&str, &str, &str); 11] = [
        ("soviet-russia", "1917-11-07", "1922-12-29"),
        ("ussr", "1922-12-30", "1991-12-25"),
        ("far-eastern-republic", "1920-04-06", "1922-11-14"),
        ("manchukuo", "1932-03-01", "1945-08-20"),
        ("mengjiang", "1937-10-28", "1945-08-19"),
        ("prc", "1949-10-01", "2100-12-31"),
        ("dprk", "1948-09-09", "2100-12-31"),
        ("rok", "1948-08-15", "2100-12-31"),
        ("white-russia", "1918-06-29", "1923-06-17"),
        ("us", "1945-09-02", "1953-07-27"),
        ("roc", "1917-01-01", "1949-09-30"),
    ];
    for (power, first, last) in life {
        let (first, last) = (day(first), day(last));
        for p in atlas().periods.iter().filter(|p| atlas().key(p.power) == power) {
            assert!(
                p.from.first_day() >= first,
                "{power} holds {} from {:?}, before it existed",
                atlas().region_key(p.region),
                p.from
            );
            if let Some(to) = p.to {
                assert!(
                    to.last_day() <= last,
                    "{power} holds {} until {:?}, after it ended",
                    atlas().region_key(p.region),
                    to
                );
            } else {
                assert!(
                    last.year() == 2100,
                    "{power} holds {} with no end, but it ended",
                    atlas().region_key(p.region)
                );
            }
        }
    }
}

#[test]
fn russia_holds_its_regions_only_before_the_revolution_and_after_the_soviet_union() {
    for p in atlas().periods.iter().filter(|p| atlas().key(p.power) == "russia") {
        let before = p.to.is_some_and(|t| t.last_day() <= day("1917-11-06"));
        let after = p.from.first_day() >= day("1991-12-26");
        assert!(before || after, "russia holds {} from {:?}", atlas().region_key(p.region), p.from);
    }
}

#[test]
fn the_soviet_union_gives_way_to_russia_on_1991_12_26_everywhere_it_held() {
    for region in RUSSIAN_REGIONS {
        let (before, status) = who(region, "1991-12-25");
        assert_eq!(before, "ussr", "{region} on 1991-12-25");
        assert_eq!(who(region, "1991-12-26"), is("russia", status), "{region} on 1991-12-26");
        assert_eq!(who(region, "1991-12-31"), is("russia", status), "{region} on 1991-12-31");
    }
}

#[test]
fn the_october_revolution_of_1917_11_07_turns_the_russian_mainland_soviet() {
    for region in
        ["north-sakhalin", "primorye", "lower-amur", "amur", "amur-oblast", "transbaikal", "kamchatka", "okhotsk"]
    {
        changes_on(region, "1917-11-07", ("russia", Sovereign), ("soviet-russia", Sovereign));
    }
}

#[test]
fn the_soviet_union_is_founded_on_1922_12_30_in_every_soviet_held_region() {
    for region in ["primorye", "lower-amur", "amur", "amur-oblast", "transbaikal", "kamchatka"] {
        changes_on(region, "1922-12-30", ("soviet-russia", Sovereign), ("ussr", Sovereign));
    }
    changes_on("okhotsk", "1922-12-30", ("soviet-russia", Contested), ("ussr", Contested));
    // North Sakhalin is still under Japanese occupation that day.
    assert_eq!(who("north-sakhalin", "1922-12-30"), is("japan", Occupied));
}

#[test]
fn the_far_eastern_republic_merges_into_soviet_russia_on_1922_11_15() {
    for region in ["primorye", "lower-amur", "amur", "amur-oblast", "transbaikal", "kamchatka"] {
        changes_on(region, "1922-11-15", ("far-eastern-republic", Sovereign), ("soviet-russia", Sovereign));
    }
}

// --- North Sakhalin -------------------------------------------------------------------------------------------------

#[test]
fn north_sakhalin_is_russian_on_1917_01_01() {
    assert_eq!(who("north-sakhalin", "1917-01-01"), is("russia", Sovereign));
}

#[test]
fn north_sakhalin_is_under_kolchak_era_white_authorities_on_1919_06_01() {
    assert_eq!(who("north-sakhalin", "1919-06-01"), is("white-russia", Sovereign));
}

#[test]
fn north_sakhalin_is_bolshevik_in_march_1920() {
    assert_eq!(who("north-sakhalin", "1920-03-15"), is("soviet-russia", Sovereign));
}

#[test]
fn north_sakhalin_is_occupied_by_japan_from_1920_04_21() {
    changes_on("north-sakhalin", "1920-04-21", ("soviet-russia", Sovereign), ("japan", Occupied));
}

#[test]
fn north_sakhalin_is_japanese_occupied_when_the_occupation_is_proclaimed_on_1920_07_03() {
    assert_eq!(who("north-sakhalin", "1920-07-03"), is("japan", Occupied));
}

#[test]
fn north_sakhalin_is_japanese_occupied_on_1923_06_01() {
    assert_eq!(who("north-sakhalin", "1923-06-01"), is("japan", Occupied));
}

#[test]
fn north_sakhalin_returns_to_the_ussr_on_1925_05_15() {
    changes_on("north-sakhalin", "1925-05-15", ("japan", Occupied), ("ussr", Sovereign));
}

#[test]
fn north_sakhalin_is_soviet_on_1945_08_15() {
    assert_eq!(who("north-sakhalin", "1945-08-15"), is("ussr", Sovereign));
}

#[test]
fn north_sakhalin_is_claimed_by_the_far_eastern_republic_and_then_the_ussr_while_japan_holds_it() {
    assert_eq!(claimants("north-sakhalin", "1920-04-20"), Vec::<String>::new());
    assert_eq!(claimants("north-sakhalin", "1921-09-01"), vec!["far-eastern-republic"]);
    assert_eq!(claimants("north-sakhalin", "1922-11-20"), vec!["soviet-russia"]);
    assert_eq!(claimants("north-sakhalin", "1925-05-14"), vec!["ussr"]);
    assert_eq!(claimants("north-sakhalin", "1925-05-15"), Vec::<String>::new());
}

// --- South Sakhalin -------------------------------------------------------------------------------------------------

#[test]
fn south_sakhalin_is_japanese_karafuto_on_1930_01_01() {
    assert_eq!(who("south-sakhalin", "1930-01-01"), is("japan", Sovereign));
}

#[test]
fn south_sakhalin_is_invaded_by_the_soviets_on_1945_08_11() {
    changes_on("south-sakhalin", "1945-08-11", ("japan", Sovereign), ("japan", Contested));
}

#[test]
fn south_sakhalin_is_soviet_occupied_from_the_fall_of_toyohara_on_1945_08_25() {
    changes_on("south-sakhalin", "1945-08-25", ("japan", Contested), ("ussr", Occupied));
}

#[test]
fn south_sakhalin_is_annexed_by_the_decree_of_1946_02_02() {
    changes_on("south-sakhalin", "1946-02-02", ("ussr", Occupied), ("ussr", Annexed));
}

#[test]
fn south_sakhalin_is_still_soviet_annexed_when_it_joins_sakhalin_oblast_on_1947_01_02() {
    assert_eq!(who("south-sakhalin", "1947-01-02"), is("ussr", Annexed));
}

#[test]
fn south_sakhalin_passes_to_russia_on_1991_12_26() {
    changes_on("south-sakhalin", "1991-12-26", ("ussr", Annexed), ("russia", Annexed));
}

// --- Kurils (Shumshu to Urup) ---------------------------------------------------------------------------------------

#[test]
fn the_kurils_were_already_japanese_on_1917_01_01_since_1875_not_1905() {
    assert_eq!(who("kurils", "1917-01-01"), is("japan", Sovereign));
}

#[test]
fn the_kurils_are_attacked_at_shumshu_on_1945_08_18() {
    changes_on("kurils", "1945-08-18", ("japan", Sovereign), ("japan", Contested));
}

#[test]
fn the_kurils_are_soviet_occupied_after_the_shumshu_surrender_of_1945_08_23() {
    changes_on("kurils", "1945-08-24", ("japan", Contested), ("ussr", Occupied));
}

#[test]
fn the_kurils_are_soviet_occupied_down_to_urup_on_1945_09_01() {
    assert_eq!(who("kurils", "1945-09-01"), is("ussr", Occupied));
}

#[test]
fn the_kurils_are_annexed_on_1946_02_02() {
    changes_on("kurils", "1946-02-02", ("ussr", Occupied), ("ussr", Annexed));
}

#[test]
fn japan_does_not_claim_the_kurils_north_of_etorofu_in_1960() {
    assert_eq!(claimants("kurils", "1960-01-01"), Vec::<String>::new());
}

// --- The four southern islands --------------------------------------------------------------------------------------

#[test]
fn etorofu_is_japanese_on_1945_08_15() {
    assert_eq!(who("etorofu", "1945-08-15"), is("japan", Sovereign));
}

#[test]
fn etorofu_is_occupied_from_the_soviet_landing_on_1945_08_28() {
    changes_on("etorofu", "1945-08-28", ("japan", Sovereign), ("ussr", Occupied));
}

#[test]
fn kunashiri_is_occupied_from_1945_09_01() {
    changes_on("kunashiri", "1945-09-01", ("japan", Sovereign), ("ussr", Occupied));
}

#[test]
fn shikotan_is_occupied_from_1945_09_01() {
    changes_on("shikotan", "1945-09-01", ("japan", Sovereign), ("ussr", Occupied));
}

#[test]
fn the_habomai_islands_are_still_japanese_on_surrender_day_1945_09_02() {
    assert_eq!(who("habomai", "1945-09-02"), is("japan", Sovereign));
}

#[test]
fn the_habomai_islands_are_occupied_from_1945_09_03() {
    changes_on("habomai", "1945-09-03", ("japan", Sovereign), ("ussr", Occupied));
}

#[test]
fn the_habomai_islands_are_soviet_occupied_when_the_landings_end_on_1945_09_05() {
    assert_eq!(who("habomai", "1945-09-05"), is("ussr", Occupied));
}

#[test]
fn the_four_islands_are_annexed_by_the_decree_of_1946_02_02() {
    for region in ["etorofu", "kunashiri", "shikotan", "habomai"] {
        changes_on(region, "1946-02-02", ("ussr", Occupied), ("ussr", Annexed));
    }
}

#[test]
fn the_four_islands_pass_to_russia_on_1991_12_26() {
    for region in ["etorofu", "kunashiri", "shikotan", "habomai"] {
        changes_on(region, "1991-12-26", ("ussr", Annexed), ("russia", Annexed));
    }
}

#[test]
fn japan_claims_etorofu_from_the_day_the_soviets_land() {
    assert_eq!(claimants("etorofu", "1945-08-27"), Vec::<String>::new());
    assert_eq!(claimants("etorofu", "1945-08-28"), vec!["japan"]);
    assert_eq!(claimants("etorofu", "1956-10-19"), vec!["japan"]);
}

#[test]
fn japan_claims_kunashiri_and_shikotan_from_1945_09_01() {
    for region in ["kunashiri", "shikotan"] {
        assert_eq!(claimants(region, "1945-08-31"), Vec::<String>::new(), "{region}");
        assert_eq!(claimants(region, "1945-09-01"), vec!["japan"], "{region}");
    }
}

#[test]
fn japan_claims_the_habomai_islands_from_1945_09_03() {
    assert_eq!(claimants("habomai", "1945-09-02"), Vec::<String>::new());
    assert_eq!(claimants("habomai", "1945-09-03"), vec!["japan"]);
}

#[test]
fn japan_still_claims_all_four_islands_on_1991_12_31() {
    for region in ["etorofu", "kunashiri", "shikotan", "habomai"] {
        assert_eq!(claimants(region, "1991-12-31"), vec!["japan"], "{region}");
    }
}

// --- Hokkaido and the main islands ----------------------------------------------------------------------------------

#[test]
fn hokkaido_is_japanese_on_1945_09_01() {
    assert_eq!(who("hokkaido", "1945-09-01"), is("japan", Sovereign));
}

#[test]
fn hokkaido_and_honshu_are_occupied_from_the_surrender_of_1945_09_02() {
    for region in ["hokkaido", "japan-main"] {
        changes_on(region, "1945-09-02", ("japan", Sovereign), ("us", Occupied));
    }
}

#[test]
fn hokkaido_and_honshu_regain_sovereignty_on_1952_04_28() {
    for region in ["hokkaido", "japan-main"] {
        changes_on(region, "1952-04-28", ("us", Occupied), ("japan", Sovereign));
    }
}

#[test]
fn japan_main_is_japanese_on_1917_01_01_and_1991_12_31() {
    assert_eq!(who("japan-main", "1917-01-01"), is("japan", Sovereign));
    assert_eq!(who("japan-main", "1991-12-31"), is("japan", Sovereign));
}

// --- Primorye -------------------------------------------------------------------------------------------------------

#[test]
fn primorye_is_soviet_when_japanese_marines_land_on_1918_04_05() {
    assert_eq!(who("primorye", "1918-04-05"), is("soviet-russia", Sovereign));
}

#[test]
fn primorye_falls_to_the_czechoslovaks_and_whites_on_1918_06_29() {
    changes_on("primorye", "1918-06-29", ("soviet-russia", Sovereign), ("white-russia", Contested));
}

#[test]
fn primorye_is_occupied_by_japan_from_the_landing_of_1918_08_11() {
    changes_on("primorye", "1918-08-11", ("white-russia", Contested), ("japan", Occupied));
}

#[test]
fn primorye_is_japanese_occupied_during_the_april_incident_of_1920_04_05() {
    assert_eq!(who("primorye", "1920-04-05"), is("japan", Occupied));
}

#[test]
fn primorye_is_japanese_occupied_under_merkulov_on_1921_06_01() {
    assert_eq!(who("primorye", "1921-06-01"), is("japan", Occupied));
}

#[test]
fn vladivostok_passes_to_the_far_eastern_republic_when_the_japanese_leave_on_1922_10_25() {
    changes_on("primorye", "1922-10-25", ("japan", Occupied), ("far-eastern-republic", Sovereign));
}

#[test]
fn primorye_is_soviet_during_the_lake_khasan_battle_of_1938_08_01() {
    assert_eq!(who("primorye", "1938-08-01"), is("ussr", Sovereign));
}

// --- Amur (Khabarovsk) ----------------------------------------------------------------------------------------------

#[test]
fn khabarovsk_is_taken_by_japanese_and_white_troops_on_1918_09_05() {
    changes_on("amur", "1918-09-05", ("soviet-russia", Sovereign), ("japan", Occupied));
}

#[test]
fn khabarovsk_is_japanese_occupied_on_1919_06_01() {
    assert_eq!(who("amur", "1919-06-01"), is("japan", Occupied));
}

#[test]
fn khabarovsk_is_japanese_occupied_when_the_japanese_shell_it_on_1920_04_05() {
    assert_eq!(who("amur", "1920-04-05"), is("japan", Occupied));
}

#[test]
fn the_amur_region_belongs_to_the_far_eastern_republic_on_1921_06_01() {
    assert_eq!(who("amur", "1921-06-01"), is("far-eastern-republic", Sovereign));
}

#[test]
fn the_whites_take_khabarovsk_on_1921_12_22() {
    changes_on("amur", "1921-12-22", ("far-eastern-republic", Sovereign), ("white-russia", Contested));
}

#[test]
fn the_peoples_revolutionary_army_retakes_khabarovsk_on_1922_02_14_after_volochayevka() {
    changes_on("amur", "1922-02-14", ("white-russia", Contested), ("far-eastern-republic", Sovereign));
}

// --- Transbaikal (Chita) --------------------------------------------------------------------------------------------

#[test]
fn the_reds_leave_chita_on_the_night_of_1918_08_24_25_and_semyonov_and_the_japanese_enter_on_1918_09_01() {
    changes_on("transbaikal", "1918-08-25", ("soviet-russia", Sovereign), ("white-russia", Sovereign));
    changes_on("transbaikal", "1918-09-01", ("white-russia", Sovereign), ("japan", Occupied));
}

#[test]
fn transbaikal_is_japanese_occupied_under_semyonov_on_1919_06_01() {
    assert_eq!(who("transbaikal", "1919-06-01"), is("japan", Occupied));
}

#[test]
fn semyonov_holds_chita_alone_after_the_japanese_withdrawal_of_august_1920() {
    changes_on("transbaikal", "1920-08-16", ("japan", Occupied), ("white-russia", Sovereign));
}

#[test]
fn the_far_eastern_republic_attacks_chita_from_1920_10_01() {
    changes_on("transbaikal", "1920-10-01", ("white-russia", Sovereign), ("white-russia", Contested));
}

#[test]
fn chita_becomes_the_far_eastern_republics_capital_on_1920_10_22() {
    changes_on("transbaikal", "1920-10-22", ("white-russia", Contested), ("far-eastern-republic", Sovereign));
}

#[test]
fn chita_is_no_longer_japanese_in_october_1920_despite_the_english_article() {
    assert_ne!(who("transbaikal", "1920-10-10").0, "japan");
}

// --- Kamchatka ------------------------------------------------------------------------------------------------------

#[test]
fn kamchatka_is_soviet_on_1918_01_01() {
    assert_eq!(who("kamchatka", "1918-01-01"), is("soviet-russia", Sovereign));
}

#[test]
fn kamchatka_falls_to_the_anti_bolshevik_coup_of_1918_07_11() {
    changes_on("kamchatka", "1918-07-11", ("soviet-russia", Sovereign), ("white-russia", Sovereign));
}

#[test]
fn kamchatka_is_in_the_far_eastern_republic_on_1921_01_01() {
    assert_eq!(who("kamchatka", "1921-01-01"), is("far-eastern-republic", Sovereign));
}

#[test]
fn kamchatka_is_white_on_1922_06_01() {
    assert_eq!(who("kamchatka", "1922-06-01"), is("white-russia", Sovereign));
}

#[test]
fn kamchatka_leaves_white_hands_when_the_last_white_ships_sail_on_1922_11_02() {
    changes_on("kamchatka", "1922-11-03", ("white-russia", Sovereign), ("far-eastern-republic", Sovereign));
}

// --- Okhotsk coast and Yakutia --------------------------------------------------------------------------------------

#[test]
fn yakutsk_is_white_on_1919_06_01() {
    assert_eq!(who("okhotsk", "1919-06-01"), is("white-russia", Sovereign));
}

#[test]
fn yakutsk_turns_soviet_on_1919_12_15() {
    changes_on("okhotsk", "1919-12-15", ("white-russia", Sovereign), ("soviet-russia", Sovereign));
}

#[test]
fn the_okhotsk_coast_is_fought_over_during_the_yakut_revolt_on_1922_06_01() {
    assert_eq!(who("okhotsk", "1922-06-01"), is("soviet-russia", Contested));
}

#[test]
fn the_okhotsk_coast_is_fought_over_when_pepelyayev_attacks_yakutsk_on_1923_03_01() {
    assert_eq!(who("okhotsk", "1923-03-01"), is("ussr", Contested));
}

#[test]
fn the_civil_war_ends_on_the_okhotsk_coast_with_pepelyayevs_surrender_at_ayan_on_1923_06_17() {
    assert_eq!(who("okhotsk", "1923-06-17"), is("ussr", Contested));
    assert_eq!(who("okhotsk", "1923-06-18"), is("ussr", Sovereign));
    assert_eq!(who("okhotsk", "1923-06-19"), is("ussr", Sovereign));
}

// --- Manchuria ------------------------------------------------------------------------------------------------------

#[test]
fn manchuria_is_chinese_under_zhang_zuolin_on_1925_01_01() {
    assert_eq!(who("manchuria", "1925-01-01"), is("roc", Sovereign));
}

#[test]
fn manchuria_is_invaded_from_the_mukden_incident_of_1931_09_18() {
    changes_on("manchuria", "1931-09-18", ("roc", Sovereign), ("japan", Contested));
}

#[test]
fn manchuria_is_still_being_conquered_when_harbin_falls_on_1932_02_05() {
    assert_eq!(who("manchuria", "1932-02-05"), is("japan", Contested));
}

#[test]
fn manchuria_is_japanese_occupied_on_1932_02_29() {
    assert_eq!(who("manchuria", "1932-02-29"), is("japan", Occupied));
}

#[test]
fn manchukuo_is_proclaimed_on_1932_03_01() {
    changes_on("manchuria", "1932-03-01", ("japan", Occupied), ("manchukuo", Puppet));
}

#[test]
fn manchuria_is_manchukuo_on_1939_07_01_during_khalkhin_gol() {
    assert_eq!(who("manchuria", "1939-07-01"), is("manchukuo", Puppet));
}

#[test]
fn the_soviet_invasion_of_manchuria_begins_on_1945_08_09() {
    changes_on("manchuria", "1945-08-09", ("manchukuo", Puppet), ("manchukuo", Contested));
}

#[test]
fn manchuria_is_soviet_occupied_once_the_kwantung_army_has_surrendered_on_1945_08_21() {
    changes_on("manchuria", "1945-08-21", ("manchukuo", Contested), ("ussr", Occupied));
}

#[test]
fn the_nationalists_enter_mukden_on_1946_03_12_as_the_soviets_leave_it_into_civil_war() {
    changes_on("manchuria", "1946-03-12", ("ussr", Occupied), ("roc", Contested));
    assert_eq!(who("manchuria", "1946-05-04"), is("roc", Contested), "the last Soviet troops left on 3 May");
}

#[test]
fn manchuria_is_in_the_civil_war_when_mukden_falls_on_1948_11_02() {
    assert_eq!(who("manchuria", "1948-11-02"), is("roc", Contested));
}

#[test]
fn manchuria_is_part_of_the_peoples_republic_from_1949_10_01() {
    changes_on("manchuria", "1949-10-01", ("roc", Contested), ("prc", Sovereign));
}

#[test]
fn the_republic_of_china_claims_manchuria_under_manchukuo_and_from_taiwan() {
    assert_eq!(claimants("manchuria", "1931-09-17"), Vec::<String>::new());
    assert_eq!(claimants("manchuria", "1940-01-01"), vec!["roc"]);
    assert_eq!(claimants("manchuria", "1946-03-11"), vec!["roc"]);
    assert_eq!(claimants("manchuria", "1946-03-12"), Vec::<String>::new(), "the Nationalists hold Mukden");
    assert_eq!(claimants("manchuria", "1960-01-01"), vec!["roc"]);
}

// --- Jehol ----------------------------------------------------------------------------------------------------------

#[test]
fn jehol_is_chinese_on_1932_06_01_after_manchukuo_is_founded() {
    assert_eq!(who("jehol", "1932-06-01"), is("roc", Sovereign));
}

#[test]
fn the_jehol_campaign_begins_on_1933_02_21() {
    changes_on("jehol", "1933-02-21", ("roc", Sovereign), ("roc", Contested));
}

#[test]
fn jehol_is_annexed_to_manchukuo_when_chengde_falls_on_1933_03_04() {
    changes_on("jehol", "1933-03-04", ("roc", Contested), ("manchukuo", Puppet));
}

#[test]
fn jehol_is_invaded_by_soviet_and_mongolian_troops_from_1945_08_09() {
    changes_on("jehol", "1945-08-09", ("manchukuo", Puppet), ("manchukuo", Contested));
}

#[test]
fn jehol_is_part_of_the_peoples_republic_on_1950_01_01() {
    assert_eq!(who("jehol", "1950-01-01"), is("prc", Sovereign));
}

// --- Kwantung -------------------------------------------------------------------------------------------------------

#[test]
fn kwantung_is_leased_by_japan_on_1917_01_01_and_1940_01_01() {
    assert_eq!(who("kwantung", "1917-01-01"), is("japan", Leased));
    assert_eq!(who("kwantung", "1940-01-01"), is("japan", Leased));
}

#[test]
fn port_arthur_is_taken_by_soviet_paratroopers_on_1945_08_22() {
    changes_on("kwantung", "1945-08-22", ("japan", Leased), ("ussr", Occupied));
}

#[test]
fn port_arthur_becomes_a_soviet_base_by_treaty_on_1945_08_24() {
    changes_on("kwantung", "1945-08-24", ("ussr", Occupied), ("ussr", Leased));
}

#[test]
fn port_arthur_is_still_a_soviet_base_on_1952_12_31() {
    assert_eq!(who("kwantung", "1952-12-31"), is("ussr", Leased));
}

#[test]
fn port_arthur_is_handed_to_the_peoples_republic_on_1955_05_31() {
    changes_on("kwantung", "1955-05-31", ("ussr", Leased), ("prc", Sovereign));
}

// --- Korea north of the 38th parallel -------------------------------------------------------------------------------

#[test]
fn northern_korea_is_a_japanese_colony_on_1930_01_01() {
    assert_eq!(who("korea-north", "1930-01-01"), is("japan", Sovereign));
}

#[test]
fn the_soviets_cross_the_tumen_into_korea_on_1945_08_09() {
    changes_on("korea-north", "1945-08-09", ("japan", Sovereign), ("japan", Contested));
}

#[test]
fn northern_korea_is_soviet_occupied_from_the_entry_into_pyongyang_on_1945_08_24() {
    changes_on("korea-north", "1945-08-24", ("japan", Contested), ("ussr", Occupied));
}

#[test]
fn the_dprk_is_founded_on_1948_09_09() {
    changes_on("korea-north", "1948-09-09", ("ussr", Occupied), ("dprk", Sovereign));
}

#[test]
fn the_war_reaches_the_north_when_south_korean_troops_cross_the_38th_parallel_on_1950_10_01() {
    changes_on("korea-north", "1950-10-01", ("dprk", Sovereign), ("dprk", Contested));
}

#[test]
fn un_forces_take_pyongyang_on_1950_10_19() {
    changes_on("korea-north", "1950-10-19", ("dprk", Contested), ("us", Contested));
}

#[test]
fn un_forces_abandon_pyongyang_on_1950_12_05() {
    changes_on("korea-north", "1950-12-06", ("us", Contested), ("dprk", Contested));
}

#[test]
fn the_armistice_of_1953_07_27_ends_the_fighting_in_the_north() {
    changes_on("korea-north", "1953-07-28", ("dprk", Contested), ("dprk", Sovereign));
}

#[test]
fn the_republic_of_korea_claims_the_north_from_1948_08_15() {
    assert_eq!(claimants("korea-north", "1948-08-14"), Vec::<String>::new());
    assert_eq!(claimants("korea-north", "1948-08-15"), vec!["rok"]);
    assert_eq!(claimants("korea-north", "1991-12-31"), vec!["rok"]);
}

// --- Korea south of the 38th parallel -------------------------------------------------------------------------------

#[test]
fn southern_korea_is_still_under_the_japanese_government_general_on_1945_08_20() {
    assert_eq!(who("korea-south", "1945-08-20"), is("japan", Sovereign));
}

#[test]
fn us_troops_land_at_incheon_on_1945_09_08_and_take_the_surrender_in_seoul_on_1945_09_09() {
    changes_on("korea-south", "1945-09-09", ("japan", Sovereign), ("us", Occupied));
}

#[test]
fn the_republic_of_korea_is_founded_on_1948_08_15() {
    changes_on("korea-south", "1948-08-15", ("us", Occupied), ("rok", Sovereign));
}

#[test]
fn the_korean_war_begins_on_1950_06_25() {
    changes_on("korea-south", "1950-06-25", ("rok", Sovereign), ("rok", Contested));
}

#[test]
fn seoul_falls_to_the_north_on_1950_06_28() {
    changes_on("korea-south", "1950-06-28", ("rok", Contested), ("dprk", Contested));
}

#[test]
fn seoul_is_retaken_on_1950_09_28() {
    changes_on("korea-south", "1950-09-28", ("dprk", Contested), ("rok", Contested));
}

#[test]
fn seoul_falls_again_on_1951_01_04() {
    changes_on("korea-south", "1951-01-04", ("rok", Contested), ("dprk", Contested));
}

#[test]
fn seoul_is_retaken_for_good_on_1951_03_15() {
    changes_on("korea-south", "1951-03-15", ("dprk", Contested), ("rok", Contested));
}

#[test]
fn the_armistice_of_1953_07_27_ends_the_fighting_in_the_south() {
    changes_on("korea-south", "1953-07-28", ("rok", Contested), ("rok", Sovereign));
}

#[test]
fn the_dprk_claims_the_south_whenever_it_does_not_hold_seoul() {
    assert_eq!(claimants("korea-south", "1948-09-08"), Vec::<String>::new());
    assert_eq!(claimants("korea-south", "1948-09-09"), vec!["dprk"]);
    assert_eq!(claimants("korea-south", "1950-07-15"), Vec::<String>::new());
    assert_eq!(claimants("korea-south", "1950-10-15"), vec!["dprk"]);
    assert_eq!(claimants("korea-south", "1951-02-01"), Vec::<String>::new());
    assert_eq!(claimants("korea-south", "1991-12-31"), vec!["dprk"]);
}

// --- Outer Mongolia -------------------------------------------------------------------------------------------------

#[test]
fn outer_mongolia_is_autonomous_under_the_bogd_khan_on_1917_01_01() {
    assert_eq!(who("mongolia", "1917-01-01"), is("mongolia", Autonomous));
}

#[test]
fn outer_mongolia_is_occupied_by_chinese_troops_when_autonomy_is_abolished_on_1919_11_22() {
    assert_eq!(who("mongolia", "1919-11-22"), is("roc", Occupied));
}

#[test]
fn ungern_takes_urga_on_1921_02_04() {
    changes_on("mongolia", "1921-02-04", ("roc", Occupied), ("white-russia", Occupied));
}

#[test]
fn the_red_army_and_sukhbaatar_take_urga_on_1921_07_06() {
    changes_on("mongolia", "1921-07-06", ("white-russia", Occupied), ("mongolia", Sovereign));
}

#[test]
fn mongolia_is_mongolian_during_khalkhin_gol_on_1939_07_01() {
    assert_eq!(who("mongolia", "1939-07-01"), is("mongolia", Sovereign));
}

#[test]
fn the_republic_of_china_claims_outer_mongolia_until_recognising_it_on_1946_01_05() {
    assert_eq!(claimants("mongolia", "1917-01-01"), vec!["roc"]);
    assert_eq!(claimants("mongolia", "1920-06-01"), Vec::<String>::new());
    assert_eq!(claimants("mongolia", "1930-01-01"), vec!["roc"]);
    assert_eq!(claimants("mongolia", "1946-01-04"), vec!["roc"]);
    assert_eq!(claimants("mongolia", "1946-01-05"), Vec::<String>::new());
}

#[test]
fn the_republic_of_china_renews_its_claim_to_outer_mongolia_on_1953_02_24() {
    assert_eq!(claimants("mongolia", "1953-02-23"), Vec::<String>::new());
    assert_eq!(claimants("mongolia", "1953-02-24"), vec!["roc"]);
    assert_eq!(claimants("mongolia", "1991-12-31"), vec!["roc"]);
}

// --- Chahar and Suiyuan ---------------------------------------------------------------------------------------------

#[test]
fn chahar_and_suiyuan_are_chinese_on_1936_06_01() {
    assert_eq!(who("inner-mongolia", "1936-06-01"), is("roc", Sovereign));
}

#[test]
fn operation_chahar_begins_on_1937_08_08() {
    changes_on("inner-mongolia", "1937-08-08", ("roc", Sovereign), ("roc", Contested));
}

#[test]
fn kalgan_falls_to_the_japanese_on_1937_08_27() {
    changes_on("inner-mongolia", "1937-08-27", ("roc", Contested), ("japan", Contested));
}

#[test]
fn the_mengjiang_puppet_regime_begins_on_1937_10_28() {
    changes_on("inner-mongolia", "1937-10-28", ("japan", Occupied), ("mengjiang", Puppet));
}

#[test]
fn mengjiang_is_invaded_on_1945_08_09() {
    changes_on("inner-mongolia", "1945-08-09", ("mengjiang", Puppet), ("mengjiang", Contested));
}

#[test]
fn mengjiang_dissolves_on_1945_08_19() {
    changes_on("inner-mongolia", "1945-08-20", ("mengjiang", Contested), ("roc", Contested));
}

#[test]
fn chahar_and_suiyuan_are_part_of_the_peoples_republic_from_1949_10_01() {
    changes_on("inner-mongolia", "1949-10-01", ("roc", Contested), ("prc", Sovereign));
}

// --- China proper ---------------------------------------------------------------------------------------------------

#[test]
fn china_proper_is_chinese_on_1925_01_01() {
    assert_eq!(who("china-proper", "1925-01-01"), is("roc", Sovereign));
}

#[test]
fn the_war_with_japan_begins_at_the_marco_polo_bridge_on_1937_07_07() {
    changes_on("china-proper", "1937-07-07", ("roc", Sovereign), ("roc", Contested));
}

#[test]
fn nanjing_falls_on_1937_12_13() {
    changes_on("china-proper", "1937-12-13", ("roc", Contested), ("japan", Contested));
}

#[test]
fn the_front_settles_after_wuhan_and_japan_occupies_north_china_from_1938_10_28() {
    changes_on("china-proper", "1938-10-28", ("japan", Contested), ("japan", Occupied));
}

#[test]
fn the_japanese_in_china_surrender_at_nanjing_on_1945_09_09() {
    changes_on("china-proper", "1945-09-09", ("japan", Occupied), ("roc", Sovereign));
}

#[test]
fn the_civil_war_begins_on_1946_06_26() {
    changes_on("china-proper", "1946-06-26", ("roc", Sovereign), ("roc", Contested));
}

#[test]
fn the_peoples_republic_is_proclaimed_on_1949_10_01() {
    changes_on("china-proper", "1949-10-01", ("roc", Contested), ("prc", Sovereign));
}

#[test]
fn the_republic_of_china_claims_china_proper_under_japanese_occupation_and_from_taiwan() {
    assert_eq!(claimants("china-proper", "1940-01-01"), vec!["roc"]);
    assert_eq!(claimants("china-proper", "1947-01-01"), Vec::<String>::new());
    assert_eq!(claimants("china-proper", "1970-01-01"), vec!["roc"]);
}

#[test]
fn every_year_of_the_slider_has_a_period_and_1991_is_gorbachevs() {
    use atlas_core::{Selection, FIRST_YEAR, LAST_YEAR};
    // The USSR was dissolved on 26 December 1991, so the state shown for "1991" (its last day) is after every
    // period; the year still belongs to the Gorbachev period (1985-1991).
    let era = |sel: Selection| atlas().era_of(sel).map(|e| e.id.clone());
    assert_eq!(era(Selection::Year(1991)).as_deref(), Some("dissolution"));
    assert_eq!(era(Selection::Year(1985)).as_deref(), Some("dissolution"));
    assert_eq!(era(Selection::Year(1945)).as_deref(), era(Selection::Day(day("1945-12-31"))).as_deref());
    assert_eq!(era(Selection::Day(day("1991-12-31"))), None, "after the dissolution there is no Soviet period");
    for year in FIRST_YEAR..=LAST_YEAR {
        assert!(era(Selection::Year(year)).is_some(), "{year} has no period");
    }
}
