package serve

import (
	"io"
	"strings"
	"sync"
)

// event is one server-sent event.
type event struct {
	name string // reload, css, error, ok, hello
	data string
}

// write sends ev in the event-stream format. Each line of data goes on a
// data line of its own, and the format ends a line at a CR, an LF or a
// CRLF: a line break of any of the three kinds in the data (a lone CR in
// a source line the overlay quotes) starts a new data line, so that no
// part of the data can be read as a field of its own (an id, an event
// name, or the end of the event). The page receives the lines joined
// with LF.
func (ev event) write(w io.Writer) error {
	_, err := io.WriteString(w, ev.encode())
	return err
}

func (ev event) encode() string {
	var b strings.Builder
	b.WriteString("event: " + ev.name + "\n")
	data := strings.ReplaceAll(strings.ReplaceAll(ev.data, "\r\n", "\n"), "\r", "\n")
	for _, line := range strings.Split(data, "\n") {
		b.WriteString("data: " + line + "\n")
	}
	b.WriteString("\n")
	return b.String()
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
