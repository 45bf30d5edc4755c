//go:build race

package dialogs

// raceEnabled: the race detector is on. The held-out conversations played
// through the chat are the same flow step after step, six to eight times
// slower under it; scripts/test runs them without it, beside triage's.
const raceEnabled = true
