//! Every string of the interface, in Simplified Chinese and English, and date formatting in both.
//!
//! The view never writes a user-visible word itself: it asks [`tr`] for a [`Msg`], or one of the formatting
//! functions here. The match in [`tr`] is exhaustive, so a message without a translation does not compile, and a
//! test reads every message ([`Msg::ALL`]) in both languages.

use crate::date::{Date, Day, Precision};
use crate::model::{Category, Event, Lang, LangTag, RailwayStatus, Status};
use crate::timeline::{Selection, FIRST_YEAR, LAST_YEAR};

/// Declares [`Msg`] and [`Msg::ALL`] from one list, so that a test can visit every message.
macro_rules! messages {
    ($($name:ident,)*) => {
        /// A fixed interface string.
        #[derive(Clone, Copy, PartialEq, Eq, Debug)]
        pub enum Msg {
            $($name,)*
        }

        impl Msg {
            /// Every message, in declaration order.
            pub const ALL: &'static [Msg] = &[$(Msg::$name,)*];
        }
    };
}

messages! {
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
    PlacesLabel,
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
    SizeResponsive,
    EmbedHostsHelp,
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
    Play,
    Pause,
    PlaySpeed,
    FullScreen,
    StageLabel,
    PrevEventShort,
    PrevPage,
    NextPage,
    ListPagesLabel,
    NextEventShort,
    AboutMapHeading,
    AboutOneColour,
    AboutStatuses,
    AboutOutlines,
    AboutNames,
    AboutDates,
    LegendRailways,
    RailwaysHeading,
    CompareButton,
    CompareTitle,
    CompareDateLabel,
    CompareYearLabel,
    CompareEraLabel,
    CompareEraChoose,
    CompareGo,
    CompareInvalid,
    CompareSwap,
    CompareEnd,
    CompareNone,
    CompareOthers,
    CompareEventHint,
    CompareShowDate,
    QuizStart,
    QuizTitle,
    QuizRight,
    QuizWrong,
    QuizNext,
    QuizFinish,
    QuizRestart,
    QuizNew,
    QuizExit,
    QuizReview,
    QuizNothingToReview,
    QuizHiddenTable,
    QuizMapHidden,
    QuizWhichFirst,
    QuizIncludeOrder,
    QuizChoicesLabel,
    QuizYourAnswer,
    QuizRightAnswer,
    ShareQuizHeading,
    ShareQuizLink,
    ShareQuizEmbed,
    ShareQuizHelp,
    ExitFullScreen,
    ReadMore,
    SelectedEventLabel,
    RegionDetailsLabel,
    PanLeft,
    PanRight,
    PanUp,
    PanDown,
    MapKeys,
    YearBack,
    YearForward,
    ShareShort,
    QuizSettingsLegend,
    QuizCountLabel,
    QuizFromLabel,
    QuizToLabel,
    QuizRegionsLabel,
    QuizOtherQuestions,
    QuizResultCode,
    QuizResultHelp,
    QuizCheckSummary,
    QuizCheckLabel,
    QuizCheckButton,
    QuizCheckMalformed,
    QuizCheckOther,
    ShareFromFile,
    PrintNotesHeading,
    PrintLinkLabel,
}

/// The text of an interface string.
pub const fn tr(lang: Lang, msg: Msg) -> &'static str {
    let (zh, en) = match msg {
        Msg::AppTitle => ("日苏关系地图与年表，1917–1991", "Japan and the Soviet Union, 1917–1991"),
        Msg::AppSubtitle => (
            "拖动年份滑块，查看每个地区在当时由谁控制，以及当年发生的事件。",
            "Drag the year slider to see who controlled each region at the time and what happened that year.",
        ),
        Msg::LanguageLabel => ("语言", "Language"),
        Msg::SliderLabel => ("年份", "Year"),
        Msg::GoToLabel => ("跳转到年份或日期", "Go to a year or date"),
        Msg::GoToPlaceholder => ("1945 或 1945-08-09", "1945 or 1945-08-09"),
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
        Msg::PlacesLabel => ("地点", "Places"),
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
            "地图：各地区按所选日期的控制方着色，花纹表示控制状态。用 Tab 键进入地图。",
            "Map: each region is coloured by who controlled it on the selected date; patterns show the kind of control. Tab enters the map.",
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
        Msg::SizeResponsive => ("自适应（100% 宽，4:3）", "Responsive (100% wide, 4:3)"),
        Msg::EmbedHostsHelp => (
            "Moodle（“嵌入”或网页编辑器）、Canvas（网页编辑器）和 Google 协作平台（“嵌入代码”）都接受这段普通的嵌入代码。Canvas 和部分 Moodle 设置会删掉样式属性：自适应尺寸此时退回固定高度 640 像素；有的平台会删掉全屏许可，全屏按钮便不显示。",
            "A plain iframe like this works in Moodle (Embed or the HTML editor), Canvas (the HTML editor) and Google Sites (Embed code). Canvas and some Moodle set-ups strip the style attribute: the responsive size then falls back to a fixed 640 px height; hosts that strip allow=\"fullscreen\" hide the full-screen button.",
        ),
        Msg::EmbedSandboxHelp => (
            "有些课程平台把嵌入页面放进不含 allow-same-origin 的沙箱，地图会无法加载。遇到这种情况，请改为上传单文件版（japan-soviet-atlas.html，见说明文件），它在任何沙箱中都能运行。",
            "Some class sites put embedded pages in a sandbox without allow-same-origin, where this page cannot load. There, upload the single-file version instead (japan-soviet-atlas.html, see the README): it works in any sandbox.",
        ),
        Msg::EmbedHelp => (
            "嵌入的页面只有一行窄标题栏（语言、全屏和“在新标签页打开”）；链接保留当前年份、日期、语言和所选事件。",
            "The embedded page has a one-line header (language, full screen, and a link to open it in a new tab); the link keeps the current year or date, language and selected event.",
        ),
        Msg::PreviewLabel => ("尺寸预览", "Size preview"),
        Msg::ExportSvg => ("下载地图（SVG）", "Download map (SVG)"),
        Msg::ExportPng => ("下载地图（PNG）", "Download map (PNG)"),
        Msg::ExportLabel => ("导出", "Export"),
        Msg::NoteShort => ("说明", "Note"),
        Msg::Play => ("播放", "Play"),
        Msg::Pause => ("暂停", "Pause"),
        Msg::PlaySpeed => ("播放速度", "Speed"),
        Msg::FullScreen => ("全屏", "Full screen"),
        Msg::StageLabel => ("地图与时间轴", "Map and timeline"),
        Msg::PrevEventShort => ("上一事件", "Previous"),
        Msg::PrevPage => ("上一页", "Previous page"),
        Msg::NextPage => ("下一页", "Next page"),
        Msg::ListPagesLabel => ("事件列表分页", "Pages of the event list"),
        Msg::NextEventShort => ("下一事件", "Next"),
        Msg::AboutMapHeading => ("如何阅读本图", "About this map"),
        Msg::AboutOneColour => (
            "每个地区只用一种颜色：即在所选日期控制该地区主要中心城市（如符拉迪沃斯托克、哈巴罗夫斯克、赤塔、奉天、京城）的一方。同一地区内还有其他政权或军队时，表格中该地区的“说明”会列出他们。",
            "Each region has one colour: the power that held its main centre (Vladivostok, Khabarovsk, Chita, Mukden, Seoul …) on the date shown. Where other governments or armies held parts of the region at the same time, the region’s note in the table names them.",
        ),
        Msg::AboutStatuses => ("花纹表示控制的性质：", "The pattern shows the kind of control:"),
        Msg::AboutOutlines => (
            "虚线边框表示另有一方主张领有该地区；粗框表示该地区在本年内易手；圆环标出本年事件的发生地点。",
            "A dashed outline means another power claimed the region; a thick outline means it changed hands during the year; a ring marks the place of an event of the year.",
        ),
        Msg::AboutNames => (
            "地名采用当时的名称；被日本占领或由伪政权统治期间，用的是占领方的正式名称（如1937–1945年的北京、新京、奉天），与事件卡片一致。各地当时的日文和俄文名称以小字附在旁边：表格中在地区名称下方，事件卡片中在每个地点之后，地图说明中在所选地区之后。",
            "Places bear the names of the time; under Japanese occupation or a puppet regime, the occupier’s official names (Peking 1937–1945, Hsinking, Mukden), as on the cards. In small type beside them, their Japanese and Russian names of the time: under each region’s name in the table, after each place on an event card, and after the focused region in the map’s details.",
        ),
        Msg::AboutDates => (
            "选择整年时，地图和表格显示该年年底的状况；选择某一天时，显示当天的状况。所有日期和事实都注明出处，资料之间的差异写在说明里。",
            "With a whole year selected, the map and table show the state at the end of that year; with a day selected, the state on that day. Every date and fact has its source, and where the sources disagree the notes say so.",
        ),
        Msg::LegendRailways => (
            "铁路：线色为经营方，双色虚线为两国合办",
            "Railways: coloured by who ran them, two-colour dashes for a joint management",
        ),
        Msg::RailwaysHeading => ("铁路", "Railways"),
        Msg::CompareButton => ("与另一日期比较…", "Compare with…"),
        Msg::CompareTitle => ("比较两个日期", "Compare two dates"),
        Msg::CompareDateLabel => ("输入年份或日期", "Type a year or a date"),
        Msg::CompareYearLabel => ("或拖动选择年份", "or drag to a year"),
        Msg::CompareEraLabel => ("或选择一个时期的开始", "or the start of a period"),
        Msg::CompareEraChoose => ("选择时期…", "Choose a period…"),
        Msg::CompareGo => ("比较", "Compare"),
        Msg::CompareInvalid => (
            "请输入1917至1991年之间的年份（YYYY）或日期（YYYY-MM-DD）。",
            "Enter a year (YYYY) or a date (YYYY-MM-DD) between 1917 and 1991.",
        ),
        Msg::CompareSwap => ("地图改显示另一日期", "Show the other date on the map"),
        Msg::CompareEnd => ("结束比较", "End the comparison"),
        Msg::CompareNone => ("这两个日期之间没有地区易手。", "No region changed hands between these dates."),
        Msg::CompareOthers => (
            "期间曾有变化、但两个日期由同一方控制的地区",
            "Held by the same power at both dates, but changed in between",
        ),
        Msg::CompareEventHint => (
            "点按事件可在地图上标出其地点，并在下方显示摘要。",
            "Press an event to mark its places on the map and read its summary below.",
        ),
        Msg::CompareShowDate => ("在地图上查看这一天", "Show this day on the map"),
        Msg::QuizStart => ("自我测验", "Test yourself"),
        Msg::QuizTitle => ("自我测验：当时由谁控制？", "Test yourself: who held it?"),
        Msg::QuizRight => ("答对了！", "Right!"),
        Msg::QuizWrong => ("答错了。", "Not quite."),
        Msg::QuizNext => ("下一题", "Next question"),
        Msg::QuizFinish => ("查看成绩", "See your score"),
        Msg::QuizRestart => ("重做这组题", "Try these again"),
        Msg::QuizNew => ("换一组新题", "New questions"),
        Msg::QuizExit => ("退出测验", "Leave the quiz"),
        Msg::QuizReview => ("值得复习的日期", "Dates to review"),
        Msg::QuizNothingToReview => ("全部答对，没有需要复习的日期。", "All right: nothing to review."),
        Msg::QuizHiddenTable => (
            "测验进行中：此表会泄露答案，作答后再显示。",
            "Hidden during the quiz: the table would give the answer away. It returns once you answer.",
        ),
        Msg::QuizMapHidden => (
            "作答之前，地图不显示控制方的颜色。",
            "Until you answer, the map shows no one’s colours.",
        ),
        Msg::QuizWhichFirst => ("哪件事先发生？", "Which came first?"),
        Msg::QuizIncludeOrder => ("加入“哪件事先发生？”题", "Include “Which came first?” questions"),
        Msg::QuizChoicesLabel => ("选项", "Choices"),
        Msg::QuizYourAnswer => ("你的答案", "your answer"),
        Msg::QuizRightAnswer => ("正确答案", "the right answer"),
        Msg::ShareQuizHeading => ("给全班的测验", "A quiz for a class"),
        Msg::ShareQuizLink => ("测验链接（每人题目相同、顺序相同）", "Link to the quiz (the same questions, in the same order, for everyone)"),
        Msg::ShareQuizEmbed => ("嵌入测验的代码", "Code to embed the quiz"),
        Msg::ShareQuizHelp => (
            "链接固定了随机种子：同一链接总是给出同样的题目，全班拿到的是同一套题。上面的设置会写进链接和嵌入代码；“换一套题”换一个种子。",
            "The link fixes the random seed: the same link always gives the same questions, so the whole class gets one quiz. The settings above go into the link and the code; “Other questions” picks another seed.",
        ),
        Msg::ExitFullScreen => ("退出全屏", "Exit full screen"),
        Msg::ReadMore => ("阅读全文", "Read more"),
        Msg::SelectedEventLabel => ("所选事件", "Selected event"),
        Msg::RegionDetailsLabel => ("地区详情", "Region details"),
        Msg::PanLeft => ("地图向左移", "Pan left"),
        Msg::PanRight => ("地图向右移", "Pan right"),
        Msg::PanUp => ("地图向上移", "Pan up"),
        Msg::PanDown => ("地图向下移", "Pan down"),
        Msg::MapKeys => (
            "方向键在地区之间移动，回车键显示所选地区的详情，Esc键关闭详情；Shift加方向键平移地图，+和−键缩放，0键复原。",
            "Arrow keys move between regions, Enter shows a region’s details and Esc closes them; Shift with the arrow keys pans the map, + and − zoom, 0 resets it.",
        ),
        Msg::YearBack => ("前一年", "One year back"),
        Msg::YearForward => ("后一年", "One year forward"),
        Msg::ShareShort => ("分享", "Share"),
        Msg::QuizSettingsLegend => ("测验设置", "Quiz settings"),
        Msg::QuizCountLabel => ("题数", "Questions"),
        Msg::QuizFromLabel => ("起始年份", "From year"),
        Msg::QuizToLabel => ("结束年份", "To year"),
        Msg::QuizRegionsLabel => ("只问这些地区（不选即全部）", "Only these regions (none chosen: all)"),
        Msg::QuizOtherQuestions => ("换一套题", "Other questions"),
        Msg::QuizResultCode => ("你的成绩码", "Your result code"),
        Msg::QuizResultHelp => (
            "把这个码交给老师：老师打开同一个测验链接，在“核对学生的成绩码”中输入它，就能看到你的得分和答错的题。",
            "Give this code to your teacher: they open the same quiz link and type it under “Check a student’s result code” to see your score and which questions you missed.",
        ),
        Msg::QuizCheckSummary => ("核对学生的成绩码", "Check a student’s result code"),
        Msg::QuizCheckLabel => ("成绩码", "Result code"),
        Msg::QuizCheckButton => ("核对", "Check"),
        Msg::ShareFromFile => (
            "这个页面是从文件打开的（单文件版或本机文件）：下面的链接只在这台电脑上有效，别人打不开。要分享，请把文件上传到课程平台或网站，再分享那里的地址；也可以把文件本身发给学生。",
            "This page was opened from a file (the single file, or a copy on this computer): the links below work only on this computer, and nobody else can open them. To share, upload the file to your LMS or a web site and share its address there, or give students the file itself.",
        ),
        Msg::PrintNotesHeading => ("说明与来源", "Notes and sources"),
        Msg::PrintLinkLabel => ("在线打开同一视图", "Open this view online"),
        Msg::QuizCheckMalformed => ("这不是成绩码，请检查是否抄错。", "That is not a result code: check it was copied whole."),
        Msg::QuizCheckOther => (
            "这个成绩码不属于本测验（题数、年份或地区设置不同），或有字符抄错。",
            "That code is not from this quiz (other questions, years or regions), or a character was mistyped.",
        ),
    };
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
}

/// While the texts of `target` (each language's are a file of their own, fetched when first needed) are on their
/// way, in `lang`.
pub fn texts_loading(lang: Lang, target: Lang) -> &'static str {
    match (lang, target) {
        (Lang::Zh, Lang::Zh) => "正在加载中文内容…",
        (Lang::Zh, Lang::En) => "正在加载英文内容…",
        (Lang::En, Lang::Zh) => "Loading the Chinese texts…",
        (Lang::En, Lang::En) => "Loading the English texts…",
    }
}

/// When the texts of `target` could not be fetched, in `lang`: what to do about it.
pub fn texts_failed(lang: Lang, target: Lang) -> &'static str {
    match (lang, target) {
        (Lang::Zh, Lang::Zh) => "中文内容未能加载。请检查网络连接，然后再按一次“中文”。",
        (Lang::Zh, Lang::En) => "英文内容未能加载。请检查网络连接，然后再按一次“English”。",
        (Lang::En, Lang::Zh) => "The Chinese texts could not be loaded. Check the connection, then press “中文” again.",
        (Lang::En, Lang::En) => {
            "The English texts could not be loaded. Check the connection, then press “English” again."
        }
    }
}

/// The name of a status.
pub const fn status_name(lang: Lang, status: Status) -> &'static str {
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

/// What a status means, in a sentence, for the "About this map" panel.
pub fn status_description(lang: Lang, status: Status) -> &'static str {
    let (zh, en) = match status {
        Status::Sovereign => ("作为本国领土或依条约领有。", "held as the power’s own territory, or by treaty."),
        Status::Occupied => (
            "外国军队的军事占领，当地往往另有行政当局。",
            "military occupation by a foreign army, often with a local administration under it.",
        ),
        Status::Leased => (
            "依租借或共同使用的协定据有，主权在名义上仍属他国。",
            "held under a lease or a joint-use agreement, while sovereignty stayed nominally with another state.",
        ),
        Status::Puppet => (
            "名义上由傀儡政权统治，实权在扶植它的国家手中。",
            "nominally ruled by a puppet state; real power lay with the state that set it up.",
        ),
        Status::Contested => (
            "战斗正在进行；颜色表示当时仍据有主要中心城市的一方。",
            "fighting in progress; the colour is the power that still held the main centre.",
        ),
        Status::Annexed => (
            "以单方面法令吞并，原领有国不予承认。",
            "annexed by a unilateral decree that the former holder does not recognise.",
        ),
        Status::Autonomous => (
            "在他国宗主权之下自治，并非完全独立；宗主国的主张另行标出。",
            "self-governing under another state's suzerainty, not fully sovereign; the suzerain's claim is shown apart.",
        ),
    };
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
}

/// The name of a language of local names, for the hidden label before each name ("Japanese: 豊原").
pub fn local_lang_label(lang: Lang, tag: LangTag) -> &'static str {
    match (lang, tag) {
        (Lang::Zh, LangTag::Ja) => "日文名",
        (Lang::Zh, LangTag::Ru) => "俄文名",
        (Lang::En, LangTag::Ja) => "Japanese name",
        (Lang::En, LangTag::Ru) => "Russian name",
    }
}

/// The name of an event category.
pub const fn category_name(lang: Lang, category: Category) -> &'static str {
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

/// The heading over the view: [`selection_heading`], or the own date of a selected event outside the map's years
/// ([`crate::timeline::Atlas::event_outside_map`]): "5 September 1905".
pub fn date_heading(lang: Lang, sel: Selection, outside: Option<&Event>) -> String {
    match outside {
        Some(e) => format_when(lang, &e.when),
        None => selection_heading(lang, sel),
    }
}

/// The line under [`date_heading`]: [`state_caption`], or for an event outside the map's years, which day the map
/// and the table show instead: "The map and table cover 1917–1991: shown at 1 January 1917."
pub fn date_caption(lang: Lang, sel: Selection, outside: Option<&Event>) -> String {
    if outside.is_none() {
        return state_caption(lang, sel);
    }
    let day = format_day(lang, sel.state_day());
    match lang {
        Lang::Zh => format!("地图与表格涵盖{FIRST_YEAR}–{LAST_YEAR}年：此处显示{day}的状况。"),
        Lang::En => format!("The map and table cover {FIRST_YEAR}–{LAST_YEAR}: shown at {day}."),
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

/// A choice of playing speed: seconds a year ("1 s a year" / "每年 1 秒").
pub fn speed_label(lang: Lang, tenths: u32) -> String {
    let s =
        if tenths.is_multiple_of(10) { format!("{}", tenths / 10) } else { format!("{}.{}", tenths / 10, tenths % 10) };
    match lang {
        Lang::Zh => format!("每年 {s} 秒"),
        Lang::En => format!("{s} s a year"),
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

/// Where a page of the full event list sits: "Events 201–400 of 10000".
pub fn list_page_label(lang: Lang, first: usize, last: usize, total: usize) -> String {
    match lang {
        Lang::Zh => format!("第{first}–{last}条，共{total}条"),
        Lang::En => format!("Events {first}–{last} of {total}"),
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
    let power = |id: crate::model::PowerId| atlas.power(id).name.get(lang).to_string();
    match (lang, p.partner) {
        (_, None) => power(p.power),
        (Lang::Zh, Some(partner)) => format!("{}与{}", power(p.power), power(partner)),
        (Lang::En, Some(partner)) => format!("{} with {}", power(p.power), power(partner)),
    }
}

/// One sentence about a railway's state, for its accessible name and tooltip:
/// "Chinese Eastern Railway: Soviet Union with Republic of China, joint management, since October 1924."
pub fn describe_railway(lang: Lang, atlas: &crate::timeline::Atlas, s: &crate::timeline::RailwayState<'_>) -> String {
    let name = s.railway.name.get(lang);
    match (lang, s.control) {
        (Lang::Zh, Some(p)) => format!(
            "{name}：{}，{}，{}。",
            railway_controller(lang, atlas, p),
            railway_status_name(lang, p.status),
            since_clause(lang, p.from)
        ),
        (Lang::En, Some(p)) => format!(
            "{name}: {}, {}, {}.",
            railway_controller(lang, atlas, p),
            railway_status_name(lang, p.status),
            since_clause(lang, p.from)
        ),
        (Lang::Zh, None) => format!("{name}：{}。", tr(lang, Msg::Nobody)),
        (Lang::En, None) => format!("{name}: {}.", tr(lang, Msg::Nobody)),
    }
}

/// A colon after a label: full-width in Chinese ("来源：").
pub const fn colon(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "：",
        Lang::En => ": ",
    }
}

/// The "Since" cell: the period's start, or "before 1917" where it is only the record's first day.
pub fn since_text(lang: Lang, from: Date) -> String {
    match (lang, crate::timeline::begins_with_record(from)) {
        (_, false) => format_date(lang, from),
        (Lang::Zh, true) => format!("{}年以前", crate::timeline::FIRST_YEAR),
        (Lang::En, true) => format!("before {}", crate::timeline::FIRST_YEAR),
    }
}

/// "since 9 August 1945" / "自1945年8月9日起"; "since before 1917" / "始于1917年以前" where the period only begins
/// with the record.
pub fn since_clause(lang: Lang, from: Date) -> String {
    match (lang, crate::timeline::begins_with_record(from)) {
        (Lang::Zh, false) => format!("自{}起", format_date(lang, from)),
        (Lang::En, false) => format!("since {}", format_date(lang, from)),
        (Lang::Zh, true) => format!("始于{}", since_text(lang, from)),
        (Lang::En, true) => format!("since {}", since_text(lang, from)),
    }
}

/// One sentence about a region's state, for its accessible name, tooltip and info box:
/// "North Sakhalin: Japan, military occupation, since 1920. Claimed by Japan."
pub fn describe_region(lang: Lang, atlas: &crate::timeline::Atlas, s: &crate::timeline::RegionState<'_>) -> String {
    let power = |id: crate::model::PowerId| atlas.power(id).name.get(lang);
    let name = s.region.name.get(lang);
    let mut out = match (lang, s.control) {
        (Lang::Zh, Some(p)) => {
            format!("{name}：{}，{}，{}", power(p.power), status_name(lang, p.status), since_clause(lang, p.from))
        }
        (Lang::En, Some(p)) => {
            format!("{name}: {}, {}, {}", power(p.power), status_name(lang, p.status), since_clause(lang, p.from))
        }
        (Lang::Zh, None) => format!("{name}：{}", tr(lang, Msg::Nobody)),
        (Lang::En, None) => format!("{name}: {}", tr(lang, Msg::Nobody)),
    };
    if !s.claims.is_empty() {
        let claimants: Vec<&str> = s.claims.iter().map(|c| power(c.power)).collect();
        match lang {
            Lang::Zh => out.push_str(&format!("。{}主张领有", claimants.join("、"))),
            Lang::En => out.push_str(&format!(". Claimed by {}", claimants.join(", "))),
        }
    }
    out.push_str(if lang == Lang::Zh { "。" } else { "." });
    out
}

/// Where a selection's state is taken: "at the end of 1939" / "on 9 August 1945".
pub fn state_point(lang: Lang, sel: Selection) -> String {
    match (lang, sel) {
        (Lang::Zh, Selection::Year(y)) => format!("{y}年年底"),
        (Lang::En, Selection::Year(y)) => format!("at the end of {y}"),
        (Lang::Zh, Selection::Day(d)) => format_day(lang, d),
        (Lang::En, Selection::Day(d)) => format!("on {}", format_day(lang, d)),
    }
}

/// The heading of a comparison: "Between 1939 and 1946" / "1939年至1946年之间".
pub fn compare_heading(lang: Lang, earlier: Selection, later: Selection) -> String {
    let (a, b) = (selection_heading(lang, earlier), selection_heading(lang, later));
    match lang {
        Lang::Zh => format!("{a}至{b}之间"),
        Lang::En => format!("Between {a} and {b}"),
    }
}

/// What the map shows in a comparison: the shown date, and which regions are outlined.
pub fn compare_caption(lang: Lang, shown: Selection, other: Selection) -> String {
    match lang {
        Lang::Zh => format!(
            "地图显示{}的状况；粗线勾出的地区在{}由另一方控制。",
            state_point(lang, shown),
            state_point(lang, other)
        ),
        Lang::En => format!(
            "The map shows the state {}; outlined regions were held by another power {}.",
            state_point(lang, shown),
            state_point(lang, other)
        ),
    }
}

/// The legend entry of a comparison's outline.
pub fn compare_legend(lang: Lang, other: Selection) -> String {
    match lang {
        Lang::Zh => format!("粗双线：{}由另一方控制", state_point(lang, other)),
        Lang::En => format!("Double outline: held by another power {}", state_point(lang, other)),
    }
}

/// "Who controlled Kunashiri on 4 September 1945?"
pub fn quiz_question(lang: Lang, region: &str, day: Day) -> String {
    match lang {
        Lang::Zh => format!("{}，{region}由谁控制？", format_day(lang, day)),
        Lang::En => format!("Who controlled {region} on {}?", format_day(lang, day)),
    }
}

/// "Question 3 of 10 · Score: 2"
pub fn quiz_progress(lang: Lang, number: usize, total: usize, score: usize) -> String {
    match lang {
        Lang::Zh => format!("第{number}题，共{total}题 · 得分：{score}"),
        Lang::En => format!("Question {number} of {total} · Score: {score}"),
    }
}

/// The right answer in a sentence: who, how and since when.
pub fn quiz_answer(lang: Lang, region: &str, day: Day, power: &str, status: Status, since: Date) -> String {
    let (d, how, since) = (format_day(lang, day), status_name(lang, status), since_clause(lang, since));
    match lang {
        Lang::Zh => format!("{d}的{region}：{power}，{how}，{since}。"),
        Lang::En => format!("{region} on {d}: {power}, {how}, {since}."),
    }
}

/// What a student's result code says: "7 of 10 right (seed 4242). Missed: questions 2, 5 and 9."
pub fn quiz_check_result(lang: Lang, c: &crate::quiz_code::Checked) -> String {
    let list = |sep: &str| c.wrong.iter().map(|n| n.to_string()).collect::<Vec<_>>().join(sep);
    match (lang, c.wrong.is_empty()) {
        (Lang::Zh, true) => format!("{}题全部答对（种子{}）。", c.total, c.seed),
        (Lang::Zh, false) => format!("{}题中答对{}题（种子{}）。答错：第{}题。", c.total, c.score, c.seed, list("、")),
        (Lang::En, true) => format!("All {} right (seed {}).", c.total, c.seed),
        (Lang::En, false) => {
            format!("{} of {} right (seed {}). Missed: questions {}.", c.score, c.total, c.seed, list(", "))
        }
    }
}

/// The answer to "Which came first?".
pub fn quiz_order_answer(lang: Lang, first: &str, first_when: &str, then: &str, then_when: &str) -> String {
    match lang {
        Lang::Zh => format!("“{first}”（{first_when}）在先，“{then}”（{then_when}）在后。"),
        Lang::En => format!("“{first}” ({first_when}) came before “{then}” ({then_when})."),
    }
}

/// "Your score: 7 of 10"
pub fn quiz_score(lang: Lang, score: usize, total: usize) -> String {
    match lang {
        Lang::Zh => format!("得分：{score}／{total}"),
        Lang::En => format!("Your score: {score} of {total}"),
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn the_texts_loading_and_failed_messages_name_the_language_in_the_reader_s_language() {
        for target in Lang::ALL {
            let (zh_name, en_name) = if target == Lang::Zh { ("中文", "Chinese") } else { ("英文", "English") };
            assert!(texts_loading(Lang::Zh, target).contains(zh_name));
            assert!(texts_loading(Lang::En, target).contains(en_name));
            assert!(texts_failed(Lang::Zh, target).starts_with(zh_name));
            assert!(texts_failed(Lang::En, target).contains(en_name));
            // The failure says which button to press again, as the button reads.
            let button = if target == Lang::Zh { "“中文”" } else { "“English”" };
            assert!(texts_failed(Lang::Zh, target).contains(button) && texts_failed(Lang::En, target).contains(button));
            assert!(!texts_loading(Lang::Zh, target).chars().any(|c| c.is_ascii_alphabetic()));
        }
    }
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

    /// Latin words a Chinese string may hold: names of products, keys, formats and licences.
    const LATIN_IN_CHINESE: &[&str] = &[
        "Tab", "Esc", "Shift", "Moodle", "Canvas", "Google", "allow", "same", "origin", "japan", "soviet", "atlas",
        "html", "Ctrl", "C", "SVG", "PNG", "YYYY", "MM", "DD", "CC", "BY", "SA", "Natural", "Earth",
        // URL parameters a teacher types (the quiz link's help).
        "from", "to", "regions", "kurils", "habomai", "n", "seed",
    ];

    fn latin_words(s: &str) -> Vec<&str> {
        s.split(|c: char| !c.is_ascii_alphabetic()).filter(|w| !w.is_empty()).collect()
    }

    fn numbers(s: &str) -> Vec<&str> {
        let mut n: Vec<&str> = s.split(|c: char| !c.is_ascii_digit()).filter(|w| !w.is_empty()).collect();
        n.sort_unstable();
        n
    }

    fn is_cjk(c: char) -> bool {
        ('\u{4e00}'..='\u{9fff}').contains(&c)
    }

    /// What every interface string must be, in both languages: written, translated, with nothing left to fill in.
    fn check_pair(what: &str, zh: &str, en: &str, same_numbers: bool) {
        for (lang, text) in [("zh", zh), ("en", en)] {
            assert!(!text.trim().is_empty(), "{what} ({lang}) is empty");
            assert_eq!(text.trim(), text, "{what} ({lang}) has spaces at an end");
            for leftover in ["{", "}", "%s", "%d", "TODO", "FIXME", "XXX", "TBD", "lorem", "\\n"] {
                assert!(!text.contains(leftover), "{what} ({lang}) holds `{leftover}`: {text}");
            }
        }
        assert!(zh.chars().any(is_cjk), "{what}: the Chinese is not Chinese: {zh}");
        assert!(!en.chars().any(is_cjk), "{what}: the English holds Chinese: {en}");
        for w in latin_words(zh) {
            assert!(LATIN_IN_CHINESE.contains(&w), "{what}: English `{w}` in the Chinese: {zh}");
        }
        if same_numbers {
            assert_eq!(numbers(zh), numbers(en), "{what}: the two languages give different numbers");
        }
    }

    #[test]
    fn the_about_panel_explains_the_one_colour_rule_and_every_status_in_both_languages() {
        assert!(tr(Lang::En, Msg::AboutOneColour).contains("main centre"));
        assert!(tr(Lang::En, Msg::AboutOneColour).contains("note"));
        assert!(tr(Lang::Zh, Msg::AboutOneColour).contains("主要中心城市"));
        assert!(tr(Lang::Zh, Msg::AboutOneColour).contains("说明"));
        for s in Status::ALL {
            for lang in Lang::ALL {
                let d = status_description(lang, s);
                assert!(d.len() > 10, "{s:?} {lang:?}");
                assert_ne!(d, status_name(lang, s));
            }
            assert!(!status_description(Lang::Zh, s).bytes().any(|b| b.is_ascii_alphabetic()), "{s:?}");
        }
        let all: Vec<&str> = Status::ALL.iter().map(|s| status_description(Lang::En, *s)).collect();
        assert_eq!(all.len(), all.iter().collect::<std::collections::HashSet<_>>().len(), "each status its own text");
        assert_eq!(local_lang_label(Lang::En, LangTag::Ja), "Japanese name");
        assert_eq!(local_lang_label(Lang::Zh, LangTag::Ru), "俄文名");
    }

    #[test]
    fn comparisons_and_quiz_questions_read_naturally_in_both_languages() {
        let (a, b) = (Selection::Year(1939), Selection::Year(1946));
        assert_eq!(compare_heading(Lang::En, a, b), "Between 1939 and 1946");
        assert_eq!(compare_heading(Lang::Zh, a, b), "1939年至1946年之间");
        let d: Day = "1945-09-04".parse().unwrap();
        assert_eq!(quiz_question(Lang::En, "Kunashiri", d), "Who controlled Kunashiri on 4 September 1945?");
        assert_eq!(quiz_question(Lang::Zh, "国后岛", d), "1945年9月4日，国后岛由谁控制？");
        let since: Date = "1945-09-01".parse().unwrap();
        assert_eq!(
            quiz_answer(Lang::En, "Kunashiri", d, "Soviet Union", Status::Occupied, since),
            "Kunashiri on 4 September 1945: Soviet Union, military occupation, since 1 September 1945."
        );
        assert_eq!(quiz_progress(Lang::Zh, 3, 10, 2), "第3题，共10题 · 得分：2");
        assert_eq!(state_point(Lang::En, Selection::Day(d)), "on 4 September 1945");
    }

    #[test]
    fn chinese_strings_are_not_english() {
        for msg in [
            Msg::AppTitle,
            Msg::SliderLabel,
            Msg::StatusTableHeading,
            Msg::ChangesHeading,
            Msg::AboutMapHeading,
            Msg::AboutOneColour,
            Msg::AboutStatuses,
            Msg::AboutOutlines,
            Msg::AboutNames,
            Msg::AboutDates,
            Msg::PlacesLabel,
            Msg::CompareButton,
            Msg::QuizStart,
            Msg::QuizHiddenTable,
            Msg::ShareQuizLink,
        ] {
            assert_ne!(tr(Lang::Zh, msg), tr(Lang::En, msg));
            assert!(!tr(Lang::Zh, msg).is_empty());
        }
    }

    #[test]
    fn every_message_is_written_in_both_languages() {
        assert!(Msg::ALL.len() > 70);
        for (i, msg) in Msg::ALL.iter().enumerate() {
            assert!(!Msg::ALL[..i].contains(msg), "{msg:?} listed twice");
            check_pair(&format!("{msg:?}"), tr(Lang::Zh, *msg), tr(Lang::En, *msg), true);
        }
        for s in Status::ALL {
            check_pair(&format!("{s:?}"), status_name(Lang::Zh, s), status_name(Lang::En, s), true);
        }
        for c in Category::ALL {
            check_pair(&format!("{c:?}"), category_name(Lang::Zh, c), category_name(Lang::En, c), true);
        }
    }

    #[test]
    fn every_formatted_message_fills_its_values_in_both_languages() {
        let day: Day = "1945-08-09".parse().unwrap();
        let range: crate::date::When = "1918-08/1922-10-25".parse().unwrap();
        let open: crate::date::When = "1945-08-09/".parse().unwrap();
        let event = Event {
            id: "portsmouth".into(),
            when: "1905-09-05".parse().unwrap(),
            category: Category::Treaty,
            places: vec![],
            key: true,
            title: crate::model::Text { zh: "朴次茅斯和约".into(), en: "Treaty of Portsmouth".into() },
            summary: crate::model::Text::default(),
            note: None,
            sources: vec![],
        };
        let first = Selection::Day("1917-01-01".parse().unwrap());
        let both = |f: &dyn Fn(Lang) -> String| (f(Lang::Zh), f(Lang::En));
        let cases: Vec<(&str, (String, String))> = vec![
            ("format_day", both(&|l| format_day(l, day))),
            ("format_when range", both(&|l| format_when(l, &range))),
            ("format_when open", both(&|l| format_when(l, &open))),
            ("selection_heading year", both(&|l| selection_heading(l, Selection::Year(1932)))),
            ("state_caption year", both(&|l| state_caption(l, Selection::Year(1932)))),
            ("state_caption day", both(&|l| state_caption(l, Selection::Day(day)))),
            ("date_heading outside", both(&|l| date_heading(l, first, Some(&event)))),
            ("date_caption outside", both(&|l| date_caption(l, first, Some(&event)))),
            ("slider_valuetext", both(&|l| slider_valuetext(l, 1905, Some(event.title.get(l))))),
            ("events_heading", both(&|l| events_heading(l, 1945))),
            ("show_all_events", both(&|l| show_all_events(l, 133))),
        ];
        // Dates name their month in English and number it in Chinese: only the counts must agree.
        for (what, (zh, en)) in &cases {
            check_pair(what, zh, en, !what.contains("day") && !what.contains("when") && !what.contains("outside"));
        }
        assert_eq!(cases[6].1, ("1905年9月5日".to_string(), "5 September 1905".to_string()));
        assert_eq!(cases[10].1, ("显示本年全部133条事件".to_string(), "Show all 133 events of this year".to_string()));
    }
}
