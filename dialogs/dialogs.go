package dialogs

import (
	"context"
	"errors"
	"time"
)

// Channel names. A conversation key is unique within its channel.
const (
	ChannelTelegram = "telegram"
	ChannelWeb      = "web"
)

// Languages Frontdoor speaks.
const (
	LangArabic  = "ar"
	LangEnglish = "en"
)

// ConversationKey identifies one conversation: a Telegram chat or a web chat
// session.
type ConversationKey struct {
	Channel string // ChannelTelegram or ChannelWeb
	ID      string // Telegram chat id in decimal, or the web session id
}

// String returns "channel:id"; it is stable and safe to use as a storage key.
func (k ConversationKey) String() string { return k.Channel + ":" + k.ID }

// Input is one thing a patient did, whatever the channel: typed text, a
// tapped button, a shared contact or location.
type Input struct {
	// ID is unique within the conversation and is the same when the channel
	// delivers the input twice (Telegram's update_id, the web client's
	// message id). Handling the same ID twice has one effect.
	ID           string
	Conversation ConversationKey
	// UserID is the channel's id for the person (Telegram user id). For web
	// chat it equals Conversation.ID.
	UserID string
	// Text is what the patient typed, commands included ("/start").
	Text string
	// Data is the payload of a tapped button; empty for typed text.
	Data string
	// LanguageHint is the client's language (Telegram's language_code), used
	// only until the patient chooses; its region ("ar-EG") also hints at
	// the patient's time zone (zone.go).
	LanguageHint string
	// ZoneHint is the device's time zone when the channel knows it (the
	// web chat's browser: "Europe/London"); "" otherwise.
	ZoneHint string
	Location *Location
	// Contact is a phone number the patient shared; nil for anything else.
	Contact *Contact
	At      time.Time
}

// Location is a point the patient shared (their hotel, say).
type Location struct {
	Latitude, Longitude float64
}

// Reply is one message to the patient. Text is already localized.
type Reply struct {
	Lang    string     `json:"lang"`
	Text    string     `json:"text"`
	Buttons [][]Button `json:"buttons,omitempty"` // rows of buttons under the message
	// Document, when set, is a file sent with the message (an appointment's
	// .ics): Telegram sends it as a document captioned with Text; the web
	// chat offers it as a download under Text.
	Document *Document `json:"document,omitempty"`
	// AskPhone, when set, offers a way to share a phone number (see
	// PhoneAsk); EndPhoneAsk takes an offer made earlier away.
	AskPhone    *PhoneAsk `json:"ask_phone,omitempty"`
	EndPhoneAsk bool      `json:"end_phone_ask,omitempty"`
	// AskLocation, when set, offers a way to share the patient's location
	// (see LocationAsk); EndLocationAsk takes an offer made earlier away.
	AskLocation    *LocationAsk `json:"ask_location,omitempty"`
	EndLocationAsk bool         `json:"end_location_ask,omitempty"`
}

// Document is a small file attached to a Reply.
type Document struct {
	Name string `json:"name"` // file name shown to the patient: "appointment.ics"
	MIME string `json:"mime"` // "text/calendar; charset=utf-8; method=PUBLISH"
	Data []byte `json:"data"`
}

// Button is a tappable choice. Exactly one of Data and URL is set. Data is at
// most 64 bytes (Telegram's callback_data limit): an id, never a label.
type Button struct {
	Label string `json:"label"`
	Data  string `json:"data,omitempty"`
	URL   string `json:"url,omitempty"`
}

// Handler turns one input into the replies to send, in order. Channels call
// it with the inputs of one conversation one at a time, in order.
type Handler interface {
	Handle(ctx context.Context, in Input) ([]Reply, error)
}

// ErrNotFound is returned by ports when the thing asked for does not exist.
var ErrNotFound = errors.New("not found")

// ErrStaleSession is returned by SessionStore.Save when the session changed
// since it was loaded.
var ErrStaleSession = errors.New("session changed since it was loaded")
