package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var n atomic.Int64
	var hits int32
	var wg sync.WaitGroup
	for range 50 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 100 {
				n.Add(1)
				atomic.AddInt32(&hits, 2)
			}
		}()
	}
	wg.Wait()
	fmt.Println("n:", n.Load(), "hits:", atomic.LoadInt32(&hits))

	var flag atomic.Bool
	fmt.Println("swap:", flag.Swap(true), "cas:", flag.CompareAndSwap(true, false), flag.Load())

	var u atomic.Uint32
	u.Store(6)
	fmt.Println("and:", u.And(3), "or:", u.Or(8), "now:", u.Load())
	var x uint64 = 5
	fmt.Println(atomic.CompareAndSwapUint64(&x, 4, 9), atomic.CompareAndSwapUint64(&x, 5, 9), atomic.SwapUint64(&x, 1), x)

	var v atomic.Value
	fmt.Println("empty:", v.Load())
	v.Store("config v1")
	fmt.Println("loaded:", v.Load(), v.CompareAndSwap("config v1", "config v2"), v.Load())
	defer func() { fmt.Println("recovered:", recover()) }()
	v.Store(42)
}
