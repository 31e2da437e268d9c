package main

import "fmt"

// Types whose methods log their calls, to record which methods Go's fmt calls, and in what order.

type LogS struct{ Name string }

func (l LogS) String() string { callLog = append(callLog, l.Name); return "S:" + l.Name }

type LogE struct{ Name string }

func (l *LogE) Error() string { callLog = append(callLog, l.Name); return "E:" + l.Name }

type LogG struct{ Name string }

func (l LogG) GoString() string { callLog = append(callLog, "go:"+l.Name); return "G:" + l.Name }
func (l LogG) String() string   { callLog = append(callLog, l.Name); return "S:" + l.Name }

type LogPanic struct{ Name string }

func (l LogPanic) String() string { callLog = append(callLog, l.Name); panic("boom " + l.Name) }

type logK int

func (k logK) String() string { callLog = append(callLog, fmt.Sprint("k", int(k))); return fmt.Sprint("K", int(k)) }

func loggedCases() {
	a, b, c := LogS{"a"}, LogS{"b"}, LogS{"c"}
	P("%v %d %s", a, b, c)
	P("%x|%X|%q|%t|%c|%v", a, b, c, a, b, c)
	P("%v|%+v|%#v", struct {
		A LogS
		b LogS
	}{a, b}, struct{ A LogS }{b}, struct{ A LogS }{c})
	P("%v %s %d", []LogS{a, b}, [2]LogS{c, a}, []LogS{b})
	P("%v", map[logK]LogS{3: c, 1: a, 2: b})
	P("%d", map[logK]LogS{3: c, 1: a})
	P("%v|%#v|%s|%+v", LogG{"g1"}, LogG{"g2"}, LogG{"g3"}, []LogG{{"g4"}})
	P("%d", 1, a, b)
	P("%!", a)
	P("%z %v", a, b)
	P("%s|%v|%d", &LogE{"e1"}, []error{&LogE{"e2"}, nil}, &LogE{"e3"})
	P("%v %v", LogPanic{"p1"}, a)
	P("%[2]v %[1]v %[2]s", a, b)
	P("%s", []any{LogS{"in"}, nil, logK(7)})
	P("%T %p %d", a, &LogE{"e4"}, logK(5))
	P("%v", &struct{ L *LogE }{&LogE{"deep"}})
	P("%v", struct{ M map[string]LogS }{map[string]LogS{"z": c, "y": b}})
	S(a, 1, b, "x", logK(2))
	L(a, &LogE{"e5"}, LogPanic{"p2"}, logK(3))
	E("wrap %w and %v", &LogE{"w1"}, a)
	E("%w", a)
	E("%v %w", &LogE{"w2"}, &LogE{"w3"})
}
