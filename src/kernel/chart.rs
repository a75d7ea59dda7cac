//! The geometry of small charts (values over rounds, the Pareto chart of
//! complaints), so that the drawing's arithmetic is tested natively and the
//! components only place what it returns.

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

/// Words broken into lines of at most `max` characters (a longer word is
/// cut into pieces of `max`), so that a label is never cut off: SVG text
/// does not wrap by itself.
pub fn wrap(text: &str, max: usize) -> Vec<String> {
    let max = max.max(1);
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let chars: Vec<char> = word.chars().collect();
        for piece in chars.chunks(max) {
            let piece: String = piece.iter().collect();
            let len = line.chars().count();
            if len == 0 {
                line = piece;
            } else if len + 1 + piece.chars().count() <= max {
                line.push(' ');
                line.push_str(&piece);
            } else {
                lines.push(std::mem::replace(&mut line, piece));
            }
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// The Pareto chart of complaints by category: for each category, its name
/// (wrapped, on its own lines above the bar, so that a phone shows all of
/// it), a bar as long as its own share, and a point of the cumulative line;
/// the numbers sit in a column on the right (the own share beside the bar,
/// the cumulative share beside the name). Bars and line use
/// one scale, 0 to 100 % of the complaints, across `bar_w`.
pub mod pareto {
    /// The drawing's width in SVG units: small, so that its 12-unit text is
    /// still 11 px or more when a 360 px phone shows it about 300 px wide.
    pub const W: f64 = 300.0;
    /// The numbers' column on the right: the cumulative line's marker, then
    /// the numbers, from `NUMBERS_X`.
    pub const NUMBERS_W: f64 = 88.0;
    pub const MARKER_X: f64 = W - NUMBERS_W + 12.0;
    pub const NUMBERS_X: f64 = W - NUMBERS_W + 20.0;
    const _: () = assert!(
        BAR_W + NUMBERS_W <= W,
        "the bars leave room for the numbers"
    );
    pub const BAR_W: f64 = W - NUMBERS_W - 8.0;
    /// Characters of a name per line at 12 units across `BAR_W`.
    pub const CHARS: usize = 30;
    pub const LINE: f64 = 15.0;
    pub const BAR_H: f64 = 14.0;
    /// The space above the first name (the legend is the page's, above).
    pub const TOP: f64 = 4.0;
    const GAP: f64 = 10.0;

    #[derive(Debug, Clone, PartialEq)]
    pub struct Row {
        /// The name's lines, and the baseline of each.
        pub lines: Vec<(String, f64)>,
        /// The bar's top edge and length.
        pub bar_y: f64,
        pub bar_len: f64,
        /// The cumulative line's point for this category (middle of the bar).
        pub dot_x: f64,
        pub dot_y: f64,
    }

    #[derive(Debug, Clone, PartialEq)]
    pub struct Layout {
        pub h: f64,
        pub rows: Vec<Row>,
    }

    impl Layout {
        /// The `points` of the cumulative line, through each category's
        /// point (it starts at the first, so it never crosses a name).
        pub fn line(&self) -> String {
            self.rows
                .iter()
                .map(|r| format!("{:.1},{:.1}", r.dot_x, r.dot_y))
                .collect::<Vec<_>>()
                .join(" ")
        }
    }

    fn across(share: f64) -> f64 {
        let share = if share.is_finite() {
            share.clamp(0.0, 1.0)
        } else {
            0.0
        };
        BAR_W * share
    }

    /// Places each (name, own share, cumulative share), top to bottom.
    pub fn layout(bars: &[(&str, f64, f64)]) -> Layout {
        let mut y = TOP;
        let rows = bars
            .iter()
            .map(|(name, share, cumulative)| {
                let mut lines = super::wrap(name, CHARS);
                if lines.is_empty() {
                    lines.push("—".to_string());
                }
                let lines: Vec<(String, f64)> = lines
                    .into_iter()
                    .enumerate()
                    .map(|(i, l)| (l, y + LINE * (i as f64 + 1.0) - 3.0))
                    .collect();
                let bar_y = y + LINE * lines.len() as f64 + 2.0;
                y = bar_y + BAR_H + GAP;
                Row {
                    lines,
                    bar_y,
                    bar_len: across(*share).max(2.0),
                    dot_x: across(*cumulative),
                    dot_y: bar_y + BAR_H / 2.0,
                }
            })
            .collect();
        Layout { h: y, rows }
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

    /// Issue 17: "Rude or unhelpful sta…" was cut on a phone; a name is now
    /// wrapped whole, word by word.
    #[test]
    fn a_long_name_wraps_whole_and_a_long_word_is_split() {
        assert_eq!(
            wrap("Rude or unhelpful staff at the counter, twice", 20),
            vec!["Rude or unhelpful", "staff at the", "counter, twice"]
        );
        assert_eq!(wrap("  Late   delivery ", 30), vec!["Late delivery"]);
        assert_eq!(wrap("abcdefghij", 4), vec!["abcd", "efgh", "ij"]);
        assert!(wrap("   ", 10).is_empty());
        assert_eq!(wrap("x", 0), vec!["x"], "no endless loop at 0");
        let text = "Rude or unhelpful staff, Zoë's shop İstanbul ünlü";
        let kept: String = wrap(text, 7)
            .concat()
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        let all: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        assert_eq!(kept, all, "nothing lost");
        assert!(wrap(text, 7).iter().all(|l| l.chars().count() <= 7));
    }

    #[test]
    fn pareto_bars_are_their_own_share_and_the_line_climbs_to_the_whole() {
        use pareto::*;
        let l = layout(&[
            ("Late delivery", 1.0 / 3.0, 1.0 / 3.0),
            (
                "Rude or unhelpful staff at the counter",
                1.0 / 3.0,
                2.0 / 3.0,
            ),
            ("", 1.0 / 3.0, 1.0),
        ]);
        assert_eq!(l.rows.len(), 3);
        // Own share: three equal bars; the line ends at the full width.
        for r in &l.rows {
            assert!((r.bar_len - BAR_W / 3.0).abs() < 1e-9);
        }
        assert!((l.rows[1].dot_x - BAR_W * 2.0 / 3.0).abs() < 1e-9);
        assert!((l.rows[2].dot_x - BAR_W).abs() < 1e-9);
        // The long name takes two lines, its bar below them; a blank one "—".
        assert_eq!(l.rows[0].lines.len(), 1);
        let names: Vec<&str> = l.rows[1].lines.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(names, vec!["Rude or unhelpful staff at the", "counter"]);
        assert!(l.rows[1].bar_y > l.rows[1].lines[1].1);
        assert_eq!(l.rows[2].lines[0].0, "—");
        // Rows go down without overlapping, and the drawing holds them all.
        for pair in l.rows.windows(2) {
            assert!(pair[1].lines[0].1 - LINE > pair[0].bar_y + BAR_H);
        }
        assert!(l.h >= l.rows[2].bar_y + BAR_H);
        assert_eq!(l.line().split(' ').count(), 3, "through each point");
    }

    #[test]
    fn pareto_shares_from_outside_stay_inside_the_frame() {
        let l = pareto::layout(&[("x", f64::NAN, 7.0), ("y", -1.0, f64::INFINITY)]);
        assert_eq!(l.rows[0].bar_len, 2.0, "a thin bar, never NaN");
        assert_eq!(l.rows[0].dot_x, pareto::BAR_W);
        assert_eq!(l.rows[1].bar_len, 2.0);
        assert_eq!(l.rows[1].dot_x, 0.0);
    }
}
