package telegramtest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"
)

// Webhook posts updates to a bot's webhook the way Telegram does: JSON
// body, the secret token header, and (with Deliver) again after anything
// but 200. Safe for concurrent use.
type Webhook struct {
	URL    string // the bot's webhook URL
	Secret string // sent in X-Telegram-Bot-Api-Secret-Token; "" sends none
	Client *http.Client
	// Retry is the pause between deliveries of a refused update (default
	// 100 ms; Telegram waits longer).
	Retry time.Duration
}

// NewWebhook returns a Webhook on a client sized for many concurrent
// posts to one host.
func NewWebhook(url, secret string) *Webhook {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.MaxIdleConns, tr.MaxIdleConnsPerHost = 1024, 1024
	return &Webhook{URL: url, Secret: secret, Client: &http.Client{Transport: tr, Timeout: 30 * time.Second}}
}

// Post posts update once and returns the HTTP status.
func (w *Webhook) Post(ctx context.Context, update map[string]any) (int, error) {
	raw, err := json.Marshal(update)
	if err != nil {
		return 0, fmt.Errorf("telegramtest: marshal update: %w", err)
	}
	return w.PostRaw(ctx, raw, w.Secret)
}

// PostRaw posts body with secret as the header (none when secret is "").
func (w *Webhook) PostRaw(ctx context.Context, body []byte, secret string) (int, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, w.URL, bytes.NewReader(body))
	if err != nil {
		return 0, fmt.Errorf("telegramtest: webhook request: %w", err)
	}
	req.Header.Set("Content-Type", "application/json")
	if secret != "" {
		req.Header.Set("X-Telegram-Bot-Api-Secret-Token", secret)
	}
	resp, err := w.Client.Do(req)
	if err != nil {
		return 0, fmt.Errorf("telegramtest: post update: %w", err)
	}
	_, _ = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return resp.StatusCode, nil
}

// Deliver posts update until the bot answers 200, as Telegram retries an
// update it could not deliver, or ctx ends. It returns how many posts
// were refused or failed before the 200.
func (w *Webhook) Deliver(ctx context.Context, update map[string]any) (refused int, err error) {
	pause := w.Retry
	if pause <= 0 {
		pause = 100 * time.Millisecond
	}
	for {
		status, err := w.Post(ctx, update)
		if err == nil && status == http.StatusOK {
			return refused, nil
		}
		if ctx.Err() != nil {
			return refused, fmt.Errorf("telegramtest: update not delivered after %d tries (last status %d, %v): %w", refused+1, status, err, ctx.Err())
		}
		refused++
		select {
		case <-time.After(pause):
		case <-ctx.Done():
		}
	}
}

// NextUpdateID returns a fresh update_id, for updates that are posted to
// a webhook rather than pushed.
func (s *Server) NextUpdateID() int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.nextUpd++
	return s.nextUpd
}

// WithID sets the update's update_id to a fresh one and returns it.
func (s *Server) WithID(update map[string]any) map[string]any {
	update["update_id"] = s.NextUpdateID()
	return update
}
