package qrcode

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// modules reads the dark modules back from an SVG's path.
func modules(t *testing.T, svg string) map[[2]int]bool {
	t.Helper()
	m := regexp.MustCompile(`d="([^"]*)"`).FindStringSubmatch(svg)
	if m == nil {
		t.Fatalf("no path in %s", svg)
	}
	dark := map[[2]int]bool{}
	for _, run := range regexp.MustCompile(`M(\d+) (\d+)h(\d+)v1h-(\d+)z`).FindAllStringSubmatch(m[1], -1) {
		x, _ := strconv.Atoi(run[1])
		y, _ := strconv.Atoi(run[2])
		n, _ := strconv.Atoi(run[3])
		for i := range n {
			if dark[[2]int{x + i, y}] {
				t.Fatalf("module %d,%d drawn twice", x+i, y)
			}
			dark[[2]int{x + i, y}] = true
		}
	}
	return dark
}

func TestSVGDrawsEveryModule(t *testing.T) {
	for _, text := range []string{"https://example.org/guide/", "example.org/after-the-interview/guides/thank-you-email/"} {
		c, err := Encode(text)
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := c.SVG(&b, Options{Class: "qr"}); err != nil {
			t.Fatal(err)
		}
		svg := b.String()
		side := c.Size + 2*Quiet
		if want := `viewBox="0 0 ` + strconv.Itoa(side) + " " + strconv.Itoa(side) + `"`; !strings.Contains(svg, want) {
			t.Errorf("SVG lacks %s: %s", want, svg[:120])
		}
		for _, want := range []string{`role="img"`, `aria-label="QR code: ` + text + `"`, `<title>QR code: ` + text + `</title>`, `class="qr"`} {
			if !strings.Contains(svg, want) {
				t.Errorf("SVG lacks %s", want)
			}
		}
		dark := modules(t, svg)
		for y := -Quiet; y < c.Size+Quiet; y++ {
			for x := -Quiet; x < c.Size+Quiet; x++ {
				if got, want := dark[[2]int{x + Quiet, y + Quiet}], c.Dark(x, y); got != want {
					t.Fatalf("%q: module %d,%d drawn %v, want %v", text, x, y, got, want)
				}
			}
		}
		// The finder pattern's corner is dark: the code starts at the quiet zone.
		if !c.Dark(0, 0) || !c.Dark(6, 6) || c.Dark(7, 7) {
			t.Errorf("%q: the finder pattern is not at the corner", text)
		}
	}
}

// TestDecodes draws the modules into a PNG and reads it with zbarimg
// (Debian's zbar-tools), an independent decoder.
func TestDecodes(t *testing.T) {
	zbar, err := exec.LookPath("zbarimg")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("zbarimg is not installed: apt-get install zbar-tools")
		}
		t.Skip("zbarimg is not installed (apt-get install zbar-tools): skipping the decode check")
	}
	text := "https://example.org/after-the-interview/guides/thank-you-email/"
	c, err := Encode(text)
	if err != nil {
		t.Fatal(err)
	}
	const scale = 6
	side := (c.Size + 2*Quiet) * scale
	img := image.NewGray(image.Rect(0, 0, side, side))
	for y := range side {
		for x := range side {
			v := color.Gray{0xff}
			if c.Dark(x/scale-Quiet, y/scale-Quiet) {
				v = color.Gray{0}
			}
			img.SetGray(x, y, v)
		}
	}
	file := filepath.Join(t.TempDir(), "code.png")
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(zbar, "--quiet", "--raw", file).Output()
	if err != nil {
		t.Fatalf("zbarimg: %v", err)
	}
	if got := strings.TrimSpace(string(out)); got != text {
		t.Errorf("zbarimg read %q, want %q", got, text)
	}
}
