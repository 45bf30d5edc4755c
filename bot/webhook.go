package bot

import (
	"crypto/sha256"
	"crypto/subtle"
	"errors"
	"io"
	"net/http"
	"strconv"
)

// MaxUpdateBytes bounds a webhook request body. A Telegram update with the
// longest text and entities stays far below it.
const MaxUpdateBytes = 1 << 20

const secretHeader = "X-Telegram-Bot-Api-Secret-Token"

// WebhookHandler takes updates from Telegram. It answers 401, and processes
// nothing, unless X-Telegram-Bot-Api-Secret-Token equals the configured
// secret (compared in constant time); 405 for anything but POST; 413 for a
// body over MaxUpdateBytes; 400 when the body is not an update; 503, with
// Retry-After, when the update could not be appended to Redis, so Telegram
// sends it again; and 200 only once the update is appended (or was a
// duplicate). Safe for concurrent use.
func (t *Telegram) WebhookHandler() http.Handler {
	want := sha256.Sum256([]byte(t.cfg.WebhookSecret))
	return http.HandlerFunc(func(hw http.ResponseWriter, r *http.Request) {
		w := &countingWriter{ResponseWriter: hw, code: http.StatusOK}
		defer func() { t.cfg.Metrics.WebhookResponses.WithLabelValues(t.label, strconv.Itoa(w.code)).Inc() }()
		// Hashing first makes the comparison independent of the length.
		got := sha256.Sum256([]byte(r.Header.Get(secretHeader)))
		if t.cfg.WebhookSecret == "" || subtle.ConstantTimeCompare(got[:], want[:]) != 1 {
			t.log.WarnContext(r.Context(), "bot: webhook request with a wrong secret", "remote", r.RemoteAddr)
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		if r.Method != http.MethodPost {
			w.Header().Set("Allow", http.MethodPost)
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		raw, err := io.ReadAll(http.MaxBytesReader(w, r.Body, MaxUpdateBytes))
		if err != nil {
			var tooBig *http.MaxBytesError
			if errors.As(err, &tooBig) {
				http.Error(w, "update too large", http.StatusRequestEntityTooLarge)
				return
			}
			http.Error(w, "cannot read body", http.StatusBadRequest)
			return
		}
		id, key, callbackID, err := routeKey(raw)
		if err != nil {
			http.Error(w, "not a Telegram update", http.StatusBadRequest)
			return
		}
		if !t.take(r.Context(), key, id, callbackID, raw) {
			w.Header().Set("Retry-After", "1")
			http.Error(w, "cannot take the update in now", http.StatusServiceUnavailable)
			return
		}
		// The request id (in the context) leads to the update id, which
		// the worker's records carry.
		t.log.DebugContext(r.Context(), "bot: update taken in", "update_id", id)
		w.WriteHeader(http.StatusOK)
	})
}

// countingWriter remembers the status written, for the metrics.
type countingWriter struct {
	http.ResponseWriter
	code int
}

func (c *countingWriter) WriteHeader(code int) {
	c.code = code
	c.ResponseWriter.WriteHeader(code)
}
