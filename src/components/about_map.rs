//! "About this map": how to read it, in both languages. One colour per region (the power that held the region's main
//! centre; the others are named in the notes), what each kind of control means, the outlines and rings, the Japanese
//! and Russian names, and which day is shown. A native `<details>`, so it opens from the keyboard and for screen
//! readers without script; closed by default, so it costs the page no height.

use crate::app::Ctx;
use atlas_core::i18n::{self, Msg};
use atlas_core::Status;
use leptos::prelude::*;

#[component]
pub fn AboutMap() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    // Each kind of control with the legend's own swatch of its pattern, its name and what it means.
    let statuses = move || {
        let lang = ctx.lang.get();
        Status::ALL
            .iter()
            .map(|s| {
                view! {
                    <div class="about-map__status" data-status=s.id()>
                        <dt>
                            <svg class="legend__pattern" viewBox="0 0 20 14" aria-hidden="true">
                                <rect class="legend__base" width="20" height="14" />
                                <rect class=format!("legend__overlay status--{}", s.id()) width="20" height="14" />
                            </svg>
                            {i18n::status_name(lang, *s)}
                        </dt>
                        <dd>{i18n::status_description(lang, *s)}</dd>
                    </div>
                }
            })
            .collect_view()
    };
    view! {
        <details class="about-map" data-testid="about-map">
            <summary class="about-map__summary">
                <h3 class="about-map__heading">{ctx.text(Msg::AboutMapHeading)}</h3>
            </summary>
            <div class="about-map__body">
                <p data-testid="about-one-colour">{ctx.text(Msg::AboutOneColour)}</p>
                <p>{ctx.text(Msg::AboutStatuses)}</p>
                <dl class="about-map__statuses">{statuses}</dl>
                <p>{ctx.text(Msg::AboutOutlines)}</p>
                <p>{ctx.text(Msg::AboutNames)}</p>
                <p>{ctx.text(Msg::AboutDates)}</p>
            </div>
        </details>
    }
}
