// Package archtest holds no code: its test keeps the project's layering,
// failing when a package imports, directly or not, one it must not know:
// conversations (dialogs) know no channel and no SQL, triage knows no I/O
// of the project's, the store knows no channel, and the dashboard knows no
// Telegram.
package archtest
