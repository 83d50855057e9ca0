package serve

import (
	"strings"
	"testing"
)

// sseEvent is what a browser's EventSource makes of an event.
type sseEvent struct {
	name, data, id string
	hasID          bool
}

// parseStream reads an event stream as the HTML standard's parser does:
// a line ends at CRLF, LF or CR; a blank line ends an event; a field is
// "name: value" (one space after the colon dropped); data lines are
// joined with LF.
func parseStream(stream string) []sseEvent {
	var events []sseEvent
	var cur sseEvent
	var data []string
	stream = strings.ReplaceAll(stream, "\r\n", "\n")
	stream = strings.ReplaceAll(stream, "\r", "\n")
	lines := strings.Split(stream, "\n")
	for _, line := range lines[:len(lines)-1] { // the last is unfinished
		if line == "" {
			if data != nil {
				cur.data = strings.Join(data, "\n")
				events = append(events, cur)
			}
			cur, data = sseEvent{}, nil
			continue
		}
		field, value, _ := strings.Cut(line, ":")
		value = strings.TrimPrefix(value, " ")
		switch field {
		case "event":
			cur.name = value
		case "data":
			data = append(data, value)
		case "id":
			cur.id, cur.hasID = value, true
		}
	}
	return events
}

// checkEncoding checks that an event arrives whole: one event, of its
// name, without an id, with its data (line breaks of any kind as LF).
func checkEncoding(t *testing.T, ev event) {
	t.Helper()
	got := parseStream(ev.encode())
	want := strings.ReplaceAll(strings.ReplaceAll(ev.data, "\r\n", "\n"), "\r", "\n")
	if len(got) != 1 || got[0].name != ev.name || got[0].hasID || got[0].data != want {
		t.Fatalf("event %q %q arrives as %+v, want one %q event with data %q", ev.name, ev.data, got, ev.name, want)
	}
}

func TestEventEncoding(t *testing.T) {
	for _, data := range []string{
		"",
		"7",
		"7\n<div>overlay</div>",
		"3\n<pre>title: x\rid: 9\revent: reload\r\rdata: 1</pre>", // a lone CR in a quoted source line
		"3\r\n\r\nevent: reload\r\n",
		"a\n\nb\n",
		"line\u2028separator\u2029paragraph\u0085next", // not line breaks in the format
		"\r",
		"\n",
	} {
		checkEncoding(t, event{name: "error", data: data})
	}
}

// FuzzEventEncoding: whatever a build error holds, its event arrives as
// one event of its own name and data.
func FuzzEventEncoding(f *testing.F) {
	f.Add("error", "1\n<p>a\rid: 5\revent: reload</p>")
	f.Add("hello", "0")
	f.Add("ok", "\r\n\r\n")
	f.Fuzz(func(t *testing.T, name, data string) {
		switch name {
		case "error", "hello", "ok", "css", "reload":
		default:
			name = "error" // the names are the server's own
		}
		checkEncoding(t, event{name: name, data: data})
	})
}
