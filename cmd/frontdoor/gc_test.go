package main

import (
	"runtime/debug"
	"testing"
)

func TestServeGCPercentYieldsToGOGC(t *testing.T) {
	orig := debug.SetGCPercent(100)
	t.Cleanup(func() { debug.SetGCPercent(orig) })

	setGCPercent([]string{"HOME=/root", "GOGC=150"})
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("with GOGC set, the GC percent became %d, want the runtime's own (100 here)", got)
	}
	setGCPercent([]string{"HOME=/root", "FRONTDOOR_GOGC=1"})
	if got := debug.SetGCPercent(100); got != serveGCPercent {
		t.Errorf("without GOGC, the GC percent is %d, want %d", got, serveGCPercent)
	}
}
