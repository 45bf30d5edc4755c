package store_test

import (
	"context"
	"errors"
	"testing"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/store"
	"github.com/frontdoor-health/frontdoor/store/storetest"
)

// openTestCase opens a case for patient and returns its id.
func openTestCase(t *testing.T, cases *store.Cases, patient int64, source, urgency, specialty string, queue bool) int64 {
	t.Helper()
	id, err := cases.OpenCase(context.Background(), dialogs.Case{PatientID: patient, Source: source, Lang: "en",
		Complaint: "words", Urgency: urgency, Specialty: specialty, Queue: queue})
	if err != nil {
		t.Fatal(err)
	}
	return id
}

// queuePlace is a waiting case's place, as WaitFigures tells it.
func queuePlace(ctx context.Context, consults *store.Consults, id int64) (int, error) {
	f, err := consults.WaitFigures(ctx, id)
	return f.Position, err
}

func TestQueuePosition(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pg, rd := storetest.NewPostgres(t), storetest.NewRedis(t)
	cases, consults := pg.Cases(rd), pg.Consults(rd)
	p, err := pg.Patients().EnsurePatient(ctx, dialogs.ConversationKey{Channel: dialogs.ChannelWeb, ID: "q1"}, "q1")
	if err != nil {
		t.Fatal(err)
	}
	// In order of arrival.
	urgentGP1 := openTestCase(t, cases, p.ID, "q/1", "urgent", "general_practice", true)
	urgentCardio := openTestCase(t, cases, p.ID, "q/2", "urgent", "cardiology", true)
	routineGP := openTestCase(t, cases, p.ID, "q/3", "routine", "general_practice", true)
	urgentGP2 := openTestCase(t, cases, p.ID, "q/4", "urgent", "general_practice", true)
	emergency := openTestCase(t, cases, p.ID, "q/5", "emergency", "emergency_medicine", true)
	triaged := openTestCase(t, cases, p.ID, "q/6", "self_care", "general_practice", false)

	for _, tc := range []struct {
		name string
		id   int64
		want int
	}{
		{"an emergency goes to the top, whenever it came", emergency, 1},
		{"first urgent GP case: after the emergency", urgentGP1, 2},
		{"second urgent GP case: after the first", urgentGP2, 3},
		{"urgent before routine, whatever the arrival", routineGP, 4},
		{"another specialty's cases do not count", urgentCardio, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := queuePlace(ctx, consults, tc.id)
			if err != nil || got != tc.want {
				t.Errorf("place of %d = %d, %v; want %d", tc.id, got, err, tc.want)
			}
		})
	}
	if _, err := queuePlace(ctx, consults, triaged); !errors.Is(err, dialogs.ErrNotFound) {
		t.Errorf("position of a case not in the queue: %v, want ErrNotFound", err)
	}

	// The patient asks for a doctor after all: the triaged case joins the
	// queue, once.
	for range 2 {
		if err := cases.Enqueue(ctx, triaged); err != nil {
			t.Fatal(err)
		}
	}
	if got, err := queuePlace(ctx, consults, triaged); err != nil || got != 5 {
		t.Errorf("self-care case queued on request: place %d, %v; want 5 (last)", got, err)
	}
	if err := cases.Enqueue(ctx, 1<<40); !errors.Is(err, dialogs.ErrNotFound) {
		t.Errorf("enqueue of no case: %v, want ErrNotFound", err)
	}
	// A claimed case is no longer waiting and no longer ahead of anyone.
	if _, err := pg.Pool().Exec(ctx, `UPDATE cases SET status = 'left' WHERE id = $1`, emergency); err != nil {
		t.Fatal(err)
	}
	if _, err := queuePlace(ctx, consults, emergency); !errors.Is(err, dialogs.ErrNotFound) {
		t.Errorf("position of a case that left: %v, want ErrNotFound", err)
	}
	if got, err := queuePlace(ctx, consults, urgentGP1); err != nil || got != 1 {
		t.Errorf("after the emergency left: place %d, %v; want 1", got, err)
	}
}

func TestCasesAnnounceEnqueue(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pg, rd := storetest.NewPostgres(t), storetest.NewRedis(t)
	cases := pg.Cases(rd)
	p, err := pg.Patients().EnsurePatient(ctx, dialogs.ConversationKey{Channel: dialogs.ChannelTelegram, ID: "77"}, "77")
	if err != nil {
		t.Fatal(err)
	}
	id, err := cases.OpenCase(ctx, dialogs.Case{PatientID: p.ID, Source: "telegram:77/9", Lang: "ar",
		Complaint: "زكام", Urgency: "self_care", Specialty: "general_practice"})
	if err != nil {
		t.Fatal(err)
	}
	for range 2 { // the second changes nothing and announces nothing
		if err := cases.Enqueue(ctx, id); err != nil {
			t.Fatal(err)
		}
	}
	events, _, err := rd.CaseEventsAfter(ctx, "0-0", 10)
	consults := pg.Consults(rd)
	if err != nil || len(events) != 1 {
		t.Fatalf("events = %+v, %v; want one", events, err)
	}
	if e := events[0]; e.Kind != store.EventCaseCreated || e.CaseID != id || e.Urgency != "self_care" || e.Specialty != "general_practice" {
		t.Errorf("event = %+v", e)
	}
	if n, err := queuePlace(ctx, consults, id); err != nil || n != 1 {
		t.Errorf("place = %d, %v; want 1", n, err)
	}
}

func TestFacilityPhone(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pg := storetest.NewPostgres(t)
	addFacility := func(code, phone string) {
		t.Helper()
		_, err := pg.Pool().Exec(ctx, `INSERT INTO facilities (code, names, city, phone) VALUES ($1, jsonb_build_object('ar', 'ع'::text, 'en', 'C'::text), 'makkah', $2)`, code, phone)
		if err != nil {
			t.Fatal(err)
		}
	}
	want := func(step, phone string, wantErr error) {
		t.Helper()
		got, err := pg.Facilities().Phone(ctx)
		if got != phone || !errors.Is(err, wantErr) {
			t.Errorf("%s: FacilityPhone = %q, %v; want %q, %v", step, got, err, phone, wantErr)
		}
	}
	want("no facility", "", dialogs.ErrNotFound)
	addFacility("nophone", "")
	want("one facility without a phone", "", dialogs.ErrNotFound)
	addFacility("makkah1", "+966125550100")
	want("one facility with a phone", "+966125550100", nil)
	addFacility("madinah1", "+966148880000")
	want("two facilities with phones", "", dialogs.ErrNotFound)
}
