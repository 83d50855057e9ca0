package view

import (
	"bytes"
	"html/template"
	"strings"
	"testing"
)

// TestCSSContent: a string with counters becomes a CSS content value,
// the counters in the string's order, its text quoted so that it can end
// neither the string nor the <style>.
func TestCSSContent(t *testing.T) {
	done, total := Counter("done").String(), Counter("total").String()
	for _, tt := range []struct{ text, want string }{
		{done + " of " + total + " done", `counter(done) " of " counter(total) " done"`},
		{"All " + total + " done", `"All " counter(total) " done"`},
		{"Hechos: " + done + "/" + total, `"Hechos: " counter(done) "/" counter(total)`},
		{total + "中" + done, `counter(total) "中" counter(done)`},
		{`"quoted" \ </style>` + "\n", `"\22 quoted\22  \5c  \3c /style\3e \a "`},
		{"", `""`},
		{Counter("bad name)").String(), `""`},
	} {
		if got := cssContent(tt.text); string(got) != tt.want {
			t.Errorf("cssContent(%q) = %s, want %s", tt.text, got, tt.want)
		}
	}
}

// TestCSSContentInStyle: in a layout's <style>, html/template writes the
// value as it is.
func TestCSSContentInStyle(t *testing.T) {
	tmpl := template.Must(template.New("x").Funcs(Funcs()).Parse(`<style>p::after { content: {{printf "%v de %v" (counter "done") (counter "total") | cssContent}}; }</style>`))
	var b bytes.Buffer
	if err := tmpl.Execute(&b, nil); err != nil {
		t.Fatal(err)
	}
	if want := `content: counter(done) " de " counter(total);`; !strings.Contains(b.String(), want) {
		t.Errorf("got %s, want %s", b.String(), want)
	}
}
