package dashboard

import (
	"context"
	"fmt"
	"html"
	"strings"
	"testing"
)

// TestCallBackWithThePatientsNumber: an emergency whose patient sent a
// number offers "Call the patient" in the queue (the number itself only on
// the case page, whose every view is audited) and a tel: link there; one
// without a number says how to reach the patient, through their channel.
func TestCallBackWithThePatientsNumber(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	khalid := e.clinician(t, "dr.khalid")
	silent := e.openCase(t, chestPain, khalid.Facilities[0])
	chestPain2 := chestPain
	chestPain2.Source = "test:phone"
	called := e.openCase(t, chestPain2, khalid.Facilities[0])
	var patient int64
	if err := e.pg.Pool().QueryRow(context.Background(), `SELECT patient_id FROM cases WHERE id = $1`, called).Scan(&patient); err != nil {
		t.Fatal(err)
	}
	if err := e.pg.Cases(e.rd).SharePhone(context.Background(), patient, called, "+966512345678"); err != nil {
		t.Fatal(err)
	}

	for _, lang := range []string{"ar", "en"} {
		b := e.browser(t, lang)
		b.mustLogin("dr.khalid")
		rows := b.get("/dashboard/queue/rows").body
		if !strings.Contains(rows, e.text.Text(lang, "dash_callback_phone", nil)) || !strings.Contains(rows, e.text.Text(lang, "dash_callback", nil)) {
			t.Errorf("%s queue lacks “call the patient” for the case with a number, or “write” for the other", lang)
		}
		if strings.Contains(rows, "966512345678") {
			t.Errorf("%s queue shows the number; only the audited case page may", lang)
		}
		page := b.get(fmt.Sprintf("/dashboard/cases/%d", called)).body
		page = html.UnescapeString(page) // html/template writes + as &#43;
		if !strings.Contains(page, `href="tel:+966512345678"`) || !strings.Contains(page, "<bdi>+966512345678</bdi>") {
			t.Errorf("%s case page lacks the tel: link to the number", lang)
		}
		page = b.get(fmt.Sprintf("/dashboard/cases/%d", silent)).body
		reach := e.text.Text(lang, "dash_case_reach", map[string]any{"Channel": e.text.Text(lang, "dash_channel_telegram", nil)})
		if !strings.Contains(page, html.EscapeString(reach)) || strings.Contains(page, `href="tel:`+"+966") {
			t.Errorf("%s case page without a number does not say how to reach the patient", lang)
		}
	}
	if n := e.auditCount(t, "case.view", fmt.Sprint(called)); n != 2 {
		t.Errorf("views of the case with the number audited %d times, want 2", n)
	}
}
