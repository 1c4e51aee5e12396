//! The map by keyboard: one Tab stop for all the regions (roving focus), the arrow keys moving to the nearest
//! region in their direction, and the keys that zoom and pan. Pure, so that the rules are tested natively.

use crate::geo;

/// A direction on the map (screen directions: up is north).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Direction {
    Left,
    Right,
    Up,
    Down,
}

impl Direction {
    /// The direction of an arrow key (`KeyboardEvent.key`).
    pub fn of_key(key: &str) -> Option<Direction> {
        match key {
            "ArrowLeft" => Some(Direction::Left),
            "ArrowRight" => Some(Direction::Right),
            "ArrowUp" => Some(Direction::Up),
            "ArrowDown" => Some(Direction::Down),
            _ => None,
        }
    }

    /// A unit step in this direction, map units (y grows southward).
    pub fn unit(self) -> [f64; 2] {
        match self {
            Direction::Left => [-1.0, 0.0],
            Direction::Right => [1.0, 0.0],
            Direction::Up => [0.0, -1.0],
            Direction::Down => [0.0, 1.0],
        }
    }
}

/// The region (an index into `points`, the regions' label points) to move to from `from` in direction `dir`: of
/// those lying within 60° of the direction, the nearest, distances across the direction counting double (so that
/// → goes to the region beside, not to one far off the diagonal). `None` at the map's edge in that direction.
pub fn neighbour_of(points: &[[f64; 2]], from: usize, dir: Direction) -> Option<usize> {
    let [fx, fy] = *points.get(from)?;
    let [ux, uy] = dir.unit();
    points
        .iter()
        .enumerate()
        .filter(|&(i, _)| i != from)
        .filter_map(|(i, &[x, y])| {
            let (dx, dy) = (x - fx, y - fy);
            let along = dx * ux + dy * uy;
            let across = (dx * uy - dy * ux).abs();
            // Within 60° of the direction: tan 60° ≈ 1.73.
            (along > 0.0 && across <= along * 1.73).then_some((i, along + 2.0 * across))
        })
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(i, _)| i)
}

/// The region shape to move to from shape `from` (an index into `geo::REGIONS`).
pub fn neighbour(from: usize, dir: Direction) -> Option<usize> {
    let points: Vec<[f64; 2]> = geo::REGIONS.iter().map(|s| s.label).collect();
    neighbour_of(&points, from, dir)
}

/// What a key does to the map's view (with the map focused): zoom, pan, or reset. Arrow keys without Shift move
/// between regions instead (see [`neighbour`]).
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum ViewKey {
    Zoom(f64),
    Pan(Direction),
    Reset,
}

impl ViewKey {
    pub fn of_key(key: &str, shift: bool) -> Option<ViewKey> {
        match key {
            "+" | "=" => Some(ViewKey::Zoom(2.0)),
            "-" | "_" => Some(ViewKey::Zoom(0.5)),
            "0" => Some(ViewKey::Reset),
            _ if shift => Direction::of_key(key).map(ViewKey::Pan),
            _ => None,
        }
    }
}

/// How far one pan step moves the view: a quarter of what is shown.
pub const PAN_STEP: f64 = 0.25;

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(id: &str) -> usize {
        geo::REGIONS.iter().position(|s| s.id == id).unwrap_or_else(|| panic!("{id}"))
    }

    #[test]
    fn arrows_go_to_the_region_beside() {
        // South Sakhalin: north is North Sakhalin, south is Hokkaido.
        assert_eq!(neighbour(shape("south-sakhalin"), Direction::Up), Some(shape("north-sakhalin")));
        assert_eq!(neighbour(shape("south-sakhalin"), Direction::Down), Some(shape("hokkaido")));
        // Kunashiri → east is Shikotan or Etorofu, never a region to the west.
        let east = neighbour(shape("kunashiri"), Direction::Right).unwrap();
        assert!(geo::REGIONS[east].label[0] > geo::REGIONS[shape("kunashiri")].label[0]);
    }

    #[test]
    fn every_region_is_reached_by_arrows_from_any_other() {
        // No region is an island the keyboard cannot reach: walk the graph of arrow moves.
        let n = geo::REGIONS.len();
        for start in 0..n {
            let mut seen = vec![false; n];
            let mut stack = vec![start];
            while let Some(i) = stack.pop() {
                if std::mem::replace(&mut seen[i], true) {
                    continue;
                }
                for d in [Direction::Left, Direction::Right, Direction::Up, Direction::Down] {
                    if let Some(j) = neighbour(i, d) {
                        stack.push(j);
                    }
                }
            }
            let missing: Vec<&str> = (0..n).filter(|&i| !seen[i]).map(|i| geo::REGIONS[i].id).collect();
            assert!(missing.is_empty(), "from {}, not reachable by arrow keys: {missing:?}", geo::REGIONS[start].id);
        }
    }

    #[test]
    fn keys_that_change_the_view() {
        assert_eq!(ViewKey::of_key("+", false), Some(ViewKey::Zoom(2.0)));
        assert_eq!(ViewKey::of_key("-", false), Some(ViewKey::Zoom(0.5)));
        assert_eq!(ViewKey::of_key("ArrowLeft", true), Some(ViewKey::Pan(Direction::Left)));
        assert_eq!(ViewKey::of_key("ArrowLeft", false), None, "plain arrows move between regions");
        assert_eq!(ViewKey::of_key("0", false), Some(ViewKey::Reset));
    }
}
