// Package codebase has no code of its own: its tests hold the repository
// to its shape, so that it stays true as it grows.
//
// TestImportLayers declares the allowed import graph: every package of the
// module, in layers from the leaves up to the command, and the project
// packages each may import. A package may import only what its entry
// lists, and an entry may list only packages of a lower layer or declared
// above it in its own layer, so the declaration itself is one-way. A new
// package, or a new import, fails the test until it is declared there.
//
// TestSizes keeps the production code (the files that are not tests) in
// pieces that invite reading: no file over 400 lines, no function over 80,
// no type with more than 30 methods.
package codebase
