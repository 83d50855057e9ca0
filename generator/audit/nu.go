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

// CheckHTML runs the Nu HTML Checker once over every HTML file in dir and
// returns each error it reports as a finding.
func CheckHTML(ctx context.Context, t Tools, dir string) ([]Finding, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	cmd := exec.CommandContext(ctx, t.Java, "-jar", t.VNU(),
		"--errors-only", "--format", "json", "--stdout", "--skip-non-html", dir)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	runErr := cmd.Run() // the checker exits with 1 when it found errors
	if ctx.Err() != nil {
		return nil, ctx.Err()
	}
	findings, err := parseNu(stdout.Bytes(), dir)
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

// parseNu turns the checker's JSON report on the files under dir into findings.
func parseNu(data []byte, dir string) ([]Finding, error) {
	var rep nuReport
	if err := json.Unmarshal(data, &rep); err != nil {
		return nil, err
	}
	var findings []Finding
	for _, m := range rep.Messages {
		if m.Type != "error" && m.Type != "non-document-error" {
			continue
		}
		page := m.URL
		if u, err := url.Parse(m.URL); err == nil && u.Scheme == "file" {
			if rel, err := filepath.Rel(dir, filepath.FromSlash(u.Path)); err == nil {
				page = SitePath(filepath.ToSlash(rel))
			}
		}
		msg := m.Message
		if m.LastLine > 0 {
			msg = fmt.Sprintf("line %d: %s", m.LastLine, msg)
		}
		if ex := strings.Join(strings.Fields(m.Extract), " "); ex != "" {
			msg += " [" + ex + "]"
		}
		rule, fix := nuRule(m.Message)
		findings = append(findings, Finding{Page: page, Check: HTML, Rule: rule, Message: msg, Fix: fix})
	}
	return findings, nil
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
