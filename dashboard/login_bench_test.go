package dashboard

import (
	"net/http"
	"testing"
	"time"

	"github.com/frontdoor-health/frontdoor/store"
)

// BenchmarkLoginFailure times a failed login for a real and an unknown
// username (lock-outs off, so every attempt does the full work). The two
// should take the same time: both run argon2id, the same Redis calls and
// one audit insert (issue 11, break 7: real accounts were about 1.5 ms
// slower).
//
//	go test -run '^$' -bench LoginFailure -benchtime 200x -count 5 ./dashboard/
func BenchmarkLoginFailure(b *testing.B) {
	never := store.Backoff{Threshold: 1 << 30, Base: time.Second, Max: time.Second, Window: time.Hour}
	e := newEnv(b, func(c *Config) {
		r := c.Events.(*store.Redis)
		c.LoginUser, c.LoginIP, c.LoginAccount = r.Throttle("b:u", never), r.Throttle("b:i", never), r.Throttle("b:a", never)
	})
	for _, user := range []string{"dr.khalid", "dr.nobody"} {
		b.Run(map[bool]string{true: "known", false: "unknown"}[user == "dr.khalid"], func(b *testing.B) {
			br := e.browser(b, "en")
			for b.Loop() {
				if res := br.login(user, "wrong"); res.status != http.StatusUnauthorized {
					b.Fatalf("login = %d", res.status)
				}
			}
		})
	}
}
