// Package locales holds every user-facing string in every language
// Frontdoor speaks (go-i18n TOML files embedded in the binary), the list of
// those languages (languages.go), and renders them.
//
// Files are named <area>.<lang>.toml; each area keeps the same message ids in
// every language (a test enforces it). Templates receive numbers already
// written in the reader's digits: pass them through Catalog.Count or
// numerals.Format, never as raw ints. AcceptLanguage and Dir are the one
// policy the web pages use to pick a language from the browser's header
// and to write its direction.
package locales

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"
	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"

	"github.com/frontdoor-health/frontdoor/numerals"
)

//go:embed *.toml
var files embed.FS

// Catalog renders messages. It is read-only after Load and safe for
// concurrent use.
type Catalog struct {
	bundle     *i18n.Bundle
	localizers map[string]*i18n.Localizer
}

// Load reads the embedded message files. It fails if a file does not parse.
func Load() (*Catalog, error) {
	return load(files)
}

func load(fsys fs.FS) (*Catalog, error) {
	b := i18n.NewBundle(language.English)
	b.RegisterUnmarshalFunc("toml", toml.Unmarshal)
	names, err := fs.Glob(fsys, "*.toml")
	if err != nil {
		return nil, fmt.Errorf("locales: list files: %w", err)
	}
	for _, name := range names {
		if _, err := b.LoadMessageFileFS(fsys, name); err != nil {
			return nil, fmt.Errorf("locales: load %s: %w", name, err)
		}
	}
	c := &Catalog{bundle: b, localizers: map[string]*i18n.Localizer{}}
	for _, lang := range Languages {
		c.localizers[lang] = i18n.NewLocalizer(b, lang)
	}
	return c, nil
}

// Lang returns the supported language closest to tag ("ar-SA" → "ar"),
// or "" when tag names neither Arabic nor English.
func Lang(tag string) string {
	base := strings.ToLower(tag)
	if i := strings.IndexAny(base, "-_"); i >= 0 {
		base = base[:i]
	}
	if slices.Contains(Languages, base) {
		return base
	}
	return ""
}

func (c *Catalog) localizer(lang string) *i18n.Localizer {
	if l, ok := c.localizers[lang]; ok {
		return l
	}
	return c.localizers["en"]
}

// Text renders message id in lang with data as template values. A missing
// message renders as its id, so a gap shows instead of silence; the
// locales tests keep that from shipping.
func (c *Catalog) Text(lang, id string, data map[string]any) string {
	s, err := c.localizer(lang).Localize(&i18n.LocalizeConfig{MessageID: id, TemplateData: data})
	if err != nil && s == "" {
		return id
	}
	return s
}

// Count renders message id choosing the plural form for n (Arabic has six:
// zero, one, two, few, many, other). The template sees n as {{.Count}},
// written in lang's digits, beside data's values.
func (c *Catalog) Count(lang, id string, n int, data map[string]any) string {
	td := map[string]any{"Count": numerals.Format(lang, n)}
	for k, v := range data {
		td[k] = v
	}
	s, err := c.localizer(lang).Localize(&i18n.LocalizeConfig{MessageID: id, PluralCount: n, TemplateData: td})
	if err != nil && s == "" {
		return id
	}
	return s
}

// Has reports whether message id exists in lang.
func (c *Catalog) Has(lang, id string) bool {
	_, err := c.localizer(lang).Localize(&i18n.LocalizeConfig{MessageID: id, PluralCount: 1})
	var notFound *i18n.MessageNotFoundErr
	return !errors.As(err, &notFound)
}

// IDs returns the message ids defined in lang's files, sorted.
func IDs(lang string) ([]string, error) {
	return ids(files, lang)
}

func ids(fsys fs.FS, lang string) ([]string, error) {
	names, err := fs.Glob(fsys, "*."+lang+".toml")
	if err != nil {
		return nil, err
	}
	var out []string
	for _, name := range names {
		raw, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		var m map[string]any
		if err := toml.Unmarshal(raw, &m); err != nil {
			return nil, fmt.Errorf("locales: %s: %w", path.Base(name), err)
		}
		for id := range m {
			out = append(out, id)
		}
	}
	sort.Strings(out)
	return out, nil
}
