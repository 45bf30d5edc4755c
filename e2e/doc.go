// Package e2e holds Frontdoor's end-to-end tests: each builds the dialogs
// engine as serve does (engine.New) on the real PostgreSQL and Redis,
// drives it through a channel (the Telegram channel on the fake Bot API,
// bot/bottest; the web chat's HTTP API, webchat/webchattest) and checks
// what the patient sees and what the stores keep; the dashboard's walks
// (dashboard_*_test.go) add a clinician on the dashboard's HTTP API, with
// the relay delivering what they write. A package's own tests
// stay in it; a test that walks through more than one package belongs
// here. Each test makes its own database and Redis key prefix, so the
// walks run side by side (t.Parallel); the browser walks, each with a
// Chromium of its own, run one at a time before them.
//
// The package has no code besides this comment; everything is in its
// tests. Goldens are in testdata/ (rewrite with go test ./e2e -update).
package e2e
