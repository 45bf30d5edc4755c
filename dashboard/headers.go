package dashboard

import (
	"embed"
	"io/fs"
	"net/http"

	"github.com/frontdoor-health/frontdoor/staticfiles"
)

//go:embed static
var staticFiles embed.FS

// contentSecurityPolicy allows only this origin's script, style, images and
// connections (the event stream), forms that post back here, and no
// framing at all: the pages run no inline script or style.
const contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; " +
	"connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// securityHeaders puts the strict headers on every response, errors and
// static files included.
func (d *Dashboard) securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", contentSecurityPolicy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY") // frame-ancestors for old browsers
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.Set("Cross-Origin-Resource-Policy", "same-origin")
		h.Set("Permissions-Policy", "geolocation=(), payment=(), usb=()")
		if d.cfg.Secure {
			// Two years; browsers then refuse plain HTTP to this host.
			h.Set("Strict-Transport-Security", "max-age=63072000; includeSubDomains")
		}
		next.ServeHTTP(w, r)
	})
}

// noStore keeps pages with patient data out of every cache, the browser's
// back-forward cache included.
func noStore(w http.ResponseWriter) {
	w.Header().Set("Cache-Control", "no-store")
}

// staticHandler serves the embedded style sheet, script and icon.
func staticHandler() http.Handler {
	sub, err := fs.Sub(staticFiles, "static")
	if err != nil {
		panic(err) // the embed pattern guarantees the directory
	}
	return staticfiles.Handler("/dashboard/static/", sub)
}
