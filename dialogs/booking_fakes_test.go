package dialogs

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/schedule"
)

// memAppointments is an in-memory Appointments with the store's contract:
// free slots from weekly availability minus bookings and other patients'
// holds, one hold per patient, versions, ErrSlotTaken, ErrPatientBusy,
// ErrAppointmentChanged, idempotent Book. takeNext makes the next Hold or
// Book find its slot just taken by another patient.
type memAppointments struct {
	mu       sync.Mutex
	now      func() time.Time
	specs    []Specialty
	docs     map[int64]Clinician
	docSpecs map[int64][]string
	avail    map[int64]schedule.Availability
	appts    map[int64]*Appointment
	holds    map[int64]Hold // by patient
	nextID   int64
	takeNext bool
	confirms int
}

const otherPatient = 999

func newMemAppointments(tb testing.TB, now func() time.Time) *memAppointments {
	tb.Helper()
	riyadh, err := time.LoadLocation("Asia/Riyadh")
	if err != nil {
		tb.Fatal(err)
	}
	m := &memAppointments{
		now: now,
		specs: []Specialty{
			{Code: "general_practice", Names: locales.Names{"ar": "الطب العام", "en": "General Practice"}},
			{Code: "cardiology", Names: locales.Names{"ar": "أمراض القلب", "en": "Cardiology"}},
		},
		docs: map[int64]Clinician{
			1: {ID: 1, Names: locales.Names{"ar": "د. هدى", "en": "Dr Huda"}},
			2: {ID: 2, Names: locales.Names{"ar": "د. عمر", "en": "Dr Omar"}},
			3: {ID: 3, Names: locales.Names{"ar": "د. سامي", "en": "Dr Sami"}},
		},
		docSpecs: map[int64][]string{1: {"general_practice"}, 2: {"general_practice", "cardiology"}, 3: {"cardiology"}},
		avail:    map[int64]schedule.Availability{},
		appts:    map[int64]*Appointment{},
		holds:    map[int64]Hold{},
		nextID:   100,
	}
	for id := range m.docs {
		a := schedule.Availability{Clinician: schedule.ClinicianID(id), Location: riyadh}
		for wd := time.Sunday; wd <= time.Saturday; wd++ {
			a.Weekly = append(a.Weekly, schedule.Weekly{Weekday: wd, Window: schedule.Window{
				Start: schedule.At(9, 0), End: schedule.At(12, 0), Slot: 30 * time.Minute,
			}})
		}
		m.avail[id] = a
	}
	return m
}

// relocate puts clinician id's weekly hours (the same wall-clock hours)
// at a facility in zone: a network whose facilities keep other clocks.
func (m *memAppointments) relocate(tb testing.TB, id int64, zone string) {
	tb.Helper()
	loc, err := time.LoadLocation(zone)
	if err != nil {
		tb.Fatal(err)
	}
	a := m.avail[id]
	a.Location = loc
	m.avail[id] = a
}

func (m *memAppointments) Specialties(context.Context) ([]Specialty, error) {
	return slices.Clone(m.specs), nil
}

func (m *memAppointments) Specialty(_ context.Context, code string) (Specialty, error) {
	for _, s := range m.specs {
		if s.Code == code {
			return s, nil
		}
	}
	return Specialty{}, fmt.Errorf("mem: specialty %q: %w", code, ErrNotFound)
}

func (m *memAppointments) Clinician(_ context.Context, id int64) (Clinician, error) {
	c, ok := m.docs[id]
	if !ok {
		return Clinician{}, fmt.Errorf("mem: clinician %d: %w", id, ErrNotFound)
	}
	return c, nil
}

func (m *memAppointments) FreeSlots(_ context.Context, q SlotQuery) ([]schedule.Slot, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.free(q, q.Moving), nil
}

// free computes q's slots; moving is not busy for the patient.
func (m *memAppointments) free(q SlotQuery, moving int64) []schedule.Slot {
	var lists [][]schedule.Slot
	ids := slices.Sorted(func(yield func(int64) bool) {
		for id := range m.docs {
			if !yield(id) {
				return
			}
		}
	})
	for _, id := range ids {
		if (q.Clinician != 0 && id != q.Clinician) || (q.Specialty != "" && !slices.Contains(m.docSpecs[id], q.Specialty)) {
			continue
		}
		var busy []schedule.Interval
		for _, a := range m.appts {
			if a.Status != StatusBooked {
				continue
			}
			if a.Clinician.ID == id || (a.PatientID == q.PatientID && a.ID != moving) {
				busy = append(busy, a.Interval())
			}
		}
		for p, h := range m.holds {
			if p != q.PatientID && int64(h.Slot.Clinician) == id && h.Until.After(m.now()) {
				busy = append(busy, h.Slot.Interval())
			}
		}
		slots, err := schedule.Free(m.avail[id], schedule.Query{
			Now: m.now(), Notice: 30 * time.Minute, Horizon: 14 * 24 * time.Hour, Busy: busy,
		})
		if err != nil {
			panic(err)
		}
		lists = append(lists, slots)
	}
	return schedule.Merge(lists...)
}

func (m *memAppointments) isFree(q SlotQuery, s schedule.Slot, moving int64) bool {
	return slices.ContainsFunc(m.free(q, moving), func(f schedule.Slot) bool {
		return f.Clinician == s.Clinician && f.Start.Equal(s.Start) && f.End.Equal(s.End)
	})
}

// steal books s for another patient, as a concurrent booking would.
func (m *memAppointments) steal(s schedule.Slot) {
	m.takeNext = false
	m.nextID++
	m.appts[m.nextID] = &Appointment{ID: m.nextID, PatientID: otherPatient, Clinician: m.docs[int64(s.Clinician)],
		Start: s.Start, End: s.End, Status: StatusBooked, Version: 1}
}

func (m *memAppointments) Hold(_ context.Context, r BookRequest) (Hold, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.takeNext {
		m.steal(r.Slot)
	}
	if !m.isFree(SlotQuery{Specialty: r.Specialty, Clinician: int64(r.Slot.Clinician), PatientID: r.PatientID}, r.Slot, 0) {
		return Hold{}, fmt.Errorf("mem: hold: %w", ErrSlotTaken)
	}
	m.nextID++
	h := Hold{ID: m.nextID, Slot: r.Slot, Until: m.now().Add(5 * time.Minute)}
	m.holds[r.PatientID] = h
	return h, nil
}

func (m *memAppointments) Release(_ context.Context, patientID int64) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	delete(m.holds, patientID)
	return nil
}

func (m *memAppointments) Book(_ context.Context, r BookRequest) (Appointment, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, a := range m.appts {
		if a.PatientID == r.PatientID && a.Status == StatusBooked && a.Clinician.ID == int64(r.Slot.Clinician) && a.Start.Equal(r.Slot.Start) {
			return *a, nil // booked already: the same input again
		}
	}
	if m.takeNext {
		delete(m.holds, r.PatientID)
		m.steal(r.Slot)
	}
	h, held := m.holds[r.PatientID]
	if !held || h.ID != r.HoldID {
		if !m.isFree(SlotQuery{Specialty: r.Specialty, Clinician: int64(r.Slot.Clinician), PatientID: r.PatientID}, r.Slot, 0) {
			return Appointment{}, fmt.Errorf("mem: book: %w", ErrSlotTaken)
		}
	}
	delete(m.holds, r.PatientID)
	spec, _ := m.Specialty(context.Background(), r.Specialty)
	m.nextID++
	a := &Appointment{ID: m.nextID, PatientID: r.PatientID, Clinician: m.docs[int64(r.Slot.Clinician)], Specialty: spec,
		Start: r.Slot.Start, End: r.Slot.End, Status: StatusBooked, Version: 1, Room: "room",
		Zone: m.avail[int64(r.Slot.Clinician)].Location.String()}
	m.appts[a.ID] = a
	return *a, nil
}

func (m *memAppointments) mine(patientID, id int64, version int) (*Appointment, error) {
	a, ok := m.appts[id]
	switch {
	case !ok || a.PatientID != patientID:
		return nil, fmt.Errorf("mem: appointment %d: %w", id, ErrNotFound)
	case a.Status != StatusBooked || a.Version != version:
		return a, fmt.Errorf("mem: appointment %d: %w", id, ErrAppointmentChanged)
	}
	return a, nil
}

func (m *memAppointments) Move(_ context.Context, r MoveRequest) (Appointment, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	a, err := m.mine(r.PatientID, r.AppointmentID, r.Version)
	if err != nil {
		return Appointment{}, err
	}
	h, held := m.holds[r.PatientID]
	if (!held || h.ID != r.HoldID) &&
		!m.isFree(SlotQuery{Specialty: a.Specialty.Code, Clinician: int64(r.Slot.Clinician), PatientID: r.PatientID}, r.Slot, a.ID) {
		return Appointment{}, fmt.Errorf("mem: move: %w", ErrSlotTaken)
	}
	delete(m.holds, r.PatientID)
	a.Clinician, a.Start, a.End, a.Version, a.Confirmed = m.docs[int64(r.Slot.Clinician)], r.Slot.Start, r.Slot.End, a.Version+1, false
	a.Zone = m.avail[int64(r.Slot.Clinician)].Location.String()
	return *a, nil
}

func (m *memAppointments) Cancel(_ context.Context, patientID, id int64, version int) (Appointment, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	a, err := m.mine(patientID, id, version)
	if err != nil {
		return Appointment{}, err
	}
	a.Status, a.Version = StatusCancelled, a.Version+1
	return *a, nil
}

func (m *memAppointments) Confirm(_ context.Context, patientID, id int64, version int) (Appointment, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	a, err := m.mine(patientID, id, version)
	if err != nil {
		return Appointment{}, err
	}
	a.Confirmed = true
	m.confirms++
	return *a, nil
}

func (m *memAppointments) Upcoming(_ context.Context, patientID int64) ([]Appointment, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []Appointment
	for _, a := range m.appts {
		if a.PatientID == patientID && a.Status == StatusBooked && a.End.After(m.now()) {
			out = append(out, *a)
		}
	}
	slices.SortFunc(out, func(x, y Appointment) int { return cmp.Compare(x.Start.Unix(), y.Start.Unix()) })
	return out, nil
}

func (m *memAppointments) Appointment(_ context.Context, patientID, id int64) (Appointment, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	a, ok := m.appts[id]
	if !ok || a.PatientID != patientID {
		return Appointment{}, fmt.Errorf("mem: appointment %d: %w", id, ErrNotFound)
	}
	return *a, nil
}

func (m *memAppointments) LastClinician(_ context.Context, patientID int64) (Clinician, Specialty, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var last *Appointment
	for _, a := range m.appts {
		if a.PatientID == patientID && a.Status == StatusBooked && (last == nil || a.Start.After(last.Start)) {
			last = a
		}
	}
	if last == nil {
		return Clinician{}, Specialty{}, fmt.Errorf("mem: last clinician: %w", ErrNotFound)
	}
	return last.Clinician, last.Specialty, nil
}

func (m *memAppointments) booked(patientID int64) []Appointment {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []Appointment
	for _, a := range m.appts {
		if a.PatientID == patientID {
			out = append(out, *a)
		}
	}
	slices.SortFunc(out, func(x, y Appointment) int { return cmp.Compare(x.ID, y.ID) })
	return out
}

// fakeVideo links every appointment to a room named after its id.
type fakeVideo struct{}

func (fakeVideo) PatientLink(_ context.Context, a Appointment) (string, error) {
	return fmt.Sprintf("https://meet.example.org/room%d", a.ID), nil
}

// newBookingEngine returns an Engine over fresh fakes and its
// appointments.
func newBookingEngine(tb testing.TB) (*Engine, *memAppointments) {
	tb.Helper()
	e, p := engineWith(tb, newMemSessions(), newMemPatients(), nil)
	return e, p.appts
}

// book opens booking as "Book an appointment" does once triage has
// found the problem routine: the session is put at triage's routine
// decision (reached from the menu's Book) and its Book button pressed.
// Booking's tests start at booking's first question this way, whatever
// triage would ask first; TestTriageBeforeBooking walks the hand-over.
func (c *chat) book() []Reply {
	c.t.Helper()
	s := c.session()
	s.Flow, s.State = flowTriage, trRoutine
	if err := storeValues(&s, triageData{Via: "m:book", Answers: map[string]string{}}); err != nil {
		c.t.Fatal(err)
	}
	if _, err := c.e.Sessions.Save(c.t.Context(), c.key, s); err != nil {
		c.t.Fatal(err)
	}
	return c.press(token(s.Step) + ":t:b")
}
