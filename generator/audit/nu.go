package audit

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"os/exec"
	"path/filepath"
	"strings"
)

// CheckHTML runs the Nu HTML Checker once over every HTML file in dir and,
// when diskDir is not "", in the offline copy diskDir too, and returns each
// error it reports as a finding. An error of the offline copy that the
// served page has too is reported once.
func CheckHTML(ctx context.Context, t Tools, dir, diskDir string) ([]Finding, error) {
	dirs := []string{dir}
	if diskDir != "" && diskDir != dir {
		dirs = append(dirs, diskDir)
	}
	for i, d := range dirs {
		abs, err := filepath.Abs(d)
		if err != nil {
			return nil, err
		}
		dirs[i] = abs
	}
	args := append([]string{"-jar", t.VNU(), "--errors-only", "--format", "json", "--stdout", "--skip-non-html"}, dirs...)
	cmd := exec.CommandContext(ctx, t.Java, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	runErr := cmd.Run() // the checker exits with 1 when it found errors
	if ctx.Err() != nil {
		return nil, ctx.Err()
	}
	findings, err := parseNu(stdout.Bytes(), dirs...)
	if err != nil {
		return nil, fmt.Errorf("the Nu HTML Checker (%v) wrote no report: %w: %s", runErr, err, strings.TrimSpace(stderr.String()))
	}
	return findings, nil
}

// nuReport is the checker's JSON output.
type nuReport struct {
	Messages []struct {
		Type        string `json:"type"`    // "error", "info", "non-document-error"
		SubType     string `json:"subType"` // "fatal", "warning", "io", ...
		URL         string `json:"url"`
		LastLine    int    `json:"lastLine"`
		FirstColumn int    `json:"firstColumn"`
		Message     string `json:"message"`
		Extract     string `json:"extract"`
	} `json:"messages"`
}

// parseNu turns the checker's JSON report on the files under dirs into
// findings. Findings in dirs[1], the offline copy, say so, and are left out
// when the page in dirs[0] has the same error.
func parseNu(data []byte, dirs ...string) ([]Finding, error) {
	var rep nuReport
	if err := json.Unmarshal(data, &rep); err != nil {
		return nil, err
	}
	var findings []Finding
	for _, m := range rep.Messages {
		if m.Type != "error" && m.Type != "non-document-error" {
			continue
		}
		page, which := m.URL, 0
		if u, err := url.Parse(m.URL); err == nil && u.Scheme == "file" {
			for i, d := range dirs {
				if rel, err := filepath.Rel(d, filepath.FromSlash(u.Path)); err == nil && !strings.HasPrefix(rel, "..") {
					page, which = SitePath(filepath.ToSlash(rel)), i
					break
				}
			}
		}
		rule, fix := nuRule(m.Message)
		f := Finding{Page: page, Check: HTML, Rule: rule, Fix: fix, key: rule + " " + m.Message + " " + m.Extract}
		if m.LastLine > 0 {
			f.Message = fmt.Sprintf("line %d: ", m.LastLine)
		}
		f.Message += m.Message
		if ex := strings.Join(strings.Fields(m.Extract), " "); ex != "" {
			f.Message += " [" + ex + "]"
		}
		if which == 0 {
			findings = append(findings, f)
			continue
		}
		f.Message, f.copy = "in the offline copy, "+f.Message, true
		findings = append(findings, f)
	}
	return dropRepeats(findings), nil
}

// nuRules name the checker's common messages and say how to fix them. The
// checker has no rule ids; its messages are stable English sentences.
var nuRules = []struct{ contains, rule, fix string }{
	{"Duplicate ID", "duplicate-id", "give each element on the page a different id (in markdown, {#id} on a heading)"},
	{"must have an “alt” attribute", "img-alt", "describe the image in its alt text (![what it shows](file.png) in markdown), or alt=\"\" if it is decorative"},
	{"Bad value", "bad-value", "correct the attribute's value as the message says"},
	{"not allowed as child of", "content-model", "move the element where HTML allows it (a block inside a paragraph is a common cause)"},
	{"Stray end tag", "stray-end-tag", "remove the end tag or add the element it closes"},
	{"Unclosed element", "unclosed-element", "close the element"},
	{"End tag", "end-tag", "close the elements in the order they were opened"},
	{"Attribute", "attribute", "remove the attribute or use one HTML allows on this element"},
}

func nuRule(message string) (rule, fix string) {
	for _, r := range nuRules {
		if strings.Contains(message, r.contains) {
			return r.rule, r.fix
		}
	}
	return "invalid-html", "correct the markup at that line: in raw HTML in the page's markdown, else in the theme's layouts"
}
