package main

import "fmt"

type Emp struct {
	Name string
	Dept string
}

func main() {
	emps := []Emp{{"ann", "eng"}, {"bo", "ops"}, {"cy", "eng"}}
	byDept := map[string][]string{}
	for _, e := range emps {
		byDept[e.Dept] = append(byDept[e.Dept], e.Name)
	}
	fmt.Println(byDept)
	idx := map[string]*Emp{}
	for i := range emps {
		idx[emps[i].Name] = &emps[i]
	}
	idx["bo"].Dept = "eng"
	fmt.Println(emps[1])
	m := map[string]map[string]int{}
	if m["x"] == nil {
		m["x"] = map[string]int{}
	}
	m["x"]["y"] = 1
	fmt.Println(m)
	type key [2]int
	grid := map[key]string{{0, 1}: "b", {0, 0}: "a"}
	fmt.Println(grid)
}
