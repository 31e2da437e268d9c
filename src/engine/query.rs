//! Reading the tree: Err, Cause, Deadline, Value (with the path it walked), Go's `String()` form,
//! Go's `children` set of a canceler, and [`NodeView`] snapshots.
//!
//! Owns the read rules: a value node answers with its parent's Done, Err, Cause and Deadline;
//! WithoutCancel answers nil for all of them but passes value lookups through. Everything here is
//! `&self` except [`Engine::value`], which logs the lookup. Costs O(depth) at most.

use super::event::EventKind;
use super::id::{AfterFuncId, NodeId};
use super::kind::{ContextKind, Shape};
use super::node::NodeView;
use super::time::{Duration, Time};
use super::value::GoValue;
use super::{Engine, EngineError, GoError};

/// The answer to `ctx.Value(key)` and how it was found.
#[derive(Clone, Debug, PartialEq)]
pub struct Lookup {
    /// The value (nil when no ancestor has the key, or when the nearest one holds nil).
    pub value: GoValue,
    /// The WithValue node whose key matched.
    pub found_at: Option<NodeId>,
    /// The nodes walked, from the asked node up to where the walk stopped (the match or a root).
    pub path: Vec<NodeId>,
}

/// A member of Go's `children` set of a `cancelCtx`: what its cancel will cancel directly.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Registered {
    /// A not-yet-done Cancel or Timer descendant (reached through value nodes only).
    Context(NodeId),
    /// A pending AfterFunc on the node or on a value node between.
    AfterFunc(AfterFuncId),
}

impl Engine {
    /// `ctx.Err()`: nil until Done closes, then `Canceled` or `DeadlineExceeded` forever.
    pub fn err(&self, id: NodeId) -> Result<Option<GoError>, EngineError> {
        Ok(self.done_state(id)?.map(|s| s.err.clone()))
    }

    /// `context.Cause(ctx)`: nil until Done closes, then the first cancellation's cause.
    pub fn cause(&self, id: NodeId) -> Result<Option<GoError>, EngineError> {
        Ok(self.done_state(id)?.map(|s| s.cause.clone()))
    }

    /// Whether `ctx.Done()` is closed.
    pub fn is_done(&self, id: NodeId) -> Result<bool, EngineError> {
        Ok(self.done_state(id)?.is_some())
    }

    /// The node whose cancellation closed this node's Done, and when.
    pub fn canceled_by(&self, id: NodeId) -> Result<Option<(NodeId, Time)>, EngineError> {
        Ok(self.done_state(id)?.map(|s| (s.origin, s.at)))
    }

    /// `ctx.Deadline()`: its own deadline, or the nearest ancestor's; none across WithoutCancel.
    pub fn deadline(&self, id: NodeId) -> Result<Option<Time>, EngineError> {
        Ok(self.node(id)?.deadline)
    }

    /// The function that made the node.
    pub fn kind(&self, id: NodeId) -> Result<ContextKind, EngineError> {
        Ok(self.node(id)?.kind)
    }

    /// The Go type the node is.
    pub fn shape(&self, id: NodeId) -> Result<Shape, EngineError> {
        Ok(self.node(id)?.shape)
    }

    /// The node's parent (none for roots).
    pub fn parent(&self, id: NodeId) -> Result<Option<NodeId>, EngineError> {
        Ok(self.node(id)?.parent)
    }

    /// The node's children in creation order.
    pub fn children(&self, id: NodeId) -> Result<&[NodeId], EngineError> {
        Ok(&self.node(id)?.children)
    }

    /// `ctx.Value(key)`, logged as a `ValueLookedUp` event.
    pub fn value(&mut self, id: NodeId, key: &GoValue) -> Result<Lookup, EngineError> {
        let lookup = self.peek_value(id, key)?;
        self.emit(EventKind::ValueLookedUp {
            node: id,
            key: key.clone(),
            path: lookup.path.clone(),
            found_at: lookup.found_at,
            value: lookup.value.clone(),
        });
        Ok(lookup)
    }

    /// `ctx.Value(key)` without logging: walks up to the nearest WithValue whose key equals `key`
    /// under Go's interface equality. O(depth).
    pub fn peek_value(&self, id: NodeId, key: &GoValue) -> Result<Lookup, EngineError> {
        let mut path = Vec::new();
        let mut cur = Some(id);
        while let Some(c) = cur {
            let node = self.node(c)?;
            path.push(c);
            if let Some((k, v)) = &node.entry {
                if k == key {
                    return Ok(Lookup { value: v.clone(), found_at: Some(c), path });
                }
            }
            cur = node.parent;
        }
        Ok(Lookup { value: GoValue::Nil, found_at: None, path })
    }

    /// Go's `fmt.Sprint(ctx)`, e.g. `context.Background.WithValue(main.key, v).WithCancel`.
    ///
    /// A Timer node prints `.WithDeadline(<deadline> [<deadline - now>])`, the deadline rendered by
    /// [`super::TimeFormat::time_string`] and the remaining time by Go's `Duration.String`. A
    /// collapsed deadline function prints `.WithCancel`, as Go's does. O(depth).
    pub fn string_form(&self, id: NodeId) -> Result<String, EngineError> {
        let mut chain = Vec::new();
        let mut cur = Some(id);
        while let Some(c) = cur {
            let node = self.node(c)?;
            chain.push(node);
            cur = node.parent;
        }
        let mut s = String::new();
        for node in chain.iter().rev() {
            match node.shape {
                Shape::Empty if node.kind == ContextKind::Todo => s.push_str("context.TODO"),
                Shape::Empty => s.push_str("context.Background"),
                Shape::Cancel => s.push_str(".WithCancel"),
                Shape::Timer => {
                    let d = node.deadline.unwrap_or(self.now);
                    s.push_str(&format!(
                        ".WithDeadline({} [{}])",
                        self.format.time_string(d),
                        d.sub(self.now)
                    ));
                }
                Shape::Value => {
                    let (k, v) = node.entry.as_ref().map_or_else(
                        || ("<nil>".to_string(), "<nil>".to_string()),
                        |(k, v)| (k.context_string(), v.context_string()),
                    );
                    s.push_str(&format!(".WithValue({k}, {v})"));
                }
                Shape::WithoutCancel => s.push_str(".WithoutCancel"),
            }
        }
        Ok(s)
    }

    /// Go's `children` set of a canceler: what cancelling it cancels directly (empty once done,
    /// and for non-cancelers). Used to show "cancelling a child unregisters it". O(subtree).
    pub fn registered_children(&self, id: NodeId) -> Result<Vec<Registered>, EngineError> {
        let node = self.node(id)?;
        let mut out = Vec::new();
        if !node.cancelable() || node.done.is_some() {
            return Ok(out);
        }
        let mut stack = vec![id];
        while let Some(n) = stack.pop() {
            let node = self.node(n)?;
            out.extend(node.after_funcs.iter().map(|&a| Registered::AfterFunc(a)));
            for &c in node.children.iter().rev() {
                let child = self.node(c)?;
                match child.shape {
                    Shape::Value => stack.push(c),
                    Shape::Cancel | Shape::Timer if child.done.is_none() => {
                        out.push(Registered::Context(c))
                    }
                    _ => {}
                }
            }
        }
        Ok(out)
    }

    /// A snapshot of one node for drawing. O(depth) for the `String()` form.
    pub fn view(&self, id: NodeId) -> Result<NodeView, EngineError> {
        let node = self.node(id)?;
        let done = self.done_state(id)?;
        let after_funcs = node
            .registrations
            .iter()
            .filter_map(|&a| self.after_func_view(a).ok())
            .collect();
        Ok(NodeView {
            id,
            kind: node.kind,
            shape: node.shape,
            parent: node.parent,
            children: node.children.clone(),
            depth: node.depth,
            done: done.is_some(),
            err: done.map(|s| s.err.clone()),
            cause: done.map(|s| s.cause.clone()),
            canceled_by: done.map(|s| s.origin),
            deadline: node.deadline,
            remaining: node.deadline.map(|d| d.sub(self.now)),
            timer: node.deadline.filter(|_| node.timer_pending),
            requested_deadline: node.requested_deadline,
            entry: node.entry.clone(),
            string: self.string_form(id)?,
            waiting: node.waiters.iter().map(|w| w.goroutine).collect(),
            after_funcs,
            cancelable: node.cancelable(),
            accepts_cause: node.kind == ContextKind::WithCancelCause,
        })
    }

    /// How long until the node's effective deadline (negative once past); none without one.
    pub fn remaining(&self, id: NodeId) -> Result<Option<Duration>, EngineError> {
        Ok(self.node(id)?.deadline.map(|d| d.sub(self.now)))
    }
}
