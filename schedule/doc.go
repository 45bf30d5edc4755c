// Package schedule computes a clinician's free appointment slots from weekly
// availability, dated exceptions and busy intervals. It does no I/O and knows
// no SQL: the store loads availability and appointments, calls Free, and the
// booking dialog picks from the result with Days, OnDay and Nearest.
//
// # Time
//
// Availability is wall-clock time in the facility's *time.Location (a window
// "Monday 09:00–13:00" means 09:00 on the clock on the wall of the facility,
// whatever the UTC offset is that day). Busy intervals, Query.Now and slot
// instants are absolute; Slot carries both UTC and facility-local values.
//
// Wall-clock times that do not exist (the hour skipped when clocks go
// forward) or exist twice (the hour repeated when they go back) are resolved
// as RFC 5545 §3.3.5 does: with the UTC offset in force before the
// transition. A window starting at 02:30 on the night New York skips from
// 02:00 to 03:00 therefore starts at 03:30 EDT, and 01:30 on the night it
// repeats 01:00–02:00 is the first 01:30 (EDT). Slots within a window are
// stepped in elapsed time, so a 30-minute consult is 30 real minutes even
// across a transition.
//
// Every function here is pure and safe for concurrent use.
package schedule
