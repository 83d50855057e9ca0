package pdf

import (
	"maps"
	"testing"
)

// A PDF as Chromium writes one, cut down to its objects that matter: a
// page tree of two levels, and named destinations on its second and third
// pages.
const samplePDF = `%PDF-1.4
1 0 obj
<</Type /Page
/Parent 5 0 R>>
endobj
2 0 obj
<</Type /Page
/Parent 5 0 R>>
endobj
3 0 obj
<</Type /Page
/Parent 6 0 R>>
endobj
5 0 obj
<</Type /Pages
/Count 2
/Kids [1 0 R 2 0 R]>>
endobj
6 0 obj
<</Type /Pages
/Count 1
/Kids [3 0 R]>>
endobj
7 0 obj
<</Type /Pages
/Count 3
/Kids [5 0 R 6 0 R]>>
endobj
8 0 obj
<</main [1 0 R /XYZ 0 792 0]
/part-timeline [2 0 R /XYZ 0 765 0]
/ws#2Dinterview [3 0 R /XYZ 0 234 0]>>
endobj
9 0 obj
<</Type /Catalog
/Pages 7 0 R
/Dests 8 0 R
/Lang (en-GB)>>
endobj
`

func TestDestinations(t *testing.T) {
	got, err := Destinations([]byte(samplePDF))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{"main": 1, "part-timeline": 2, "ws-interview": 3}
	if !maps.Equal(got, want) {
		t.Errorf("Destinations = %v, want %v", got, want)
	}
	if _, err := Destinations([]byte("%PDF-1.4\n")); err == nil {
		t.Error("Destinations of a PDF without a catalog: no error")
	}
	if got, err := Destinations([]byte("1 0 obj\n<</Type /Page>>\nendobj\n2 0 obj\n<</Type /Catalog\n/Pages 1 0 R>>\nendobj\n")); err != nil || len(got) != 0 {
		t.Errorf("a PDF without links inside: %v, %v; want none", got, err)
	}
}
