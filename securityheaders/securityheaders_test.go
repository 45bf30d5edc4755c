package securityheaders

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestHandler(t *testing.T) {
	for _, tc := range []struct {
		name  string
		https bool
	}{{"http", false}, {"https", true}} {
		t.Run(tc.name, func(t *testing.T) {
			h := Handler(http.NotFoundHandler(), tc.https)
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest("GET", "/x", nil))
			got := rec.Header()
			for k, v := range map[string]string{
				"Content-Security-Policy":      ContentSecurityPolicy,
				"X-Content-Type-Options":       "nosniff",
				"Referrer-Policy":              "no-referrer",
				"X-Frame-Options":              "DENY",
				"Cross-Origin-Opener-Policy":   "same-origin",
				"Cross-Origin-Resource-Policy": "same-origin",
			} {
				if got.Get(k) != v {
					t.Errorf("%s = %q, want %q", k, got.Get(k), v)
				}
			}
			if hsts := got.Get("Strict-Transport-Security"); (hsts != "") != tc.https {
				t.Errorf("Strict-Transport-Security = %q with https %v", hsts, tc.https)
			}
		})
	}
}
