package main

import (
	"runtime/debug"
	"testing"
)

// gcNow is the collector's percent and memory limit, left as they were.
func gcNow() (int, int64) {
	p := debug.SetGCPercent(100)
	debug.SetGCPercent(p)
	return p, debug.SetMemoryLimit(-1)
}

// TestCollectAfterLoad: a build reads its site with the collector off and
// a limit on the heap, and Loaded puts back what was set, once.
func TestCollectAfterLoad(t *testing.T) {
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	p, l := gcNow()
	defer func() { debug.SetGCPercent(p); debug.SetMemoryLimit(l) }()
	on := collectAfterLoad()
	if p, l := gcNow(); on == nil || p != -1 || l != loadLimit {
		t.Fatalf("while loading: GOGC %d, limit %d; want off and %d", p, l, loadLimit)
	}
	on()
	if now, nowLimit := gcNow(); now != p || nowLimit != l {
		t.Errorf("after loading: GOGC %d, limit %d; want %d and %d, as before", now, nowLimit, p, l)
	}
	debug.SetGCPercent(90)
	on() // a second call changes nothing
	if p, _ := gcNow(); p != 90 {
		t.Errorf("a second call set GOGC %d", p)
	}

	for _, env := range []string{"GOGC", "GOMEMLIMIT"} {
		t.Setenv(env, "200")
		if collectAfterLoad() != nil {
			t.Errorf("with %s set, the build changed the collector", env)
		}
		t.Setenv(env, "")
	}
}
