//! Random Go programs from a small grammar, for the gorun fuzz test. Most of them type-check and
//! run (variables are tracked by type, every import is referenced, every local is used), so the
//! checker, the compiler and the scheduler are all reached; some divide by zero, index out of range,
//! deadlock or panic on purpose, as learners' programs do.

use super::rng::Rng;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Ty {
    Int,
    Str,
    Bool,
    Ints,
    Dict,
    Chan,
    Ctx,
    Err,
}

const ALL: [Ty; 8] = [Ty::Int, Ty::Str, Ty::Bool, Ty::Ints, Ty::Dict, Ty::Chan, Ty::Ctx, Ty::Err];

struct Gen<'r> {
    rng: &'r mut Rng,
    vars: Vec<(String, Ty)>,
    next: usize,
    depth: usize,
    loops: usize,
    in_func_lit: bool,
}

/// A random program from `rng`; `size` (1..) scales how many statements it has.
pub fn program(rng: &mut Rng, size: usize) -> String {
    let mut g = Gen { rng, vars: Vec::new(), next: 0, depth: 0, loops: 0, in_func_lit: false };
    let mut out = String::from(
        "package main\n\nimport (\n\t\"context\"\n\t\"errors\"\n\t\"fmt\"\n\t\"os\"\n\t\"strconv\"\n\t\"strings\"\n\t\"sync\"\n\t\"time\"\n)\n\n\
         var _ = errors.New\nvar _ = os.Exit\nvar _ = strconv.Itoa\nvar _ = strings.ToUpper\nvar _ = time.Second\nvar _ = context.Background\nvar _ = fmt.Sprint\n\n\
         type key string\n\ntype T struct {\n\tN int\n\tS string\n}\n\nfunc (t T) String() string { return fmt.Sprintf(\"T(%d,%q)\", t.N, t.S) }\n\n\
         func (t *T) Bump(by int) int { t.N += by; return t.N }\n\n\
         func fib(n int) int {\n\tif n < 2 {\n\t\treturn n\n\t}\n\treturn fib(n-1) + fib(n-2)\n}\n\n\
         func split(s string) (string, int, error) {\n\tif s == \"\" {\n\t\treturn \"\", 0, errors.New(\"empty\")\n\t}\n\treturn s[:1], len(s), nil\n}\n\n\
         var mu sync.Mutex\nvar wg sync.WaitGroup\n\n",
    );
    let n = 2 + g.rng.below(4 * size + 1);
    out.push_str("func main() {\n");
    g.vars.push(("ctx0".into(), Ty::Ctx));
    out.push_str("\tctx0 := context.Background()\n\t_ = ctx0\n");
    for _ in 0..n {
        out.push_str(&g.stmt(1));
    }
    out.push_str("\twg.Wait()\n}\n");
    out
}

impl Gen<'_> {
    fn fresh(&mut self, ty: Ty) -> String {
        self.next += 1;
        let prefix = match ty {
            Ty::Int => "n",
            Ty::Str => "s",
            Ty::Bool => "b",
            Ty::Ints => "xs",
            Ty::Dict => "m",
            Ty::Chan => "ch",
            Ty::Ctx => "ctx",
            Ty::Err => "err",
        };
        format!("{prefix}{}", self.next)
    }

    fn var_of(&mut self, ty: Ty) -> Option<String> {
        let names: Vec<String> = self.vars.iter().filter(|(_, t)| *t == ty).map(|(n, _)| n.clone()).collect();
        if names.is_empty() {
            None
        } else {
            Some(self.rng.pick(&names).clone())
        }
    }

    fn small(&mut self) -> String {
        let v = *self.rng.pick(&[0i64, 1, 2, 3, 5, 7, 10, 42, -1, 100, 1 << 20, i64::MAX]);
        v.to_string()
    }

    fn expr(&mut self, ty: Ty) -> String {
        self.depth += 1;
        let deep = self.depth > 3;
        let e = if !deep && self.rng.chance(1, 3) {
            format!("({})", self.compound(ty))
        } else if let (true, Some(v)) = (self.rng.chance(2, 3), self.var_of(ty)) {
            v
        } else {
            self.leaf(ty)
        };
        self.depth -= 1;
        e
    }

    fn leaf(&mut self, ty: Ty) -> String {
        match ty {
            Ty::Int => self.small(),
            Ty::Str => format!("{:?}", *self.rng.pick(&["", "go", "héllo", "a,b,c", "42", "x y"])),
            Ty::Bool => self.rng.pick(&["true", "false"]).to_string(),
            Ty::Ints => format!("[]int{{{}, {}}}", self.small(), self.small()),
            Ty::Dict => "map[string]int{\"a\": 1, \"b\": 2}".into(),
            Ty::Chan => format!("make(chan int, {})", self.rng.below(3)),
            Ty::Ctx => "context.Background()".into(),
            Ty::Err => self.rng.pick(&["error(nil)", "errors.New(\"boom\")", "context.Canceled"]).to_string(),
        }
    }

    fn compound(&mut self, ty: Ty) -> String {
        match ty {
            Ty::Int => match self.rng.below(8) {
                0 => format!("{} {} {}", self.expr(Ty::Int), self.rng.pick(&["+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>"]), self.expr(Ty::Int)),
                1 => format!("len({})", self.expr(Ty::Str)),
                2 => format!("len({})", self.expr(Ty::Ints)),
                3 => format!("fib({} % 15)", self.expr(Ty::Int)),
                4 => format!("{}[{}]", self.expr(Ty::Ints), self.expr(Ty::Int)),
                5 => format!("{}[{}]", self.expr(Ty::Dict), self.expr(Ty::Str)),
                6 => format!("(&T{{N: {}}}).Bump({})", self.expr(Ty::Int), self.expr(Ty::Int)),
                _ => format!("int(int8({} & 127))", self.expr(Ty::Int)),
            },
            Ty::Str => match self.rng.below(6) {
                0 => format!("{} + {}", self.expr(Ty::Str), self.expr(Ty::Str)),
                1 => format!("fmt.Sprint({}, {})", self.expr(Ty::Int), self.expr(Ty::Err)),
                2 => format!("strconv.Itoa({})", self.expr(Ty::Int)),
                3 => format!("strings.ToUpper({})", self.expr(Ty::Str)),
                4 => format!("T{{{}, {}}}.String()", self.expr(Ty::Int), self.expr(Ty::Str)),
                _ => format!("fmt.Sprintf(\"%v|%5d|%q\", {}, {}, {})", self.expr(Ty::Ctx), self.expr(Ty::Int), self.expr(Ty::Str)),
            },
            Ty::Bool => match self.rng.below(4) {
                0 => format!("{} {} {}", self.expr(Ty::Int), self.rng.pick(&["<", "<=", "==", "!=", ">"]), self.expr(Ty::Int)),
                1 => format!("!{}", self.expr(Ty::Bool)),
                2 => format!("{} && {}", self.expr(Ty::Bool), self.expr(Ty::Bool)),
                _ => format!("errors.Is({}, context.Canceled)", self.expr(Ty::Err)),
            },
            Ty::Ints => match self.rng.below(3) {
                0 => format!("append({}, {})", self.expr(Ty::Ints), self.expr(Ty::Int)),
                1 => format!("make([]int, {} % 8)", self.expr(Ty::Int)),
                _ => format!("{}[{}:]", self.expr(Ty::Ints), self.rng.below(3)),
            },
            Ty::Dict => "make(map[string]int)".into(),
            Ty::Chan => "make(chan int)".into(),
            Ty::Ctx => format!("context.WithValue({}, key({}), {})", self.expr(Ty::Ctx), self.expr(Ty::Str), self.expr(Ty::Int)),
            Ty::Err => match self.rng.below(3) {
                0 => format!("fmt.Errorf(\"wrap: %w\", {})", self.expr(Ty::Err)),
                1 => format!("errors.Join({}, {})", self.expr(Ty::Err), self.expr(Ty::Err)),
                _ => format!("{}.Err()", self.expr(Ty::Ctx)),
            },
        }
    }

    /// One to `max` statements in a nested block; its variables go out of scope after it.
    fn block(&mut self, indent: usize, max: usize) -> String {
        let n = 1 + self.rng.below(max);
        let mark = self.vars.len();
        let mut s = String::new();
        for _ in 0..n {
            s.push_str(&self.stmt(indent));
        }
        self.vars.truncate(mark);
        s
    }

    fn declare(&mut self, ty: Ty, pad: &str, value: String) -> String {
        let name = self.fresh(ty);
        self.vars.push((name.clone(), ty));
        format!("{pad}{name} := {value}\n{pad}_ = {name}\n")
    }

    fn stmt(&mut self, indent: usize) -> String {
        let pad = "\t".repeat(indent);
        let nested = indent < 4;
        let k = self.rng.below(if nested { 22 } else { 9 });
        match k {
            0 | 1 => {
                let ty = *self.rng.pick(&ALL);
                let e = self.expr(ty);
                self.declare(ty, &pad, e)
            }
            2 => {
                let ty = *self.rng.pick(&[Ty::Int, Ty::Str, Ty::Bool, Ty::Ints, Ty::Err]);
                match self.var_of(ty) {
                    Some(v) => format!("{pad}{v} = {}\n", self.expr(ty)),
                    None => String::new(),
                }
            }
            3 => match self.var_of(Ty::Int) {
                Some(v) => format!("{pad}{v}{}\n", self.rng.pick(&["++", "--", " += 3", " *= 2", " /= 2", " %= 5"])),
                None => String::new(),
            },
            4 => {
                let args: Vec<String> = (0..1 + self.rng.below(3)).map(|_| {
                    let ty = *self.rng.pick(&ALL);
                    self.expr(ty)
                }).collect();
                format!("{pad}fmt.Println({})\n", args.join(", "))
            }
            5 => match self.var_of(Ty::Dict) {
                Some(m) => {
                    let k = self.expr(Ty::Str);
                    match self.rng.below(3) {
                        0 => format!("{pad}{m}[{k}]++\n"),
                        1 => format!("{pad}delete({m}, {k})\n"),
                        _ => format!("{pad}if v, ok := {m}[{k}]; ok {{\n{pad}\tfmt.Println(\"found\", v)\n{pad}}}\n"),
                    }
                }
                None => String::new(),
            },
            6 => match self.var_of(Ty::Chan) {
                Some(c) => {
                    let v = self.expr(Ty::Int);
                    format!("{pad}select {{\n{pad}case {c} <- {v}:\n{pad}case x := <-{c}:\n{pad}\tfmt.Println(\"got\", x)\n{pad}default:\n{pad}}}\n")
                }
                None => String::new(),
            },
            7 => {
                let e = self.expr(Ty::Str);
                let (a, b, c) = (self.fresh(Ty::Str), self.fresh(Ty::Int), self.fresh(Ty::Err));
                format!("{pad}if {a}, {b}, {c} := split({e}); {c} != nil {{\n{pad}\tfmt.Println({c})\n{pad}}} else {{\n{pad}\tfmt.Println({a}, {b})\n{pad}}}\n")
            }
            8 => match (self.loops > 0, self.rng.below(4)) {
                (true, 0) => format!("{pad}break\n"),
                (true, 1) => format!("{pad}continue\n"),
                _ => format!("{pad}mu.Lock()\n{pad}mu.Unlock()\n"),
            },
            9 | 10 => {
                let c = self.expr(Ty::Bool);
                let then = self.block(indent + 1, 3);
                let els = if self.rng.chance(1, 2) { format!(" else {{\n{}{pad}}}", self.block(indent + 1, 2)) } else { String::new() };
                format!("{pad}if {c} {{\n{then}{pad}}}{els}\n")
            }
            11 => {
                let i = self.fresh(Ty::Int);
                let bound = self.rng.below(6);
                self.loops += 1;
                self.vars.push((i.clone(), Ty::Int));
                let body = format!("{pad}\t_ = {i}\n{}", self.block(indent + 1, 3));
                self.vars.pop();
                self.loops -= 1;
                match self.rng.below(3) {
                    0 => format!("{pad}for {i} := 0; {i} < {bound}; {i}++ {{\n{body}{pad}}}\n"),
                    1 => format!("{pad}for {i} := range {bound} {{\n{body}{pad}}}\n"),
                    _ => {
                        let xs = self.expr(Ty::Ints);
                        format!("{pad}for _, {i} := range {xs} {{\n{body}{pad}}}\n")
                    }
                }
            }
            12 => {
                let e = self.expr(Ty::Int);
                let (a, b) = (self.block(indent + 1, 1), self.block(indent + 1, 1));
                format!("{pad}switch {e} % 3 {{\n{pad}case 0:\n{a}{pad}case 1, 2:\n{b}{pad}\tfallthrough\n{pad}default:\n{pad}}}\n")
            }
            13 => {
                let was = self.in_func_lit;
                let loops = std::mem::take(&mut self.loops);
                self.in_func_lit = true;
                let body = self.block(indent + 1, 3);
                self.in_func_lit = was;
                self.loops = loops;
                format!("{pad}wg.Add(1)\n{pad}go func() {{\n{pad}\tdefer wg.Done()\n{body}{pad}}}()\n")
            }
            14 => {
                let ctx = self.fresh(Ty::Ctx);
                let parent = self.expr(Ty::Ctx);
                let ms = self.rng.below(300);
                let wait = self.rng.below(300);
                let out = format!(
                    "{pad}{ctx}, cancel{n} := context.WithTimeout({parent}, {ms}*time.Millisecond)\n{pad}defer cancel{n}()\n{pad}select {{\n{pad}case <-{ctx}.Done():\n{pad}\tfmt.Println({ctx}.Err(), context.Cause({ctx}))\n{pad}case <-time.After({wait} * time.Millisecond):\n{pad}\tfmt.Println(\"in time\")\n{pad}}}\n",
                    n = self.next
                );
                self.vars.push((ctx, Ty::Ctx));
                out
            }
            15 => {
                let ctx = self.fresh(Ty::Ctx);
                let parent = self.expr(Ty::Ctx);
                let cause = self.expr(Ty::Err);
                let out = format!(
                    "{pad}{ctx}, stop{n} := context.WithCancelCause({parent})\n{pad}context.AfterFunc({ctx}, func() {{ fmt.Println(\"after\") }})\n{pad}stop{n}({cause})\n{pad}<-{ctx}.Done()\n{pad}fmt.Println({ctx}, context.Cause({ctx}))\n",
                    n = self.next
                );
                self.vars.push((ctx, Ty::Ctx));
                out
            }
            16 => format!("{pad}time.Sleep({} * time.Millisecond)\n", self.rng.below(2000)),
            17 => {
                let loops = std::mem::take(&mut self.loops);
                let body = self.block(indent + 1, 2);
                self.loops = loops;
                format!("{pad}func() {{\n{pad}\tdefer func() {{\n{pad}\t\tif r := recover(); r != nil {{\n{pad}\t\t\tfmt.Println(\"recovered:\", r)\n{pad}\t\t}}\n{pad}\t}}()\n{body}{pad}}}()\n")
            }
            18 => {
                let v = self.rng.pick(&["42", "\"s\"", "errors.New(\"e\")", "T{1, \"t\"}", "nil", "[]int{1}", "3.5"]).to_string();
                format!("{pad}switch x := any({v}).(type) {{\n{pad}case int, string:\n{pad}\tfmt.Printf(\"%T %v\\n\", x, x)\n{pad}case error:\n{pad}\tfmt.Println(\"error\", x)\n{pad}case fmt.Stringer:\n{pad}\tfmt.Println(x.String())\n{pad}default:\n{pad}\tfmt.Println(\"other\", x)\n{pad}}}\n")
            }
            19 => match self.var_of(Ty::Ints) {
                Some(xs) => {
                    let i = self.expr(Ty::Int);
                    let v = self.expr(Ty::Int);
                    format!("{pad}{xs} = append({xs}, {v})\n{pad}{xs}[{i} % len({xs})] = {v}\n")
                }
                None => String::new(),
            },
            20 => {
                let f = self.fresh(Ty::Int);
                let e = self.expr(Ty::Int);
                format!("{pad}{f} := func(a int) int {{ return a*2 + {e} }}\n{pad}fmt.Println({f}(3))\n")
            }
            _ => {
                let msg = self.expr(Ty::Str);
                match self.rng.below(6) {
                    0 => format!("{pad}if len({msg}) > 40 {{\n{pad}\tpanic({msg})\n{pad}}}\n"),
                    1 if !self.in_func_lit => format!("{pad}if len({msg}) == 99 {{\n{pad}\tos.Exit(3)\n{pad}}}\n"),
                    _ => match self.var_of(Ty::Chan) {
                        Some(c) if self.rng.chance(1, 4) => format!("{pad}close({c})\n"),
                        _ => format!("{pad}fmt.Println(strings.Repeat({msg}, 2))\n"),
                    },
                }
            }
        }
    }
}
