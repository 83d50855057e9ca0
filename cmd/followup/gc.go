package main

import (
	"os"
	"runtime/debug"
	"sync"
)

// The garbage collector of a command. GOGC or GOMEMLIMIT in the
// environment wins over all of this.
const (
	// gcPercent: a build allocates a lot of short-lived data and holds
	// little: the heap may grow to two and a half times what it holds (Go's
	// default is twice) before a collection. Measured (BENCHMARKS.md):
	// against 200, 150 costs 1.9% more instructions on 1,000 pages and
	// peaks at 59-62 MiB instead of 66-69 (10,000 pages: 334 MB instead of
	// 397); 100 costs 8.7% more.
	gcPercent = 150
	// loadLimit is the heap at which a collection runs anyway while a
	// build reads its site with the collector off (collectAfterLoad).
	loadLimit = 1 << 30
)

// setGC sets the collector of every command: gcPercent.
func setGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
}

// collectAfterLoad turns the collector off until the build has read the
// site, and returns what turns it back on (for site.Options.Loaded); nil
// when the environment sets it.
//
// Nearly everything the reading allocates stays live (the pages), and
// collecting while the heap grows from nothing marks it again and again:
// on 1,000 pages six collections in the first 45 ms (at 4, 6, 7, 12, 19
// and 28 MB), which took the cores the reading runs on. Without them the
// pages are read in 22 ms instead of 34; the first collection then comes
// when the rendering starts, with the heap what it holds. loadLimit keeps
// a site larger than any measured from growing without bound meanwhile.
func collectAfterLoad() func() {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return nil
	}
	percent := debug.SetGCPercent(-1)
	limit := debug.SetMemoryLimit(loadLimit)
	return sync.OnceFunc(func() {
		debug.SetMemoryLimit(limit)
		debug.SetGCPercent(percent)
	})
}
