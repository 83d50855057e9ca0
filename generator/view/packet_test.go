package view

import (
	"slices"
	"testing"
)

func TestAddressParts(t *testing.T) {
	tests := []struct {
		address string
		want    []string
	}{
		{"guide.example.org/guides/thank-you-email/", []string{"guide.example.org/", "guides/", "thank-you-email/"}},
		{"guide.example.org/", []string{"guide.example.org/"}},
		{"example.org/plan", []string{"example.org/", "plan"}},
		{"", []string{""}},
	}
	for _, tt := range tests {
		if got := (&PacketPart{Address: tt.address}).AddressParts(); !slices.Equal(got, tt.want) {
			t.Errorf("AddressParts(%q) = %q, want %q", tt.address, got, tt.want)
		}
	}
}
