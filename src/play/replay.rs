//! A run's trace as the tree's actions: every context the program made, with what its
//! constructor was given, every cancel func it called, its goroutines parking on a Done,
//! waking and exiting, and main's return, each at its virtual time. Played into a fresh
//! [`Scene`](crate::scene::Scene) through `scene::apply`, the scene's own engine redoes what
//! follows from them (deadlines firing, cancellation travelling down, parked goroutines
//! woken), so the tree shows the learner's program with the same semantics, animation and
//! narration as the presets.
//!
//! Nodes are named after the variable the program assigned them to (`ctx`, `ctx2`...), read
//! from the source line of the call.

use std::collections::{HashMap, HashSet};

use crate::engine::{ContextKind, Duration, GoValue, GoroutineId, NodeId, Time};
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
    /// Goroutine `goroutine` (running `func`) parked on context `id`'s Done.
    Wait {
        /// Go's number for it.
        goroutine: u64,
        /// Its function.
        func: String,
        /// The run's id of the context.
        id: u32,
    },
    /// A goroutine that waited on a Done runs again.
    Wake(u64),
    /// A goroutine that waited on a Done exited.
    Exit(u64),
    /// main returned; `never_cancelled` are the run's contexts with a cancel func it never
    /// called.
    MainReturned {
        /// The run's ids.
        never_cancelled: Vec<u32>,
    },
    /// The run ended: the clock stands at its last event.
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

impl Step {
    /// The scene's action for this step, the run's node ids read through `ids`; `None` when
    /// the step changes nothing or names a node the scene lacks.
    pub fn action(&self, ids: &HashMap<u32, NodeId>) -> Option<Action> {
        let node = |id: &u32| ids.get(id).copied();
        Some(match &self.op {
            Op::Add { parent, name, kind, args, .. } => {
                let parent = match parent {
                    Some(p) => Some(node(p)?),
                    None => None,
                };
                Action::Add { parent, name: name.clone(), kind: *kind, args: args.clone(), drop_cancel: false }
            }
            Op::Cancel { id, cause: Some(cause) } => Action::CancelCause { node: node(id)?, cause: cause.clone() },
            Op::Cancel { id, cause: None } => Action::Cancel(node(id)?),
            Op::Wait { goroutine, func, id } => Action::ProgramWaits { goroutine: GoroutineId(*goroutine), func: func.clone(), node: node(id)? },
            Op::Wake(g) => Action::ProgramWakes(GoroutineId(*g)),
            Op::Exit(g) => Action::ProgramExits(GoroutineId(*g)),
            Op::MainReturned { never_cancelled } => Action::MainReturned { never_cancelled: never_cancelled.iter().filter_map(node).collect() },
            Op::End => return None,
        })
    }
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
        Ok(Replay::marked(reply, source)?.0)
    }

    /// [`Replay::new`], and for each trace event (in [`Reply::events`] order) how many steps
    /// exist once it has happened.
    pub fn marked(reply: &Reply, source: &str) -> Result<(Replay, Vec<usize>), WireError> {
        let nodes: HashMap<u32, &WireNode> = reply.nodes.iter().map(|n| (n.id, n)).collect();
        let lines: Vec<&str> = source.lines().collect();
        let mut names = Taken::default();
        let mut steps = Vec::new();
        let mut marks = Vec::new();
        let mut end = 0;
        // What the tree knows of the run: its contexts (and whether each has a cancel func the
        // program has not called yet), goroutines' functions, those waiting on a Done.
        let mut made = HashSet::new();
        let mut uncancelled: Vec<u32> = Vec::new();
        let mut funcs: HashMap<u64, String> = HashMap::new();
        let mut shown: HashSet<u64> = HashSet::new();
        for e in reply.events()? {
            end = end.max(e.time);
            let op = match &e.kind {
                Ev::GoStart { id, func } => {
                    funcs.insert(*id, func.clone());
                    None
                }
                Ev::Context { op, nodes: ids } => ids.first().and_then(|&id| {
                    let node = nodes.get(&id);
                    if let Some(kind) = ContextKind::from_go_name(op) {
                        let args = node.and_then(|n| args(kind, n, e.time))?;
                        let line = lines.get((e.line as usize).wrapping_sub(1)).copied().unwrap_or("");
                        // A root is nearly always an argument (`WithCancel(context.Background())`),
                        // so the line's variable is its child's.
                        let var = if matches!(kind, ContextKind::Background | ContextKind::Todo) { None } else { variable(line) };
                        let name = unique(&mut names, &var.unwrap_or_else(|| default_name(kind)));
                        made.insert(id);
                        if has_cancel_func(kind) {
                            uncancelled.push(id);
                        }
                        Some(Op::Add { id, parent: ids.get(1).copied(), name, kind, args })
                    } else if op == "cancel" && e.goroutine != 0 {
                        uncancelled.retain(|&n| n != id);
                        let cause = node.filter(|n| n.kind == "WithCancelCause").map(|n| n.cause.clone());
                        Some(Op::Cancel { id, cause })
                    } else if op == "wait" && e.goroutine != 0 && made.contains(&id) {
                        shown.insert(e.goroutine);
                        let func = funcs.get(&e.goroutine).cloned().unwrap_or_else(|| "main".into());
                        Some(Op::Wait { goroutine: e.goroutine, func, id })
                    } else {
                        None
                    }
                }),
                Ev::GoWake(g) if shown.contains(g) => Some(Op::Wake(*g)),
                Ev::GoExit if shown.remove(&e.goroutine) | (e.goroutine == 1) => {
                    if e.goroutine == 1 {
                        // Deferred calls ran before this: what is still uncancelled stays so.
                        steps.push(Step { at: e.time, line: e.line, op: Op::Exit(1) });
                        Some(Op::MainReturned { never_cancelled: uncancelled.clone() })
                    } else {
                        Some(Op::Exit(e.goroutine))
                    }
                }
                _ => None,
            };
            if let Some(op) = op {
                steps.push(Step { at: e.time, line: e.line, op });
            }
            marks.push(steps.len());
        }
        steps.push(Step { at: end, line: 0, op: Op::End });
        Ok((Replay { steps, ids: HashMap::new() }, marks))
    }

    /// The scene's ids for the run's nodes made so far by [`Replay::play`].
    pub fn ids(&self) -> &HashMap<u32, NodeId> {
        &self.ids
    }

    /// Plays step `i` on a scene whose clock reads `now`: moves the clock to the step's time
    /// (firing what falls due, as the run's clock did), then does the step. `apply` is
    /// `scene::apply` on the scene (or the panel's dispatch); what it answers maps the ids.
    pub fn play(&mut self, i: usize, now: Time, mut apply: impl FnMut(Action) -> Option<Applied>) {
        let Some(step) = self.steps.get(i) else { return };
        if step.at > now.nanos() {
            apply(Action::Advance(Duration::from_nanos(step.at - now.nanos())));
        }
        let Some(action) = step.action(&self.ids) else { return };
        let made = match step.op {
            Op::Add { id, .. } => Some(id),
            _ => None,
        };
        if let (Some(Applied::Added(node)), Some(id)) = (apply(action), made) {
            self.ids.insert(id, node);
        }
    }
}

/// Whether `kind` returns a cancel func (so a run that never calls it leaks the context).
fn has_cancel_func(kind: ContextKind) -> bool {
    !matches!(kind, ContextKind::Background | ContextKind::Todo | ContextKind::WithValue | ContextKind::WithoutCancel)
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

/// The variable a line's context goes to: the first it assigns, `ctx` in
/// `ctx, cancel := context.WithCancel(parent)`; when the line calls another package's function
/// that makes the context (`g, ctx := errgroup.WithContext(parent)`), the one named like a
/// context, if any.
fn variable(line: &str) -> Option<String> {
    let (lhs, rhs) = line.split_once(":=").or_else(|| line.split_once(" = "))?;
    let names: Vec<&str> = lhs.split(',').map(|n| n.trim()).map(|n| n.strip_prefix("var ").unwrap_or(n).trim()).collect();
    let like_ctx = |n: &&&str| n.to_ascii_lowercase().contains("ctx") || n.to_ascii_lowercase().contains("context");
    let chosen = if rhs.trim_start().starts_with("context.") { names.first() } else { names.iter().find(like_ctx).or(names.first()) };
    let first = *chosen?;
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

/// Names given so far, and for each name asked for the next number to try after it.
#[derive(Default)]
struct Taken {
    names: HashSet<String>,
    next: HashMap<String, u32>,
}

/// `name`, or `name2`, `name3`... if taken. Remembers where each name's numbers stand, so a
/// run that makes thousands of `ctx` costs one probe each, not one per earlier `ctx`.
fn unique(taken: &mut Taken, name: &str) -> String {
    let mut n = taken.next.get(name).copied().unwrap_or(1);
    let mut candidate = if n == 1 { name.to_string() } else { format!("{name}{n}") };
    while taken.names.contains(&candidate) {
        n += 1;
        candidate = format!("{name}{n}");
    }
    taken.next.insert(name.to_string(), n + 1);
    taken.names.insert(candidate.clone());
    candidate
}
