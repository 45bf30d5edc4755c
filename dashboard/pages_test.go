package dashboard

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/locales"
)

// messageID finds a message id rendered instead of its text.
var messageID = regexp.MustCompile(`\bdash_[a-z_]+\b`)

func TestPagesInEveryLanguage(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	for _, tc := range []struct {
		accept, lang, dir, title string
	}{
		{"ar-SA,ar;q=0.9", "ar", "rtl", "تسجيل الدخول"},
		{"en-GB,en;q=0.9", "en", "ltr", "Sign in"},
		{"de-DE", "ar", "rtl", "تسجيل الدخول"}, // none of ours: Arabic
		{"fr-FR", "fr", "ltr", "Connexion"},
		{"ur-PK", "ur", "rtl", "سائن اِن"},
		{"", "ar", "rtl", "تسجيل الدخول"},
	} {
		t.Run("login "+tc.accept, func(t *testing.T) {
			res := e.browser(t, tc.accept).get("/dashboard/login")
			if want := `<html lang="` + tc.lang + `" dir="` + tc.dir + `">`; !strings.Contains(res.body, want) {
				t.Errorf("login page lacks %s", want)
			}
			if !strings.Contains(res.body, "<h1>"+tc.title+"</h1>") || res.header.Get("Content-Language") != tc.lang {
				t.Errorf("login page not in %s (Content-Language %q)", tc.lang, res.header.Get("Content-Language"))
			}
		})
	}

	for _, lang := range []string{"ar", "en"} {
		admin := e.browser(t, lang)
		admin.mustLogin("admin.noura")
		for _, path := range []string{"/dashboard/queue", "/dashboard/today", "/dashboard/audit", "/dashboard/queue/rows", "/dashboard/cases/1", "/dashboard/nothing"} {
			t.Run(lang+" "+path, func(t *testing.T) {
				res := admin.get(path)
				if res.status >= 500 {
					t.Fatalf("GET %s = %d", path, res.status)
				}
				if ids := messageID.FindAllString(res.body, -1); len(ids) > 0 {
					t.Errorf("GET %s shows message ids instead of text: %v", path, ids)
				}
				if path != "/dashboard/queue/rows" && !strings.Contains(res.body, `<html lang="`+lang+`" dir="`+locales.Dir(lang)+`">`) {
					t.Errorf("GET %s is not rendered in %s", path, lang)
				}
			})
		}
	}
}

func TestLanguageToggle(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	b := e.browser(t, "en")
	// Before login the toggle's cookie decides...
	res := b.post("/dashboard/lang", url.Values{"lang": {"ar"}, "back": {"/dashboard/login"}})
	if res.status != http.StatusSeeOther || res.header.Get("Location") != "/dashboard/login" {
		t.Fatalf("toggle = %d to %q", res.status, res.header.Get("Location"))
	}
	if page := b.get("/dashboard/login"); !strings.Contains(page.body, `dir="rtl"`) {
		t.Error("login page not in Arabic after the toggle")
	}
	// ...and carries into the session at login.
	b.mustLogin("dr.khalid")
	queue := b.get("/dashboard/queue")
	if !strings.Contains(queue.body, `dir="rtl"`) || !strings.Contains(queue.body, "د. خالد العتيبي") {
		t.Error("queue not in Arabic with the Arabic name after login")
	}
	if !strings.Contains(queue.body, e.text.Text("ar", "dash_queue_empty", nil)) {
		t.Error("empty queue lacks its Arabic empty state")
	}
	// Switching in the session: English from now on, back where we were.
	res = b.post("/dashboard/lang", url.Values{"lang": {"en"}, "back": {"/dashboard/today"}})
	if res.header.Get("Location") != "/dashboard/today" {
		t.Errorf("toggle went to %q", res.header.Get("Location"))
	}
	if today := b.get("/dashboard/today"); !strings.Contains(today.body, `dir="ltr"`) {
		t.Error("today page not in English after switching")
	}
	for _, bad := range []url.Values{{"lang": {"xx"}}, {}} {
		if res := b.post("/dashboard/lang", bad); res.status != http.StatusBadRequest {
			t.Errorf("toggle to %v = %d, want 400", bad, res.status)
		}
	}
}

func TestAuditPage(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	khalid := e.clinician(t, "dr.khalid")
	for range 3 {
		e.browser(t, "en").mustLogin("dr.khalid")
	}
	admin := e.browser(t, "en")
	admin.mustLogin("admin.noura")

	page := admin.get("/dashboard/audit?actor=dr.khalid")
	if n := strings.Count(page.body, "<code>clinician.login</code>"); n != 3 {
		t.Errorf("audit filtered by dr.khalid shows %d logins, want 3", n)
	}
	if strings.Contains(page.body, "admin.noura (") {
		t.Error("the actor filter let another actor through")
	}
	bySubject := admin.get("/dashboard/audit?subject_kind=clinician&subject_id=" + fmt.Sprint(khalid.ID))
	if n := strings.Count(bySubject.body, "<code>clinician.login</code>"); n != 3 {
		t.Errorf("audit filtered by subject shows %d logins, want 3", n)
	}
	if res := admin.get("/dashboard/audit?before=abc"); res.status != http.StatusBadRequest {
		t.Errorf("bad before = %d, want 400", res.status)
	}
}

func TestTodayPage(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	e := newEnv(t)
	khalid := e.clinician(t, "dr.khalid")
	id := e.openCase(t, dialogs.Case{Lang: "en", Complaint: "headache", Urgency: "urgent", Specialty: "general_practice"}, 0)
	b := e.browser(t, "en")
	b.mustLogin("dr.khalid")
	b.post(fmt.Sprintf("/dashboard/cases/%d/claim", id), nil)
	e.openCase(t, dialogs.Case{Lang: "en", Complaint: "cough", Urgency: "routine", Specialty: "general_practice"}, 0)
	p, err := e.pg.Patients().EnsurePatient(ctx, dialogs.ConversationKey{Channel: dialogs.ChannelWeb, ID: "today"}, "today")
	if err != nil {
		t.Fatal(err)
	}
	// An appointment later today, in the dashboard's zone.
	if _, err := e.pg.Pool().Exec(ctx, `
INSERT INTO appointments (patient_id, clinician_id, facility_id, specialty_code, during, status, room, booked_at)
VALUES ($1, $2, $3, 'general_practice', tstzrange($4::timestamptz, $4::timestamptz + interval '15 minutes'),
        'booked', 'abcdefghijklmnopqrstuvwxyz', now())`,
		p.ID, khalid.ID, khalid.Facilities[0], e.d.now().Truncate(time.Minute)); err != nil {
		t.Fatal(err)
	}
	// Another at a mobile unit in Morocco, 15 minutes on (or before, near
	// midnight): its time is the unit's, named.
	var unit int64
	if err := e.pg.Pool().QueryRow(ctx, `
INSERT INTO facilities (code, names, city, time_zone) VALUES ('unit_ma', '{"ar": "الوحدة", "en": "Mobile unit"}', 'casablanca', 'Africa/Casablanca')
RETURNING id`).Scan(&unit); err != nil {
		t.Fatal(err)
	}
	at := e.d.now().Truncate(time.Minute).Add(15 * time.Minute)
	if at.In(e.d.cfg.Location).Day() != e.d.now().In(e.d.cfg.Location).Day() {
		at = at.Add(-30 * time.Minute)
	}
	if _, err := e.pg.Pool().Exec(ctx, `
INSERT INTO appointments (patient_id, clinician_id, facility_id, specialty_code, during, status, room, booked_at)
VALUES ($1, $2, $3, 'general_practice', tstzrange($4::timestamptz, $4::timestamptz + interval '15 minutes'),
        'booked', 'zyxwvutsrqponmlkjihgfedcba', now())`, p.ID, khalid.ID, unit, at); err != nil {
		t.Fatal(err)
	}
	casablanca, _ := time.LoadLocation("Africa/Casablanca")
	page := b.get("/dashboard/today")
	for _, want := range []string{
		"<dt>Waiting now</dt><dd>1</dd>", "<dt>Cases taken today</dt><dd>1</dd>", "<dt>Consults you closed today</dt><dd>0</dd>",
		"General Practice", e.d.clock("en", e.d.now().Truncate(time.Minute)),
		dialogs.Moment(e.text, "en", casablanca, e.d.now(), at) + "–" + dialogs.Moment(e.text, "en", casablanca, e.d.now(), at.Add(15*time.Minute)) +
			` <span class="muted">(Morocco time)</span>`,
	} {
		if !strings.Contains(page.body, want) {
			t.Errorf("today page lacks %q", want)
		}
	}
}

// TestReportsPage: coordinators and admins see the consults of their
// facilities by day and specialty, in their digits, with a chart and the
// same figures as CSV; a clinician may not; a period not offered is 400.
func TestReportsPage(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	id := e.openCase(t, dialogs.Case{Lang: "en", Complaint: "headache", Urgency: "urgent", Specialty: "general_practice"}, 0)
	doc := e.browser(t, "en")
	doc.mustLogin("dr.khalid")
	doc.post(fmt.Sprintf("/dashboard/cases/%d/claim", id), nil)
	if res := doc.get("/dashboard/reports"); res.status != http.StatusForbidden {
		t.Errorf("a clinician's reports page = %d, want 403", res.status)
	}

	coord := e.browser(t, "en")
	coord.mustLogin("coord.sara")
	page := coord.get("/dashboard/reports?days=30")
	for _, want := range []string{"Consults by day and specialty", "General Practice", `<option value="30" selected>Last 30 days</option>`, "<rect", `href="/dashboard/reports.csv?days=30"`} {
		if !strings.Contains(page.body, want) {
			t.Errorf("reports page lacks %q", want)
		}
	}
	csv := coord.get("/dashboard/reports.csv?days=7")
	if csv.status != http.StatusOK || !strings.Contains(csv.body, "day,specialty,specialty_name") || !strings.Contains(csv.body, ",general_practice,General Practice,1,0,1,") {
		t.Errorf("reports CSV = %d\n%s", csv.status, csv.body)
	}
	if res := coord.get("/dashboard/reports?days=3650"); res.status != http.StatusBadRequest {
		t.Errorf("a period not offered = %d, want 400", res.status)
	}

	ar := e.browser(t, "ar")
	ar.mustLogin("admin.noura")
	if page := ar.get("/dashboard/reports"); !strings.Contains(page.body, "الطب العام") || !strings.Contains(page.body, "آخر ٧ أيام") || !strings.Contains(page.body, "<td class=\"num\">١</td>") {
		t.Errorf("Arabic reports page lacks the specialty, the period or Arabic digits:\n%.2000s", page.body)
	}
}
