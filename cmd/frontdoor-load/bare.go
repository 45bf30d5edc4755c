package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strconv"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	tgbot "github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"

	"github.com/frontdoor-health/frontdoor/bot/telegramtest"
)

// The baseline: a bare go-telegram/bot bot, as the library's examples
// write one (its webhook handler, a default handler run per update, no
// store), driven by the same number of patients against the same fake Bot
// API in the same run. Each step a patient takes costs it what a
// Frontdoor step costs at least: a typed message is answered with a
// question and a button; a press is answered (answerCallbackQuery) and
// followed by the next question. Frontdoor's figures are set against it
// as a ratio: what durable intake, per-chat order, the dialogs and the
// real stores cost on this machine.

// Baseline is the bare bot's part of a Summary.
type Baseline struct {
	Seconds     float64     `json:"seconds"`
	Actions     int64       `json:"actions"`
	ActionsPerS float64     `json:"actions_per_second"`
	FirstReply  Percentiles `json:"action_to_first_reply_ms"`
	Errors      int64       `json:"errors"`
	Ratio       float64     `json:"frontdoor_over_baseline"`
	BotAPICalls int64       `json:"bot_api_calls"`
	// Apart: the bare bot ran as a process of its own (-baseline-apart).
	Apart bool `json:"apart"`
}

// bareBot starts the bare bot against apiURL on l and returns its webhook
// URL; it stops when ctx ends.
func bareBot(ctx context.Context, l net.Listener, apiURL, secret string) (string, error) {
	// The library's keyboard type sends an empty copy_text, which the
	// fake (like Telegram) refuses; a plain one of the same shape.
	type button struct {
		Text         string `json:"text"`
		CallbackData string `json:"callback_data"`
	}
	type keyboard struct {
		InlineKeyboard [][]button `json:"inline_keyboard"`
	}
	kb := func(step int) keyboard {
		return keyboard{InlineKeyboard: [][]button{{{Text: "Next", CallbackData: "bare:" + strconv.Itoa(step)}}}}
	}
	handler := func(ctx context.Context, b *tgbot.Bot, u *models.Update) {
		switch {
		case u.Message != nil:
			_, _ = b.SendMessage(ctx, &tgbot.SendMessageParams{ChatID: u.Message.Chat.ID, Text: "Question 1", ReplyMarkup: kb(1)})
		case u.CallbackQuery != nil && u.CallbackQuery.Message.Message != nil:
			_, _ = b.AnswerCallbackQuery(ctx, &tgbot.AnswerCallbackQueryParams{CallbackQueryID: u.CallbackQuery.ID})
			chat := u.CallbackQuery.Message.Message.Chat.ID
			_, _ = b.SendMessage(ctx, &tgbot.SendMessageParams{ChatID: chat, Text: "Next question", ReplyMarkup: kb(2)})
		}
	}
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.MaxIdleConnsPerHost = 128
	b, err := tgbot.New(telegramtest.Token,
		tgbot.WithServerURL(apiURL), tgbot.WithSkipGetMe(),
		tgbot.WithWebhookSecretToken(secret),
		tgbot.WithHTTPClient(time.Minute, &http.Client{Transport: tr, Timeout: 30 * time.Second}),
		tgbot.WithDefaultHandler(handler),
	)
	if err != nil {
		return "", fmt.Errorf("bare bot: %w", err)
	}
	srv := &http.Server{Handler: b.WebhookHandler(), ReadHeaderTimeout: 5 * time.Second}
	go func() { _ = srv.Serve(l) }()
	go b.StartWebhook(ctx)
	go func() {
		<-ctx.Done()
		_ = srv.Close()
	}()
	return "http://" + l.Addr().String() + "/", nil
}

// driveBare runs patients against the bare bot for o.duration: each types
// a message, then presses the button of every answer, pausing a mean of
// o.think before each action. It measures each action to the first
// message of its answer.
func driveBare(ctx context.Context, o options, stderr io.Writer) (Baseline, error) {
	fake, err := telegramtest.Listen("127.0.0.1:0")
	if err != nil {
		return Baseline{}, err
	}
	defer fake.Close()
	fake.SetRecordCalls(false)
	ctx, cancel := context.WithTimeout(ctx, o.duration)
	defer cancel()
	url, stopBare, err := startBare(ctx, o, fake.URL)
	if err != nil {
		return Baseline{}, err
	}
	defer stopBare()
	hook := telegramtest.NewWebhook(url, o.secret)
	hook.Retry = 50 * time.Millisecond
	var (
		mu      sync.Mutex
		first   []time.Duration
		actions atomic.Int64
		errs    atomic.Int64
		ids     atomic.Int64
		wg      sync.WaitGroup
	)
	ids.Store(8_000_000_000 + time.Now().Unix()%1_000_000*1000)
	start := time.Now()
	for i := range o.patients {
		wg.Go(func() {
			if !sleepCtx(ctx, o.ramp*time.Duration(i)/time.Duration(o.patients)) {
				return
			}
			u := telegramtest.User{ID: ids.Add(1), FirstName: "Load", LanguageCode: "en"}
			seen := 0
			var last telegramtest.Message
			for step := 0; ctx.Err() == nil; step++ {
				if o.think > 0 && !sleepCtx(ctx, time.Duration(float64(o.think)*(0.5+rand.Float64()))) {
					return
				}
				update := fake.TextUpdate(u, "hello")
				if step > 0 {
					update = fake.CallbackUpdate(u, last.ID, telegramtest.ButtonData(last, ""))
				}
				update["update_id"] = fake.NextUpdateID()
				sent := time.Now()
				if _, err := hook.Deliver(ctx, update); err != nil {
					if ctx.Err() == nil {
						errs.Add(1)
					}
					return
				}
				ms, err := fake.NextMessages(ctx, u.ID, seen)
				if err != nil {
					if ctx.Err() == nil {
						errs.Add(1)
					}
					return
				}
				seen += len(ms)
				last = ms[len(ms)-1]
				actions.Add(1)
				mu.Lock()
				first = append(first, ms[0].At.Sub(sent))
				mu.Unlock()
				if step > 0 && step%20 == 0 {
					fake.Forget(u.ID) // keep the fake flat in memory
					seen = 0
					step = -1
				}
			}
		})
	}
	wg.Wait()
	secs := time.Since(start).Seconds()
	var calls int64
	for method, byStatus := range fake.Counts() {
		for _, n := range byStatus {
			if method != "getUpdates" {
				calls += int64(n)
			}
		}
	}
	mu.Lock()
	defer mu.Unlock()
	fmt.Fprintf(stderr, "frontdoor-load: baseline done: %d actions in %.0f s\n", actions.Load(), secs)
	return Baseline{Seconds: secs, Actions: actions.Load(), ActionsPerS: float64(actions.Load()) / secs,
		FirstReply: percentiles(first), Errors: errs.Load(), BotAPICalls: calls, Apart: o.baselineApart}, nil
}

// bareBotEnv names the loopback address on which this binary, started with
// it set, serves only the bare bot (-baseline-apart); bareAPIEnv and
// bareSecretEnv give it the fake Bot API and the webhook secret.
const (
	bareBotEnv    = "FRONTDOOR_LOAD_BARE_BOT_ADDR"
	bareAPIEnv    = "FRONTDOOR_LOAD_BARE_API_URL"
	bareSecretEnv = "FRONTDOOR_LOAD_BARE_SECRET"
)

// startBare starts the bare bot for one baseline run: in this process, or
// with o.baselineApart as a process of its own, as serve runs beside the
// tool, so that both bots pay for a runtime and a scheduler of their own.
// It returns the bot's webhook URL and a stop that ends its process (the
// one in this process ends with ctx).
func startBare(ctx context.Context, o options, apiURL string) (string, func(), error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", nil, fmt.Errorf("bare bot: %w", err)
	}
	if !o.baselineApart {
		url, err := bareBot(ctx, l, apiURL, o.secret)
		return url, func() {}, err
	}
	addr := l.Addr().String()
	l.Close()
	self, err := os.Executable()
	if err != nil {
		return "", nil, fmt.Errorf("bare bot: %w", err)
	}
	cmd := exec.Command(self)
	cmd.Env = append(os.Environ(), bareBotEnv+"="+addr, bareAPIEnv+"="+apiURL, bareSecretEnv+"="+o.secret)
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		return "", nil, fmt.Errorf("bare bot: %w", err)
	}
	stop := func() {
		_ = cmd.Process.Signal(syscall.SIGTERM)
		_ = cmd.Wait()
	}
	// Up once it accepts a connection.
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		if c, err := net.Dial("tcp", addr); err == nil {
			c.Close()
			return "http://" + addr + "/", stop, nil
		}
		if time.Now().After(deadline) || ctx.Err() != nil {
			stop()
			return "", nil, errors.New("bare bot: its process did not listen within 10 s")
		}
	}
}

// serveBare is the whole of the bare bot's own process: it serves on addr
// until SIGTERM or SIGINT.
func serveBare(ctx context.Context, addr string) error {
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("bare bot: %w", err)
	}
	if _, err := bareBot(ctx, l, os.Getenv(bareAPIEnv), os.Getenv(bareSecretEnv)); err != nil {
		return err
	}
	<-ctx.Done()
	return nil
}
