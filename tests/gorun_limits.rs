//! gorun's limits and step API: every runaway program ends with a clear message (never a host
//! panic or hang), and the step function reports progress as the page will drive it.

use context_lab::interp::vm::Progress;
use context_lab::interp::{load, run, Limits, Options};

fn opts(limits: Limits) -> Options {
    Options { limits, ..Options::default() }
}

/// (program, limits, expected exit, a line stderr must contain).
fn cases() -> Vec<(&'static str, &'static str, Limits, i32, &'static str)> {
    let small = Limits { max_steps: 200_000, max_goroutines: 50, max_call_depth: 500, max_output_bytes: 1000 };
    vec![
        ("infinite loop", "package main\nfunc main() {\n\tfor {\n\t}\n}\n", small.clone(), 2, "gorun: instruction limit of 200000 reached"),
        (
            "unbounded recursion",
            "package main\nfunc f(n int) int { return f(n+1) + 1 }\nfunc main() { f(0) }\n",
            small.clone(),
            2,
            "runtime: goroutine stack exceeds 1000000000-byte limit",
        ),
        (
            "goroutine bomb",
            "package main\nfunc main() {\n\tfor {\n\t\tgo func() { select {} }()\n\t}\n}\n",
            small.clone(),
            2,
            "gorun: more than 50 goroutines alive at once",
        ),
        (
            "output flood",
            "package main\nimport \"fmt\"\nfunc main() {\n\tfor {\n\t\tfmt.Println(\"spam\")\n\t}\n}\n",
            small.clone(),
            2,
            "gorun: output limit of 1000 bytes exceeded",
        ),
        (
            "deadlock",
            "package main\nfunc main() {\n\tch := make(chan int)\n\t<-ch\n}\n",
            small.clone(),
            2,
            "fatal error: all goroutines are asleep - deadlock!",
        ),
        (
            "runaway slice",
            "package main\nfunc main() {\n\ts := []int{}\n\tfor {\n\t\ts = append(s, 1)\n\t}\n}\n",
            Limits { max_steps: 1 << 40, ..small.clone() },
            2,
            "memory limit",
        ),
        (
            "a String method that prints itself",
            "package main\nimport \"fmt\"\ntype T struct{ n int }\nfunc (t T) String() string { return fmt.Sprint(t) }\nfunc main() { fmt.Println(T{1}) }\n",
            small.clone(),
            2,
            "runtime: goroutine stack exceeds 1000000000-byte limit",
        ),
        (
            "a million-node linked list is freed without recursion",
            "package main\nimport \"fmt\"\ntype N struct{ next *N }\nfunc main() {\n\tvar h *N\n\tfor i := 0; i < 1000000; i++ {\n\t\th = &N{h}\n\t}\n\tfmt.Print(h != nil)\n\th = nil\n}\n",
            Limits { max_steps: 1 << 40, ..small.clone() },
            0,
            "",
        ),
        (
            "an hour's sleep ends at once",
            "package main\nimport (\"fmt\"; \"time\")\nfunc main() {\n\ttime.Sleep(time.Hour)\n\tfmt.Println(\"woke\")\n}\n",
            small,
            0,
            "",
        ),
    ]
}

#[test]
fn runaway_programs_end_with_clear_messages() {
    for (name, src, limits, exit, key) in cases() {
        let out = run("limit.go", src, &opts(limits));
        assert_eq!(out.exit, exit, "{name}: stderr {:?}", out.stderr);
        assert!(out.stderr.contains(key), "{name}: stderr {:?} lacks {key:?}", out.stderr);
    }
}

#[test]
fn deeply_nested_input_is_a_syntax_error_not_a_host_stack_overflow() {
    let parens = format!("package main\nfunc main() {{\n\t_ = {}1{}\n}}\n", "(".repeat(100_000), ")".repeat(100_000));
    let chain = format!("package main\nfunc main() {{\n\t_ = 1{}\n}}\n", " + 1".repeat(100_000));
    let blocks = format!("package main\nfunc main() {{\n{}{}\n}}\n", "{".repeat(100_000), "}".repeat(100_000));
    for (name, src) in [("parentheses", parens), ("operator chain", chain), ("blocks", blocks)] {
        let out = run("deep.go", &src, &Options::default());
        assert_eq!(out.exit, 1, "{name}: {}", out.stderr);
        assert!(out.stderr.contains("syntax error"), "{name}: {}", out.stderr);
    }
    // Just inside the bounds, a program still compiles and runs (on a test thread's small stack).
    let inside = format!(
        "package main\nimport \"fmt\"\nfunc main() {{\n\tx := 1\n{}\tfmt.Println({}x{}{})\n{}}}\n",
        "\tif x > 0 {\n".repeat(90),
        "(".repeat(45),
        " + 1".repeat(95),
        ")".repeat(45),
        "\t}\n".repeat(90)
    );
    let out = run("inside.go", &inside, &Options::default());
    assert_eq!((out.exit, out.stdout.as_str()), (0, "96\n"), "{}", out.stderr);
}

#[test]
fn step_yields_blocks_and_finishes() {
    let src = "package main\nimport (\"fmt\"; \"time\")\nfunc main() {\n\tn := 0\n\tfor i := 0; i < 1000; i++ {\n\t\tn += i\n\t}\n\ttime.Sleep(time.Second)\n\tfmt.Println(n)\n}\n";
    let mut m = load("step.go", src, &Options::default()).expect("compiles");
    let mut yielded = 0;
    let mut blocked = 0;
    let exit = loop {
        match m.step(100) {
            Progress::Yielded => yielded += 1,
            Progress::Blocked => blocked += 1,
            Progress::Finished(code) => break code,
        }
        assert!(yielded + blocked < 10_000, "the run does not end");
    };
    assert_eq!(exit, 0);
    assert!(yielded > 10, "a 1000-iteration loop must take many 100-instruction slices ({yielded})");
    assert_eq!(blocked, 1, "one sleep: the clock jumps once");
    assert_eq!(m.stdout(), "499500\n");
    // Finished stays finished.
    assert_eq!(m.step(100), Progress::Finished(0));
}

#[test]
fn the_same_seed_gives_the_same_run() {
    let src = "package main\nimport \"fmt\"\nfunc main() {\n\ta, b := make(chan int, 10), make(chan int, 10)\n\tfor i := 0; i < 10; i++ {\n\t\ta <- i\n\t\tb <- i\n\t}\n\tfor i := 0; i < 10; i++ {\n\t\tselect {\n\t\tcase x := <-a:\n\t\t\tfmt.Print(\"a\", x, \" \")\n\t\tcase x := <-b:\n\t\t\tfmt.Print(\"b\", x, \" \")\n\t\t}\n\t}\n\tm := map[int]bool{1: true, 2: true, 3: true, 4: true}\n\tfor k := range m {\n\t\tfmt.Print(k)\n\t}\n}\n";
    let one = run("seed.go", src, &Options { seed: 7, ..Options::default() });
    let two = run("seed.go", src, &Options { seed: 7, ..Options::default() });
    assert_eq!(one.exit, 0, "{}", one.stderr);
    assert_eq!(one.stdout, two.stdout);
    let others: Vec<String> = (1..20).map(|s| run("seed.go", src, &Options { seed: s, ..Options::default() }).stdout).collect();
    assert!(others.iter().any(|o| *o != one.stdout), "select and map order never vary with the seed");
}

#[test]
fn the_trace_records_goroutines_channels_timers_and_contexts() {
    let src = "package main\nimport (\"context\"; \"fmt\"; \"time\")\nfunc main() {\n\tctx, cancel := context.WithTimeout(context.Background(), time.Second)\n\tdefer cancel()\n\tdone := make(chan bool)\n\tgo func() {\n\t\t<-ctx.Done()\n\t\tdone <- true\n\t}()\n\t<-done\n\tfmt.Println(ctx.Err())\n}\n";
    let out = run("trace.go", src, &Options::default());
    assert_eq!(out.stdout, "context deadline exceeded\n", "{}", out.stderr);
    let lines: Vec<String> = out.trace.iter().map(|e| e.to_json()).collect();
    for want in ["\"ev\":\"go_start\"", "\"ev\":\"go_park\"", "\"ev\":\"go_wake\"", "\"ev\":\"chan\"", "\"op\":\"WithTimeout\"", "\"op\":\"deadline\"", "\"ev\":\"print\""] {
        assert!(lines.iter().any(|l| l.contains(want)), "no {want} event in the trace");
    }
    let fired = out.trace.iter().find(|e| e.to_json().contains("\"op\":\"deadline\"")).map(|e| e.time);
    assert_eq!(fired, Some(1_000_000_000), "the deadline fires at virtual time 1s");
}
