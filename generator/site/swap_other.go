//go:build !linux

package site

func swap(staging, dest string) error { return swapByRenames(staging, dest) }
