// Package password hashes and verifies clinicians' passwords with argon2id,
// stored as PHC strings:
//
//	$argon2id$v=19$m=19456,t=2,p=1$<salt, base64>$<key, base64>
//
// The parameters are OWASP's minimum for argon2id (19 MiB, two passes, one
// lane). They travel inside each hash, so raising them later leaves existing
// hashes verifiable.
package password

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"golang.org/x/crypto/argon2"
)

// Parameters of new hashes.
const (
	memoryKiB = 19 * 1024
	passes    = 2
	lanes     = 1
	saltLen   = 16
	keyLen    = 32
)

// Bounds on what Verify accepts, so that a tampered hash cannot make one
// login attempt allocate gigabytes or spin for minutes.
const (
	maxMemoryKiB = 256 * 1024 // 256 MiB, well above any sane setting
	maxPasses    = 16
	maxLanes     = 16
	minSaltLen   = 8
	minKeyLen    = 16
	maxKeyLen    = 128
)

// ErrMalformed is returned by Verify when the stored hash is not an argon2id
// PHC string this package can check.
var ErrMalformed = errors.New("password: malformed hash")

var b64 = base64.RawStdEncoding

// Hash returns the argon2id PHC string of pw with a fresh random salt. It
// takes tens of milliseconds and 19 MiB by design. Safe for concurrent use.
func Hash(pw string) (string, error) {
	salt := make([]byte, saltLen)
	if _, err := rand.Read(salt); err != nil {
		return "", fmt.Errorf("password: salt: %w", err)
	}
	key := argon2.IDKey([]byte(pw), salt, passes, memoryKiB, lanes, keyLen)
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s",
		argon2.Version, memoryKiB, passes, lanes, b64.EncodeToString(salt), b64.EncodeToString(key)), nil
}

// Verify reports whether pw matches the PHC string phc. A wrong password is
// (false, nil); a hash that cannot be parsed or whose parameters are out of
// bounds is (false, ErrMalformed). The comparison takes constant time in
// the key. Safe for concurrent use.
func Verify(pw, phc string) (bool, error) {
	h, err := parse(phc)
	if err != nil {
		return false, err
	}
	key := argon2.IDKey([]byte(pw), h.salt, h.passes, h.memory, h.lanes, uint32(len(h.key)))
	return subtle.ConstantTimeCompare(key, h.key) == 1, nil
}

type parsed struct {
	memory, passes uint32
	lanes          uint8
	salt, key      []byte
}

// parse reads "$argon2id$v=19$m=…,t=…,p=…$salt$key".
func parse(phc string) (parsed, error) {
	var h parsed
	parts := strings.Split(phc, "$")
	if len(parts) != 6 || parts[0] != "" || parts[1] != "argon2id" {
		return h, fmt.Errorf("%w: not an argon2id PHC string", ErrMalformed)
	}
	if parts[2] != "v="+strconv.Itoa(argon2.Version) {
		return h, fmt.Errorf("%w: unsupported version %q", ErrMalformed, parts[2])
	}
	params := strings.Split(parts[3], ",")
	if len(params) != 3 {
		return h, fmt.Errorf("%w: want m, t and p parameters", ErrMalformed)
	}
	m, err1 := param(params[0], "m=", maxMemoryKiB)
	t, err2 := param(params[1], "t=", maxPasses)
	p, err3 := param(params[2], "p=", maxLanes)
	if err := errors.Join(err1, err2, err3); err != nil {
		return h, err
	}
	if m < 8*p {
		// argon2 needs at least 8 KiB per lane.
		return h, fmt.Errorf("%w: memory below 8 KiB per lane", ErrMalformed)
	}
	salt, err := b64.Strict().DecodeString(parts[4])
	if err != nil || len(salt) < minSaltLen {
		return h, fmt.Errorf("%w: bad salt", ErrMalformed)
	}
	key, err := b64.Strict().DecodeString(parts[5])
	if err != nil || len(key) < minKeyLen || len(key) > maxKeyLen {
		return h, fmt.Errorf("%w: bad key", ErrMalformed)
	}
	return parsed{memory: m, passes: t, lanes: uint8(p), salt: salt, key: key}, nil
}

// param parses "name=N" with 1 ≤ N ≤ max.
func param(s, name string, max uint32) (uint32, error) {
	v, ok := strings.CutPrefix(s, name)
	if !ok {
		return 0, fmt.Errorf("%w: want %q parameter", ErrMalformed, name)
	}
	n, err := strconv.ParseUint(v, 10, 32)
	if err != nil || n < 1 || n > uint64(max) || v != strconv.FormatUint(n, 10) {
		return 0, fmt.Errorf("%w: bad %q parameter", ErrMalformed, name)
	}
	return uint32(n), nil
}
