package main

import (
	"sync"

	"github.com/frontdoor-health/frontdoor/triage"
)

// The package's tests run serve and the triage commands many times over:
// they share one loaded Engine, as one process does.
func init() { loadTriage = sync.OnceValues(triage.Load) }
