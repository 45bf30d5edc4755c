// Package staticfiles serves a web app's embedded style sheets, scripts
// and icons under URLs that carry a hash of their content (?v=), so that
// browsers may keep them forever and a new build is a new URL. The
// dashboard and the web chat both use it.
package staticfiles

import (
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"net/http"
	"strings"
)

// Version is a short hash of every file in fsys, names included: put it in
// the files' URLs as ?v=.
func Version(fsys fs.FS) string {
	h := sha256.New()
	_ = fs.WalkDir(fsys, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(fsys, path)
		if err != nil {
			return err
		}
		h.Write([]byte(path))
		h.Write(b)
		return nil
	})
	return hex.EncodeToString(h.Sum(nil))[:12]
}

// Handler serves fsys's files at prefix ("/chat/static/"), cached for a
// year as immutable, with no directory listings.
func Handler(prefix string, fsys fs.FS) http.Handler {
	files := http.StripPrefix(prefix, http.FileServerFS(fsys))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "/") {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
		files.ServeHTTP(w, r)
	})
}
