package main

import (
	"os"
	"runtime/debug"
	"sync"
)

// The garbage collector of a build. GOGC or GOMEMLIMIT in the environment
// wins over all of this.
//
// The collector keeps Go's default GOGC (100: the heap may grow to twice
// what it holds before a collection). A build allocates a lot of
// short-lived data and holds little, and more room would mean fewer
// collections, but then the memory goal (a third of Hugo's) is missed at
// 1,000 pages. Measured (BENCHMARKS.md), 1,000 pages, eight builds each:
// peak RSS 54-57 MiB at GOGC 80, 57-60 at 100, 64-69 at 125, 65-73 at 150;
// wall time at 100 within hyperfine's noise of 150's, with the collector's
// share of the CPU profile 15% against 8%.

// loadLimit is the heap at which a collection runs anyway while a build
// reads its site with the collector off (collectAfterLoad).
const loadLimit = 1 << 30

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
