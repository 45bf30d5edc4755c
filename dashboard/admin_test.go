package dashboard

import (
	"context"
	"fmt"
	"html"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
)

// facilityForm is a valid new facility's form.
func facilityForm() url.Values {
	return url.Values{"new": {"1"}, "code": {"taif_1"}, "name.ar": {"عيادة الطائف"}, "name.en": {"Taif clinic"},
		"city": {"taif"}, "time_zone": {"Asia/Riyadh"}, "phone": {"+966127000000"},
		"fallback_phone": {"937"}, "where.en": {"Taif hospital, open all night"}, "specialties": {"pediatrics"}}
}

// TestAdminPagesAdminsOnly: every administration page and form refuses
// clinicians and coordinators (403, nothing changed), sends the signed
// out to the login page, and a form posted from another origin is refused
// even for an admin.
func TestAdminPagesAdminsOnly(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	paths := []struct{ method, path string }{
		{"GET", "/dashboard/admin"},
		{"GET", "/dashboard/admin/facilities/makkah_ajyad"},
		{"GET", "/dashboard/admin/accounts/dr.khalid"},
		{"GET", "/dashboard/admin/accounts/dr.khalid/hours"},
		{"POST", "/dashboard/admin/facilities"},
		{"POST", "/dashboard/admin/specialties"},
		{"POST", "/dashboard/admin/holidays"},
		{"POST", "/dashboard/admin/accounts"},
		{"POST", "/dashboard/admin/accounts/dr.khalid/reset"},
		{"POST", "/dashboard/admin/accounts/dr.khalid/hours"},
		{"POST", "/dashboard/admin/accounts/dr.khalid/days-off"},
		{"POST", "/dashboard/admin/accounts/dr.khalid/extra"},
		{"POST", "/dashboard/admin/accounts/dr.khalid/duty"},
	}
	for _, user := range []string{"dr.khalid", "coord.sara"} {
		b := e.browser(t, "en")
		b.mustLogin(user)
		for _, p := range paths {
			var res response
			if p.method == "GET" {
				res = b.get(p.path)
			} else {
				res = b.post(p.path, facilityForm())
			}
			if res.status != http.StatusForbidden {
				t.Errorf("%s: %s %s = %d, want 403", user, p.method, p.path, res.status)
			}
		}
	}
	anon := e.browser(t, "en")
	if res := anon.get("/dashboard/admin"); res.status != http.StatusSeeOther || !strings.HasPrefix(res.header.Get("Location"), pathLogin) {
		t.Errorf("signed out: GET /dashboard/admin = %d to %q, want the login page", res.status, res.header.Get("Location"))
	}
	admin := e.browser(t, "en")
	admin.mustLogin("admin.noura")
	res := admin.postWith("/dashboard/admin/facilities", facilityForm(), map[string]string{"Sec-Fetch-Site": "cross-site"})
	if res.status != http.StatusForbidden {
		t.Errorf("cross-site facility form = %d, want 403", res.status)
	}
	if _, err := e.pg.AdminFacility(context.Background(), "taif_1"); err == nil {
		t.Error("a refused form created the facility")
	}
	if n := e.auditCount(t, "facility.save", "taif_1"); n != 0 {
		t.Errorf("%d audit rows for refused forms", n)
	}
}

// fieldError returns the problem shown next to the input called name
// (the span in its label), or "".
func fieldError(body, name string) string {
	re := regexp.MustCompile(`name="` + regexp.QuoteMeta(name) + `"[^>]*>(?:\s*<span class="hint">[^<]*</span>)?\s*<span class="field-error">([^<]*)</span>`)
	if m := re.FindStringSubmatch(body); m != nil {
		return html.UnescapeString(m[1])
	}
	return ""
}

// TestAdminFacilityForm: a facility with a bad time zone and phone comes
// back (422) with each problem next to its field, in the admin's language;
// once right it is saved, audited, and listed.
func TestAdminFacilityForm(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	for _, lang := range []string{"ar", "en"} {
		b := e.browser(t, lang)
		b.mustLogin("admin.noura")
		f := facilityForm()
		f.Set("time_zone", "Asia/Nowhere")
		f.Set("phone", "12")
		f.Del("name.ar")
		res := b.post("/dashboard/admin/facilities", f)
		if res.status != http.StatusUnprocessableEntity {
			t.Fatalf("%s: bad form = %d, want 422", lang, res.status)
		}
		for field, id := range map[string]string{"time_zone": "admin_bad_time_zone", "phone": "admin_bad_phone", "name.ar": "admin_bad_name"} {
			if got, want := fieldError(res.body, field), e.text.Text(lang, id, nil); got != want {
				t.Errorf("%s: next to %s: %q, want %q", lang, field, got, want)
			}
		}
		if !strings.Contains(res.body, `value="Asia/Nowhere"`) {
			t.Errorf("%s: the typed time zone is not kept", lang)
		}
	}
	b := e.browser(t, "en")
	b.mustLogin("admin.noura")
	if res := b.post("/dashboard/admin/facilities", facilityForm()); res.status != http.StatusSeeOther {
		t.Fatalf("valid form = %d, want 303; body:\n%s", res.status, res.body)
	}
	f, err := e.pg.AdminFacility(context.Background(), "taif_1")
	if err != nil || f.Fallback != "937" || len(f.Specialties) != 1 {
		t.Fatalf("saved: %+v, %v", f, err)
	}
	if n := e.auditCount(t, "facility.save", fmt.Sprint(f.ID)); n != 1 {
		t.Errorf("%d facility.save audit rows, want 1", n)
	}
	if res := b.get("/dashboard/admin"); !strings.Contains(res.body, "Taif clinic") {
		t.Error("the new facility is not listed")
	}
}

// TestAdminAccountAndPasswordLink: an admin creates an account, makes a
// set-password link (shown once), and the link's page enforces the
// password policy, sets the password once, and is dead afterwards.
func TestAdminAccountAndPasswordLink(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	b := e.browser(t, "en")
	b.mustLogin("admin.noura")
	form := url.Values{"new": {"1"}, "username": {"dr.hana"}, "name.ar": {"د. هناء"}, "name.en": {"Dr Hana"},
		"role": {"clinician"}, "home": {"makkah_ajyad"}, "active": {"1"}}
	res := b.post("/dashboard/admin/accounts", form)
	if res.status != http.StatusUnprocessableEntity || !strings.Contains(res.body, e.text.Text("en", "admin_bad_specialties", nil)) {
		t.Fatalf("a clinician without a specialty = %d, want 422 saying so", res.status)
	}
	form.Set("specialties", "pediatrics")
	if res := b.post("/dashboard/admin/accounts", form); res.status != http.StatusSeeOther {
		t.Fatalf("new account = %d; body:\n%s", res.status, res.body)
	}
	hana := e.clinician(t, "dr.hana")
	if n := e.auditCount(t, "clinician.save", fmt.Sprint(hana.ID)); n != 1 {
		t.Errorf("%d clinician.save audit rows, want 1", n)
	}
	// Demoting oneself could leave nobody to administer the network.
	self := url.Values{"username": {"admin.noura"}, "name.ar": {"نورة"}, "name.en": {"Noura"}, "role": {"clinician"},
		"home": {"makkah_ajyad"}, "specialties": {"pediatrics"}, "active": {"1"}}
	if res := b.post("/dashboard/admin/accounts", self); res.status != http.StatusConflict {
		t.Errorf("an admin demoting themself = %d, want 409", res.status)
	}

	res = b.post("/dashboard/admin/accounts/dr.hana/reset", nil)
	m := regexp.MustCompile(`https?://[^<"]+/dashboard/password/([a-zA-Z0-9]+)`).FindStringSubmatch(res.body)
	if res.status != http.StatusOK || m == nil {
		t.Fatalf("reset link = %d, no link in:\n%s", res.status, res.body)
	}
	link := "/dashboard/password/" + m[1]
	if n := e.auditCount(t, "clinician.reset_link", fmt.Sprint(hana.ID)); n != 1 {
		t.Errorf("%d clinician.reset_link audit rows, want 1", n)
	}

	hanaB := e.browser(t, "ar")
	if res := hanaB.get(link); res.status != http.StatusOK || !strings.Contains(res.body, "dr.hana") {
		t.Fatalf("link page = %d", res.status)
	}
	res = hanaB.post(link, url.Values{"password": {"short"}, "again": {"short"}})
	if res.status != http.StatusUnprocessableEntity || !strings.Contains(res.body, e.text.Text("ar", "admin_password_short", nil)) {
		t.Errorf("a short password = %d, want 422 saying it is short", res.status)
	}
	const pw = "a long new password for hana"
	res = hanaB.postWith(link, url.Values{"password": {pw}, "again": {pw}}, map[string]string{"Sec-Fetch-Site": "cross-site"})
	if res.status != http.StatusForbidden {
		t.Errorf("a cross-site password form = %d, want 403", res.status)
	}
	if res := hanaB.post(link, url.Values{"password": {pw}, "again": {pw}}); res.status != http.StatusSeeOther || res.header.Get("Location") != pathLogin {
		t.Fatalf("set password = %d to %q", res.status, res.header.Get("Location"))
	}
	if res := hanaB.login("dr.hana", pw); res.status != http.StatusSeeOther {
		t.Errorf("login with the new password = %d", res.status)
	}
	if res := e.browser(t, "en").get(link); res.status != http.StatusNotFound {
		t.Errorf("the link a second time = %d, want 404", res.status)
	}
}

// TestAdminHoursForm: overlapping rows come back with the problem on the
// second row; valid hours are saved and audited; days off are listed with
// how many bookings they touch.
func TestAdminHoursForm(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	b := e.browser(t, "en")
	b.mustLogin("admin.noura")
	const path = "/dashboard/admin/accounts/dr.khalid/hours"
	if res := b.get(path); res.status != http.StatusOK {
		t.Fatalf("hours page = %d", res.status)
	}
	rows := url.Values{"day": {"0", "0", "-1"}, "from": {"09:00", "11:00", ""}, "to": {"12:00", "13:00", ""},
		"facility": {"", "", ""}, "slot": {"20", "20", "15"}, "buffer": {"0", "0", "0"}}
	res := b.post(path, rows)
	want := e.text.Text("en", "admin_bad_from", nil)
	if res.status != http.StatusUnprocessableEntity || !regexp.MustCompile(`id="row-2"[\s\S]*?field-error">`+regexp.QuoteMeta(want)).MatchString(res.body) {
		t.Fatalf("overlapping rows = %d, want 422 with row 2's problem", res.status)
	}
	if strings.Contains(res.body[:strings.Index(res.body, `id="row-2"`)], `class="field-error"`) {
		t.Error("row 1 is marked wrong too")
	}
	rows["from"] = []string{"09:00", "12:00", ""}
	if res := b.post(path, rows); res.status != http.StatusSeeOther {
		t.Fatalf("valid hours = %d; body:\n%s", res.status, res.body)
	}
	khalid := e.clinician(t, "dr.khalid")
	hours, err := e.pg.AdminHours(context.Background(), khalid.ID)
	if err != nil || len(hours) != 2 {
		t.Fatalf("hours after saving: %+v, %v", hours, err)
	}
	if n := e.auditCount(t, "clinician.hours", fmt.Sprint(khalid.ID)); n != 1 {
		t.Errorf("%d clinician.hours audit rows, want 1", n)
	}
	res = b.post("/dashboard/admin/accounts/dr.khalid/days-off", url.Values{"from": {"2031-06-01"}, "to": {"2031-06-03"}})
	if res.status != http.StatusOK || !strings.Contains(res.body, e.text.Count("en", "admin_affected_count", 0, nil)) {
		t.Errorf("days off = %d, want the page saying no booking is touched", res.status)
	}
	res = b.post("/dashboard/admin/accounts/dr.khalid/days-off", url.Values{"from": {"2031-06-05"}, "to": {"2031-06-01"}})
	if res.status != http.StatusUnprocessableEntity || fieldError(res.body, "to") != e.text.Text("en", "admin_bad_to", nil) {
		t.Errorf("days off ending before they start = %d, want the problem next to 'to'", res.status)
	}
}
