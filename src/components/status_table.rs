//! The status table (who controls each region, how, since when, and who claims it; then who ran each railway): the
//! accessible text twin of the map, and the list of the changes of control during the selected year. Like the
//! cards, it follows the date once the slider rests (`Ctx::settled`); while the slider moves it keeps the last
//! date's rows, dimmed. While a quiz question waits for its answer (`Ctx::masked`) the rows are blank and the table
//! hidden: it would give the answer.

use crate::app::Ctx;
use crate::components::local_names::LocalNames;
use atlas_core::i18n::{self, Msg};
use atlas_core::{Place, PowerId};
use leptos::prelude::*;

#[component]
pub fn StatusTable() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let atlas = ctx.atlas;
    let power_name = move |id: PowerId| atlas.power(id).name.get(ctx.lang.get()).to_string();

    // One row per region, built once; a date change only rewrites the cells' text and the row's attributes.
    #[derive(Clone, PartialEq, Default)]
    struct Row {
        controller: String,
        status: &'static str,
        controller_name: String,
        status_name: &'static str,
        since: String,
        note: Option<String>,
        claims: String,
    }
    let masked = Memo::new(move |_| ctx.masked());
    let state = Memo::new(move |_| {
        let lang = ctx.lang.get();
        let day = ctx.settled.get().state_day();
        if masked.get() {
            return vec![Row::default(); atlas.regions.len()];
        }
        atlas
            .state_at(day)
            .into_iter()
            .map(|s| {
                let claims = s.claims.iter().map(|c| power_name(c.power)).collect::<Vec<_>>().join(", ");
                match s.control {
                    Some(p) => Row {
                        controller: atlas.power(p.power).id.clone(),
                        status: p.status.id(),
                        controller_name: power_name(p.power),
                        status_name: i18n::status_name(lang, p.status),
                        since: i18n::since_text(lang, p.from),
                        note: p.note.as_ref().map(|n| n.get(lang).to_string()),
                        claims,
                    },
                    None => Row { status_name: ctx.t(Msg::Nobody), claims, ..Row::default() },
                }
            })
            .collect::<Vec<Row>>()
    });
    let rows = atlas
        .regions
        .iter()
        .enumerate()
        .map(|(i, region)| {
            let place = atlas.region_ids().nth(i).map(Place::Region);
            // A memo per row: a date change re-runs the row's cell closures only when the row changed.
            let mine = Memo::new(move |_| state.with(|rows| rows.get(i).cloned().unwrap_or_default()));
            let row = move || mine.get();
            let field = move |f: fn(&Row) -> String| move || mine.with(f);
            view! {
                <tr
                    data-region=region.id.clone()
                    data-controller=move || mine.with(|r| (!r.controller.is_empty()).then(|| r.controller.clone()))
                    data-status=move || mine.with(|r| (!r.status.is_empty()).then_some(r.status))
                    class=field(|r| format!("status-row power--{}", r.controller))
                >
                    <th scope="row">
                        <span class="swatch" aria-hidden="true"></span>
                        {move || region.name.get(ctx.lang.get()).to_string()}
                        <LocalNames of=Signal::stored(place) />
                    </th>
                    <td>{field(|r| r.controller_name.clone())}</td>
                    <td>
                        {field(|r| r.status_name.to_string())}
                        {move || {
                            row()
                                .note
                                .map(|n| {
                                    view! {
                                        <details class="status-row__note">
                                            <summary>{ctx.t(Msg::NoteShort)}</summary>
                                            {n}
                                        </details>
                                    }
                                })
                        }}
                    </td>
                    <td>{field(|r| r.since.clone())}</td>
                    <td>{field(|r| r.claims.clone())}</td>
                </tr>
            }
        })
        .collect_view();

    // The railways, in a body of their own: who ran each line, how, since when.
    #[derive(Clone, PartialEq, Default)]
    struct RailRow {
        controller: String,
        status: &'static str,
        who: String,
        how: &'static str,
        since: String,
        note: Option<String>,
    }
    let rail_state = Memo::new(move |_| {
        let lang = ctx.lang.get();
        // Blank while a quiz question waits for its answer, like the regions' rows.
        if masked.get() {
            return vec![RailRow::default(); atlas.railways.len()];
        }
        atlas
            .railways_at(ctx.settled.get().state_day())
            .into_iter()
            .map(|s| match s.control {
                Some(p) => RailRow {
                    controller: atlas.power(p.power).id.clone(),
                    status: p.status.id(),
                    who: i18n::railway_controller(lang, atlas, p),
                    how: i18n::railway_status_name(lang, p.status),
                    since: i18n::since_text(lang, p.from),
                    note: p.note.as_ref().map(|n| n.get(lang).to_string()),
                },
                None => RailRow { who: ctx.t(Msg::Nobody).to_string(), ..RailRow::default() },
            })
            .collect::<Vec<RailRow>>()
    });
    let railway_rows = atlas
        .railways
        .iter()
        .enumerate()
        .map(|(i, railway)| {
            let mine = Memo::new(move |_| rail_state.with(|rows| rows.get(i).cloned().unwrap_or_default()));
            let field = move |f: fn(&RailRow) -> String| move || mine.with(f);
            view! {
                <tr
                    data-railway=railway.id.clone()
                    data-controller=move || mine.with(|r| (!r.controller.is_empty()).then(|| r.controller.clone()))
                    data-status=field(|r| r.status.to_string())
                    class=field(|r| format!("status-row status-row--railway power--{}", r.controller))
                >
                    <th scope="row">
                        <span class="swatch swatch--line" aria-hidden="true"></span>
                        {move || railway.name.get(ctx.lang.get()).to_string()}
                    </th>
                    <td>{field(|r| r.who.clone())}</td>
                    <td>
                        {field(|r| r.how.to_string())}
                        {move || {
                            mine.with(|r| r.note.clone())
                                .map(|n| {
                                    view! {
                                        <details class="status-row__note">
                                            <summary>{ctx.t(Msg::NoteShort)}</summary>
                                            {n}
                                        </details>
                                    }
                                })
                        }}
                    </td>
                    <td>{field(|r| r.since.clone())}</td>
                    <td></td>
                </tr>
            }
        })
        .collect_view();

    let changes = move || {
        let lang = ctx.lang.get();
        let list = if masked.get() { Vec::new() } else { atlas.changes_in_year(ctx.settled.get().year()) };
        if list.is_empty() {
            return view! { <p class="changes__empty">{ctx.t(Msg::NoChanges)}</p> }.into_any();
        }
        let items = list
            .into_iter()
            .map(|c| {
                let before = c.before.map(|p| power_name(p.power)).unwrap_or_else(|| "—".into());
                view! {
                    <li data-region=c.region.id.clone() data-controller=atlas.power(c.after.power).id.clone()>
                        <span class="changes__date">{i18n::format_date(lang, c.after.from)}</span>
                        " · "
                        <strong>{c.region.name.get(lang).to_string()}</strong>
                        ": "
                        {before}
                        " → "
                        {power_name(c.after.power)}
                        " ("
                        {i18n::status_name(lang, c.after.status)}
                        ")"
                    </li>
                }
            })
            .collect_view();
        view! { <ol class="changes__list">{items}</ol> }.into_any()
    };

    view! {
        <h2 id="status-heading" class="panel-heading">{ctx.text(Msg::StatusTableHeading)}</h2>
        <p class="status-table__hidden" data-testid="status-hidden" hidden=move || !masked.get()>
            {ctx.text(Msg::QuizHiddenTable)}
        </p>
        <div class="status-table__scroll" tabindex="0" aria-busy=move || ctx.sliding.get().to_string() hidden=move || masked.get()>
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
                <tbody>{rows}</tbody>
                <tbody class="status-table__railways" data-testid="status-railways">
                    <tr>
                        <th scope="colgroup" colspan="5" class="status-table__group">{ctx.text(Msg::RailwaysHeading)}</th>
                    </tr>
                    {railway_rows}
                </tbody>
            </table>
        </div>
        <h3 class="panel-subheading" hidden=move || masked.get()>{ctx.text(Msg::ChangesHeading)}</h3>
        <div class="changes" data-testid="changes" aria-busy=move || ctx.sliding.get().to_string() hidden=move || masked.get()>
            {changes}
        </div>
    }
}
