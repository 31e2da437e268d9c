//! [`apply`]: the one function that changes a scene, in the spirit of iced's `update`.

use super::action::{Action, Applied, LabError};
use super::state::Scene;

/// Applies `action` to `scene` and says what happened; on an error the scene's tree is as it
/// was (the engine refuses before changing anything).
///
/// ```
/// use context_lab::engine::{ContextKind, Duration, GoError};
/// use context_lab::scene::{apply, Action, Applied, Args, Scene};
/// let mut s = Scene::empty(false);
/// let bg = s.find("background").unwrap();
/// let add = Action::Add { parent: Some(bg), name: "req".into(), kind: ContextKind::WithTimeout, args: Args::Timeout(Duration::from_secs(1)), drop_cancel: false };
/// let Ok(Applied::Added(req)) = apply(&mut s, add) else { panic!() };
/// apply(&mut s, Action::Step).unwrap();
/// assert_eq!(s.engine().err(req).unwrap(), Some(GoError::DeadlineExceeded));
/// ```
pub fn apply(scene: &mut Scene, action: Action) -> Result<Applied, LabError> {
    Ok(match action {
        Action::Add { parent, name, kind, args, drop_cancel } => Applied::Added(scene.add(parent, &name, kind, args, drop_cancel)?),
        Action::Cancel(node) => {
            scene.cancel(node, None)?;
            Applied::Canceled
        }
        Action::CancelCause { node, cause } => {
            scene.cancel(node, Some(cause.as_deref()))?;
            Applied::Canceled
        }
        Action::AttachGoroutine(node) => Applied::GoroutineAttached(scene.attach_goroutine(node)?),
        Action::RegisterAfterFunc(node) => Applied::AfterFuncRegistered(scene.register_after_func(node)?),
        Action::StopAfterFunc(a) => Applied::Stopped(scene.stop_after_func(a)?),
        Action::Lookup { node, key } => Applied::Value(scene.lookup(node, &key)?),
        Action::Remove(node) => Applied::Removed(scene.remove(node)?),
        Action::ProgramWaits { goroutine, func, node } => Applied::Program(scene.program_waits(goroutine, func, node)?),
        Action::ProgramWakes(g) => Applied::Program(scene.program_wakes(g)),
        Action::ProgramExits(g) => Applied::Program(scene.program_exits(g)),
        Action::MainReturned { never_cancelled } => Applied::Program(scene.main_returned(&never_cancelled)),
        Action::Advance(d) => Applied::Clock { fired: scene.advance_by(d)? },
        Action::Step => Applied::Clock { fired: scene.step() },
    })
}
