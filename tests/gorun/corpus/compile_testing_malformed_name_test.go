package names

import "testing"

func TestGood(t *testing.T) {}

func Testlower(t *testing.T) { t.Fatal("Test followed by a lower-case letter") }
