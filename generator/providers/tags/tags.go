// Package tags provides the tag pages, when the site's pages have tags and
// [outputs] tags is on (the core tells it so in SiteInfo.HasTags):
//
//	tags/         the tag index (layout taxonomy), every tag with its pages
//	tags/<tag>/   one tag's pages (layout term; .Tag is the tag)
//
// The tags themselves, their slugs and their pages in reading order, come
// from package content (content.Site.Tags).
package tags

import (
	"bytes"
	"fmt"

	"github.com/followup/followup/generator/content"
	"github.com/followup/followup/generator/model"
	"github.com/followup/followup/generator/urls"
	"github.com/followup/followup/generator/view"
)

// New returns the provider of one build's tag pages.
func New() model.Provider { return provider{} }

type provider struct{}

func (provider) Provide(m *model.Model, p model.Plan) {
	if !m.Info.HasTags {
		return
	}
	index := &content.Page{Kind: content.KindSection, Title: "Topics", Path: "tags/", Parent: m.Content.Home}
	p.Add(model.Output{File: "tags/index.html", Claim: "the tag index", HTML: true, Run: func(b *bytes.Buffer) error {
		return m.Render(b, "taxonomy", view.PageData{Page: index, Kind: "taxonomy"}, view.Render{})
	}})
	for _, tag := range m.Content.Tags {
		pg := &content.Page{Kind: content.KindPage, Title: tag.Name, Path: tag.Path, Parent: index,
			Description: fmt.Sprintf("Pages of %s about %s.", m.Info.Title, tag.Name)}
		p.Add(model.Output{File: urls.File(tag.Path), Claim: fmt.Sprintf("the page of tag %q", tag.Name), HTML: true, Run: func(b *bytes.Buffer) error {
			return m.Render(b, "term", view.PageData{Page: pg, Kind: "term", Tag: tag}, view.Render{})
		}})
	}
}
