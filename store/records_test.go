package store_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/frontdoor-health/frontdoor/store"
	"github.com/frontdoor-health/frontdoor/store/storetest"
	"github.com/frontdoor-health/frontdoor/stream"
)

func TestThrottleBackoff(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	r := storetest.NewRedis(t)
	th := r.Throttle("login:user", store.Backoff{Threshold: 3, Base: time.Minute, Max: 5 * time.Minute, Window: time.Hour})

	// Lock durations after each failure: none below the threshold, then
	// doubling up to the cap.
	want := []time.Duration{0, 0, time.Minute, 2 * time.Minute, 4 * time.Minute, 5 * time.Minute, 5 * time.Minute}
	for i, w := range want {
		got, err := th.Fail(ctx, "abc")
		if err != nil || got != w {
			t.Fatalf("failure %d: lock = %v, %v; want %v", i+1, got, err, w)
		}
	}
	left, err := th.Locked(ctx, "abc")
	if err != nil || left <= 4*time.Minute || left > 5*time.Minute {
		t.Errorf("Locked = %v, %v; want just under 5m", left, err)
	}
	if left, err := th.Locked(ctx, "other"); err != nil || left != 0 {
		t.Errorf("Locked(other key) = %v, %v; want 0", left, err)
	}
	if err := th.Reset(ctx, "abc"); err != nil {
		t.Fatal(err)
	}
	if left, err := th.Locked(ctx, "abc"); err != nil || left != 0 {
		t.Errorf("Locked after Reset = %v, %v; want 0", left, err)
	}
	if got, err := th.Fail(ctx, "abc"); err != nil || got != 0 {
		t.Errorf("first failure after Reset: lock = %v, %v; want 0 (count restarted)", got, err)
	}
}

func TestCaseEvents(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	r := storetest.NewRedis(t)

	if events, complete, err := r.CaseEventsAfter(ctx, "0-0", 10); err != nil || !complete || len(events) != 0 {
		t.Fatalf("CaseEventsAfter on no stream = %v, %v, %v; want none, complete", events, complete, err)
	}
	start, err := r.LastCaseEventID(ctx)
	if err != nil || start != "0-0" {
		t.Fatalf("LastCaseEventID = %q, %v; want 0-0", start, err)
	}

	var ids []string
	for i := range 3 {
		id, err := r.PublishCaseEvent(ctx, store.CaseEvent{Kind: store.EventCaseCreated, CaseID: int64(i + 1), FacilityID: 2, Specialty: "ent"})
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	if !stream.Less(ids[0], ids[1]) || !stream.Less(ids[1], ids[2]) {
		t.Errorf("ids %v do not grow", ids)
	}

	got, err := r.ReadCaseEvents(ctx, start, time.Second)
	if err != nil || len(got) != 3 || got[0].CaseID != 1 || got[2].ID != ids[2] || got[1].Specialty != "ent" {
		t.Fatalf("ReadCaseEvents = %+v, %v", got, err)
	}
	if got, err := r.ReadCaseEvents(ctx, ids[2], time.Millisecond); err != nil || len(got) != 0 {
		t.Errorf("ReadCaseEvents after the last = %+v, %v; want none", got, err)
	}

	for _, tc := range []struct {
		name         string
		after        string
		limit        int
		wantN        int
		wantComplete bool
	}{
		{"after the first", ids[0], 10, 2, true},
		{"after the last", ids[2], 10, 0, true},
		{"more than the limit", ids[0], 1, 0, false},
		{"from an id Redis never made (a restart lost the stream)", "99999999999999-0", 10, 0, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			events, complete, err := r.CaseEventsAfter(ctx, tc.after, tc.limit)
			if err != nil || len(events) != tc.wantN || complete != tc.wantComplete {
				t.Errorf("CaseEventsAfter = %d events, complete %v, %v; want %d, %v", len(events), complete, err, tc.wantN, tc.wantComplete)
			}
		})
	}

	// Trimmed history: resuming from before the trim is incomplete.
	if err := r.Client().XTrimMinID(ctx, r.Key("dash:events"), ids[2]).Err(); err != nil {
		t.Fatal(err)
	}
	if _, complete, err := r.CaseEventsAfter(ctx, ids[0], 10); err != nil || complete {
		t.Errorf("CaseEventsAfter across a trim: complete = %v, %v; want false", complete, err)
	}
	if events, complete, err := r.CaseEventsAfter(ctx, ids[2], 10); err != nil || !complete || len(events) != 0 {
		t.Errorf("CaseEventsAfter from the oldest kept = %d, %v, %v; want none, complete", len(events), complete, err)
	}
}

func TestAuditLogPages(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pg := storetest.NewPostgres(t)
	mustSeed(t, pg)
	khalid, _, err := pg.Accounts().ClinicianLogin(ctx, "dr.khalid")
	if err != nil {
		t.Fatal(err)
	}
	for i := range 5 {
		if err := pg.AuditLog().Append(ctx, store.AuditEntry{ActorKind: store.ActorClinician, ActorID: fmt.Sprint(khalid.ID),
			Action: "case.view", SubjectKind: "case", SubjectID: fmt.Sprint(i % 2)}); err != nil {
			t.Fatal(err)
		}
	}
	if err := pg.AuditLog().Append(ctx, store.AuditEntry{ActorKind: store.ActorSystem, ActorID: "cli", Action: "seed.demo"}); err != nil {
		t.Fatal(err)
	}

	page, more, err := pg.AuditLog().Page(ctx, store.AuditQuery{Actor: "dr.khalid", Limit: 3})
	if err != nil || len(page) != 3 || !more {
		t.Fatalf("first page = %d records, more %v, %v; want 3 and more", len(page), more, err)
	}
	if page[0].ActorName != "dr.khalid" || page[0].Action != "case.view" || page[0].ID < page[1].ID {
		t.Errorf("first record = %+v, want khalid's newest view", page[0])
	}
	rest, more, err := pg.AuditLog().Page(ctx, store.AuditQuery{Actor: "dr.khalid", Limit: 3, Before: page[2].ID})
	if err != nil || len(rest) != 2 || more {
		t.Errorf("second page = %d records, more %v, %v; want the last 2", len(rest), more, err)
	}
	byID, _, err := pg.AuditLog().Page(ctx, store.AuditQuery{ActorKind: store.ActorClinician, Actor: fmt.Sprint(khalid.ID)})
	if err != nil || len(byID) != 5 {
		t.Errorf("by actor id = %d, %v; want 5", len(byID), err)
	}
	subject, _, err := pg.AuditLog().Page(ctx, store.AuditQuery{SubjectKind: "case", SubjectID: "1"})
	if err != nil || len(subject) != 2 {
		t.Errorf("by subject case 1 = %d, %v; want 2", len(subject), err)
	}
	sys, _, err := pg.AuditLog().Page(ctx, store.AuditQuery{ActorKind: store.ActorSystem, Actor: "cli"})
	if err != nil || len(sys) != 1 || sys[0].Detail != "{}" {
		t.Errorf("system entries = %+v, %v", sys, err)
	}
}

func TestSessionStore(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	r := storetest.NewRedis(t)
	s := r.SessionStore("dash")
	if _, found, err := s.FindCtx(ctx, "tok"); err != nil || found {
		t.Fatalf("Find of nothing = %v, %v", found, err)
	}
	if err := s.CommitCtx(ctx, "tok", []byte("v1"), time.Now().Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	b, found, err := s.FindCtx(ctx, "tok")
	if err != nil || !found || string(b) != "v1" {
		t.Fatalf("Find = %q, %v, %v", b, found, err)
	}
	key := r.Key("dash:session:{tok}")
	if ttl := r.Client().PTTL(ctx, key).Val(); ttl <= 59*time.Minute || ttl > time.Hour {
		t.Errorf("TTL = %v, want about an hour", ttl)
	}

	// An expiry already past deletes: never a session without an expiry.
	if err := s.CommitCtx(ctx, "tok", []byte("v2"), time.Now().Add(-time.Second)); err != nil {
		t.Fatal(err)
	}
	if n := r.Client().Exists(ctx, key).Val(); n != 0 {
		t.Errorf("a session committed past its expiry exists (TTL %v)", r.Client().PTTL(ctx, key).Val())
	}

	// A request that loaded the session before a logout cannot bring it
	// back when it commits afterwards.
	if err := s.CommitCtx(ctx, "tok2", []byte("v1"), time.Now().Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteCtx(ctx, "tok2"); err != nil {
		t.Fatal(err)
	}
	if err := s.CommitCtx(ctx, "tok2", []byte("late"), time.Now().Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if _, found, err := s.FindCtx(ctx, "tok2"); err != nil || found {
		t.Errorf("a session deleted then committed again was found: %v, %v", found, err)
	}
	// Other tokens are unaffected.
	if err := s.Commit("tok3", []byte("x"), time.Now().Add(time.Minute)); err != nil {
		t.Fatal(err)
	}
	if _, found, err := s.Find("tok3"); err != nil || !found {
		t.Errorf("Find(tok3) = %v, %v", found, err)
	}
	if err := s.Delete("tok3"); err != nil {
		t.Fatal(err)
	}
}
