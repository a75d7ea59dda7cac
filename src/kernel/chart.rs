//! The geometry of small line charts (values over rounds), so that the
//! drawing's arithmetic is tested natively and the components only place
//! what it returns.

/// A chart's frame: its size in SVG units, the padding, and the value range
/// from the bottom edge to the top.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Frame {
    pub w: f64,
    pub h: f64,
    pub pad: f64,
    pub min: f64,
    pub max: f64,
}

/// A value placed in the frame: its index in the series and its point.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Placed {
    pub index: usize,
    pub x: f64,
    pub y: f64,
    pub value: f64,
}

impl Frame {
    /// Where the `i`th of `n` rounds goes across: evenly spread from edge to
    /// edge, or in the middle when there is only one.
    pub fn x(&self, i: usize, n: usize) -> f64 {
        if n <= 1 {
            return self.w / 2.0;
        }
        self.pad + (self.w - 2.0 * self.pad) * i as f64 / (n - 1) as f64
    }

    /// Where a value goes up and down, kept inside the frame.
    pub fn y(&self, v: f64) -> f64 {
        let span = self.max - self.min;
        let share = if span > 0.0 {
            ((v - self.min) / span).clamp(0.0, 1.0)
        } else {
            0.5
        };
        self.h - self.pad - (self.h - 2.0 * self.pad) * share
    }

    /// The values that are there (a round with no answers is skipped, not
    /// drawn as zero), each at its place.
    pub fn place(&self, values: &[Option<f64>]) -> Vec<Placed> {
        let n = values.len();
        values
            .iter()
            .enumerate()
            .filter_map(|(index, v)| {
                v.filter(|v| v.is_finite()).map(|value| Placed {
                    index,
                    x: self.x(index, n),
                    y: self.y(value),
                    value,
                })
            })
            .collect()
    }

    /// The `points` attribute of a polyline through the placed values.
    pub fn polyline(&self, values: &[Option<f64>]) -> String {
        self.place(values)
            .iter()
            .map(|p| format!("{:.1},{:.1}", p.x, p.y))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ENPS: Frame = Frame {
        w: 400.0,
        h: 200.0,
        pad: 20.0,
        min: -100.0,
        max: 100.0,
    };

    #[test]
    fn the_range_maps_to_the_frame_bottom_to_top() {
        assert_eq!(ENPS.y(-100.0), 180.0);
        assert_eq!(ENPS.y(100.0), 20.0);
        assert_eq!(ENPS.y(0.0), 100.0);
        assert_eq!(ENPS.y(250.0), 20.0, "kept inside");
        assert_eq!(ENPS.y(-250.0), 180.0, "kept inside");
    }

    #[test]
    fn rounds_spread_from_edge_to_edge_and_one_round_sits_in_the_middle() {
        assert_eq!(ENPS.x(0, 3), 20.0);
        assert_eq!(ENPS.x(1, 3), 200.0);
        assert_eq!(ENPS.x(2, 3), 380.0);
        assert_eq!(ENPS.x(0, 1), 200.0);
    }

    #[test]
    fn missing_values_are_skipped_and_keep_their_round_place() {
        let placed = ENPS.place(&[Some(-20.0), None, Some(40.0), Some(f64::NAN)]);
        assert_eq!(placed.len(), 2);
        assert_eq!(placed[1].index, 2);
        assert!((placed[1].x - ENPS.x(2, 4)).abs() < 1e-9);
        assert_eq!(placed[1].y, ENPS.y(40.0));
        assert_eq!(
            ENPS.polyline(&[Some(0.0), Some(100.0)]),
            "20.0,100.0 380.0,20.0"
        );
    }

    #[test]
    fn a_flat_range_draws_in_the_middle() {
        let f = Frame {
            min: 3.0,
            max: 3.0,
            ..ENPS
        };
        assert_eq!(f.y(3.0), 100.0);
    }
}
