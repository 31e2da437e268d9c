package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(42))
	inRange := true
	for i := 0; i < 1000; i++ {
		n := r.Intn(6) + 1
		if n < 1 || n > 6 {
			inRange = false
		}
	}
	fmt.Println("dice always 1..6:", inRange)
	f := r.Float64()
	fmt.Println("float in [0,1):", f >= 0 && f < 1)
	p := r.Perm(5)
	seen := make([]bool, 5)
	for _, v := range p {
		seen[v] = true
	}
	fmt.Println("perm covers 0..4:", seen)
	a := rand.New(rand.NewSource(7))
	b := rand.New(rand.NewSource(7))
	fmt.Println("same seed, same sequence:", a.Int63() == b.Int63(), a.Intn(1000) == b.Intn(1000))
	x := rand.Intn(10)
	fmt.Println("global source in range:", x >= 0 && x < 10)
}
