package dashboard

import (
	"errors"
	"net/http"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/store"
)

// statusOf maps the errors handlers meet to HTTP statuses, in one place.
// Anything else is a 500.
var statusOf = []struct {
	err    error
	status int
}{
	{dialogs.ErrNotFound, http.StatusNotFound},
	{store.ErrAlreadyClaimed, http.StatusConflict},
}

// errorStatus returns the status for err.
func errorStatus(err error) int {
	for _, e := range statusOf {
		if errors.Is(err, e.err) {
			return e.status
		}
	}
	return http.StatusInternalServerError
}

// errorMessages are the message ids of the error page, by status.
var errorMessages = map[int]string{
	http.StatusBadRequest:          "dash_error_bad_request",
	http.StatusForbidden:           "dash_error_forbidden",
	http.StatusNotFound:            "dash_error_not_found",
	http.StatusConflict:            "dash_error_conflict",
	http.StatusServiceUnavailable:  "dash_error_unavailable",
	http.StatusInternalServerError: "dash_error_internal",
}

type errorData struct {
	Status  int
	Message string
}

// fail renders the error page for status in the reader's language; a is
// nil when nobody is signed in.
func (d *Dashboard) fail(w http.ResponseWriter, r *http.Request, a *account, status int) {
	id, ok := errorMessages[status]
	if !ok {
		id = errorMessages[http.StatusInternalServerError]
	}
	v := d.view(r, a, "", nil)
	v.Data = errorData{Status: status, Message: v.L.T(id)}
	d.render(w, status, "error", v)
}

// failWith logs err (ids only: store errors carry no patient text) and
// renders the page its status calls for.
func (d *Dashboard) failWith(w http.ResponseWriter, r *http.Request, a *account, err error) {
	status := errorStatus(err)
	if status == http.StatusInternalServerError {
		d.log.ErrorContext(r.Context(), "dashboard: request failed", "path", r.Pattern, "err", err)
	}
	d.fail(w, r, a, status)
}

func (d *Dashboard) notFound(w http.ResponseWriter, r *http.Request) {
	d.fail(w, r, nil, http.StatusNotFound)
}

// crossOrigin answers a state-changing request from another origin.
func (d *Dashboard) crossOrigin(w http.ResponseWriter, r *http.Request) {
	d.log.WarnContext(r.Context(), "dashboard: cross-origin request refused", "path", r.URL.Path)
	d.fail(w, r, nil, http.StatusForbidden)
}
