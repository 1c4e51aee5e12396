//! Fixed-point formatting of coordinates and percentages (`fixed(12.345, 1)` shows `12.3`).
//!
//! Rust's `{:.1}` for `f64` brings the general float-to-decimal machinery (Grisu, Dragon and big numbers, ~15 KB)
//! into the wasm; every number the app prints is a coordinate or a percentage with 0–3 decimals, which integer
//! arithmetic formats exactly enough.

use std::fmt;

/// `value` rounded to `decimals` (0–6) decimal places, half away from zero, for `Display`.
#[derive(Clone, Copy, Debug)]
pub struct Fixed {
    value: f64,
    decimals: u8,
}

pub fn fixed(value: f64, decimals: u8) -> Fixed {
    Fixed { value, decimals: decimals.min(6) }
}

impl fmt::Display for Fixed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let scale = 10_i64.pow(u32::from(self.decimals));
        if !self.value.is_finite() {
            return f.write_str("0");
        }
        let scaled = (self.value * scale as f64).round() as i64;
        let sign = if scaled < 0 { "-" } else { "" };
        let abs = scaled.unsigned_abs();
        let scale = scale as u64;
        if self.decimals == 0 {
            write!(f, "{sign}{abs}")
        } else {
            write!(f, "{sign}{}.{:0width$}", abs / scale, abs % scale, width = usize::from(self.decimals))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::fixed;

    #[test]
    fn formats_like_the_precision_flag_for_the_app_s_numbers() {
        for (v, d) in [(0.0, 1), (12.345, 1), (-3.26, 1), (768.8, 2), (99.9999, 3), (5.0, 0), (42.4, 0), (0.125, 3)] {
            assert_eq!(fixed(v, d).to_string(), format!("{v:.*}", usize::from(d)), "{v} to {d}");
        }
        assert_eq!(fixed(-0.04, 1).to_string(), "0.0", "no negative zero");
        assert_eq!(fixed(2.5, 0).to_string(), "3", "half away from zero");
        assert_eq!(fixed(f64::NAN, 2).to_string(), "0");
    }
}
