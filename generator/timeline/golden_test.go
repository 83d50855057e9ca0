package timeline

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGoldenPlans renders each testdata/plans/*.txtar plan (its args
// section) as text, compared with its plan section, and as .ics, compared
// byte for byte with the .ics file of the same name. -update rewrites both.
func TestGoldenPlans(t *testing.T) {
	files, err := filepath.Glob("testdata/plans/*.txtar")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden plans: %v", err)
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			a, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			args := parseArgs(t, section(t, a, "args"))
			r := Default(testHelpers)
			if args["rules"] != "default" {
				r = loadTestRules(t, args["rules"])
			}
			p, err := r.Plan(d(t, args["interview"]), args["kind"], d(t, args["named"]))
			if err != nil {
				t.Fatal(err)
			}
			opts := ICSOptions{Build: d(t, args["build"]), Domain: args["domain"]}
			if base := args["base"]; base != "" {
				opts.GuideURL = func(guide string) string { return base + guideURLPath(guide) }
			}
			var ics bytes.Buffer
			if err := WriteICS(&ics, p, opts); err != nil {
				t.Fatal(err)
			}
			text := renderPlan(r, p)
			icsFile := strings.TrimSuffix(file, ".txtar") + ".ics"
			if *update {
				setSection(a, "plan", text)
				writeFile(t, file, txtar.Format(a))
				writeFile(t, icsFile, ics.Bytes())
				return
			}
			if want := string(section(t, a, "plan")); text != want {
				t.Errorf("plan text differs from %s (run go test -update to accept):\n%s", file, diffLines(text, want))
			}
			want, err := os.ReadFile(icsFile)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(ics.Bytes(), want) {
				t.Errorf(".ics differs from %s (run go test -update to accept):\n%s", icsFile, diffLines(ics.String(), string(want)))
			}
		})
	}
}

// TestGoldenEvergreen renders every evergreen plan of the shipped rules.
func TestGoldenEvergreen(t *testing.T) {
	r := Default(testHelpers)
	var b strings.Builder
	for _, k := range r.Kinds() {
		week, err := r.EvergreenWeek(k.ID)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "== %s: %s\n", k.ID, k.Label)
		for _, p := range week {
			fmt.Fprintf(&b, "interview on %s\n", p.Weekday)
			for _, s := range p.Steps {
				fmt.Fprintf(&b, "  %-20s %-40s %s\n", s.ID, s.When(), s.Rule())
			}
		}
	}
	golden(t, "testdata/evergreen.txt", b.String())
}

// guideURLPath maps a content path to the site path the tests assume:
// guides/x.md#f -> guides/x/#f.
func guideURLPath(guide string) string {
	p, frag, _ := strings.Cut(guide, "#")
	p = strings.TrimSuffix(p, ".md") + "/"
	if frag != "" {
		p += "#" + frag
	}
	return p
}

// renderPlan writes a plan for people to review.
func renderPlan(r *Rules, p Plan) string {
	var b strings.Builder
	long := func(d Date) string { return fmt.Sprintf("%s %d", d.Short(), d.Year()) }
	fmt.Fprintf(&b, "interview  %s\nkind       %s: %s\n", p.Interview.Long(), p.Kind.ID, p.Kind.Label)
	if !p.Named.IsZero() {
		fmt.Fprintf(&b, "named      %s\n", p.Named.Long())
	}
	for _, s := range p.Steps {
		when := long(s.Start)
		if s.Range() {
			when += " to " + long(s.End)
		}
		fmt.Fprintf(&b, "\n%s: %s (%d day%s)\n", s.ID, when, s.Days(), plural(s.Days()))
		for d := s.Start; !d.After(s.End); d = d.AddDays(1) {
			if name, ok := r.Holiday(d); ok {
				fmt.Fprintf(&b, "  (holiday %s: %s)\n", d.Short(), name)
			}
		}
		checklist := s.Checklist
		if checklist == "" {
			checklist = "-"
		}
		fmt.Fprintf(&b, "  %s | %s | checklist %s\n  guide %s\n  %s\n", s.Title, s.Channel, checklist, s.Guide, s.What)
	}
	return b.String()
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func parseArgs(t *testing.T, data []byte) map[string]string {
	t.Helper()
	args := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		k, v, ok := strings.Cut(line, " ")
		if !ok {
			t.Fatalf("args line %q: want key value", line)
		}
		args[k] = strings.TrimSpace(v)
	}
	return args
}

func setSection(a *txtar.Archive, name, data string) {
	for i := range a.Files {
		if a.Files[i].Name == name {
			a.Files[i].Data = []byte(data)
			return
		}
	}
	a.Files = append(a.Files, txtar.File{Name: name, Data: []byte(data)})
}

// golden compares got with a golden file, or rewrites it with -update.
func golden(t *testing.T, file, got string) {
	t.Helper()
	if *update {
		writeFile(t, file, []byte(got))
		return
	}
	want, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("%s differs (run go test -update to accept):\n%s", file, diffLines(got, string(want)))
	}
}

func writeFile(t *testing.T, file string, data []byte) {
	t.Helper()
	if err := os.WriteFile(file, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// diffLines shows the first lines where got and want differ.
func diffLines(got, want string) string {
	g, w := strings.SplitAfter(got, "\n"), strings.SplitAfter(want, "\n")
	var b strings.Builder
	shown := 0
	for i := 0; i < max(len(g), len(w)) && shown < 5; i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			fmt.Fprintf(&b, "line %d:\n  got  %q\n  want %q\n", i+1, gl, wl)
			shown++
		}
	}
	return b.String()
}
