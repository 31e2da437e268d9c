package main

import "fmt"

func main() {
	stock := map[string]int{"apple": 3}
	n, ok := stock["apple"]
	fmt.Println(n, ok)
	n, ok = stock["pear"]
	fmt.Println(n, ok)
	stock["pear"]++
	stock["pear"] += 4
	stock["apple"]--
	fmt.Println(stock)
	delete(stock, "apple")
	delete(stock, "never there")
	fmt.Println(stock, len(stock))
	words := []string{"a", "b", "a", "c", "a", "b"}
	counts := make(map[string]int)
	for _, w := range words {
		counts[w]++
	}
	fmt.Println(counts)
	type pt struct{ x, y int }
	seen := map[pt]bool{}
	seen[pt{1, 2}] = true
	fmt.Println(seen[pt{1, 2}], seen[pt{2, 1}])
}
