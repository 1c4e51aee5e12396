//! The Japanese and Russian names of a region or point on the day shown, as secondary names: each name in an element
//! with its own `lang` attribute (so screen readers switch voice and the browser picks Japanese or Cyrillic glyphs),
//! preceded by a hidden label ("Japanese name: 豊原"). The names come from the core (`Atlas::local_names_at`).

use crate::app::Ctx;
use atlas_core::i18n;
use atlas_core::Place;
use leptos::prelude::*;

/// The local names of `of` (a region or point; `None` shows nothing) on the day the map and table show. They
/// follow the date once the slider rests, like the table, and re-render only when a name changes.
#[component]
pub fn LocalNames(
    /// The region or point.
    #[prop(into)]
    of: Signal<Option<Place>>,
) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let atlas = ctx.atlas;
    let names = Memo::new(move |_| {
        let day = ctx.settled.get().state_day();
        of.get().map(|place| atlas.local_names_at(place, day)).unwrap_or_default()
    });
    move || {
        let lang = ctx.lang.get();
        let list = names.get();
        (!list.is_empty()).then(|| {
            let items = list
                .into_iter()
                .enumerate()
                .map(|(i, (tag, name))| {
                    view! {
                        {(i > 0).then(|| view! { <span class="local-names__sep" aria-hidden="true">" · "</span> })}
                        <span class="visually-hidden">{i18n::local_lang_label(lang, tag)}": "</span>
                        <span class="local-names__name" lang=tag.code() data-lang=tag.code()>{name}</span>
                    }
                })
                .collect_view();
            view! { <span class="local-names" data-testid="local-names">{items}</span> }
        })
    }
}
