// Package reminders sends appointment reminders as durable jobs on River
// (riverqueue/river over pgx), in the same PostgreSQL as the appointments.
// It has two halves, built in order: Jobs, the insert-only queue that
// store.Appointments is built with, and the Sender (New), which needs that
// store to claim and record each send and delivers through relay.Notifier.
// It knows no channel and no HTTP app.
//
// A booking writes its reminders in its own transaction: store.Appointments
// plans one row per reminder (appointment, version, offset) and calls
// Jobs.EnqueueTx, which inserts the River jobs with River's InsertManyTx
// in that transaction, so a booking never exists without its reminders.
// Cancelling or moving an appointment marks its pending reminders
// cancelled and cancels their jobs (CancelTx) in the same transaction.
//
// A job sends its reminder only after claiming the row (store's
// ClaimReminder), which checks, under the row's lock, that the appointment
// is still booked at the version the reminder was planned for and has not
// started; so a reminder for a cancelled or moved appointment is never
// sent, and a sent one is never sent again. Late reminders (the process was
// down) still go while the appointment has not started, worded for the
// time actually left; when several are overdue only the latest goes.
//
// # Surviving kill -9
//
// River rescues a job whose worker died only when its leader's rescuer
// runs (every 30 s, not configurable) and finds the job older than
// RescueStuckJobsAfter; after a kill -9 of the leader, another process
// must first wait out the old leader's lease (about 15 s) before it can
// lead. A reminder caught mid-send would come back after half a minute to
// over a minute. So each Sender also marks itself alive with a session
// advisory lock, records itself as the holder of each send it claims, and
// sweeps every SweepEvery: a send whose holder's lock is gone (the process
// died: PostgreSQL drops its locks with its connections) or whose lease
// ran out is given a new job due at once; so is a due reminder whose job
// still waits in River's scheduled state (no leader yet). Recovery after a
// restart takes about one sweep. The one window where a patient may get a
// reminder twice is a kill between Telegram accepting the message and the
// row being marked sent: at-least-once there, by choice (a duplicate
// reminder beats a lost one).
//
// River is tuned for reminders measured in seconds: FetchPollInterval and
// FetchCooldown short, JobTimeout 20 s, RescueStuckJobsAfter 30 s. River's
// scheduler interval (5 s) is not configurable; the sweep's grace covers
// the rest.
package reminders
