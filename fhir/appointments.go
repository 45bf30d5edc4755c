package fhir

import (
	"net/http"
	"strconv"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/store"
)

// cancellationReasons maps who cancelled to R4's
// appointment-cancellation-reason codes.
var cancellationReasons = map[string]Coding{
	"patient":   {Code: "pat", Display: "Patient"},
	"clinician": {Code: "prov", Display: "Provider"},
	"system":    {Code: "other", Display: "Other"},
}

const cancellationSystem = "http://terminology.hl7.org/CodeSystem/appointment-cancellation-reason"

func appointmentOf(a store.AppointmentRecord) Appointment {
	fa := Appointment{
		ResourceType:    "Appointment",
		ID:              strconv.FormatInt(a.ID, 10),
		Meta:            &Meta{VersionID: strconv.Itoa(a.Version), LastUpdated: instant(a.Updated)},
		Status:          "booked",
		ServiceType:     videoService,
		Specialty:       []CodeableConcept{specialty(a.Specialty)},
		Start:           instant(a.Start),
		End:             instant(a.End),
		MinutesDuration: int(a.End.Sub(a.Start).Minutes()),
		Created:         instant(a.Created),
	}
	practitioner := practitioner(a.Clinician)
	patient := Reference{Reference: "Patient/" + strconv.FormatInt(a.PatientID, 10)}
	location := Reference{Reference: "Location/" + strconv.FormatInt(a.FacilityID, 10)}
	status := "accepted"
	if a.Status == dialogs.StatusCancelled {
		fa.Status, status = "cancelled", "declined"
		if c, ok := cancellationReasons[a.CancelledBy]; ok {
			c.System = cancellationSystem
			fa.CancelationReason = &CodeableConcept{Coding: []Coding{c}}
		}
	}
	fa.Participant = []Participant{
		{Actor: &practitioner, Required: "required", Status: "accepted"},
		{Actor: &patient, Required: "required", Status: status},
		{Actor: &location, Required: "information-only", Status: "accepted"},
	}
	return fa
}

func (s *Server) searchAppointments(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if err := known(q, "practitioner", "actor", "patient", "date", "status", "_count"); err != nil {
		s.fail(w, r, http.StatusBadRequest, "not-supported", err.Error())
		return
	}
	var aq store.AppointmentQuery
	var err error
	if v := q.Get("practitioner"); v != "" {
		aq.Clinician, err = reference(v, "Practitioner")
	} else if v := q.Get("actor"); v != "" {
		aq.Clinician, err = reference(v, "Practitioner")
	}
	if err == nil && q.Get("patient") != "" {
		aq.Patient, err = reference(q.Get("patient"), "Patient")
	}
	if err == nil {
		var span dateRange
		span, err = parseDates(q["date"], s.Zone)
		aq.From, aq.To = span.from, span.to
	}
	if err == nil && q.Get("_count") != "" {
		aq.Limit, err = strconv.Atoi(q.Get("_count"))
	}
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, "invalid", err.Error())
		return
	}
	if aq.Clinician == 0 && aq.Patient == 0 {
		s.fail(w, r, http.StatusBadRequest, "required", "practitioner or patient is required")
		return
	}
	for _, st := range tokens(q, "status") {
		if st != dialogs.StatusBooked && st != dialogs.StatusCancelled {
			s.fail(w, r, http.StatusBadRequest, "invalid", "status is booked or cancelled")
			return
		}
		aq.Statuses = append(aq.Statuses, st)
	}
	list, err := s.Source.ClinicianAppointments(r.Context(), aq)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	ids, res := make([]string, len(list)), make([]any, len(list))
	for i, a := range list {
		fa := appointmentOf(a)
		ids[i], res[i] = fa.ID, fa
	}
	s.write(w, http.StatusOK, s.bundle(r, "Appointment", ids, res))
}

func (s *Server) readAppointment(w http.ResponseWriter, r *http.Request) {
	id, err := reference(r.PathValue("id"), "Appointment")
	if err != nil {
		s.fail(w, r, http.StatusNotFound, "not-found", "no such appointment")
		return
	}
	a, err := s.Source.AppointmentRecord(r.Context(), id)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	s.write(w, http.StatusOK, appointmentOf(a))
}
