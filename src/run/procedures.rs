//! Standard operating procedures (seed 004): title, department, purpose,
//! terms, and instructions as ordered steps, where a step may be a decision
//! whose answers lead to other steps; the flowchart drawn from the steps.

use crate::i18n::{Lang, K};
use crate::kernel::text::fold;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Where an answer of a decision leads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "to", content = "step")]
pub enum Goto {
    /// The step with this id.
    Step(u32),
    /// The procedure ends.
    End,
}

/// One answer of a decision: "yes" → resolve.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Branch {
    #[serde(default)]
    pub label: String,
    pub goto: Goto,
}

/// One instruction. A step with answers is a decision; one without goes on
/// to the next step (or ends the procedure when `ends` is set or it is the
/// last).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    /// Stable within the procedure, so answers keep pointing at the right
    /// step when steps are moved.
    pub id: u32,
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub branches: Vec<Branch>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub ends: bool,
}

impl Step {
    pub fn is_decision(&self) -> bool {
        !self.branches.is_empty()
    }
}

/// A term or acronym of the company, explained.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Term {
    #[serde(default)]
    pub term: String,
    #[serde(default)]
    pub meaning: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Sop {
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub department: String,
    #[serde(default)]
    pub purpose: String,
    #[serde(default)]
    pub terms: Vec<Term>,
    #[serde(default)]
    pub steps: Vec<Step>,
    /// The version date, moved on when the procedure changes.
    #[serde(default, deserialize_with = "crate::kernel::bounds::opt_date")]
    pub version: Option<NaiveDate>,
}

impl Sop {
    /// An id no step uses yet.
    pub fn next_step_id(&self) -> u32 {
        self.steps.iter().map(|s| s.id).max().map_or(1, |m| m + 1)
    }

    pub fn position(&self, id: u32) -> Option<usize> {
        self.steps.iter().position(|s| s.id == id)
    }

    /// Adds a step after the others; returns its id.
    pub fn push_step(&mut self, text: &str) -> u32 {
        let id = self.next_step_id();
        self.steps.push(Step {
            id,
            text: text.to_string(),
            branches: Vec::new(),
            ends: false,
        });
        id
    }

    /// Removes a step; answers that led to it now end the procedure.
    pub fn remove_step(&mut self, id: u32) {
        self.steps.retain(|s| s.id != id);
        for s in &mut self.steps {
            for b in &mut s.branches {
                if b.goto == Goto::Step(id) {
                    b.goto = Goto::End;
                }
            }
        }
    }

    /// Moves a step one place up (`-1`) or down (`1`).
    pub fn move_step(&mut self, id: u32, by: i32) {
        if let Some(i) = self.position(id) {
            let j = i as i64 + i64::from(by);
            if j >= 0 && (j as usize) < self.steps.len() {
                self.steps.swap(i, j as usize);
            }
        }
    }

    /// Where each step leads: `(label, target)`, in drawing order.
    pub fn exits(&self, index: usize) -> Vec<(Option<String>, Goto)> {
        let step = &self.steps[index];
        if step.is_decision() {
            step.branches
                .iter()
                .map(|b| (Some(b.label.clone()), b.goto))
                .collect()
        } else if step.ends || index + 1 == self.steps.len() {
            vec![(None, Goto::End)]
        } else {
            vec![(None, Goto::Step(self.steps[index + 1].id))]
        }
    }

    /// What is wrong with the steps as written.
    pub fn problems(&self) -> Vec<SopProblem> {
        let mut out = Vec::new();
        for (i, s) in self.steps.iter().enumerate() {
            if s.text.trim().is_empty() {
                out.push(SopProblem::EmptyStep(i + 1));
            }
            if s.branches.len() == 1 {
                out.push(SopProblem::OneAnswer(i + 1));
            }
            for b in &s.branches {
                if b.label.trim().is_empty() {
                    out.push(SopProblem::UnnamedAnswer(i + 1));
                }
                if let Goto::Step(t) = b.goto {
                    if self.position(t).is_none() {
                        out.push(SopProblem::MissingTarget(i + 1));
                    } else if t == s.id {
                        out.push(SopProblem::LoopsOnItself(i + 1));
                    }
                }
            }
        }
        // Steps nothing leads to (the first is the start).
        let reached: Vec<u32> = (0..self.steps.len())
            .flat_map(|i| self.exits(i))
            .filter_map(|(_, g)| match g {
                Goto::Step(t) => Some(t),
                Goto::End => None,
            })
            .collect();
        for (i, s) in self.steps.iter().enumerate().skip(1) {
            if !reached.contains(&s.id) {
                out.push(SopProblem::Unreached(i + 1));
            }
        }
        out.dedup();
        out
    }

    /// Whether nothing was written in it: no title, department or purpose
    /// (spaces are nothing), no term and no step, whatever its version date.
    /// A new procedure left so is removed when its page is left.
    pub fn is_blank(&self) -> bool {
        self.title.trim().is_empty()
            && self.department.trim().is_empty()
            && self.purpose.trim().is_empty()
            && self.terms.is_empty()
            && self.steps.is_empty()
    }

    /// Whether the title, department, purpose, terms or steps contain
    /// `query` (folded: no case, no accents, one Turkish i).
    pub fn matches(&self, query: &str) -> bool {
        let q = fold(query.trim());
        if q.is_empty() {
            return true;
        }
        let has = |s: &str| fold(s).contains(&q);
        has(&self.title)
            || has(&self.department)
            || has(&self.purpose)
            || self.terms.iter().any(|t| has(&t.term) || has(&t.meaning))
            || self
                .steps
                .iter()
                .any(|s| has(&s.text) || s.branches.iter().any(|b| has(&b.label)))
    }
}

/// A problem in the steps, by step number (1-based).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SopProblem {
    EmptyStep(usize),
    /// A decision needs at least two answers.
    OneAnswer(usize),
    UnnamedAnswer(usize),
    MissingTarget(usize),
    LoopsOnItself(usize),
    /// Nothing leads to this step.
    Unreached(usize),
}

// ---- starter procedures ---------------------------------------------------------------

/// A step of a starter procedure: its text, and for a decision its answers
/// as `(label, index of the target step or None for the end)`.
type StarterStep = (K, &'static [(K, Option<usize>)], bool);

pub struct Starter {
    pub key: &'static str,
    pub title: K,
    pub department: K,
    pub purpose: K,
    pub terms: &'static [(K, K)],
    pub steps: &'static [StarterStep],
}

const CS: K = K::SopDeptCustomerService;
const YES: K = K::SopYes;
const NO: K = K::SopNo;

/// Procedures the user can copy and adapt: a complaint call, escalating to
/// a manager, a refund or replacement request.
pub const STARTERS: [Starter; 3] = [
    Starter {
        key: "complaint-call",
        title: K::SopCallTitle,
        department: CS,
        purpose: K::SopCallPurpose,
        terms: &[(K::SopCallTermLog, K::SopCallTermLogMeaning)],
        steps: &[
            (K::SopCallStep1, &[], false),
            (K::SopCallStep2, &[], false),
            (K::SopCallStep3, &[], false),
            (K::SopCallStep4, &[(YES, Some(4)), (NO, Some(5))], false),
            (K::SopCallStep5, &[], true),
            (K::SopCallStep6, &[], true),
        ],
    },
    Starter {
        key: "escalation",
        title: K::SopEscalateTitle,
        department: CS,
        purpose: K::SopEscalatePurpose,
        terms: &[],
        steps: &[
            (K::SopEscalateStep1, &[], false),
            (K::SopEscalateStep2, &[], false),
            (K::SopEscalateStep3, &[(YES, Some(4)), (NO, Some(3))], false),
            (K::SopEscalateStep4, &[], false),
            (K::SopEscalateStep5, &[], false),
        ],
    },
    Starter {
        key: "refund",
        title: K::SopRefundTitle,
        department: CS,
        purpose: K::SopRefundPurpose,
        terms: &[(K::SopRefundTermReceipt, K::SopRefundTermReceiptMeaning)],
        steps: &[
            (K::SopRefundStep1, &[], false),
            (K::SopRefundStep2, &[(YES, Some(2)), (NO, Some(3))], false),
            (K::SopRefundStep3, &[], true),
            (K::SopRefundStep4, &[(YES, Some(4)), (NO, Some(5))], false),
            (K::SopRefundStep5, &[], true),
            (K::SopRefundStep6, &[], true),
        ],
    },
];

/// A starter procedure as the user's own, in `lang`, dated `today`.
pub fn starter_in(starter: &Starter, lang: Lang, today: NaiveDate) -> Sop {
    let steps = starter
        .steps
        .iter()
        .enumerate()
        .map(|(i, (text, answers, ends))| Step {
            id: i as u32 + 1,
            text: text.in_lang(lang).to_string(),
            branches: answers
                .iter()
                .map(|(label, to)| Branch {
                    label: label.in_lang(lang).to_string(),
                    goto: to.map_or(Goto::End, |t| Goto::Step(t as u32 + 1)),
                })
                .collect(),
            ends: *ends,
        })
        .collect();
    Sop {
        title: starter.title.in_lang(lang).to_string(),
        department: starter.department.in_lang(lang).to_string(),
        purpose: starter.purpose.in_lang(lang).to_string(),
        terms: starter
            .terms
            .iter()
            .map(|(t, m)| Term {
                term: t.in_lang(lang).to_string(),
                meaning: m.in_lang(lang).to_string(),
            })
            .collect(),
        steps,
        version: Some(today),
    }
}

// ---- the flowchart -----------------------------------------------------------------

/// Sizes of the drawing, in SVG user units.
pub const NODE_W: f64 = 240.0;
pub const LINE_H: f64 = 18.0;
pub const PAD_Y: f64 = 12.0;
/// Decisions are drawn as hexagons, wider at the middle.
pub const DECISION_INSET: f64 = 18.0;
pub const GAP_Y: f64 = 36.0;
pub const LANE_W: f64 = 26.0;
pub const MARGIN: f64 = 16.0;
/// Characters per line inside a box (roughly, for a 14 px sans-serif).
pub const WRAP: usize = 30;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    Start,
    Action,
    Decision,
    End,
}

#[derive(Debug, Clone, PartialEq)]
pub struct NodeBox {
    /// The step's index, or `None` for the start and end terminals.
    pub step: Option<usize>,
    pub shape: Shape,
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
    pub lines: Vec<String>,
}

impl NodeBox {
    pub fn bottom(&self) -> f64 {
        self.y + self.h
    }
    pub fn right(&self) -> f64 {
        self.x + self.w
    }
    pub fn mid_x(&self) -> f64 {
        self.x + self.w / 2.0
    }
    pub fn mid_y(&self) -> f64 {
        self.y + self.h / 2.0
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Edge {
    /// Polyline points, from the source box's edge to the target's.
    pub points: Vec<(f64, f64)>,
    pub label: Option<String>,
    /// Where to write the label.
    pub label_at: (f64, f64),
    /// Leads back up (a loop).
    pub back: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Flowchart {
    pub width: f64,
    pub height: f64,
    pub nodes: Vec<NodeBox>,
    pub edges: Vec<Edge>,
}

/// Breaks `text` into lines of at most `width` characters at spaces (a
/// longer word gets a line of its own, cut if it must be).
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let mut word: String = word.to_string();
        while word.chars().count() > width {
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            let head: String = word.chars().take(width).collect();
            word = word.chars().skip(width).collect();
            lines.push(head);
        }
        let len = line.chars().count();
        if len > 0 && len + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    if lines.is_empty() {
        lines.push(String::new());
    }
    lines
}

/// How far apart the lines that leave or reach one side of a box are, so
/// that an answer's label (written just above its line) never touches the
/// line above it and two arrowheads never stack.
pub const PORT_GAP: f64 = 18.0;
/// The least room kept between a box's top or bottom and its first or last
/// line on the side.
pub const PORT_MARGIN: f64 = 12.0;
/// An answer's label: its font size and a generous width per character
/// (12 px bold sans-serif), so the drawing keeps room for it.
pub const LABEL_SIZE: f64 = 12.0;
pub const LABEL_CHAR_W: f64 = 7.6;
/// How long and wide an arrowhead is (the marker's 7 units at a 1.5 stroke).
pub const ARROW: f64 = 10.5;
/// How far right of a box an answer's label starts: past the arrowheads
/// that reach the box's side above it.
pub const LABEL_GAP: f64 = ARROW + 2.5;

/// The box a label written at `at` (its baseline's start) takes, as
/// `(left, top, right, bottom)`.
pub fn label_box(label: &str, at: (f64, f64)) -> (f64, f64, f64, f64) {
    let w = label.chars().count() as f64 * LABEL_CHAR_W;
    (at.0, at.1 - LABEL_SIZE, at.0 + w, at.1 + 3.0)
}

impl NodeBox {
    /// How round a terminal's ends are: a pill while it is one line high;
    /// grown taller (to take more arriving lines), its sides run straight
    /// between the same round corners.
    pub fn radius(&self) -> f64 {
        (self.h / 2.0).min((LINE_H + 2.0 * PAD_Y) / 2.0)
    }

    /// Where a line at height `y` meets the shape on its right side: the
    /// point of a hexagon, the round end of a terminal, the edge of a box.
    pub fn right_at(&self, y: f64) -> f64 {
        let dy = (y - self.mid_y()).abs().min(self.h / 2.0);
        match self.shape {
            Shape::Decision if self.h > 0.0 => self.right() - DECISION_INSET * dy / (self.h / 2.0),
            Shape::Start | Shape::End => {
                let r = self.radius();
                let dy = (dy - (self.h / 2.0 - r)).max(0.0);
                self.right() - r + (r * r - dy * dy).max(0.0).sqrt()
            }
            _ => self.right(),
        }
    }
}

/// How one exit is drawn: straight down into the next box, or in a lane of
/// its own to the right of the boxes.
enum Route {
    Straight,
    Lane {
        lane: usize,
        out_port: usize,
        in_port: usize,
    },
}

/// Lays the steps out top to bottom in their order, between a start and an
/// end terminal. The first exit to the next box is a straight line down;
/// every other exit (a skip forward, a loop back, a jump to the end, a
/// second answer to the next step) runs in a lane of its own to the right
/// of the boxes, so no line crosses a box and no two lanes overlap. The
/// lines on a box's right side (those arriving, then those leaving) are
/// `PORT_GAP` apart, the box growing when it must, so no two arrowheads
/// stack (at the end, say) and no answer's label sits on another line. The
/// labels are written between the boxes and the first lane, which is moved
/// right to make room for the longest, so no lane crosses a label.
pub fn layout(sop: &Sop, start_label: &str, end_label: &str) -> Flowchart {
    let x = MARGIN;
    let n = sop.steps.len();
    let end = n + 1;
    // Box index of a target: steps are 1.., the end is last.
    let target = |g: Goto| match g {
        Goto::Step(id) => sop.position(id).map(|p| p + 1),
        Goto::End => Some(end),
    };
    // First, how each exit goes and which ports it takes on each box.
    let mut ports = vec![(0usize, 0usize); n + 2]; // (arriving, leaving) on the right
    let mut routes: Vec<Vec<(Option<String>, usize, Route)>> = Vec::with_capacity(n);
    let mut lanes = 0usize;
    for i in 0..n {
        let from = i + 1;
        let mut straight_taken = false;
        let mut out = Vec::new();
        for (label, goto) in sop.exits(i) {
            let Some(to) = target(goto) else { continue };
            if to == from + 1 && !straight_taken {
                straight_taken = true;
                out.push((label, to, Route::Straight));
                continue;
            }
            let out_port = ports[from].1;
            ports[from].1 += 1;
            out.push((
                label,
                to,
                Route::Lane {
                    lane: lanes,
                    out_port,
                    in_port: 0,
                },
            ));
            lanes += 1;
        }
        routes.push(out);
    }
    // Arrivals take their ports in lane order.
    for out in &mut routes {
        for (_, to, route) in out.iter_mut() {
            if let Route::Lane { in_port, .. } = route {
                *in_port = ports[*to].0;
                ports[*to].0 += 1;
            }
        }
    }
    let room = |k: usize, h: f64| {
        let (arriving, leaving) = ports[k];
        let count = arriving + leaving;
        if count == 0 {
            h
        } else {
            h.max((count - 1) as f64 * PORT_GAP + 2.0 * PORT_MARGIN)
        }
    };
    let mut nodes = Vec::with_capacity(n + 2);
    let mut y = MARGIN;
    let terminal = |label: &str, shape: Shape, y: f64, h: f64| NodeBox {
        step: None,
        shape,
        x: x + NODE_W / 4.0,
        y,
        w: NODE_W / 2.0,
        h,
        lines: vec![label.to_string()],
    };
    let terminal_h = LINE_H + 2.0 * PAD_Y;
    nodes.push(terminal(start_label, Shape::Start, y, terminal_h));
    y = nodes[0].bottom() + GAP_Y;
    for (i, s) in sop.steps.iter().enumerate() {
        let decision = s.is_decision();
        let width = if decision { WRAP - 4 } else { WRAP };
        let lines = wrap(&format!("{}. {}", i + 1, s.text.trim()), width);
        let h = lines.len() as f64 * LINE_H + 2.0 * PAD_Y + if decision { 8.0 } else { 0.0 };
        let h = room(i + 1, h);
        nodes.push(NodeBox {
            step: Some(i),
            shape: if decision {
                Shape::Decision
            } else {
                Shape::Action
            },
            x,
            y,
            w: NODE_W,
            h,
            lines,
        });
        y += h + GAP_Y;
    }
    nodes.push(terminal(end_label, Shape::End, y, room(end, terminal_h)));
    // The height of port `p` on box `k`: arrivals first, then departures,
    // centred on the box's middle.
    let port_y = |k: usize, p: usize| {
        let (arriving, leaving) = ports[k];
        let count = (arriving + leaving).max(1);
        nodes[k].mid_y() + (p as f64 - (count - 1) as f64 / 2.0) * PORT_GAP
    };
    // The first lane leaves room for every label between it and the boxes.
    let right = x + NODE_W;
    let mut labels_end = right + MARGIN;
    for out in &routes {
        for (label, _, route) in out {
            let w = label.as_deref().map_or(0.0, |l| label_box(l, (0.0, 0.0)).2);
            let reach = match route {
                Route::Straight => x + NODE_W / 2.0 + 6.0 + w + 8.0,
                Route::Lane { .. } => right + LABEL_GAP + w + 10.0,
            };
            labels_end = labels_end.max(reach);
        }
    }
    let first_lane = labels_end.max(right + LANE_W);
    let lane_x = |lane: usize| first_lane + LANE_W * lane as f64;
    let mut edges = Vec::new();
    // The start leads to the first step (or the end).
    edges.push(straight(&nodes[0], &nodes[1], None));
    for (i, out) in routes.into_iter().enumerate() {
        let from = i + 1;
        for (label, to, route) in out {
            let (a, b) = (&nodes[from], &nodes[to]);
            match route {
                Route::Straight => edges.push(straight(a, b, label)),
                Route::Lane {
                    lane,
                    out_port,
                    in_port,
                } => {
                    let lx = lane_x(lane);
                    let out_y = port_y(from, ports[from].0 + out_port);
                    let in_y = port_y(to, in_port);
                    let points = vec![
                        (a.right_at(out_y), out_y),
                        (lx, out_y),
                        (lx, in_y),
                        (b.right_at(in_y), in_y),
                    ];
                    edges.push(Edge {
                        label_at: (a.right() + LABEL_GAP, out_y - 4.0),
                        points,
                        label,
                        back: to <= from,
                    });
                }
            }
        }
    }
    let width = if lanes == 0 {
        labels_end
    } else {
        lane_x(lanes - 1) + MARGIN
    };
    let width = width.max(right + MARGIN);
    Flowchart {
        width,
        height: nodes[end].bottom() + MARGIN,
        nodes,
        edges,
    }
}

fn straight(a: &NodeBox, b: &NodeBox, label: Option<String>) -> Edge {
    let x = a.mid_x();
    Edge {
        points: vec![(x, a.bottom()), (x, b.y)],
        label_at: (x + 6.0, a.bottom() + 14.0),
        label,
        back: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::run::meetings::*;

    /// "Can the agent solve it? yes: resolve; no: escalate to a manager".
    fn call() -> Sop {
        let mut s = Sop {
            title: "Handling a complaint call".into(),
            ..Sop::default()
        };
        s.push_step("Listen without interrupting and write down the facts");
        s.push_step("Can the agent solve it?");
        let resolve = s.push_step("Resolve it and ask if the customer is satisfied");
        let escalate = s.push_step("Escalate to a manager the same day");
        s.steps[1].branches = vec![
            Branch {
                label: "yes".into(),
                goto: Goto::Step(resolve),
            },
            Branch {
                label: "no".into(),
                goto: Goto::Step(escalate),
            },
        ];
        s.steps[2].ends = true;
        s
    }

    #[test]
    fn exits_follow_the_order_decisions_and_ends() {
        let s = call();
        assert_eq!(s.exits(0), vec![(None, Goto::Step(2))]);
        assert_eq!(
            s.exits(1),
            vec![
                (Some("yes".into()), Goto::Step(3)),
                (Some("no".into()), Goto::Step(4))
            ]
        );
        assert_eq!(s.exits(2), vec![(None, Goto::End)], "marked as an end");
        assert_eq!(s.exits(3), vec![(None, Goto::End)], "the last step ends");
        assert!(s.problems().is_empty(), "{:?}", s.problems());
    }

    #[test]
    fn removing_a_step_makes_answers_to_it_end_the_procedure() {
        let mut s = call();
        s.remove_step(4);
        assert_eq!(s.steps[1].branches[1].goto, Goto::End);
        assert_eq!(s.steps.len(), 3);
        assert_eq!(
            s.next_step_id(),
            4,
            "ids are not reused while higher ones exist"
        );
    }

    #[test]
    fn moving_a_step_keeps_answers_pointing_at_it() {
        let mut s = call();
        s.move_step(4, -1);
        assert_eq!(
            s.steps.iter().map(|x| x.id).collect::<Vec<_>>(),
            vec![1, 2, 4, 3]
        );
        assert_eq!(s.steps[1].branches[0].goto, Goto::Step(3));
        s.move_step(1, -1);
        assert_eq!(s.steps[0].id, 1, "the first cannot move up");
    }

    #[test]
    fn problems_name_the_step() {
        let mut s = call();
        s.steps[0].text = " ".into();
        s.steps[1].branches.truncate(1);
        s.steps[1].branches[0].label.clear();
        assert_eq!(
            s.problems(),
            vec![
                SopProblem::EmptyStep(1),
                SopProblem::OneAnswer(2),
                SopProblem::UnnamedAnswer(2),
                SopProblem::Unreached(4)
            ]
        );
        let mut loopy = call();
        loopy.steps[1].branches[0].goto = Goto::Step(2);
        loopy.steps[1].branches[1].goto = Goto::Step(99);
        assert!(loopy.problems().contains(&SopProblem::LoopsOnItself(2)));
        assert!(loopy.problems().contains(&SopProblem::MissingTarget(2)));
    }

    #[test]
    fn wrapping_breaks_at_spaces_and_cuts_long_words() {
        assert_eq!(wrap("one two three", 7), vec!["one two", "three"]);
        assert_eq!(wrap("abcdefghij", 4), vec!["abcd", "efgh", "ij"]);
        assert_eq!(wrap("", 10), vec![""]);
        assert_eq!(wrap("çok güzel şey", 9), vec!["çok güzel", "şey"]);
    }

    fn overlaps(a: &NodeBox, b: &NodeBox) -> bool {
        a.x < b.right() && b.x < a.right() && a.y < b.bottom() && b.y < a.bottom()
    }

    #[test]
    fn the_flowchart_has_a_box_per_step_between_start_and_end() {
        let f = layout(&call(), "Start", "End");
        assert_eq!(f.nodes.len(), 6);
        assert_eq!(f.nodes[0].shape, Shape::Start);
        assert_eq!(f.nodes[2].shape, Shape::Decision);
        assert_eq!(f.nodes[5].shape, Shape::End);
        for (i, a) in f.nodes.iter().enumerate() {
            for b in &f.nodes[i + 1..] {
                assert!(!overlaps(a, b), "{a:?} overlaps {b:?}");
                assert!(b.y > a.bottom(), "boxes go down in order");
            }
            assert!(a.right() <= f.width && a.bottom() <= f.height);
        }
    }

    #[test]
    fn every_exit_is_drawn_and_labelled_lanes_do_not_overlap() {
        let s = call();
        let f = layout(&s, "Start", "End");
        // start→1, 1→2, 2→3 (yes, straight), 2→4 (no, lane), 3→end (lane), 4→end (straight).
        assert_eq!(f.edges.len(), 6);
        let labels: Vec<&str> = f.edges.iter().filter_map(|e| e.label.as_deref()).collect();
        assert_eq!(labels, vec!["yes", "no"]);
        let lanes: Vec<f64> = f
            .edges
            .iter()
            .filter(|e| e.points.len() == 4)
            .map(|e| e.points[1].0)
            .collect();
        assert_eq!(lanes.len(), 2);
        assert!(lanes[0] != lanes[1]);
        for e in &f.edges {
            for (px, py) in &e.points {
                assert!(
                    *px <= f.width && *py <= f.height,
                    "{e:?} leaves the drawing"
                );
            }
            // A lane runs right of every box, so it crosses none.
            if e.points.len() == 4 {
                assert!(f.nodes.iter().all(|n| e.points[1].0 > n.right()));
            }
        }
    }

    #[test]
    fn a_loop_back_is_marked_and_grows_the_drawing() {
        let mut s = call();
        s.steps[3].branches = vec![
            Branch {
                label: "manager solved it".into(),
                goto: Goto::End,
            },
            Branch {
                label: "needs more facts".into(),
                goto: Goto::Step(1),
            },
        ];
        let f = layout(&s, "Start", "End");
        assert!(f
            .edges
            .iter()
            .any(|e| e.back && e.label.as_deref() == Some("needs more facts")));
        let plain = layout(&call(), "Start", "End");
        assert!(f.width > plain.width, "one more lane");
        // More text, taller boxes.
        let mut long = call();
        long.steps[0].text = "word ".repeat(40);
        assert!(layout(&long, "Start", "End").height > plain.height);
    }

    type Rect = (f64, f64, f64, f64);

    /// Whether two rectangles `(left, top, right, bottom)` share more than an
    /// edge.
    fn meet(a: Rect, b: Rect) -> bool {
        a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3
    }

    /// The segments of an edge's line, each as the rectangle it covers
    /// (a line is thin but not nothing: 1 unit either side).
    fn segments(e: &Edge) -> Vec<Rect> {
        e.points
            .windows(2)
            .map(|w| {
                let ((x1, y1), (x2, y2)) = (w[0], w[1]);
                (
                    x1.min(x2) - 1.0,
                    y1.min(y2) - 1.0,
                    x1.max(x2) + 1.0,
                    y1.max(y2) + 1.0,
                )
            })
            .collect()
    }

    /// The square an edge's arrowhead covers, behind its tip.
    fn arrowhead(e: &Edge) -> Rect {
        let (tx, ty) = e.points[e.points.len() - 1];
        let (px, py) = e.points[e.points.len() - 2];
        let h = ARROW / 2.0;
        if (px - tx).abs() > (py - ty).abs() {
            let x0 = if px > tx { tx } else { tx - ARROW };
            (x0, ty - h, x0 + ARROW, ty + h)
        } else {
            let y0 = if py > ty { ty } else { ty - ARROW };
            (tx - h, y0, tx + h, y0 + ARROW)
        }
    }

    /// What the drawing must never do: a label on another label, on another
    /// line or on an arrowhead or a box; two arrowheads on one box closer
    /// than an arrowhead's size.
    fn assert_readable(f: &Flowchart, what: &str) {
        let labels: Vec<(usize, Rect)> = f
            .edges
            .iter()
            .enumerate()
            .filter_map(|(i, e)| e.label.as_deref().map(|l| (i, label_box(l, e.label_at))))
            .collect();
        for (n, (i, a)) in labels.iter().enumerate() {
            for (j, b) in &labels[n + 1..] {
                assert!(
                    !meet(*a, *b),
                    "{what}: labels of edges {i} and {j} overlap: {f:#?}"
                );
            }
            for (j, e) in f.edges.iter().enumerate() {
                if j != *i {
                    for s in segments(e) {
                        assert!(
                            !meet(*a, s),
                            "{what}: edge {j}'s line runs over edge {i}'s label: {f:#?}"
                        );
                    }
                }
                assert!(
                    !meet(*a, arrowhead(e)),
                    "{what}: edge {j}'s arrowhead sits on edge {i}'s label"
                );
            }
            for node in &f.nodes {
                assert!(
                    !meet(*a, (node.x, node.y, node.right(), node.bottom())),
                    "{what}: edge {i}'s label is on a box"
                );
            }
            assert!(
                a.2 <= f.width,
                "{what}: edge {i}'s label leaves the drawing"
            );
        }
        for (i, a) in f.edges.iter().enumerate() {
            for b in &f.edges[i + 1..] {
                let (p, q) = (a.points[a.points.len() - 1], b.points[b.points.len() - 1]);
                let d = ((p.0 - q.0).powi(2) + (p.1 - q.1).powi(2)).sqrt();
                assert!(
                    d >= ARROW,
                    "{what}: two arrowheads stack at {p:?} and {q:?}: {f:#?}"
                );
            }
        }
    }

    /// Steps `texts`; then `decide(sop)` makes the decisions.
    fn steps(texts: &[&str]) -> Sop {
        let mut s = Sop::default();
        for t in texts {
            s.push_step(t);
        }
        s
    }

    fn answer(label: &str, goto: Goto) -> Branch {
        Branch {
            label: label.into(),
            goto,
        }
    }

    #[test]
    fn a_new_decisions_two_answers_to_the_end_are_written_apart() {
        // Ticking "decision" gives two answers, both leading to the end.
        let mut s = steps(&["Check the order", "Is it late?", "Call the courier"]);
        s.steps[1].branches = vec![answer("yes", Goto::End), answer("no", Goto::End)];
        let f = layout(&s, "Start", "End");
        assert_readable(&f, "new decision");
        let lanes = f.edges.iter().filter(|e| e.points.len() == 4).count();
        assert_eq!(lanes, 2, "both answers run in lanes beside the box");
        // The same as the last step, and in Turkish, with longer words.
        s.steps.truncate(2);
        s.steps[1].branches = vec![answer("Evet", Goto::End), answer("Hayır", Goto::End)];
        assert_readable(&layout(&s, "Başla", "Bitiş"), "new decision, last");
    }

    #[test]
    fn a_line_arriving_at_a_decision_keeps_off_its_answers_labels() {
        // 1 asks; its "no" skips to 3, which asks again: the line arriving
        // at 3 must not run over 3's own "no".
        let mut s = steps(&[
            "Is the item in stock?",
            "Ship it",
            "Can it be ordered?",
            "Order it",
            "Offer another",
        ]);
        s.steps[0].branches = vec![answer("yes", Goto::Step(2)), answer("no", Goto::Step(3))];
        s.steps[2].branches = vec![answer("yes", Goto::Step(4)), answer("no", Goto::Step(5))];
        s.steps[1].ends = true;
        s.steps[3].ends = true;
        let f = layout(&s, "Start", "End");
        assert_readable(&f, "no into a decision");
        // A loop back into a decision with labels on both sides.
        s.steps[4].branches = vec![
            answer("accepted", Goto::End),
            answer("try again", Goto::Step(3)),
        ];
        assert_readable(&layout(&s, "Start", "End"), "loop back into a decision");
    }

    #[test]
    fn lines_reaching_the_end_arrive_at_points_of_their_own() {
        // Every step ends: four lanes and one straight line reach the end.
        let mut s = steps(&["One", "Two", "Three", "Four", "Five"]);
        for x in &mut s.steps {
            x.ends = true;
        }
        let f = layout(&s, "Start", "End");
        assert_readable(&f, "every step ends");
        let end = f.nodes.last().unwrap();
        let arrivals: Vec<(f64, f64)> = f
            .edges
            .iter()
            .map(|e| e.points[e.points.len() - 1])
            .filter(|p| p.1 >= end.y - 0.01 && p.1 <= end.bottom() + 0.01)
            .collect();
        assert_eq!(arrivals.len(), 5, "{arrivals:?}");
        for p in &arrivals {
            // Each one touches the end's outline.
            assert!(p.0 >= end.x && p.0 <= end.right(), "{p:?}");
        }
        assert!(
            end.h > LINE_H + 2.0 * PAD_Y,
            "the end grew to take four lines on its side"
        );
        assert_eq!(
            end.radius(),
            (LINE_H + 2.0 * PAD_Y) / 2.0,
            "with straight sides"
        );
        for p in arrivals.iter().filter(|p| p.1 > end.y + 1.0) {
            assert!(end.right() - p.0 < 3.0, "{p:?} reaches the side");
        }
    }

    #[test]
    fn every_chart_the_templates_draw_is_readable_in_every_language() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        for starter in &STARTERS {
            for lang in Lang::ALL {
                let s = starter_in(starter, lang, today);
                let f = layout(&s, K::FlowStart.in_lang(lang), K::FlowEnd.in_lang(lang));
                assert_readable(&f, &format!("{} {lang:?}", starter.key));
            }
        }
        assert_readable(&layout(&call(), "Start", "End"), "call");
        // Long answers push the lanes right rather than under the labels.
        let mut s = call();
        s.steps[1].branches[1].label = "the customer wants a manager now".into();
        s.steps[1].branches[0].goto = Goto::End;
        assert_readable(&layout(&s, "Start", "End"), "long answers");
    }

    #[test]
    fn an_empty_procedure_goes_from_start_to_end() {
        let f = layout(&Sop::default(), "Start", "End");
        assert_eq!(f.nodes.len(), 2);
        assert_eq!(f.edges.len(), 1);
    }

    #[test]
    fn a_procedure_is_blank_only_while_nothing_is_written_in_it() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        let new = Sop {
            version: Some(today),
            ..Sop::default()
        };
        assert!(new.is_blank(), "a new procedure, dated today");
        assert!(Sop {
            title: "  ".into(),
            ..new.clone()
        }
        .is_blank());
        let typed = [
            Sop {
                title: "Opening".into(),
                ..new.clone()
            },
            Sop {
                department: "Shop".into(),
                ..new.clone()
            },
            Sop {
                purpose: "Why".into(),
                ..new.clone()
            },
            Sop {
                terms: vec![Term::default()],
                ..new.clone()
            },
            Sop {
                steps: vec![Step {
                    id: 1,
                    text: String::new(),
                    branches: Vec::new(),
                    ends: false,
                }],
                ..new.clone()
            },
        ];
        for s in typed {
            assert!(!s.is_blank(), "{s:?}");
        }
    }

    #[test]
    fn search_looks_in_every_part() {
        let mut s = call();
        s.department = "Customer service".into();
        s.terms.push(Term {
            term: "RMA".into(),
            meaning: "Return merchandise authorisation".into(),
        });
        assert!(s.matches("rma"));
        assert!(s.matches("MANAGER"));
        assert!(s.matches("customer serv"));
        assert!(s.matches(""));
        assert!(!s.matches("invoice"));
    }

    #[test]
    fn starters_copy_into_a_clean_procedure_in_each_language() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        for starter in &STARTERS {
            for lang in Lang::ALL {
                let s = starter_in(starter, lang, today);
                assert!(
                    s.problems().is_empty(),
                    "{} {lang:?}: {:?}",
                    starter.key,
                    s.problems()
                );
                assert!(!s.title.is_empty() && !s.purpose.is_empty());
                assert_eq!(s.version, Some(today));
                assert!(
                    s.steps.iter().any(Step::is_decision),
                    "each starter has a decision"
                );
            }
        }
        let it = starter_in(&STARTERS[0], Lang::It, today);
        assert_eq!(it.steps[3].branches[0].label, "sì");
        assert_eq!(it.steps[3].branches[1].goto, Goto::Step(6));
    }

    #[test]
    fn meeting_notes_are_searchable_and_know_when_follow_up_is_due() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        let mut m = MeetingNote {
            date: today,
            kind: MeetingKind::InPerson,
            customer: "Anna Verdi".into(),
            staff: "Marco".into(),
            topics: "Delivery times".into(),
            feedback: "Wants Saturday deliveries".into(),
            actions: vec![ActionItem {
                text: "Ask the courier".into(),
                who: "Marco".into(),
                done: false,
            }],
            follow_up: Some(today),
            followed_up: false,
        };
        assert!(m.matches("saturday") && m.matches("verdi") && m.matches("courier"));
        assert!(!m.matches("refund"));
        assert!(
            m.matches("VERDI") && m.matches("  Saturday "),
            "case folded"
        );
        m.customer = "İSMAİL IŞIK".into();
        assert!(m.matches("ismail ışık") && m.matches("isik"), "Turkish i's");
        assert!(m.follow_up_due(today));
        assert!(!m.follow_up_due(today.pred_opt().unwrap()), "not yet");
        assert_eq!(m.open_actions(), 1);
        m.actions[0].done = true;
        assert_eq!(m.open_actions(), 0);
        assert!(
            m.follow_up_due(today),
            "the call back is due even with actions done"
        );
        m.followed_up = true;
        assert!(!m.follow_up_due(today), "it took place");
        m.followed_up = false;
        m.follow_up = None;
        assert!(!m.follow_up_due(today), "no date, nothing due");
    }

    #[test]
    fn a_meeting_note_saved_before_followed_up_existed_still_loads() {
        let old = r#"{"date":"2026-11-01","kind":"phone","customer":"A","staff":"","topics":"",
            "feedback":"","actions":[{"text":"Call","who":"","done":false}],"follow_up":"2026-11-10"}"#;
        let m: MeetingNote = serde_json::from_str(old).unwrap();
        assert!(!m.followed_up);
        assert!(m.follow_up_due(NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()));
    }

    #[test]
    fn goto_is_readable_json() {
        let b = Branch {
            label: "no".into(),
            goto: Goto::Step(4),
        };
        assert_eq!(
            serde_json::to_string(&b).unwrap(),
            r#"{"label":"no","goto":{"to":"step","step":4}}"#
        );
        let e = Branch {
            label: "yes".into(),
            goto: Goto::End,
        };
        assert_eq!(
            serde_json::to_string(&e).unwrap(),
            r#"{"label":"yes","goto":{"to":"end"}}"#
        );
    }
}
