package store_test

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/store/storetest"
	"github.com/jackc/pgerrcode"
	"github.com/jackc/pgx/v5/pgconn"
)

func TestEnsurePatientConcurrent(t *testing.T) {
	t.Parallel()
	pg := storetest.NewPostgres(t)
	key := dialogs.ConversationKey{Channel: dialogs.ChannelTelegram, ID: "-100123"}
	const n = 16
	ids := make([]int64, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			p, err := pg.Patients().EnsurePatient(context.Background(), key, "42")
			ids[i], errs[i] = p.ID, err
		})
	}
	wg.Wait()
	for i := range n {
		if errs[i] != nil {
			t.Fatalf("EnsurePatient #%d: %v", i, errs[i])
		}
		if ids[i] != ids[0] {
			t.Errorf("EnsurePatient #%d = patient %d, #0 = %d: want one patient", i, ids[i], ids[0])
		}
	}
	var rows int
	if err := pg.Pool().QueryRow(context.Background(), `SELECT count(*) FROM patients`).Scan(&rows); err != nil {
		t.Fatal(err)
	}
	if rows != 1 {
		t.Errorf("patients has %d rows, want 1", rows)
	}
}

func TestPatientLifecycle(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pg := storetest.NewPostgres(t)
	tg := dialogs.ConversationKey{Channel: dialogs.ChannelTelegram, ID: "777"}
	web := dialogs.ConversationKey{Channel: dialogs.ChannelWeb, ID: "777"}

	p, err := pg.Patients().EnsurePatient(ctx, tg, "777")
	if err != nil {
		t.Fatal(err)
	}
	if p.ID == 0 || p.Lang != "" || !p.ConsentAt.IsZero() {
		t.Fatalf("new patient = %+v, want an id, no language, no consent", p)
	}
	other, err := pg.Patients().EnsurePatient(ctx, web, "777")
	if err != nil {
		t.Fatal(err)
	}
	if other.ID == p.ID {
		t.Errorf("same id on two channels gave one patient %d; want two", p.ID)
	}

	consent := time.Date(2026, 6, 1, 9, 30, 0, 0, time.UTC)
	if err := pg.Patients().SetLanguage(ctx, p.ID, dialogs.LangArabic); err != nil {
		t.Fatalf("SetLanguage: %v", err)
	}
	if err := pg.Patients().RecordConsent(ctx, p.ID, consent); err != nil {
		t.Fatalf("RecordConsent: %v", err)
	}
	got, err := pg.Patients().EnsurePatient(ctx, tg, "777")
	if err != nil {
		t.Fatal(err)
	}
	if got.ID != p.ID || got.Lang != dialogs.LangArabic || !got.ConsentAt.Equal(consent) || got.Digits != "" {
		t.Errorf("EnsurePatient after choices = %+v, want id %d, ar, consent %v, the language's digits", got, p.ID, consent)
	}
	if err := pg.Patients().SetDigits(ctx, p.ID, dialogs.DigitsWestern); err != nil {
		t.Fatalf("SetDigits: %v", err)
	}
	if got, _ := pg.Patients().EnsurePatient(ctx, tg, "777"); got.Digits != dialogs.DigitsWestern {
		t.Errorf("digits after SetDigits(latn) = %q", got.Digits)
	}
	if err := pg.Patients().SetDigits(ctx, p.ID, ""); err != nil {
		t.Fatalf("SetDigits back: %v", err)
	}
	if got, _ := pg.Patients().EnsurePatient(ctx, tg, "777"); got.Digits != "" {
		t.Errorf("digits after SetDigits(\"\") = %q", got.Digits)
	}

	var audited int
	err = pg.Pool().QueryRow(ctx, `SELECT count(*) FROM audit_log
		WHERE action = 'patient.consent' AND subject_kind = 'patient' AND subject_id = $1::bigint::text`, p.ID).Scan(&audited)
	if err != nil || audited != 1 {
		t.Errorf("consent audit entries = %d, %v; want 1", audited, err)
	}
}

func TestPatientNotFound(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pg := storetest.NewPostgres(t)
	for _, tc := range []struct {
		name string
		call func() error
	}{
		{"set language", func() error { return pg.Patients().SetLanguage(ctx, 987654, dialogs.LangEnglish) }},
		{"record consent", func() error { return pg.Patients().RecordConsent(ctx, 987654, time.Now()) }},
		{"set digits", func() error { return pg.Patients().SetDigits(ctx, 987654, dialogs.DigitsWestern) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := tc.call(); !errors.Is(err, dialogs.ErrNotFound) {
				t.Errorf("err = %v, want dialogs.ErrNotFound", err)
			}
		})
	}
	var audited int
	if err := pg.Pool().QueryRow(ctx, `SELECT count(*) FROM audit_log`).Scan(&audited); err != nil || audited != 0 {
		t.Errorf("audit entries after failed consent = %d, %v; want 0", audited, err)
	}
}

func TestPatientRejectsBadValues(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pg := storetest.NewPostgres(t)
	p, err := pg.Patients().EnsurePatient(ctx, dialogs.ConversationKey{Channel: dialogs.ChannelWeb, ID: "s1"}, "s1")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		call func() error
	}{
		{"unknown language", func() error { return pg.Patients().SetLanguage(ctx, p.ID, "xx") }},
		{"unknown digits", func() error { return pg.Patients().SetDigits(ctx, p.ID, "arab") }},
		{"unknown channel", func() error {
			_, err := pg.Patients().EnsurePatient(ctx, dialogs.ConversationKey{Channel: "fax", ID: "1"}, "1")
			return err
		}},
		{"empty conversation id", func() error {
			_, err := pg.Patients().EnsurePatient(ctx, dialogs.ConversationKey{Channel: dialogs.ChannelWeb}, "")
			return err
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var pgErr *pgconn.PgError
			err := tc.call()
			if !errors.As(err, &pgErr) || (pgErr.Code != pgerrcode.CheckViolation && pgErr.Code != pgerrcode.ForeignKeyViolation) {
				t.Errorf("err = %v, want a check or foreign key violation", err)
			}
		})
	}
}

// TestEveryListedLanguageCanBeSet: the database takes its languages from
// the one list in locales, so a language added there needs no migration.
func TestEveryListedLanguageCanBeSet(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pg := storetest.NewPostgres(t)
	p, err := pg.Patients().EnsurePatient(ctx, dialogs.ConversationKey{Channel: dialogs.ChannelWeb, ID: "s1"}, "s1")
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range locales.Languages {
		if err := pg.Patients().SetLanguage(ctx, p.ID, lang); err != nil {
			t.Errorf("SetLanguage(%s) = %v", lang, err)
		}
	}
}

func TestBlockedUntilUnblockedOrWritten(t *testing.T) {
	t.Parallel()
	pg := storetest.NewPostgres(t)
	ctx := t.Context()
	key := dialogs.ConversationKey{Channel: dialogs.ChannelTelegram, ID: "777"}
	if err := pg.Patients().SetBlocked(ctx, key, true); err != nil {
		t.Fatalf("a conversation without a patient: %v", err)
	}
	p, err := pg.Patients().EnsurePatient(ctx, key, "777")
	if err != nil {
		t.Fatal(err)
	}
	blockedAt := func() *time.Time {
		t.Helper()
		var at *time.Time
		if err := pg.Pool().QueryRow(ctx, `SELECT blocked_at FROM patients WHERE id = $1`, p.ID).Scan(&at); err != nil {
			t.Fatal(err)
		}
		return at
	}
	if err := pg.Patients().SetBlocked(ctx, key, true); err != nil || blockedAt() == nil {
		t.Fatalf("after blocking: %v, blocked_at %v", err, blockedAt())
	}
	first := *blockedAt()
	if err := pg.Patients().SetBlocked(ctx, key, true); err != nil || !blockedAt().Equal(first) {
		t.Errorf("a second 403 moved blocked_at: %v", err)
	}
	if err := pg.Patients().SetBlocked(ctx, key, false); err != nil || blockedAt() != nil {
		t.Errorf("after unblocking: %v, blocked_at %v", err, blockedAt())
	}
	_ = pg.Patients().SetBlocked(ctx, key, true)
	if _, err := pg.Patients().EnsurePatient(ctx, key, "777"); err != nil || blockedAt() != nil {
		t.Errorf("a patient who writes has not blocked the bot: %v, blocked_at %v", err, blockedAt())
	}
}

// TestPatientZone: the zone a patient reads times in is kept on the
// patient (an IANA zone, or the clinic's), read back when their session
// starts; the schema refuses what cannot be a zone; an unknown patient is
// ErrNotFound.
func TestPatientZone(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pg := storetest.NewPostgres(t)
	ps := pg.Patients()
	key := dialogs.ConversationKey{Channel: dialogs.ChannelWeb, ID: "zone-1"}
	p, err := ps.EnsurePatient(ctx, key, "zone-1")
	if err != nil || p.Zone != "" {
		t.Fatalf("new patient: %+v, %v; want no zone", p, err)
	}
	for _, z := range []string{"Europe/London", dialogs.ZoneClinic, "America/Argentina/Buenos_Aires"} {
		if err := ps.SetZone(ctx, p.ID, z); err != nil {
			t.Fatalf("SetZone(%q): %v", z, err)
		}
		if got, _ := ps.EnsurePatient(ctx, key, "zone-1"); got.Zone != z {
			t.Errorf("after SetZone(%q): %q", z, got.Zone)
		}
	}
	if err := ps.SetZone(ctx, p.ID, "'; DROP TABLE patients; --"); err == nil {
		t.Error("a zone that is no zone was kept")
	}
	if err := ps.SetZone(ctx, 1<<40, "Europe/London"); !errors.Is(err, dialogs.ErrNotFound) {
		t.Errorf("unknown patient: %v, want ErrNotFound", err)
	}
}
