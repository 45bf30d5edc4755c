package dashboard

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/frontdoor-health/frontdoor/dialogs"
)

// FuzzForms posts arbitrary bodies to every form of the dashboard, signed
// in (as a clinician with a case of their own, so the case forms reach
// their parsing): no answer is a 5xx, whatever the body.
func FuzzForms(f *testing.F) {
	paths := []string{
		"/dashboard/login", "/dashboard/lang", "/dashboard/cases/%d/claim", "/dashboard/cases/%d/messages",
		"/dashboard/cases/%d/close", "/dashboard/audit/unlock",
	}
	for i, seed := range []string{
		"username=dr.khalid&password=wrong", "lang=en", "", "text=hello&token=AAAAAAAAAAAAAAAAAAAAAAAAAA",
		"disposition=advice&notes=%00%E2%80%AE", "username=%ff%fe", "a=%zz&&&===", strings.Repeat("x=1&", 3000),
	} {
		f.Add(uint8(i), seed)
	}
	e := newEnv(f)
	khalid := e.clinician(f, "dr.khalid")
	id := e.openCase(f, dialogs.Case{Lang: "en", Complaint: "fever", Urgency: "urgent", Specialty: "general_practice"}, khalid.Facilities[0])
	b := e.browser(f, "en")
	b.mustLogin("dr.khalid")
	b.post(fmt.Sprintf("/dashboard/cases/%d/claim", id), nil) // the case forms then parse their bodies
	routes := e.d.Routes()
	cookie := &http.Cookie{Name: e.d.sessions.Cookie.Name, Value: b.sessionCookie()}
	f.Fuzz(func(t *testing.T, which uint8, body string) {
		path := paths[int(which)%len(paths)]
		if strings.Contains(path, "%d") {
			path = fmt.Sprintf(path, id)
		}
		r := httptest.NewRequest(http.MethodPost, path, strings.NewReader(body))
		r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		r.Header.Set("Sec-Fetch-Site", "same-origin")
		r.AddCookie(cookie)
		w := httptest.NewRecorder()
		routes.ServeHTTP(w, r)
		if w.Code >= 500 {
			t.Fatalf("POST %s %q: %d", path, body, w.Code)
		}
	})
}
