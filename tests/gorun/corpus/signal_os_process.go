package main

import (
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

type fake struct{}

func (fake) String() string { return "fake" }
func (fake) Signal()        {}

func main() {
	c := make(chan os.Signal, 1)
	signal.Notify(c, syscall.SIGUSR1)
	p, err := os.FindProcess(os.Getpid())
	fmt.Println(err, p.Pid == os.Getpid())
	fmt.Println(p.Signal(syscall.SIGUSR1), <-c)
	err = p.Signal(syscall.Signal(99))
	fmt.Printf("%v %T\n", err, err)
	fmt.Println(p.Signal(fake{}))
	q, err := os.FindProcess(4194305)
	fmt.Println(err, q.Pid)
	err = q.Signal(os.Interrupt)
	fmt.Println(err, errors.Is(err, os.ErrProcessDone), q.Kill())
	fmt.Println(p.Signal(syscall.Signal(0)))
	p.Kill()
	fmt.Println("never")
}
