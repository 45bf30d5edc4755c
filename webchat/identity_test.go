package webchat

import (
	"testing"

	"github.com/frontdoor-health/frontdoor/webchat/webchattest"
)

// TestDeviceKey holds webchattest's DeviceKey, which the end-to-end tests
// use to find a browser's conversation, to the key the server keeps a
// device under.
func TestDeviceKey(t *testing.T) {
	for _, token := range []string{"", "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "23456723456723456723456723"} {
		if got, want := webchattest.DeviceKey(token), hashed("dev", token); got != want {
			t.Errorf("webchattest.DeviceKey(%q) = %q, want the server's %q", token, got, want)
		}
	}
}
