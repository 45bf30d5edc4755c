package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"time"

	tgbot "github.com/go-telegram/bot"
)

// newTransport is sized for hundreds of sends a second to one host; Go's
// default keeps only 2 idle connections per host, so a burst would open and
// close connections all the time.
func newTransport() *http.Transport {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.MaxIdleConns = 256
	tr.MaxIdleConnsPerHost = 128
	tr.IdleConnTimeout = 90 * time.Second
	tr.ResponseHeaderTimeout = 0 // long polls; each call has its own deadline
	return tr
}

// callInfo carries what the library does not tell us back through a call's
// context: the HTTP status of Telegram's answer.
type callInfo struct{ status int }

type callInfoKey struct{}

// statusClient is the library's HttpClient; it records each answer's status
// in the request's callInfo, and sends each request's body in one piece.
type statusClient struct{ c *http.Client }

func (s statusClient) Do(r *http.Request) (*http.Response, error) {
	if err := wholeBody(r); err != nil {
		return nil, err
	}
	resp, err := s.c.Do(r)
	if info, ok := r.Context().Value(callInfoKey{}).(*callInfo); ok && resp != nil {
		info.status = resp.StatusCode
	}
	return resp, err
}

// wholeBody reads a body of unknown length into memory, so the request
// goes with a Content-Length. The library writes its form into a pipe,
// which net/http sends chunked, flushing each chunk with a write system
// call of its own: about ten for one message, 6% of serve's CPU under
// load. A Bot API request is at most a message and its keyboard, or a
// calendar file.
func wholeBody(r *http.Request) error {
	if r.Body == nil || r.Body == http.NoBody || r.ContentLength > 0 {
		return nil
	}
	body, err := io.ReadAll(r.Body)
	r.Body.Close()
	if err != nil {
		return fmt.Errorf("bot: read the request's form: %w", err)
	}
	r.ContentLength = int64(len(body))
	r.Body = io.NopCloser(bytes.NewReader(body))
	r.GetBody = func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(body)), nil }
	return nil
}

// Results of a Bot API call, as counted in Metrics.Sends.
const (
	resultOK        = "ok"
	result429       = "429"
	result403       = "403"
	result400       = "400"
	result5xx       = "5xx"
	resultError     = "error" // network, timeout, or another 4xx
	resultCancelled = "cancelled"
)

// classify sorts a call's outcome; retryAfter is set for 429.
func classify(err error, info *callInfo) (result string, retryAfter time.Duration) {
	var tooMany *tgbot.TooManyRequestsError
	switch {
	case err == nil:
		return resultOK, 0
	case errors.As(err, &tooMany):
		return result429, time.Duration(max(tooMany.RetryAfter, 1)) * time.Second
	case errors.Is(err, tgbot.ErrorForbidden):
		return result403, 0
	case errors.Is(err, tgbot.ErrorBadRequest), tgbot.IsMigrateError(err):
		return result400, 0
	case errors.Is(err, context.Canceled):
		return resultCancelled, 0
	case info.status >= 500:
		return result5xx, 0
	}
	return resultError, 0
}

// retryable reports whether trying the same call again may succeed.
func retryable(result string) bool {
	return result == result5xx || result == resultError
}

// apiResponse is the Bot API's envelope, for the calls we make ourselves.
type apiResponse struct {
	OK          bool            `json:"ok"`
	Result      json.RawMessage `json:"result"`
	ErrorCode   int             `json:"error_code"`
	Description string          `json:"description"`
	Parameters  struct {
		RetryAfter int `json:"retry_after"`
	} `json:"parameters"`
}

// APIError is a Bot API error answer to a call made without the library.
type APIError struct {
	Method      string
	Code        int
	Description string
	RetryAfter  time.Duration
}

func (e *APIError) Error() string {
	return fmt.Sprintf("bot: %s: telegram answered %d %s", e.Method, e.Code, e.Description)
}

// getUpdates calls the method directly: the library has it only inside
// Start, which advances the offset before the updates are handled.
func (t *Telegram) getUpdates(ctx context.Context, offset int64) ([]json.RawMessage, error) {
	body, _ := json.Marshal(map[string]any{
		"offset":          offset,
		"timeout":         int(t.cfg.PollTimeout / time.Second),
		"allowed_updates": allowedUpdates,
	})
	ctx, cancel := context.WithTimeout(ctx, t.cfg.PollTimeout+15*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, t.cfg.APIURL+"/bot"+t.cfg.Token+"/getUpdates", bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("bot: getUpdates: %w", redact(err))
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := t.http.Do(req)
	if err != nil {
		return nil, fmt.Errorf("bot: getUpdates: %w", redact(err))
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, 64<<20))
	if err != nil {
		return nil, fmt.Errorf("bot: getUpdates: read answer: %w", err)
	}
	var r apiResponse
	if err := json.Unmarshal(raw, &r); err != nil {
		return nil, &APIError{Method: "getUpdates", Code: resp.StatusCode, Description: "answer is not JSON"}
	}
	if !r.OK {
		return nil, &APIError{Method: "getUpdates", Code: r.ErrorCode, Description: r.Description,
			RetryAfter: time.Duration(r.Parameters.RetryAfter) * time.Second}
	}
	var updates []json.RawMessage
	if err := json.Unmarshal(r.Result, &updates); err != nil {
		return nil, fmt.Errorf("bot: getUpdates: decode result: %w", err)
	}
	return updates, nil
}

// redact drops the request URL, which holds the bot token, from err.
func redact(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return fmt.Errorf("%s: %w", ue.Op, ue.Err)
	}
	return err
}
