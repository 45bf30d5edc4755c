package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"

	tgbot "github.com/go-telegram/bot"
)

// The three calls of every tap (answerCallbackQuery, sendMessage, and the
// "✓" mark's editMessageText) go as a JSON body and have their answer
// decoded once, into only what is read of it. Through the library each
// request was a multipart form written by a goroutine into a pipe, and
// each answer was decoded twice, the second time into the whole Message
// with every optional field: 17% of serve's CPU under load, against the
// bare go-telegram/bot baseline's few microseconds of work per call.
// Every other method still goes through the library.

// sendMessageParams is sendMessage as the bot sends it.
type sendMessageParams struct {
	ChatID      int64  `json:"chat_id"`
	Text        string `json:"text"`
	ReplyMarkup any    `json:"reply_markup,omitempty"`
}

// editMessageTextParams is editMessageText as a "✓" mark sends it.
type editMessageTextParams struct {
	ChatID    int64  `json:"chat_id"`
	MessageID int    `json:"message_id"`
	Text      string `json:"text"`
}

type answerCallbackQueryParams struct {
	CallbackQueryID string `json:"callback_query_id"`
}

// sentMessage is what is read of a sent Message.
type sentMessage struct {
	ID int `json:"message_id"`
}

// ignored is a result nobody reads: true, or the edited Message.
type ignored struct{}

func (*ignored) UnmarshalJSON([]byte) error { return nil }

// answer is the Bot API's envelope with its result decoded as R.
type answer[R any] struct {
	OK          bool   `json:"ok"`
	Result      R      `json:"result"`
	ErrorCode   int    `json:"error_code"`
	Description string `json:"description"`
	Parameters  struct {
		RetryAfter      int `json:"retry_after"`
		MigrateToChatID int `json:"migrate_to_chat_id"`
	} `json:"parameters"`
}

// callAPI calls method with params as JSON and decodes its result. It fails
// as the library's calls do (tgbot.ErrorForbidden, ErrorBadRequest,
// *TooManyRequestsError, …), so that call and classify treat both alike,
// and records the HTTP status in the context's callInfo.
func callAPI[R any](ctx context.Context, t *Telegram, method string, params any) (R, error) {
	var zero R
	body, err := json.Marshal(params)
	if err != nil {
		return zero, fmt.Errorf("bot: %s: encode the request: %w", method, err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, t.cfg.APIURL+"/bot"+t.cfg.Token+"/"+method, bytes.NewReader(body))
	if err != nil {
		return zero, fmt.Errorf("bot: %s: %w", method, redact(err))
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := statusClient{t.http}.Do(req)
	if err != nil {
		return zero, fmt.Errorf("bot: %s: %w", method, redact(err))
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		return zero, fmt.Errorf("bot: %s: read the answer: %w", method, err)
	}
	var a answer[R]
	if err := json.Unmarshal(raw, &a); err != nil {
		return zero, fmt.Errorf("bot: %s: answer %d is not the Bot API's JSON: %w", method, resp.StatusCode, err)
	}
	if !a.OK {
		return zero, apiError(method, a.ErrorCode, a.Description, a.Parameters.RetryAfter, a.Parameters.MigrateToChatID)
	}
	return a.Result, nil
}

// apiError is the library's error for a Bot API error answer, as its
// rawRequest makes it.
func apiError(method string, code int, description string, retryAfter, migrateTo int) error {
	switch code {
	case http.StatusForbidden:
		return fmt.Errorf("%w, %s", tgbot.ErrorForbidden, description)
	case http.StatusBadRequest:
		if migrateTo != 0 {
			return &tgbot.MigrateError{Message: fmt.Sprintf("%s: %s", tgbot.ErrorBadRequest, description), MigrateToChatID: migrateTo}
		}
		return fmt.Errorf("%w, %s", tgbot.ErrorBadRequest, description)
	case http.StatusUnauthorized:
		return fmt.Errorf("%w, %s", tgbot.ErrorUnauthorized, description)
	case http.StatusNotFound:
		return fmt.Errorf("%w, %s", tgbot.ErrorNotFound, description)
	case http.StatusConflict:
		return fmt.Errorf("%w, %s", tgbot.ErrorConflict, description)
	case http.StatusTooManyRequests:
		return &tgbot.TooManyRequestsError{Message: fmt.Sprintf("%s, %s", tgbot.ErrorTooManyRequests, description), RetryAfter: retryAfter}
	}
	return fmt.Errorf("error response from telegram for method %s, %d %s", method, code, description)
}
