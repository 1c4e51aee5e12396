//! A compact binary form of the validated data, so the app does not carry a TOML parser.
//!
//! The app's build script loads and validates the TOML files (with [`crate::data`]) and writes either the packed
//! [`Atlas`] or the list of [`DataError`]s as the lines a reader sees (the app only shows them, so it carries
//! none of the code that formats them); the app decodes it at start-up. The format is private to this crate:
//! length-prefixed UTF-8 strings and LEB128 numbers, fields in declaration order, dates as their text.

use crate::date::{Date, When};
use crate::model::*;
use crate::palette::Colour;
use crate::timeline::Atlas;
use crate::DataError;

const MAGIC: &[u8; 4] = b"JSA2";

/// Encode a load result.
pub fn encode(result: &Result<Atlas, Vec<DataError>>) -> Vec<u8> {
    let mut w = Writer(MAGIC.to_vec());
    match result {
        Ok(atlas) => {
            w.u(0);
            w.atlas(atlas);
        }
        Err(errors) => {
            w.u(1);
            w.u(errors.len());
            for e in errors {
                w.s(&e.to_string());
            }
        }
    }
    w.0
}

/// Decode what [`encode`] wrote.
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
        Some(0) => r.atlas().ok_or_else(corrupt),
        Some(1) => {
            let errors: Option<Vec<String>> = r.list(Reader::s);
            Err(errors.unwrap_or_else(corrupt))
        }
        _ => Err(corrupt()),
    }
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
    fn f(&mut self, v: f64) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn t(&mut self, t: &Text) {
        self.s(&t.zh);
        self.s(&t.en);
    }
    fn ot(&mut self, t: &Option<Text>) {
        match t {
            Some(t) => {
                self.u(1);
                self.t(t);
            }
            None => self.u(0),
        }
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
            self.s(&r.src);
            self.os(&r.section);
        }
    }
    fn list<T>(&mut self, items: &[T], mut each: impl FnMut(&mut Self, &T)) {
        self.u(items.len());
        for item in items {
            each(self, item);
        }
    }
    fn atlas(&mut self, a: &Atlas) {
        self.list(&a.sources, |w, s| {
            w.s(&s.id);
            w.t(&s.title);
            w.os(&s.url);
        });
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
            w.f(p.lon);
            w.f(p.lat);
            w.t(&p.name);
            w.list(&p.names, |w, n| {
                w.when(&n.when);
                w.t(&n.name);
            });
            w.os(&p.region);
            w.os(&p.coord_source);
        });
        self.list(&a.periods, |w, p| {
            w.s(&p.region);
            w.date(p.from);
            w.odate(p.to);
            w.s(&p.power);
            w.s(p.status.id());
            w.refs(&p.sources);
            w.ot(&p.note);
        });
        self.list(&a.claims, |w, c| {
            w.s(&c.region);
            w.date(c.from);
            w.odate(c.to);
            w.s(&c.power);
            w.refs(&c.sources);
            w.ot(&c.note);
        });
        self.list(&a.events, |w, e| {
            w.s(&e.id);
            w.when(&e.when);
            w.s(e.category.id());
            w.u(e.places.len());
            for p in &e.places {
                w.s(p);
            }
            w.u(usize::from(e.key));
            w.t(&e.title);
            w.t(&e.summary);
            w.ot(&e.note);
            w.refs(&e.sources);
        });
        self.list(&a.eras, |w, e| {
            w.s(&e.id);
            w.when(&e.when);
            w.t(&e.name);
            w.refs(&e.sources);
            w.ot(&e.note);
        });
        self.list(&a.local_names, |w, n| {
            w.s(&n.of);
            w.s(n.lang.code());
            w.s(&n.name);
            w.os(&n.when.as_ref().map(|w| w.to_string()));
            w.refs(&n.sources);
        });
        self.list(&a.railways, |w, r| {
            w.s(&r.id);
            w.t(&r.name);
            w.list(&r.stations, |w, s| {
                w.s(&s.id);
                w.t(&s.name);
                w.f(s.lon);
                w.f(s.lat);
            });
            w.list(&r.lines, |w, line| {
                w.u(line.len());
                for id in line {
                    w.s(id);
                }
            });
            w.os(&r.coord_source);
            w.refs(&r.sources);
        });
        self.list(&a.railway_periods, |w, p| {
            w.s(&p.railway);
            w.date(p.from);
            w.odate(p.to);
            w.s(&p.power);
            w.os(&p.partner);
            w.s(p.status.id());
            w.refs(&p.sources);
            w.ot(&p.note);
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
    fn f(&mut self) -> Option<f64> {
        let b: [u8; 8] = self.bytes.get(self.pos..self.pos + 8)?.try_into().ok()?;
        self.pos += 8;
        Some(f64::from_le_bytes(b))
    }
    fn colour(&mut self) -> Option<Colour> {
        let [r, g, b]: [u8; 3] = self.bytes.get(self.pos..self.pos + 3)?.try_into().ok()?;
        self.pos += 3;
        Some(Colour::rgb(r, g, b))
    }
    fn t(&mut self) -> Option<Text> {
        Some(Text { zh: self.s()?, en: self.s()? })
    }
    fn date(&mut self) -> Option<Date> {
        self.s()?.parse().ok()
    }
    fn when(&mut self) -> Option<When> {
        self.s()?.parse().ok()
    }
    fn refs(&mut self) -> Option<Vec<SourceRef>> {
        self.list(|r| Some(SourceRef { src: r.s()?, section: r.opt(Self::s)? }))
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
        let sources = self.list(|r| Some(Source { id: r.s()?, title: r.t()?, url: r.opt(Self::s)? }))?;
        let powers = self.list(|r| Some(Power { id: r.s()?, name: r.t()?, colour: r.colour()? }))?;
        let regions = self.list(|r| Some(Region { id: r.s()?, name: r.t()? }))?;
        let points = self.list(|r| {
            Some(Point {
                id: r.s()?,
                lon: r.f()?,
                lat: r.f()?,
                name: r.t()?,
                names: r.list(|r| Some(DatedName { when: r.when()?, name: r.t()? }))?,
                region: r.opt(Self::s)?,
                coord_source: r.opt(Self::s)?,
            })
        })?;
        let periods = self.list(|r| {
            Some(Period {
                region: r.s()?,
                from: r.date()?,
                to: r.opt(Self::date)?,
                power: r.s()?,
                status: Status::from_id(&r.s()?)?,
                sources: r.refs()?,
                note: r.opt(Self::t)?,
            })
        })?;
        let claims = self.list(|r| {
            Some(Claim {
                region: r.s()?,
                from: r.date()?,
                to: r.opt(Self::date)?,
                power: r.s()?,
                sources: r.refs()?,
                note: r.opt(Self::t)?,
            })
        })?;
        let events = self.list(|r| {
            Some(Event {
                id: r.s()?,
                when: r.when()?,
                category: Category::from_id(&r.s()?)?,
                places: r.list(Self::s)?,
                key: r.u()? == 1,
                title: r.t()?,
                summary: r.t()?,
                note: r.opt(Self::t)?,
                sources: r.refs()?,
            })
        })?;
        let eras = self.list(|r| {
            Some(Era { id: r.s()?, when: r.when()?, name: r.t()?, sources: r.refs()?, note: r.opt(Self::t)? })
        })?;
        let local_names = self.list(|r| {
            Some(LocalName {
                of: r.s()?,
                lang: LangTag::from_code(&r.s()?)?,
                name: r.s()?,
                when: r.opt(Self::when)?,
                sources: r.refs()?,
            })
        })?;
        let railways = self.list(|r| {
            Some(Railway {
                id: r.s()?,
                name: r.t()?,
                stations: r.list(|r| Some(Station { id: r.s()?, name: r.t()?, lon: r.f()?, lat: r.f()? }))?,
                lines: r.list(|r| r.list(Self::s))?,
                coord_source: r.opt(Self::s)?,
                sources: r.refs()?,
            })
        })?;
        let railway_periods = self.list(|r| {
            Some(RailwayPeriod {
                railway: r.s()?,
                from: r.date()?,
                to: r.opt(Self::date)?,
                power: r.s()?,
                partner: r.opt(Self::s)?,
                status: RailwayStatus::from_id(&r.s()?)?,
                sources: r.refs()?,
                note: r.opt(Self::t)?,
            })
        })?;
        (self.pos == self.bytes.len()).then_some(Atlas {
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
        })
    }
}
