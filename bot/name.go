package bot

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/frontdoor-health/frontdoor/dialogs"
)

// Several bots, one deployment.
//
// Telegram caps one bot at about 30 messages a second, so a deployment
// may serve several bot tokens (one per facility, say, or per language),
// each a Telegram of its own: its own webhook path, Redis prefix (so its
// own flow-control schedules and intake), limits and command menu, all
// sharing one dialogs engine and one store. The first bot has no name;
// the others each have one (Config.Name), which is put before their chat
// ids in conversation keys: the same person writing to two bots has two
// conversations, and whatever reaches them later (a reminder, a
// clinician's message) goes back through the bot they wrote to.

var namePattern = regexp.MustCompile(`^[a-z0-9]{1,16}$`)

// CheckName returns an error unless name may name a bot: "" (the first
// bot) or 1–16 of a-z and 0-9, but not "default", the first bot's label in
// the metrics (metrics.BotLabel).
func CheckName(name string) error {
	if name != "" && !namePattern.MatchString(name) || name == "default" {
		return fmt.Errorf("bot: name %q: want 1-16 of a-z and 0-9, not \"default\"", name)
	}
	return nil
}

// WebhookPathFor is where the webhook of the bot named name is mounted:
// WebhookPath for the first bot, /telegram/<name>/webhook for the others.
func WebhookPathFor(name string) string {
	if name == "" {
		return WebhookPath
	}
	return "/telegram/" + name + "/webhook"
}

// WebhookPath returns where cmd mounts this bot's WebhookHandler.
func (t *Telegram) WebhookPath() string { return WebhookPathFor(t.cfg.Name) }

// Name returns the bot's name ("" for the first bot).
func (t *Telegram) Name() string { return t.cfg.Name }

// Conversation returns the conversation key of this bot's private chat
// (or group) chatID.
func (t *Telegram) Conversation(chatID int64) dialogs.ConversationKey {
	return ConversationOf(t.cfg.Name, chatID)
}

// ConversationOf returns the conversation key of chatID on the bot named
// name ("" for the first bot).
func ConversationOf(name string, chatID int64) dialogs.ConversationKey {
	k := conversation(chatID)
	if name != "" {
		k.ID = name + ":" + k.ID
	}
	return k
}

// ErrNotTelegram is returned by ParseConversation for a key that is not
// a Telegram conversation.
var ErrNotTelegram = errors.New("bot: not a Telegram conversation")

// ParseConversation returns the name of the bot ("" for the first) and
// the chat id of a Telegram conversation key, or ErrNotTelegram.
func ParseConversation(k dialogs.ConversationKey) (name string, chatID int64, err error) {
	if k.Channel != dialogs.ChannelTelegram {
		return "", 0, ErrNotTelegram
	}
	id := k.ID
	if n, rest, ok := strings.Cut(id, ":"); ok {
		name, id = n, rest
		if name == "" || CheckName(name) != nil {
			return "", 0, fmt.Errorf("%w: bad bot name", ErrNotTelegram)
		}
	}
	chatID, err = strconv.ParseInt(id, 10, 64)
	if err != nil {
		return "", 0, fmt.Errorf("%w: chat id: %w", ErrNotTelegram, err)
	}
	return name, chatID, nil
}
