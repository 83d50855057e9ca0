package audit

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// view is a way a page is looked at: a colour scheme and a viewport width.
type view struct {
	scheme string // "light" or "dark"
	width  int64  // CSS pixels; under 600 is a phone
}

func (v view) String() string { return fmt.Sprintf("%s scheme at %d px", v.scheme, v.width) }

// apply makes the tab look at pages in this view.
func (v view) apply() chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		feature := []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: v.scheme}}
		if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Features: feature}); err != nil {
			return err
		}
		if v.width < 600 {
			_, err := chromedp.EmulateViewport(v.width, 812, chromedp.EmulateMobile, chromedp.EmulateTouch)(ctx, t)
			return err
		}
		_, err := chromedp.EmulateViewport(v.width, 800)(ctx, t)
		return err
	})
}

// axeViews are the views axe checks every page in: each scheme at each
// screenshot width, so that colours are checked in both schemes and layout
// rules (target size, reflow) on a phone and a laptop.
var axeViews = []view{{"light", 1280}, {"dark", 1280}, {"light", 375}, {"dark", 375}}

// axeTags are the axe rule tags of WCAG 2.2 levels A and AA.
var axeTags = []string{"wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"}

// axeRun runs axe in the page and returns its violations as JSON text.
var axeRun = `axe.run(document, {runOnly: {type: 'tag', values: ` + mustJSON(axeTags) + `}, resultTypes: ['violations']})
  .then(r => JSON.stringify(r.violations.map(v => ({id: v.id, help: v.help, helpUrl: v.helpUrl,
    nodes: v.nodes.map(n => ({target: n.target, summary: n.failureSummary}))}))))`

func mustJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// axeViolation is one rule axe found broken, with the elements that break it.
type axeViolation struct {
	ID      string `json:"id"`
	Help    string `json:"help"`
	HelpURL string `json:"helpUrl"`
	Nodes   []struct {
		Target  []json.RawMessage `json:"target"` // a selector, or a list of them into iframes and shadow roots
		Summary string            `json:"summary"`
	} `json:"nodes"`
}

// axePages runs axe on every page in every view.
func (b *browserRun) axePages(bctx context.Context, base, script string) ([]Finding, error) {
	return b.inTabs(bctx, "axe", b.served.visit, nil, func(tab context.Context, file string) ([]Finding, error) {
		return axePage(tab, base, file, script)
	})
}

// axePage loads one page, runs axe in each view and merges what the views
// have in common: a rule an element breaks in several views is one finding.
func axePage(tab context.Context, base, file, script string) ([]Finding, error) {
	url := base + strings.TrimSuffix(file, "index.html")
	type problem struct{ rule, target, summary string }
	found := map[problem][]view{}
	var order []problem
	var rules = map[string]axeViolation{}
	for i, v := range axeViews {
		if err := chromedp.Do(tab, v.apply()); err != nil {
			return nil, err
		}
		if i == 0 {
			if err := chromedp.Do(tab, chromedp.Navigate(url), chromedp.Evaluate[chromedp.Void](script)); err != nil {
				return nil, err
			}
		}
		res, err := chromedp.Run(tab, chromedp.Evaluate[string](axeRun, chromedp.EvalAwaitPromise))
		if err != nil {
			return nil, fmt.Errorf("running axe: %w", err)
		}
		var violations []axeViolation
		if err := json.Unmarshal([]byte(res), &violations); err != nil {
			return nil, fmt.Errorf("reading axe's results: %w", err)
		}
		for _, vi := range violations {
			rules[vi.ID] = vi
			for _, n := range vi.Nodes {
				p := problem{vi.ID, selector(n.Target), oneLine(n.Summary)}
				if _, seen := found[p]; !seen {
					order = append(order, p)
				}
				found[p] = append(found[p], v)
			}
		}
	}
	var findings []Finding
	for _, p := range order {
		vi := rules[p.rule]
		views := found[p]
		where := "in every scheme and width"
		if len(views) < len(axeViews) {
			names := make([]string, len(views))
			for i, v := range views {
				names[i] = v.String()
			}
			where = "in the " + strings.Join(names, ", ")
		}
		findings = append(findings, Finding{
			Page: SitePath(file), Check: Axe, Rule: p.rule,
			Message: fmt.Sprintf("%s: %s, %s", vi.Help, p.target, where),
			Fix:     p.summary + " (" + vi.HelpURL + ")",
		})
	}
	return findings, nil
}

// selector writes axe's target of an element as one string.
func selector(target []json.RawMessage) string {
	var parts []string
	for _, raw := range target {
		var s string
		if json.Unmarshal(raw, &s) == nil {
			parts = append(parts, s)
			continue
		}
		var inner []string
		if json.Unmarshal(raw, &inner) == nil {
			parts = append(parts, strings.Join(inner, " >>> "))
		}
	}
	return strings.Join(parts, " >>> ")
}

// oneLine turns axe's failure summary ("Fix any of the following:\n  ...")
// into one line.
func oneLine(summary string) string {
	var lines []string
	for l := range strings.SplitSeq(summary, "\n") {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "Fix any of the following") || strings.HasPrefix(l, "Fix all of the following") {
			continue
		}
		lines = append(lines, strings.TrimSuffix(l, "."))
	}
	return strings.Join(slices.Compact(lines), "; ")
}
