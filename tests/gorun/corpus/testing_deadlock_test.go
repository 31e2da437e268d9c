package dl

import (
	"fmt"
	"testing"
)

func TestFirst(t *testing.T) { fmt.Println("first") }

func TestStuck(t *testing.T) {
	t.Log("about to block")
	ch := make(chan int)
	<-ch
}
