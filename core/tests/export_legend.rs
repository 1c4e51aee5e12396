//! The downloaded map's legend and footer: every mark on the map has its key, labels never run into the next key,
//! the attribution wraps between words, and a comparison's download carries its list.

mod common;

use atlas_core::export::{document_sized, wrap};
use atlas_core::labels::{text_width, Kind};
use atlas_core::{Frame, Lang, Selection};
use common::atlas;

/// The `<text>` elements of the document with their x, y and content.
fn texts(svg: &str) -> Vec<(f64, f64, String)> {
    svg.split("<text ")
        .skip(1)
        .filter_map(|t| {
            let head = format!(" {}", t.split('>').next()?);
            let attr = |name: &str| -> Option<f64> {
                let at = head.find(&format!(" {name}=\""))?;
                let rest = &head[at..];
                let start = rest.find('"')? + 1;
                rest[start..start + rest[start..].find('"')?].parse().ok()
            };
            let content = t.split_once('>')?.1.split("</text>").next()?.to_string();
            Some((attr("x")?, attr("y")?, content))
        })
        .collect()
}

#[test]
fn the_legend_keys_every_mark_and_no_label_runs_into_the_next() {
    let a = atlas();
    for lang in [Lang::En, Lang::Zh] {
        let sel = Selection::Year(1945);
        let frame = Frame::at(a, sel, None, lang);
        let (svg, [w, h]) = document_sized("<svg></svg>", a, &frame, sel, None, lang);
        assert!(svg.contains(&format!("height=\"{h:.1}\"")) && w > 0.0);
        let legend = svg.split("data-testid=\"export-legend\"").nth(1).unwrap().split("</g>").next().unwrap();
        for msg in [
            atlas_core::i18n::Msg::LegendClaim,
            atlas_core::i18n::Msg::LegendChanged,
            atlas_core::i18n::Msg::LegendEventPlace,
            atlas_core::i18n::Msg::LegendRailways,
        ] {
            let label = atlas_core::i18n::tr(lang, msg);
            let mut escaped = String::new();
            atlas_core::html::push_escaped(&mut escaped, label);
            assert!(legend.contains(&escaped), "{lang:?}: the legend keys “{label}”");
        }
        // On each line, a label ends before the next key starts.
        let items = texts(legend);
        for pair in items.windows(2) {
            let ((x0, y0, t0), (x1, y1, _)) = (&pair[0], &pair[1]);
            if (y0 - y1).abs() < 0.5 {
                let end = x0 + text_width(t0, Kind::Place) * 13.0;
                assert!(end < *x1 - 16.0, "{lang:?}: “{t0}” runs into the next key ({end} ≥ {x1}): {items:?}");
            }
        }
    }
}

#[test]
fn the_attribution_wraps_between_words() {
    let text = "Map data: Natural Earth (public domain); this atlas's borders are drawn by hand from the record.";
    let lines = wrap(text, 200.0, 11.0, Lang::En);
    assert!(lines.len() > 1);
    let words: Vec<&str> = text.split(' ').collect();
    for line in &lines {
        for w in line.split(' ') {
            assert!(words.contains(&w), "“{w}” is a word cut in two: {lines:?}");
        }
    }
    assert_eq!(lines.join(" "), text);
}

#[test]
fn a_comparison_download_carries_its_list() {
    let a = atlas();
    let (sel, other) = (Selection::Year(1946), Selection::Year(1939));
    let frame = Frame::at(a, sel, None, Lang::En);
    let (svg, [_, h]) = document_sized("<svg></svg>", a, &frame, sel, Some(other), Lang::En);
    let list = svg.split("data-testid=\"export-compare-list\"").nth(1).expect("the comparison's list");
    assert!(list.contains("Between 1939 and 1946"), "{list}");
    assert!(list.contains("South Sakhalin (Karafuto): Japan (sovereign) → Soviet Union"), "{list}");
    let (_, [_, plain]) = document_sized("<svg></svg>", a, &frame, sel, None, Lang::En);
    assert!(h > plain, "the list makes room for itself ({h} vs {plain})");
}
