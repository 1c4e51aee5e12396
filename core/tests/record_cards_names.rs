//! The shipped cards, place names and local (Japanese and Russian) names checked against the historical record.
//!
//! Every expected answer comes from the record, not from the data files: Hara and Morley on the Siberian
//! intervention, Shishkin on the civil war in the Far East, Stephan on Sakhalin, the Yalta agreement, the League of
//! Nations Treaty Series, the renaming ordinances of Mukden/Shenyang (1929, 1931), Changchun/Hsinking (1932),
//! Hanseong/Keijō/Seoul (1910, 1946), Dalian/Lüda (1950, 1981), Toyohara/Yuzhno-Sakhalinsk (1946) and so on.

mod common;

use atlas_core::{Atlas, Day, Event, Lang, LangTag};
use common::atlas;
use common::ByKey;

fn day(text: &str) -> Day {
    text.parse().unwrap_or_else(|e| panic!("bad test date {text}: {e:?}"))
}

fn card(id: &str) -> &'static Event {
    atlas().event_by(id).unwrap_or_else(|| panic!("no card `{id}`"))
}

/// All the text of a card in one language: title, summary and note.
fn text(e: &Event, lang: Lang) -> String {
    let note = e.note.as_ref().map_or("", |n| n.get(lang));
    format!("{} {} {}", e.title.get(lang), e.summary.get(lang), note)
}

// --- Cards -----------------------------------------------------------------------------------------------------

#[test]
fn the_japanese_were_in_transbaikal_from_september_1918_until_mid_august_1920() {
    let e = card("chita-occupation");
    assert_eq!(e.when.first_day(), day("1918-09-01"));
    let last = e.when.last_day().expect("the occupation ended");
    // They had left Transbaikal by 15–16 August 1920 (the English article's "October 1920" is when the Whites lost
    // Chita).
    assert!(last >= day("1920-08-15") && last <= day("1920-08-16"), "ends {last}");
    assert!(!e.when.covers(day("1920-09-01")) && !e.when.covers(day("1920-10-22")));
}

#[test]
fn the_chita_card_names_the_3rd_division_for_1918_the_7th_at_manzhouli_and_the_5th_from_1919() {
    let e = card("chita-occupation");
    let en = text(e, Lang::En);
    for needle in ["3rd Division", "7th Division", "Manzhouli", "5th Division", "1919"] {
        assert!(en.contains(needle), "the card does not say `{needle}`: {en}");
    }
    assert!(!en.contains("From autumn 1918 the Japanese 5th Division"), "the 5th Division came only in 1919");
    let zh = text(e, Lang::Zh);
    for needle in ["第3师团", "第7师团", "满洲里", "第5师团", "1919年"] {
        assert!(zh.contains(needle), "the card does not say `{needle}`");
    }
}

#[test]
fn the_chita_card_dates_the_fall_of_red_chita_and_says_the_english_article_has_october() {
    let e = card("chita-occupation");
    let en = text(e, Lang::En);
    assert!(en.contains("24–25 August 1918"), "the Reds left on the night of 24–25 August 1918");
    assert!(en.contains("1 September"), "Semyonov's troops entered on 1 September 1918");
    assert!(en.contains("15–16 August 1920"), "the Japanese left Transbaikal by 15–16 August 1920");
    let note = e.note.as_ref().expect("a note on the English article's date");
    assert!(note.en.contains("English article") && note.en.contains("October 1920"));
    assert!(note.zh.contains("英文条目") && note.zh.contains("10月"));
}

#[test]
fn the_siberian_intervention_starts_with_the_landing_of_11_august_1918_as_the_control_period() {
    let e = card("siberian-intervention");
    assert_eq!(e.when.first_day(), day("1918-08-11"));
    let p = atlas().control("primorye", day("1918-08-11")).expect("Primorye is held");
    assert_eq!((atlas().power(p.power).id.as_str(), p.from.first_day()), ("japan", e.when.first_day()));
    assert_ne!(
        atlas().control("primorye", day("1918-08-10")).map(|p| atlas().power(p.power).id.as_str()),
        Some("japan")
    );
}

#[test]
fn the_far_eastern_republics_army_not_the_red_army_entered_vladivostok_on_25_october_1922() {
    let e = card("japan-leaves-vladivostok");
    assert_eq!(e.when.first_day(), day("1922-10-25"));
    assert!(e.summary.en.contains("Far Eastern Republic's People's Revolutionary Army"));
    assert!(e.summary.zh.contains("远东共和国人民革命军"));
    for e in &atlas().events {
        assert!(!text(e, Lang::En).contains("Red Army entered the city"), "{}", e.id);
        assert!(!text(e, Lang::En).contains("Red Army marched into Vladivostok"), "{}", e.id);
        assert!(!text(e, Lang::Zh).contains("红军开进符拉迪沃斯托克"), "{}", e.id);
        assert!(!text(e, Lang::Zh).contains("红军于当天开进"), "{}", e.id);
    }
}

#[test]
fn nikolayevsk_is_told_precisely_most_japanese_died_in_the_march_fighting_about_130_prisoners_in_late_may() {
    let e = card("nikolayevsk-incident");
    assert_eq!(e.when.first_day(), day("1920-03-12"));
    assert!(e.summary.en.contains("12 March") && e.summary.en.contains("15th"));
    assert!(e.summary.en.contains("about 130"));
    assert!(e.summary.zh.contains("3月12日") && e.summary.zh.contains("约130人"));
    // No card says, vaguely, that Japan landed on Sakhalin "before the massacre".
    for e in &atlas().events {
        assert!(!text(e, Lang::En).contains("before the massacre"), "{}", e.id);
        assert!(!text(e, Lang::En).contains("before the killing of the Japanese at Nikolayevsk"), "{}", e.id);
    }
    let n = card("north-sakhalin-occupation").note.as_ref().expect("note");
    assert!(n.en.contains("12–15 March") && n.en.contains("130"), "{}", n.en);
    assert!(n.zh.contains("3月12日至15日") && n.zh.contains("约130名"), "{}", n.zh);
}

#[test]
fn the_league_registrations_happened_in_geneva_and_the_un_admission_in_new_york() {
    let a = atlas();
    let geneva = a.point_by("geneva").expect("a Geneva point");
    assert!((geneva.lon - 6.14).abs() < 0.1 && (geneva.lat - 46.20).abs() < 0.1);
    let new_york = a.point_by("new-york").expect("a New York point");
    assert!((new_york.lon + 74.0).abs() < 0.2 && (new_york.lat - 40.7).abs() < 0.1);
    assert_eq!(atlas().places_of(card("basic-convention-registered")), ["geneva"]);
    assert_eq!(atlas().places_of(card("fisheries-registered-1928")), ["geneva"]);
    assert_eq!(atlas().places_of(card("japan-joins-un")), ["new-york"]);
    // Both lie outside the map's window, so they light no place on the map.
    for p in [geneva, new_york] {
        assert!(!atlas_core::geo::in_view(atlas_core::geo::PROJECTION.project(p.lon, p.lat)), "{}", p.id);
    }
}

#[test]
fn germanys_surrender_of_8_9_may_1945_has_a_card_that_gives_the_yalta_words() {
    let e = card("germany-surrenders");
    assert_eq!(e.when.first_day(), day("1945-05-08"));
    assert_eq!(e.when.last_day(), Some(day("1945-05-09")));
    assert_eq!(atlas().places_of(e), ["berlin"]);
    assert!(e.summary.en.contains("two or three months"));
    let note = e.note.as_ref().expect("the articles say 90 days");
    assert!(note.en.contains("90 days") && note.en.contains("two or three months"));
    assert!(note.zh.contains("90日") && note.zh.contains("两个月或三个月"));
    // Three months to the day: the Soviet declaration of war.
    assert_eq!(card("soviet-declaration-of-war").when.first_day(), day("1945-08-08"));
}

#[test]
fn the_bolsheviks_took_north_sakhalin_in_february_1920_about_two_months_before_the_japanese_landing() {
    let e = card("bolsheviks-take-north-sakhalin");
    assert_eq!(e.when.first_day(), day("1920-02-01"));
    assert_eq!(e.when.last_day(), Some(day("1920-02-29")), "the record gives the month only");
    assert!(atlas().places_of(e).iter().any(|p| p == "north-sakhalin"));
    // The card agrees with the map: Soviet Russia holds North Sakhalin from February until the landing of 21 April.
    let p = atlas().control("north-sakhalin", day("1920-03-15")).expect("held");
    assert_eq!(atlas().key(p.power), "soviet-russia");
    assert_eq!(p.from.first_day(), e.when.first_day());
    assert_eq!(
        atlas().control("north-sakhalin", day("1920-04-21")).map(|p| atlas().power(p.power).id.as_str()),
        Some("japan")
    );
}

#[test]
fn portsmouth_has_one_chinese_transliteration_everywhere_as_in_the_chinese_article() {
    let a = atlas();
    let mut zh_texts: Vec<String> = a.events.iter().map(|e| text(e, Lang::Zh)).collect();
    zh_texts.extend(a.sources.iter().map(|s| s.title.zh.to_string()));
    zh_texts.extend(a.points.iter().map(|p| p.name.zh.to_string()));
    zh_texts.extend(a.periods.iter().filter_map(|p| p.note.as_ref().map(|n| n.zh.to_string())));
    for t in &zh_texts {
        assert!(!t.contains("朴次茅斯"), "another transliteration of Portsmouth: {t}");
    }
    assert!(zh_texts.iter().filter(|t| t.contains("朴茨茅斯")).count() >= 4);
}

// --- City names by date ----------------------------------------------------------------------------------------

/// The name of point `id` on `date` in `lang`.
fn name(id: &str, date: &str, lang: Lang) -> &'static str {
    atlas().point_by(id).unwrap_or_else(|| panic!("no point `{id}`")).name_at(day(date)).get(lang)
}

#[test]
fn mukden_is_shenyang_from_2_april_1929_and_fengtian_again_from_20_september_1931() {
    assert_eq!(name("mukden", "1929-04-01", Lang::Zh), "奉天");
    assert_eq!(name("mukden", "1929-04-02", Lang::Zh), "沈阳");
    // English usage of the time (the Lytton Report) kept Mukden through the Chinese renaming.
    assert_eq!(name("mukden", "1930-01-01", Lang::En), "Mukden (Shenyang)");
    assert_eq!(name("mukden", "1931-09-19", Lang::En), "Mukden (Shenyang)");
    assert_eq!(name("mukden", "1931-09-20", Lang::Zh), "奉天");
    assert!(name("mukden", "1931-09-20", Lang::En).starts_with("Mukden"));
    assert!(name("mukden", "1940-01-01", Lang::En).starts_with("Mukden"));
    assert_eq!(name("mukden", "1950-01-01", Lang::En), "Shenyang");
}

#[test]
fn changchun_is_named_hsinking_on_14_march_1932() {
    assert_eq!(name("hsinking", "1932-03-13", Lang::En), "Changchun");
    assert_eq!(name("hsinking", "1932-03-14", Lang::En), "Hsinking");
    assert_eq!(name("hsinking", "1932-03-14", Lang::Zh), "新京");
    assert_eq!(name("hsinking", "1946-01-01", Lang::Zh), "长春");
}

#[test]
fn seoul_is_officially_keijo_from_30_september_1910_and_keijo_in_english_only_until_the_liberation() {
    assert!(name("keijo", "1910-09-29", Lang::En).starts_with("Hanseong"));
    assert!(name("keijo", "1910-09-30", Lang::En).starts_with("Keijō"));
    assert_eq!(name("keijo", "1910-09-30", Lang::Zh), "京城");
    assert!(name("keijo", "1945-08-15", Lang::En).starts_with("Keijō"));
    assert_eq!(name("keijo", "1946-01-01", Lang::En), "Seoul (Gyeongseong)", "Seoul to Koreans and the Americans");
    assert_eq!(name("keijo", "1946-01-01", Lang::Zh), "京城", "京城 (Gyeongseong) stayed official until August 1946");
    assert_eq!(name("keijo", "1946-08-15", Lang::En), "Seoul");
}

#[test]
fn dalian_is_luda_from_1950_to_1981() {
    assert_eq!(name("dairen", "1940-01-01", Lang::En), "Dairen");
    assert_eq!(name("dairen", "1949-06-01", Lang::Zh), "大连");
    assert_eq!(name("dairen", "1960-01-01", Lang::Zh), "旅大");
    assert!(name("dairen", "1960-01-01", Lang::En).starts_with("Lüda"));
    // Renamed in 1981 (the day is disputed: the record gives the year).
    assert_eq!(name("dairen", "1981-03-01", Lang::Zh), "旅大");
    assert_eq!(name("dairen", "1982-01-01", Lang::Zh), "大连");
    // Lüshun kept its own name inside the Lüda municipality.
    assert_eq!(name("port-arthur", "1952-01-01", Lang::En), "Port Arthur (Lüshun)");
    assert_eq!(name("port-arthur", "1970-01-01", Lang::Zh), "旅顺");
    assert_eq!(name("port-arthur", "1970-01-01", Lang::En), "Lüshun");
    assert_eq!(name("port-arthur", "1985-01-01", Lang::En), "Lüshun");
}

// --- Chinese text ----------------------------------------------------------------------------------------------

/// Every Chinese text a reader sees from the cards, places, powers, regions and eras (not source titles, which
/// name English-language works).
fn reader_texts_zh() -> Vec<(String, String)> {
    let a = atlas();
    let mut v = Vec::new();
    for e in &a.events {
        v.push((format!("event {}", e.id), text(e, Lang::Zh)));
    }
    for p in &a.points {
        v.push((format!("point {}", p.id), p.name.zh.to_string()));
        v.extend(p.names.iter().map(|n| (format!("point {}", p.id), n.name.zh.to_string())));
    }
    v.extend(a.powers.iter().map(|p| (format!("power {}", p.id), p.name.zh.to_string())));
    v.extend(a.regions.iter().map(|r| (format!("region {}", r.id), r.name.zh.to_string())));
    for e in &a.eras {
        v.push((format!("era {}", e.id), e.name.zh.to_string()));
        v.extend(e.note.iter().map(|n| (format!("era {}", e.id), n.zh.to_string())));
    }
    v
}

#[test]
fn chinese_text_carries_no_english_words() {
    for (item, t) in reader_texts_zh() {
        let mut word = String::new();
        for c in t.chars().chain([' ']) {
            if c.is_ascii_alphabetic() {
                word.push(c);
            } else {
                assert!(word.len() < 2, "{item}: English word `{word}` in Chinese text: {t}");
                word.clear();
            }
        }
    }
}

#[test]
fn the_legend_names_the_puppet_states_as_the_cards_do() {
    let a = atlas();
    assert_eq!(a.power_by("manchukuo").map(|p| p.name.zh.as_str()), Some("伪满洲国"));
    assert!(a.power_by("mengjiang").is_some_and(|p| p.name.zh.starts_with('伪')));
    let mut mentions = 0;
    for e in &a.events {
        let t = text(e, Lang::Zh);
        assert_eq!(t.matches("满洲国").count(), t.matches("伪满洲国").count(), "{}: name it 伪满洲国: {t}", e.id);
        assert!(!t.contains("伪满和") && !t.contains("伪满边界"), "{}: the short 伪满: {t}", e.id);
        mentions += t.matches("伪满洲国").count();
    }
    assert!(mentions >= 10, "the cards name Manchukuo {mentions} times");
    assert!(a.events.iter().any(|e| e.title.zh == "伪满洲国成立"));
}

#[test]
fn readers_see_no_database_words() {
    for (item, t) in reader_texts_zh() {
        assert!(!t.contains("编号"), "{item}: {t}");
    }
    let a = atlas();
    for e in &a.events {
        let t = text(e, Lang::En).to_lowercase();
        assert!(!t.contains("power id") && !t.contains(" no id "), "{}: {t}", e.id);
    }
}

// --- Japanese and Russian names --------------------------------------------------------------------------------

/// The Japanese and Russian names of `id` on `date`.
fn local(id: &str, date: &str) -> (Option<&'static str>, Option<&'static str>) {
    let names = atlas().local_names_by(id, day(date));
    let get = |tag| names.iter().find(|(t, _)| *t == tag).map(|(_, n)| *n);
    (get(LangTag::Ja), get(LangTag::Ru))
}

#[test]
fn yuzhno_sakhalinsk_was_toyohara_in_both_languages_until_the_renaming_of_4_june_1946() {
    assert_eq!(local("toyohara", "1940-01-01"), (Some("豊原"), Some("Тоёхара")));
    // Under Soviet occupation the Russian name stayed Тоёхара until the decree of 4 June 1946.
    assert_eq!(local("toyohara", "1945-09-01"), (Some("豊原"), Some("Тоёхара")));
    assert_eq!(local("toyohara", "1946-06-03").1, Some("Тоёхара"));
    assert_eq!(local("toyohara", "1946-06-04").1, Some("Южно-Сахалинск"));
    // Japanese usage since then: the city's Russian name in katakana (豊原 is a historical name only).
    assert_eq!(local("toyohara", "1950-01-01"), (Some("ユジノサハリンスク"), Some("Южно-Сахалинск")));
    assert_eq!(local("toyohara", "1900-01-01"), (Some("ウラジミロフカ"), Some("Владимировка")));
}

#[test]
fn the_southern_kurils_are_etorofu_kunashiri_shikotan_habomai_in_japanese_and_iturup_kunashir_in_russian() {
    assert_eq!(local("etorofu", "1960-01-01"), (Some("択捉島"), Some("Итуруп")));
    assert_eq!(local("kunashiri", "1930-01-01"), (Some("国後島"), Some("Кунашир")));
    assert_eq!(local("shikotan", "1991-12-31"), (Some("色丹島"), Some("Шикотан")));
    assert_eq!(local("habomai", "1956-10-19").0, Some("歯舞群島"));
}

#[test]
fn japanese_and_russian_names_follow_the_renamings_of_their_own_usage() {
    assert_eq!(local("port-arthur", "1930-01-01"), (Some("旅順"), Some("Порт-Артур")));
    assert_eq!(local("port-arthur", "1960-01-01").1, Some("Люйшунь"));
    assert_eq!(local("dairen", "1930-01-01").1, Some("Дальний"));
    assert_eq!(local("dairen", "1960-01-01"), (Some("旅大"), Some("Люйда")));
    assert_eq!(local("saint-petersburg", "1920-01-01"), (Some("ペトログラード"), Some("Петроград")));
    assert_eq!(local("saint-petersburg", "1930-01-01"), (Some("レニングラード"), Some("Ленинград")));
    assert_eq!(local("saint-petersburg", "1991-12-31").1, Some("Санкт-Петербург"));
    assert_eq!(local("ulan-ude", "1934-07-26").1, Some("Верхнеудинск"));
    assert_eq!(local("ulan-ude", "1934-07-27").1, Some("Улан-Удэ"));
    assert_eq!(local("keijo", "1930-01-01").0, Some("京城"));
    assert_eq!(local("keijo", "1950-01-01").0, Some("ソウル"));
    // Japanese kept 奉天 through the Chinese renaming of 1929–1931.
    assert_eq!(local("mukden", "1930-01-01"), (Some("奉天"), Some("Мукден")));
    assert_eq!(local("mukden", "1950-01-01"), (Some("瀋陽"), Some("Шэньян")));
    assert_eq!(local("hsinking", "1940-01-01"), (Some("新京"), Some("Синьцзин")));
    assert_eq!(local("south-sakhalin", "1930-01-01").0, Some("樺太"));
    assert_eq!(local("south-sakhalin", "1950-01-01").0, Some("南樺太"));
    assert_eq!(local("kwantung", "1930-01-01").0, Some("関東州"));
    assert_eq!(local("mongolia", "1920-01-01"), (Some("外蒙古"), Some("Внешняя Монголия")));
    assert_eq!(local("mongolia", "1930-01-01"), (Some("外蒙古"), Some("Монголия")), "外蒙古 in Japanese to 1945");
    assert_eq!(local("mongolia", "1950-01-01"), (Some("モンゴル"), Some("Монголия")));
}

#[test]
fn every_region_and_point_has_a_japanese_and_a_russian_name_every_day_from_1917_to_1991() {
    let a = atlas();
    // The days where a name can start or stop: the first of every year, and both sides of every dated name's ends.
    let (first, last) = (day("1917-01-01"), day("1991-12-31"));
    let mut days: Vec<Day> = (1917..=1991).map(|y| Day::first_of_year(y).expect("year")).collect();
    for w in a.local_names.iter().filter_map(|n| n.when.as_ref()) {
        let start = w.first_day();
        days.extend([start.pred(), start]);
        if let Some(end) = w.last_day() {
            days.extend([end, end.succ()]);
        }
    }
    days.retain(|d| (first..=last).contains(d));
    days.push(last);
    let ids = a.regions.iter().map(|r| r.id.as_str()).chain(a.points.iter().map(|p| p.id.as_str()));
    for id in ids {
        for d in &days {
            let langs: Vec<LangTag> = a.local_names_by(id, *d).iter().map(|(l, _)| *l).collect();
            assert_eq!(langs, LangTag::ALL, "{id} on {d}");
        }
    }
}

#[test]
fn japanese_names_are_in_japanese_script_and_russian_names_in_cyrillic() {
    let is_japanese = |c: char| {
        matches!(
            c,
            '\u{3040}'..='\u{30ff}' | '\u{4e00}'..='\u{9fff}' | '\u{3000}'..='\u{303f}' | '\u{ff00}'..='\u{ffef}' | '0'..='9'
        )
    };
    for n in &atlas().local_names {
        match n.lang {
            LangTag::Ja => assert!(
                n.name.chars().all(is_japanese),
                "{}: {} is not Japanese script",
                atlas().place_name(n.of),
                n.name
            ),
            LangTag::Ru => {
                assert!(
                    n.name
                        .chars()
                        .all(|c| matches!(c, '\u{0400}'..='\u{04ff}' | ' ' | '-' | '—' | '(' | ')' | ',' | '0'..='9')),
                    "{}: {} is not Cyrillic",
                    atlas().place_name(n.of),
                    n.name
                );
                assert!(n.name.chars().any(|c| matches!(c, '\u{0400}'..='\u{04ff}')));
            }
        }
    }
}

// --- names.toml: the loader's rules ----------------------------------------------------------------------------

const BASE: &str = r##"
[[source]]
id = "en"
title = { zh = "英文条目", en = "English article" }

[[power]]
id = "ussr"
name = { zh = "苏联", en = "Soviet Union" }
colour = "#d55e00"

[[region]]
id = "north-sakhalin"
name = { zh = "北库页岛", en = "North Sakhalin" }

[[point]]
id = "toyohara"
lon = 142.73
lat = 46.96
name = { zh = "南萨哈林斯克", en = "Yuzhno-Sakhalinsk" }

[[period]]
region = "north-sakhalin"
from = "1900"
power = "ussr"
status = "sovereign"
sources = [{ src = "en" }]
"##;

fn load_names(names: &str) -> Result<Atlas, Vec<String>> {
    atlas_core::load(&[("base.toml", BASE), ("names.toml", names)])
        .map_err(|errors| errors.iter().map(|e| e.to_string()).collect())
}

fn errors_of(names: &str) -> Vec<String> {
    match load_names(names) {
        Ok(_) => panic!("loaded, expected errors"),
        Err(e) => e,
    }
}

#[test]
fn names_toml_gives_each_language_its_dated_name_or_else_its_undated_one() {
    let a = load_names(
        r#"
local_name = [
  { of = "toyohara", lang = "ja", name = "豊原", when = "1905-09-05/1946-06-03", sources = [{ src = "en" }] },
  { of = "toyohara", lang = "ja", name = "ユジノサハリンスク" },
  { of = "toyohara", lang = "ru", name = "Тоёхара", when = "1905-09-05/1946-06-03", sources = [{ src = "en" }] },
  { of = "toyohara", lang = "ru", name = "Южно-Сахалинск" },
  { of = "north-sakhalin", lang = "ru", name = "Северный Сахалин" },
]
"#,
    )
    .unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(a.local_names_by("toyohara", day("1940-01-01")), [(LangTag::Ja, "豊原"), (LangTag::Ru, "Тоёхара")]);
    assert_eq!(
        a.local_names_by("toyohara", day("1946-06-04")),
        [(LangTag::Ja, "ユジノサハリンスク"), (LangTag::Ru, "Южно-Сахалинск")]
    );
    assert_eq!(a.local_names_by("north-sakhalin", day("1930-01-01")), [(LangTag::Ru, "Северный Сахалин")]);
    assert!(a.local_names_by("nowhere", day("1930-01-01")).is_empty());
    // The packed form the app reads keeps them.
    assert_eq!(
        atlas_core::pack::decode_all(&atlas_core::pack::encode(&Ok(a.clone()))),
        Ok(atlas_core::pack::app_view(&a))
    );
}

#[test]
fn a_name_of_an_unknown_place_is_rejected() {
    let errs = errors_of(r#"local_name = [{ of = "nowhere", lang = "ja", name = "どこ" }]"#);
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(errs[0].contains("names.toml") && errs[0].contains("unknown place `nowhere`"), "{errs:?}");
}

#[test]
fn a_name_in_an_unknown_language_is_rejected() {
    let errs = errors_of(r#"local_name = [{ of = "toyohara", lang = "jp", name = "豊原" }]"#);
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(errs[0].contains("unknown language `jp` (ja or ru)"), "{errs:?}");
}

#[test]
fn overlapping_names_of_one_place_and_language_are_rejected() {
    let errs = errors_of(
        r#"
local_name = [
  { of = "toyohara", lang = "ru", name = "Тоёхара", when = "1905/1946-06-03", sources = [{ src = "en" }] },
  { of = "toyohara", lang = "ru", name = "Южно-Сахалинск", when = "1946", sources = [{ src = "en" }] },
  { of = "toyohara", lang = "ja", name = "豊原", when = "1905/1946", sources = [{ src = "en" }] },
]
"#,
    );
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(errs[0].contains("two names at once") && errs[0].contains("Тоёхара"), "{errs:?}");
}

#[test]
fn two_undated_names_an_empty_name_and_an_unsourced_renaming_are_each_rejected() {
    let errs = errors_of(
        r#"
local_name = [
  { of = "toyohara", lang = "ru", name = "Тоёхара" },
  { of = "toyohara", lang = "ru", name = "Южно-Сахалинск" },
  { of = "north-sakhalin", lang = "ja", name = " " },
  { of = "north-sakhalin", lang = "ru", name = "Северный Сахалин", when = "1925" },
]
"#,
    );
    assert_eq!(errs.len(), 3, "{errs:?}");
    assert!(errs.iter().any(|e| e.contains("two names without a date")), "{errs:?}");
    assert!(errs.iter().any(|e| e.contains("name is empty")), "{errs:?}");
    assert!(errs.iter().any(|e| e.contains("no source")), "{errs:?}");
}
