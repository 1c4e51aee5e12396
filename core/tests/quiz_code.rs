//! A quiz's result code: what a student hands in without an LMS, checked by the teacher in the atlas.

mod common;

use atlas_core::quiz::{QuizParams, QuizState};
use atlas_core::quiz_code::{check_code, result_code, CodeError};
use common::atlas;

/// A quiz answered with the `k`-th choice of each question (cycling), finished.
fn play(params: QuizParams, k: usize) -> QuizState {
    let mut q = QuizState::new(atlas(), params, 1);
    let mut i = 0;
    while let Some(question) = q.current().cloned() {
        let choices = question.choices();
        q.choose(choices[(i + k) % choices.len()]);
        q.next();
        i += 1;
    }
    q
}

#[test]
fn a_code_gives_back_the_score_and_the_wrong_answers() {
    let params = QuizParams {
        seed: Some(4242),
        from: Some(1940),
        to: Some(1950),
        n: Some(12),
        order: true,
        ..QuizParams::default()
    };
    for k in 0..4 {
        let quiz = play(params.clone(), k);
        let code = result_code(&quiz).expect("a finished quiz has a code");
        assert!(code.len() <= 32, "short enough to copy by hand: {code}");
        let checked = check_code(atlas(), &QuizParams { seed: None, ..params.clone() }, &code).expect(&code);
        assert_eq!((checked.seed, checked.score, checked.total), (4242, quiz.score(), 12), "{code}");
        let wrong: Vec<usize> = quiz
            .questions()
            .iter()
            .zip(quiz.answers())
            .enumerate()
            .filter(|(_, (q, a))| !q.is_right(**a))
            .map(|(i, _)| i + 1)
            .collect();
        assert_eq!(checked.wrong, wrong);
        // Typed with spaces and in small letters, as a student may.
        assert_eq!(
            check_code(atlas(), &params, &format!(" {} ", code.to_lowercase())).map(|c| c.score),
            Ok(quiz.score())
        );
    }
}

#[test]
fn a_code_of_another_quiz_or_a_mistyped_one_is_refused() {
    let params = QuizParams { seed: Some(7), ..QuizParams::default() };
    let code = result_code(&play(params.clone(), 1)).unwrap();
    // Other settings: the questions would differ.
    let other = QuizParams { n: Some(5), ..params.clone() };
    assert_eq!(check_code(atlas(), &other, &code), Err(CodeError::OtherQuiz));
    let years = QuizParams { from: Some(1930), ..params.clone() };
    assert_eq!(check_code(atlas(), &years, &code), Err(CodeError::OtherQuiz));
    // An edited answer.
    let mut parts: Vec<String> = code.split('-').map(String::from).collect();
    let last = parts[1].pop().unwrap();
    parts[1].push(if last == '0' { '1' } else { '0' });
    assert_eq!(check_code(atlas(), &params, &parts.join("-")), Err(CodeError::OtherQuiz));
    for bad in ["", "hello", "12-34", "UUU-1-00", "1-2-3-4"] {
        assert_eq!(check_code(atlas(), &params, bad), Err(CodeError::Malformed), "{bad:?}");
    }
    // Unfinished: no code yet.
    assert_eq!(result_code(&QuizState::new(atlas(), params, 1)), None);
}
