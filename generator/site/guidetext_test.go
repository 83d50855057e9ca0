package site

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/followup/followup/generator/checklist"
)

// A timing, for TestGuideTimingsComeFromTheRules: a number (digits, a
// range such as 2–3, or a number word up to twelve, fourteen, twenty, few,
// several) followed by a unit of days, weeks, hours or months (working,
// business and calendar days too), as in "7 days", "2–3 business days",
// "24-hour"; "a", "an", "a few" or "a couple of" before a day, week, hour,
// month or fortnight ("a week later"; but not "a working day", which names
// a kind of day); or a phrase that counts from a weekday or a day: "the
// next working day", "the following Monday", "the same day", "the next
// morning".
var (
	timingNumber = `\d+(?:\s*[–-]\s*\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|twenty|few|several`
	timingRE     = regexp.MustCompile(`(?i)\b(?:` + timingNumber + `)[ -](?:or (?:` + timingNumber + `) )?(?:more |extra |full )?(?:business |working |calendar )?(?:day|week|hour|month)s?\b` +
		`|(?i)\b(?:a|an|a few|a couple of)[ -](?:day|week|hour|month|fortnight)s?\b` +
		`|(?i)\b(?:next|following|same) (?:business day|working day|(?:business |working )?morning|day|week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b`)
	// What is not prose of the guide: a shortcode (its number comes from
	// the rules), a quotation of a source ("...", “...” or a > block
	// quote), a link's address, code, and HTML comments.
	notProse = regexp.MustCompile(`(?s)\{\{<.*?>\}\}|"[^"\n]*"|“[^”\n]*”|\]\([^)]*\)|` + "`[^`\\n]*`" + `|<!--.*?-->`)
)

// guideTimings returns the hand-typed timings of a guide's markdown body,
// with their lines.
func guideTimings(body string) []string {
	var found []string
	callout := false
	for i, line := range strings.Split(body, "\n") {
		trimmed := strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(trimmed, "> [!"):
			callout = true // a callout is the guide's own text
		case !strings.HasPrefix(trimmed, ">"):
			callout = false
		case !callout:
			continue // a source quoted as a block
		}
		prose := notProse.ReplaceAllStringFunc(line, func(s string) string { return strings.Repeat(" ", len(s)) })
		for _, m := range timingRE.FindAllString(prose, -1) {
			found = append(found, strings.TrimSpace(m)+" (line "+strconv.Itoa(i+1)+")")
		}
	}
	return found
}

// TestGuideTimingsComeFromTheRules fails on a timing typed by hand in a
// guide (content/guides/ and the home page's text), so the guides cannot
// drift from the calculator: every timing comes from data/timeline.toml
// through {{< rule >}}. In front matter, which cannot hold a shortcode, the
// title, description and summary are read as prose: they name no timing.
func TestGuideTimingsComeFromTheRules(t *testing.T) {
	files, _ := filepath.Glob("../../content/guides/*.md")
	files = append(files, "../../content/_index.md")
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		body := string(src)
		if strings.HasPrefix(body, "---\n") {
			if end := strings.Index(body[4:], "\n---\n"); end >= 0 {
				body = frontMatterProse(body[:end+9]) + body[end+9:]
			}
		}
		if found := guideTimings(body); len(found) > 0 {
			t.Errorf("%s: timings typed by hand (quote the rules with {{< rule \"key\" >}}, or quote the source in quotation marks):\n  %s", strings.TrimPrefix(f, "../../"), strings.Join(found, "\n  "))
		}
	}
}

// TestChecklistTimingsComeFromTheRules: the same for the checklists' texts
// (title, intro, text, hint, timing), which are inline markdown where
// {{< rule >}} works too.
func TestChecklistTimingsComeFromTheRules(t *testing.T) {
	files, _ := filepath.Glob("../../checklists/*.yaml")
	if len(files) == 0 {
		t.Fatal("no checklists found in ../../checklists")
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		id, _, _ := strings.Cut(strings.TrimSuffix(filepath.Base(f), ".yaml"), ".") // a translation, x.es.yaml, has x's id
		prose, err := checklistProse(src, id)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if found := guideTimings(prose); len(found) > 0 {
			t.Errorf("%s: timings typed by hand (quote the rules with {{< rule \"key\" >}}, or quote the source in quotation marks):\n  %s", strings.TrimPrefix(f, "../../"), strings.Join(found, "\n  "))
		}
	}
}

// checklistProse reads a checklist file as the build does (checklist.Parse)
// and returns the texts a reader sees, each at its line of the file (the
// title on line 1), every other line blank.
func checklistProse(src []byte, base string) (string, error) {
	c, err := checklist.Parse(src, base)
	if err != nil {
		return "", err
	}
	lines := make([]string, strings.Count(string(src), "\n")+1)
	put := func(line int, text string) {
		if i := max(line, 1) - 1; i < len(lines) {
			lines[i] += " " + text
		}
	}
	put(1, c.Title)
	put(c.IntroLine, c.Intro)
	for _, it := range c.Items {
		put(it.TextLine, it.Text)
		put(it.HintLine, it.Hint)
		put(it.TimingLine, it.Timing)
	}
	return strings.Join(lines, "\n"), nil
}

func TestChecklistProse(t *testing.T) {
	src := "id: x\ntitle: Calls\nitems:\n  - id: a\n    text: \"Call **2 days** after, {{< rule \\\"k\\\" >}} weeks\"\n    timing: a week later\n"
	prose, err := checklistProse([]byte(src), "x")
	if err != nil {
		t.Fatal(err)
	}
	got := guideTimings(prose)
	if len(got) != 2 || !strings.Contains(got[0], "line 5") || !strings.Contains(got[1], "line 6") {
		t.Errorf("guideTimings(checklistProse(%q)) = %q, want 2 days (line 5) and a week (line 6)", src, got)
	}
}

// frontMatterProse keeps, of a YAML front matter block, the values of the
// keys a reader sees as text (title, description, summary), each on its own
// line, and blanks every other line, so line numbers stay the file's.
func frontMatterProse(front string) string {
	lines := strings.Split(front, "\n")
	for i, l := range lines {
		key, value, ok := strings.Cut(l, ":")
		if ok && (key == "title" || key == "description" || key == "summary") {
			lines[i] = strings.Repeat(" ", len(key)+1) + value
			continue
		}
		lines[i] = ""
	}
	return strings.Join(lines, "\n")
}

func TestFrontMatterProse(t *testing.T) {
	front := "---\ntitle: After a day\nweight: 3\ndescription: Within 24 hours.\n---\n"
	if got := guideTimings(frontMatterProse(front)); len(got) != 2 || !strings.Contains(got[0], "line 2") || !strings.Contains(got[1], "line 4") {
		t.Errorf("guideTimings(frontMatterProse(%q)) = %q, want a day (line 2) and 24 hours (line 4)", front, got)
	}
}

func TestGuideTimings(t *testing.T) {
	for body, want := range map[string]int{
		"Call 2–3 business days after.":                      1,
		"Send it within 24 hours, or a day or two later.":    2,
		"Wait {{< rule \"last-try.days\" >}} days.":          0,
		`As one recruiter put it, "wait a week".`:            0,
		"> Wait two weeks, said the source.":                 0,
		"> [!NOTE]\n> Wait two weeks.":                       1,
		"Deliver it the same day, or the next working day.":  2,
		"It moves forward to a working day.":                 0,
		"Drop it off the next business morning.":             1,
		"An email a week later, a fortnight after that.":     2,
		"Read [the guide](https://example.org/2-days-later)": 0,
		"The 24-hour rule.":                                  1,
		"A Friday interview.":                                0,
	} {
		if got := guideTimings(body); len(got) != want {
			t.Errorf("guideTimings(%q) = %q, want %d", body, got, want)
		}
	}
}
