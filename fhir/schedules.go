package fhir

import (
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/store"
)

// Slot searches cover at most this span, a week by default.
const (
	maxSlotSpan     = 31 * 24 * time.Hour
	defaultSlotSpan = 7 * 24 * time.Hour
)

// videoService is every appointment's service type.
var videoService = []CodeableConcept{{Text: "Video consultation"}}

func specialty(s dialogs.Specialty) CodeableConcept {
	return CodeableConcept{Coding: []Coding{{System: SpecialtySystem, Code: s.Code, Display: s.Name(locales.Fallback)}}, Text: s.Name(locales.Fallback)}
}

func practitioner(c dialogs.Clinician) Reference {
	return Reference{Reference: "Practitioner/" + strconv.FormatInt(c.ID, 10), Display: c.Name(locales.Fallback)}
}

func (s *Server) scheduleOf(cs store.ClinicianSchedule) Schedule {
	sc := Schedule{ResourceType: "Schedule", ID: strconv.FormatInt(cs.Clinician.ID, 10), Active: true,
		ServiceType: videoService, Actor: []Reference{practitioner(cs.Clinician)}}
	for _, sp := range cs.Specialties {
		sc.Specialty = append(sc.Specialty, specialty(sp))
	}
	for _, f := range cs.Facilities {
		sc.Actor = append(sc.Actor, Reference{Reference: "Location/" + strconv.FormatInt(f.ID, 10), Display: f.Names.In(locales.Fallback)})
	}
	if cs.Horizon > 0 {
		now := s.Now()
		sc.PlanningHorizon = &Period{Start: instant(now), End: instant(now.Add(cs.Horizon))}
	}
	return sc
}

func (s *Server) searchSchedules(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if err := known(q, "actor", "_id"); err != nil {
		s.fail(w, r, http.StatusBadRequest, "not-supported", err.Error())
		return
	}
	var id int64
	var err error
	if v := q.Get("actor"); v != "" {
		id, err = reference(v, "Practitioner")
	} else if v := q.Get("_id"); v != "" {
		id, err = reference(v, "Schedule")
	}
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, "invalid", err.Error())
		return
	}
	list, err := s.Source.Schedules(r.Context(), id)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	ids, res := make([]string, len(list)), make([]any, len(list))
	for i, cs := range list {
		sc := s.scheduleOf(cs)
		ids[i], res[i] = sc.ID, sc
	}
	s.write(w, http.StatusOK, s.bundle(r, "Schedule", ids, res))
}

func (s *Server) readSchedule(w http.ResponseWriter, r *http.Request) {
	id, err := reference(r.PathValue("id"), "Schedule")
	if err != nil {
		s.fail(w, r, http.StatusNotFound, "not-found", "no such schedule")
		return
	}
	list, err := s.Source.Schedules(r.Context(), id)
	if err == nil && len(list) == 0 {
		err = dialogs.ErrNotFound
	}
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	s.write(w, http.StatusOK, s.scheduleOf(list[0]))
}

// slotID names a slot by its clinician and start: "12-1777700000".
func slotID(clinician int64, start time.Time) string {
	return fmt.Sprintf("%d-%d", clinician, start.Unix())
}

func slotOf(id string, clinician int64, start, end time.Time, status string, sp []CodeableConcept) Slot {
	return Slot{ResourceType: "Slot", ID: id, Specialty: sp, Status: status, Start: instant(start), End: instant(end),
		Schedule: Reference{Reference: "Schedule/" + strconv.FormatInt(clinician, 10)}}
}

// slots lists the clinician's free slots and (as busy) booked
// appointments starting in [from, to), by start.
func (s *Server) slots(r *http.Request, clinician int64, from, to time.Time, statuses []string) ([]string, []any, error) {
	type item struct {
		start time.Time
		slot  Slot
	}
	var items []item
	if slices.Contains(statuses, "free") {
		free, err := s.Source.ClinicianFreeSlots(r.Context(), clinician, from, to)
		if err != nil {
			return nil, nil, err
		}
		for _, f := range free {
			id := slotID(clinician, f.Start)
			items = append(items, item{f.Start, slotOf(id, clinician, f.Start, f.End, "free", nil)})
		}
	}
	if slices.Contains(statuses, "busy") {
		booked, err := s.Source.ClinicianAppointments(r.Context(), store.AppointmentQuery{
			Clinician: clinician, From: from, To: to, Statuses: []string{dialogs.StatusBooked}, Limit: 1000,
		})
		if err != nil {
			return nil, nil, err
		}
		for _, a := range booked {
			id := slotID(clinician, a.Start)
			items = append(items, item{a.Start, slotOf(id, clinician, a.Start, a.End, "busy", []CodeableConcept{specialty(a.Specialty)})})
		}
	}
	slices.SortStableFunc(items, func(a, b item) int { return a.start.Compare(b.start) })
	ids, res := make([]string, len(items)), make([]any, len(items))
	for i, it := range items {
		ids[i], res[i] = it.slot.ID, it.slot
	}
	return ids, res, nil
}

func (s *Server) searchSlots(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if err := known(q, "schedule", "start", "status"); err != nil {
		s.fail(w, r, http.StatusBadRequest, "not-supported", err.Error())
		return
	}
	clinician, err := reference(q.Get("schedule"), "Schedule")
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, "required", "schedule=Schedule/<id> is required")
		return
	}
	span, err := parseDates(q["start"], s.Zone)
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, "invalid", err.Error())
		return
	}
	now := s.Now()
	if span.from.IsZero() {
		span.from = now
	}
	if span.to.IsZero() {
		span.to = span.from.Add(defaultSlotSpan)
	}
	if span.to.Sub(span.from) > maxSlotSpan {
		s.fail(w, r, http.StatusBadRequest, "too-costly", "search at most 31 days of slots at a time")
		return
	}
	statuses := tokens(q, "status")
	if len(statuses) == 0 {
		statuses = []string{"free"}
	}
	for _, st := range statuses {
		if st != "free" && st != "busy" {
			s.fail(w, r, http.StatusBadRequest, "invalid", "status is free or busy")
			return
		}
	}
	ids, res, err := s.slots(r, clinician, span.from, span.to, statuses)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	s.write(w, http.StatusOK, s.bundle(r, "Slot", ids, res))
}

func (s *Server) readSlot(w http.ResponseWriter, r *http.Request) {
	c, at, ok := strings.Cut(r.PathValue("id"), "-")
	clinician, err1 := strconv.ParseInt(c, 10, 64)
	unix, err2 := strconv.ParseInt(at, 10, 64)
	if !ok || err1 != nil || err2 != nil {
		s.fail(w, r, http.StatusNotFound, "not-found", "no such slot")
		return
	}
	start := time.Unix(unix, 0)
	_, res, err := s.slots(r, clinician, start, start.Add(time.Second), []string{"free", "busy"})
	if err == nil && len(res) == 0 {
		err = dialogs.ErrNotFound
	}
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	s.write(w, http.StatusOK, res[0])
}
