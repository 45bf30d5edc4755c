package dashboard

import (
	"context"
	"html"
	"net/http"
	"net/url"
	"strings"
	"testing"
)

// TestAdminSpecialtyLengths: a specialty's appointment length and rest
// are set on the set-up page (a bad one comes back with the problem next
// to its field, in the admin's language), listed, offered again by its
// Change link, audited; the hours form's blank lengths then take the
// specialty's, and cannot while it has none.
func TestAdminSpecialtyLengths(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := context.Background()
	form := func(slot, buffer string) url.Values {
		return url.Values{"code": {"dermatology"}, "name.ar": {"الجلدية"}, "name.en": {"Skin"},
			"slot": {slot}, "buffer": {buffer}}
	}
	for _, lang := range []string{"ar", "en"} {
		b := e.browser(t, lang)
		b.mustLogin("admin.noura")
		res := b.post("/dashboard/admin/specialties", form("3", "500"))
		if res.status != http.StatusUnprocessableEntity {
			t.Fatalf("%s: a 3-minute appointment = %d, want 422", lang, res.status)
		}
		for field, id := range map[string]string{"slot": "admin_bad_slot", "buffer": "admin_bad_buffer"} {
			if got, want := fieldError(res.body, field), e.text.Text(lang, id, nil); got != want {
				t.Errorf("%s: next to %s: %q, want %q", lang, field, got, want)
			}
		}
	}
	b := e.browser(t, "en")
	b.mustLogin("admin.noura")
	if res := b.post("/dashboard/admin/specialties", form("20", "5")); res.status != http.StatusSeeOther {
		t.Fatalf("20 and 5 = %d, want 303", res.status)
	}
	if n := e.auditCount(t, "specialty.save", "dermatology"); n != 1 {
		t.Errorf("%d specialty.save audit rows, want 1", n)
	}
	page := b.get("/dashboard/admin").body
	if want := e.text.Text("en", "admin_specialty_length", map[string]any{"Minutes": "20", "Rest": "5"}); !strings.Contains(page, want) {
		t.Errorf("the list does not say %q", want)
	}
	change := b.get("/dashboard/admin?specialty=dermatology").body
	if !strings.Contains(change, `name="slot" dir="ltr" inputmode="numeric" maxlength="3" size="3" value="20"`) {
		t.Error("the Change link does not fill the form with the specialty's length")
	}

	// Dr Fatimah (dermatology, and obstetrics, which has no length yet)
	// gets a window with none: refused until both specialties have one.
	hours := url.Values{"day": {"0"}, "from": {"09:00"}, "to": {"10:00"}, "facility": {""}, "slot": {""}, "buffer": {""}}
	res := b.post("/dashboard/admin/accounts/dr.fatimah/hours", hours)
	if res.status != http.StatusUnprocessableEntity || !strings.Contains(html.UnescapeString(res.body), e.text.Text("en", "admin_bad_slot_specialty", nil)) {
		t.Fatalf("a window without a length, obstetrics without one = %d, want 422 saying why", res.status)
	}
	obstetrics := url.Values{"code": {"obstetrics_gynecology"}, "name.ar": {"صحة المرأة والحمل"}, "name.en": {"Women's health and pregnancy"},
		"slot": {"30"}, "buffer": {""}}
	if res := b.post("/dashboard/admin/specialties", obstetrics); res.status != http.StatusSeeOther {
		t.Fatalf("obstetrics 30 = %d", res.status)
	}
	if res := b.post("/dashboard/admin/accounts/dr.fatimah/hours", hours); res.status != http.StatusSeeOther {
		t.Fatalf("a window without a length = %d, want 303; body:\n%s", res.status, res.body)
	}
	fatimah := e.clinician(t, "dr.fatimah")
	stored, err := e.pg.AdminHours(ctx, fatimah.ID)
	if err != nil || len(stored) != 1 || stored[0].Slot != nil {
		t.Fatalf("stored hours = %+v, %v; want one window taking the specialty's length", stored, err)
	}
	if res := b.post("/dashboard/admin/specialties", form("", "")); res.status != http.StatusUnprocessableEntity ||
		fieldError(res.body, "slot") != e.text.Text("en", "admin_bad_slot_relied", nil) {
		t.Errorf("taking away a length Dr Fatimah's hours rely on = %d, want 422 with the reason by the field", res.status)
	}
}
