//! Natives under the library written in Go (`prelude/syscall.go`, `prelude/signal.go`,
//! `prelude/testing.go`): ending the process (`syscall.Exit`, used for a signal's default
//! action), Goexit, the test file's line a `testing` call reports (skipping helpers), and
//! contexts that print under another name (`signal.NotifyContext`).

use super::errors::plain_err;
use super::natives::NR;
use super::value::Value;
use super::{Goroutine, Machine};
use crate::engine::NodeId;

fn arg(a: &[Value], i: usize) -> Value {
    a.get(i).cloned().unwrap_or(Value::Nil)
}

impl Machine {
    pub(crate) fn native_sys(&mut self, g: &mut Goroutine, n: &str, args: Vec<Value>) -> NR {
        match n {
            "syscall.Exit" => {
                if self.exit.is_none() {
                    self.exit = Some(arg(&args, 0).as_int() as i32);
                }
                Ok(Some(vec![]))
            }
            "testing.goexit" => {
                g.goexit_start = true;
                Err(Value::Nil)
            }
            "testing.helper" => {
                let f = self.program_frames(g).next();
                if let Some(f) = f {
                    self.helpers.insert(f);
                }
                Ok(Some(vec![]))
            }
            "testing.caller" => {
                let pos = g
                    .frames
                    .iter()
                    .rev()
                    .find(|fr| {
                        let f = &self.prog.funcs[fr.func as usize];
                        !f.library && !self.helpers.contains(&fr.func)
                    })
                    .map(|fr| self.prog.funcs[fr.func as usize].pos.get(fr.pc.saturating_sub(1)).copied().unwrap_or_default())
                    .unwrap_or_default();
                let file = self.prog.filename.rsplit('/').next().unwrap_or(&self.prog.filename).to_string();
                Ok(Some(vec![Value::str(&file), Value::Int(i64::from(pos.line))]))
            }
            "os/signal.nameContext" => {
                if let Value::Ctx(id) = arg(&args, 0) {
                    self.ctx_names.insert(id, arg(&args, 1).as_str().to_string());
                }
                Ok(Some(vec![]))
            }
            _ => Err(plain_err(format!("gorun: {n} is not supported here"))),
        }
    }

    /// The functions of `g`'s frames that are the program's own, innermost first.
    fn program_frames<'a>(&'a self, g: &'a Goroutine) -> impl Iterator<Item = u32> + 'a {
        g.frames.iter().rev().map(|fr| fr.func).filter(|&f| !self.prog.funcs[f as usize].library)
    }

    /// A context's `String()`: the engine's form, with a renamed context (or ancestor) printed
    /// under its name.
    pub(crate) fn ctx_string(&self, id: u32) -> String {
        let form = self.engine.string_form(NodeId(id)).unwrap_or_default();
        let mut cur = Some(NodeId(id));
        while let Some(c) = cur {
            if let Some(name) = self.ctx_names.get(&c.0) {
                let base = self.engine.string_form(c).unwrap_or_default();
                return match form.strip_prefix(&base) {
                    Some(rest) => format!("{name}{rest}"),
                    None => form,
                };
            }
            cur = self.engine.parent(c).ok().flatten();
        }
        form
    }
}
