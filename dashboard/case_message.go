package dashboard

import (
	"errors"
	"fmt"
	"net/http"
	"strings"
	"unicode/utf8"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/store"
)

// sendMessage writes the clinician's words to the patient of a case in
// consult with them. The message is stored and announced (the thread of
// every open page grows), then delivered in the background through the
// patient's channel; the page shows when it went. The form's token makes a
// form sent twice one message.
func (d *Dashboard) sendMessage(w http.ResponseWriter, r *http.Request, a *account) {
	id, ok := caseID(r)
	if !ok || d.cfg.Consult == nil {
		d.fail(w, r, a, http.StatusNotFound)
		return
	}
	ctx := r.Context()
	back := fmt.Sprintf("/dashboard/cases/%d#thread", id)
	text := strings.TrimSpace(r.PostFormValue("text"))
	token := r.PostFormValue("token")
	switch n := utf8.RuneCountInString(text); {
	case !validToken(token):
		d.fail(w, r, a, http.StatusBadRequest)
		return
	case n == 0:
		d.flashTo(w, r, back, "dash_message_empty")
		return
	case n > store.MaxMessageChars:
		d.flashTo(w, r, back, "dash_message_too_long")
		return
	}
	err := d.cfg.Consult.Store.SendMessage(ctx, id, a.Scope, text, token)
	switch {
	case errors.Is(err, dialogs.ErrCaseChanged):
		d.flashTo(w, r, back, "dash_consult_not_open")
		return
	case err != nil:
		d.failWith(w, r, a, err)
		return
	}
	d.cfg.Consult.Relay.DeliverSoon(id)
	d.log.Info("dashboard: message to patient", "case", id, "clinician", a.ID)
	http.Redirect(w, r, back, http.StatusSeeOther)
}

// validToken accepts what rand.Text makes (the forms' tokens).
func validToken(s string) bool {
	if len(s) != 26 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < 'A' || c > 'Z') && (c < '2' || c > '7') {
			return false
		}
	}
	return true
}

// flashTo sends the browser to path with message id shown once there.
func (d *Dashboard) flashTo(w http.ResponseWriter, r *http.Request, path, id string) {
	d.sessions.Put(r.Context(), keyFlash, id)
	http.Redirect(w, r, path, http.StatusSeeOther)
}
