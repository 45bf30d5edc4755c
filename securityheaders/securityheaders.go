// Package securityheaders is the one policy of response headers for the
// project's web pages (the dashboard and the web chat): a strict content
// security policy, no framing, no sniffing, no referrer, isolation from
// other origins and, over HTTPS, HSTS. It knows nothing of either app.
package securityheaders

import "net/http"

// ContentSecurityPolicy allows only the page's own origin for script,
// style, images and connections (the event streams), forms that post back
// to it, and no framing at all: the pages run no inline script or style.
const ContentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; " +
	"connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// Handler puts the strict headers on every response of next, errors and
// static files included (see Set).
func Handler(next http.Handler, https bool) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		Set(w.Header(), https)
		next.ServeHTTP(w, r)
	})
}

// Set puts the strict headers in h. With https, it adds
// Strict-Transport-Security for two years (as the HSTS preload list asks):
// browsers then refuse plain HTTP to the host, so set it only when the
// site is served over HTTPS.
func Set(h http.Header, https bool) {
	h.Set("Content-Security-Policy", ContentSecurityPolicy)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY") // frame-ancestors for old browsers
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
	h.Set("Cross-Origin-Resource-Policy", "same-origin")
	h.Set("Permissions-Policy", "geolocation=(), payment=(), usb=()")
	if https {
		h.Set("Strict-Transport-Security", "max-age=63072000; includeSubDomains")
	}
}
