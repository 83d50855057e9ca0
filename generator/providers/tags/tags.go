// Package tags provides the tag pages, when the site's pages have tags and
// [outputs] tags is on (the core tells it so in SiteInfo.HasTags):
//
//	tags/         the tag index (layout taxonomy), every tag with its pages
//	tags/<tag>/   one tag's pages (layout term; .Tag is the tag)
//
// and, the same way, Hugo's categories (front matter "categories", or
// Zola's [taxonomies] categories) under categories/ and
// categories/<category>/, when pages have some. The index's .Data is its
// terms ([]*content.Tag).
//
// The tags themselves, their slugs and their pages in reading order, come
// from package content (content.Site.Tags).
package tags

import (
	"bytes"
	"errors"
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
	topics, err1 := m.Strings.T("tags.title")
	categories, err2 := m.Strings.T("tags.categories")
	if err := errors.Join(err1, err2); err != nil {
		p.Error(err)
		return
	}
	if m.Info.HasTags {
		taxonomy(m, p, "tags/", topics, "tag", m.Content.Tags)
	}
	if m.Config.Outputs.Tags && len(m.Content.Categories) > 0 {
		taxonomy(m, p, "categories/", categories, "category", m.Content.Categories)
	}
}

// taxonomy adds the index of one taxonomy at dir (its .Data is the terms)
// and a page for each term.
func taxonomy(m *model.Model, p model.Plan, dir, title, noun string, terms []*content.Tag) {
	index := &content.Page{Kind: content.KindSection, Title: title, Path: dir, Parent: m.Content.Home}
	p.Add(model.Output{File: dir + "index.html", Claim: "the " + noun + " index", HTML: true, Run: func(b *bytes.Buffer) error {
		return m.Render(b, "taxonomy", view.PageData{Page: index, Kind: "taxonomy", Data: terms}, view.Render{})
	}})
	for _, tag := range terms {
		desc, err := m.Strings.T("tags.description", "Site", m.Info.Title, "Tag", tag.Name)
		if err != nil {
			p.Error(err)
			return
		}
		pg := &content.Page{Kind: content.KindPage, Title: tag.Name, Path: tag.Path, Parent: index, Description: desc}
		p.Add(model.Output{File: urls.File(tag.Path), Claim: fmt.Sprintf("the page of %s %q", noun, tag.Name), HTML: true, Run: func(b *bytes.Buffer) error {
			return m.Render(b, "term", view.PageData{Page: pg, Kind: "term", Tag: tag}, view.Render{})
		}})
	}
}
