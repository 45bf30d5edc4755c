package dialogs

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/frontdoor-health/frontdoor/locales"
)

// memSessions is an in-memory SessionStore with the real store's contract:
// versions, ErrNotFound, ErrStaleSession. It stores JSON, as Redis does, so
// that nothing survives that would not survive the real store. It records
// the conversations whose other data it was asked to forget.
type memSessions struct {
	mu     sync.Mutex
	data   map[string][]byte
	ver    map[string]int64
	saves  int
	forgot []ConversationKey
}

func newMemSessions() *memSessions {
	return &memSessions{data: map[string][]byte{}, ver: map[string]int64{}}
}

func (m *memSessions) Load(_ context.Context, k ConversationKey) (Session, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	raw, ok := m.data[k.String()]
	if !ok {
		return Session{}, fmt.Errorf("mem: load: %w", ErrNotFound)
	}
	var s Session
	if err := json.Unmarshal(raw, &s); err != nil {
		return Session{}, err
	}
	s.Version = m.ver[k.String()]
	return s, nil
}

func (m *memSessions) Save(_ context.Context, k ConversationKey, s Session) (int64, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	cur := m.ver[k.String()]
	if _, ok := m.data[k.String()]; !ok {
		cur = 0 // deleted or never saved: only a new session may be saved
	}
	if cur != s.Version {
		return 0, fmt.Errorf("mem: save: %w", ErrStaleSession)
	}
	raw, err := json.Marshal(s)
	if err != nil {
		return 0, err
	}
	m.data[k.String()] = raw
	m.ver[k.String()]++ // never reused, as in the real store
	m.saves++
	return m.ver[k.String()], nil
}

func (m *memSessions) Delete(_ context.Context, k ConversationKey) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	delete(m.data, k.String())
	// The version stays, as the real store never reuses one.
	return nil
}

func (m *memSessions) EraseConversation(_ context.Context, k ConversationKey) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.forgot = append(m.forgot, k)
	return nil
}

func (m *memSessions) forgotten() []ConversationKey {
	m.mu.Lock()
	defer m.mu.Unlock()
	return slices.Clone(m.forgot)
}

func (m *memSessions) saveCount() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.saves
}

// memPatients is an in-memory PatientStore that counts its writes and
// records whom it erased.
type memPatients struct {
	mu       sync.Mutex
	byKey    map[string]*Patient
	byID     map[int64]*Patient
	langSets int
	consents int
	facility map[int64]string // patient → facility code, from start links
	erased   []int64
}

func (m *memPatients) ErasePatient(_ context.Context, id int64) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.erased = append(m.erased, id)
	for k, v := range m.byKey {
		if v.ID == id {
			delete(m.byKey, k) // the id stays taken, as in PostgreSQL
		}
	}
	return nil
}

func (m *memPatients) erasedIDs() []int64 {
	m.mu.Lock()
	defer m.mu.Unlock()
	return slices.Clone(m.erased)
}

func newMemPatients() *memPatients {
	return &memPatients{byKey: map[string]*Patient{}, byID: map[int64]*Patient{}}
}

func (m *memPatients) EnsurePatient(_ context.Context, k ConversationKey, _ string) (Patient, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	p, ok := m.byKey[k.String()]
	if !ok {
		p = &Patient{ID: int64(len(m.byID) + 1)}
		m.byKey[k.String()], m.byID[p.ID] = p, p
	}
	return *p, nil
}

func (m *memPatients) SetLanguage(_ context.Context, id int64, lang string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	p, ok := m.byID[id]
	if !ok {
		return fmt.Errorf("mem: set language: %w", ErrNotFound)
	}
	p.Lang = lang
	m.langSets++
	return nil
}

// SetFacility knows the facilities of the demo network.
func (m *memPatients) SetFacility(_ context.Context, id int64, code string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	p, ok := m.byID[id]
	if !ok || (code != "makkah_ajyad" && code != "madinah_quba") {
		return fmt.Errorf("mem: set facility: %w", ErrNotFound)
	}
	if m.facility == nil {
		m.facility = map[int64]string{}
	}
	m.facility[p.ID] = code
	return nil
}

func (m *memPatients) SetDigits(_ context.Context, id int64, digits string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	p, ok := m.byID[id]
	if !ok {
		return fmt.Errorf("mem: set digits: %w", ErrNotFound)
	}
	p.Digits = digits
	return nil
}

func (m *memPatients) SetZone(_ context.Context, id int64, zone string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	p, ok := m.byID[id]
	if !ok {
		return fmt.Errorf("mem: set zone: %w", ErrNotFound)
	}
	p.Zone = zone
	return nil
}

func (m *memPatients) RecordConsent(_ context.Context, id int64, at time.Time) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	p, ok := m.byID[id]
	if !ok {
		return fmt.Errorf("mem: record consent: %w", ErrNotFound)
	}
	p.ConsentAt = at
	m.consents++
	return nil
}

func (m *memPatients) get(id int64) Patient {
	m.mu.Lock()
	defer m.mu.Unlock()
	return *m.byID[id]
}

// fakeRedFlags calls any text containing "chest pain" or "ألم في الصدر" an
// emergency.
type fakeRedFlags struct{}

func (fakeRedFlags) Emergency(text, _ string) ([]string, bool) {
	if strings.Contains(strings.ToLower(text), "chest pain") || strings.Contains(text, "ألم في الصدر") {
		return []string{"RF-TEST-CHEST"}, true
	}
	return nil, false
}

// testClock is fixed so that step tokens, and so golden files, are stable.
var testClock = time.Date(2026, 5, 1, 9, 0, 0, 0, time.UTC)

func mustCatalog(tb testing.TB) *locales.Catalog {
	tb.Helper()
	c, err := locales.Load()
	if err != nil {
		tb.Fatalf("load locales: %v", err)
	}
	return c
}

// newTestEngine returns an Engine on fresh in-memory stores.
func newTestEngine(tb testing.TB) (*Engine, *memSessions, *memPatients) {
	tb.Helper()
	ss, ps := newMemSessions(), newMemPatients()
	return engineOn(tb, ss, ps), ss, ps
}

// engineOn returns a new Engine over existing stores, as a restarted
// process would build, its other parts fresh fakes.
func engineOn(tb testing.TB, ss SessionStore, ps PatientStore) *Engine {
	tb.Helper()
	e, _ := engineWith(tb, ss, ps, nil)
	return e
}

// parts are the fakes behind an Engine made by engineWith.
type parts struct {
	cases    *memCases
	appts    *memAppointments
	consults *memConsults
}

// engineWith returns an Engine over ss and ps whose other parts are fresh
// fakes (a queue for the cases, the consult on it, appointments with
// video links) and the real triage rules, with fakeRedFlags so that what
// counts as an emergency outside triage is plain in the tests. edit, when
// not nil, changes the Deps before New.
func engineWith(tb testing.TB, ss SessionStore, ps PatientStore, edit func(*Deps)) (*Engine, parts) {
	tb.Helper()
	now := func() time.Time { return testClock }
	p := parts{cases: newMemCases()}
	p.appts = newMemAppointments(tb, now)
	p.consults = newMemConsults(p.cases)
	d := Deps{
		Sessions: ss, Patients: ps, Text: mustCatalog(tb),
		Cases: p.cases,
		// The transcripts test the conversation without the offer of a
		// phone number (phone_test.go gives the cases).
		Phones:   NoPhones,
		Triage:   Triage{Rules: mustRules(tb), FacilityPhone: testFacilityPhone},
		Booking:  Booking{Appointments: p.appts, Video: fakeVideo{}, CalendarHost: "frontdoor.test"},
		Consults: p.consults,
		RedFlags: fakeRedFlags{},
		Now:      now,
	}
	if edit != nil {
		edit(&d)
	}
	e, err := New(d)
	if err != nil {
		tb.Fatal(err)
	}
	return e, p
}
