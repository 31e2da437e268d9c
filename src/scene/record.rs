//! What the scene keeps beside the engine, as plain data: each node's [`Label`], the
//! goroutines attached ([`Goroutine`], [`GoState`]), the [`Line`]s the console prints, and the
//! last lookup's path ([`LookupShown`]). The bottom layer: it imports no sibling.

use crate::engine::{FuncId, GoroutineId, NodeId, WaitOutcome};

/// How a node is labelled: its name, the call that made it, and whether its cancel func was
/// discarded.
#[derive(Clone, Debug, PartialEq)]
pub struct Label {
    /// The learner-facing name.
    pub name: String,
    /// The call with its arguments, e.g. `WithTimeout 2s`.
    pub call: String,
    /// `ctx, _ := ...`: the cancel func was discarded.
    pub dropped: bool,
    /// A program's run ended (main returned) with this node open and its cancel func never
    /// called: a leak ([`super::Action::MainReturned`]).
    pub leaked: bool,
}

/// Where a goroutine parked on a node's Done stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GoState {
    /// Parked: Done is open.
    Waiting,
    /// Parked on a nil Done (Background, TODO, WithoutCancel): it waits forever.
    Forever,
    /// Woken by the event with this seq; it printed and exited.
    Woken(u64),
}

impl GoState {
    /// The state right after `wait_done` answered `outcome`; `Ready` wakes at once (seq 0).
    pub fn from_outcome(outcome: WaitOutcome) -> GoState {
        match outcome {
            WaitOutcome::Ready => GoState::Woken(0),
            WaitOutcome::Parked => GoState::Waiting,
            WaitOutcome::Forever => GoState::Forever,
        }
    }
}

/// A goroutine on a node's Done: one the learner attached (`select { case <-ctx.Done():
/// fmt.Println("cancelled:", ctx.Err()) }`), or a program's, parked there in a replayed run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Goroutine {
    /// Its number (`g1`, `g2`...; a program's are Go's own, main being `g1`).
    pub id: GoroutineId,
    /// The node whose Done it waits on.
    pub node: NodeId,
    /// Where it stands.
    pub state: GoState,
    /// A program's goroutine: the function it runs (it prints what the program prints, not
    /// the attached goroutine's `cancelled:` line). `None` for one the learner attached.
    pub func: Option<String>,
}

/// One line the console prints, shown once the animation has revealed event `seq`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    /// The event that made it print (0: at once).
    pub seq: u64,
    /// Who printed: `g1 · db`.
    pub who: String,
    /// What it printed: `cancelled: context canceled`.
    pub text: String,
}

impl Line {
    /// What goroutine `g`, woken on node `name` whose `Err()` is `err`, prints.
    pub fn woken(seq: u64, g: GoroutineId, name: &str, err: &str) -> Line {
        Line { seq, who: format!("g{} · {name}", g.0), text: format!("cancelled: {err}") }
    }

    /// What AfterFunc `f`, started because node `name` is done with `Cause()` `cause`, prints.
    pub fn cleanup(seq: u64, f: FuncId, name: &str, cause: &str) -> Line {
        Line { seq, who: format!("AfterFunc f{} · {name}", f.0), text: format!("cleanup: {cause}") }
    }
}

/// The last value lookup, for highlighting its path.
#[derive(Clone, Debug, PartialEq)]
pub struct LookupShown {
    /// The nodes walked, from the asked node up.
    pub path: Vec<NodeId>,
    /// The WithValue node whose key matched.
    pub found_at: Option<NodeId>,
}
