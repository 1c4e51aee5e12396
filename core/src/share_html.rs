//! The Share / Embed dialog's contents as HTML text, built when the dialog opens (like the cards and the legend:
//! `crate::html`, `crate::legend_html`). Nothing in it changes while it is open except the chosen size, which
//! builds it again; the component sets it with one `innerHTML` and listens once on the dialog.
//!
//! The contract: the fields `share-link`, `share-snippet`, `share-quiz-link`, `share-quiz-snippet` (ids and
//! `data-testid`s); each Copy button has `data-copy="<its field's id>"` and `data-testid="copy-…"`; the size radios
//! are `input[name="embed-size"][data-size="<index into embed::SIZES>"]`; `share-status` (polite live region),
//! `share-hosts-help`, `share-sandbox-help` and `share-close` (the form that closes the dialog).

use crate::embed::{self, EmbedSize, SIZES};
use crate::html::push_escaped;
use crate::i18n::{tr, Msg};
use crate::model::Lang;
use crate::num::fixed;
use crate::timeline::Atlas;
use crate::view_state::ViewState;

/// The names of the sizes, in the order of [`embed::SIZES`].
const SIZE_LABELS: [Msg; 5] =
    [Msg::SizeSmall, Msg::SizeMedium, Msg::SizeLarge, Msg::SizeFullWidth, Msg::SizeResponsive];

/// What the dialog offers: the view as it is, and a quiz for the class (the running one, or a new one with a seed of
/// its own), each as a link and as an `<iframe>` of the chosen size.
pub struct Share<'a> {
    pub atlas: &'a Atlas,
    pub lang: Lang,
    /// The page's address (its query is replaced by the view's).
    pub href: &'a str,
    pub view: &'a ViewState,
    pub quiz: &'a ViewState,
    /// An index into [`embed::SIZES`] (out of range: the medium one).
    pub size: usize,
}

/// The preview box's style for a size: 1200 px wide fills the preview, and the box keeps the frame's proportions.
pub fn preview_style(size: EmbedSize) -> String {
    let w = size.width.map_or(100.0, |w| f64::from(w) / 1200.0 * 100.0);
    let (rw, rh) = size.ratio.unwrap_or((size.width.unwrap_or(1200), size.height));
    format!("width:{}%;aspect-ratio:{rw} / {rh}", fixed(w, 1))
}

fn push_field(out: &mut String, lang: Lang, id: &str, label: Msg, value: &str, rows: Option<u32>) {
    out.push_str("<label class=\"share__label\" for=\"");
    out.push_str(id);
    out.push_str("\">");
    push_escaped(out, tr(lang, label));
    out.push_str("</label><div class=\"share__row\">");
    match rows {
        Some(rows) => {
            out.push_str(&format!(
                "<textarea id=\"{id}\" class=\"share__field share__code\" data-testid=\"{id}\" rows=\"{rows}\" readonly>"
            ));
            push_escaped(out, value);
            out.push_str("</textarea>");
        }
        None => {
            out.push_str(&format!(
                "<input id=\"{id}\" class=\"share__field\" data-testid=\"{id}\" type=\"text\" readonly value=\""
            ));
            push_escaped(out, value);
            out.push_str("\">");
        }
    }
    // `share-link` is copied by `copy-link`, `share-quiz-snippet` by `copy-quiz-snippet`.
    let copy = id.replacen("share-", "copy-", 1);
    out.push_str(&format!("<button type=\"button\" class=\"button\" data-copy=\"{id}\" data-testid=\"{copy}\">"));
    push_escaped(out, tr(lang, Msg::CopyButton));
    // "Copied." where the button is (the dialog is taller than a laptop's screen: a line at its end is not seen).
    out.push_str(&format!(
        "</button><span class=\"share__copied\" id=\"{id}-copied\" data-testid=\"{id}-copied\" aria-live=\"polite\"></span></div>"
    ));
}

/// The quiz's settings (how many questions, which years, which regions, "Which came first?"), written into its link
/// and code as they change: `data-quiz="n|from|to|order"`, `data-quiz-region="<region id>"`, and
/// `data-quiz-new` (another seed).
fn quiz_settings(out: &mut String, s: &Share) {
    let lang = s.lang;
    let q = s.quiz.quiz.clone().unwrap_or_default();
    let config = q.config(q.seed.unwrap_or(1));
    out.push_str("<fieldset class=\"share__quiz\" data-testid=\"share-quiz-settings\"><legend>");
    push_escaped(out, tr(lang, Msg::QuizSettingsLegend));
    out.push_str("</legend><div class=\"share__quiz-row\">");
    let number = |out: &mut String, key: &str, label: Msg, value: i64, min: i64, max: i64| {
        out.push_str(&format!("<span class=\"share__quiz-field\"><label for=\"share-quiz-{key}\">"));
        push_escaped(out, tr(lang, label));
        out.push_str(&format!(
            "</label> <input id=\"share-quiz-{key}\" type=\"number\" inputmode=\"numeric\" data-quiz=\"{key}\" \
             data-testid=\"share-quiz-{key}\" min=\"{min}\" max=\"{max}\" value=\"{value}\"></span>"
        ));
    };
    number(out, "n", Msg::QuizCountLabel, config.n as i64, 1, crate::quiz::MAX_QUESTIONS as i64);
    number(
        out,
        "from",
        Msg::QuizFromLabel,
        i64::from(config.from),
        i64::from(crate::FIRST_YEAR),
        i64::from(crate::LAST_YEAR),
    );
    number(
        out,
        "to",
        Msg::QuizToLabel,
        i64::from(config.to),
        i64::from(crate::FIRST_YEAR),
        i64::from(crate::LAST_YEAR),
    );
    out.push_str("</div><label class=\"share__quiz-order\"><input type=\"checkbox\" data-quiz=\"order\" data-testid=\"share-quiz-order\"");
    if q.order {
        out.push_str(" checked");
    }
    out.push_str("> ");
    push_escaped(out, tr(lang, Msg::QuizIncludeOrder));
    out.push_str("</label><details class=\"share__quiz-regions\"");
    if !q.regions.is_empty() {
        out.push_str(" open");
    }
    out.push_str("><summary>");
    push_escaped(out, tr(lang, Msg::QuizRegionsLabel));
    out.push_str("</summary><div class=\"share__quiz-region-list\">");
    for id in s.atlas.region_ids() {
        let r = s.atlas.region(id);
        out.push_str("<label><input type=\"checkbox\" data-quiz-region=\"");
        push_escaped(out, &r.id);
        out.push('"');
        if q.regions.contains(&id) {
            out.push_str(" checked");
        }
        out.push_str("> ");
        push_escaped(out, r.name.get(lang));
        out.push_str("</label>");
    }
    out.push_str(
        "</div></details><button type=\"button\" class=\"button\" data-quiz-new=\"\" data-testid=\"share-quiz-new\">",
    );
    push_escaped(out, tr(lang, Msg::QuizOtherQuestions));
    out.push_str("</button></fieldset>");
}

fn push_help(out: &mut String, lang: Lang, msg: Msg, testid: Option<&str>) {
    out.push_str("<p class=\"share__help\"");
    if let Some(id) = testid {
        out.push_str(&format!(" data-testid=\"{id}\""));
    }
    out.push('>');
    push_escaped(out, tr(lang, msg));
    out.push_str("</p>");
}

/// The dialog's whole contents.
pub fn dialog(s: &Share) -> String {
    let lang = s.lang;
    let size_index = if s.size < SIZES.len() { s.size } else { 1 };
    let size = SIZES[size_index];
    let link = embed::share_link(s.atlas, s.href, s.view);
    let snippet = embed::iframe_snippet(s.atlas, s.href, s.view, size, tr(lang, Msg::AppTitle));
    let quiz_link = embed::share_link(s.atlas, s.href, s.quiz);
    let quiz_snippet = embed::iframe_snippet(s.atlas, s.href, s.quiz, size, tr(lang, Msg::QuizTitle));

    let mut out = String::with_capacity(4096);
    out.push_str("<h2 id=\"share-title\" class=\"share__title\">");
    push_escaped(&mut out, tr(lang, Msg::ShareTitle));
    out.push_str("</h2>");
    // Opened from a file (the single file, from disk or inside an LMS's sandbox): its links reach no one else.
    if !(s.href.starts_with("http://") || s.href.starts_with("https://")) {
        out.push_str("<p class=\"share__warning\" role=\"note\" data-testid=\"share-file-note\">");
        push_escaped(&mut out, tr(lang, Msg::ShareFromFile));
        out.push_str("</p>");
    }
    push_field(&mut out, lang, "share-link", Msg::ShareLinkLabel, &link, None);
    out.push_str("<fieldset class=\"share__sizes\"><legend>");
    push_escaped(&mut out, tr(lang, Msg::EmbedSizeLabel));
    out.push_str("</legend>");
    for (i, msg) in SIZE_LABELS.iter().enumerate() {
        let checked = if i == size_index { " checked" } else { "" };
        out.push_str(&format!(
            "<label class=\"share__size\"><input type=\"radio\" name=\"embed-size\" data-size=\"{i}\"{checked}>"
        ));
        push_escaped(&mut out, tr(lang, *msg));
        out.push_str("</label>");
    }
    out.push_str("</fieldset><div class=\"share__preview\" role=\"img\" aria-label=\"");
    push_escaped(&mut out, tr(lang, Msg::PreviewLabel));
    // Its size as `data-style`, which the app sets through the CSSOM (a `style` attribute is refused by the page's
    // Content Security Policy).
    out.push_str(&format!("\"><div class=\"share__preview-box\" data-style=\"{}\"></div></div>", preview_style(size)));
    push_field(&mut out, lang, "share-snippet", Msg::EmbedCodeLabel, &snippet, Some(4));
    out.push_str("<h3 class=\"share__subtitle\">");
    push_escaped(&mut out, tr(lang, Msg::ShareQuizHeading));
    out.push_str("</h3>");
    quiz_settings(&mut out, s);
    push_field(&mut out, lang, "share-quiz-link", Msg::ShareQuizLink, &quiz_link, None);
    push_field(&mut out, lang, "share-quiz-snippet", Msg::ShareQuizEmbed, &quiz_snippet, Some(3));
    push_help(&mut out, lang, Msg::ShareQuizHelp, None);
    push_help(&mut out, lang, Msg::EmbedHelp, None);
    push_help(&mut out, lang, Msg::EmbedHostsHelp, Some("share-hosts-help"));
    push_help(&mut out, lang, Msg::EmbedSandboxHelp, Some("share-sandbox-help"));
    out.push_str(
        "<p class=\"share__status visually-hidden\" id=\"share-status\" data-testid=\"share-status\"></p>\
         <form method=\"dialog\"><button type=\"submit\" class=\"button\" data-testid=\"share-close\">",
    );
    push_escaped(&mut out, tr(lang, Msg::CloseButton));
    out.push_str("</button></form>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quiz::QuizParams;
    use crate::timeline::Selection;

    fn views(lang: Lang) -> (ViewState, ViewState) {
        let view = ViewState { selection: Selection::Year(1932), ..ViewState::initial(lang) };
        let quiz = ViewState { quiz: Some(QuizParams { seed: Some(7), ..QuizParams::default() }), ..view.clone() };
        (view, quiz)
    }

    fn attr<'a>(html: &'a str, before: &str, name: &str) -> &'a str {
        let at = html.find(before).unwrap_or_else(|| panic!("{before} in the dialog"));
        let rest = &html[at..];
        let start = rest.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
        &rest[start..start + rest[start..].find('"').unwrap()]
    }

    #[test]
    fn the_dialog_offers_this_view_and_a_quiz_as_links_and_snippets() {
        let atlas = Atlas::default();
        let (view, quiz) = views(Lang::Zh);
        let html = dialog(&Share {
            atlas: &atlas,
            lang: Lang::Zh,
            href: "https://school.example/atlas/?year=1920&embed=1#x",
            view: &view,
            quiz: &quiz,
            size: 1,
        });
        assert_eq!(attr(&html, "id=\"share-link\"", "value"), "https://school.example/atlas/?year=1932&amp;lang=zh");
        let snippet = embed::iframe_snippet(
            &atlas,
            "https://school.example/atlas/",
            &view,
            SIZES[1],
            tr(Lang::Zh, Msg::AppTitle),
        );
        let mut escaped = String::new();
        push_escaped(&mut escaped, &snippet);
        assert!(html.contains(&format!("data-testid=\"share-snippet\" rows=\"4\" readonly>{escaped}</textarea>")));
        assert!(attr(&html, "id=\"share-quiz-link\"", "value").contains("quiz=1&amp;seed=7"));
        assert!(html.contains("data-size=\"1\" checked>"), "the chosen size is checked");
        assert_eq!(html.matches(" checked").count(), 1);
        // Every Copy button names a field that is there, and every field has a Copy button.
        for (field, button) in [
            ("share-link", "copy-link"),
            ("share-snippet", "copy-snippet"),
            ("share-quiz-link", "copy-quiz-link"),
            ("share-quiz-snippet", "copy-quiz-snippet"),
        ] {
            assert!(html.contains(&format!("id=\"{field}\"")), "{field}");
            assert!(html.contains(&format!("data-copy=\"{field}\" data-testid=\"{button}\"")), "{button}");
            assert!(html.contains(&format!("for=\"{field}\"")), "{field} has a label");
        }
        for id in ["share-title", "share-status", "share-hosts-help", "share-sandbox-help", "share-close"] {
            assert!(html.contains(id), "{id}");
        }
    }

    #[test]
    fn a_page_opened_from_a_file_says_its_links_reach_no_one() {
        let atlas = Atlas::default();
        let (view, quiz) = views(Lang::En);
        let at = |href| dialog(&Share { atlas: &atlas, lang: Lang::En, href, view: &view, quiz: &quiz, size: 1 });
        assert!(at("file:///home/t/japan-soviet-atlas.html").contains("data-testid=\"share-file-note\""));
        assert!(at("about:srcdoc").contains("data-testid=\"share-file-note\""));
        assert!(!at("https://school.example/atlas/").contains("share-file-note"));
    }

    #[test]
    fn each_size_changes_the_snippets_and_the_preview_and_no_text_is_missing() {
        let atlas = Atlas::default();
        for lang in [Lang::Zh, Lang::En] {
            let (view, quiz) = views(lang);
            let at = |size| {
                dialog(&Share { atlas: &atlas, lang, href: "http://127.0.0.1:8080/", view: &view, quiz: &quiz, size })
            };
            let mut seen = Vec::new();
            for (size, each) in SIZES.iter().enumerate() {
                let html = at(size);
                assert!(html.contains(&format!("data-size=\"{size}\" checked>")));
                assert!(html.contains(&preview_style(*each)));
                assert!(!html.contains("></label>") && !html.contains("></legend>") && !html.contains("\"></h"));
                seen.push(html);
            }
            seen.dedup();
            assert_eq!(seen.len(), SIZES.len(), "every size gives other snippets");
            // A size out of range (a stale index) falls back to the medium one.
            assert!(at(99).contains("data-size=\"1\" checked>"));
        }
        assert_eq!(preview_style(SIZES[1]), "width:66.7%;aspect-ratio:800 / 700");
        assert_eq!(preview_style(SIZES[4]), "width:100.0%;aspect-ratio:4 / 3");
    }
}
