//! A compact binary form of the validated data, so that the app carries no TOML parser and loads one language's
//! texts at a time.
//!
//! The app's build script loads and validates the TOML files (with [`crate::data`]) and writes ([`encode`]):
//! - **the core** ([`Packed::core`], embedded in the wasm): everything that is the same in both languages (ids,
//!   dates, statuses, places, colours, the map positions of points, which notes exist, the sources cited), and the
//!   names the map, its legend and the status table show (powers, regions, places, periods, railways and their
//!   stations: ~2 kB a language, 1 kB brotli), so that the map's first frame is complete and a language switch
//!   redraws the map at once; or the list of [`DataError`]s as the lines a reader sees (the app only shows them,
//!   so it carries none of the code that formats them);
//! - **the texts of each language** ([`Packed::texts`], one file per language, fetched by the app when the reader
//!   needs them, ~20 kB brotli each): the titles, summaries and notes of the events, the notes of the control
//!   periods and of the railways' periods, and the titles of the sources, in one fixed order ([`texts`]), read into
//!   the decoded data by [`fill_texts`].
//!
//! A checksum of all three ([`Packed::id`]) is in each part and names the text files, so texts never meet a core
//! of another build. Fields the app never reads are not packed: the sources' URLs, the sources and notes of claims
//! and of eras, the sources of local names, railways and railway periods, the coordinates of points and stations
//! (points carry their projected map position, `xy`) and where coordinates come from.
//!
//! The format is private to this crate: length-prefixed UTF-8 strings and LEB128 numbers, fields in declaration
//! order, dates as their text. A record that names another holds its index (its typed id, see
//! [`crate::model::RegionId`]), not its id as written: a list is always read after the lists it points into, and
//! an index past the end of its list is a corrupt input.

use crate::date::{Date, When};
use crate::model::*;
use crate::palette::Colour;
use crate::timeline::Atlas;
use crate::DataError;

const MAGIC: &[u8; 4] = b"JSA4";
const TEXTS_MAGIC: &[u8; 4] = b"JST3";

/// What the build writes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Packed {
    /// The language-neutral data (or the data errors), for the wasm.
    pub core: Vec<u8>,
    /// Each language's texts (Chinese, then English); none when the data has errors.
    pub texts: Vec<(Lang, Vec<u8>)>,
    /// A checksum of the core and both languages' texts.
    pub id: u64,
}

impl Packed {
    /// The file name of one language's texts: `atlas-<id>.<lang>.bin`.
    pub fn texts_file(&self, lang: Lang) -> String {
        texts_file(self.id, lang)
    }
}

/// The file name of one language's texts for the build with this id.
pub fn texts_file(id: u64, lang: Lang) -> String {
    format!("atlas-{id:016x}.{}.bin", lang.code())
}

/// Encode a load result.
pub fn encode(result: &Result<Atlas, Vec<DataError>>) -> Packed {
    match result {
        Ok(atlas) => {
            let mut body = Writer(Vec::new());
            body.atlas(atlas);
            let bodies: Vec<(Lang, Vec<u8>)> = Lang::ALL
                .into_iter()
                .map(|lang| {
                    let mut w = Writer(Vec::new());
                    w.list(&texts(atlas), |w, t| w.s(t.get(lang)));
                    (lang, w.0)
                })
                .collect();
            let id = fnv1a(std::iter::once(&body.0).chain(bodies.iter().map(|(_, b)| b)));
            let mut core = Writer(MAGIC.to_vec());
            core.u(0);
            core.0.extend_from_slice(&id.to_le_bytes());
            core.0.extend_from_slice(&body.0);
            let texts = bodies
                .into_iter()
                .map(|(lang, body)| {
                    let mut w = TEXTS_MAGIC.to_vec();
                    w.push(lang_byte(lang));
                    w.extend_from_slice(&id.to_le_bytes());
                    w.extend_from_slice(&body);
                    (lang, w)
                })
                .collect();
            Packed { core: core.0, texts, id }
        }
        Err(errors) => {
            let mut w = Writer(MAGIC.to_vec());
            w.u(1);
            w.u(errors.len());
            for e in errors {
                w.s(&e.to_string());
            }
            let id = fnv1a([&w.0]);
            Packed { core: w.0, texts: Vec::new(), id }
        }
    }
}

/// Decode a core that [`encode`] wrote: the data without the texts of the text files (they read as empty until
/// [`fill_texts`]).
///
/// # Errors
///
/// The data problems the build found, each as the line a reader sees (`events.toml: event `x`: …`); or, for a
/// corrupt or truncated input, one line saying so (never a panic).
pub fn decode(bytes: &[u8]) -> Result<Atlas, Vec<String>> {
    let corrupt = || vec!["packed data: build: the embedded data is corrupt; rebuild the app".to_string()];
    let mut r = Reader { bytes, pos: 0 };
    if bytes.get(..4) != Some(&MAGIC[..]) {
        return Err(corrupt());
    }
    r.pos = 4;
    match r.u() {
        Some(0) => {
            r.pos += 8;
            r.atlas().ok_or_else(corrupt)
        }
        Some(1) => {
            let errors: Option<Vec<String>> = r.list(Reader::s);
            Err(errors.unwrap_or_else(corrupt))
        }
        _ => Err(corrupt()),
    }
}

/// The id of a core that holds data (not errors), which its text files carry.
pub fn id_of(core: &[u8]) -> Option<u64> {
    if core.get(..4) != Some(&MAGIC[..]) || core.get(4) != Some(&0) {
        return None;
    }
    Some(u64::from_le_bytes(core.get(5..13)?.try_into().ok()?))
}

/// Every text of the data that is in the text files (not in the core), in their order.
pub fn texts(a: &Atlas) -> Vec<&Text> {
    let mut out: Vec<&Text> = Vec::new();
    out.extend(a.sources.iter().map(|s| &s.title));
    out.extend(a.periods.iter().filter_map(|p| p.note.as_ref()));
    for e in &a.events {
        out.push(&e.title);
        out.push(&e.summary);
        out.extend(e.note.as_ref());
    }
    out.extend(a.railway_periods.iter().filter_map(|p| p.note.as_ref()));
    out
}

/// Why a text file was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextsError {
    /// Not a text file, or cut short.
    Corrupt,
    /// The texts of the other language.
    WrongLanguage,
    /// The texts of another build of the data.
    OtherBuild,
}

/// Read one language's text file (from [`encode`]) into data decoded from the core whose id is `id`.
///
/// All or nothing: a refused file changes no text. Texts already there stay as they are, so reading the same file
/// twice is harmless.
///
/// # Errors
///
/// The file is of another language or build, or is not a text file of as many texts as the data has.
pub fn fill_texts(atlas: &Atlas, id: u64, lang: Lang, bytes: &[u8]) -> Result<(), TextsError> {
    if bytes.len() < 13 || bytes[..4] != TEXTS_MAGIC[..] {
        return Err(TextsError::Corrupt);
    }
    if bytes[4] != lang_byte(lang) {
        return Err(TextsError::WrongLanguage);
    }
    if bytes[5..13] != id.to_le_bytes() {
        return Err(TextsError::OtherBuild);
    }
    let mut r = Reader { bytes, pos: 13 };
    let slots = texts(atlas);
    let strings = r.list(Reader::s).ok_or(TextsError::Corrupt)?;
    if strings.len() != slots.len() || r.pos != bytes.len() {
        return Err(TextsError::Corrupt);
    }
    for (slot, text) in slots.into_iter().zip(strings) {
        slot.fill(lang, text);
    }
    Ok(())
}

/// Decode the core and read both languages' texts into it: the data as the app has it once both have arrived
/// (for tests).
///
/// # Errors
///
/// As [`decode`]; a text file that does not fit the core is reported as a corrupt build.
pub fn decode_all(packed: &Packed) -> Result<Atlas, Vec<String>> {
    let atlas = decode(&packed.core)?;
    for (lang, bytes) in &packed.texts {
        fill_texts(&atlas, packed.id, *lang, bytes)
            .map_err(|e| vec![format!("packed data: build: the {} texts do not fit the data ({e:?})", lang.code())])?;
    }
    Ok(atlas)
}

/// Whether every text of the text files is here in `lang`.
pub fn has_texts(atlas: &Atlas, lang: Lang) -> bool {
    texts(atlas).iter().all(|t| t.has(lang))
}

/// The data as the app sees it once both languages' texts are in: without the fields that are not packed (see
/// the module's documentation).
pub fn app_view(a: &Atlas) -> Atlas {
    let mut a = a.clone();
    a.sources.iter_mut().for_each(|s| s.url = None);
    a.points.iter_mut().for_each(|p| {
        p.lon = 0.0;
        p.lat = 0.0;
        p.coord_source = None;
    });
    a.claims.iter_mut().for_each(|c| {
        c.sources.clear();
        c.note = None;
    });
    a.eras.iter_mut().for_each(|e| {
        e.sources.clear();
        e.note = None;
    });
    a.local_names.iter_mut().for_each(|n| n.sources.clear());
    a.railways.iter_mut().for_each(|r| {
        r.coord_source = None;
        r.sources.clear();
        r.stations.iter_mut().for_each(|s| {
            s.lon = 0.0;
            s.lat = 0.0;
        });
    });
    a.railway_periods.iter_mut().for_each(|p| p.sources.clear());
    a
}

fn lang_byte(lang: Lang) -> u8 {
    lang.code().as_bytes()[0]
}

/// 64-bit FNV-1a over several byte strings in turn.
fn fnv1a<'a>(parts: impl IntoIterator<Item = &'a Vec<u8>>) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for b in part {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

struct Writer(Vec<u8>);

impl Writer {
    fn u(&mut self, mut v: usize) {
        loop {
            let byte = (v & 0x7f) as u8;
            v >>= 7;
            if v == 0 {
                self.0.push(byte);
                return;
            }
            self.0.push(byte | 0x80);
        }
    }
    fn s(&mut self, s: &str) {
        self.u(s.len());
        self.0.extend_from_slice(s.as_bytes());
    }
    fn os(&mut self, s: &Option<String>) {
        match s {
            Some(s) => {
                self.u(1);
                self.s(s);
            }
            None => self.u(0),
        }
    }
    /// A signed number (zigzag).
    fn i(&mut self, v: i64) {
        self.u(((v << 1) ^ (v >> 63)) as usize);
    }
    /// A name, in both languages.
    fn t(&mut self, t: &Text) {
        self.s(&t.zh);
        self.s(&t.en);
    }
    /// Whether an optional text (in the text files) exists.
    fn has(&mut self, t: &Option<Text>) {
        self.u(usize::from(t.is_some()));
    }
    fn date(&mut self, d: Date) {
        self.s(&d.to_string());
    }
    fn odate(&mut self, d: Option<Date>) {
        self.os(&d.map(|d| d.to_string()));
    }
    fn when(&mut self, w: &When) {
        self.s(&w.to_string());
    }
    fn refs(&mut self, refs: &[SourceRef]) {
        self.u(refs.len());
        for r in refs {
            self.u(r.src.index());
            self.os(&r.section);
        }
    }
    /// An optional index: 0 for none, else the index plus one.
    fn oid(&mut self, index: Option<usize>) {
        self.u(index.map_or(0, |i| i + 1));
    }
    /// A region or a point: the index, doubled, plus one for a point.
    fn place(&mut self, place: Place) {
        match place {
            Place::Region(r) => self.u(r.index() << 1),
            Place::Point(p) => self.u((p.index() << 1) | 1),
        }
    }
    fn list<T>(&mut self, items: &[T], mut each: impl FnMut(&mut Self, &T)) {
        self.u(items.len());
        for item in items {
            each(self, item);
        }
    }
    fn atlas(&mut self, a: &Atlas) {
        self.list(&a.sources, |w, s| w.s(&s.id));
        self.list(&a.powers, |w, p| {
            w.s(&p.id);
            w.t(&p.name);
            w.0.extend_from_slice(&[p.colour.r, p.colour.g, p.colour.b]);
        });
        self.list(&a.regions, |w, r| {
            w.s(&r.id);
            w.t(&r.name);
        });
        self.list(&a.points, |w, p| {
            w.s(&p.id);
            // Tenths of a map unit (the data is read to that precision).
            w.i((p.xy[0] * 10.0).round() as i64);
            w.i((p.xy[1] * 10.0).round() as i64);
            w.t(&p.name);
            w.list(&p.names, |w, n| {
                w.when(&n.when);
                w.t(&n.name);
            });
            w.oid(p.region.map(RegionId::index));
        });
        self.list(&a.periods, |w, p| {
            w.u(p.region.index());
            w.date(p.from);
            w.odate(p.to);
            w.u(p.power.index());
            w.s(p.status.id());
            w.refs(&p.sources);
            w.has(&p.note);
        });
        self.list(&a.claims, |w, c| {
            w.u(c.region.index());
            w.date(c.from);
            w.odate(c.to);
            w.u(c.power.index());
        });
        self.list(&a.events, |w, e| {
            w.s(&e.id);
            w.when(&e.when);
            w.s(e.category.id());
            w.u(e.places.len());
            for p in &e.places {
                w.place(*p);
            }
            w.u(usize::from(e.key));
            w.has(&e.note);
            w.refs(&e.sources);
        });
        self.list(&a.eras, |w, e| {
            w.s(&e.id);
            w.when(&e.when);
            w.t(&e.name);
        });
        self.list(&a.local_names, |w, n| {
            w.place(n.of);
            w.s(n.lang.code());
            w.s(&n.name);
            w.os(&n.when.as_ref().map(|w| w.to_string()));
        });
        self.list(&a.railways, |w, r| {
            w.s(&r.id);
            w.t(&r.name);
            w.list(&r.stations, |w, s| {
                w.s(&s.id);
                w.t(&s.name);
            });
            w.list(&r.lines, |w, line| {
                w.u(line.len());
                for &station in line {
                    w.u(station);
                }
            });
        });
        self.list(&a.railway_periods, |w, p| {
            w.u(p.railway.index());
            w.date(p.from);
            w.odate(p.to);
            w.u(p.power.index());
            w.oid(p.partner.map(PowerId::index));
            w.s(p.status.id());
            w.has(&p.note);
        });
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn u(&mut self) -> Option<usize> {
        let mut v = 0usize;
        let mut shift = 0;
        loop {
            let b = *self.bytes.get(self.pos)?;
            self.pos += 1;
            v |= usize::from(b & 0x7f).checked_shl(shift)?;
            if b & 0x80 == 0 {
                return Some(v);
            }
            shift += 7;
        }
    }
    fn s(&mut self) -> Option<String> {
        let n = self.u()?;
        let end = self.pos.checked_add(n)?;
        let s = std::str::from_utf8(self.bytes.get(self.pos..end)?).ok()?.to_string();
        self.pos = end;
        Some(s)
    }
    fn opt<T>(&mut self, f: impl FnOnce(&mut Self) -> Option<T>) -> Option<Option<T>> {
        match self.u()? {
            0 => Some(None),
            1 => f(self).map(Some),
            _ => None,
        }
    }
    fn i(&mut self) -> Option<i64> {
        let v = self.u()? as u64;
        Some((v >> 1) as i64 ^ -((v & 1) as i64))
    }
    fn colour(&mut self) -> Option<Colour> {
        let [r, g, b]: [u8; 3] = self.bytes.get(self.pos..self.pos + 3)?.try_into().ok()?;
        self.pos += 3;
        Some(Colour::rgb(r, g, b))
    }
    /// A name, in both languages.
    fn t(&mut self) -> Option<Text> {
        Some(Text::new(self.s()?, self.s()?))
    }
    /// A text of the text files: empty until they arrive.
    fn later(&mut self) -> Option<Text> {
        Some(Text::default())
    }
    /// An optional text of the text files: only whether it exists is in the core.
    fn olater(&mut self) -> Option<Option<Text>> {
        match self.u()? {
            0 => Some(None),
            1 => Some(Some(Text::default())),
            _ => None,
        }
    }
    fn date(&mut self) -> Option<Date> {
        self.s()?.parse().ok()
    }
    fn when(&mut self) -> Option<When> {
        self.s()?.parse().ok()
    }
    /// Citations of the `sources` declared sources.
    fn refs(&mut self, sources: usize) -> Option<Vec<SourceRef>> {
        self.list(|r| Some(SourceRef { src: r.id(sources, SourceId::new)?, section: r.opt(Self::s)? }))
    }
    /// An index into a list of `len` records, as its typed id.
    fn id<T>(&mut self, len: usize, make: fn(usize) -> Option<T>) -> Option<T> {
        let i = self.u()?;
        if i < len {
            make(i)
        } else {
            None
        }
    }
    /// An optional index (see [`Writer::oid`]).
    fn oid<T>(&mut self, len: usize, make: fn(usize) -> Option<T>) -> Option<Option<T>> {
        match self.u()? {
            0 => Some(None),
            i if i <= len => make(i - 1).map(Some),
            _ => None,
        }
    }
    /// A region or a point (see [`Writer::place`]).
    fn place(&mut self, regions: usize, points: usize) -> Option<Place> {
        let v = self.u()?;
        let i = v >> 1;
        if v & 1 == 0 {
            (i < regions).then_some(())?;
            RegionId::new(i).map(Place::Region)
        } else {
            (i < points).then_some(())?;
            PointId::new(i).map(Place::Point)
        }
    }
    fn list<T>(&mut self, mut each: impl FnMut(&mut Self) -> Option<T>) -> Option<Vec<T>> {
        let n = self.u()?;
        // A corrupt length must not allocate absurdly: every item takes at least one byte.
        if n > self.bytes.len() {
            return None;
        }
        (0..n).map(|_| each(self)).collect()
    }
    fn atlas(&mut self) -> Option<Atlas> {
        let sources = self.list(|r| Some(Source { id: r.s()?, title: r.later()?, url: None }))?;
        let n_sources = sources.len();
        let powers = self.list(|r| Some(Power { id: r.s()?, name: r.t()?, colour: r.colour()? }))?;
        let regions = self.list(|r| Some(Region { id: r.s()?, name: r.t()? }))?;
        let (n_powers, n_regions) = (powers.len(), regions.len());
        let points = self.list(|r| {
            Some(Point {
                id: r.s()?,
                lon: 0.0,
                lat: 0.0,
                xy: [r.i()? as f64 / 10.0, r.i()? as f64 / 10.0],
                name: r.t()?,
                names: r.list(|r| Some(DatedName { when: r.when()?, name: r.t()? }))?,
                region: r.oid(n_regions, RegionId::new)?,
                coord_source: None,
            })
        })?;
        let n_points = points.len();
        let periods = self.list(|r| {
            Some(Period {
                region: r.id(n_regions, RegionId::new)?,
                from: r.date()?,
                to: r.opt(Self::date)?,
                power: r.id(n_powers, PowerId::new)?,
                status: Status::from_id(&r.s()?)?,
                sources: r.refs(n_sources)?,
                note: r.olater()?,
            })
        })?;
        let claims = self.list(|r| {
            Some(Claim {
                region: r.id(n_regions, RegionId::new)?,
                from: r.date()?,
                to: r.opt(Self::date)?,
                power: r.id(n_powers, PowerId::new)?,
                sources: Vec::new(),
                note: None,
            })
        })?;
        let events = self.list(|r| {
            Some(Event {
                id: r.s()?,
                when: r.when()?,
                category: Category::from_id(&r.s()?)?,
                places: r.list(|r| r.place(n_regions, n_points))?,
                key: r.u()? == 1,
                title: r.later()?,
                summary: r.later()?,
                note: r.olater()?,
                sources: r.refs(n_sources)?,
            })
        })?;
        let eras =
            self.list(|r| Some(Era { id: r.s()?, when: r.when()?, name: r.t()?, sources: Vec::new(), note: None }))?;
        let local_names = self.list(|r| {
            Some(LocalName {
                of: r.place(n_regions, n_points)?,
                lang: LangTag::from_code(&r.s()?)?,
                name: r.s()?,
                when: r.opt(Self::when)?,
                sources: Vec::new(),
            })
        })?;
        let railways = self.list(|r| {
            let (id, name) = (r.s()?, r.t()?);
            let stations = r.list(|r| Some(Station { id: r.s()?, name: r.t()?, lon: 0.0, lat: 0.0 }))?;
            let n_stations = stations.len();
            Some(Railway {
                id,
                name,
                stations,
                lines: r.list(|r| r.list(|r| r.id(n_stations, Some)))?,
                coord_source: None,
                sources: Vec::new(),
            })
        })?;
        let n_railways = railways.len();
        let railway_periods = self.list(|r| {
            Some(RailwayPeriod {
                railway: r.id(n_railways, RailwayId::new)?,
                from: r.date()?,
                to: r.opt(Self::date)?,
                power: r.id(n_powers, PowerId::new)?,
                partner: r.oid(n_powers, PowerId::new)?,
                status: RailwayStatus::from_id(&r.s()?)?,
                sources: Vec::new(),
                note: r.olater()?,
            })
        })?;
        let mut atlas = Atlas {
            sources,
            powers,
            regions,
            points,
            periods,
            claims,
            events,
            eras,
            local_names,
            railways,
            railway_periods,
            shapes: Vec::new(),
            by_year: Default::default(),
        };
        atlas.link_shapes();
        (self.pos == self.bytes.len()).then_some(atlas)
    }
}

#[cfg(all(test, feature = "toml"))]
mod tests {
    use super::*;

    fn shipped() -> Atlas {
        crate::bundled().expect("the shipped data validates")
    }

    fn texts_of(p: &Packed, lang: Lang) -> &[u8] {
        &p.texts.iter().find(|(l, _)| *l == lang).expect("both languages are packed").1
    }

    #[test]
    fn the_core_and_both_languages_read_back_to_the_data_the_app_uses() {
        let atlas = shipped();
        let packed = encode(&Ok(atlas.clone()));
        let back = decode(&packed.core).expect("decodes");
        assert_eq!(id_of(&packed.core), Some(packed.id));
        for lang in Lang::ALL {
            assert!(!has_texts(&back, lang), "no texts before they arrive");
            fill_texts(&back, packed.id, lang, texts_of(&packed, lang)).expect("the texts fit");
            assert!(has_texts(&back, lang));
        }
        assert_eq!(back, app_view(&atlas));
    }

    #[test]
    fn one_language_arrives_without_the_other_and_the_names_are_there_from_the_start() {
        let atlas = shipped();
        let packed = encode(&Ok(atlas.clone()));
        let back = decode(&packed.core).expect("decodes");
        // The names the map, legend and status table show are in the core, in both languages.
        assert_eq!(back.regions, atlas.regions);
        assert_eq!(back.powers, atlas.powers);
        assert!(back.points.iter().zip(&atlas.points).all(|(a, b)| a.name == b.name && a.names == b.names));
        assert!(back.eras.iter().zip(&atlas.eras).all(|(a, b)| a.name == b.name));
        fill_texts(&back, packed.id, Lang::Zh, texts_of(&packed, Lang::Zh)).expect("the texts fit");
        assert_eq!(back.events[0].title.get(Lang::Zh), atlas.events[0].title.get(Lang::Zh));
        assert_eq!(back.events[0].title.get(Lang::En), "");
        assert!(has_texts(&back, Lang::Zh) && !has_texts(&back, Lang::En));
        // The core holds neither language's summaries; each text file holds its own language only.
        let (zh, en) = (texts_of(&packed, Lang::Zh), texts_of(&packed, Lang::En));
        let sample = (atlas.events[0].summary.get(Lang::Zh), atlas.events[0].summary.get(Lang::En));
        let holds = |bytes: &[u8], s: &str| bytes.windows(s.len()).any(|w| w == s.as_bytes());
        assert!(!holds(&packed.core, sample.0) && !holds(&packed.core, sample.1));
        assert!(holds(zh, sample.0) && !holds(zh, sample.1));
        assert!(holds(en, sample.1) && !holds(en, sample.0));
    }

    #[test]
    fn every_shipped_text_is_complete_in_both_languages() {
        let atlas = shipped();
        let back = decode_all(&encode(&Ok(atlas.clone()))).expect("decodes");
        for lang in Lang::ALL {
            let empty = texts(&back).iter().filter(|t| t.get(lang).trim().is_empty()).count();
            assert_eq!(empty, 0, "{empty} empty texts in {}", lang.code());
            for name in back.regions.iter().map(|r| &r.name).chain(back.powers.iter().map(|p| &p.name)) {
                assert!(!name.get(lang).trim().is_empty());
            }
        }
        // Every event's title and summary, every note and every source's title is in the text files.
        let notes = atlas.periods.iter().filter(|p| p.note.is_some()).count()
            + atlas.events.iter().filter(|e| e.note.is_some()).count()
            + atlas.railway_periods.iter().filter(|p| p.note.is_some()).count();
        assert_eq!(texts(&back).len(), atlas.sources.len() + 2 * atlas.events.len() + notes);
    }

    #[test]
    fn texts_of_another_language_or_build_or_a_broken_file_are_refused_and_change_nothing() {
        let atlas = shipped();
        let packed = encode(&Ok(atlas.clone()));
        let back = decode(&packed.core).expect("decodes");
        let zh = texts_of(&packed, Lang::Zh);
        assert_eq!(fill_texts(&back, packed.id, Lang::En, zh), Err(TextsError::WrongLanguage));
        assert_eq!(fill_texts(&back, packed.id ^ 1, Lang::Zh, zh), Err(TextsError::OtherBuild));
        assert_eq!(fill_texts(&back, packed.id, Lang::Zh, &zh[..zh.len() - 1]), Err(TextsError::Corrupt));
        assert_eq!(fill_texts(&back, packed.id, Lang::Zh, b"JST3"), Err(TextsError::Corrupt));
        assert!(texts(&back).iter().all(|t| t.get(Lang::Zh).is_empty()));
        // Twice is harmless.
        fill_texts(&back, packed.id, Lang::Zh, zh).expect("fits");
        fill_texts(&back, packed.id, Lang::Zh, zh).expect("fits again");
        assert_eq!(back.events[0].title.get(Lang::Zh), atlas.events[0].title.get(Lang::Zh));
    }

    #[test]
    fn a_change_to_one_text_changes_the_id_and_so_the_file_names() {
        let atlas = shipped();
        let a = encode(&Ok(atlas.clone()));
        let mut changed = atlas.clone();
        changed.events[0].summary = Text::new(changed.events[0].summary.get(Lang::Zh), "Changed.");
        let b = encode(&Ok(changed));
        assert_ne!(a.id, b.id);
        assert_ne!(a.texts_file(Lang::En), b.texts_file(Lang::En));
        assert_eq!(a.texts_file(Lang::Zh), format!("atlas-{:016x}.zh.bin", a.id));
    }

    #[test]
    fn points_carry_their_projected_map_position_and_not_their_coordinates() {
        let atlas = shipped();
        let back = decode(&encode(&Ok(atlas.clone())).core).expect("decodes");
        for (p, q) in atlas.points.iter().zip(&back.points) {
            assert_eq!(p.xy, q.xy, "{}", p.id);
            let [x, y] = crate::geo::PROJECTION.project(p.lon, p.lat);
            assert!((x - q.xy[0]).abs() <= 0.05 && (y - q.xy[1]).abs() <= 0.05, "{}", p.id);
            assert_eq!((q.lon, q.lat), (0.0, 0.0));
        }
    }

    #[test]
    fn the_records_point_at_each_other_by_index_and_read_back_to_the_same_ids() {
        // The whole atlas reads back equal (see the first test); here, what the indices are.
        let atlas = shipped();
        let core = encode(&Ok(atlas.clone())).core;
        let back = decode(&core).expect("decodes");
        assert_eq!(back.shape_regions(), atlas.shape_regions());
        assert!(back.shape_regions().iter().all(Option::is_some), "every shape of the map has its region");
        // A region's id is written once, in its own record: its periods, claims, events and points hold its index.
        assert!(atlas.periods.iter().filter(|p| atlas.region(p.region).id == "kunashiri").count() > 1);
        let count = core.windows("kunashiri".len()).filter(|w| *w == b"kunashiri").count();
        assert_eq!(count, 1);
    }

    #[test]
    fn an_index_past_the_end_of_its_list_is_refused_as_corrupt() {
        let mut atlas = shipped();
        atlas.periods[0].region = RegionId(u16::try_from(atlas.regions.len()).unwrap());
        let err = decode(&encode(&Ok(atlas.clone())).core).expect_err("refused");
        assert!(err[0].starts_with("packed data"), "{err:?}");
        let mut atlas = shipped();
        atlas.events[0].places = vec![Place::Point(PointId(u16::try_from(atlas.points.len()).unwrap()))];
        assert!(decode(&encode(&Ok(atlas)).core).is_err());
    }

    #[test]
    fn data_errors_and_corrupt_input_come_back_as_errors() {
        let packed = encode(&Err(Vec::new()));
        assert!(packed.texts.is_empty());
        assert_eq!(decode(&packed.core), Err(Vec::new()));
        assert_eq!(id_of(&packed.core), None);
        let good = encode(&Ok(shipped())).core;
        for bad in [&b"nope"[..], &good[..good.len() / 2], &[]] {
            let err = decode(bad).expect_err("refused");
            assert!(err[0].starts_with("packed data"), "{err:?}");
        }
    }
}
