// Package calendar writes an RFC 5545 iCalendar file (.ics) for one
// appointment, so that a patient can put it in their phone's calendar with
// the video link and a reminder.
//
// It is written by hand rather than with a library because one VEVENT in
// UTC needs only a few exact rules (CRLF line ends, folding at 75 octets
// without splitting a UTF-8 character, TEXT escaping), all of which are
// tested here, against golden files and an independent parser.
//
// Marshal does no I/O and is safe for concurrent use.
package calendar
