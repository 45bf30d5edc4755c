// Package requestlog gives every HTTP request an id and one log record.
//
// The id comes from the proxy's X-Request-Id when it is a plain token,
// else it is made here; it is sent back in X-Request-Id and kept in the
// request's context, where Handler adds it to every record logged with
// that context, so an operator can go from a patient's "it failed" (the
// id in the response), or a 5xx on the dashboard, to every line of that
// request. The record names the route pattern, never the path's values,
// the query or the body: those carry patients' words and ids.
package requestlog

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"log/slog"
	"net/http"
	"regexp"
	"time"
)

// Header carries the id in both directions.
const Header = "X-Request-Id"

type ctxKey struct{}

// ID returns the request id in ctx, or "".
func ID(ctx context.Context) string {
	id, _ := ctx.Value(ctxKey{}).(string)
	return id
}

// fromProxy is what an id set by a proxy may look like; anything else (a
// header a client made up to smuggle text into our logs) is replaced.
var fromProxy = regexp.MustCompile(`^[A-Za-z0-9._-]{8,64}$`)

// Middleware wraps next: it sets the id, and logs each request when it
// ends. Successful requests are logged at debug (there are hundreds a
// second at peak), 4xx at info and 5xx at warn.
func Middleware(log *slog.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := r.Header.Get(Header)
		if !fromProxy.MatchString(id) {
			id = newID()
		}
		w.Header().Set(Header, id)
		ctx := context.WithValue(r.Context(), ctxKey{}, id)
		r = r.WithContext(ctx)
		rec := &recorder{ResponseWriter: w}
		start := time.Now()
		defer func() {
			if p := recover(); p != nil {
				// net/http recovers it and drops the connection; the record
				// still says which request it was. The value is not logged:
				// it may hold what the patient wrote.
				log.LogAttrs(ctx, slog.LevelError, "http request panicked",
					slog.String("method", r.Method), slog.String("route", r.Pattern),
					slog.String("panic_type", fmt.Sprintf("%T", p)), slog.Duration("took", time.Since(start)))
				panic(p)
			}
		}()
		next.ServeHTTP(rec, r)
		status := rec.status
		if status == 0 {
			status = http.StatusOK
		}
		level := slog.LevelDebug
		switch {
		case status >= 500:
			level = slog.LevelWarn
		case status >= 400:
			level = slog.LevelInfo
		}
		if !log.Enabled(ctx, level) {
			return
		}
		// The mux has set the pattern on r by now ("" when none matched).
		log.LogAttrs(ctx, level, "http request",
			slog.String("method", r.Method), slog.String("route", r.Pattern),
			slog.Int("status", status), slog.Int64("bytes", rec.bytes),
			slog.Duration("took", time.Since(start)))
	})
}

func newID() string {
	var b [12]byte
	_, _ = rand.Read(b[:]) // never fails (crypto/rand)
	return hex.EncodeToString(b[:])
}

// recorder notes the status and size written. Unwrap lets
// http.ResponseController reach the connection (flushes for the event
// streams, write deadlines).
type recorder struct {
	http.ResponseWriter
	status int
	bytes  int64
}

func (r *recorder) WriteHeader(code int) {
	if r.status == 0 {
		r.status = code
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *recorder) Write(p []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	n, err := r.ResponseWriter.Write(p)
	r.bytes += int64(n)
	return n, err
}

func (r *recorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }

// Handler adds request_id to every record logged with a request's
// context. Wrap the process's handler in it once.
type Handler struct{ slog.Handler }

// Handle implements slog.Handler.
func (h Handler) Handle(ctx context.Context, r slog.Record) error {
	if id := ID(ctx); id != "" {
		r.AddAttrs(slog.String("request_id", id))
	}
	return h.Handler.Handle(ctx, r)
}

// WithAttrs implements slog.Handler.
func (h Handler) WithAttrs(attrs []slog.Attr) slog.Handler {
	return Handler{h.Handler.WithAttrs(attrs)}
}

// WithGroup implements slog.Handler.
func (h Handler) WithGroup(name string) slog.Handler {
	return Handler{h.Handler.WithGroup(name)}
}
