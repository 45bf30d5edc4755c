package bot

import (
	"encoding/json"

	"github.com/go-telegram/bot/models"
)

// decodeUpdate decodes a queued update as json.Unmarshal into a
// models.Update does, but reads a pressed button's message once. The
// library's MaybeInaccessibleMessage decodes that message twice (once for
// its date, to tell an inaccessible message, then whole), and a press
// carries its whole message, keyboard included: 4% of serve's CPU at
// saturation. An inaccessible message has only a chat, an id and a date
// of 0, all fields of Message too, so reading it as a Message and then
// telling it by the date gives what the library gives; a message that does
// not read as a Message is left to the library
// (TestDecodeUpdateAsTheLibrary, FuzzDecodeUpdate).
func decodeUpdate(raw []byte) (models.Update, error) {
	var w struct {
		models.Update
		// Shadows the embedded field of the same name (shallower wins).
		CallbackQuery *struct {
			models.CallbackQuery
			Message pressedMessage `json:"message,omitempty"`
		} `json:"callback_query,omitempty"`
	}
	if err := json.Unmarshal(raw, &w); err != nil {
		return models.Update{}, err
	}
	u := w.Update
	if c := w.CallbackQuery; c != nil {
		cq := c.CallbackQuery
		cq.Message = models.MaybeInaccessibleMessage(c.Message)
		u.CallbackQuery = &cq
	}
	return u, nil
}

// pressedMessage is a MaybeInaccessibleMessage read in one pass.
type pressedMessage models.MaybeInaccessibleMessage

func (p *pressedMessage) UnmarshalJSON(data []byte) error {
	var m models.Message
	if err := json.Unmarshal(data, &m); err != nil {
		// An inaccessible message with a field a Message cannot hold
		// is still one to the library: let it decide.
		return (*models.MaybeInaccessibleMessage)(p).UnmarshalJSON(data)
	}
	if m.Date == 0 {
		*p = pressedMessage{
			Type:                models.MaybeInaccessibleMessageTypeInaccessibleMessage,
			InaccessibleMessage: &models.InaccessibleMessage{Chat: m.Chat, MessageID: m.ID},
		}
		return nil
	}
	*p = pressedMessage{Type: models.MaybeInaccessibleMessageTypeMessage, Message: &m}
	return nil
}
