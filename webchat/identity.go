package webchat

import (
	"net/http"
	"time"

	"golang.org/x/text/language"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/locales"
)

// Cookies the channel sets, both scoped to /chat.
const (
	// conversationCookie names the conversation: rand.Text's 26 base32
	// characters, 130 random bits. HttpOnly, so page script never sees it.
	conversationCookie = "fd_chat"
	// langCookie remembers the language the conversation speaks, so a
	// reload renders the page in it at once.
	langCookie = "fd_lang"
	cookiePath = "/chat"
	// conversationAge keeps a returning patient's conversation (language,
	// consent) for a month; the transcript itself dies with the tab.
	conversationAge = 30 * 24 * time.Hour
	langAge         = 365 * 24 * time.Hour
)

// conversation returns the conversation id from the request's cookie, or
// ok=false when it has none or one that this server did not make.
func conversation(r *http.Request) (id string, ok bool) {
	c, err := r.Cookie(conversationCookie)
	if err != nil || !validConversationID(c.Value) {
		return "", false
	}
	return c.Value, true
}

func validConversationID(s string) bool {
	if len(s) != 26 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'A' && c <= 'Z') && !(c >= '2' && c <= '7') {
			return false
		}
	}
	return true
}

// setConversation sets the conversation cookie on w, valid for a month.
func (s *Server) setConversation(w http.ResponseWriter, id string) {
	http.SetCookie(w, &http.Cookie{
		Name: conversationCookie, Value: id, Path: cookiePath,
		MaxAge: int(conversationAge / time.Second), HttpOnly: true,
		Secure: s.Secure, SameSite: http.SameSiteLaxMode,
	})
}

func conversationKey(id string) dialogs.ConversationKey {
	return dialogs.ConversationKey{Channel: dialogs.ChannelWeb, ID: id}
}

// supported is the order of preference for Accept-Language matching: Arabic
// first, so a browser that names neither language gets Arabic.
var supported = language.NewMatcher([]language.Tag{language.Arabic, language.English})

// lang returns the language to render for r: the conversation's language
// from its cookie, else the best match of Accept-Language, else Arabic.
func (s *Server) lang(r *http.Request) string {
	if c, err := r.Cookie(langCookie); err == nil {
		if l := locales.Lang(c.Value); l != "" {
			return l
		}
	}
	return acceptLanguage(r.Header.Get("Accept-Language"))
}

func acceptLanguage(header string) string {
	tags, _, err := language.ParseAcceptLanguage(header)
	if err != nil || len(tags) == 0 {
		return dialogs.LangArabic
	}
	_, i, conf := supported.Match(tags...)
	if conf == language.No {
		return dialogs.LangArabic
	}
	return []string{dialogs.LangArabic, dialogs.LangEnglish}[i]
}

func (s *Server) setLang(w http.ResponseWriter, lang string) {
	http.SetCookie(w, &http.Cookie{
		Name: langCookie, Value: lang, Path: cookiePath,
		MaxAge: int(langAge / time.Second), HttpOnly: true,
		Secure: s.Secure, SameSite: http.SameSiteLaxMode,
	})
}

// dir is the writing direction of lang.
func dir(lang string) string {
	if lang == dialogs.LangArabic {
		return "rtl"
	}
	return "ltr"
}
