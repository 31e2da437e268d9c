package sigs

import "testing"

func TestGood(t *testing.T) {}

func TestTwo(t *testing.T, n int) { t.Log(n) }
