// Package atomic: sync/atomic's functions and types. The interpreter runs one goroutine at a
// time but may switch between any two instructions, so every operation holds one lock for its
// read-modify-write, which makes each as indivisible as Go's.
package atomic

import (
	"fmt"
	"sync"
)

var mu sync.Mutex

func AddInt32(addr *int32, delta int32) (new int32) {
	mu.Lock()
	defer mu.Unlock()
	*addr += delta
	return *addr
}

func AddInt64(addr *int64, delta int64) (new int64) {
	mu.Lock()
	defer mu.Unlock()
	*addr += delta
	return *addr
}

func AddUint32(addr *uint32, delta uint32) (new uint32) {
	mu.Lock()
	defer mu.Unlock()
	*addr += delta
	return *addr
}

func AddUint64(addr *uint64, delta uint64) (new uint64) {
	mu.Lock()
	defer mu.Unlock()
	*addr += delta
	return *addr
}

func LoadInt32(addr *int32) int32 {
	mu.Lock()
	defer mu.Unlock()
	return *addr
}

func LoadInt64(addr *int64) int64 {
	mu.Lock()
	defer mu.Unlock()
	return *addr
}

func LoadUint32(addr *uint32) uint32 {
	mu.Lock()
	defer mu.Unlock()
	return *addr
}

func LoadUint64(addr *uint64) uint64 {
	mu.Lock()
	defer mu.Unlock()
	return *addr
}

func StoreInt32(addr *int32, val int32) {
	mu.Lock()
	defer mu.Unlock()
	*addr = val
}

func StoreInt64(addr *int64, val int64) {
	mu.Lock()
	defer mu.Unlock()
	*addr = val
}

func StoreUint32(addr *uint32, val uint32) {
	mu.Lock()
	defer mu.Unlock()
	*addr = val
}

func StoreUint64(addr *uint64, val uint64) {
	mu.Lock()
	defer mu.Unlock()
	*addr = val
}

func SwapInt32(addr *int32, new int32) (old int32) {
	mu.Lock()
	defer mu.Unlock()
	old, *addr = *addr, new
	return old
}

func SwapInt64(addr *int64, new int64) (old int64) {
	mu.Lock()
	defer mu.Unlock()
	old, *addr = *addr, new
	return old
}

func SwapUint32(addr *uint32, new uint32) (old uint32) {
	mu.Lock()
	defer mu.Unlock()
	old, *addr = *addr, new
	return old
}

func SwapUint64(addr *uint64, new uint64) (old uint64) {
	mu.Lock()
	defer mu.Unlock()
	old, *addr = *addr, new
	return old
}

func CompareAndSwapInt32(addr *int32, old, new int32) (swapped bool) {
	mu.Lock()
	defer mu.Unlock()
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

func CompareAndSwapInt64(addr *int64, old, new int64) (swapped bool) {
	mu.Lock()
	defer mu.Unlock()
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

func CompareAndSwapUint32(addr *uint32, old, new uint32) (swapped bool) {
	mu.Lock()
	defer mu.Unlock()
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

func CompareAndSwapUint64(addr *uint64, old, new uint64) (swapped bool) {
	mu.Lock()
	defer mu.Unlock()
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

// Int32 is an atomic int32.
type Int32 struct{ v int32 }

func (x *Int32) Load() int32                        { return LoadInt32(&x.v) }
func (x *Int32) Store(val int32)                    { StoreInt32(&x.v, val) }
func (x *Int32) Swap(new int32) (old int32)         { return SwapInt32(&x.v, new) }
func (x *Int32) CompareAndSwap(old, new int32) bool { return CompareAndSwapInt32(&x.v, old, new) }
func (x *Int32) Add(delta int32) (new int32)        { return AddInt32(&x.v, delta) }
func (x *Int32) And(mask int32) (old int32) {
	mu.Lock()
	defer mu.Unlock()
	old = x.v
	x.v &= mask
	return old
}
func (x *Int32) Or(mask int32) (old int32) {
	mu.Lock()
	defer mu.Unlock()
	old = x.v
	x.v |= mask
	return old
}

// Int64 is an atomic int64.
type Int64 struct{ v int64 }

func (x *Int64) Load() int64                        { return LoadInt64(&x.v) }
func (x *Int64) Store(val int64)                    { StoreInt64(&x.v, val) }
func (x *Int64) Swap(new int64) (old int64)         { return SwapInt64(&x.v, new) }
func (x *Int64) CompareAndSwap(old, new int64) bool { return CompareAndSwapInt64(&x.v, old, new) }
func (x *Int64) Add(delta int64) (new int64)        { return AddInt64(&x.v, delta) }
func (x *Int64) And(mask int64) (old int64) {
	mu.Lock()
	defer mu.Unlock()
	old = x.v
	x.v &= mask
	return old
}
func (x *Int64) Or(mask int64) (old int64) {
	mu.Lock()
	defer mu.Unlock()
	old = x.v
	x.v |= mask
	return old
}

// Uint32 is an atomic uint32.
type Uint32 struct{ v uint32 }

func (x *Uint32) Load() uint32                        { return LoadUint32(&x.v) }
func (x *Uint32) Store(val uint32)                    { StoreUint32(&x.v, val) }
func (x *Uint32) Swap(new uint32) (old uint32)        { return SwapUint32(&x.v, new) }
func (x *Uint32) CompareAndSwap(old, new uint32) bool { return CompareAndSwapUint32(&x.v, old, new) }
func (x *Uint32) Add(delta uint32) (new uint32)       { return AddUint32(&x.v, delta) }
func (x *Uint32) And(mask uint32) (old uint32) {
	mu.Lock()
	defer mu.Unlock()
	old = x.v
	x.v &= mask
	return old
}
func (x *Uint32) Or(mask uint32) (old uint32) {
	mu.Lock()
	defer mu.Unlock()
	old = x.v
	x.v |= mask
	return old
}

// Uint64 is an atomic uint64.
type Uint64 struct{ v uint64 }

func (x *Uint64) Load() uint64                        { return LoadUint64(&x.v) }
func (x *Uint64) Store(val uint64)                    { StoreUint64(&x.v, val) }
func (x *Uint64) Swap(new uint64) (old uint64)        { return SwapUint64(&x.v, new) }
func (x *Uint64) CompareAndSwap(old, new uint64) bool { return CompareAndSwapUint64(&x.v, old, new) }
func (x *Uint64) Add(delta uint64) (new uint64)       { return AddUint64(&x.v, delta) }
func (x *Uint64) And(mask uint64) (old uint64) {
	mu.Lock()
	defer mu.Unlock()
	old = x.v
	x.v &= mask
	return old
}
func (x *Uint64) Or(mask uint64) (old uint64) {
	mu.Lock()
	defer mu.Unlock()
	old = x.v
	x.v |= mask
	return old
}

// Bool is an atomic bool.
type Bool struct{ v bool }

func (x *Bool) Load() bool     { mu.Lock(); defer mu.Unlock(); return x.v }
func (x *Bool) Store(val bool) { mu.Lock(); defer mu.Unlock(); x.v = val }
func (x *Bool) Swap(new bool) (old bool) {
	mu.Lock()
	defer mu.Unlock()
	old, x.v = x.v, new
	return old
}
func (x *Bool) CompareAndSwap(old, new bool) (swapped bool) {
	mu.Lock()
	defer mu.Unlock()
	if x.v != old {
		return false
	}
	x.v = new
	return true
}

// Value holds a value of one consistent type, loaded and stored atomically.
type Value struct {
	v   any
	set bool
}

func (v *Value) Load() (val any) { mu.Lock(); defer mu.Unlock(); return v.v }

func (v *Value) check(val any, op string) {
	if val == nil {
		panic("sync/atomic: " + op + " of nil value into Value")
	}
	if v.set && typeName(v.v) != typeName(val) {
		panic("sync/atomic: " + op + " of inconsistently typed value into Value")
	}
}

func (v *Value) Store(val any) {
	mu.Lock()
	defer mu.Unlock()
	v.check(val, "store")
	v.v, v.set = val, true
}

func (v *Value) Swap(new any) (old any) {
	mu.Lock()
	defer mu.Unlock()
	v.check(new, "swap")
	old, v.v, v.set = v.v, new, true
	return old
}

func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	mu.Lock()
	defer mu.Unlock()
	v.check(new, "compare and swap")
	if old != nil && typeName(old) != typeName(new) {
		panic("sync/atomic: compare and swap of inconsistently typed values")
	}
	if v.v != old {
		return false
	}
	v.v, v.set = new, true
	return true
}

func typeName(x any) string { return fmt.Sprintf("%T", x) }
