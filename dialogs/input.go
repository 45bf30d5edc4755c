package dialogs

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/frontdoor-health/frontdoor/locales"
)

// MaxTextRunes is the longest typed message a step reads; longer text is
// still checked for red flags, then the patient is asked to write less.
const MaxTextRunes = 1000

// Command is a slash command the channels register with their clients
// (Telegram's setMyCommands), in each language.
type Command struct {
	Name          string // without the slash: "start"
	DescriptionID string // locales message id of the short description
}

// Commands returns the commands every conversation understands, in menu
// order. Their descriptions live in locales/commands.*.toml.
func Commands() []Command {
	return []Command{
		{Name: "start", DescriptionID: "command_start"},
		{Name: "menu", DescriptionID: "command_menu"},
		{Name: "lang", DescriptionID: "command_lang"},
		{Name: "help", DescriptionID: "command_help"},
		{Name: "cancel", DescriptionID: "command_cancel"},
		{Name: "deletemydata", DescriptionID: "command_deletemydata"},
	}
}

// commandWords are plain words that act as commands when typed alone, so
// that a patient who does not know about slashes still finds the way: each
// language's command_words_* messages (locales/commands.*.toml), every
// language's words understood whatever the patient chose. Not "back" alone
// in English: it can be the problem.
var commandWords = sync.OnceValue(func() map[string]string {
	words := map[string]string{"start": "start"}
	text, err := locales.Load()
	if err != nil {
		panic(err) // the embedded files; the locales tests keep them loading
	}
	for _, lang := range locales.Languages {
		for id, cmd := range map[string]string{
			"command_words_menu": "menu", "command_words_help": "help", "command_words_cancel": "cancel",
			"command_words_back": "back", "command_words_lang": "lang", "command_words_deletemydata": "deletemydata",
		} {
			if !text.Has(lang, id) {
				continue
			}
			for _, w := range strings.Split(text.Text(lang, id, nil), "|") {
				if w = strings.ToLower(strings.TrimSpace(w)); w != "" {
					words[w] = cmd
				}
			}
		}
	}
	return words
})

// parseCommand returns the command text stands for ("start", "menu", "lang",
// "help", "cancel", "deletemydata", or "back": a word only, the Back
// button typed), or "". It accepts "/start@SomeBot", "/start payload",
// upper case, surrounding spaces and the plain words in commandWords.
func parseCommand(text string) string {
	s := strings.ToLower(strings.TrimSpace(text))
	if rest, ok := strings.CutPrefix(s, "/"); ok {
		name, _, _ := strings.Cut(rest, " ")
		name, _, _ = strings.Cut(name, "@")
		for _, c := range Commands() {
			if c.Name == name {
				return name
			}
		}
		return ""
	}
	s = strings.TrimRight(s, ".!?؟,، ")
	return commandWords()[s]
}

// inputKind sorts typed input by what the Engine can do with it.
type inputKind int

const (
	inputWords    inputKind = iota // something to read
	inputEmpty                     // nothing at all (a sticker, a photo, blank text)
	inputNoWords                   // only emoji, symbols or punctuation
	inputTooLong                   // over MaxTextRunes
	inputLocation                  // a shared location and no text
)

func classify(text string, hasLocation bool) inputKind {
	s := strings.TrimSpace(text)
	switch {
	case s == "" && hasLocation:
		return inputLocation
	case s == "":
		return inputEmpty
	case utf8.RuneCountInString(s) > MaxTextRunes:
		return inputTooLong
	}
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return inputWords
		}
	}
	return inputNoWords
}
