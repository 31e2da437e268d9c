package main

import "fmt"

func main() {
	fmt.Printf("[%5d] [%-5d] [%05d] [%+d] [% d]\n", 42, 42, 42, 42, 42)
	fmt.Printf("[%8s] [%-8s] [%.2s] [%8.3s]\n", "go", "go", "gopher", "gopher")
	fmt.Printf("[%f] [%.2f] [%8.3f] [%-8.1f] [%08.2f] [%.0f]\n", 3.14159, 3.14159, 3.14159, 2.5, -1.5, 2.5)
	fmt.Printf("[%6.2f%%]\n", 12.3456)
	fmt.Printf("[%x] [%#x] [%08b] [%3c]\n", 3054, 3054, 5, 'A')
	fmt.Printf("[%*d] [%-*d]\n", 6, 7, 4, 8)
	fmt.Printf("[%10v] [%-10v]\n", []int{1, 2}, true)
	fmt.Printf("[%6q] [%t]\n", "a", false)
	fmt.Printf("[%e] [%g] [%g] [%g]\n", 123456.789, 123456.789, 1e21, 0.0001)
	fmt.Printf("[%v] [%v] [%v] [%v]\n", 1.0, 0.1+0.2, 1e6, 1e-7)
	fmt.Printf("[%5.1f] [%x]\n", -0.04, -255)
}
