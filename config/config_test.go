package config

import (
	"os"
	"slices"
	"strings"
	"testing"
	"time"
)

var minimal = []string{
	"FRONTDOOR_DATABASE_URL=postgres://postgres@127.0.0.1:5432/frontdoor",
	"FRONTDOOR_REDIS_URL=redis://127.0.0.1:6379/0",
}

func TestParseDefaults(t *testing.T) {
	cfg, err := Parse(minimal)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.TimeZone != "Asia/Riyadh" || cfg.Location == nil || cfg.EmergencyNumber != "997" ||
		cfg.HTTPAddr != "127.0.0.1:8080" || cfg.TelegramAPIURL != "https://api.telegram.org" ||
		cfg.SessionTTL != 24*time.Hour {
		t.Errorf("unexpected defaults: %+v", cfg)
	}
}

func TestParseRejects(t *testing.T) {
	for _, tc := range []struct {
		name     string
		env      []string
		variable string
	}{
		{"missing database", []string{"FRONTDOOR_REDIS_URL=redis://x"}, "DATABASE_URL"},
		{"missing redis", []string{"FRONTDOOR_DATABASE_URL=postgres://x"}, "REDIS_URL"},
		{"bad zone", append(minimal, "FRONTDOOR_TIMEZONE=Mars/Olympus"), "FRONTDOOR_TIMEZONE"},
		{"public url with a path", append(minimal, "FRONTDOOR_PUBLIC_URL=https://clinic.example/chat"), "FRONTDOOR_PUBLIC_URL"},
		{"webhook mode without public url", append(minimal, "FRONTDOOR_TELEGRAM_TOKEN=1:x", "FRONTDOOR_TELEGRAM_MODE=webhook"), "FRONTDOOR_TELEGRAM_MODE"},
		{"unknown telegram mode", append(minimal, "FRONTDOOR_TELEGRAM_MODE=pigeon"), "FRONTDOOR_TELEGRAM_MODE"},
		{"webhook secret of one letter", append(minimal, "FRONTDOOR_TELEGRAM_TOKEN=1:x", "FRONTDOOR_PUBLIC_URL=https://clinic.example", "FRONTDOOR_WEBHOOK_SECRET=a"), "FRONTDOOR_WEBHOOK_SECRET"},
		{"webhook secret of one letter repeated", append(minimal, "FRONTDOOR_TELEGRAM_TOKEN=1:x", "FRONTDOOR_PUBLIC_URL=https://clinic.example", "FRONTDOOR_WEBHOOK_SECRET="+strings.Repeat("a", 64)), "FRONTDOOR_WEBHOOK_SECRET"},
		{"video secret of one letter repeated", append(minimal, "FRONTDOOR_VIDEO_APP_ID=fd", "FRONTDOOR_VIDEO_SECRET="+strings.Repeat("a", 32)), "FRONTDOOR_VIDEO_SECRET"},
		{"video secret of two letters repeated", append(minimal, "FRONTDOOR_VIDEO_APP_ID=fd", "FRONTDOOR_VIDEO_SECRET="+strings.Repeat("ab", 20)), "FRONTDOOR_VIDEO_SECRET"},
		{"video secret too short", append(minimal, "FRONTDOOR_VIDEO_APP_ID=fd", "FRONTDOOR_VIDEO_SECRET=0123456789abcdefghijklmnopqrstu"), "FRONTDOOR_VIDEO_SECRET"},
		{"bad trusted proxy", append(minimal, "FRONTDOOR_TRUSTED_PROXIES=10.0.0.0/8,proxy.local"), "FRONTDOOR_TRUSTED_PROXIES"},
		{"bad demo flag", append(minimal, "FRONTDOOR_DEMO=maybe"), "FRONTDOOR_DEMO"},
		{"webhook over http", append(minimal, "FRONTDOOR_TELEGRAM_TOKEN=1:x", "FRONTDOOR_PUBLIC_URL=http://clinic.example"), "FRONTDOOR_PUBLIC_URL"},
		{"webhook bad secret", append(minimal, "FRONTDOOR_TELEGRAM_TOKEN=1:x", "FRONTDOOR_PUBLIC_URL=https://clinic.example", "FRONTDOOR_WEBHOOK_SECRET=has space"), "FRONTDOOR_WEBHOOK_SECRET"},
		{"bad duration", append(minimal, "FRONTDOOR_SESSION_TTL=soon"), "SESSION_TTL"},
		{"bad shards", append(minimal, "FRONTDOOR_SHARDS=0"), "FRONTDOOR_SHARDS"},
		{"bad log level", append(minimal, "FRONTDOOR_LOG_LEVEL=loud"), "FRONTDOOR_LOG_LEVEL"},
		{"no sending at all", append(minimal, "FRONTDOOR_TELEGRAM_RATE_GLOBAL=0"), "FRONTDOOR_TELEGRAM_RATE_GLOBAL"},
		{"reminders above the bot", append(minimal, "FRONTDOOR_TELEGRAM_RATE_BULK=40"), "FRONTDOOR_TELEGRAM_RATE_BULK"},
		{"no rate per chat", append(minimal, "FRONTDOOR_TELEGRAM_RATE_CHAT=-1"), "FRONTDOOR_TELEGRAM_RATE_CHAT"},
		{"rate past precision", append(minimal, "FRONTDOOR_TELEGRAM_RATE_GLOBAL=2000000"), "FRONTDOOR_TELEGRAM_RATE_GLOBAL"},
		{"bots without the first", append(minimal, "FRONTDOOR_TELEGRAM_BOTS=riyadh=2:y"), "FRONTDOOR_TELEGRAM_BOTS"},
		{"bot without a token", append(minimal, "FRONTDOOR_TELEGRAM_TOKEN=1:x", "FRONTDOOR_TELEGRAM_BOTS=riyadh"), "FRONTDOOR_TELEGRAM_BOTS"},
		{"bot with a bad name", append(minimal, "FRONTDOOR_TELEGRAM_TOKEN=1:x", "FRONTDOOR_TELEGRAM_BOTS=Riyadh=2:y"), "FRONTDOOR_TELEGRAM_BOTS"},
		{"bot named twice", append(minimal, "FRONTDOOR_TELEGRAM_TOKEN=1:x", "FRONTDOOR_TELEGRAM_BOTS=riyadh=2:y,riyadh=3:z"), "FRONTDOOR_TELEGRAM_BOTS"},
		{"a token twice", append(minimal, "FRONTDOOR_TELEGRAM_TOKEN=1:x", "FRONTDOOR_TELEGRAM_BOTS=riyadh=1:x"), "FRONTDOOR_TELEGRAM_BOTS"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse(tc.env)
			if err == nil {
				t.Fatal("Parse accepted it")
			}
			if msg := err.Error(); !strings.Contains(msg, tc.variable) || strings.Contains(msg, "\n") {
				t.Errorf("error %q should name %s on one line", msg, tc.variable)
			}
		})
	}
}

func TestParseBots(t *testing.T) {
	cfg, err := Parse(append(minimal, "FRONTDOOR_TELEGRAM_TOKEN=1:x",
		"FRONTDOOR_TELEGRAM_BOTS=riyadh=2:y, jeddah2=3:z;facility=jeddah_north, urdu=4:w;lang=ur;facility=makkah_ajyad"))
	if err != nil {
		t.Fatal(err)
	}
	want := []Bot{
		{Name: "riyadh", Token: "2:y"},
		{Name: "jeddah2", Token: "3:z", Facility: "jeddah_north"},
		{Name: "urdu", Token: "4:w", Lang: "ur", Facility: "makkah_ajyad"},
	}
	if !slices.Equal(cfg.Bots, want) {
		t.Errorf("bots %+v, want %+v", cfg.Bots, want)
	}
	for _, bad := range []string{
		"default=2:y",                // the first bot's metrics label
		"riyadh=2:y;lang=xx",         // no such language
		"riyadh=2:y;facility=Makkah", // not a code
		"riyadh=2:y;colour=blue",     // a misspelt option is not ignored
		"riyadh=2:y;lang",
	} {
		if _, err := Parse(append(minimal, "FRONTDOOR_TELEGRAM_TOKEN=1:x", "FRONTDOOR_TELEGRAM_BOTS="+bad)); err == nil {
			t.Errorf("%s: accepted", bad)
		}
	}
	// A token never appears in an error.
	_, err = Parse(append(minimal, "FRONTDOOR_TELEGRAM_TOKEN=1:secret", "FRONTDOOR_TELEGRAM_BOTS=riyadh=1:secret"))
	if err == nil || strings.Contains(err.Error(), "secret") {
		t.Errorf("error %v: want one that names no token", err)
	}
}

// goodSecret is what `openssl rand -hex 32` would print.
const goodSecret = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"

func TestParseWebhookMode(t *testing.T) {
	cfg, err := Parse(append(minimal, "FRONTDOOR_TELEGRAM_TOKEN=1:x",
		"FRONTDOOR_PUBLIC_URL=https://clinic.example/", "FRONTDOOR_WEBHOOK_SECRET="+goodSecret))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.PublicURL != "https://clinic.example" || cfg.WebhookSecret != goodSecret || !cfg.Webhook() || !cfg.HTTPS() {
		t.Errorf("webhook settings lost: %+v", cfg)
	}
}

// The public address is its own setting: a web-chat-only deployment, or a
// long-polling one, behind TLS gets Secure cookies and HSTS too.
func TestParsePublicURLWithoutTelegram(t *testing.T) {
	for _, tc := range []struct {
		name    string
		env     []string
		webhook bool
	}{
		{"web chat only", []string{"FRONTDOOR_PUBLIC_URL=https://clinic.example"}, false},
		{"telegram long polling", []string{"FRONTDOOR_PUBLIC_URL=https://clinic.example", "FRONTDOOR_TELEGRAM_TOKEN=1:x", "FRONTDOOR_TELEGRAM_MODE=polling"}, false},
		{"telegram webhook", []string{"FRONTDOOR_PUBLIC_URL=https://clinic.example", "FRONTDOOR_TELEGRAM_TOKEN=1:x", "FRONTDOOR_WEBHOOK_SECRET=" + goodSecret}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg, err := Parse(append(append([]string{}, minimal...), tc.env...))
			if err != nil {
				t.Fatal(err)
			}
			if !cfg.HTTPS() || cfg.Webhook() != tc.webhook {
				t.Errorf("HTTPS() = %v, Webhook() = %v; want true, %v", cfg.HTTPS(), cfg.Webhook(), tc.webhook)
			}
		})
	}
}

func TestParseTrustedProxiesAndDemo(t *testing.T) {
	cfg, err := Parse(append(minimal, "FRONTDOOR_TRUSTED_PROXIES=10.0.0.0/8, 192.0.2.7,fd00::/8", "FRONTDOOR_DEMO=true",
		"FRONTDOOR_VIDEO_APP_ID=fd", "FRONTDOOR_VIDEO_SECRET="+goodSecret))
	if err != nil {
		t.Fatal(err)
	}
	p, err := ParseProxies(cfg.TrustedProxies)
	if err != nil || len(p) != 3 || p[1].String() != "192.0.2.7/32" || !cfg.Demo {
		t.Errorf("proxies %v (%v), demo %v", p, err, cfg.Demo)
	}
}

func TestParseSecretFromFile(t *testing.T) {
	path := t.TempDir() + "/token"
	if err := os.WriteFile(path, []byte("123:abc\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg, err := Parse(append(minimal, "FRONTDOOR_TELEGRAM_TOKEN_FILE="+path))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.TelegramToken != "123:abc" {
		t.Errorf("token from file = %q", cfg.TelegramToken)
	}
	if _, err := Parse(append(minimal, "FRONTDOOR_TELEGRAM_TOKEN_FILE=/no/such/file")); err == nil ||
		!strings.Contains(err.Error(), "FRONTDOOR_TELEGRAM_TOKEN_FILE") {
		t.Errorf("missing secret file: err = %v", err)
	}
}
