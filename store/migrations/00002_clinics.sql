-- Facilities, specialties, clinicians and their weekly availability.

-- +goose Up
CREATE TABLE facilities (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code       text NOT NULL UNIQUE CHECK (code ~ '^[a-z0-9_]{2,40}$'),
    name_ar    text NOT NULL CHECK (name_ar <> ''),
    name_en    text NOT NULL CHECK (name_en <> ''),
    -- city is a lower-case key ("makkah") that locales render in each
    -- language, not display text.
    city       text NOT NULL CHECK (city ~ '^[a-z_]{2,40}$'),
    -- An IANA zone; availability times are wall-clock times in this zone.
    time_zone  text NOT NULL DEFAULT 'Asia/Riyadh' CHECK (time_zone <> ''),
    phone      text NOT NULL DEFAULT '' CHECK (phone = '' OR phone ~ '^\+[0-9]{7,15}$'),
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE specialties (
    code    text PRIMARY KEY CHECK (code ~ '^[a-z_]{2,40}$'),
    name_ar text NOT NULL CHECK (name_ar <> ''),
    name_en text NOT NULL CHECK (name_en <> '')
);

CREATE TABLE clinicians (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    facility_id     bigint NOT NULL REFERENCES facilities (id),
    -- Lower case only, so uniqueness is case-insensitive without citext.
    username        text NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9][a-z0-9._-]{2,63}$'),
    display_name_ar text NOT NULL CHECK (display_name_ar <> ''),
    display_name_en text NOT NULL CHECK (display_name_en <> ''),
    role            text NOT NULL CHECK (role IN ('clinician', 'coordinator', 'admin')),
    password_hash   text NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
    active          boolean NOT NULL DEFAULT true,
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX clinicians_facility_idx ON clinicians (facility_id);

CREATE TABLE clinician_specialties (
    clinician_id   bigint NOT NULL REFERENCES clinicians (id) ON DELETE CASCADE,
    specialty_code text NOT NULL REFERENCES specialties (code),
    PRIMARY KEY (clinician_id, specialty_code)
);
CREATE INDEX clinician_specialties_specialty_idx ON clinician_specialties (specialty_code);

-- Wall-clock time ranges within one day, for weekly windows.
CREATE TYPE timerange AS RANGE (subtype = time);

-- Weekly windows in which a clinician takes appointments at a facility.
-- weekday follows Go's time.Weekday and PostgreSQL's EXTRACT(dow):
-- 0 = Sunday … 6 = Saturday. Times are local to the facility's time_zone;
-- end_time may be 24:00. A window past midnight is two rows.
CREATE TABLE availability (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    clinician_id bigint NOT NULL REFERENCES clinicians (id) ON DELETE CASCADE,
    facility_id  bigint NOT NULL REFERENCES facilities (id),
    weekday      smallint NOT NULL CHECK (weekday BETWEEN 0 AND 6),
    start_time   time NOT NULL,
    end_time     time NOT NULL,
    slot_minutes smallint NOT NULL CHECK (slot_minutes BETWEEN 5 AND 240),
    CHECK (end_time > start_time),
    CHECK (end_time - start_time >= make_interval(mins => slot_minutes)),
    UNIQUE (clinician_id, weekday, start_time),
    -- One clinician, one window at a time, whichever facility.
    CONSTRAINT availability_no_overlap
        EXCLUDE USING gist (clinician_id WITH =, weekday WITH =, timerange(start_time, end_time) WITH &&)
);

-- +goose Down
DROP TABLE availability;
DROP TYPE timerange;
DROP TABLE clinician_specialties;
DROP TABLE clinicians;
DROP TABLE specialties;
DROP TABLE facilities;
