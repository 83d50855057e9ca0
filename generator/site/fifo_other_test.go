//go:build !unix

package site

import "testing"

func mkfifo(t *testing.T, _ string) { t.Skip("no named pipes on this system") }
