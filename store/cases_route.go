package store

// routeCaseSQL is the facility a case of patient $1 in specialty $6 goes
// to: the patient's own (the link they came through, or the one they
// chose), else the nearest facility with a place to where they are (a
// shared location, or the place of an area they named) among those where
// an active clinician offers the specialty, else the nearest of all (a
// case is better near the patient than far for want of a specialist);
// NULL, the network pool (scope.go), when neither is known. Nearness is
// the equirectangular approximation, exact enough to order facilities
// within a country.
const routeCaseSQL = `(
SELECT coalesce(p.facility_id, (
    SELECT f.id FROM facilities f
    WHERE f.latitude IS NOT NULL AND p.place_latitude IS NOT NULL
    ORDER BY NOT EXISTS (
                 SELECT 1 FROM clinicians k
                 JOIN clinician_specialties s ON s.clinician_id = k.id AND s.specialty_code = $6
                 WHERE k.active AND (k.facility_id = f.id OR EXISTS (
                     SELECT 1 FROM clinician_facilities cf WHERE cf.clinician_id = k.id AND cf.facility_id = f.id))),
             power(f.latitude - p.place_latitude, 2)
               + power(cos(radians(p.place_latitude)) * (f.longitude - p.place_longitude), 2),
             f.id
    LIMIT 1))
FROM patients p WHERE p.id = $1)`
