package main

func main() {
	panic(404)
}
