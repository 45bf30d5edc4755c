package telegramtest

import (
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"
)

// Message is a message the bot sent, as it stands now (edits applied).
type Message struct {
	ID     int
	ChatID int64
	Text   string
	// ReplyMarkup is the markup as the bot sent it (JSON), "" for none.
	ReplyMarkup string
	Edited      bool
	// Document is the name and content of a file sent with sendDocument.
	Document, DocumentData string
	// At is when the fake took the message.
	At time.Time
}

// Button is an inline keyboard button as sent.
type Button struct {
	Text         string `json:"text"`
	CallbackData string `json:"callback_data,omitempty"`
	URL          string `json:"url,omitempty"`
}

// Buttons decodes the message's inline keyboard (nil when it has none).
func (m Message) Buttons() [][]Button {
	var kb struct {
		InlineKeyboard [][]Button `json:"inline_keyboard"`
	}
	if m.ReplyMarkup == "" || json.Unmarshal([]byte(m.ReplyMarkup), &kb) != nil {
		return nil
	}
	return kb.InlineKeyboard
}

// CallbackData lists the callback data of the message's inline buttons,
// row by row.
func (m Message) CallbackData() []string {
	var data []string
	for _, row := range m.Buttons() {
		for _, b := range row {
			data = append(data, b.CallbackData)
		}
	}
	return data
}

// readParams reads a Bot API request the three ways Telegram accepts it.
func readParams(r *http.Request) (map[string]string, error) {
	out := map[string]string{}
	ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	switch ct {
	case "application/json":
		var m map[string]json.RawMessage
		if err := json.NewDecoder(r.Body).Decode(&m); err != nil {
			return nil, errors.New("can't parse JSON body")
		}
		for k, v := range m {
			var s string
			if json.Unmarshal(v, &s) == nil {
				out[k] = s
			} else {
				out[k] = string(v)
			}
		}
	case "multipart/form-data":
		if err := r.ParseMultipartForm(8 << 20); err != nil {
			return nil, errors.New("can't parse multipart body")
		}
		for k, v := range r.MultipartForm.Value {
			out[k] = v[0]
		}
		for k, files := range r.MultipartForm.File {
			f, err := files[0].Open()
			if err != nil {
				return nil, errors.New("can't read uploaded file")
			}
			data, err := io.ReadAll(f)
			f.Close()
			if err != nil {
				return nil, errors.New("can't read uploaded file")
			}
			out[k], out[k+".filename"] = string(data), files[0].Filename
		}
	default:
		if err := r.ParseForm(); err != nil {
			return nil, errors.New("can't parse form body")
		}
		for k, v := range r.Form {
			out[k] = v[0]
		}
	}
	return out, nil
}

// checkText applies Telegram's limits on a message text.
func checkText(text string) string {
	switch n := len(utf16.Encode([]rune(text))); {
	case n == 0:
		return "Bad Request: message text is empty"
	case n > 4096:
		return "Bad Request: message is too long"
	}
	return ""
}

// checkMarkup applies Telegram's rules for an inline keyboard.
func checkMarkup(markup string) string {
	if markup == "" {
		return ""
	}
	var kb struct {
		InlineKeyboard [][]map[string]json.RawMessage `json:"inline_keyboard"`
	}
	if err := json.Unmarshal([]byte(markup), &kb); err != nil {
		return "Bad Request: can't parse reply keyboard markup JSON object"
	}
	for _, row := range kb.InlineKeyboard {
		for _, b := range row {
			var text, data, url string
			_ = json.Unmarshal(b["text"], &text)
			_ = json.Unmarshal(b["callback_data"], &data)
			_ = json.Unmarshal(b["url"], &url)
			if _, ok := b["copy_text"]; ok {
				var ct struct{ Text string }
				if json.Unmarshal(b["copy_text"], &ct) != nil || ct.Text == "" {
					return "Bad Request: BUTTON_COPY_TEXT_INVALID"
				}
			}
			switch {
			case text == "":
				return "Bad Request: can't parse inline keyboard button: Text must be non-empty"
			case len(data) > 64:
				return "Bad Request: BUTTON_DATA_INVALID"
			case url != "" && !strings.HasPrefix(url, "https://") && !strings.HasPrefix(url, "http://") && !strings.HasPrefix(url, "tg://"):
				return "Bad Request: BUTTON_URL_INVALID"
			case data == "" && url == "" && b["copy_text"] == nil:
				return "Bad Request: can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard"
			}
		}
	}
	return ""
}

// sendDocument takes an uploaded file (multipart), as Telegram does.
func (s *Server) sendDocument(p map[string]string, call *pendingCall) (int, any) {
	chatID, err := strconv.ParseInt(p["chat_id"], 10, 64)
	if err != nil || chatID == 0 {
		return fail(http.StatusBadRequest, "Bad Request: chat not found", 0)
	}
	name, ok := p["document.filename"]
	if !ok || p["document"] == "" {
		return fail(http.StatusBadRequest, "Bad Request: there is no document in the request", 0)
	}
	return okResult(messageJSON(s.keep(Message{ChatID: chatID, Text: p["caption"], ReplyMarkup: p["reply_markup"],
		Document: name, DocumentData: p["document"]}, call)))
}

func (s *Server) sendMessage(p map[string]string, call *pendingCall) (int, any) {
	chatID, err := strconv.ParseInt(p["chat_id"], 10, 64)
	if err != nil || chatID == 0 {
		return fail(http.StatusBadRequest, "Bad Request: chat not found", 0)
	}
	if msg := checkText(p["text"]); msg != "" {
		return fail(http.StatusBadRequest, msg, 0)
	}
	if msg := checkMarkup(p["reply_markup"]); msg != "" {
		return fail(http.StatusBadRequest, msg, 0)
	}
	return okResult(messageJSON(s.keep(Message{ChatID: chatID, Text: p["text"], ReplyMarkup: p["reply_markup"]}, call)))
}

// keep records m as the next message of its chat, and the call that sent
// it, at once: a test that sees the message sees the call too. It wakes
// whoever waits for that chat and returns m with its id and time.
func (s *Server) keep(m Message, call *pendingCall) Message {
	s.mu.Lock()
	if !s.noCalls {
		c := call.Call
		c.Status = http.StatusOK
		s.calls = append(s.calls, c)
		call.recorded = true
		s.notify()
	}
	m.ID, m.At = s.nextMsg, time.Now()
	s.nextMsg++
	s.messages[m.ChatID] = append(s.messages[m.ChatID], &m)
	if c, ok := s.chatWake[m.ChatID]; ok {
		close(c)
		delete(s.chatWake, m.ChatID)
	}
	observe, sent := s.onMessage, m
	s.mu.Unlock()
	if observe != nil {
		observe(sent, time.Now())
	}
	return sent
}

func (s *Server) edit(method string, p map[string]string) (int, any) {
	chatID, _ := strconv.ParseInt(p["chat_id"], 10, 64)
	id, _ := strconv.Atoi(p["message_id"])
	if method == "editMessageText" {
		if msg := checkText(p["text"]); msg != "" {
			return fail(http.StatusBadRequest, msg, 0)
		}
	}
	if msg := checkMarkup(p["reply_markup"]); msg != "" {
		return fail(http.StatusBadRequest, msg, 0)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	m := s.find(chatID, id)
	if m == nil {
		return fail(http.StatusBadRequest, "Bad Request: message to edit not found", 0)
	}
	text := m.Text
	if method == "editMessageText" {
		text = p["text"]
	}
	if text == m.Text && p["reply_markup"] == m.ReplyMarkup {
		return fail(http.StatusBadRequest, "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message", 0)
	}
	m.Text, m.ReplyMarkup, m.Edited = text, p["reply_markup"], true
	return okResult(messageJSON(*m))
}

func (s *Server) find(chatID int64, id int) *Message {
	for _, m := range s.messages[chatID] {
		if m.ID == id {
			return m
		}
	}
	return nil
}

// messageJSON is a sent message as Telegram returns it.
func messageJSON(m Message) map[string]any {
	chatType := "private"
	if m.ChatID < 0 {
		chatType = "group"
	}
	out := map[string]any{
		"message_id": m.ID,
		"date":       time.Now().Unix(),
		"chat":       map[string]any{"id": m.ChatID, "type": chatType},
		"from":       map[string]any{"id": BotID, "is_bot": true, "first_name": "Frontdoor", "username": "FrontdoorTestBot"},
		"text":       m.Text,
	}
	if m.ReplyMarkup != "" {
		out["reply_markup"] = json.RawMessage(m.ReplyMarkup)
	}
	return out
}
