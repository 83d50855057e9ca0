package site

import (
	"crypto/sha256"
	"encoding/binary"
	"io/fs"
	"slices"
	"sync"

	"github.com/followup/followup/generator/content"
	"github.com/followup/followup/generator/i18n"
	"github.com/followup/followup/generator/markdown"
	"github.com/followup/followup/generator/theme"
)

// caches is the work a Builder keeps between builds: the parsed theme, and
// every page's converted markdown. A nil *caches caches nothing, which is
// what Generate uses.
//
// A conversion is reused only when everything it reads is the same:
//
//   - the page's body, source file, site path, kind and title (shortcodes
//     are handed the page), and whether its first heading is dropped;
//   - the epoch: a hash of everything link resolution reads (every output
//     file of the plan, every content file's site path) and of the
//     generation of the files outside content/ other than static files
//     (followup.toml's allow_html, the data shortcodes read, the partials
//     they render), bumped by the Builder when any of them changes.
type caches struct {
	theme     *theme.Theme // nil when it must be parsed again
	themeName string
	strings   *i18n.Strings // the strings theme was parsed with

	mu    sync.Mutex
	epoch [32]byte                      // set by the Builder before each run
	conv  map[[32]byte]*markdown.Result // by key
	used  map[[32]byte]bool             // keys used since the last sweep
	bySrc map[string][32]byte           // the key each source was last converted with
}

func newCaches() *caches {
	return &caches{conv: map[[32]byte]*markdown.Result{}, used: map[[32]byte]bool{}, bySrc: map[string][32]byte{}}
}

// loadTheme returns the cached theme, or parses it with T giving strs;
// the strings it was parsed with are reused until the theme is forgotten.
func (c *caches) loadTheme(src fs.FS, name string, strs func() (*i18n.Strings, error)) (*theme.Theme, *i18n.Strings, error) {
	if c != nil && c.theme != nil && c.themeName == name {
		return c.theme, c.strings, nil
	}
	s, err := strs()
	if err != nil {
		return nil, nil, err
	}
	t, err := theme.Load(src, name, themeFuncs(s))
	if err == nil {
		err = checkKeys(t, s)
	}
	if err == nil && c != nil {
		c.theme, c.themeName, c.strings = t, name, s
	}
	return t, s, err
}

// forgetTheme makes the next build parse the theme again.
func (c *caches) forgetTheme() { c.theme = nil }

// convert converts a page's body, or returns the cached result of the same
// conversion. Failed conversions are not cached.
func (c *caches) convert(p *plan, pg *content.Page, ctx *markdown.Context) (*markdown.Result, error) {
	if c == nil {
		return p.conv.Convert(pg.Body, ctx)
	}
	c.mu.Lock()
	key := c.key(pg, ctx)
	hit, ok := c.conv[key]
	if ok {
		c.used[key] = true
	}
	c.mu.Unlock()
	if ok {
		return hit, nil
	}
	res, err := p.conv.Convert(pg.Body, ctx)
	if err != nil {
		return res, err
	}
	c.mu.Lock()
	if old, ok := c.bySrc[pg.Source]; ok && old != key {
		delete(c.conv, old)
		delete(c.used, old)
	}
	c.conv[key], c.used[key], c.bySrc[pg.Source] = res, true, key
	c.mu.Unlock()
	return res, nil
}

// key is the identity of one conversion; the caller holds c.mu.
func (c *caches) key(pg *content.Page, ctx *markdown.Context) [32]byte {
	h := sha256.New()
	h.Write(c.epoch[:])
	for _, s := range []string{pg.Source, pg.Path, pg.Title} {
		binary.Write(h, binary.LittleEndian, uint64(len(s)))
		h.Write([]byte(s))
	}
	binary.Write(h, binary.LittleEndian, [2]int64{int64(pg.Kind), boolInt(ctx.DropTitle)})
	h.Write(pg.Body)
	var k [32]byte
	h.Sum(k[:0])
	return k
}

func boolInt(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

// setEpoch computes the epoch of a plan: generation counts the changes to
// files outside content/.
func (c *caches) setEpoch(p *plan, generation uint64) {
	h := sha256.New()
	binary.Write(h, binary.LittleEndian, generation)
	files := make([]string, 0, len(p.claims.outputs))
	for f := range p.claims.outputs {
		files = append(files, f)
	}
	slices.Sort(files)
	for _, f := range files {
		h.Write([]byte(f))
		h.Write([]byte{0})
	}
	h.Write([]byte{1})
	for _, pg := range p.site.Pages { // reading order: deterministic
		h.Write([]byte(pg.File))
		h.Write([]byte{0})
		h.Write([]byte(pg.Path))
		h.Write([]byte{0})
	}
	c.mu.Lock()
	h.Sum(c.epoch[:0])
	c.mu.Unlock()
}

// sweep drops the conversions no page used since the last sweep.
func (c *caches) sweep() {
	c.mu.Lock()
	defer c.mu.Unlock()
	for k := range c.conv {
		if !c.used[k] {
			delete(c.conv, k)
		}
	}
	for src, k := range c.bySrc {
		if !c.used[k] {
			delete(c.bySrc, src)
		}
	}
	c.used = map[[32]byte]bool{}
}
