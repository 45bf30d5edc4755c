package dashboard

import (
	"net/http"
	"net/url"
	"path"
	"strings"
	"time"

	"github.com/frontdoor-health/frontdoor/locales"
)

// langCookie remembers the language chosen on the toggle for the login
// page, before there is a session; the session's choice wins after login.
const (
	langCookie = "fd_dash_lang"
	langAge    = 365 * 24 * time.Hour
)

// setLang handles the language toggle: POST lang=ar|en, back=<path>.
func (d *Dashboard) setLang(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 4<<10)
	lang := locales.Lang(r.PostFormValue("lang"))
	if lang == "" {
		d.fail(w, r, nil, http.StatusBadRequest)
		return
	}
	http.SetCookie(w, &http.Cookie{
		Name: langCookie, Value: lang, Path: "/dashboard", MaxAge: int(langAge / time.Second),
		HttpOnly: true, Secure: d.cfg.Secure, SameSite: http.SameSiteLaxMode,
	})
	if d.sessions.GetInt64(r.Context(), keyClinician) != 0 {
		d.sessions.Put(r.Context(), keyLang, lang)
	}
	http.Redirect(w, r, localPath(r.PostFormValue("back")), http.StatusSeeOther)
}

// lang returns the language to render r in: the session's choice, else the
// toggle's cookie, else the best match of Accept-Language, else Arabic.
func (d *Dashboard) lang(r *http.Request) string {
	if l := locales.Lang(d.sessions.GetString(r.Context(), keyLang)); l != "" {
		return l
	}
	if c, err := r.Cookie(langCookie); err == nil {
		if l := locales.Lang(c.Value); l != "" {
			return l
		}
	}
	return locales.AcceptLanguage(r.Header.Get("Accept-Language"))
}

// localPath returns s if it is a path inside the dashboard (never another
// site: no scheme, no host, no "//" or "\", nothing that cleans to a path
// outside /dashboard), else the queue.
func localPath(s string) string {
	u, err := url.Parse(s)
	if err != nil || u.Scheme != "" || u.Host != "" || u.User != nil || u.Opaque != "" ||
		!strings.HasPrefix(s, "/") || strings.HasPrefix(s, "//") || strings.Contains(s, `\`) {
		return pathQueue
	}
	clean := path.Clean(u.Path)
	if clean != "/dashboard" && !strings.HasPrefix(clean, "/dashboard/") {
		return pathQueue
	}
	if u.RawQuery != "" {
		clean += "?" + u.RawQuery
	}
	return clean
}
