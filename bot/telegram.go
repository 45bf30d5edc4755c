package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"

	tgbot "github.com/go-telegram/bot"
	"github.com/redis/go-redis/v9"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/intake"
	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/metrics"
	"github.com/frontdoor-health/frontdoor/redisbatch"
)

// WebhookPath is where cmd mounts the first bot's WebhookHandler;
// setWebhook points Telegram at PublicURL + its path (see WebhookPathFor).
const WebhookPath = "/telegram/webhook"

// DefaultAPIURL is Telegram's Bot API.
const DefaultAPIURL = "https://api.telegram.org"

// allowedUpdates are the update kinds Frontdoor asks Telegram for.
// my_chat_member says when a patient blocks or unblocks the bot.
var allowedUpdates = []string{"message", "callback_query", "my_chat_member"}

// Config holds what the channel needs; cmd builds it. Required: Token,
// Handler, Redis, Prefix, Text, Metrics.
type Config struct {
	Token string
	// Name names the bot when the deployment serves several (see
	// name.go); "" for the first, or only, one.
	Name string
	// Lang, when set, makes it a bot for one language (one of
	// locales.Languages): its command menu's default, and the language
	// hint its patients start with instead of their Telegram client's.
	Lang string
	// Facility, when set, makes it a facility's bot: a plain /start counts
	// as the facility's link ("/start fac_<code>"), so its patients' cases
	// reach that facility, as if they had scanned its QR code.
	Facility string
	APIURL   string // Bot API base URL; default DefaultAPIURL
	Handler  dialogs.Handler
	Redis    redis.UniversalClient
	// Prefix starts every Redis key the channel writes ("fd:tg").
	Prefix  string
	Text    *locales.Catalog
	Metrics *metrics.Metrics
	Log     *slog.Logger // default: discard
	// PublicURL, when set, selects webhook mode: Telegram posts updates to
	// PublicURL + the bot's webhook path (see WebhookPathFor) with
	// WebhookSecret, which is then required.
	PublicURL     string
	WebhookSecret string
	// EmergencyNumber is put in apologies; default dialogs.DefaultEmergencyNumber.
	EmergencyNumber string
	// Shards is the number of intake shards (see intake.Options.Shards).
	Shards int
	Limits Limits
	// Commands are registered with setMyCommands; default dialogs.Commands().
	Commands []dialogs.Command
	// OnBlocked, if set, is called with true when the patient blocked the
	// bot (a 403 on a send, or Telegram's my_chat_member update), so the
	// caller can stop writing to them, and with false when they unblocked
	// it. An error from an update's call retries the update later.
	OnBlocked func(ctx context.Context, chatID int64, blocked bool) error
	// PollTimeout is the long-poll wait (default 30 s); SendTimeout bounds
	// one outbound call (default 15 s).
	PollTimeout, SendTimeout time.Duration
	// Intake tunes the queue; its Prefix and Shards come from above.
	Intake intake.Options
}

// Telegram is the Telegram channel. Build it with New, mount
// WebhookHandler (webhook mode), call Run. Safe for concurrent use.
type Telegram struct {
	cfg    Config
	api    *tgbot.Bot
	http   *http.Client
	queue  *intake.Queue
	limits Limits
	pacer  *pacer
	// bulkHead is held by the one bulk call of this process asking for
	// the bot's turn (see wait).
	bulkHead chan struct{}
	tidy     *tidier
	log      *slog.Logger
	label    string // the bot's "bot" label in the metrics
	// early holds the answers to callback queries sent on intake, by
	// update id, for the worker to wait on (see answerEarly).
	early earlyAnswers
	// bg ends when the channel closes: background marks and answers.
	bg     context.Context
	stopBg context.CancelFunc

	rate      rateMeter // chat calls this process made, for hold
	unblocked recentSet // chats whose blocked mark was cleared lately
	chats     chatBook  // the private chats' schedules as this process booked them
	mu        sync.Mutex
	last429   struct {
		chat int64
		at   time.Time
	}

	closeOnce sync.Once
}

var secretPattern = regexp.MustCompile(`^[A-Za-z0-9_-]{1,256}$`)

// New checks cfg and builds the channel. It makes no network call.
func New(cfg Config) (*Telegram, error) {
	switch {
	case strings.TrimSpace(cfg.Token) == "":
		return nil, errors.New("bot: a Telegram token is required")
	case cfg.Handler == nil, cfg.Redis == nil, cfg.Text == nil, cfg.Metrics == nil:
		return nil, errors.New("bot: Handler, Redis, Text and Metrics are required")
	case cfg.Prefix == "":
		return nil, errors.New("bot: a Redis key prefix is required")
	}
	if err := CheckName(cfg.Name); err != nil {
		return nil, err
	}
	if cfg.Lang != "" && !slices.Contains(locales.Languages, cfg.Lang) {
		return nil, fmt.Errorf("bot: language %q is not one of %v", cfg.Lang, locales.Languages)
	}
	if cfg.APIURL == "" {
		cfg.APIURL = DefaultAPIURL
	}
	cfg.APIURL = strings.TrimRight(cfg.APIURL, "/")
	if u, err := url.Parse(cfg.APIURL); err != nil || u.Host == "" {
		return nil, fmt.Errorf("bot: API URL %q is not an absolute URL", cfg.APIURL)
	}
	if cfg.PublicURL != "" {
		if u, err := url.Parse(cfg.PublicURL); err != nil || u.Scheme != "https" || u.Host == "" {
			return nil, errors.New("bot: the public URL must be an absolute https URL for webhook mode")
		}
		if !secretPattern.MatchString(cfg.WebhookSecret) {
			return nil, errors.New("bot: webhook mode needs a secret of 1-256 characters A-Z a-z 0-9 _ -")
		}
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	if cfg.EmergencyNumber == "" {
		cfg.EmergencyNumber = dialogs.DefaultEmergencyNumber
	}
	if cfg.Commands == nil {
		cfg.Commands = dialogs.Commands()
	}
	if cfg.PollTimeout <= 0 {
		cfg.PollTimeout = 30 * time.Second
	}
	if cfg.SendTimeout <= 0 {
		cfg.SendTimeout = 15 * time.Second
	}
	io := cfg.Intake
	io.Prefix, io.Shards = cfg.Prefix+":intake", cfg.Shards
	if io.Logger == nil {
		io.Logger = cfg.Log
	}
	if io.Metrics == nil {
		io.Metrics = cfg.Metrics
	}
	io.Label = metrics.BotLabel(cfg.Name)
	queue, err := intake.New(cfg.Redis, io)
	if err != nil {
		return nil, fmt.Errorf("bot: %w", err)
	}
	// The channel's own commands (turns, done-records) join those of
	// the other updates in flight (see redisbatch); the queue does the
	// same with its own.
	cfg.Redis = redisbatch.Client(cfg.Redis)
	hc := &http.Client{Transport: newTransport()}
	api, err := tgbot.New(cfg.Token,
		tgbot.WithServerURL(cfg.APIURL),
		tgbot.WithSkipGetMe(),
		tgbot.WithHTTPClient(cfg.PollTimeout, statusClient{hc}),
		tgbot.WithErrorsHandler(func(err error) { cfg.Log.Warn("bot: library error", "err", err) }),
		tgbot.WithNotAsyncHandlers(),
	)
	if err != nil {
		queue.Close()
		return nil, fmt.Errorf("bot: %w", err)
	}
	limits := cfg.Limits.withDefaults()
	bg, stopBg := context.WithCancel(context.Background())
	t := &Telegram{
		cfg: cfg, api: api, http: hc, queue: queue,
		limits:   limits,
		pacer:    newPacer(time.Second / time.Duration(limits.Global)),
		bulkHead: make(chan struct{}, 1),
		log:      cfg.Log,
		label:    metrics.BotLabel(cfg.Name),
		bg:       bg, stopBg: stopBg,
	}
	t.tidy = newTidier(bg, t)
	return t, nil
}

// Webhook reports whether the channel runs in webhook mode.
func (t *Telegram) Webhook() bool { return t.cfg.PublicURL != "" }

// Run registers the commands, then takes updates in (setWebhook, or
// deleteWebhook and long polling) and handles them until ctx is cancelled.
// It returns nil after a clean stop, and an error only when Telegram
// refuses the token. Start-up calls that fail are retried in the
// background; the webhook handler works from the moment New returns.
func (t *Telegram) Run(ctx context.Context) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	var fatal error
	var once sync.Once
	stop := func(err error) {
		once.Do(func() { fatal = err })
		cancel()
	}
	wg.Go(func() { t.registerCommands(ctx) })
	wg.Go(func() {
		if err := t.queue.Run(ctx, t); err != nil {
			stop(err)
		}
	})
	wg.Go(func() {
		var err error
		if t.Webhook() {
			err = t.setWebhook(ctx)
		} else {
			err = t.poll(ctx)
		}
		if err != nil {
			stop(err)
		}
	})
	wg.Wait()
	return fatal
}

// Close releases the channel's own connections (not Config.Redis).
func (t *Telegram) Close() error {
	var err error
	t.closeOnce.Do(func() {
		t.stopBg()
		err = t.queue.Close()
		t.http.CloseIdleConnections()
	})
	return err
}

// Pending returns how many updates wait in the intake queue.
func (t *Telegram) Pending(ctx context.Context) (int64, error) { return t.queue.Pending(ctx) }

// setWebhook points Telegram at us, retrying until it succeeds.
func (t *Telegram) setWebhook(ctx context.Context) error {
	params := &tgbot.SetWebhookParams{
		URL:            strings.TrimRight(t.cfg.PublicURL, "/") + t.WebhookPath(),
		AllowedUpdates: allowedUpdates,
		SecretToken:    t.cfg.WebhookSecret,
		MaxConnections: 40,
	}
	return t.startupCall(ctx, "setWebhook", func(ctx context.Context) error {
		_, err := t.api.SetWebhook(ctx, params)
		return err
	})
}

// startupCall retries f until it succeeds or ctx ends; it returns an error
// only when Telegram refuses the token.
func (t *Telegram) startupCall(ctx context.Context, method string, f func(context.Context) error) error {
	pause := time.Second
	for {
		err := t.call(ctx, method, 0, Interactive, f)
		switch {
		case err == nil || ctx.Err() != nil:
			return nil
		case errors.Is(err, tgbot.ErrorUnauthorized):
			return fmt.Errorf("bot: Telegram refused the token: %w", err)
		}
		t.log.Warn("bot: start-up call failed, will retry", "method", method, "err", err)
		if !sleepCtx(ctx, pause) {
			return nil
		}
		pause = min(2*pause, time.Minute)
	}
}
