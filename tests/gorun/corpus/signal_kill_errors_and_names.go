package main

import (
	"errors"
	"fmt"
	"os"
	"syscall"
)

func main() {
	err := syscall.Kill(4194305, syscall.SIGTERM)
	fmt.Printf("%v | %T | %d | %v\n", err, err, err, errors.Is(err, syscall.ESRCH))
	fmt.Println(syscall.Kill(os.Getpid(), syscall.Signal(99)))
	fmt.Println(syscall.Kill(os.Getpid(), 0))
	fmt.Println(os.Getpid() == syscall.Getpid(), os.Getpid() > 0)
	for _, s := range []syscall.Signal{syscall.SIGHUP, syscall.SIGINT, syscall.SIGQUIT, syscall.SIGKILL,
		syscall.SIGUSR1, syscall.SIGUSR2, syscall.SIGPIPE, syscall.SIGALRM, syscall.SIGTERM, syscall.SIGCHLD,
		syscall.SIGCONT, syscall.SIGSTOP, syscall.SIGWINCH, 0, 40} {
		fmt.Printf("%2d %-22v %q\n", int(s), s, s.String())
	}
	var sig os.Signal = os.Interrupt
	fmt.Printf("%v %T %v %v\n", sig, sig, os.Kill, sig == syscall.SIGINT)
	fmt.Println(syscall.EPERM, syscall.EINVAL, syscall.ENOENT)
}
