//! A quiz's result as a short code a student can copy and a teacher can check in the atlas, with no LMS and no
//! server: `SEED-ANSWERS-CHECK` in Crockford's base 32 (no I, L, O or U to misread), e.g. `H2Q8-3Z1V0K-7C`.
//!
//! - `SEED`: the quiz's seed (the questions follow from it and the quiz's settings);
//! - `ANSWERS`: the choice made for each question, as its place among the question's choices (two bits each);
//! - `CHECK`: two digits of a hash of the settings and the answers: a mistyped code, an edited one or one made
//!   for a quiz with other settings (years, regions, number of questions) is refused rather than misread.
//!
//! The teacher opens the quiz's link (the same settings) and types the code: the atlas draws the same questions
//! from the seed and scores the answers.

use crate::quiz::{generate, QuizParams, QuizState};
use crate::timeline::Atlas;

const DIGITS: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

fn encode(mut n: u64) -> String {
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 32) as usize]);
        n /= 32;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// One digit's value, read as Crockford reads: O as 0, I and L as 1.
fn digit(c: char) -> Option<u64> {
    let c = match c.to_ascii_uppercase() {
        'O' => '0',
        'I' | 'L' => '1',
        c => c,
    };
    DIGITS.iter().position(|&b| char::from(b) == c).map(|d| d as u64)
}

fn decode(text: &str) -> Option<u64> {
    if text.is_empty() || text.len() > 12 {
        return None;
    }
    text.chars().try_fold(0u64, |n, c| n.checked_mul(32)?.checked_add(digit(c)?))
}

/// The answers (each a place 0–3 among its question's choices, two bits) as base-32 digits, five bits a digit.
fn encode_places(places: &[u8]) -> String {
    let bits: Vec<u8> = places.iter().flat_map(|p| [(p >> 1) & 1, p & 1]).collect();
    bits.chunks(5)
        .map(|c| {
            let v = c.iter().chain(std::iter::repeat(&0)).take(5).fold(0usize, |v, b| v * 2 + usize::from(*b));
            char::from(DIGITS[v])
        })
        .collect()
}

/// The places of `n` answers back from their digits (`None` if the digits are not exactly theirs).
fn decode_places(text: &str, n: usize) -> Option<Vec<u8>> {
    if text.chars().count() != (2 * n).div_ceil(5).max(1) {
        return None;
    }
    let mut bits = Vec::with_capacity(text.len() * 5);
    for c in text.chars() {
        let v = digit(c)?;
        bits.extend((0..5).rev().map(|i| ((v >> i) & 1) as u8));
    }
    if bits[2 * n..].iter().any(|b| *b != 0) {
        return None;
    }
    Some(bits[..2 * n].chunks(2).map(|b| b[0] * 2 + b[1]).collect())
}

/// The settings the code must match: everything of the link but the seed.
fn settings_key(params: &QuizParams, n: usize) -> String {
    let regions: Vec<String> = params.regions.iter().map(|r| r.index().to_string()).collect();
    format!("{:?}|{:?}|{}|{}|{}", params.from, params.to, regions.join(","), n, params.order)
}

fn check(seed: u32, key: &str, answers: &str) -> u64 {
    let text = format!("{seed}|{key}|{answers}");
    let hash = text.bytes().fold(0x811c_9dc5_u32, |h, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193));
    u64::from(hash % 1024)
}

/// The result code of a finished quiz (`None` before its last answer).
pub fn result_code(quiz: &QuizState) -> Option<String> {
    if !quiz.finished() {
        return None;
    }
    let seed = quiz.params().seed?;
    let mut places = Vec::with_capacity(quiz.questions().len());
    for (q, a) in quiz.questions().iter().zip(quiz.answers()) {
        places.push(q.choices().iter().position(|c| c == a)? as u8);
    }
    let answers = encode_places(&places);
    let key = settings_key(quiz.params(), quiz.questions().len());
    Some(format!("{}-{answers}-{:0>2}", encode(u64::from(seed)), encode(check(seed, &key, &answers))))
}

/// What a code says, checked against the quiz of a link.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Checked {
    pub seed: u32,
    pub score: usize,
    pub total: usize,
    /// The numbers (from 1) of the questions answered wrong.
    pub wrong: Vec<usize>,
}

/// Why a code was refused.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CodeError {
    /// Not a result code at all (or mistyped).
    Malformed,
    /// A code of another quiz: other settings, or an edited or mistyped code.
    OtherQuiz,
}

/// Check a student's code against the quiz of a link (its settings; the code carries the seed).
pub fn check_code(atlas: &Atlas, params: &QuizParams, code: &str) -> Result<Checked, CodeError> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    let parts: Vec<&str> = code.split('-').collect();
    let [seed, answers, sum] = parts.as_slice() else { return Err(CodeError::Malformed) };
    let seed = decode(seed).and_then(|s| u32::try_from(s).ok()).ok_or(CodeError::Malformed)?;
    let sum = decode(sum).ok_or(CodeError::Malformed)?;
    if answers.is_empty() || answers.chars().any(|c| digit(c).is_none()) {
        return Err(CodeError::Malformed);
    }
    let answers = answers.to_ascii_uppercase().replace('O', "0").replace(['I', 'L'], "1");
    let with_seed = QuizParams { seed: Some(seed), ..params.clone() };
    let questions = generate(atlas, &with_seed.config(seed));
    if sum != check(seed, &settings_key(&with_seed, questions.len()), &answers) {
        return Err(CodeError::OtherQuiz);
    }
    let places = decode_places(&answers, questions.len()).ok_or(CodeError::OtherQuiz)?;
    let mut wrong = Vec::new();
    for (i, (q, place)) in questions.iter().zip(places).enumerate() {
        let choice = q.choices().get(usize::from(place)).copied().ok_or(CodeError::OtherQuiz)?;
        if !q.is_right(choice) {
            wrong.push(i + 1);
        }
    }
    Ok(Checked { seed, score: questions.len() - wrong.len(), total: questions.len(), wrong })
}

#[cfg(test)]
mod tests {
    use super::{decode, encode};

    #[test]
    fn base_32_reads_back_and_forgives_o_i_l() {
        for n in [0u64, 1, 31, 32, 999_999, u64::from(u32::MAX)] {
            assert_eq!(decode(&encode(n)), Some(n));
        }
        for places in [vec![0u8], vec![3, 2, 1, 0, 3], vec![1; 50]] {
            assert_eq!(super::decode_places(&super::encode_places(&places), places.len()), Some(places));
        }
        assert_eq!(decode("1O"), decode("10"));
        assert_eq!(decode("IL"), decode("11"));
        assert_eq!(decode("U"), None, "U is not a digit");
        assert_eq!(decode(""), None);
    }
}
