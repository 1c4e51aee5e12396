//! The Share dialog's quiz settings: what a teacher sets there goes into the quiz's link and code.

mod common;

use atlas_core::quiz::QuizParams;
use atlas_core::share_html::{dialog, Share};
use atlas_core::{Lang, Selection, ViewState};
use common::atlas;

#[test]
fn the_quiz_settings_show_what_the_link_holds() {
    let a = atlas();
    let view = ViewState { selection: Selection::Year(1945), ..ViewState::initial(Lang::En) };
    let kurils = a.region_id("kurils").unwrap();
    let params =
        QuizParams { seed: Some(77), from: Some(1940), to: Some(1950), regions: vec![kurils], n: Some(5), order: true };
    let quiz = ViewState { quiz: Some(params), ..view.clone() };
    let html =
        dialog(&Share { atlas: a, lang: Lang::En, href: "https://s.example/", view: &view, quiz: &quiz, size: 1 });
    for (key, value) in [("n", "5"), ("from", "1940"), ("to", "1950")] {
        assert!(html.contains(&format!("data-quiz=\"{key}\" data-testid=\"share-quiz-{key}\" min=")), "{key}");
        let at = html.find(&format!("data-testid=\"share-quiz-{key}\"")).unwrap();
        assert!(html[at..].contains(&format!("value=\"{value}\"")), "{key} = {value}");
    }
    assert!(html.contains("data-quiz=\"order\" data-testid=\"share-quiz-order\" checked"));
    assert!(html.contains("data-quiz-region=\"kurils\" checked"));
    assert_eq!(html.matches("data-quiz-region=").count(), a.regions.len(), "every region can be chosen");
    assert!(
        html.contains("quiz=1&amp;seed=77&amp;from=1940&amp;to=1950&amp;regions=kurils&amp;n=5&amp;order=1"),
        "the link"
    );
    // "Copied." next to each Copy button.
    for field in ["share-link", "share-snippet", "share-quiz-link", "share-quiz-snippet"] {
        assert!(html.contains(&format!("data-testid=\"{field}-copied\"")), "{field}");
    }
}
