package site

import (
	"bytes"
	"cmp"
	"path"
	"slices"
	"strings"

	"github.com/followup/followup/generator/config"
	"github.com/followup/followup/generator/content"
	"github.com/followup/followup/generator/diag"
	"github.com/followup/followup/generator/markdown"
	"github.com/followup/followup/generator/providers/feeds"
	"github.com/followup/followup/generator/urls"
)

// hugoMenu is the header menu that Hugo's front matter gives when
// followup.toml has none: the pages with an entry in the menu "main"
// (menu: main), by the entry's weight (unweighted last), then in reading order, named by the
// entry's name, else the page's link title. Nil when no page has one.
func hugoMenu(s *content.Site) []config.MenuItem {
	var items []config.MenuItem
	for _, pg := range s.Pages {
		if e, ok := pg.Front.Menu["main"]; ok {
			items = append(items, config.MenuItem{Name: cmp.Or(e.Name, pg.LinkTitle()), URL: pg.Path, Weight: e.Weight})
		}
	}
	slices.SortStableFunc(items, func(a, b config.MenuItem) int { // unweighted last, as Hugo orders them
		return cmp.Or(cmp.Compare(unweighted(a), unweighted(b)), cmp.Compare(a.Weight, b.Weight))
	})
	return items
}

func unweighted(m config.MenuItem) int {
	if m.Weight == 0 {
		return 1
	}
	return 0
}

// redirect writes the page of Zola's redirect_to: it sends readers on to
// the address given (a full one, or a site path), instead of its layout.
func (p *plan) redirect(buf *bytes.Buffer, pg *content.Page) error {
	to, href := pg.Front.RedirectTo, pg.Front.RedirectTo
	if !hasScheme(to) {
		sp, err := urls.Clean(to)
		if err != nil {
			return diag.Errorf(pg.Source, 0, "redirect_to %q: %v; write a site path like /guides/ or a full address", to, err)
		}
		href = p.linker.Rel(pg.Path, sp)
		if p.cfg.BaseURL != "" {
			to = p.cfg.BaseURL + sp
		}
	}
	return feeds.WriteRedirect(buf, p.model, pg.Title, href, to)
}

// layoutOf is the layout a content page renders with: its layout, else
// the theme's layout for Hugo's content type when there is one, else its
// kind's. A Zola template the theme has no layout for is a warning, and
// the page takes its kind's layout (Zola's templates are its theme's, not
// ours).
func (p *plan) layoutOf(pg *content.Page) string {
	f := pg.Front
	switch {
	case f.Template != "" && f.Layout == strings.TrimSuffix(f.Template, ".html") && !p.theme.Has(f.Layout):
		p.fail(diag.Warnf(diag.UnknownKeys, pg.Source, f.TemplateLine, "template %q: the theme has no layout %s, so the page uses the %s layout", f.Template, f.Layout, pg.Kind))
		return pg.Kind.String()
	case pg.Layout == "" && f.Type != "" && p.theme.Has(f.Type): // Hugo's content type
		return f.Type
	}
	return cmp.Or(pg.Layout, pg.Kind.String())
}

// taskLists is what a page's task lists become: the page's task_lists,
// else static for a README.md (a feature list there is not a form to
// fill), else the site's task_lists, else markdown's default (auto).
func taskLists(pg *content.Page, site string) string {
	mode := pg.Front.TaskLists
	if mode == "" && strings.EqualFold(path.Base(pg.File), "readme.md") {
		mode = markdown.TasksStatic
	}
	mode = cmp.Or(mode, site)
	if mode == "auto" {
		return markdown.TasksAuto
	}
	return mode
}
