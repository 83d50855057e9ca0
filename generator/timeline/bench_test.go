package timeline

import "testing"

// BenchmarkPlan makes the plan of one interview, as the calculator does for
// each of the thousands of dated pages of a build.
func BenchmarkPlan(b *testing.B) {
	r := Default(testHelpers)
	d, err := ParseDate("2026-11-27")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := r.Plan(d, "unsaid", Date{}); err != nil {
			b.Fatal(err)
		}
	}
}
