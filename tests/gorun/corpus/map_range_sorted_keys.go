package main

import "fmt"

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	// insertion sort: small and dependency-free
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	return keys
}

func main() {
	scores := map[string]int{"go": 9, "rust": 8, "c": 7, "zig": 6, "ada": 5}
	for _, k := range sortedKeys(scores) {
		fmt.Printf("%-5s %d\n", k, scores[k])
	}
	sum := 0
	for _, v := range scores {
		sum += v // order does not matter for a sum
	}
	fmt.Println("sum", sum)
}
