package reminders

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/riverqueue/river"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/relay"
	"github.com/frontdoor-health/frontdoor/store"
)

// Args is a reminder job's only argument: the planned reminder's row. All
// else is read when the job runs, so it is never stale.
type Args struct {
	ReminderID int64 `json:"reminder_id"`
}

// Kind implements river.JobArgs.
func (Args) Kind() string { return "appointment_reminder" }

// Messages words a reminder; *dialogs.Engine implements it.
type Messages interface {
	RenderReminder(r dialogs.Reminder) []dialogs.Reply
}

// Store is what sending needs from the system of record;
// *store.Appointments implements it.
type Store interface {
	ClaimReminder(ctx context.Context, id int64, holder int32, lease, lateAfter time.Duration) (store.ReminderDelivery, error)
	FinishReminder(ctx context.Context, id int64, holder int32, result store.ReminderResult) error
	SweepReminders(ctx context.Context, grace time.Duration, limit int) (store.SweepResult, error)
	HoldSenderLock(ctx context.Context, holder int32) (release func(), err error)
}

// worker sends one reminder per job.
type worker struct {
	river.WorkerDefaults[Args]
	cfg    Config
	log    *slog.Logger
	store  Store
	holder int32 // set by Start before any job runs
}

// Timeout bounds one send; the claim's lease outlasts it.
func (w *worker) Timeout(*river.Job[Args]) time.Duration { return w.cfg.JobTimeout }

func (w *worker) lease() time.Duration { return w.cfg.JobTimeout + 5*time.Second }

// Work claims the reminder, words it, delivers it and records the outcome.
func (w *worker) Work(ctx context.Context, job *river.Job[Args]) error {
	id := job.Args.ReminderID
	d, err := w.store.ClaimReminder(ctx, id, w.holder, w.lease(), w.cfg.LateAfter)
	switch {
	case errors.Is(err, store.ErrReminderDone):
		if d.State == "skipped" {
			w.log.Info("reminders: skipped", "reminder", id, "appointment", d.AppointmentID, "why", d.Outcome)
		}
		return nil
	case errors.Is(err, store.ErrReminderBusy):
		return river.JobSnooze(w.lease())
	case errors.Is(err, dialogs.ErrNotFound):
		return river.JobCancel(err) // the appointment is gone
	case err != nil:
		return err
	}
	r := dialogs.Reminder{
		Lang: d.Lang, Digits: d.Digits, Zone: d.Zone, Appointment: d.Appointment, Now: d.Now, Offset: d.Offset, Late: d.Late,
	}
	if d.Last && w.cfg.Video != nil {
		if r.Link, err = w.cfg.Video.PatientLink(ctx, d.Appointment); err != nil {
			// Without a link the reminder still helps; the patient can ask
			// for it in My appointments.
			w.log.Warn("reminders: no video link", "appointment", d.AppointmentID, "err", err)
		}
	}
	claimed := time.Now() // d.Now, on this clock
	replies := w.cfg.Messages.RenderReminder(r)
	to := relay.Recipient{PatientID: d.Appointment.PatientID, Conversation: d.Conversation, Lang: d.Lang}
	sendErr := w.cfg.Notifier.Notify(ctx, to, replies, true)
	sent := time.Now()

	result := store.ReminderSent
	switch {
	case errors.Is(sendErr, relay.ErrUndeliverable):
		result = store.ReminderUndeliverable
	case sendErr != nil:
		result = store.ReminderRetry
	}
	// The job's context may be spent (timeout); the outcome must still
	// be recorded.
	fctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel()
	if err := w.store.FinishReminder(fctx, id, w.holder, result); err != nil {
		w.log.Warn("reminders: finish failed", "reminder", id, "err", err)
		if result == store.ReminderSent {
			return nil // sent: do not send again
		}
	}
	switch result {
	case store.ReminderSent:
		// The claim's time is the database's; the send's own duration is
		// added on this clock.
		late := d.Now.Sub(d.DueAt) + sent.Sub(claimed)
		if w.cfg.Lateness != nil {
			w.cfg.Lateness.Observe(late.Seconds())
		}
		w.log.Info("reminders: sent", "reminder", id, "appointment", d.AppointmentID,
			"offset_s", int(d.Offset/time.Second), "late", d.Late, "lateness_ms", late.Milliseconds())
		return nil
	case store.ReminderUndeliverable:
		w.log.Info("reminders: undeliverable", "reminder", id, "patient", d.Appointment.PatientID)
		return nil
	}
	return fmt.Errorf("reminders: send reminder %d: %w", id, sendErr)
}
