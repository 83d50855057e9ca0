package serve

import (
	"fmt"
	"slices"
	"testing"
	"testing/synctest"
	"time"
)

// The batching is tested in a bubble: time is virtual, so the tests wait
// no real time and the timings are exact.

func TestBatchOneChange(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		in := make(chan string)
		out := batch(in, 10*time.Millisecond, 250*time.Millisecond)
		start := time.Now()
		in <- "content/a.md"
		got := <-out
		if !slices.Equal(got, []string{"content/a.md"}) || time.Since(start) != 10*time.Millisecond {
			t.Errorf("batch = %v after %v, want [content/a.md] after 10ms", got, time.Since(start))
		}
		close(in)
		if _, ok := <-out; ok {
			t.Errorf("out still open after in closed")
		}
	})
}

func TestBatchCoalescesABurst(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		in := make(chan string)
		out := batch(in, 10*time.Millisecond, 250*time.Millisecond)
		defer close(in)
		start := time.Now()
		// An editor's save: a temporary file, a rename, the same file again.
		for i, p := range []string{"content/a.md.tmp", "content/a.md", "content/a.md", "content/b.md"} {
			if i > 0 {
				time.Sleep(3 * time.Millisecond)
			}
			in <- p
		}
		got := <-out
		want := []string{"content/a.md", "content/a.md.tmp", "content/b.md"}
		if !slices.Equal(got, want) || time.Since(start) != 19*time.Millisecond {
			t.Errorf("batch = %v after %v, want %v after 19ms", got, time.Since(start), want)
		}
		synctest.Wait()
		select {
		case b := <-out:
			t.Errorf("second batch %v, want none", b)
		default:
		}
	})
}

func TestBatchMaxWait(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		in := make(chan string)
		out := batch(in, 10*time.Millisecond, 250*time.Millisecond)
		start := time.Now()
		stop := make(chan struct{})
		go func() { // a change every 7 ms, never quiet
			defer close(in)
			for i := 0; ; i++ {
				select {
				case in <- fmt.Sprintf("content/%03d.md", i):
				case <-stop:
					return
				}
				time.Sleep(7 * time.Millisecond)
			}
		}()
		got := <-out
		took := time.Since(start)
		close(stop)
		for range out {
		}
		if took != 250*time.Millisecond || len(got) != 36 {
			t.Errorf("first batch after %v with %d changes, want after 250ms with 36 (0 to 245 ms)", took, len(got))
		}
	})
}

func TestBatchCollectsWhileBusy(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		in := make(chan string)
		out := batch(in, 10*time.Millisecond, 250*time.Millisecond)
		defer close(in)
		in <- "content/a.md"
		first := <-out
		// The reader rebuilds for 100 ms; four saves arrive meanwhile.
		for _, p := range []string{"content/b.md", "content/c.md", "content/b.md", "static/x.css"} {
			in <- p
			time.Sleep(20 * time.Millisecond)
		}
		time.Sleep(20 * time.Millisecond)
		second := <-out
		want := []string{"content/b.md", "content/c.md", "static/x.css"}
		if !slices.Equal(first, []string{"content/a.md"}) || !slices.Equal(second, want) {
			t.Errorf("batches %v, %v; want [content/a.md], %v", first, second, want)
		}
	})
}
