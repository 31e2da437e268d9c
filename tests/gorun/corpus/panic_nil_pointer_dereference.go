package main

import "fmt"

type User struct{ Name string }

func find(id int) *User {
	if id == 1 {
		return &User{"root"}
	}
	return nil
}

func main() {
	fmt.Println(find(1).Name)
	fmt.Println(find(2).Name)
}
