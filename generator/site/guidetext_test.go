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

// A timing, for TestGuideTimingsComeFromTheRules, in English: a number
// (digits, a range such as 2–3, or a number word up to twelve, fourteen,
// twenty, few, several) followed by a unit of days, weeks, hours or months
// (working, business and calendar days too), as in "7 days", "2–3 business
// days", "24-hour"; "a", "an", "a few" or "a couple of" before a day, week,
// hour, month or fortnight ("a week later"; but not "a working day", which
// names a kind of day); or a phrase that counts from a weekday or a day:
// "the next working day", "the following Monday", "the same day", "the
// next morning".
var (
	timingNumber = `\d+(?:\s*[–-]\s*\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|twenty|few|several`
	timingRE     = regexp.MustCompile(`(?i)\b(?:` + timingNumber + `)[ -](?:or (?:` + timingNumber + `) )?(?:more |extra |full )?(?:business |working |calendar )?(?:day|week|hour|month)s?\b` +
		`|(?i)\b(?:a|an|a few|a couple of)[ -](?:day|week|hour|month|fortnight)s?\b` +
		`|(?i)\b(?:next|following|same) (?:business day|working day|(?:business |working )?morning|day|week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b`)
	// The same in Spanish: a number (digits, a range, a number word from
	// dos to treinta, unos, pocos, varios...) or "un", "una", "un par de",
	// "unos pocos" before a day, week, hour, month or quincena ("24 horas",
	// "2–3 días laborables", "una semana después", "unos días"); or a
	// phrase that counts from a day or a weekday: "al día siguiente", "la
	// semana que viene", "el próximo lunes", "el mismo día", "la mañana
	// siguiente". Not timings (esTimingKind): "un día laborable" and "un día
	// concreto" name a kind of day, and "el primer día laborable siguiente"
	// counts from a date, as "the first working day after it" does.
	esTimingNumber = `\d+(?:\s*[–-]\s*\d+)?|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|catorce|quince|veinte|veinticuatro|treinta|pocos|pocas|varios|varias|algunos|algunas|cuantos|cuantas`
	esTimingDay    = `d[ií]a(?: laborable| h[aá]bil)?|semana|ma[nñ]ana|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo`
	esTimingRE     = regexp.MustCompile(`(?i)\b(?:(?:un par de|un|una|unos|unas) )?(?:` + esTimingNumber + `)(?: (?:o|a|y) (?:` + esTimingNumber + `))? (?:d[ií]as?|semanas?|horas?|mes(?:es)?|quincenas?)\b` +
		`|(?i)\b(?:un|una|unos|unas|un par de) (?:d[ií]as?|semanas?|horas?|mes(?:es)?|quincenas?)(?: laborables?| h[aá]bil(?:es)?| concreto| fijo)?\b` +
		`|(?i)\b(?:siguiente|pr[oó]xim[oa]|mism[oa]) (?:` + esTimingDay + `)\b` +
		`|(?i)\b(?:primer )?(?:` + esTimingDay + `) (?:siguiente|que viene)\b`)
	esTimingKind = regexp.MustCompile(`(?i)^un d[ií]a (?:laborable|h[aá]bil|concreto|fijo)$|^primer `)
	// What is not prose of the guide: a shortcode (its number comes from
	// the rules), a quotation of a source ("...", “...”, «...» or a > block
	// quote), a link's address, code, and HTML comments.
	notProse = regexp.MustCompile(`(?s)\{\{<.*?>\}\}|"[^"\n]*"|“[^”\n]*”|«[^»\n]*»|\]\([^)]*\)|` + "`[^`\\n]*`" + `|<!--.*?-->`)
)

// timingWords says what a hand-typed timing looks like in one language:
// the pattern, and the matches that are not timings after all.
type timingWords struct {
	re  *regexp.Regexp
	not *regexp.Regexp // nil: every match is a timing
}

// timingLanguages are the languages the timing tests can read, by code
// ("" is the site's default language, English).
var timingLanguages = map[string]timingWords{
	"":   {re: timingRE},
	"en": {re: timingRE},
	"es": {re: esTimingRE, not: esTimingKind},
}

// timingLanguage returns the language of a content or checklist file, by
// the file convention (x.es.md, name.es.yaml) or the folder convention
// (content/es/...), "" for the default language.
func timingLanguage(path string) string {
	base := filepath.Base(path)
	if parts := strings.Split(base, "."); len(parts) == 3 {
		return parts[1]
	}
	rel, err := filepath.Rel("../../content", path)
	if err != nil || strings.HasPrefix(rel, "..") {
		return ""
	}
	if first, _, ok := strings.Cut(filepath.ToSlash(rel), "/"); ok && first != "guides" {
		return first
	}
	return ""
}

// guideTimings returns the hand-typed timings of a guide's markdown body,
// with their lines.
func guideTimings(body string, lang timingWords) []string {
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
		for _, m := range lang.re.FindAllString(prose, -1) {
			if lang.not != nil && lang.not.MatchString(m) {
				continue
			}
			found = append(found, strings.TrimSpace(m)+" (line "+strconv.Itoa(i+1)+")")
		}
	}
	return found
}

// TestGuideTimingsComeFromTheRules fails on a timing typed by hand in a
// guide (content/guides/ and the home page's text, and the same pages of
// every language: content/<code>/guides/, content/<code>/_index.md and
// x.<code>.md files, read with that language's words), so the guides cannot
// drift from the calculator: every timing comes from data/timeline.toml
// through {{< rule >}}. In front matter, which cannot hold a shortcode, the
// title, description and summary are read as prose: they name no timing.
func TestGuideTimingsComeFromTheRules(t *testing.T) {
	files, _ := filepath.Glob("../../content/guides/*.md")
	files = append(files, "../../content/_index.md")
	langs, _ := filepath.Glob("../../content/*/guides")
	for _, dir := range langs {
		more, _ := filepath.Glob(filepath.Join(dir, "*.md"))
		files = append(files, more...)
		if index := filepath.Join(filepath.Dir(dir), "_index.md"); fileExists(index) {
			files = append(files, index)
		}
	}
	if len(langs) == 0 {
		t.Log("no content/<code>/guides folder: only the default language's guides are read")
	}
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
		checkTimings(t, f, body)
	}
}

// TestChecklistTimingsComeFromTheRules: the same for the checklists' texts
// (title, intro, text, hint, timing), which are inline markdown where
// {{< rule >}} works too, and for their translations (name.<code>.yaml).
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
		base := strings.TrimSuffix(filepath.Base(f), ".yaml")
		if lang := timingLanguage(f); lang != "" {
			base = strings.TrimSuffix(base, "."+lang)
		}
		prose, err := checklistProse(src, base)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		checkTimings(t, f, prose)
	}
}

// checkTimings reports the hand-typed timings of one file's prose, read
// with the words of the file's language; a language the test has no words
// for is an error too, so a new language's guides are not left unread.
func checkTimings(t *testing.T, file, prose string) {
	t.Helper()
	name := strings.TrimPrefix(file, "../../")
	lang := timingLanguage(file)
	words, ok := timingLanguages[lang]
	if !ok {
		t.Errorf("%s: the timing tests have no words for language %q: add them to timingLanguages in guidetext_test.go", name, lang)
		return
	}
	if found := guideTimings(prose, words); len(found) > 0 {
		t.Errorf("%s: timings typed by hand (quote the rules with {{< rule \"key\" >}}, or quote the source in quotation marks):\n  %s", name, strings.Join(found, "\n  "))
	}
}

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
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
	got := guideTimings(prose, timingLanguages[""])
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
	if got := guideTimings(frontMatterProse(front), timingLanguages[""]); len(got) != 2 || !strings.Contains(got[0], "line 2") || !strings.Contains(got[1], "line 4") {
		t.Errorf("guideTimings(frontMatterProse(%q)) = %q, want a day (line 2) and 24 hours (line 4)", front, got)
	}
}

func TestGuideTimings(t *testing.T) {
	for _, tc := range []struct {
		lang, body string
		want       int
	}{
		{"", "Call 2–3 business days after.", 1},
		{"", "Send it within 24 hours, or a day or two later.", 2},
		{"", "Wait {{< rule \"last-try.days\" >}} days.", 0},
		{"", `As one recruiter put it, "wait a week".`, 0},
		{"", "> Wait two weeks, said the source.", 0},
		{"", "> [!NOTE]\n> Wait two weeks.", 1},
		{"", "Deliver it the same day, or the next working day.", 2},
		{"", "It moves forward to a working day.", 0},
		{"", "Drop it off the next business morning.", 1},
		{"", "An email a week later, a fortnight after that.", 2},
		{"", "Read [the guide](https://example.org/2-days-later)", 0},
		{"", "The 24-hour rule.", 1},
		{"", "A Friday interview.", 0},
		{"es", "Llama a los 2–3 días laborables.", 1},
		{"es", "Envíalo en 24 horas, o uno o dos días después.", 2},
		{"es", "Espera {{< rule \"last-try.days\" >}} días.", 0},
		{"es", "Espera unas {{< rule \"move-on.weeks\" \"words\" >}} semanas.", 0},
		{"es", "Un correo una semana después y otro a la quincena.", 1},
		{"es", "Dos semanas, o quince días, o un mes.", 3},
		{"es", "Unos días, unas pocas horas, un par de semanas.", 3},
		{"es", "Como dijo una seleccionadora, «espera una semana».", 0},
		{"es", `Dijo "espera dos días".`, 0},
		{"es", "> Espera dos semanas, dice la fuente.", 0},
		{"es", "> [!NOTE]\n> Espera dos semanas.", 1},
		{"es", "Entrégala el mismo día o al día siguiente.", 2},
		{"es", "Llama el próximo lunes, o la semana que viene.", 2},
		{"es", "Déjala a la mañana siguiente, el siguiente día laborable.", 2},
		{"es", "Se pasa a un día laborable posterior.", 0},
		{"es", "Intenta que te den un día concreto.", 0},
		{"es", "Llama el primer día laborable siguiente, o un día después.", 1},
		{"es", "Unos días laborables más tarde.", 1},
		{"es", "Una entrevista en viernes, el día de la entrevista.", 0},
		{"es", "Lee [la guía](https://example.org/2-dias-despues).", 0},
		{"es", "Ahora mismo, a primera hora, en cuestión de horas.", 0},
	} {
		if got := guideTimings(tc.body, timingLanguages[tc.lang]); len(got) != tc.want {
			t.Errorf("guideTimings(%q, %q) = %q, want %d", tc.body, tc.lang, got, tc.want)
		}
	}
}

func TestTimingLanguage(t *testing.T) {
	for path, want := range map[string]string{
		"../../content/guides/moving-on.md":    "",
		"../../content/_index.md":              "",
		"../../content/es/guides/moving-on.md": "es",
		"../../content/es/_index.md":           "es",
		"../../content/guides/moving-on.es.md": "es",
		"../../checklists/moving-on.yaml":      "",
		"../../checklists/moving-on.es.yaml":   "es",
	} {
		if got := timingLanguage(path); got != want {
			t.Errorf("timingLanguage(%q) = %q, want %q", path, got, want)
		}
	}
}
