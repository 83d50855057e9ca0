package serve

import (
	"slices"
	"time"
)

// batch groups the changes arriving close together: a batch is ready when
// no change came for quiet, or max after its first change, whichever comes
// first. While the reader is busy (rebuilding), changes keep being added
// to the next batch, so a burst of saves costs one rebuild, not one each.
// Each batch lists its paths once, sorted. The output closes after in does.
func batch(in <-chan string, quiet, max time.Duration) <-chan []string {
	out := make(chan []string)
	go func() {
		defer close(out)
		pending := map[string]bool{}
		quietT, maxT := time.NewTimer(quiet), time.NewTimer(max)
		quietT.Stop()
		maxT.Stop()
		var quietC, maxC <-chan time.Time
		ready := false
		var list []string // pending, sorted; nil until asked for after a new path
		for {
			var send chan []string
			if ready {
				send = out
				if list == nil {
					list = sorted(pending)
				}
			}
			select {
			case p, ok := <-in:
				if !ok {
					if len(pending) > 0 {
						out <- sorted(pending)
					}
					return
				}
				if len(pending) == 0 {
					maxT.Reset(max)
					maxC = maxT.C
				}
				if !pending[p] {
					pending[p], list = true, nil
				}
				quietT.Reset(quiet)
				quietC = quietT.C
			case <-quietC:
				ready, quietC = true, nil
			case <-maxC:
				ready, maxC = true, nil
			case send <- list:
				pending, ready, list = map[string]bool{}, false, nil
				quietT.Stop()
				maxT.Stop()
				quietC, maxC = nil, nil
			}
		}
	}()
	return out
}

func sorted(set map[string]bool) []string {
	list := make([]string, 0, len(set))
	for p := range set {
		list = append(list, p)
	}
	slices.Sort(list)
	return list
}
