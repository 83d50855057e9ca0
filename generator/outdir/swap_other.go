//go:build !linux

package outdir

func swap(staging, dest string) error { return swapByRenames(staging, dest) }
