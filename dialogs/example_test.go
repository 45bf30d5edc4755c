package dialogs

import (
	"context"
	"fmt"
	"log"
	"time"

	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/triage"
)

// An Engine is built once in cmd from the stores and the catalog; a
// channel turns each update into an Input and sends the replies.
func ExampleEngine() {
	text, err := locales.Load()
	if err != nil {
		log.Fatal(err)
	}
	rules, err := triage.Load()
	if err != nil {
		log.Fatal(err)
	}
	cases := newMemCases()
	now := func() time.Time { return time.Date(2026, 5, 1, 9, 0, 0, 0, time.UTC) }
	e, err := New(Deps{
		Sessions:        newMemSessions(), // store.Redis in production
		Patients:        newMemPatients(), // store.Postgres in production
		Text:            text,
		Cases:           cases,                                             // store.Cases
		Phones:          cases,                                             // store.Cases
		Triage:          Triage{Rules: rules},                              // triage.Load()
		Booking:         Booking{Appointments: &memAppointments{now: now}}, // store.Appointments
		Consults:        newMemConsults(cases),                             // store.Consults
		EmergencyNumber: "997",
		Now:             now,
	})
	if err != nil {
		log.Fatal(err)
	}

	chat := ConversationKey{Channel: ChannelTelegram, ID: "4242"}
	replies, err := e.Handle(context.Background(), Input{ID: "1", Conversation: chat, Text: "/start", LanguageHint: "en"})
	if err != nil {
		log.Fatal(err)
	}
	english := replies[0].Buttons[0][0]
	fmt.Println(english.Label, english.Data)

	// The patient taps "English".
	replies, err = e.Handle(context.Background(), Input{ID: "2", Conversation: chat, Data: english.Data})
	if err != nil {
		log.Fatal(err)
	}
	for _, row := range replies[0].Buttons {
		fmt.Println(row[0].Label)
	}
	// Output:
	// English omg02:o:lang:en
	// I agree
	// No thanks
}
