//! A run's trace as the tree's actions: every context the program made, with what its
//! constructor was given, and every cancel func it called, each at its virtual time. Played into
//! a fresh [`Scene`](crate::scene::Scene) through `scene::apply`, the scene's own engine redoes
//! what follows from them (deadlines firing, cancellation travelling down), so the tree shows
//! the learner's program with the same semantics, animation and narration as the presets.
//!
//! Nodes are named after the variable the program assigned them to (`ctx`, `ctx2`...), read
//! from the source line of the call.

use std::collections::{HashMap, HashSet};

use crate::engine::{ContextKind, Duration, GoValue, NodeId, Time};
use crate::scene::{Action, Applied, Args};

use super::wire::{Ev, Reply, WireError, WireNode};

/// One thing the program did to the tree.
#[derive(Clone, Debug, PartialEq)]
pub enum Op {
    /// It made a context (`id` and `parent` are the run's ids).
    Add {
        /// The run's id for it.
        id: u32,
        /// The run's id for its parent.
        parent: Option<u32>,
        /// Its name in the tree.
        name: String,
        /// The function.
        kind: ContextKind,
        /// What the function was given.
        args: Args,
    },
    /// It called a context's cancel func (with the cause given, for WithCancelCause).
    Cancel {
        /// The run's id.
        id: u32,
        /// `Some(cause)` for a CancelCauseFunc (`None` inside: a nil cause).
        cause: Option<Option<String>>,
    },
    /// main returned: the clock stands at the run's last event.
    End,
}

/// A step of the replay: when (virtual ns), where in the source, and what.
#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    /// Virtual time, ns.
    pub at: i64,
    /// Source line (0: none).
    pub line: u32,
    /// What the program did.
    pub op: Op,
}

/// A run ready to replay: its steps, and the scene's ids for the run's nodes made so far.
#[derive(Clone, Debug, Default)]
pub struct Replay {
    /// The steps, in the run's order.
    pub steps: Vec<Step>,
    ids: HashMap<u32, NodeId>,
}

impl Replay {
    /// Reads a run's reply; `source` is the program (for naming nodes).
    pub fn new(reply: &Reply, source: &str) -> Result<Replay, WireError> {
        let nodes: HashMap<u32, &WireNode> = reply.nodes.iter().map(|n| (n.id, n)).collect();
        let lines: Vec<&str> = source.lines().collect();
        let mut names = HashSet::new();
        let mut steps = Vec::new();
        let mut end = 0;
        for e in reply.events()? {
            end = end.max(e.time);
            let Ev::Context { op, nodes: ids } = &e.kind else { continue };
            let Some(&id) = ids.first() else { continue };
            let node = nodes.get(&id);
            let op = if let Some(kind) = ContextKind::from_go_name(op) {
                let Some(args) = node.and_then(|n| args(kind, n, e.time)) else { continue };
                let line = lines.get((e.line as usize).wrapping_sub(1)).copied().unwrap_or("");
                // A root is nearly always an argument (`WithCancel(context.Background())`), so the
                // line's variable is its child's.
                let var = if matches!(kind, ContextKind::Background | ContextKind::Todo) { None } else { variable(line) };
                let name = unique(&mut names, &var.unwrap_or_else(|| default_name(kind)));
                Op::Add { id, parent: ids.get(1).copied(), name, kind, args }
            } else if op == "cancel" && e.goroutine != 0 {
                let cause = node.filter(|n| n.kind == "WithCancelCause").map(|n| n.cause.clone());
                Op::Cancel { id, cause }
            } else {
                continue;
            };
            steps.push(Step { at: e.time, line: e.line, op });
        }
        steps.push(Step { at: end, line: 0, op: Op::End });
        Ok(Replay { steps, ids: HashMap::new() })
    }

    /// Plays step `i` on a scene whose clock reads `now`: moves the clock to the step's time
    /// (firing what falls due, as the run's clock did), then does the step. `apply` is
    /// `scene::apply` on the scene (or the panel's dispatch); what it answers maps the ids.
    pub fn play(&mut self, i: usize, now: Time, mut apply: impl FnMut(Action) -> Option<Applied>) {
        let Some(step) = self.steps.get(i).cloned() else { return };
        if step.at > now.nanos() {
            apply(Action::Advance(Duration::from_nanos(step.at - now.nanos())));
        }
        let action = match step.op {
            Op::Add { id, parent, name, kind, args } => {
                let parent = match parent {
                    Some(p) => match self.ids.get(&p) {
                        Some(p) => Some(*p),
                        None => return,
                    },
                    None => None,
                };
                if let Some(Applied::Added(node)) = apply(Action::Add { parent, name, kind, args, drop_cancel: false }) {
                    self.ids.insert(id, node);
                }
                return;
            }
            Op::Cancel { id, cause } => match (self.ids.get(&id), cause) {
                (Some(node), Some(cause)) => Action::CancelCause { node: *node, cause },
                (Some(node), None) => Action::Cancel(*node),
                (None, _) => return,
            },
            Op::End => return,
        };
        apply(action);
    }
}

/// What the constructor was given, from the node as the run's engine holds it.
fn args(kind: ContextKind, n: &WireNode, at: i64) -> Option<Args> {
    use ContextKind as K;
    let after = |d: i64| Duration::from_nanos(d.saturating_sub(at));
    Some(match kind {
        K::Background | K::Todo | K::WithCancel | K::WithCancelCause | K::WithoutCancel => Args::None,
        K::WithTimeout => Args::Timeout(after(n.deadline?)),
        K::WithDeadline => Args::Deadline(Time::from_nanos(n.deadline?)),
        K::WithTimeoutCause => Args::TimeoutCause(after(n.deadline?), n.cause.clone()),
        K::WithDeadlineCause => Args::DeadlineCause(Time::from_nanos(n.deadline?), n.cause.clone()),
        K::WithValue => {
            let (k, v) = n.entry.as_ref()?;
            Args::Value { key: GoValue::from(k), value: GoValue::from(v) }
        }
    })
}

/// The variable a line assigns first: `ctx` in `ctx, cancel := context.WithCancel(parent)`.
fn variable(line: &str) -> Option<String> {
    let lhs = line.split_once(":=").or_else(|| line.split_once(" = "))?.0;
    let first = lhs.split(',').next()?.trim();
    let first = first.strip_prefix("var ").unwrap_or(first).trim();
    let ok = !first.is_empty()
        && first != "_"
        && first.len() <= 20
        && first.chars().all(|c| c.is_alphanumeric() || c == '_' || c == '.')
        && !first.starts_with(|c: char| c.is_ascii_digit());
    ok.then(|| first.to_string())
}

fn default_name(kind: ContextKind) -> String {
    match kind {
        ContextKind::Background => "background".into(),
        ContextKind::Todo => "todo".into(),
        _ => "ctx".into(),
    }
}

/// `name`, or `name2`, `name3`... if taken.
fn unique(taken: &mut HashSet<String>, name: &str) -> String {
    let mut n = 1;
    let mut candidate = name.to_string();
    while taken.contains(&candidate) {
        n += 1;
        candidate = format!("{name}{n}");
    }
    taken.insert(candidate.clone());
    candidate
}
