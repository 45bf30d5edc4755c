package dashboard

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"path"
	"strings"

	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/numerals"
)

//go:embed templates/*.html
var templateFiles embed.FS

// Page templates: each file defines "title" and "main" inside base.html;
// fragments (files starting with "_") are shared by every page and also
// rendered alone.
func parsePages() (map[string]*template.Template, error) {
	base, err := template.New("base.html").Funcs(funcs).ParseFS(templateFiles, "templates/base.html", "templates/_*.html")
	if err != nil {
		return nil, fmt.Errorf("dashboard: parse templates: %w", err)
	}
	names, err := fs.Glob(templateFiles, "templates/*.html")
	if err != nil {
		return nil, fmt.Errorf("dashboard: list templates: %w", err)
	}
	pages := map[string]*template.Template{}
	for _, name := range names {
		file := path.Base(name)
		if file == "base.html" || strings.HasPrefix(file, "_") {
			continue
		}
		t, err := template.Must(base.Clone()).ParseFS(templateFiles, name)
		if err != nil {
			return nil, fmt.Errorf("dashboard: parse %s: %w", file, err)
		}
		pages[strings.TrimSuffix(file, ".html")] = t
	}
	pages["_fragments"] = base
	return pages, nil
}

// tr renders messages in one language for templates:
// {{.L.T "dash_nav_queue"}}, {{.L.D "dash_x" "Name" .Name}}, {{.L.N "minutes" 5}}.
type tr struct {
	lang string
	text *locales.Catalog
}

// T renders message id.
func (t tr) T(id string) string { return t.text.Text(t.lang, id, nil) }

// D renders message id with template data given as name, value pairs.
func (t tr) D(id string, pairs ...any) string {
	data := make(map[string]any, len(pairs)/2)
	for i := 0; i+1 < len(pairs); i += 2 {
		if k, ok := pairs[i].(string); ok {
			data[k] = pairs[i+1]
		}
	}
	return t.text.Text(t.lang, id, data)
}

// N renders counted message id for n.
func (t tr) N(id string, n int) string { return t.text.Count(t.lang, id, n, nil) }

// Num writes n in the reader's digits.
func (t tr) Num(n int) string { return numerals.Format(t.lang, n) }

// view is what every page template receives.
type view struct {
	L       tr
	Lang    string
	Dir     string
	Me      *account // nil when signed out
	Nav     string   // the current section, for the menu
	Path    string   // the current path, for the language toggle to return to
	Flash   string   // a message shown once
	Version string   // static files' content hash
	Data    any      // the page's own data
	// Referrals: referrals are on (the menu links them); Notices counts
	// the signed-in account's referral news (waiting for them, or
	// answered, booked or declined since they looked).
	Referrals bool
	Notices   int
}

// Languages are the languages the dashboard can be shown in, each named in
// its own words, for the language toggle.
func (view) Languages() []locales.Language { return locales.All() }

func (d *Dashboard) view(r *http.Request, a *account, nav string, data any) view {
	lang := d.lang(r)
	if a != nil {
		lang = a.Lang
	}
	v := view{
		L: tr{lang: lang, text: d.cfg.Text}, Lang: lang, Dir: locales.Dir(lang), Me: a, Nav: nav,
		Path: r.URL.RequestURI(), Version: d.version, Data: data,
	}
	if a != nil && d.cfg.Referrals != nil {
		v.Referrals, v.Notices = true, d.referralNotices(r, a)
	}
	if flash := d.sessions.PopString(r.Context(), keyFlash); flash != "" {
		v.Flash = d.cfg.Text.Text(lang, flash, nil)
	}
	return v
}

// fragmentView is view for a fragment: it leaves the flash for the next
// full page.
func (d *Dashboard) fragmentView(r *http.Request, a *account, data any) view {
	return view{L: tr{lang: a.Lang, text: d.cfg.Text}, Lang: a.Lang, Dir: locales.Dir(a.Lang), Me: a, Version: d.version, Data: data}
}

// render writes page name with status. It renders into a buffer first, so
// a template error becomes a clean 500 rather than half a page.
func (d *Dashboard) render(w http.ResponseWriter, status int, name string, v view) {
	t, ok := d.pages[name]
	if !ok {
		d.log.Error("dashboard: no such page", "page", name)
		http.Error(w, http.StatusText(http.StatusInternalServerError), http.StatusInternalServerError)
		return
	}
	d.write(w, status, t, "base.html", v)
}

// renderFragment writes one shared fragment ("_rows.html" defines "rows").
func (d *Dashboard) renderFragment(w http.ResponseWriter, name string, v view) {
	d.write(w, http.StatusOK, d.pages["_fragments"], name, v)
}

func (d *Dashboard) write(w http.ResponseWriter, status int, t *template.Template, name string, v view) {
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, name, v); err != nil {
		d.log.Error("dashboard: render", "template", name, "err", err)
		http.Error(w, http.StatusText(http.StatusInternalServerError), http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Content-Language", v.Lang)
	h.Add("Vary", "Accept-Language")
	noStore(w)
	w.WriteHeader(status)
	_, _ = buf.WriteTo(w)
}
