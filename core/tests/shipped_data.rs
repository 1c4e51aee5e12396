//! The data files shipped with the app: they parse and validate, nothing is dropped, and spot checks of dates
//! and facts against the historical record.

mod common;
use atlas_core::{bundled, Atlas, Category, Day, Lang, Precision};
use common::ByKey;

fn atlas() -> Atlas {
    match bundled() {
        Ok(a) => a,
        Err(errors) => {
            let list: Vec<String> = errors.iter().map(|e| format!("  - {e}")).collect();
            panic!("the shipped data has {} problem(s):\n{}", errors.len(), list.join("\n"));
        }
    }
}

fn day(s: &str) -> Day {
    s.parse().unwrap()
}

#[test]
fn the_shipped_data_validates() {
    atlas();
}

#[test]
fn no_events_are_dropped() {
    // Raise this when events are added; it fails if events silently disappear.
    let a = atlas();
    assert!(a.events.len() >= 75, "only {} events", a.events.len());
    let in_range = a.events.iter().filter(|e| (1917..=1991).contains(&e.when.start.year_number())).count();
    assert!(in_range >= 65, "only {in_range} events in 1917–1991");
    for c in [Category::Context, Category::Epilogue, Category::War, Category::Treaty, Category::Espionage] {
        assert!(a.events.iter().any(|e| e.category == c), "no {c} event");
    }
}

#[test]
fn every_event_has_both_languages_and_a_source_and_a_place() {
    let a = atlas();
    for e in &a.events {
        for lang in Lang::ALL {
            assert!(!e.title.get(lang).trim().is_empty(), "{}", e.id);
            assert!(!e.summary.get(lang).trim().is_empty(), "{}", e.id);
        }
        assert!(!e.sources.is_empty(), "{}", e.id);
        assert!(!e.places.is_empty(), "{}", e.id);
        for &p in &e.places {
            // Every place is a region or a point of the atlas (the type says so), and its written id leads back.
            assert_eq!(a.place_id(a.place_key(p)), Some(p), "{}", e.id);
        }
    }
}

fn event_on(a: &Atlas, date: &str, words: &[&str]) -> bool {
    let d = day(date);
    a.events.iter().any(|e| {
        e.when.start.precision() == Precision::Day
            && e.when.first_day() == d
            && words.iter().all(|w| e.title.en.to_lowercase().contains(&w.to_lowercase()))
    })
}

#[test]
fn key_dates_match_the_record() {
    let a = atlas();
    assert!(event_on(&a, "1941-04-13", &["neutrality"]), "Neutrality Pact signed 13 April 1941");
    assert!(event_on(&a, "1956-10-19", &["declaration"]), "Joint Declaration signed 19 October 1956");
    assert!(event_on(&a, "1905-09-05", &["portsmouth"]), "Treaty of Portsmouth 5 September 1905");
    assert!(event_on(&a, "1925-01-20", &["convention"]), "Basic Convention signed 20 January 1925");
    assert!(event_on(&a, "1931-09-18", &["mukden"]), "Mukden Incident 18 September 1931");
    assert!(event_on(&a, "1991-12-26", &["dissolv"]), "USSR dissolved 26 December 1991");
    assert!(event_on(&a, "1983-09-01", &["007"]), "KAL 007 shot down 1 September 1983");
}

#[test]
fn disagreements_between_the_sources_are_shown() {
    let a = atlas();
    let notes = a.events.iter().filter(|e| e.note.is_some()).count();
    assert!(notes >= 5, "only {notes} events carry a disagreement note");
}

#[test]
fn north_sakhalin_was_under_japanese_occupation_on_1923_06_01() {
    let a = atlas();
    let p = a.control("north-sakhalin", day("1923-06-01")).expect("controlled");
    assert_eq!(a.key(p.power), "japan");
}

#[test]
fn every_region_has_a_controller_every_day_from_1917_to_1991() {
    let a = atlas();
    let mut d = day("1917-01-01");
    let end = day("1991-12-31");
    while d <= end {
        for r in &a.regions {
            assert!(a.control(&r.id, d).is_some(), "{} has no controller on {d}", r.id);
        }
        d = d.succ();
    }
}

#[test]
fn every_region_has_a_shape_on_the_map_and_every_shape_a_region() {
    let a = atlas();
    for r in &a.regions {
        assert!(atlas_core::geo::shape(&r.id).is_some(), "region `{}` has no shape", r.id);
    }
    for s in atlas_core::geo::REGIONS {
        assert!(a.region_by(s.id).is_some(), "shape `{}` has no region in data/regions.toml", s.id);
    }
}

#[test]
fn every_point_of_a_region_lies_in_the_view_and_events_name_real_places() {
    let a = atlas();
    for p in a.points.iter().filter(|p| p.region.is_some()) {
        assert!(atlas_core::geo::in_view(p.xy), "city `{}` ({}, {}) is off the map", p.id, p.lon, p.lat);
    }
}

#[test]
fn the_exported_map_holds_every_region_and_the_legend() {
    let a = atlas();
    // The map itself is the screen's own SVG (serialised by the app; the e2e tests hold the file against the
    // screen); the core wraps it with the title, the date, the legend of the frame's powers and the attribution.
    let sel = atlas_core::Selection::Year(1945);
    let frame = atlas_core::Frame::at(&a, sel, None, Lang::Zh);
    let map = "<svg data-testid=\"the-screen-map\"></svg>";
    let svg = atlas_core::export::document(map, &a, &frame, sel, None, Lang::Zh);
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert!(svg.ends_with("</svg>"));
    assert_eq!(svg.matches(map).count(), 1, "the screen's map, once");
    assert!(svg.contains("data-testid=\"export-legend\""));
    assert!(svg.contains("1945年"));
    assert!(svg.contains("苏联"), "the Soviet Union is in the legend at the end of 1945");
}

#[test]
fn an_event_outside_the_maps_years_shows_its_card_and_its_own_date_with_the_map_at_the_nearer_end() {
    use atlas_core::i18n::{date_caption, date_heading};
    use atlas_core::{html, ViewState};
    let a = atlas();
    // Selected from a link: the map stands at the nearer end, the event stays selected.
    let v = ViewState::from_query("?event=treaty-of-portsmouth&lang=en", &a, Lang::En);
    assert_eq!(v.selection, atlas_core::Selection::Day("1917-01-01".parse().unwrap()));
    assert_eq!(v.event.as_deref(), Some("treaty-of-portsmouth"));
    let outside = a.event_outside_map(v.event.as_deref().and_then(|id| a.event_id(id)));
    assert_eq!(outside.map(|e| e.id.as_str()), Some("treaty-of-portsmouth"));
    assert_eq!(date_heading(Lang::En, v.selection, outside), "5 September 1905");
    assert_eq!(date_heading(Lang::Zh, v.selection, outside), "1905年9月5日");
    assert_eq!(
        date_caption(Lang::En, v.selection, outside),
        "The map and table cover 1917–1991: shown at 1 January 1917."
    );
    assert_eq!(date_caption(Lang::Zh, v.selection, outside), "地图与表格涵盖1917–1991年：此处显示1917年1月1日的状况。");
    // Its card is among the cards shown, marked selected.
    let year = a.cards_year(v.selection, v.event.as_deref().and_then(|id| a.event_id(id)));
    assert_eq!(year, 1905);
    let cards = html::cards(
        &a,
        Lang::En,
        year,
        &a.events_in_year(year),
        v.event.as_deref().and_then(|id| a.event_id(id)),
        html::Shown::Capped,
    );
    assert!(cards.contains("aria-pressed=\"true\" data-select=\"treaty-of-portsmouth\""), "{cards}");
    // After the range: the Tokyo Declaration of 11–13 October 1993, the map at 31 December 1991.
    let v = ViewState::from_query("?event=tokyo-declaration-1993", &a, Lang::En);
    assert_eq!(v.selection, atlas_core::Selection::Day("1991-12-31".parse().unwrap()));
    let outside = a.event_outside_map(v.event.as_deref().and_then(|id| a.event_id(id)));
    assert_eq!(date_heading(Lang::En, v.selection, outside), "11 October 1993 – 13 October 1993");
    assert!(date_caption(Lang::En, v.selection, outside).ends_with("shown at 31 December 1991."));
    // Every event outside the range (there are eight) shows its card.
    let outside_all: Vec<&str> =
        a.events.iter().filter(|e| a.event_outside_map(a.event_id(&e.id)).is_some()).map(|e| e.id.as_str()).collect();
    assert_eq!(outside_all.len(), 8, "{outside_all:?}");
    for id in outside_all {
        let sel = atlas_core::Selection::of_event(a.event_by(id).unwrap());
        let year = a.cards_year(sel, a.event_id(id));
        let cards = html::cards(&a, Lang::Zh, year, &a.events_in_year(year), a.event_id(id), html::Shown::Capped);
        assert!(cards.contains(&format!("data-event=\"{id}\"")), "{id} has no card in {year}");
    }
    // An event inside the range changes nothing: the map goes to its day.
    assert!(a.event_outside_map(a.event_id("treaty-of-shimoda")).is_some());
    let inside = a.events.iter().find(|e| e.when.first_day().year() == 1945).unwrap();
    assert!(a.event_outside_map(a.event_id(&inside.id)).is_none());
    assert_eq!(a.cards_year(atlas_core::Selection::of_event(inside), a.event_id(&inside.id)), 1945);
}

#[test]
fn the_powers_keep_their_colour_blind_safe_colours_and_the_stylesheet_names_none() {
    // Okabe–Ito and Paul Tol's palettes, chosen to stay apart for the common colour-vision deficiencies.
    let expected = [
        ("russia", "#8c2d04"),
        ("soviet-russia", "#e6550d"),
        ("ussr", "#d55e00"),
        ("white-russia", "#9e9e9e"),
        ("far-eastern-republic", "#f4a582"),
        // Japan, the PRC and Mongolia: Okabe–Ito's hues at other lightnesses, so that they print as different
        // greys from their neighbours (tests/print_colours.rs).
        ("japan", "#00508a"),
        ("manchukuo", "#56b4e9"),
        ("mengjiang", "#a6d1ee"),
        ("roc", "#f0e442"),
        ("prc", "#df96c0"),
        ("mongolia", "#007a58"),
        ("dprk", "#882255"),
        ("rok", "#44aa99"),
        ("us", "#332288"),
        // Tol's purple: the Inter-Allied Railway Committee, which ran the CER 1919–1922 (railways only).
        ("inter-allied", "#6a3d9a"),
    ];
    let a = atlas();
    let got: Vec<(String, String)> = a.powers.iter().map(|p| (p.id.clone(), p.colour.to_string())).collect();
    let want: Vec<(String, String)> = expected.iter().map(|(i, c)| (i.to_string(), c.to_string())).collect();
    assert_eq!(got, want);
    // One palette: the stylesheets hold no power colour of their own.
    for css in [include_str!("../../style/main.css"), include_str!("../../style/print.css")] {
        for (id, colour) in expected {
            assert!(!css.contains(&format!(".power--{id}")), "a stylesheet styles .power--{id}");
            assert!(!css.contains(&format!("--{id}:")), "a stylesheet defines --{id}");
            assert!(!css.contains(colour), "a stylesheet holds {id}'s colour {colour}");
        }
    }
    // The exported map fills with the same colours: at the end of 1945 the Soviet Union holds South Sakhalin.
    let sel = atlas_core::Selection::Year(1945);
    let frame = atlas_core::Frame::at(&a, sel, None, Lang::En);
    let svg = atlas_core::export::document("<svg></svg>", &a, &frame, sel, None, Lang::En);
    let legend = svg.split("data-testid=\"export-legend\"").nth(1).expect("a legend");
    assert!(legend.contains("fill=\"#d55e00\""), "the Soviet Union's swatch in the export's legend");
}

#[test]
fn the_packed_form_the_app_reads_holds_exactly_the_validated_data() {
    use atlas_core::pack;
    let a = atlas();
    let packed = pack::encode(&Ok(a.clone()));
    // The core and both languages' text files read back to the data the app uses.
    assert_eq!(pack::decode_all(&packed), Ok(pack::app_view(&a)));
    // Problems travel as the lines a reader sees.
    use atlas_core::error::{Item, Kind, Problem};
    let errors = vec![atlas_core::DataError {
        file: "events.toml".into(),
        line: None,
        item: Item::Declared(Kind::Event, "x".into()),
        problem: Problem::Unknown(Kind::Place, "el-dorado".into()),
    }];
    assert_eq!(
        pack::decode(&pack::encode(&Err(errors)).core),
        Err(vec!["events.toml: event `x`: unknown place `el-dorado`".to_string()])
    );
    // Corrupt or truncated input is an error, never a panic.
    let core = &packed.core;
    for cut in [0, 3, 4, 5, core.len() / 2, core.len() - 1] {
        assert!(pack::decode(&core[..cut]).is_err(), "cut at {cut}");
    }
    let mut flipped = core.clone();
    flipped[core.len() / 3] ^= 0xff;
    let _ = pack::decode(&flipped);
    let back = pack::decode(core).expect("decodes");
    let (lang, texts) = &packed.texts[0];
    for cut in [0, 4, 12, 13, texts.len() / 2, texts.len() - 1] {
        assert!(pack::fill_texts(&back, packed.id, *lang, &texts[..cut]).is_err(), "texts cut at {cut}");
    }
}

#[test]
fn the_events_of_a_year_include_those_still_ongoing_from_earlier_years() {
    let a = atlas();
    let ids = |y| a.events_in_year(y).into_iter().map(|e| e.id.as_str()).collect::<Vec<_>>();
    // The record: the Japanese occupation of North Sakhalin lasted from April 1920 to May 1925; the internment of
    // Japanese prisoners in Siberia from August 1945 until the last repatriation of December 1956.
    assert!(ids(1923).contains(&"north-sakhalin-occupation"));
    assert!(ids(1925).contains(&"north-sakhalin-occupation"));
    assert!(!ids(1926).contains(&"north-sakhalin-occupation"));
    assert!(ids(1950).contains(&"siberian-internment"));
    assert!(ids(1956).contains(&"siberian-internment"));
    assert!(!ids(1957).contains(&"siberian-internment"));
    // 1945: Yalta first, the Soviet declaration of war before the Manchurian offensive, all in date order.
    let y1945 = ids(1945);
    let pos = |id| y1945.iter().position(|e| *e == id).unwrap_or_else(|| panic!("{id} missing from 1945"));
    assert!(pos("yalta-conference") < pos("soviet-declaration-of-war"));
    assert!(pos("soviet-declaration-of-war") < pos("manchurian-offensive"));
    // Every year of the slider gives what the definition gives: the events sharing a day with the year, in order
    // (the per-year index the app reads at every step against a scan of all the events).
    for year in atlas_core::FIRST_YEAR..=atlas_core::LAST_YEAR {
        let (first, last) = (day(&format!("{year}-01-01")), day(&format!("{year}-12-31")));
        let scan: Vec<&str> = a.events.iter().filter(|e| e.when.overlaps(first, last)).map(|e| e.id.as_str()).collect();
        assert_eq!(ids(year), scan, "{year}");
    }
    // Outside the slider's years the scan still answers: the Russo-Japanese War of 1904-05.
    assert!(!a.events_in_year(1905).is_empty());
}
