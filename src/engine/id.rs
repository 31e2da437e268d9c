//! Ids: the handles clients hold for contexts, goroutines, AfterFunc functions and their
//! registrations. Plain numbers; what they name lives in the engine.

use std::fmt;

/// A context in the tree. Ids are never reused, even after `remove_subtree`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct NodeId(pub u32);

/// A goroutine, as numbered by the client (today the scene, which numbers them `g1`, `g2`...).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct GoroutineId(pub u64);

/// The function passed to `AfterFunc`, as numbered by the client.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FuncId(pub u64);

/// One `AfterFunc` registration: what its `stop` function acts on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct AfterFuncId(pub u32);

impl fmt::Display for NodeId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{}", self.0)
    }
}

impl fmt::Display for AfterFuncId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{}", self.0)
    }
}
