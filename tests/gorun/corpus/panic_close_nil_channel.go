package main

func main() {
	var ch chan string
	close(ch)
}
