//! Every string of the interface, in Simplified Chinese and English, and date formatting in both.
//!
//! The view never writes a user-visible word itself: it asks [`tr`] for a [`Msg`], or one of the formatting
//! functions here. The match in [`tr`] is exhaustive, so a message without a translation does not compile.

use crate::date::{Date, Day, Precision};
use crate::model::{Category, Lang, RailwayStatus, Status};
use crate::timeline::Selection;

/// A fixed interface string.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Msg {
    AppTitle,
    AppSubtitle,
    LanguageLabel,
    SliderLabel,
    GoToLabel,
    GoToPlaceholder,
    GoButton,
    GoToInvalid,
    PrevEvent,
    NextEvent,
    MapHeading,
    MapLegend,
    StatusTableHeading,
    ColRegion,
    ColController,
    ColStatus,
    ColSince,
    ColClaims,
    Nobody,
    ChangesHeading,
    NoChanges,
    NoEvents,
    Ongoing,
    SourcesLabel,
    NoteLabel,
    DataErrorTitle,
    DataErrorIntro,
    Attribution,
    EraLabel,
    SelectedEvent,
    ShowYear,
    SkipToTimeline,
    MapDescription,
    ZoomIn,
    ZoomOut,
    ZoomReset,
    LegendPowers,
    LegendStatus,
    LegendClaim,
    LegendChanged,
    LegendEventPlace,
    RegionInfoHint,
    Since,
    ChangedThisYear,
    SeaOfJapan,
    SeaOfOkhotsk,
    PacificOcean,
    YellowSea,
    LakeBaikal,
    Border50N,
    Parallel38,
    AllEventsHeading,
    FilterLabel,
    AllCategories,
    EventsShown,
    ErasLabel,
    ShareButton,
    ShareTitle,
    ShareLinkLabel,
    EmbedCodeLabel,
    EmbedSizeLabel,
    SizeSmall,
    SizeMedium,
    SizeLarge,
    SizeFullWidth,
    CopyButton,
    Copied,
    CopyFailed,
    CloseButton,
    OpenFullView,
    EmbedHelp,
    EmbedSandboxHelp,
    PreviewLabel,
    ExportSvg,
    ExportPng,
    ExportLabel,
    NoteShort,
    LegendRailways,
    RailwaysHeading,
}

/// The text of an interface string.
pub fn tr(lang: Lang, msg: Msg) -> &'static str {
    let (zh, en) = match msg {
        Msg::AppTitle => ("日苏关系地图与年表，1917–1991", "Japan and the Soviet Union, 1917–1991"),
        Msg::AppSubtitle => (
            "拖动年份滑块，查看每个地区在当时由谁控制，以及当年发生的事件。",
            "Drag the year slider to see who controlled each region at the time and what happened that year.",
        ),
        Msg::LanguageLabel => ("语言", "Language"),
        Msg::SliderLabel => ("年份", "Year"),
        Msg::GoToLabel => ("跳转到年份或日期", "Go to a year or date"),
        Msg::GoToPlaceholder => ("如 1945 或 1945-08-09", "e.g. 1945 or 1945-08-09"),
        Msg::GoButton => ("跳转", "Go"),
        Msg::GoToInvalid => (
            "请输入1917至1991年之间的年份（YYYY）或日期（YYYY-MM-DD）。",
            "Enter a year (YYYY) or a date (YYYY-MM-DD) between 1917 and 1991.",
        ),
        Msg::PrevEvent => ("上一事件", "Previous event"),
        Msg::NextEvent => ("下一事件", "Next event"),
        Msg::MapHeading => ("地图", "Map"),
        Msg::MapLegend => ("图例", "Legend"),
        Msg::StatusTableHeading => ("各地区控制情况", "Who controlled what"),
        Msg::ColRegion => ("地区", "Region"),
        Msg::ColController => ("控制方", "Controlled by"),
        Msg::ColStatus => ("状态", "Status"),
        Msg::ColSince => ("起始", "Since"),
        Msg::ColClaims => ("主张领有", "Claimed by"),
        Msg::Nobody => ("无资料", "No record"),
        Msg::ChangesHeading => ("本年控制权变化", "Changes of control this year"),
        Msg::NoChanges => ("本年没有控制权变化。", "No region changed hands this year."),
        Msg::NoEvents => ("本年没有收录事件。", "No events recorded for this year."),
        Msg::Ongoing => ("持续中", "ongoing"),
        Msg::SourcesLabel => ("来源", "Sources"),
        Msg::NoteLabel => ("说明：资料之间的差异", "Note: where the sources differ"),
        Msg::DataErrorTitle => ("数据文件有错误", "The data files contain errors"),
        Msg::DataErrorIntro => (
            "在修正以下问题之前，无法显示地图和年表：",
            "The map and timeline cannot be shown until these problems are fixed:",
        ),
        Msg::Attribution => (
            "内容依据维基百科《日苏关系》中文与英文条目（CC BY-SA 4.0）及所注明的标准文献，由本项目以自己的语言撰写。地图：Natural Earth（公有领域）。",
            "Content based on the Chinese and English Wikipedia articles on Japan–Soviet relations (CC BY-SA 4.0) and the standard references cited, written in this project’s own words. Map: Natural Earth (public domain).",
        ),
        Msg::EraLabel => ("时期", "Period"),
        Msg::SelectedEvent => ("所选事件", "Selected event"),
        Msg::ShowYear => ("查看全年", "Show the whole year"),
        Msg::SkipToTimeline => ("跳到年份滑块", "Skip to the year slider"),
        Msg::MapDescription => (
            "地图：各地区按所选日期的控制方着色，花纹表示控制状态。可用 Tab 键逐一选择地区。",
            "Map: each region is coloured by who controlled it on the selected date; patterns show the kind of control. Use Tab to visit the regions.",
        ),
        Msg::ZoomIn => ("放大", "Zoom in"),
        Msg::ZoomOut => ("缩小", "Zoom out"),
        Msg::ZoomReset => ("复位", "Reset view"),
        Msg::LegendPowers => ("控制方", "Controlled by"),
        Msg::LegendStatus => ("控制状态", "Kind of control"),
        Msg::LegendClaim => ("虚线边框：另一方主张领有", "Dashed outline: claimed by another power"),
        Msg::LegendChanged => ("粗框：本年易手", "Thick outline: changed hands this year"),
        Msg::LegendEventPlace => ("圆环：本年事件地点", "Ring: place of an event this year"),
        Msg::RegionInfoHint => (
            "将鼠标移到地区上、点按或用 Tab 键选择，即可查看详情。",
            "Hover, tap or Tab to a region to see its details.",
        ),
        Msg::Since => ("起始", "since"),
        Msg::ChangedThisYear => ("本年易手", "changed hands this year"),
        Msg::SeaOfJapan => ("日本海", "Sea of Japan"),
        Msg::SeaOfOkhotsk => ("鄂霍次克海", "Sea of Okhotsk"),
        Msg::PacificOcean => ("太平洋", "Pacific Ocean"),
        Msg::YellowSea => ("黄海", "Yellow Sea"),
        Msg::LakeBaikal => ("← 贝加尔湖", "← Lake Baikal"),
        Msg::Border50N => ("北纬50度线", "50° N border"),
        Msg::Parallel38 => ("北纬38度线", "38th parallel"),
        Msg::AllEventsHeading => ("全部事件年表", "All events, in order"),
        Msg::FilterLabel => ("按类别筛选", "Filter by category"),
        Msg::AllCategories => ("全部", "All"),
        Msg::EventsShown => ("条事件", "events shown"),
        Msg::ErasLabel => ("两篇条目使用的分期", "Periods used by the articles"),
        Msg::ShareButton => ("分享 / 嵌入", "Share / Embed"),
        Msg::ShareTitle => ("分享或嵌入当前视图", "Share or embed this view"),
        Msg::ShareLinkLabel => ("当前视图的链接", "Link to this view"),
        Msg::EmbedCodeLabel => ("嵌入课程网页（Moodle、Canvas、Google 协作平台等）的代码", "Code to embed in a class page (Moodle, Canvas, Google Sites …)"),
        Msg::EmbedSizeLabel => ("嵌入尺寸", "Embed size"),
        Msg::SizeSmall => ("小（480 × 560）", "Small (480 × 560)"),
        Msg::SizeMedium => ("中（800 × 700）", "Medium (800 × 700)"),
        Msg::SizeLarge => ("大（1200 × 820）", "Large (1200 × 820)"),
        Msg::SizeFullWidth => ("自适应宽度（100% × 720）", "Full width (100% × 720)"),
        Msg::CopyButton => ("复制", "Copy"),
        Msg::Copied => ("已复制。", "Copied."),
        Msg::CopyFailed => ("无法自动复制：文字已选中，请按 Ctrl+C（或 ⌘C）。", "Could not copy automatically: the text is selected, press Ctrl+C (or ⌘C)."),
        Msg::CloseButton => ("关闭", "Close"),
        Msg::OpenFullView => ("在新窗口打开完整版", "Open the full view in a new window"),
        Msg::EmbedSandboxHelp => (
            "有些课程平台把嵌入页面放进不含 allow-same-origin 的沙箱，地图会无法加载。遇到这种情况，请改为上传单文件版（japan-soviet-atlas.html，见说明文件），它在任何沙箱中都能运行。",
            "Some class sites put embedded pages in a sandbox without allow-same-origin, where this page cannot load. There, upload the single-file version instead (japan-soviet-atlas.html, see the README): it works in any sandbox.",
        ),
        Msg::EmbedHelp => (
            "嵌入的页面不显示标题栏；链接保留当前年份、日期、语言和所选事件。",
            "The embedded page has no header; the link keeps the current year or date, language and selected event.",
        ),
        Msg::PreviewLabel => ("尺寸预览", "Size preview"),
        Msg::ExportSvg => ("下载地图（SVG）", "Download map (SVG)"),
        Msg::ExportPng => ("下载地图（PNG）", "Download map (PNG)"),
        Msg::ExportLabel => ("导出", "Export"),
        Msg::NoteShort => ("说明", "Note"),
        Msg::LegendRailways => (
            "铁路：线色为经营方，双色虚线为两国合办",
            "Railways: coloured by who ran them, two-colour dashes for a joint management",
        ),
        Msg::RailwaysHeading => ("铁路", "Railways"),
    };
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
}

/// The name of a status.
pub fn status_name(lang: Lang, status: Status) -> &'static str {
    let (zh, en) = match status {
        Status::Sovereign => ("主权领有", "sovereign"),
        Status::Occupied => ("军事占领", "military occupation"),
        Status::Leased => ("租借", "leased"),
        Status::Puppet => ("傀儡政权", "puppet state"),
        Status::Contested => ("交战中", "fighting in progress"),
        Status::Annexed => ("单方面法令吞并", "annexed by decree"),
        Status::Autonomous => ("宗主权下自治", "autonomous under suzerainty"),
    };
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
}

/// The name of an event category.
pub fn category_name(lang: Lang, category: Category) -> &'static str {
    let (zh, en) = match category {
        Category::War => ("战争", "war"),
        Category::Treaty => ("条约", "treaty"),
        Category::Occupation => ("占领", "occupation"),
        Category::Territory => ("领土", "territory"),
        Category::Diplomacy => ("外交", "diplomacy"),
        Category::Economy => ("经济", "economy"),
        Category::Espionage => ("谍报", "espionage"),
        Category::Politics => ("政治", "politics"),
        Category::Context => ("背景", "background"),
        Category::Epilogue => ("后记", "epilogue"),
    };
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
}

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A date at its own precision: "9 August 1945" / "1945年8月9日", "August 1945" / "1945年8月", "1945" / "1945年".
pub fn format_date(lang: Lang, date: Date) -> String {
    let d = date.first_day();
    let (y, m, day) = (d.year(), d.month(), d.day());
    match (lang, date.precision()) {
        (Lang::Zh, Precision::Year) => format!("{y}年"),
        (Lang::Zh, Precision::Month) => format!("{y}年{m}月"),
        (Lang::Zh, Precision::Day) => format!("{y}年{m}月{day}日"),
        (Lang::En, Precision::Year) => format!("{y}"),
        (Lang::En, Precision::Month) => format!("{} {y}", MONTHS_EN[m as usize - 1]),
        (Lang::En, Precision::Day) => format!("{day} {} {y}", MONTHS_EN[m as usize - 1]),
    }
}

/// A day in full.
pub fn format_day(lang: Lang, day: Day) -> String {
    format_date(lang, Date::day(day))
}

/// A date or range: "1918–1922", "9 August 1945 – ongoing".
pub fn format_when(lang: Lang, when: &crate::date::When) -> String {
    use crate::date::End;
    let start = format_date(lang, when.start);
    match when.end {
        End::Same => start,
        End::Until(end) => {
            let sep = if lang == Lang::Zh { "至" } else { " – " };
            format!("{start}{sep}{}", format_date(lang, end))
        }
        End::Open => format!("{start} – {}", tr(lang, Msg::Ongoing)),
    }
}

/// The large heading over the view: what the state shown is.
pub fn selection_heading(lang: Lang, sel: Selection) -> String {
    match (lang, sel) {
        (Lang::Zh, Selection::Year(y)) => format!("{y}年"),
        (Lang::En, Selection::Year(y)) => format!("{y}"),
        (_, Selection::Day(d)) => format_day(lang, d),
    }
}

/// The line under the heading saying which day's state is shown.
pub fn state_caption(lang: Lang, sel: Selection) -> String {
    match (lang, sel) {
        (Lang::Zh, Selection::Year(y)) => format!("地图与表格显示{y}年年底的状况，并列出当年的变化。"),
        (Lang::En, Selection::Year(y)) => {
            format!("The map and table show the state at the end of {y} and list what changed during the year.")
        }
        (Lang::Zh, Selection::Day(d)) => format!("地图与表格显示{}当天的状况。", format_day(lang, d)),
        (Lang::En, Selection::Day(d)) => format!("The map and table show the state on {}.", format_day(lang, d)),
    }
}

/// What the slider reads out: the year and its key event.
pub fn slider_valuetext(lang: Lang, year: i32, key_event: Option<&str>) -> String {
    match (lang, key_event) {
        (Lang::Zh, Some(t)) => format!("{year}年：{t}"),
        (Lang::Zh, None) => format!("{year}年"),
        (Lang::En, Some(t)) => format!("{year}: {t}"),
        (Lang::En, None) => format!("{year}"),
    }
}

/// The heading of the cards: the year they are of (while the slider moves, the cards still show the year it left).
pub fn events_heading(lang: Lang, year: i32) -> String {
    match lang {
        Lang::Zh => format!("{year}年事件"),
        Lang::En => format!("Events of {year}"),
    }
}

/// The button under a long list of cards: "Show all 133 events of this year".
pub fn show_all_events(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Zh => format!("显示本年全部{n}条事件"),
        Lang::En => format!("Show all {n} events of this year"),
    }
}

/// The name of a railway status.
pub fn railway_status_name(lang: Lang, status: RailwayStatus) -> &'static str {
    let (zh, en) = match status {
        RailwayStatus::Concession => ("特许经营", "run under a concession"),
        RailwayStatus::Supervised => ("在监管下经营", "run under supervision"),
        RailwayStatus::Joint => ("两国合办", "joint management"),
        RailwayStatus::State => ("国有铁路", "state railway"),
        RailwayStatus::Contested => ("以武力争夺中", "control disputed by force"),
    };
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
}

/// Who ran a railway: the power, and its partner in a joint management ("Soviet Union with Republic of China").
pub fn railway_controller(lang: Lang, atlas: &crate::timeline::Atlas, p: &crate::model::RailwayPeriod) -> String {
    let power = |id: &str| atlas.power(id).map_or(id.to_string(), |p| p.name.get(lang).to_string());
    match (lang, p.partner.as_deref()) {
        (_, None) => power(&p.power),
        (Lang::Zh, Some(partner)) => format!("{}与{}", power(&p.power), power(partner)),
        (Lang::En, Some(partner)) => format!("{} with {}", power(&p.power), power(partner)),
    }
}

/// One sentence about a railway's state, for its accessible name and tooltip:
/// "Chinese Eastern Railway: Soviet Union with Republic of China, joint management, since October 1924."
pub fn describe_railway(lang: Lang, atlas: &crate::timeline::Atlas, s: &crate::timeline::RailwayState<'_>) -> String {
    let name = s.railway.name.get(lang);
    match (lang, s.control) {
        (Lang::Zh, Some(p)) => format!(
            "{name}：{}，{}，自{}起。",
            railway_controller(lang, atlas, p),
            railway_status_name(lang, p.status),
            format_date(lang, p.from)
        ),
        (Lang::En, Some(p)) => format!(
            "{name}: {}, {}, since {}.",
            railway_controller(lang, atlas, p),
            railway_status_name(lang, p.status),
            format_date(lang, p.from)
        ),
        (Lang::Zh, None) => format!("{name}：{}。", tr(lang, Msg::Nobody)),
        (Lang::En, None) => format!("{name}: {}.", tr(lang, Msg::Nobody)),
    }
}

/// "Since" cell for a period that began before the slider's range.
pub fn since_text(lang: Lang, from: Date) -> String {
    format_date(lang, from)
}

/// One sentence about a region's state, for its accessible name, tooltip and info box:
/// "North Sakhalin: Japan, military occupation, since 1920. Claimed by Japan."
pub fn describe_region(lang: Lang, atlas: &crate::timeline::Atlas, s: &crate::timeline::RegionState<'_>) -> String {
    let power = |id: &str| atlas.power(id).map_or(id.to_string(), |p| p.name.get(lang).to_string());
    let name = s.region.name.get(lang);
    let mut out = match (lang, s.control) {
        (Lang::Zh, Some(p)) => {
            format!("{name}：{}，{}，自{}起", power(&p.power), status_name(lang, p.status), format_date(lang, p.from))
        }
        (Lang::En, Some(p)) => {
            format!("{name}: {}, {}, since {}", power(&p.power), status_name(lang, p.status), format_date(lang, p.from))
        }
        (Lang::Zh, None) => format!("{name}：{}", tr(lang, Msg::Nobody)),
        (Lang::En, None) => format!("{name}: {}", tr(lang, Msg::Nobody)),
    };
    if !s.claims.is_empty() {
        let claimants: Vec<String> = s.claims.iter().map(|c| power(&c.power)).collect();
        match lang {
            Lang::Zh => out.push_str(&format!("。{}主张领有", claimants.join("、"))),
            Lang::En => out.push_str(&format!(". Claimed by {}", claimants.join(", "))),
        }
    }
    out.push_str(if lang == Lang::Zh { "。" } else { "." });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_naturally_in_both_languages() {
        let d: Date = "1945-08-09".parse().unwrap();
        assert_eq!(format_date(Lang::En, d), "9 August 1945");
        assert_eq!(format_date(Lang::Zh, d), "1945年8月9日");
        let m: Date = "1922-10".parse().unwrap();
        assert_eq!(format_date(Lang::En, m), "October 1922");
        assert_eq!(format_date(Lang::Zh, m), "1922年10月");
    }

    #[test]
    fn the_slider_reads_the_year_and_its_key_event() {
        assert_eq!(slider_valuetext(Lang::En, 1941, Some("Neutrality Pact")), "1941: Neutrality Pact");
        assert_eq!(slider_valuetext(Lang::Zh, 1941, None), "1941年");
        assert_eq!(events_heading(Lang::En, 1945), "Events of 1945");
        assert_eq!(events_heading(Lang::Zh, 1945), "1945年事件");
    }

    #[test]
    fn chinese_strings_are_not_english() {
        for msg in [Msg::AppTitle, Msg::SliderLabel, Msg::StatusTableHeading, Msg::ChangesHeading] {
            assert_ne!(tr(Lang::Zh, msg), tr(Lang::En, msg));
            assert!(!tr(Lang::Zh, msg).is_empty());
        }
    }
}
