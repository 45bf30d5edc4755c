package faulttest

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/frontdoor-health/frontdoor/bot/telegramtest"
)

// TestBookersRaceForOneSlot (issue 6, test 1): 64 patients walk to the
// same day's times through the Telegram channel (Book, a routine problem
// and its triage questions, the specialty triage chose, the first day) and all tap the first free
// time at once, round after round. PostgreSQL must let exactly one hold
// it; afterwards no clinician and no patient has two overlapping active
// appointments. FRONTDOOR_FAULTTEST_BOOKING_ROUNDS sets the rounds
// (default 3; the figure is 200).
func TestBookersRaceForOneSlot(t *testing.T) {
	t.Parallel()
	rounds := 3
	if n, err := strconv.Atoi(os.Getenv("FRONTDOOR_FAULTTEST_BOOKING_ROUNDS")); err == nil && n > 0 {
		rounds = n
	}
	c := newCluster(t)
	seed := exec.Command(binary, "seed", "--demo")
	seed.Env = append(c.environ(freeAddr(t)), "FRONTDOOR_MIGRATE_ON_START=true")
	if out, err := seed.CombinedOutput(); err != nil {
		t.Fatalf("seed --demo: %v\n%s", err, out)
	}
	p := c.start("serve")
	hook := telegramtest.NewWebhook(p.URL(), secret)
	// Generous: with Telegram's default 30 messages/s per bot (a serve
	// without FRONTDOOR_TELEGRAM_RATE_GLOBAL), a round takes about 20 s.
	ctx := ctxFor(t, time.Duration(90+rounds*40)*time.Second)

	const bookers = 64
	patients := make([]*telegramtest.Patient, bookers)
	onboard(ctx, t, bookers, func(i int) error {
		pt := telegramtest.NewPatient(user(680000+int64(i), []string{"en", "ar"}[i%2]), c.fake, hook)
		patients[i] = pt
		return walk(ctx, pt, "/start", ":o:lang:"+pt.User.LanguageCode, ":o:agree")
	})

	var holds atomic.Int64
	split := 0 // rounds where two different times were contended
	for round := range rounds {
		// Everyone to the first day's list of times...
		onboard(ctx, t, bookers, func(i int) error { return toTimes(ctx, patients[i]) })
		// ...and all tap its first time at once.
		var won atomic.Int64
		winners := make(chan string, bookers)
		onboard(ctx, t, bookers, func(i int) error {
			pt := patients[i]
			last := pt.Fake.Sent(pt.User.ID)
			if _, err := pt.Press(ctx, last[len(last)-1], ":b:t:0"); err != nil {
				return err
			}
			msgs, err := pt.Answer(ctx, settle)
			if err != nil {
				return err
			}
			if telegramtest.ButtonData(msgs[len(msgs)-1], ":b:yes") == "" {
				return nil // told it was just taken (with other times while there are any)
			}
			won.Add(1)
			winners <- pt.User.LanguageCode
			if _, err := pt.Press(ctx, msgs[len(msgs)-1], ":b:yes"); err != nil {
				return err
			}
			_, err = pt.Answer(ctx, settle)
			return err
		})
		// Everyone is offered the same first time while the specialty
		// triage chose has free days. Once its clinician is fully booked
		// (after about 150 rounds) everyone falls back to the first
		// specialty, whose clinicians have slots at the same times: a
		// patient already booked at the first time is offered the next,
		// so two times are contended, one winner each. The SQL check below
		// is the invariant either way.
		switch n := won.Load(); {
		case n == 0:
			t.Errorf("round %d: nobody got the slot", round+1)
		case n > 1:
			split++
			close(winners)
			var langs []string
			for l := range winners {
				langs = append(langs, l)
			}
			t.Logf("round %d: %d winners, in %v", round+1, n, langs)
		}
		holds.Add(won.Load())
	}

	db, err := pgx.Connect(ctx, c.dbURL)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close(ctx)
	var booked, clinicianOverlaps, patientOverlaps int64
	err = db.QueryRow(ctx, `SELECT
		(SELECT count(*) FROM appointments WHERE status = 'booked'),
		(SELECT count(*) FROM appointments a JOIN appointments b ON a.id < b.id
			AND a.clinician_id = b.clinician_id AND a.during && b.during WHERE a.active AND b.active),
		(SELECT count(*) FROM appointments a JOIN appointments b ON a.id < b.id
			AND a.patient_id = b.patient_id AND a.during && b.during WHERE a.active AND b.active)`).
		Scan(&booked, &clinicianOverlaps, &patientOverlaps)
	if err != nil {
		t.Fatal(err)
	}
	if clinicianOverlaps != 0 || patientOverlaps != 0 || booked != holds.Load() {
		t.Errorf("%d booked (want %d), %d clinician overlaps, %d patient overlaps (want none)",
			booked, holds.Load(), clinicianOverlaps, patientOverlaps)
	}
	if split > rounds/4 {
		t.Errorf("%d of %d rounds had more than one winner: the patients were not offered the same time", split, rounds)
	}
	t.Logf("%d rounds of %d bookers: %d booked, no overlap (%d rounds contended two times)", rounds, bookers, booked, split)
}

// toTimes takes a patient from anywhere to the first day's times: Book,
// a routine problem, the calmest answer to each triage question, on to
// booking with the specialty triage chose, then the first day.
func toTimes(ctx context.Context, pt *telegramtest.Patient) error {
	if err := walk(ctx, pt, "/menu", ":o:m:book"); err != nil {
		return err
	}
	if _, err := pt.Say(ctx, routine[pt.User.LanguageCode]); err != nil {
		return err
	}
	for range 15 {
		msgs, err := pt.Answer(ctx, settle)
		if err != nil {
			return err
		}
		last := msgs[len(msgs)-1]
		if skipped, err := skipPlace(ctx, pt, msgs); skipped || err != nil {
			if err != nil {
				return err
			}
			continue
		}
		switch {
		case telegramtest.ButtonData(last, ":b:d:0") != "":
			if _, err := pt.Press(ctx, last, ":b:d:0"); err != nil {
				return err
			}
			_, err = pt.Answer(ctx, settle)
			return err
		case telegramtest.ButtonData(last, ":b:s:0") != "":
			// The specialty triage chose has no free day left (after many
			// rounds): everyone takes the first specialty instead.
			_, err = pt.Press(ctx, last, ":b:s:0")
		case calm(last) != "":
			_, err = pt.PressData(ctx, last.ID, calm(last))
		default:
			_, err = pt.Press(ctx, last, ":t:b") // the routine outcome's "Book"
		}
		if err != nil {
			return err
		}
	}
	return errors.New("no day to book after 15 steps")
}

// routine is a problem triage sends to booking, in each language.
var routine = map[string]string{
	"en": "I need a repeat prescription for my diabetes tablets",
	"ar": "ابي اجدد وصفة دوا السكر",
}

// calm returns the least worrying answer button of m, "" when m asks no
// triage question.
func calm(m telegramtest.Message) string {
	answers := telegramtest.ButtonsWith(m, ":t:a:")
	for _, want := range []string{":no", ":40to64y", ":days", ":3"} {
		for _, a := range answers {
			if strings.HasSuffix(a, want) {
				return a
			}
		}
	}
	if len(answers) > 0 {
		return answers[0]
	}
	return ""
}

// walk sends text, then presses each button (by data suffix) on the last
// message of each answer.
func walk(ctx context.Context, pt *telegramtest.Patient, text string, presses ...string) error {
	if _, err := pt.Say(ctx, text); err != nil {
		return err
	}
	msgs, err := pt.Answer(ctx, settle)
	for _, suffix := range presses {
		if err != nil {
			return err
		}
		if _, err := pt.Press(ctx, msgs[len(msgs)-1], suffix); err != nil {
			return err
		}
		msgs, err = pt.Answer(ctx, settle)
	}
	return err
}

// settle is how long an answer's last message may lag behind its first
// keyboard.
const settle = 150 * time.Millisecond

// onboard runs f for 0..n-1 at once and fails t on the first error.
func onboard(ctx context.Context, t *testing.T, n int, f func(i int) error) {
	t.Helper()
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for i := range n {
		wg.Go(func() {
			if err := f(i); err != nil {
				errs <- err
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	_ = ctx
}
