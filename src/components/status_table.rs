//! The status table (who controls each region, how, since when, and who claims it; then who ran each railway): the
//! accessible text twin of the map, and the list of the changes of control during the selected year. Like the
//! cards, it follows the date once the slider rests (`Ctx::settled`); while the slider moves it keeps the last
//! date's rows, dimmed. While a quiz question waits for its answer (`Ctx::masked`) the rows are blank and the table
//! hidden: it would give the answer.
//!
//! The rows and the changes are markup from the core (`atlas_core::status_html`, tested against the record), set
//! once per rest: the table is static text between two rests, and this is a fraction of the code (and of the
//! reactive nodes) of a reactive row per region. Only the region rows that read differently from the last rest's
//! are rewritten (a year later, usually a few): the table's layout is the costliest part of a rest.

use crate::app::Ctx;
use crate::platform;
use atlas_core::i18n::{self, Msg};
use atlas_core::status_html;
use leptos::prelude::*;

#[component]
pub fn StatusTable() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let atlas = ctx.atlas;
    let masked = Memo::new(move |_| ctx.masked());
    let day = move || ctx.settled.get().state_day();
    // Memos: the markup is set again only when it differs (a note opened by the reader stays open while the rows
    // stay the same).
    let regions = Memo::new(move |_| status_html::region_row_list(atlas, ctx.lang.get(), day(), masked.get()));
    let body = NodeRef::<leptos::html::Tbody>::new();
    Effect::new(move |last: Option<Vec<String>>| {
        let rows = regions.get();
        if let Some(body) = body.get() {
            platform::update_rows(&body, last.as_deref().unwrap_or_default(), &rows);
        }
        rows
    });
    let railways = Memo::new(move |_| status_html::railway_rows(atlas, ctx.lang.get(), day(), masked.get()));
    let changes =
        Memo::new(move |_| status_html::changes(atlas, ctx.lang.get(), ctx.settled.get().year(), masked.get()));

    view! {
        <h2 id="status-heading" class="panel-heading">{ctx.text(Msg::StatusTableHeading)}</h2>
        <p class="status-table__hidden" data-testid="status-hidden" hidden=move || !masked.get()>
            {ctx.text(Msg::QuizHiddenTable)}
        </p>
        <div
            class="status-table__scroll"
            tabindex="0"
            aria-busy=move || ctx.sliding.get().to_string()
            hidden=move || masked.get()
            on:click=|ev| platform::toggle_disclosure(&ev)
        >
            <table class="status-table" data-testid="status-table">
                <caption class="visually-hidden">
                    {move || i18n::state_caption(ctx.lang.get(), ctx.settled.get())}
                </caption>
                <thead>
                    <tr>
                        <th scope="col">{ctx.text(Msg::ColRegion)}</th>
                        <th scope="col">{ctx.text(Msg::ColController)}</th>
                        <th scope="col">{ctx.text(Msg::ColStatus)}</th>
                        <th scope="col">{ctx.text(Msg::ColSince)}</th>
                        <th scope="col">{ctx.text(Msg::ColClaims)}</th>
                    </tr>
                </thead>
                <tbody node_ref=body></tbody>
                <tbody class="status-table__railways" data-testid="status-railways" inner_html=move || railways.get()></tbody>
            </table>
        </div>
        <h3 class="panel-subheading" hidden=move || masked.get()>{ctx.text(Msg::ChangesHeading)}</h3>
        <div class="changes" data-testid="changes" aria-busy=move || ctx.sliding.get().to_string() hidden=move || masked.get() inner_html=move || changes.get()></div>
    }
}
