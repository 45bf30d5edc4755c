package config

import (
	"os"
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
		{"webhook without token", append(minimal, "FRONTDOOR_PUBLIC_URL=https://clinic.example"), "FRONTDOOR_PUBLIC_URL"},
		{"webhook over http", append(minimal, "FRONTDOOR_TELEGRAM_TOKEN=1:x", "FRONTDOOR_PUBLIC_URL=http://clinic.example"), "FRONTDOOR_PUBLIC_URL"},
		{"webhook bad secret", append(minimal, "FRONTDOOR_TELEGRAM_TOKEN=1:x", "FRONTDOOR_PUBLIC_URL=https://clinic.example", "FRONTDOOR_WEBHOOK_SECRET=has space"), "FRONTDOOR_WEBHOOK_SECRET"},
		{"bad duration", append(minimal, "FRONTDOOR_SESSION_TTL=soon"), "SESSION_TTL"},
		{"bad shards", append(minimal, "FRONTDOOR_SHARDS=0"), "FRONTDOOR_SHARDS"},
		{"bad log level", append(minimal, "FRONTDOOR_LOG_LEVEL=loud"), "FRONTDOOR_LOG_LEVEL"},
		{"no sending at all", append(minimal, "FRONTDOOR_TELEGRAM_RATE_GLOBAL=0"), "FRONTDOOR_TELEGRAM_RATE_GLOBAL"},
		{"reminders above the bot", append(minimal, "FRONTDOOR_TELEGRAM_RATE_BULK=40"), "FRONTDOOR_TELEGRAM_RATE_BULK"},
		{"no rate per chat", append(minimal, "FRONTDOOR_TELEGRAM_RATE_CHAT=-1"), "FRONTDOOR_TELEGRAM_RATE_CHAT"},
		{"rate past precision", append(minimal, "FRONTDOOR_TELEGRAM_RATE_GLOBAL=2000000"), "FRONTDOOR_TELEGRAM_RATE_GLOBAL"},
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

func TestParseWebhookMode(t *testing.T) {
	cfg, err := Parse(append(minimal, "FRONTDOOR_TELEGRAM_TOKEN=1:x",
		"FRONTDOOR_PUBLIC_URL=https://clinic.example", "FRONTDOOR_WEBHOOK_SECRET=s3cret_-X"))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.PublicURL == "" || cfg.WebhookSecret != "s3cret_-X" {
		t.Errorf("webhook settings lost: %+v", cfg)
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
