package store

import "slices"

// Scope is the part of the case queue a dashboard account may see: the
// cases of its facilities (and of the network pool, facility 0, when one of
// them takes it, as said below scopeWhere) in its specialties, and every emergency
// there. Every query for cases takes one,
// and so does the live event filter, so both agree.
type Scope struct {
	ClinicianID int64
	Facilities  []int64
	// Pool: the account sees the network pool (Clinician.TakesPool).
	Pool bool
	// AllSpecialties is set for coordinators and admins, and for the front
	// line of on-demand consults: general practitioners and emergency
	// physicians see every case of their facilities, whatever specialty
	// triage suggested, so that no patient waits for a specialist who is
	// not on duty. Specialties is then ignored.
	AllSpecialties bool
	Specialties    []string
	// CanClaim is set for clinicians: only they take cases, and beyond the
	// waiting cases they see only those they took.
	CanClaim bool
}

// Scope returns what c may see. A disabled account sees nothing.
func (c Clinician) Scope() Scope {
	if !c.Active {
		return Scope{ClinicianID: c.ID}
	}
	return Scope{
		ClinicianID:    c.ID,
		Facilities:     c.Facilities,
		Pool:           c.TakesPool,
		AllSpecialties: c.Role == RoleCoordinator || c.Role == RoleAdmin || c.frontLine(),
		Specialties:    c.Specialties,
		CanClaim:       c.Role == RoleClinician,
	}
}

// frontLine reports whether c takes on-demand consults of any specialty.
func (c Clinician) frontLine() bool {
	return slices.Contains(c.Specialties, "general_practice") || slices.Contains(c.Specialties, "emergency_medicine")
}

// Allows reports whether a case of facilityID (0: the network pool)
// in specialty with urgency is within s. An emergency reaches every
// specialty of the facility, so that whoever is on call can call the
// patient back. The case queries apply the same rule in SQL.
func (s Scope) Allows(facilityID int64, specialty, urgency string) bool {
	if len(s.Facilities) == 0 {
		return false
	}
	if facilityID == 0 && !s.Pool || facilityID != 0 && !slices.Contains(s.Facilities, facilityID) {
		return false
	}
	return s.AllSpecialties || urgency == "emergency" || slices.Contains(s.Specialties, specialty)
}

// Scope in SQL over the cases table c and the specialties s, with $1
// facilities, $2 all specialties, $3 specialties, $4 the clinician, $5
// whether the account is a clinician. It is Scope.Allows plus one rule
// the queue needs no event for: a clinician sees beyond the waiting cases
// only those they claimed.
const scopeWhere = `
cardinality($1::bigint[]) > 0
AND (c.facility_id = ANY($1::bigint[])
     OR c.facility_id IS NULL
        AND (EXISTS (SELECT 1 FROM facilities pf WHERE pf.id = ANY($1::bigint[]) AND pf.takes_pool)
             OR NOT EXISTS (SELECT 1 FROM facilities pf WHERE pf.takes_pool)))
AND ($2::bool OR c.specialty = ANY($3::text[]) OR c.urgency = 'emergency')
AND (NOT $5::bool OR c.status = 'waiting' OR c.claimed_by = $4::bigint)`

// The network pool is the cases routed to no facility (their patient gave
// no link, no location and no choice, or no facility has a place). The
// staff of the facilities that take it (facilities.takes_pool) see it, or
// every facility's while none of the network does, so that such a case,
// an emergency above all, is never seen by nobody. The account's row
// (Clinician.TakesPool, for Scope.Allows) and every case query
// (scopeWhere) read it alike.

func scopeArgs(s Scope) []any {
	specialties := s.Specialties
	if specialties == nil {
		specialties = []string{}
	}
	facilities := s.Facilities
	if facilities == nil {
		facilities = []int64{}
	}
	return []any{facilities, s.AllSpecialties, specialties, s.ClinicianID, s.CanClaim}
}
