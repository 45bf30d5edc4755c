package bot

import (
	"encoding/json"
	"errors"
	"strconv"
	"strings"
	"time"

	"github.com/go-telegram/bot/models"

	"github.com/frontdoor-health/frontdoor/dialogs"
)

// Kinds of update, for logs and metrics (never their content).
const (
	kindText     = "text"
	kindCommand  = "command"
	kindCallback = "callback"
	kindLocation = "location"
	kindContact  = "contact" // a shared phone number (never logged)
	kindMedia    = "media"   // sticker, photo, voice…: handled as empty input
	kindGroup    = "group"
	kindIgnored  = "ignored"
	// The patient blocked or unblocked the bot (my_chat_member).
	kindBlocked   = "blocked"
	kindUnblocked = "unblocked"
)

// event is an update sorted out: what kind it is, where to answer, and the
// Input for dialogs when there is one.
type event struct {
	kind   string
	chatID int64 // 0 when there is nowhere to answer
	lang   string
	in     dialogs.Input
	// cq is set for callback queries; forged is true when the button was
	// pressed by someone other than the private chat's owner.
	cq     *models.CallbackQuery
	forged bool
}

// routeKey returns the update's id and the key that orders it: the chat for
// anything in a chat, else the user. It fails only when raw is not an
// update at all (no update_id).
func routeKey(raw []byte) (id int64, key string, err error) {
	var u models.Update
	if err := json.Unmarshal(raw, &u); err != nil {
		// A field we do not know could not be decoded; the id may still be
		// readable, so the update is queued and dropped by the worker.
		var head struct {
			ID *int64 `json:"update_id"`
		}
		if json.Unmarshal(raw, &head) != nil || head.ID == nil {
			return 0, "", errors.New("bot: not a Telegram update")
		}
		return *head.ID, "update:" + strconv.FormatInt(*head.ID, 10), nil
	}
	return u.ID, chatKey(&u), nil
}

func chatKey(u *models.Update) string {
	if m := message(u); m != nil {
		return conversation(m.Chat.ID).String()
	}
	if cq := u.CallbackQuery; cq != nil {
		if c, ok := callbackChat(cq); ok {
			return conversation(c.ID).String()
		}
		return "user:" + strconv.FormatInt(cq.From.ID, 10)
	}
	if m := u.MyChatMember; m != nil {
		return conversation(m.Chat.ID).String()
	}
	return "update:" + strconv.FormatInt(u.ID, 10)
}

func message(u *models.Update) *models.Message {
	if u.Message != nil {
		return u.Message
	}
	return u.EditedMessage
}

func callbackChat(cq *models.CallbackQuery) (models.Chat, bool) {
	switch {
	case cq.Message.Message != nil:
		return cq.Message.Message.Chat, true
	case cq.Message.InaccessibleMessage != nil:
		return cq.Message.InaccessibleMessage.Chat, true
	}
	return models.Chat{}, false
}

func conversation(chatID int64) dialogs.ConversationKey {
	return dialogs.ConversationKey{Channel: dialogs.ChannelTelegram, ID: strconv.FormatInt(chatID, 10)}
}

// toEvent sorts an update out. at is when it was taken in, used where
// Telegram gives no time. It never panics, whatever the update holds.
func toEvent(u *models.Update, at time.Time) event {
	if u.Message != nil {
		return messageEvent(u, u.Message)
	}
	if cq := u.CallbackQuery; cq != nil {
		return callbackEvent(u, cq, at)
	}
	if m := u.MyChatMember; m != nil && m.Chat.Type == models.ChatTypePrivate {
		switch m.NewChatMember.Type {
		case models.ChatMemberTypeBanned:
			return event{kind: kindBlocked, chatID: m.Chat.ID}
		case models.ChatMemberTypeMember:
			return event{kind: kindUnblocked, chatID: m.Chat.ID}
		}
	}
	// Edited messages, reactions, membership changes…: nothing to answer.
	return event{kind: kindIgnored}
}

func messageEvent(u *models.Update, m *models.Message) event {
	ev := event{chatID: m.Chat.ID}
	if m.From != nil {
		ev.lang = m.From.LanguageCode
	}
	if m.Chat.Type != models.ChatTypePrivate || m.From == nil || m.From.IsBot {
		if m.Chat.Type == models.ChatTypeGroup || m.Chat.Type == models.ChatTypeSupergroup {
			ev.kind = kindGroup
		} else {
			ev.kind, ev.chatID = kindIgnored, 0
		}
		return ev
	}
	text := m.Text
	if text == "" {
		text = m.Caption
	}
	ev.in = dialogs.Input{
		ID:           strconv.FormatInt(u.ID, 10),
		Conversation: conversation(m.Chat.ID),
		UserID:       strconv.FormatInt(m.From.ID, 10),
		Text:         stripBotName(text),
		LanguageHint: m.From.LanguageCode,
		At:           time.Unix(int64(m.Date), 0),
	}
	switch {
	case m.Contact != nil:
		ev.kind = kindContact
		ev.in.Contact = &dialogs.Contact{Phone: m.Contact.PhoneNumber}
	case m.Location != nil:
		ev.kind = kindLocation
		ev.in.Location = &dialogs.Location{Latitude: m.Location.Latitude, Longitude: m.Location.Longitude}
	case strings.HasPrefix(ev.in.Text, "/"):
		ev.kind = kindCommand
	case ev.in.Text == "":
		ev.kind = kindMedia
	default:
		ev.kind = kindText
	}
	return ev
}

func callbackEvent(u *models.Update, cq *models.CallbackQuery, at time.Time) event {
	ev := event{kind: kindCallback, cq: cq, lang: cq.From.LanguageCode}
	chat, ok := callbackChat(cq)
	if !ok || chat.Type != models.ChatTypePrivate {
		// An inline-mode or group button: answer the query, nothing else.
		ev.forged = true
		return ev
	}
	ev.chatID = chat.ID
	// In a private chat the chat id is the user's id; anything else was
	// not pressed by this conversation's patient.
	ev.forged = chat.ID != cq.From.ID || cq.From.IsBot
	ev.in = dialogs.Input{
		ID:           strconv.FormatInt(u.ID, 10),
		Conversation: conversation(chat.ID),
		UserID:       strconv.FormatInt(cq.From.ID, 10),
		Data:         cq.Data,
		LanguageHint: cq.From.LanguageCode,
		At:           at,
	}
	return ev
}

// stripBotName turns "/start@FrontdoorBot payload" into "/start payload",
// as Telegram clients add the bot's name to commands picked from the menu.
func stripBotName(text string) string {
	if !strings.HasPrefix(text, "/") {
		return text
	}
	cmd, rest, hasRest := strings.Cut(text, " ")
	name, _, ok := strings.Cut(cmd, "@")
	if !ok {
		return text
	}
	if hasRest {
		return name + " " + rest
	}
	return name
}

// pressedLabel returns the label of the button whose callback data is data
// in the message the patient pressed it in.
func pressedLabel(cq *models.CallbackQuery) (string, bool) {
	m := cq.Message.Message
	if m == nil || m.ReplyMarkup == nil {
		return "", false
	}
	for _, row := range m.ReplyMarkup.InlineKeyboard {
		for _, b := range row {
			if b.CallbackData != "" && b.CallbackData == cq.Data {
				return b.Text, true
			}
		}
	}
	return "", false
}
