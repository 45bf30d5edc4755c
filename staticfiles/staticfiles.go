// Package staticfiles serves a web app's embedded style sheets, scripts
// and icons under URLs that carry a hash of their content (?v=), so that
// browsers may keep them forever and a new build is a new URL. The
// dashboard and the web chat both use it.
package staticfiles

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"net/http"
	"strings"
	"time"
)

// Extra is a file made at start-up (a style sheet generated from data)
// served beside the embedded ones.
type Extra struct {
	Name string // its path under the prefix: "lang.css"
	Data []byte
}

// Version is a short hash of every file in fsys and of the extras, names
// included: put it in the files' URLs as ?v=.
func Version(fsys fs.FS, extras ...Extra) string {
	h := sha256.New()
	for _, e := range extras {
		h.Write([]byte(e.Name))
		h.Write(e.Data)
	}
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

// Handler serves fsys's files and the extras at prefix ("/chat/static/"),
// cached for a year as immutable, with no directory listings.
func Handler(prefix string, fsys fs.FS, extras ...Extra) http.Handler {
	files := http.StripPrefix(prefix, http.FileServerFS(fsys))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "/") {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
		for _, e := range extras {
			if r.URL.Path == prefix+e.Name {
				http.ServeContent(w, r, e.Name, time.Time{}, bytes.NewReader(e.Data))
				return
			}
		}
		files.ServeHTTP(w, r)
	})
}
