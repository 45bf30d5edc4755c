package dashboard

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/store/storetest"
)

// TestDutySwitch: a clinician goes on and off duty from the queue page,
// audited; only then does an open dashboard count for a waiting case's
// estimate; a coordinator has no switch; an admin switches a clinician
// from the set-up page.
func TestDutySwitch(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := context.Background()
	khalid := e.clinician(t, "dr.khalid")
	// The demo's clinicians start on duty; this walk starts from off.
	if _, err := e.pg.Pool().Exec(ctx, `UPDATE clinicians SET on_duty = false WHERE id = $1`, khalid.ID); err != nil {
		t.Fatal(err)
	}
	seeded := e.auditCount(t, "clinician.duty", fmt.Sprint(khalid.ID))
	for _, lang := range []string{"ar", "en"} {
		b := e.browser(t, lang)
		b.mustLogin("dr.khalid")
		page := b.get("/dashboard/queue")
		if !strings.Contains(page.body, e.text.Text(lang, "dash_duty_start", nil)) {
			t.Fatalf("%s: the queue page offers no way on duty", lang)
		}
		res := b.post("/dashboard/duty", url.Values{"on": {"1"}})
		if res.status != http.StatusSeeOther || res.header.Get("Location") != "/dashboard/queue" {
			t.Fatalf("%s: on duty = %d to %q", lang, res.status, res.header.Get("Location"))
		}
		page = b.get("/dashboard/queue")
		if !strings.Contains(page.body, e.text.Text(lang, "dash_duty_now_on", nil)) ||
			!strings.Contains(page.body, e.text.Text(lang, "dash_duty_stop", nil)) {
			t.Errorf("%s: after going on duty the page says neither so nor how to stop", lang)
		}
		if c := e.clinician(t, "dr.khalid"); !c.OnDuty {
			t.Errorf("%s: not on duty after the switch", lang)
		}
		if res := b.post("/dashboard/duty", url.Values{"on": {"0"}}); res.status != http.StatusSeeOther {
			t.Fatalf("%s: off duty = %d", lang, res.status)
		}
		if c := e.clinician(t, "dr.khalid"); c.OnDuty {
			t.Errorf("%s: still on duty after switching off", lang)
		}
	}
	if n := e.auditCount(t, "clinician.duty", fmt.Sprint(khalid.ID)) - seeded; n != 4 {
		t.Errorf("%d clinician.duty audit rows, want 4", n)
	}

	// Present but off duty counts for nobody; on duty and present does.
	if err := e.pg.Consults(e.rd).ClinicianSeen(ctx, khalid.ID); err != nil {
		t.Fatal(err)
	}
	id := e.openCase(t, dialogs.Case{Lang: "en", Complaint: "fever", Urgency: "urgent", Specialty: "general_practice"}, khalid.Facilities[0])
	if f, err := e.pg.Consults(e.rd).WaitFigures(ctx, id); err != nil || f.Online != 0 {
		t.Errorf("dashboard open, off duty: %+v, %v; want nobody online", f, err)
	}
	storetest.ClinicianOnline(t, e.pg, e.rd, "dr.khalid")
	if f, err := e.pg.Consults(e.rd).WaitFigures(ctx, id); err != nil || f.Online == 0 {
		t.Errorf("on duty and present: %+v, %v; want Dr Khalid counted", f, err)
	}

	coord := e.browser(t, "en")
	coord.mustLogin("coord.sara")
	if strings.Contains(coord.get("/dashboard/queue").body, `action="/dashboard/duty"`) {
		t.Error("a coordinator is offered the duty switch")
	}
	if res := coord.post("/dashboard/duty", url.Values{"on": {"1"}}); res.status != http.StatusForbidden {
		t.Errorf("a coordinator's duty switch = %d, want 403", res.status)
	}

	admin := e.browser(t, "ar")
	admin.mustLogin("admin.noura")
	if !strings.Contains(admin.get("/dashboard/admin").body, `action="/dashboard/admin/accounts/dr.khalid/duty"`) {
		t.Error("the set-up page has no duty switch for Dr Khalid")
	}
	if res := admin.post("/dashboard/admin/accounts/dr.khalid/duty", url.Values{"on": {"0"}}); res.status != http.StatusSeeOther {
		t.Fatalf("admin switches Dr Khalid off = %d", res.status)
	}
	if c := e.clinician(t, "dr.khalid"); c.OnDuty {
		t.Error("still on duty after the admin switched him off")
	}
	if n := e.auditCount(t, "clinician.duty", fmt.Sprint(khalid.ID)) - seeded; n != 6 {
		t.Errorf("%d clinician.duty audit rows, want 6 (the admin's included)", n)
	}
	if res := admin.post("/dashboard/admin/accounts/coord.sara/duty", url.Values{"on": {"1"}}); res.status != http.StatusNotFound {
		t.Errorf("a coordinator switched on duty by an admin = %d, want 404", res.status)
	}
	if res := admin.post("/dashboard/admin/accounts/nobody.here/duty", url.Values{"on": {"1"}}); res.status != http.StatusNotFound {
		t.Errorf("an unknown account = %d, want 404", res.status)
	}
}
