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

// route is what the intake needs of an update, decoded without the rest:
// the whole update is decoded once, by the worker.
type route struct {
	ID      *int64 `json:"update_id"`
	Message *struct {
		Chat struct{ ID int64 } `json:"chat"`
	} `json:"message"`
	Edited *struct {
		Chat struct{ ID int64 } `json:"chat"`
	} `json:"edited_message"`
	Callback *struct {
		ID   string `json:"id"`
		From struct {
			ID int64 `json:"id"`
		} `json:"from"`
		Message *struct {
			Chat struct{ ID int64 } `json:"chat"`
		} `json:"message"`
	} `json:"callback_query"`
	Member *struct {
		Chat struct{ ID int64 } `json:"chat"`
	} `json:"my_chat_member"`
}

// routeKey returns the update's id, the key that orders it (the chat for
// anything in a chat, else the user) and, for a button press, the callback
// query's id. It fails only when raw is not an update at all (no
// update_id).
func routeKey(raw []byte) (id int64, key, callbackID string, err error) {
	var r route
	if err := json.Unmarshal(raw, &r); err != nil || r.ID == nil {
		// A field could not be decoded; the id may still be readable,
		// so the update is queued and dropped by the worker.
		var head struct {
			ID *int64 `json:"update_id"`
		}
		if json.Unmarshal(raw, &head) != nil || head.ID == nil {
			return 0, "", "", errors.New("bot: not a Telegram update")
		}
		return *head.ID, "update:" + strconv.FormatInt(*head.ID, 10), "", nil
	}
	id = *r.ID
	switch {
	case r.Message != nil:
		return id, conversation(r.Message.Chat.ID).String(), "", nil
	case r.Edited != nil:
		return id, conversation(r.Edited.Chat.ID).String(), "", nil
	case r.Callback != nil:
		key := "user:" + strconv.FormatInt(r.Callback.From.ID, 10)
		if m := r.Callback.Message; m != nil && m.Chat.ID != 0 {
			key = conversation(m.Chat.ID).String()
		}
		return id, key, r.Callback.ID, nil
	case r.Member != nil:
		return id, conversation(r.Member.Chat.ID).String(), "", nil
	}
	return id, "update:" + strconv.FormatInt(id, 10), "", nil
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

// toEvent is toEvent as this bot sees it: the conversation named for the
// bot (see Conversation), its language as the hint (a bot for one
// language), and a plain /start as its facility's link (a facility's bot).
func (t *Telegram) toEvent(u *models.Update, at time.Time) event {
	ev := toEvent(u, at)
	if t.cfg.Name != "" && ev.in.Conversation.ID != "" {
		ev.in.Conversation.ID = t.cfg.Name + ":" + ev.in.Conversation.ID
	}
	if t.cfg.Lang != "" {
		ev.lang, ev.in.LanguageHint = t.cfg.Lang, t.cfg.Lang
	}
	if t.cfg.Facility != "" && ev.kind == kindCommand && strings.EqualFold(strings.TrimSpace(ev.in.Text), "/start") {
		ev.in.Text = "/start fac_" + t.cfg.Facility
	}
	return ev
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
