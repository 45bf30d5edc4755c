package dashboard

import (
	"embed"
	"io/fs"
	"net/http"

	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/staticfiles"
)

//go:embed static
var staticFiles embed.FS

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
	return staticfiles.Handler("/dashboard/static/", sub, langStyle())
}

// langStyle is the style sheet of per-language fonts (Urdu's Nastaliq),
// generated from the language list.
func langStyle() staticfiles.Extra {
	return staticfiles.Extra{Name: "lang.css", Data: locales.StyleSheet()}
}
