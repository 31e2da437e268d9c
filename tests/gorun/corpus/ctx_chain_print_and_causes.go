package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type key int

func (k key) String() string { return fmt.Sprintf("key#%d", int(k)) }

func main() {
	bg := context.Background()
	c1, cancel1 := context.WithCancelCause(bg)
	v := context.WithValue(c1, key(1), []int{1, 2})
	d := context.WithoutCancel(v)
	c2, cancel2 := context.WithCancel(d)
	fmt.Println(c2)
	cancel1(errors.New("root cause"))
	fmt.Println(v.Err(), context.Cause(v), d.Err(), c2.Err())
	cancel2()
	fmt.Println(c2.Err(), context.Cause(c2))
	fmt.Println(context.WithValue(bg, key(2), key(3)))
	fmt.Println(context.WithValue(bg, "k", errors.New("an error value")))
	fmt.Println(context.WithValue(bg, 1.5, true))
	t, cancel3 := context.WithTimeoutCause(bg, time.Hour, errors.New("hour passed"))
	cancel3()
	fmt.Println(t.Err(), context.Cause(t))
	var ctx context.Context = c1
	if _, ok := ctx.Deadline(); !ok {
		fmt.Println("no deadline")
	}
	fmt.Printf("%v|%s|%T\n", context.TODO(), bg, c1.Done())
	stop := context.AfterFunc(c1, func() {})
	fmt.Println(stop())
	fmt.Println(errors.Is(context.Cause(c1), context.Canceled), c1.Err() == context.Canceled)
	fmt.Printf("%q %v\n", context.Canceled, context.DeadlineExceeded)
	fmt.Printf("%T %T\n", context.Canceled, context.DeadlineExceeded)
}
