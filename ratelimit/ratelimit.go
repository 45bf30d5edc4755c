// Package ratelimit names a limit on events, so that the web chat can
// state its limits and the store can count them (in Redis, shared by every
// process) without the web chat importing the store. Counting is the
// store's (store.Redis.Allow); this package only describes.
package ratelimit

import "time"

// Rate is a limit on events: Burst at once, then Events every Per.
type Rate struct {
	Events int
	Per    time.Duration
	Burst  int
}
