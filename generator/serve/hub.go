package serve

import (
	"fmt"
	"io"
	"strings"
	"sync"
)

// event is one server-sent event.
type event struct {
	name string // reload, css, error, ok, hello
	data string
}

// write sends ev in the event-stream format; each line of data is a line
// of its own, as the format wants.
func (ev event) write(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "event: %s\n", ev.name)
	for _, line := range strings.Split(ev.data, "\n") {
		fmt.Fprintf(&b, "data: %s\n", line)
	}
	b.WriteString("\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// hub fans events out to the open pages of one server.
type hub struct {
	mu      sync.Mutex
	clients map[chan event]struct{}
}

func newHub() *hub { return &hub{clients: map[chan event]struct{}{}} }

// subscribe returns a channel of events and a function that ends it.
func (h *hub) subscribe() (<-chan event, func()) {
	ch := make(chan event, 16)
	h.mu.Lock()
	h.clients[ch] = struct{}{}
	h.mu.Unlock()
	return ch, func() {
		h.mu.Lock()
		if _, ok := h.clients[ch]; ok {
			delete(h.clients, ch)
			close(ch)
		}
		h.mu.Unlock()
	}
}

// broadcast sends ev to every page. A page too slow to take it is
// disconnected: its script reconnects and, told the current version,
// reloads.
func (h *hub) broadcast(ev event) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for ch := range h.clients {
		select {
		case ch <- ev:
		default:
			delete(h.clients, ch)
			close(ch)
		}
	}
}

func (h *hub) count() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return len(h.clients)
}
