package bot

import (
	"bytes"
	"context"

	tgbot "github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"

	"github.com/frontdoor-health/frontdoor/dialogs"
)

// sendDocument uploads d (an appointment's .ics, say) to chatID, captioned
// with caption and carrying markup (both optional), under the same limits
// and retries as a message, and returns the message id.
func (t *Telegram) sendDocument(ctx context.Context, chatID int64, d dialogs.Document, caption string, markup models.ReplyMarkup, p Priority) (int, error) {
	var msg *models.Message
	err := t.call(ctx, "sendDocument", chatID, p, func(ctx context.Context) (err error) {
		// A fresh reader for every attempt: a retry must upload it all.
		params := &tgbot.SendDocumentParams{
			ChatID:   chatID,
			Document: &models.InputFileUpload{Filename: d.Name, Data: bytes.NewReader(d.Data)},
			Caption:  caption,
		}
		if markup != nil {
			params.ReplyMarkup = markup
		}
		msg, err = t.api.SendDocument(ctx, params)
		return err
	})
	if err != nil {
		return 0, err
	}
	return msg.ID, nil
}
