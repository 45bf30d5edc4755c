-- Cases reach the right facility (issue 14, item 4).
--
-- A facility's place (latitude and longitude, both or neither) and the
-- area and hotel names patients type for it, so that a case without a
-- facility link goes to the nearest facility offering its specialty; and
-- whether the facility's staff take the network pool (cases that could
-- not be routed). Off by default: a Madinah clinician does not see a
-- Makkah patient's case unless an administrator says so.
--
-- On the patient: whether they are a pilgrim (a Hajj or Umrah visitor) or
-- a resident, asked once ('skipped' when they chose not to say); and the
-- place they shared, rounded to about a kilometre (two decimals) by the
-- application, since only the nearest facility is needed from it.
-- place_asked records that the question was answered or skipped, so it is
-- asked once.

-- +goose Up
ALTER TABLE facilities
    ADD COLUMN latitude  double precision NULL CHECK (latitude BETWEEN -90 AND 90),
    ADD COLUMN longitude double precision NULL CHECK (longitude BETWEEN -180 AND 180),
    ADD CONSTRAINT facilities_place_check CHECK ((latitude IS NULL) = (longitude IS NULL)),
    ADD COLUMN areas text[] NOT NULL DEFAULT '{}',
    ADD COLUMN takes_pool boolean NOT NULL DEFAULT false;

ALTER TABLE patients
    ADD COLUMN visitor text NULL CHECK (visitor IN ('pilgrim', 'resident', 'skipped')),
    ADD COLUMN place_latitude  double precision NULL CHECK (place_latitude BETWEEN -90 AND 90),
    ADD COLUMN place_longitude double precision NULL CHECK (place_longitude BETWEEN -180 AND 180),
    ADD CONSTRAINT patients_place_check CHECK ((place_latitude IS NULL) = (place_longitude IS NULL)),
    ADD COLUMN place_asked boolean NOT NULL DEFAULT false;

-- +goose Down
ALTER TABLE patients DROP COLUMN place_asked, DROP CONSTRAINT patients_place_check,
    DROP COLUMN place_longitude, DROP COLUMN place_latitude, DROP COLUMN visitor;
ALTER TABLE facilities DROP COLUMN takes_pool, DROP COLUMN areas, DROP CONSTRAINT facilities_place_check,
    DROP COLUMN longitude, DROP COLUMN latitude;
