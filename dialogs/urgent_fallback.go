package dialogs

import (
	"context"
	"errors"
	"strings"

	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/triage"
)

// When no clinician who could take an urgent case is online, waiting in
// the queue is no plan: the patient should see a doctor today. The patient
// is told so at once, with where else to get care (a line for medical
// advice, such as the Saudi Ministry of Health's 937, and where to go and
// when it is open), and the case stays in the queue in case a clinician
// comes online first. The emergency reply likewise says whether anyone is
// online to see the case (triage_show.go).

// UrgentFallback is where a patient with an urgent problem can get care
// when no clinician is online: a number to call for medical advice and, in
// each language, where to go and when it is open ("The urgent care centre
// of Ajyad Hospital, beside the Haram, is open day and night."). Either
// may be empty; with both empty the patient is told to go to the nearest
// urgent care centre or hospital.
type UrgentFallback struct {
	Phone string            `json:"ph,omitempty"` // "937", "+966 12 …": shown as set, dialled by its digits
	Where map[string]string `json:"wh,omitempty"` // language → the facility's own words
}

// IsZero reports whether f says nothing.
func (f UrgentFallback) IsZero() bool {
	for _, w := range f.Where {
		if strings.TrimSpace(w) != "" {
			return false
		}
	}
	return f.Phone == ""
}

// over returns f with what it leaves empty taken from base: a facility
// that only names its urgent care centre keeps the deployment's phone line.
func (f UrgentFallback) over(base UrgentFallback) UrgentFallback {
	if f.Phone == "" {
		f.Phone = base.Phone
	}
	if (UrgentFallback{Where: f.Where}).IsZero() {
		f.Where = base.Where
	}
	return f
}

// UrgentFallbacks gives the fallback a facility set for its cases.
type UrgentFallbacks interface {
	// UrgentFallback returns the fallback set by the facility of case
	// caseID (for a case of the network-wide pool, by the deployment's only
	// facility); ErrNotFound when it set none, or there is no such case.
	UrgentFallback(ctx context.Context, caseID int64) (UrgentFallback, error)
}

// noDoctor sets d.Fallback when d's case is urgent, still waiting, and no
// clinician who could take it is online (as d.Wait says): the facility's
// fallback over the deployment's. Otherwise it clears it. A failed look-up
// of the facility's fallback leaves the deployment's.
func (tf *triageFlow) noDoctor(ctx context.Context, t *turn, d *triageData) {
	d.Fallback = nil
	if d.Wait == nil || d.Wait.Online > 0 || d.Pos <= 0 || d.Urgency != string(triage.Urgent) {
		return
	}
	f := t.e.Triage.UrgentFallback
	if by := t.e.Triage.UrgentFallbacks; by != nil {
		own, err := by.UrgentFallback(ctx, d.Case)
		switch {
		case err == nil:
			f = own.over(f)
		case !errors.Is(err, ErrNotFound):
			t.e.Log.Warn("dialogs: consult: facility's urgent fallback unknown", "case", d.Case, "err", err)
		}
	}
	d.Fallback = &f
	t.e.Log.Info("dialogs: consult: no clinician online for an urgent case", "patient", t.s.PatientID, "case", d.Case)
}

// fallbackLines say that no doctor is online and where to get care today,
// and that the case keeps its place.
func (cf *consultFlow) fallbackLines(t *turn, f UrgentFallback) []string {
	care := []string{t.text("consult_no_doctor", nil)}
	if f.Phone != "" {
		care = append(care, t.text("consult_no_doctor_call", map[string]any{"Phone": f.Phone}))
	}
	if where := strings.TrimSpace(locales.Names(f.Where).In(t.lang())); where != "" {
		care = append(care, "🏥 "+where)
	} else {
		care = append(care, t.text("consult_no_doctor_go", nil))
	}
	return []string{strings.Join(care, "\n"), t.text("consult_no_doctor_kept", nil)}
}

// fallbackRows is the button that dials the fallback's phone, if any.
func (cf *consultFlow) fallbackRows(t *turn, f UrgentFallback) [][]Button {
	if f.Phone == "" {
		return nil
	}
	return [][]Button{{{Label: t.text("consult_no_doctor_call_button", map[string]any{"Phone": f.Phone}), URL: telURL(f.Phone)}}}
}

// urgentDecision is the urgent decision in plain words. The rules' generic
// advice for an urgent case offers a doctor now; with nobody online that
// is untrue, so the plain decision is said instead (advice written for a
// condition is kept).
func (cf *consultFlow) urgentDecision(t *turn, d triageData) (text string, advised bool) {
	if d.Fallback != nil && d.Advice == triage.Urgent.AdviceMessageID() {
		return t.text("triagedialog_urgent", nil), false
	}
	return cf.tr.decision(t, d, "triagedialog_urgent")
}

// emergencyQueued says what happens to an emergency case: who will see
// it, as far as is known, never a clinician on duty when none is online.
func (cf *consultFlow) emergencyQueued(t *turn, d triageData) string {
	switch {
	case d.Wait == nil || d.Pos <= 0:
		return t.text("triagedialog_emergency_queued", nil) // nobody knows who is online
	case d.Wait.Online <= 0:
		return t.text("triagedialog_emergency_no_doctor", nil)
	}
	return t.text("triagedialog_emergency_recorded", nil)
}
