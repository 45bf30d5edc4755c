package staticfiles

import (
	"net/http"
	"net/http/httptest"
	"testing"
	"testing/fstest"
)

func TestHandlerCachesFilesAndListsNothing(t *testing.T) {
	fsys := fstest.MapFS{"app.css": {Data: []byte("body{}")}, "img/icon.svg": {Data: []byte("<svg/>")}}
	h := Handler("/x/static/", fsys)
	for _, tc := range []struct {
		path   string
		status int
		cached bool
	}{
		{"/x/static/app.css", http.StatusOK, true},
		{"/x/static/img/icon.svg", http.StatusOK, true},
		{"/x/static/", http.StatusNotFound, false},
		{"/x/static/img/", http.StatusNotFound, false},
		{"/x/static/missing.js", http.StatusNotFound, false}, // net/http drops it on errors
	} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", tc.path, nil))
		if rec.Code != tc.status || (rec.Header().Get("Cache-Control") != "") != tc.cached {
			t.Errorf("GET %s: %d, Cache-Control %q", tc.path, rec.Code, rec.Header().Get("Cache-Control"))
		}
	}
}

func TestVersionFollowsContentAndNames(t *testing.T) {
	a := Version(fstest.MapFS{"app.css": {Data: []byte("body{}")}})
	if a != Version(fstest.MapFS{"app.css": {Data: []byte("body{}")}}) || len(a) != 12 {
		t.Fatalf("version %q is not stable", a)
	}
	if a == Version(fstest.MapFS{"app.css": {Data: []byte("body{ }")}}) || a == Version(fstest.MapFS{"main.css": {Data: []byte("body{}")}}) {
		t.Error("a changed file or name kept the version")
	}
}

// TestExtrasAreServedAndVersioned: a generated file is served with its type
// and caching like an embedded one, and a change to it is a new version.
func TestExtrasAreServedAndVersioned(t *testing.T) {
	fsys := fstest.MapFS{"app.css": {Data: []byte("body{}")}}
	extra := Extra{Name: "lang.css", Data: []byte(":lang(ur){line-height:2}")}
	rec := httptest.NewRecorder()
	Handler("/x/static/", fsys, extra).ServeHTTP(rec, httptest.NewRequest("GET", "/x/static/lang.css", nil))
	if rec.Code != http.StatusOK || rec.Body.String() != string(extra.Data) ||
		rec.Header().Get("Content-Type") != "text/css; charset=utf-8" || rec.Header().Get("Cache-Control") == "" {
		t.Errorf("GET lang.css: %d %q %v", rec.Code, rec.Body.String(), rec.Header())
	}
	changed := Extra{Name: "lang.css", Data: []byte(":lang(ur){line-height:3}")}
	if Version(fsys, extra) == Version(fsys) || Version(fsys, extra) == Version(fsys, changed) {
		t.Error("the extra file does not change the version")
	}
}
