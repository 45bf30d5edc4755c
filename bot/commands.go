package bot

import (
	"context"

	tgbot "github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"
)

// commandLanguages are the language-specific command lists registered; ""
// is the default list, shown in English to everyone whose Telegram speaks
// neither language (pilgrims of every nationality read English more often
// than Arabic).
var commandLanguages = []struct{ code, lang string }{
	{"", "en"}, {"ar", "ar"}, {"en", "en"},
}

// botCommands renders the command menu in lang.
func (t *Telegram) botCommands(lang string) []models.BotCommand {
	out := make([]models.BotCommand, 0, len(t.cfg.Commands))
	for _, c := range t.cfg.Commands {
		out = append(out, models.BotCommand{Command: c.Name, Description: t.cfg.Text.Text(lang, c.DescriptionID, nil)})
	}
	return out
}

// registerCommands sets the command menus, retrying in the background
// until each is set or ctx ends; a missing menu never stops the bot.
func (t *Telegram) registerCommands(ctx context.Context) {
	for _, l := range commandLanguages {
		params := &tgbot.SetMyCommandsParams{
			Commands:     t.botCommands(l.lang),
			Scope:        &models.BotCommandScopeDefault{},
			LanguageCode: l.code,
		}
		err := t.startupCall(ctx, "setMyCommands", func(ctx context.Context) error {
			_, err := t.api.SetMyCommands(ctx, params)
			return err
		})
		if err != nil {
			t.log.Warn("bot: setMyCommands", "lang", l.code, "err", err)
			return
		}
	}
}
