//! Building the tree (Go's constructors) and the UI's delete (`remove_subtree`).
//!
//! Owns the birth rules: a deadline later than the parent's collapses to WithCancel, a child of a
//! done parent is born done, a past deadline is born done with DeadlineExceeded. Must not decide
//! how cancellation spreads (that is `cancel`).

use super::event::{CancelReason, EventKind};
use super::id::NodeId;
use super::kind::{ContextKind, Shape};
use super::node::{AfterFuncState, DoneState, Node};
use super::time::{Duration, Time};
use super::value::GoValue;
use super::{Engine, EngineError, GoError};

impl Engine {
    /// `context.Background()`: a new root that is never canceled.
    pub fn background(&mut self) -> NodeId {
        self.root(ContextKind::Background)
    }

    /// `context.TODO()`: a new root that is never canceled.
    pub fn todo(&mut self) -> NodeId {
        self.root(ContextKind::Todo)
    }

    /// `context.WithCancel(parent)`. `None` is Go's nil parent.
    pub fn with_cancel(&mut self, parent: impl Into<Option<NodeId>>) -> Result<NodeId, EngineError> {
        self.new_cancel(parent.into(), ContextKind::WithCancel, None)
    }

    /// `context.WithCancelCause(parent)`: cancel it with [`Engine::cancel_cause`].
    pub fn with_cancel_cause(
        &mut self,
        parent: impl Into<Option<NodeId>>,
    ) -> Result<NodeId, EngineError> {
        self.new_cancel(parent.into(), ContextKind::WithCancelCause, None)
    }

    /// `context.WithDeadline(parent, d)`.
    pub fn with_deadline(
        &mut self,
        parent: impl Into<Option<NodeId>>,
        d: Time,
    ) -> Result<NodeId, EngineError> {
        self.new_deadline(parent.into(), ContextKind::WithDeadline, d, None)
    }

    /// `context.WithDeadlineCause(parent, d, cause)`: `cause` is recorded only if the deadline
    /// fires; `None` is a nil cause.
    pub fn with_deadline_cause(
        &mut self,
        parent: impl Into<Option<NodeId>>,
        d: Time,
        cause: Option<GoError>,
    ) -> Result<NodeId, EngineError> {
        self.new_deadline(parent.into(), ContextKind::WithDeadlineCause, d, cause)
    }

    /// `context.WithTimeout(parent, timeout)`: `WithDeadline(parent, now + timeout)`.
    pub fn with_timeout(
        &mut self,
        parent: impl Into<Option<NodeId>>,
        timeout: Duration,
    ) -> Result<NodeId, EngineError> {
        let d = self.now.add(timeout);
        self.new_deadline(parent.into(), ContextKind::WithTimeout, d, None)
    }

    /// `context.WithTimeoutCause(parent, timeout, cause)`.
    pub fn with_timeout_cause(
        &mut self,
        parent: impl Into<Option<NodeId>>,
        timeout: Duration,
        cause: Option<GoError>,
    ) -> Result<NodeId, EngineError> {
        let d = self.now.add(timeout);
        self.new_deadline(parent.into(), ContextKind::WithTimeoutCause, d, cause)
    }

    /// `context.WithValue(parent, key, val)`. Go panics on a nil key (`nil key`) and on a key of a
    /// non-comparable type (`key is not comparable`).
    pub fn with_value(
        &mut self,
        parent: impl Into<Option<NodeId>>,
        key: GoValue,
        val: GoValue,
    ) -> Result<NodeId, EngineError> {
        let parent = self.live_parent(parent.into())?;
        if key.is_nil() {
            return Err(EngineError::NilKey);
        }
        if !key.is_comparable() {
            return Err(EngineError::KeyNotComparable);
        }
        let mut node = self.child_of(parent, ContextKind::WithValue, Shape::Value)?;
        node.entry = Some((key, val));
        Ok(self.insert(node, false))
    }

    /// `context.WithoutCancel(parent)`: the parent's values, never done, no deadline.
    pub fn without_cancel(
        &mut self,
        parent: impl Into<Option<NodeId>>,
    ) -> Result<NodeId, EngineError> {
        let parent = self.live_parent(parent.into())?;
        let node = self.child_of(parent, ContextKind::WithoutCancel, Shape::WithoutCancel)?;
        Ok(self.insert(node, false))
    }

    /// Deletes `id` and all its descendants (the UI's delete; not a Go operation): their pending
    /// timers and AfterFuncs are dropped, goroutines waiting on them are forgotten, and the parent
    /// forgets `id`. Returns the removed nodes in pre-order.
    pub fn remove_subtree(&mut self, id: NodeId) -> Result<Vec<NodeId>, EngineError> {
        let parent = self.node(id)?.parent;
        let mut order = Vec::new();
        let mut stack = vec![id];
        while let Some(n) = stack.pop() {
            order.push(n);
            if let Ok(node) = self.node(n) {
                stack.extend(node.children.iter().rev());
            }
        }
        let (mut goroutines, mut dropped) = (Vec::new(), Vec::new());
        for &n in &order {
            let Some(node) = self.nodes.get_mut(n.0 as usize).and_then(Option::take) else {
                continue;
            };
            if node.timer_pending {
                if let Some(d) = node.deadline {
                    self.timers.remove(&(d, n));
                }
            }
            goroutines.extend(node.waiters.iter().map(|w| w.goroutine));
            for a in node.after_funcs {
                if let Some(reg) = self.after_funcs.get_mut(a.0 as usize) {
                    reg.state = AfterFuncState::Dropped;
                    dropped.push(a);
                }
            }
        }
        if let Some(p) = parent.and_then(|p| self.node_mut(p).ok()) {
            p.children.retain(|&c| c != id);
        }
        self.emit(EventKind::Removed { root: id, nodes: order.clone(), goroutines, after_funcs: dropped });
        Ok(order)
    }

    fn root(&mut self, kind: ContextKind) -> NodeId {
        let node = Node::new(kind, Shape::Empty, None, 0, None, None);
        self.insert(node, false)
    }

    fn live_parent(&self, parent: Option<NodeId>) -> Result<NodeId, EngineError> {
        let parent = parent.ok_or(EngineError::NilParent)?;
        self.node(parent)?;
        Ok(parent)
    }

    /// A detached node under `parent`, inheriting depth, anchor and deadline as `shape` dictates.
    fn child_of(&self, parent: NodeId, kind: ContextKind, shape: Shape) -> Result<Node, EngineError> {
        let p = self.node(parent)?;
        let (anchor, deadline) = match shape {
            Shape::Value => (p.anchor, p.deadline),
            Shape::WithoutCancel | Shape::Empty => (None, None),
            // Set to the node itself on insert.
            Shape::Cancel | Shape::Timer => (None, p.deadline),
        };
        Ok(Node::new(kind, shape, Some(parent), p.depth + 1, anchor, deadline))
    }

    fn insert(&mut self, mut node: Node, collapsed: bool) -> NodeId {
        let id = NodeId(self.nodes.len() as u32);
        if matches!(node.shape, Shape::Cancel | Shape::Timer) {
            node.anchor = Some(id);
        }
        let (parent, kind) = (node.parent, node.kind);
        self.nodes.push(Some(node));
        if let Some(p) = parent.and_then(|p| self.node_mut(p).ok()) {
            p.children.push(id);
        }
        self.emit(EventKind::Created { node: id, parent, kind, collapsed });
        id
    }

    fn new_cancel(
        &mut self,
        parent: Option<NodeId>,
        kind: ContextKind,
        requested: Option<Time>,
    ) -> Result<NodeId, EngineError> {
        let parent = self.live_parent(parent)?;
        let mut node = self.child_of(parent, kind, Shape::Cancel)?;
        node.requested_deadline = requested;
        let id = self.insert(node, requested.is_some());
        self.inherit_done(id, parent);
        Ok(id)
    }

    fn new_deadline(
        &mut self,
        parent: Option<NodeId>,
        kind: ContextKind,
        d: Time,
        cause: Option<GoError>,
    ) -> Result<NodeId, EngineError> {
        let parent = self.live_parent(parent)?;
        if matches!(self.node(parent)?.deadline, Some(cur) if cur < d) {
            // The parent's deadline is already sooner: Go returns WithCancel(parent).
            return self.new_cancel(Some(parent), kind, Some(d));
        }
        let mut node = self.child_of(parent, kind, Shape::Timer)?;
        node.deadline = Some(d);
        node.deadline_cause = cause.clone();
        let id = self.insert(node, false);
        if self.inherit_done(id, parent) {
            return Ok(id);
        }
        if d <= self.now {
            self.cancel_wave(id, GoError::DeadlineExceeded, cause, CancelReason::PastDeadline);
        } else {
            self.timers.insert((d, id));
            self.node_mut(id)?.timer_pending = true;
        }
        Ok(id)
    }

    /// A canceler born under a done parent is done at once with the parent's err and cause.
    fn inherit_done(&mut self, id: NodeId, parent: NodeId) -> bool {
        let Ok(Some(state)) = self.done_state(parent) else { return false };
        let state = DoneState { at: self.now, ..state.clone() };
        let origin_depth = self.node(state.origin).map(|n| n.depth).unwrap_or(0);
        let Ok(node) = self.node_mut(id) else { return false };
        let depth = node.depth.saturating_sub(origin_depth);
        node.done = Some(state.clone());
        self.emit(EventKind::Propagated {
            node: id,
            from: parent,
            origin: state.origin,
            depth,
            err: state.err,
            cause: state.cause,
        });
        true
    }
}
