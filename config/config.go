// Package config reads Frontdoor's configuration from the environment once,
// at start-up, and checks it. Secrets may come from files: every variable
// marked ",file" also accepts NAME_FILE holding a path.
package config

import (
	"errors"
	"fmt"
	"net/url"
	"os"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/caarlos0/env/v11"

	"github.com/frontdoor-health/frontdoor/locales"
)

// Config is the whole configuration. Its zero value is not useful: build it
// with Parse.
type Config struct {
	DatabaseURL string `env:"DATABASE_URL,required,notEmpty"`
	// RedisURL is one server (redis://[user:password@]host:port/db, or
	// rediss:// for TLS); with master_name=<name> a Sentinel's (more with
	// addr=host:port); with cluster=true one node of a Redis Cluster (more
	// seed nodes with addr=host:port, database 0). See store.OpenRedis.
	RedisURL       string `env:"REDIS_URL,required,notEmpty"`
	RedisPrefix    string `env:"REDIS_PREFIX" envDefault:"fd:"`
	HTTPAddr       string `env:"HTTP_ADDR" envDefault:"127.0.0.1:8080"`
	TelegramToken  string `env:"TELEGRAM_TOKEN"`
	TelegramAPIURL string `env:"TELEGRAM_API_URL" envDefault:"https://api.telegram.org"`
	// TelegramBots adds bots to TelegramToken's, for more than one bot's
	// limit (about 30 messages a second): comma-separated name=token pairs,
	// a name being 1-16 of a-z and 0-9 (not "default"), each optionally
	// followed by ";lang=<code>" (a bot for one language) and
	// ";facility=<code>" (a facility's bot). Each bot has its own webhook path
	// (/telegram/<name>/webhook), Redis keys and limits (the rates below,
	// each bot's own) and shares everything else. Parse puts them in Bots.
	TelegramBots string `env:"TELEGRAM_BOTS"`
	// Bots is TelegramBots parsed, in the order given; set by Parse.
	Bots []Bot `env:"-"`
	// PublicURL is the https address patients and clinicians reach
	// Frontdoor at. It turns on Secure cookies with the __Host- prefix and
	// HSTS for every deployment behind TLS, with or without Telegram; with
	// a Telegram token as well it selects webhook mode (see TelegramMode).
	PublicURL     string `env:"PUBLIC_URL"`
	WebhookSecret string `env:"WEBHOOK_SECRET"`
	// TelegramMode is "auto" (webhook when PublicURL is set, long polling
	// otherwise), "webhook" or "polling".
	TelegramMode string `env:"TELEGRAM_MODE" envDefault:"auto"`
	// TrustedProxies lists the reverse proxies (addresses or CIDR
	// prefixes) whose X-Forwarded-For names the client; empty: the
	// connection's address is the client's.
	TrustedProxies []string `env:"TRUSTED_PROXIES" envSeparator:","`
	// Demo allows the demo accounts (seed --demo, public password) to sign
	// in on an https deployment; serve refuses to start otherwise.
	Demo             bool          `env:"DEMO" envDefault:"false"`
	TimeZone         string        `env:"TIMEZONE" envDefault:"Asia/Riyadh"`
	EmergencyNumber  string        `env:"EMERGENCY_NUMBER" envDefault:"997"`
	MigrateOnStart   bool          `env:"MIGRATE_ON_START" envDefault:"false"`
	SessionTTL       time.Duration `env:"SESSION_TTL" envDefault:"24h"`
	DatabaseMaxConns int32         `env:"DATABASE_MAX_CONNS" envDefault:"16"`
	Shards           int           `env:"SHARDS" envDefault:"16"`
	LogLevel         string        `env:"LOG_LEVEL" envDefault:"info"`

	// The urgent fallback: where an urgent patient is sent when no
	// clinician who could take their case is online. A line for medical
	// advice (default 937, the Saudi Ministry of Health's; "none" for no
	// line) and, in each language, where to go and when it is open. A
	// facility's own (store.SetUrgentFallback) wins for its cases.
	UrgentFallbackPhone string `env:"URGENT_FALLBACK_PHONE" envDefault:"937"`
	UrgentFallbackAR    string `env:"URGENT_FALLBACK_AR"`
	UrgentFallbackEN    string `env:"URGENT_FALLBACK_EN"`

	// Telegram's flow control, shared by every serve process: messages a
	// second for the bot, for reminders within that, and to one private
	// chat; messages a minute to one group.
	TelegramRateGlobal int `env:"TELEGRAM_RATE_GLOBAL" envDefault:"30"`
	TelegramRateBulk   int `env:"TELEGRAM_RATE_BULK" envDefault:"20"`
	TelegramRateChat   int `env:"TELEGRAM_RATE_CHAT" envDefault:"1"`
	TelegramRateGroup  int `env:"TELEGRAM_RATE_GROUP" envDefault:"20"`
	// PprofAddr, when set, serves net/http/pprof there (keep it on
	// localhost: profiles show what the process holds).
	PprofAddr string `env:"PPROF_ADDR"`
	// ReminderOffsets is when reminders go before an appointment
	// ("24h,1h,0s"); empty means that default. See reminders.ParseOffsets.
	ReminderOffsets string `env:"REMINDER_OFFSETS"`
	// FHIRToken, when set, turns on the read-only FHIR endpoints under
	// /fhir for clinicians' systems (Authorization: Bearer <token>).
	FHIRToken string `env:"FHIR_TOKEN"`
	// Video links: a Jitsi server, with signed room tokens when the app
	// id and secret are set.
	VideoURL    string `env:"VIDEO_URL" envDefault:"https://meet.jit.si"`
	VideoAppID  string `env:"VIDEO_APP_ID"`
	VideoSecret string `env:"VIDEO_SECRET"`

	// Location is TimeZone loaded; set by Parse.
	Location *time.Location `env:"-"`
}

// fileVars may be given as NAME_FILE instead: they hold secrets.
var fileVars = []string{"DATABASE_URL", "REDIS_URL", "TELEGRAM_TOKEN", "TELEGRAM_BOTS", "WEBHOOK_SECRET", "FHIR_TOKEN", "VIDEO_SECRET"}

// Bot is one of the deployment's further bots (see Config.TelegramBots).
type Bot struct {
	Name, Token string
	// Lang, from ";lang=<code>", makes it a bot for one language: its
	// command menu's default and the language its patients start in.
	Lang string
	// Facility, from ";facility=<code>", makes it a facility's bot: a
	// plain /start counts as the facility's link (/start fac_<code>).
	Facility string
}

var facilityCode = regexp.MustCompile(`^[a-z0-9_]{2,40}$`)

var botName = regexp.MustCompile(`^[a-z0-9]{1,16}$`)

// parseBots reads TELEGRAM_BOTS. Errors never contain a token.
func parseBots(s, first string) ([]Bot, error) {
	if strings.TrimSpace(s) == "" {
		return nil, nil
	}
	if first == "" {
		return nil, errors.New("needs TELEGRAM_TOKEN, the first bot's")
	}
	var bots []Bot
	names, tokens := map[string]bool{}, map[string]bool{first: true}
	for i, entry := range strings.Split(s, ",") {
		pair, options, _ := strings.Cut(strings.TrimSpace(entry), ";")
		name, token, ok := strings.Cut(pair, "=")
		switch {
		case !ok || strings.TrimSpace(token) == "":
			return nil, fmt.Errorf("entry %d: want name=token", i+1)
		case !botName.MatchString(name):
			return nil, fmt.Errorf("entry %d: name %q: want 1-16 of a-z and 0-9", i+1, name)
		case name == "default":
			return nil, fmt.Errorf("entry %d: the name \"default\" is the first bot's (in the metrics)", i+1)
		case names[name]:
			return nil, fmt.Errorf("entry %d: name %q given twice", i+1, name)
		case tokens[token]:
			return nil, fmt.Errorf("entry %d (%s): a token already given", i+1, name)
		}
		names[name], tokens[token] = true, true
		b := Bot{Name: name, Token: strings.TrimSpace(token)}
		if err := b.setOptions(options); err != nil {
			return nil, fmt.Errorf("entry %d (%s): %w", i+1, name, err)
		}
		bots = append(bots, b)
	}
	return bots, nil
}

// setOptions reads a bot's options: ";"-separated key=value pairs after
// its token ("lang=ur;facility=makkah_ajyad").
func (b *Bot) setOptions(options string) error {
	if options == "" {
		return nil
	}
	for _, opt := range strings.Split(options, ";") {
		key, value, _ := strings.Cut(strings.TrimSpace(opt), "=")
		switch key {
		case "lang":
			if !slices.Contains(locales.Languages, value) {
				return fmt.Errorf("lang %q: want one of %s", value, strings.Join(locales.Languages, ", "))
			}
			b.Lang = value
		case "facility":
			if !facilityCode.MatchString(value) {
				return fmt.Errorf("facility %q: want a facility code (2-40 of a-z, 0-9 and _)", value)
			}
			b.Facility = value
		default:
			return fmt.Errorf("unknown option %q: want lang= or facility=", key)
		}
	}
	return nil
}

// Prefix is put before every variable name.
const Prefix = "FRONTDOOR_"

// Parse reads the configuration from environ (as os.Environ returns it) and
// checks it. The error names the variable and why, in one line.
func Parse(environ []string) (Config, error) {
	vars := make(map[string]string, len(environ))
	for _, kv := range environ {
		if k, v, ok := strings.Cut(kv, "="); ok {
			vars[k] = v
		}
	}
	for _, name := range fileVars {
		path, ok := vars[Prefix+name+"_FILE"]
		if !ok || vars[Prefix+name] != "" {
			continue
		}
		raw, err := os.ReadFile(path)
		if err != nil {
			return Config{}, fmt.Errorf("%s%s_FILE: cannot read the file it names: %w", Prefix, name, err)
		}
		vars[Prefix+name] = strings.TrimSpace(string(raw))
	}
	cfg, err := env.ParseAsWithOptions[Config](env.Options{Environment: vars, Prefix: Prefix})
	if err != nil {
		return Config{}, oneLine(err)
	}
	if err := cfg.check(); err != nil {
		return Config{}, err
	}
	return cfg, nil
}

// webhookSecret is Telegram's rule for secret_token.
var webhookSecret = regexp.MustCompile(`^[A-Za-z0-9_-]{1,256}$`)

// Secrets: at least minSecretLen characters of which at least
// minSecretDistinct differ, so "a"×32 or "abab…" is refused. A random
// 32-character token from `openssl rand -base64 32` or rand.Text passes
// with a wide margin.
const (
	minSecretLen      = 32
	minSecretDistinct = 12
)

func strongSecret(s string) error {
	if len(s) < minSecretLen {
		return fmt.Errorf("too short to be a secret (at least %d characters; try: openssl rand -hex 32)", minSecretLen)
	}
	distinct := map[rune]bool{}
	for _, r := range s {
		distinct[r] = true
	}
	if len(distinct) < minSecretDistinct {
		return fmt.Errorf("too predictable to be a secret (%d distinct characters, want at least %d; try: openssl rand -hex 32)", len(distinct), minSecretDistinct)
	}
	return nil
}

func (c *Config) check() error {
	loc, err := time.LoadLocation(c.TimeZone)
	if err != nil {
		return fmt.Errorf("%sTIMEZONE: %q is not a known time zone (try Asia/Riyadh)", Prefix, c.TimeZone)
	}
	c.Location = loc
	for _, u := range []struct{ name, value string }{
		{"DATABASE_URL", c.DatabaseURL}, {"REDIS_URL", c.RedisURL}, {"TELEGRAM_API_URL", c.TelegramAPIURL},
		{"VIDEO_URL", c.VideoURL},
	} {
		if parsed, err := url.Parse(u.value); err != nil || parsed.Scheme == "" {
			return fmt.Errorf("%s%s: not a URL with a scheme", Prefix, u.name)
		}
	}
	if c.PublicURL != "" {
		parsed, err := url.Parse(c.PublicURL)
		if err != nil || parsed.Scheme != "https" || parsed.Host == "" || (parsed.Path != "" && parsed.Path != "/") ||
			parsed.RawQuery != "" || parsed.Fragment != "" || parsed.User != nil {
			return fmt.Errorf("%sPUBLIC_URL: must be an https:// origin (https://host[:port], no path)", Prefix)
		}
		c.PublicURL = strings.TrimRight(c.PublicURL, "/")
	}
	switch c.TelegramMode {
	case "auto", "polling":
	case "webhook":
		if c.PublicURL == "" {
			return fmt.Errorf("%sTELEGRAM_MODE: webhook needs %sPUBLIC_URL", Prefix, Prefix)
		}
	default:
		return fmt.Errorf("%sTELEGRAM_MODE: %q is not one of auto, webhook, polling", Prefix, c.TelegramMode)
	}
	if c.Webhook() {
		if !webhookSecret.MatchString(c.WebhookSecret) {
			return fmt.Errorf("%sWEBHOOK_SECRET: webhook mode needs 32-256 characters of A-Z a-z 0-9 _ -", Prefix)
		}
		if err := strongSecret(c.WebhookSecret); err != nil {
			return fmt.Errorf("%sWEBHOOK_SECRET: %w", Prefix, err)
		}
	}
	if _, err := ParseProxies(c.TrustedProxies); err != nil {
		return fmt.Errorf("%sTRUSTED_PROXIES: %w", Prefix, err)
	}
	if strings.TrimSpace(c.EmergencyNumber) == "" {
		return fmt.Errorf("%sEMERGENCY_NUMBER: must not be empty", Prefix)
	}
	if err := c.checkUrgentFallback(); err != nil {
		return err
	}
	if c.Bots, err = parseBots(c.TelegramBots, c.TelegramToken); err != nil {
		return fmt.Errorf("%sTELEGRAM_BOTS: %w", Prefix, err)
	}
	if c.Shards < 1 || c.Shards > 1024 {
		return fmt.Errorf("%sSHARDS: %d is outside 1..1024", Prefix, c.Shards)
	}
	for _, r := range []struct {
		name  string
		value int
	}{
		{"TELEGRAM_RATE_GLOBAL", c.TelegramRateGlobal}, {"TELEGRAM_RATE_BULK", c.TelegramRateBulk},
		{"TELEGRAM_RATE_CHAT", c.TelegramRateChat}, {"TELEGRAM_RATE_GROUP", c.TelegramRateGroup},
	} {
		// Above 10,000/s the limiter's microsecond schedule loses its
		// precision; Telegram's paid broadcasts stop at 1,000/s.
		if r.value < 1 || r.value > 10_000 {
			return fmt.Errorf("%s%s: %d is outside 1..10000", Prefix, r.name, r.value)
		}
	}
	if c.TelegramRateBulk > c.TelegramRateGlobal {
		return fmt.Errorf("%sTELEGRAM_RATE_BULK: %d is above TELEGRAM_RATE_GLOBAL (%d); reminders must leave room for replies", Prefix, c.TelegramRateBulk, c.TelegramRateGlobal)
	}
	if c.DatabaseMaxConns < 2 {
		return fmt.Errorf("%sDATABASE_MAX_CONNS: %d is too small (at least 2)", Prefix, c.DatabaseMaxConns)
	}
	if c.SessionTTL < time.Minute {
		return fmt.Errorf("%sSESSION_TTL: %s is too short (at least 1m)", Prefix, c.SessionTTL)
	}
	if (c.VideoAppID == "") != (c.VideoSecret == "") {
		return fmt.Errorf("%sVIDEO_APP_ID and %sVIDEO_SECRET: set both (signed room tokens) or neither (plain links)", Prefix, Prefix)
	}
	if c.VideoSecret != "" {
		if err := strongSecret(c.VideoSecret); err != nil {
			return fmt.Errorf("%sVIDEO_SECRET: %w", Prefix, err)
		}
	}
	if c.FHIRToken != "" {
		if err := strongSecret(c.FHIRToken); err != nil {
			return fmt.Errorf("%sFHIR_TOKEN: %w", Prefix, err)
		}
	}
	switch c.LogLevel {
	case "debug", "info", "warn", "error":
	default:
		return fmt.Errorf("%sLOG_LEVEL: %q is not one of debug, info, warn, error", Prefix, c.LogLevel)
	}
	return nil
}

// Webhook reports whether Telegram delivers updates to a webhook: a token
// and a public address, unless TelegramMode says polling.
func (c Config) Webhook() bool {
	return c.TelegramToken != "" && c.PublicURL != "" && c.TelegramMode != "polling"
}

// HTTPS reports whether Frontdoor is reached over HTTPS (PublicURL is set):
// cookies are then Secure with the __Host- prefix and HSTS is sent.
func (c Config) HTTPS() bool { return strings.HasPrefix(c.PublicURL, "https://") }

// varName returns the variable behind Config's field.
func varName(field string) string {
	if f, ok := reflect.TypeFor[Config]().FieldByName(field); ok {
		name, _, _ := strings.Cut(f.Tag.Get("env"), ",")
		return name
	}
	return field
}

// oneLine turns env's aggregate error into one readable line.
func oneLine(err error) error {
	var agg env.AggregateError
	if errors.As(err, &agg) && len(agg.Errors) > 0 {
		msgs := make([]string, 0, len(agg.Errors))
		for _, e := range agg.Errors {
			var pe env.ParseError
			if errors.As(e, &pe) {
				msgs = append(msgs, fmt.Sprintf("%s%s: %v", Prefix, varName(pe.Name), pe.Err))
				continue
			}
			msgs = append(msgs, e.Error())
		}
		return errors.New(strings.Join(msgs, "; "))
	}
	return err
}
