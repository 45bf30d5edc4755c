//go:build race

package main

// raceEnabled: the race detector is on. The held-out conversations are
// pure computation, four to seven times slower under it and with nothing
// for it to find; scripts/test runs them without it.
const raceEnabled = true
