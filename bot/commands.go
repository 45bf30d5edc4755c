package bot

import (
	"context"

	tgbot "github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"

	"github.com/frontdoor-health/frontdoor/locales"
)

// commandLanguages are the command lists registered: one per language,
// in that language, and the default list ("") for everyone whose Telegram
// speaks none of them, in the bot's language (a bot for one language) or
// locales.Fallback.
func (t *Telegram) commandLanguages() []struct{ code, lang string } {
	def := locales.Fallback
	if t.cfg.Lang != "" {
		def = t.cfg.Lang
	}
	out := []struct{ code, lang string }{{"", def}}
	for _, code := range locales.Languages {
		out = append(out, struct{ code, lang string }{code, code})
	}
	return out
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
	for _, l := range t.commandLanguages() {
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
