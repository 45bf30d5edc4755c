package main

import (
	"io"
	"math"
	"os"
	"testing"
	"time"
)

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		ok   bool
	}{
		{"target on loopback", []string{"-target", "http://127.0.0.1:8080"}, true},
		{"localhost", []string{"-target", "http://localhost:8080"}, true},
		{"serve", []string{"-serve", "./frontdoor", "-processes", "2"}, true},
		{"neither", nil, false},
		{"both", []string{"-target", "http://127.0.0.1:8080", "-serve", "./frontdoor"}, false},
		{"not loopback", []string{"-target", "http://10.0.0.5:8080"}, false},
		{"public name", []string{"-target", "http://example.org"}, false},
		{"https", []string{"-target", "https://127.0.0.1:8443"}, false},
		{"too long", []string{"-serve", "x", "-duration", "2h"}, false},
		{"no patients", []string{"-serve", "x", "-patients", "0"}, false},
		{"repeated", []string{"-serve", "x", "-baseline", "-repeat", "3"}, true},
		{"no runs", []string{"-serve", "x", "-repeat", "0"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := parse(tc.args, io.Discard)
			if (err == nil) != tc.ok {
				t.Errorf("parse(%q) error %v, want ok %v", tc.args, err, tc.ok)
			}
		})
	}
}

func TestPercentiles(t *testing.T) {
	var ds []time.Duration
	for i := 1; i <= 100; i++ {
		ds = append(ds, time.Duration(i)*time.Millisecond)
	}
	p := percentiles(ds)
	if p.P50 != 51 || p.P99 != 100 || p.Max != 100 {
		t.Errorf("percentiles of 1..100 ms = %+v", p)
	}
	if got := percentiles(nil); got != (Percentiles{}) {
		t.Errorf("percentiles of nothing = %+v", got)
	}
}

func TestMedianRatio(t *testing.T) {
	for _, tc := range []struct {
		name string
		runs []Run
		want float64
	}{
		{"odd", []Run{{BaselinePerSec: 1, Ratio: 0.4}, {BaselinePerSec: 1, Ratio: 0.2}, {BaselinePerSec: 1, Ratio: 0.3}}, 0.3},
		{"even", []Run{{BaselinePerSec: 1, Ratio: 0.2}, {BaselinePerSec: 1, Ratio: 0.4}}, 0.3},
		{"no baseline", []Run{{UpdatesPerSec: 100}}, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := medianRatio(tc.runs); math.Abs(got-tc.want) > 1e-9 {
				t.Errorf("medianRatio = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestCPUSecondsOfThisProcess(t *testing.T) {
	// Spin until the kernel has counted a tick of this process's CPU.
	var s float64
	ok := true
	for start := time.Now(); ok && s == 0 && time.Since(start) < 30*time.Second; {
		s, ok = cpuSeconds([]int{os.Getpid()})
	}
	if !ok || s <= 0 {
		t.Errorf("cpuSeconds(this process) = %v, %v; want some time", s, ok)
	}
	if _, ok := cpuSeconds([]int{-1}); ok {
		t.Error("cpuSeconds of no process read")
	}
}

func TestRedisCPUSeconds(t *testing.T) {
	info := "# CPU\r\nused_cpu_sys:1.250000\r\nused_cpu_user:2.500000\r\nused_cpu_sys_children:9.0\r\n"
	if s, ok := redisCPUSeconds(info); !ok || math.Abs(s-3.75) > 1e-9 {
		t.Errorf("redisCPUSeconds = %v, %v; want 3.75", s, ok)
	}
	if _, ok := redisCPUSeconds("# CPU\r\nused_cpu_sys:1.0\r\n"); ok {
		t.Error("redisCPUSeconds read a figure without used_cpu_user")
	}
}

func TestStoreCPUSince(t *testing.T) {
	before := storeCPU{redis: 1, redisOK: true, pg: map[int]float64{10: 2, 11: 5}}
	// 11 ended (lost), 12 began (counted from nothing).
	after := storeCPU{redis: 1.5, redisOK: true, pg: map[int]float64{10: 3, 12: 0.25}}
	redis, redisOK, pg, pgOK := after.since(before)
	if !redisOK || !pgOK || math.Abs(redis-0.5) > 1e-9 || math.Abs(pg-1.25) > 1e-9 {
		t.Errorf("since = %v %v %v %v; want 0.5 true 1.25 true", redis, redisOK, pg, pgOK)
	}
	if _, redisOK, _, pgOK := after.since(storeCPU{}); redisOK || pgOK {
		t.Error("since a failed reading gave figures")
	}
}
