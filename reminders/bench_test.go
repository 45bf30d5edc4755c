package reminders_test

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/relay"
	"github.com/frontdoor-health/frontdoor/reminders"
	"github.com/frontdoor-health/frontdoor/reminders/clinictest"
)

// BenchmarkRemindersDueAtOnce books 10,000 appointments (one reminder
// each, a day before), makes every reminder due at the same instant, then
// starts one sender (20 workers, the default, or 50; a notifier that
// returns at once) and measures how fast they all go out and how late each
// is (sent minus due, the database's clock). b.N is ignored: run it with
// -benchtime 1x.
//
//	go test ./reminders -run '^$' -bench RemindersDueAtOnce -benchtime 1x -timeout 20m
func BenchmarkRemindersDueAtOnce(b *testing.B) {
	for _, workers := range []int{reminders.DefaultWorkers, 50} {
		b.Run(fmt.Sprintf("workers=%d", workers), func(b *testing.B) { benchDueAtOnce(b, workers) })
	}
}

func benchDueAtOnce(b *testing.B, workers int) {
	const n, clinicians = 10000, 25
	c := clinictest.New(b, clinictest.Options{Clinicians: clinicians, Horizon: 60 * 24 * time.Hour, MaxConns: 24})
	appts := c.Appointments(b, nil, []time.Duration{24 * time.Hour})
	ps := c.Patients(b, 1000)
	first := c.NextSlotStart(time.Now().Add(48 * time.Hour))
	var wg sync.WaitGroup
	var next atomic.Int64
	for range 8 {
		wg.Go(func() {
			for {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				slot := c.SlotAt(b, i%clinicians, first.Add(time.Duration(i/clinicians)*15*time.Minute))
				if _, err := appts.Book(context.Background(), dialogs.BookRequest{
					PatientID: ps[i%len(ps)], Specialty: clinictest.Specialty, Slot: slot}); err != nil {
					b.Errorf("booking %d: %v", i, err)
					return
				}
			}
		})
	}
	wg.Wait()
	if b.Failed() {
		return
	}
	// Everything due in three seconds: the same instant for all.
	pool := c.PG.Pool()
	var due time.Time
	if err := pool.QueryRow(context.Background(), `SELECT date_trunc('second', now()) + interval '3 seconds'`).Scan(&due); err != nil {
		b.Fatal(err)
	}
	if _, err := pool.Exec(context.Background(), `UPDATE appointment_reminders SET due_at = $1`, due); err != nil {
		b.Fatal(err)
	}
	if _, err := pool.Exec(context.Background(), `UPDATE river_job SET scheduled_at = $1 WHERE state = 'scheduled'`, due); err != nil {
		b.Fatal(err)
	}

	var sent atomic.Int64
	done := make(chan struct{})
	notify := relay.NotifierFunc(func(context.Context, relay.Recipient, []dialogs.Reply, bool) error {
		if sent.Add(1) == n {
			close(done)
		}
		return nil
	})
	cfg := fast(notify, engine(b))
	cfg.Workers = workers
	b.ResetTimer()
	running(b, c, cfg, []time.Duration{24 * time.Hour})
	select {
	case <-done:
	case <-time.After(10 * time.Minute):
		b.Fatalf("only %d of %d reminders sent in 10 minutes", sent.Load(), n)
	}
	b.StopTimer()
	// The last sends are recorded just after the notifier returns.
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		var marked int
		if err := pool.QueryRow(context.Background(), `SELECT count(*) FROM appointment_reminders WHERE state = 'sent'`).Scan(&marked); err != nil {
			b.Fatal(err)
		}
		if marked == n {
			break
		}
	}

	var lateness []float64 // milliseconds
	rows, err := pool.Query(context.Background(), `
SELECT extract(epoch FROM sent_at - due_at) * 1000 FROM appointment_reminders WHERE state = 'sent'`)
	if err != nil {
		b.Fatal(err)
	}
	for rows.Next() {
		var ms float64
		if err := rows.Scan(&ms); err != nil {
			b.Fatal(err)
		}
		lateness = append(lateness, ms)
	}
	if rows.Err() != nil || len(lateness) != n {
		b.Fatalf("%d reminders marked sent, want %d (%v)", len(lateness), n, rows.Err())
	}
	slices.Sort(lateness)
	last := lateness[n-1]
	b.ReportMetric(float64(n)/(last/1000), "reminders/s")
	b.ReportMetric(lateness[n/2], "p50-late-ms")
	b.ReportMetric(lateness[n*99/100], "p99-late-ms")
	b.ReportMetric(last, "max-late-ms")
}
