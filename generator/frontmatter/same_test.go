package frontmatter

import (
	"reflect"
	"testing"
	"time"
)

// TestSameEveryField changes each exported field of a full front matter,
// one at a time, and wants Same to see it: a field added to FrontMatter
// and not to Same fails here.
func TestSameEveryField(t *testing.T) {
	doc, err := Parse([]byte(full))
	if err != nil {
		t.Fatal(err)
	}
	base := doc.Front
	if !base.Same(&base) {
		t.Fatal("Same(f, f) = false")
	}
	again, err := Parse([]byte(full))
	if err != nil {
		t.Fatal(err)
	}
	if !base.Same(&again.Front) {
		t.Fatal("two parses of one file are not the Same")
	}
	typ := reflect.TypeFor[FrontMatter]()
	for i := range typ.NumField() {
		field := typ.Field(i)
		if !field.IsExported() {
			continue // the lines of aliases and lists: TestSameLines
		}
		t.Run(field.Name, func(t *testing.T) {
			changed := base
			v := reflect.ValueOf(&changed).Elem().Field(i)
			v.Set(other(t, v))
			if base.Same(&changed) || changed.Same(&base) {
				t.Errorf("Same = true with %s changed from %v to %v", field.Name, reflect.ValueOf(base).Field(i), v)
			}
		})
	}
}

// other returns a value of v's type that differs from v.
func other(t *testing.T, v reflect.Value) reflect.Value {
	switch x := v.Interface().(type) {
	case string:
		return reflect.ValueOf(x + "!")
	case int:
		return reflect.ValueOf(x + 1)
	case bool:
		return reflect.ValueOf(!x)
	case time.Time:
		return reflect.ValueOf(x.Add(time.Hour))
	case []string:
		return reflect.ValueOf(append([]string{"new"}, x...))
	case *bool:
		return reflect.ValueOf((*bool)(nil))
	case map[string]any:
		return reflect.ValueOf(map[string]any{"k": []any{1, "two"}})
	case Menu:
		return reflect.ValueOf(Menu{"footer": MenuEntry{Weight: 9}})
	case map[string][]string:
		return reflect.ValueOf(map[string][]string{"tags": {"x", "y"}})
	}
	t.Fatalf("no other value for a %s: add one", v.Type())
	return v
}

const full = `---
title: T
description: D
summary: S
date: 2026-11-20
lastmod: 2026-11-21T10:00:00+01:00
weight: 2
draft: true
slug: s
aliases: [/a/, /b/]
tags: [x]
layout: l
toc: false
extra: {k: [1, two, {deep: 2026-01-02}], n: 1.5}
keywords: [w]
categories: [c]
linktitle: L
params: {p: true}
url: /u/
menu: {main: {weight: 2}}
publishdate: 2026-01-01
expirydate: 2027-01-01
type: t
template: page.html
redirect_to: /r/
sort_by: date
taxonomies: {tags: [x]}
task_lists: static
---
body
`

// TestSameValues compares front matter read from two files, for the
// values and lines Same compares beyond the fields' own.
func TestSameValues(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		same bool
	}{
		{"body only", "---\ntitle: T\n---\nA\n", "---\ntitle: T\n---\nB\n\nmore\n", true},
		{"free-form tables alike", "---\nextra: {a: [1, x], b: {c: 2026-01-02}}\n---\n", "---\nextra: {b: {c: 2026-01-02}, a: [1, x]}\n---\n", true},
		{"free-form number", "---\nextra: {a: 1}\n---\n", "---\nextra: {a: 2}\n---\n", false},
		{"free-form int and float", "---\nextra: {a: 1}\n---\n", "---\nextra: {a: 1.0}\n---\n", false},
		{"free-form nested", "---\nextra: {a: [1, {b: x}]}\n---\n", "---\nextra: {a: [1, {b: y}]}\n---\n", false},
		{"date zone", "---\ndate: 2026-11-20T10:00:00+01:00\n---\n", "---\ndate: 2026-11-20T09:00:00Z\n---\n", false},
		{"slug moved a line", "---\ntitle: T\nslug: s\n---\n", "---\nslug: s\ntitle: T\n---\n", false},
		{"alias moved a line", "---\naliases:\n  - /a/\n  - /b/\n---\n", "---\naliases:\n  - /a/\n\n  - /b/\n---\n", false},
		{"tags moved a line", "---\ntitle: T\ntags: [x]\n---\n", "---\ntags: [x]\ntitle: T\n---\n", false},
		{"toml and yaml alike", "+++\ntitle = \"T\"\nweight = 2\n+++\n", "---\ntitle: T\nweight: 2\n---\n", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse([]byte(tt.a))
			if err != nil {
				t.Fatal(err)
			}
			b, err := Parse([]byte(tt.b))
			if err != nil {
				t.Fatal(err)
			}
			if got := a.Front.Same(&b.Front); got != tt.same {
				t.Errorf("Same(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.same)
			}
		})
	}
}
