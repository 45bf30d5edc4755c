package password

import (
	"errors"
	"strings"
	"testing"
)

func TestHashVerify(t *testing.T) {
	phc, err := Hash("كلمة-سر 123")
	if err != nil {
		t.Fatalf("Hash: %v", err)
	}
	if !strings.HasPrefix(phc, "$argon2id$v=19$m=19456,t=2,p=1$") {
		t.Errorf("Hash = %q, want argon2id PHC with m=19456,t=2,p=1", phc)
	}
	for _, tc := range []struct {
		name string
		pw   string
		want bool
	}{
		{"same password", "كلمة-سر 123", true},
		{"other password", "كلمة-سر 124", false},
		{"empty password", "", false},
		{"prefix of password", "كلمة-سر", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Verify(tc.pw, phc)
			if err != nil || got != tc.want {
				t.Errorf("Verify(%q) = %v, %v; want %v, nil", tc.pw, got, err, tc.want)
			}
		})
	}
}

func TestHashSaltsDiffer(t *testing.T) {
	a, errA := Hash("same")
	b, errB := Hash("same")
	if errA != nil || errB != nil {
		t.Fatalf("Hash: %v, %v", errA, errB)
	}
	if a == b {
		t.Errorf("two hashes of one password are equal: %q", a)
	}
}

// TestVerifyKnownAnswer checks a hash made by another implementation
// (hash-wasm's argon2id, npm) so that our PHC reading and parameters agree
// with the rest of the world, not only with ourselves.
func TestVerifyKnownAnswer(t *testing.T) {
	for _, tc := range []struct {
		name string
		pw   string
		phc  string
		want bool
	}{
		{"owasp parameters", "frontdoor-demo", knownOWASP, true},
		{"owasp parameters, wrong password", "frontdoor-demO", knownOWASP, false},
		{"other parameters", "frontdoor-demo", knownSmall, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Verify(tc.pw, tc.phc)
			if err != nil || got != tc.want {
				t.Errorf("Verify = %v, %v; want %v, nil", got, err, tc.want)
			}
		})
	}
}

func TestVerifyMalformed(t *testing.T) {
	const salt, key = "c29tZXNhbHRzb21lc2FsdA", "b2ZpeGVkLWxlbmd0aC1rZXktb2YtMzItYnl0ZXMhIQ"
	for _, tc := range []struct {
		name string
		phc  string
	}{
		{"empty", ""},
		{"bcrypt", "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy"},
		{"argon2i", "$argon2i$v=19$m=19456,t=2,p=1$" + salt + "$" + key},
		{"old version", "$argon2id$v=16$m=19456,t=2,p=1$" + salt + "$" + key},
		{"no leading dollar", "argon2id$v=19$m=19456,t=2,p=1$" + salt + "$" + key + "$"},
		{"extra field", "$argon2id$v=19$m=19456,t=2,p=1$" + salt + "$" + key + "$x"},
		{"missing key", "$argon2id$v=19$m=19456,t=2,p=1$" + salt},
		{"params out of order", "$argon2id$v=19$t=2,m=19456,p=1$" + salt + "$" + key},
		{"missing parallelism", "$argon2id$v=19$m=19456,t=2$" + salt + "$" + key},
		{"zero memory", "$argon2id$v=19$m=0,t=2,p=1$" + salt + "$" + key},
		{"memory too small for lanes", "$argon2id$v=19$m=8,t=2,p=2$" + salt + "$" + key},
		{"huge memory", "$argon2id$v=19$m=99999999,t=2,p=1$" + salt + "$" + key},
		{"zero passes", "$argon2id$v=19$m=19456,t=0,p=1$" + salt + "$" + key},
		{"many passes", "$argon2id$v=19$m=19456,t=1000,p=1$" + salt + "$" + key},
		{"zero lanes", "$argon2id$v=19$m=19456,t=2,p=0$" + salt + "$" + key},
		{"negative lanes", "$argon2id$v=19$m=19456,t=2,p=-1$" + salt + "$" + key},
		{"leading zero", "$argon2id$v=19$m=019456,t=2,p=1$" + salt + "$" + key},
		{"plus sign", "$argon2id$v=19$m=+19456,t=2,p=1$" + salt + "$" + key},
		{"salt not base64", "$argon2id$v=19$m=19456,t=2,p=1$sa!t$" + key},
		{"salt too short", "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$" + key},
		{"salt padded", "$argon2id$v=19$m=19456,t=2,p=1$" + salt + "==$" + key},
		{"key too short", "$argon2id$v=19$m=19456,t=2,p=1$" + salt + "$a2V5"},
		{"empty key", "$argon2id$v=19$m=19456,t=2,p=1$" + salt + "$"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ok, err := Verify("anything", tc.phc)
			if ok || !errors.Is(err, ErrMalformed) {
				t.Errorf("Verify(%q) = %v, %v; want false, ErrMalformed", tc.phc, ok, err)
			}
		})
	}
}

func FuzzVerify(f *testing.F) {
	f.Add("pw", knownSmall)
	f.Add("pw", "$argon2id$v=19$m=8,t=1,p=1$c29tZXNhbHQ$c29tZWtleXNvbWVrZXk")
	f.Fuzz(func(t *testing.T, pw, phc string) {
		ok, err := Verify(pw, phc)
		if err != nil && ok {
			t.Fatalf("Verify = true with error %v", err)
		}
	})
}

// Made with hash-wasm 4 (npm): argon2id of "frontdoor-demo".
const (
	knownOWASP = "$argon2id$v=19$m=19456,t=2,p=1$Zml4ZWQtc2FsdC0xNmJ5dA$xg5NwBP2hm9ss9CK0B6eGSCG1JKQRupA97aoD5f1084"
	knownSmall = "$argon2id$v=19$m=64,t=3,p=2$YW5vdGhlci1zYWx0$XKYgJnU+1uCMt+lHTUPmzfW9MDvmym5r"
)

func BenchmarkHash(b *testing.B) {
	for b.Loop() {
		if _, err := Hash("frontdoor-demo"); err != nil {
			b.Fatal(err)
		}
	}
}
